package io.guankou.persistence.transport;

import io.guankou.model.transport.TransportProblem;
import java.util.List;

/**
 * A transport write refused in its transaction, nothing written: the values break a rule of model.transport (the
 * problems, per field), or the row to change is no longer in the ledger ({@link #gone()}).
 */
public final class TransportRefused extends RuntimeException {

    private final List<TransportProblem> problems;
    private final boolean gone;

    private TransportRefused(String message, List<TransportProblem> problems, boolean gone) {
        super(message);
        this.problems = List.copyOf(problems);
        this.gone = gone;
    }

    static TransportRefused invalid(List<TransportProblem> problems) {
        return new TransportRefused("refused: " + problems, problems, false);
    }

    static TransportRefused gone(String table, long id) {
        return new TransportRefused("no " + table + " with id " + id, List.of(), true);
    }

    public List<TransportProblem> problems() {
        return problems;
    }

    /** The ambulance or vehicle was removed meanwhile (by another user, or a package). */
    public boolean gone() {
        return gone;
    }
}
