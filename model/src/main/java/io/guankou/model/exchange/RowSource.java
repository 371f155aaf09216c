package io.guankou.model.exchange;

import java.io.IOException;
import java.util.List;

/** The rows of one entry of a package being read, in the order written. */
public interface RowSource {

    String name();

    List<String> columns();

    /**
     * The next row (as many values as columns, {@code null} for SQL NULL), or {@code null} after the last one.
     * A damaged package is refused here at the latest: the row that would be wrong is never returned.
     */
    String[] next() throws IOException, PackageRefused;
}
