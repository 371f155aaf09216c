package io.guankou.desktop.export;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.Alerts;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.task.TaskHandle;
import io.guankou.desktop.task.TaskProgress;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.id.ResidentIds;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.excel.XlsxColumn;
import io.guankou.persistence.excel.XlsxTableWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What every list's "Export Excel" shares: the choice of masked or full resident IDs, the file chooser with
 * a dated default name, the write in the background with progress, the export log row (every export is
 * logged, full IDs or not) and the notice naming the file. A view supplies only its {@link Sheet}: its rows,
 * copied on the FX thread when the user asks, and how they become cells. One instance per view.
 */
public final class TableExport {

    /** One list ready to be written: its rows already copied, so the background never reads live view state. */
    public interface Sheet {
        /** How many rows the export will have. */
        int size();

        /** Writes the workbook; runs off the FX thread. Returns the number of rows written. */
        int write(Path file, boolean fullIds, TaskProgress progress);
    }

    /** A finished export. */
    public record Done(ExportKind kind, Path file, int rows, boolean fullIds) {
    }

    private final Messages msg;
    private final TaskRunner runner;
    private final ExportLogRepository log;
    private final String userName;
    private final String townshipName;
    private final Clock clock;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private FilePicker picker;

    public TableExport(Messages msg, TaskRunner runner, ExportLogRepository log, String userName,
                       String townshipName, Clock clock) {
        this.msg = Objects.requireNonNull(msg);
        this.runner = Objects.requireNonNull(runner);
        this.log = Objects.requireNonNull(log);
        this.userName = userName;
        this.townshipName = townshipName == null ? "" : townshipName;
        this.clock = Objects.requireNonNull(clock);
        this.picker = FilePicker.system(msg);
    }

    /** Other file dialogs than the system's (tests, automation). */
    public void usePicker(FilePicker filePicker) {
        this.picker = Objects.requireNonNull(filePicker);
    }

    public Messages messages() {
        return msg;
    }

