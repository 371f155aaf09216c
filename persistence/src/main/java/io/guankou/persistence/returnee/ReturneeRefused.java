package io.guankou.persistence.returnee;

import io.guankou.model.returnee.ReturneeProblem;
import java.util.List;

/** A returnee not saved, nothing written: the values break a rule of model.returnee, or it was removed. */
public final class ReturneeRefused extends RuntimeException {

    private final List<ReturneeProblem> problems;

    ReturneeRefused(List<ReturneeProblem> problems) {
        super("refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ReturneeProblem> problems() {
        return problems;
    }
}
