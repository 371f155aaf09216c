package io.guankou.persistence.ledger;

import io.guankou.model.person.rules.PersonProblem;
import io.guankou.persistence.DatabaseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person the {@link io.guankou.model.person.rules.PersonValidator} refused; nothing was stored. The detail names the
 * refused fields (never their values: they are personal data).
 */
public final class PersonRejectedException extends DatabaseException {

    private final transient List<PersonProblem> problems;

    public PersonRejectedException(List<PersonProblem> problems) {
        super(Reason.INVALID_PERSON, fields(problems), "person refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PersonProblem> problems() {
        return problems;
    }

    private static String fields(List<PersonProblem> problems) {
        return problems.stream().map(p -> p.field().name()).distinct().collect(Collectors.joining(", "));
    }
}
