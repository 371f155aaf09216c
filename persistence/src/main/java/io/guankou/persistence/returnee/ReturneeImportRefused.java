package io.guankou.persistence.returnee;

import io.guankou.model.returnee.ReturneeProblem;
import java.util.List;

/**
 * An import of returnees rolled back, nothing written: a row that passed the preview breaks a rule now (its
 * village or household was removed meanwhile).
 */
public final class ReturneeImportRefused extends RuntimeException {

    private final int rowNumber;
    private final List<ReturneeProblem> problems;

    ReturneeImportRefused(int rowNumber, List<ReturneeProblem> problems) {
        super("row " + rowNumber + " refused: " + problems.stream().map(p -> p.field() + " " + p.kind()).toList());
        this.rowNumber = rowNumber;
        this.problems = List.copyOf(problems);
    }

    public int rowNumber() {
        return rowNumber;
    }

    public List<ReturneeProblem> problems() {
        return problems;
    }
}
