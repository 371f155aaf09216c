package io.guankou.persistence.exchange;

import java.util.Objects;

/**
 * Something the preview should tell the user about a package that is applied all the same.
 *
 * @param expected what this ledger expected (the sequence after the last one applied; the highest sequence this
 *     ledger sent the sender)
 * @param got what the package says
 */
public record ImportWarning(Kind kind, long expected, long got) {

    public enum Kind {
        /** The package's sequence is beyond the next one expected: packages in between never arrived. */
        SEQUENCE_SKIPPED,
        /**
         * The package acknowledges a package of this ledger that the log does not know: every local change counts
         * as unseen by the sender (more conflicts, never a lost local change).
         */
        UNKNOWN_ACKNOWLEDGEMENT
    }

    public ImportWarning {
        Objects.requireNonNull(kind, "kind");
    }
}
