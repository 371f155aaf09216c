package io.guankou.desktop.sheetimport;

import io.guankou.model.sheet.LedgerColumn;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One column of the sheet in the mapping step: its letter, its header, a few values from the rows below, and
 * the ledger column it goes to ({@code null}: not imported). Setting {@link #columnProperty()} asks the
 * {@link MappingViewModel} to map it, which may take the column from another row.
 */
public final class MappingRow {

    private final int index;
    private final String header;
    private final List<String> samples;
    private final ObjectProperty<LedgerColumn> column = new SimpleObjectProperty<>();

    MappingRow(int index, String header, List<String> samples, LedgerColumn column) {
        this.index = index;
        this.header = header == null ? "" : header;
        this.samples = List.copyOf(samples);
        this.column.set(column);
    }

    /** 0-based sheet column index. */
    public int index() {
        return index;
    }

    /** The column letter Excel shows: A, B, … Z, AA, AB … */
    public String letter() {
        return letter(index);
    }

    public String header() {
        return header;
    }

    /** Up to three non-blank values from the first data rows (resident IDs masked). */
    public List<String> samples() {
        return samples;
    }

    public ObjectProperty<LedgerColumn> columnProperty() {
        return column;
    }

    public LedgerColumn column() {
        return column.get();
    }

    public static String letter(int index) {
        StringBuilder b = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.toString();
    }
}
