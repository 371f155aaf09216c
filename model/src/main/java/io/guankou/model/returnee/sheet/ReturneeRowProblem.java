package io.guankou.model.returnee.sheet;

import io.guankou.model.returnee.ReturneeProblem;
import java.util.Objects;

/** What is wrong with a cell of a returnee sheet: the column, the text as typed, and the rule it breaks. */
public record ReturneeRowProblem(ReturneeColumn column, String value, ReturneeProblem problem) {

    public ReturneeRowProblem {
        Objects.requireNonNull(column, "column");
        value = value == null ? "" : value;
        Objects.requireNonNull(problem, "problem");
    }
}
