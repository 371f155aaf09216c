package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageRefused;
import java.io.IOException;

/** The payload's bytes entry by entry, as the entry decoder reads them. */
interface EntryBytes {

    /** Up to {@code len} (> 0) bytes of the current entry; -1 once all of them have been read. */
    int read(byte[] b, int off, int len) throws IOException, PackageRefused;

    /** After {@link #read} gave -1: whether the entry's bytes have the SM3 the manifest states. Moves to the next. */
    boolean hashMatches() throws IOException, PackageRefused;

    /** After the last entry: the payload is intact and holds nothing more (else refused). */
    void requireEnd() throws IOException, PackageRefused;
}
