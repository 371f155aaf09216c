package io.guankou.model.exchange;

import java.io.IOException;

/** The entries of a package being read, in the order written, each read to its end before the next. */
public interface EntrySource {

    /**
     * The next entry, or {@code null} after the last one (when the whole payload has been read and found
     * intact). Asking for the next entry skips what is left of the current one.
     */
    RowSource next() throws IOException, PackageRefused;
}
