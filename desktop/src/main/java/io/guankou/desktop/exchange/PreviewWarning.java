package io.guankou.desktop.exchange;

import java.util.List;
import java.util.Objects;

/** Something the preview points out that does not stop the import, with its numbers (see {@link Kind}). */
public record PreviewWarning(Kind kind, List<Long> numbers) {

    public enum Kind {
        /** Packages were skipped: numbers = the last sequence applied from this sender, this package's sequence. */
        SEQUENCE_SKIPPED,
        /** This very package was applied before (replayed): nothing will be written. numbers = its sequence. */
        ALREADY_APPLIED,
        /** The package acknowledges a package of this ledger its log does not know: more conflicts, nothing lost. */
        UNKNOWN_ACKNOWLEDGEMENT
    }

    public PreviewWarning {
        Objects.requireNonNull(kind, "kind");
        numbers = List.copyOf(numbers);
    }
}
