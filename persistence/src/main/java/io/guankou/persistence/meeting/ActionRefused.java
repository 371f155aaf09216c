package io.guankou.persistence.meeting;

import io.guankou.model.meeting.ActionProblem;
import java.util.List;

/**
 * An action item not written, nothing changed: the values break a rule of model.meeting, the item is not in the
 * state the write needs (closed, or open), or it or its link was removed meanwhile.
 */
public final class ActionRefused extends RuntimeException {

    private final List<ActionProblem> problems;

    ActionRefused(List<ActionProblem> problems) {
        super("refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ActionProblem> problems() {
        return problems;
    }
}
