package io.guankou.desktop.meeting.projector;

import java.util.List;

/**
 * One page of the projector: its id, title, column headings, the columns' shares of the width in percent, rows of
 * text (already masked), and how many rows did not fit ({@code more}).
 */
public record ProjectorPage(String id, String title, List<String> headings, List<Integer> widths, List<Row> rows,
                            int more) {

    /** A row of cells, each standing out or not. */
    public record Row(List<String> cells, List<Boolean> alerts) {
        public Row {
            cells = List.copyOf(cells);
            alerts = List.copyOf(alerts);
            if (alerts.size() != cells.size()) {
                throw new IllegalArgumentException("an alert flag per cell");
            }
        }

        /** A row whose cells all stand out, or none. */
        public static Row of(List<String> cells, boolean alert) {
            return new Row(cells, java.util.Collections.nCopies(cells.size(), alert));
        }

        public boolean alert() {
            return alerts.contains(Boolean.TRUE);
        }
    }

    public ProjectorPage {
        headings = List.copyOf(headings);
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
    }
}
