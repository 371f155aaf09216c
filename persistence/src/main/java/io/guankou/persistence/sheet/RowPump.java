package io.guankou.persistence.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * What every source does with the rows it decodes: drops trailing blank cells, skips blank rows, numbers
 * them, and every {@link #CHECK_EVERY} raw rows reports progress and checks for cancellation.
 */
final class RowPump {

    static final int CHECK_EVERY = 256;

    /** Thrown through the parser to stop reading early (firstRows); never leaves SheetReader. */
    static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    /** Carries an exception thrown by the caller's callbacks through the parser, to be rethrown as is. */
    static final class CallerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerFailure(RuntimeException cause) {
            super(null, cause, false, false);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }

    private final Consumer<SheetRow> each;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private final DoubleSupplier fraction;
    private final int limit;
    private long seen;
    private int delivered;

    /**
     * @param fraction how far the source is, 0..1, or -1 when it cannot tell
     * @param limit    stop (with {@link Enough}) after this many non-blank rows
     */
    RowPump(Consumer<SheetRow> each, DoubleConsumer progress, BooleanSupplier cancelled,
            DoubleSupplier fraction, int limit) {
        this.each = each;
        this.progress = progress;
        this.cancelled = cancelled;
        this.fraction = fraction;
        this.limit = limit;
    }

    /** Checks for cancellation before the first row is read. */
    void start() {
        if (isCancelled()) {
            throw new CancellationException("sheet reading cancelled");
        }
    }

    /** One decoded row; {@code cells} may be modified (trailing blanks are removed in place). */
    void row(int number, List<String> cells) {
        if (++seen % CHECK_EVERY == 0) {
            if (isCancelled()) {
                throw new CancellationException("sheet reading cancelled");
            }
            report(fraction.getAsDouble());
        }
        int end = cells.size();
        while (end > 0 && isBlank(cells.get(end - 1))) {
            end--;
        }
        if (end == 0) {
            return;
        }
        List<String> kept = end == cells.size() ? cells : new ArrayList<>(cells.subList(0, end));
        SheetRow row = new SheetRow(number, kept);
        try {
            each.accept(row);
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
        if (++delivered >= limit) {
            throw new Enough();
        }
    }

    void finish() {
        report(1.0);
    }

    private boolean isCancelled() {
        try {
            return cancelled.getAsBoolean();
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }

    private void report(double done) {
        try {
            progress.accept(done);
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
