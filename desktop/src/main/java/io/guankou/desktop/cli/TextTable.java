package io.guankou.desktop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal, columns padded to the widest cell, where a Chinese character takes two
 * cells (as terminals draw it); numbers may be right-aligned. The one way the commands print a table.
 */
final class TextTable {

    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** @param rightAligned per column, whether its cells are right-aligned (numbers) */
    TextTable(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    /** Adds a row (the first one added is the header); a null cell prints as empty. */
    TextTable row(Object... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
                    + rightAligned.length + " columns");
        }
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(texts);
        return this;
    }

    /** Prints the rows added so far, two spaces between columns, no trailing blanks. */
    void print(PrintWriter out) {
        for (String line : lines()) {
            out.println(line);
        }
    }

    List<String> lines() {
        int[] widths = new int[rightAligned.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], cellWidth(r[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(widths[i] - cellWidth(r[i]));
                if (i > 0) {
                    b.append("  ");
                }
                b.append(rightAligned[i] ? pad + r[i] : r[i] + pad);
            }
            lines.add(b.toString().stripTrailing());
        }
        return lines;
    }

    /** Terminal cells of {@code s}: East Asian wide and full-width characters take two. */
    static int cellWidth(String s) {
        return s.codePoints().map(c -> c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1).sum();
    }
}
