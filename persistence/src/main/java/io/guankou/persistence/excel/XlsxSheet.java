package io.guankou.persistence.excel;

import java.util.List;
import java.util.Objects;

/**
 * One sheet of a workbook {@link XlsxTableWriter} writes: its name, an optional title line (null or blank for none),
 * its columns and its rows (see {@link XlsxTableWriter#write(java.nio.file.Path, String, String, List, Iterable)}
 * for the values a row may hold).
 */
public record XlsxSheet(String name, String title, List<XlsxColumn> columns, Iterable<? extends List<?>> rows) {

    public XlsxSheet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rows, "rows");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs at least one column");
        }
    }
}
