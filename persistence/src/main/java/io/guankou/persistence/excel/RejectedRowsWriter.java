package io.guankou.persistence.excel;

import io.guankou.persistence.sheet.SheetReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the rows an import rejected to an .xlsx the office can correct and import again: the sheet's own
 * header row with a first column holding what is wrong, then each rejected row as it was typed (all cells as
 * text, so nothing is converted on the way). The file is read again rather than kept: only the rejected rows
 * are held.
 */
public final class RejectedRowsWriter {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 40;
    private static final int ERROR_WIDTH = 60;

    private RejectedRowsWriter() {
    }

    /**
     * @param sheetFile   the sheet imported
     * @param sheetName   its sheet, or {@code null} for the first
     * @param headerRow   the header row number
     * @param errors      the message per rejected row number, in the user's language
     * @param errorHeader the heading of the error column
     * @param out         the .xlsx to write (replaced)
     * @return how many rows were written
     */
    public static int write(Path sheetFile, String sheetName, int headerRow, Map<Integer, String> errors,
                            String errorHeader, Path out) {
        try (SheetReader reader = sheetName == null ? SheetReader.open(sheetFile)
                : SheetReader.open(sheetFile, sheetName)) {
            return write(reader, headerRow, errors, errorHeader, out);
        }
    }

    /** As {@link #write(Path, String, int, Map, String, Path)}, from a reader already open on the sheet. */
    public static int write(SheetReader reader, int headerRow, Map<Integer, String> errors, String errorHeader,
                            Path out) {
        Objects.requireNonNull(errors, "errors");
        String sheetName = reader.sheetName();
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>(errors.size());
        reader.rows(r -> {
            if (r.number() == headerRow) {
                header.addAll(r.cells());
            } else if (errors.containsKey(r.number())) {
                List<String> values = new ArrayList<>(r.cells().size() + 1);
                values.add(errors.get(r.number()));
                values.addAll(r.cells());
                rows.add(values);
            }
        });
        int width = rows.stream().mapToInt(List::size).max().orElse(1) - 1;
        width = Math.max(width, header.size());
        List<XlsxColumn> columns = new ArrayList<>(width + 1);
        columns.add(new XlsxColumn(errorHeader, ERROR_WIDTH, XlsxColumn.Kind.TEXT));
        for (int c = 0; c < width; c++) {
            String h = c < header.size() ? header.get(c) : "";
            int w = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, h.length() * 2 + 2));
            columns.add(new XlsxColumn(h, w, XlsxColumn.Kind.TEXT));
        }
        XlsxTableWriter.write(out, sheetName == null ? "Sheet1" : sheetName, null, columns, rows);
        return rows.size();
    }
}
