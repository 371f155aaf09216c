package io.guankou.persistence.contact;

import io.guankou.model.contact.ContactProblem;
import java.util.List;

/** A contact the validator refused; nothing was stored. The problems name each refused field. */
public final class ContactRejectedException extends RuntimeException {

    private final transient List<ContactProblem> problems;

    public ContactRejectedException(List<ContactProblem> problems) {
        super("contact refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ContactProblem> problems() {
        return problems;
    }
}
