package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageRefused;

/**
 * The refusals of an entry's content: which entry, which row (from 1) and which column, and what is wrong with it in
 * words that never quote the value (a package holds personal data; the message goes to logs).
 */
final class EntryMismatch {

    private EntryMismatch() {
    }

    static PackageRefused of(String entry, String what) {
        return new PackageRefused(PackageRefused.Reason.ENTRY_MISMATCH, "entry " + entry + ": " + what);
    }

    static PackageRefused at(String entry, long row, String column, String what) {
        return new PackageRefused(PackageRefused.Reason.ENTRY_MISMATCH, "entry " + entry + ", row " + row
                + (column == null ? "" : ", column " + column) + ": " + what);
    }
}