    public String townshipName() {
        return townshipName;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- the controls a view puts in its toolbar

    /** The toolbar button: asks, then exports {@code sheet.get()}; disabled while an export runs. */
    public Button button(String id, String textKey, ExportKind kind, Supplier<Window> owner, Supplier<Sheet> sheet) {
        Button b = new Button(msg.get(textKey));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(running);
        b.setOnAction(e -> start(owner.get(), kind, sheet.get()));
        return b;
    }

    /** A small indicator of the running export's progress; takes no room while none runs. */
    public ProgressIndicator progressIndicator() {
        ProgressIndicator p = new ProgressIndicator();
        p.getStyleClass().add("export-progress");
        p.setPrefSize(18, 18);
        p.progressProperty().bind(progress);
        p.visibleProperty().bind(running);
        p.managedProperty().bind(running);
        return p;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    // ---- the dialogs

    /** Masked or full IDs, then the file, then the export; cancelling either dialog exports nothing. */
    public void start(Window owner, ExportKind kind, Sheet sheet) {
        if (running.get()) {
            return;
        }
        ExportChoiceDialog.open(owner, msg, sheet.size(), fullIds -> {
            Path chosen = picker.saveXlsx(owner, keys(kind).chooserTitle(), defaultFileName(kind));
            if (chosen != null) {
                exportTo(withXlsxSuffix(chosen), fullIds, kind, sheet,
                        done -> Alerts.information(owner, msg, null, doneText(done)),
                        error -> Alerts.failure(owner, msg, error));
            }
        });
    }

    /** The suggested file name: the list's bundle pattern with today's date. */
    public String defaultFileName(ExportKind kind) {
        return msg.format(keys(kind).fileName(), today().toString());
    }

    /** What the notice after an export says: how many rows went where, and whether IDs were whole. */
    public Msg doneText(Done done) {
        return Msg.of(done.fullIds() ? "export.doneWithFullIds" : "export.done", done.rows(),
                done.file().toString());
    }

    // ---- the work

    /**
     * Writes {@code sheet} to {@code file} in the background and logs the export; {@code onDone} and
     * {@code onError} come back on the FX thread. Should the log row fail, the file is deleted: no export
     * leaves the office unlogged.
     */
    public void exportTo(Path file, boolean fullIds, ExportKind kind, Sheet sheet, Consumer<Done> onDone,
                         Consumer<Throwable> onError) {
        running.set(true);
        progress.set(-1);
        String user = userName == null || userName.isBlank() ? "?" : userName;
        runner.run("export-" + kind.name().toLowerCase(Locale.ROOT), new TaskHandle(), p -> {
            int rows = sheet.write(file, fullIds, p);
            try {
                log.record(kind, rows, fullIds, file.toAbsolutePath().toString(), user);
            } catch (RuntimeException e) {
                deleteQuietly(file, e);
                throw e;
            }
            return new Done(kind, file, rows, fullIds);
        }, progress::set, done -> {
            running.set(false);
            onDone.accept(done);
        }, () -> running.set(false), error -> {
            running.set(false);
            onError.accept(error);
        });
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    // ---- helpers the sheets share

    /** The resident ID as the export shows it: masked unless the user chose full IDs. */
    public static String residentId(String id, boolean fullIds) {
        return id == null ? null : fullIds ? id.strip() : ResidentIds.mask(id);
    }

    /**
     * A sheet of {@code items}, copied now (on the FX thread); at write time each item becomes one row
     * through {@code row}, under the columns {@code columns} gives for the ID choice.
     */
    public <T> Sheet sheet(String sheetNameKey, String title, List<T> items,
                           Function<Boolean, List<XlsxColumn>> columns, BiFunction<T, Boolean, List<?>> row) {
        List<T> copy = List.copyOf(items);
        String sheetName = msg.get(sheetNameKey);
        return new Sheet() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public int write(Path file, boolean fullIds, TaskProgress progress) {
                XlsxTableWriter.write(file, sheetName, title, columns.apply(fullIds),
                        rows(copy, item -> row.apply(item, fullIds), progress));
                return copy.size();
            }
        };
    }

    /** The ID column's header, saying whether the IDs are masked. */
    public XlsxColumn residentIdColumn(boolean fullIds) {
        return residentIdColumn(msg, fullIds);
    }

    public static XlsxColumn residentIdColumn(Messages msg, boolean fullIds) {
        return new XlsxColumn(msg.get(fullIds ? "export.col.residentIdFull" : "export.col.residentIdMasked"), 21,
                XlsxColumn.Kind.TEXT);
    }

    public XlsxColumn column(String key, int widthChars, XlsxColumn.Kind kind) {
        return new XlsxColumn(msg.get(key), widthChars, kind);
    }

    /**
     * {@code items} turned into rows one at a time as the writer asks for them, reporting progress and
     * stopping with a {@link CancellationException} when the task is cancelled.
     */
    public static <T> Iterable<List<?>> rows(List<T> items, Function<? super T, List<?>> row, TaskProgress progress) {
        int n = items.size();
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < n;
            }

            @Override
            public List<?> next() {
                if (next >= n) {
                    throw new NoSuchElementException();
                }
                if (progress.isCancelled()) {
                    throw new CancellationException("export cancelled");
                }
                List<?> values = row.apply(items.get(next++));
                if (next % 256 == 0 || next == n) {
                    progress.update(next, n);
                }
                return values;
            }
        };
    }

    /** A file chosen without the extension gets it. */
    public static Path withXlsxSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file : file.resolveSibling(name + ".xlsx");
    }

    /** A file chosen without the extension gets it. */
    public static Path withPdfSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    private record Keys(String chooserTitle, String fileName) {
    }

    private static Keys keys(ExportKind kind) {
        return switch (kind) {
            case LEDGER -> new Keys("export.ledger.chooserTitle", "export.ledger.fileName");
            case OVERDUE -> new Keys("export.overdue.chooserTitle", "export.overdue.fileName");
            case REFERRALS -> new Keys("export.referrals.chooserTitle", "export.referrals.fileName");
            case HEALTH_PACKS -> new Keys("export.healthPacks.chooserTitle", "export.healthPacks.fileName");
            case MEETING_SUMMARY -> new Keys("meeting.summary.chooserTitle", "meeting.summary.fileName.xlsx");
            case COUNTY_REPORT -> new Keys("meeting.report.chooserTitle", "meeting.report.fileName.day");
        };
    }
}
