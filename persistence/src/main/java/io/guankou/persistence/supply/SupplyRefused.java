package io.guankou.persistence.supply;

import io.guankou.model.supply.SupplyProblem;
import java.util.List;

/** A supplies write refused in its transaction, nothing written: the values break a rule of model.supply. */
public final class SupplyRefused extends RuntimeException {

    private final List<SupplyProblem> problems;

    SupplyRefused(List<SupplyProblem> problems) {
        super("refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<SupplyProblem> problems() {
        return problems;
    }
}
