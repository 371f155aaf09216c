package io.guankou.desktop.sheetimport;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.TaskHandle;
import io.guankou.desktop.task.TaskProgress;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.ValueMapping;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.ledger.ImportResult;
import io.guankou.persistence.ledger.ImportSession;
import io.guankou.persistence.ledger.PreparedImport;
import io.guankou.persistence.sheet.SheetReadException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One import, step by step: the column mapping, reading the sheet (progress, cancel), the preview, writing
 * (progress, cancel rolls back), the result. Nothing is written before {@link #importNow()}. Each step is a step
 * of the {@link ImportSession} (the same as {@code guankou excel-import}), run through the task runner; the mapping
 * is remembered by a successful import. {@link #close()} when the window closes. Testable without a stage.
 */
public final class SheetImportViewModel {

    /** Where the import is. */
    public enum Step { MAPPING, READING, PREVIEW, IMPORTING, DONE }

    private final ImportSession session;
    private final TaskRunner runner;
    private final ImportTexts texts;
    private final Path file;
    private final Runnable onImported;
    private final MappingViewModel mapping;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.MAPPING);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> error = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<PreviewViewModel> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPlan> applied = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> rejectedSaved = new SimpleObjectProperty<>();
    private TaskHandle handle;
    /** The answers for unrecognised values given in a preview the user went back from. */
    private ValueMapping answeredBefore = ValueMapping.empty();

    /**
     * @param session    the import, its first sheet's layout read before the window opens; closed by {@link #close()}
     * @param texts      the words written into the database and files (the override reason, the rejected rows'
     *                   error column), in the user's language
     * @param onImported runs (on the FX thread) after a successful import: the views reload
     */
    public SheetImportViewModel(ImportSession session, TaskRunner runner, ImportTexts texts, Runnable onImported) {
        this.session = Objects.requireNonNull(session);
        this.runner = Objects.requireNonNull(runner);
        this.texts = Objects.requireNonNull(texts);
        this.file = session.file();
        this.onImported = onImported == null ? () -> { } : onImported;
        this.mapping = new MappingViewModel(runner, session::remembered);
        mapping.load(session.layout(), session.remembered());
    }

    /** The window closed: a running read or import is asked to stop, and the file is let go. */
    public void close() {
        cancel();
        session.close();
    }

    // ---- mapping step

    /** Reads another sheet of the workbook and shows its mapping. */
    public void chooseSheet(String sheetName) {
        if (step.get() != Step.MAPPING || busy.get() || Objects.equals(sheetName(), sheetName)) {
            return;
        }
        busy.set(true);
        error.set(null);
        runner.run("import-layout", () -> {
            session.selectSheet(sheetName);
            return session.layout();
        }, l -> {
            busy.set(false);
            mapping.load(l, session.remembered());
        }, e -> {
            busy.set(false);
            error.set(describe(e, sheetName));
        });
    }

    /** Reads the whole sheet with the confirmed mapping and plans it (progress, cancel). */
    public void next() {
        if (step.get() != Step.MAPPING || busy.get() || !mapping.readyProperty().get()) {
            return;
        }
        int headerRow = mapping.header().rowNumber();
        ColumnMapping m = mapping.mapping();
        String sheet = sheetName();
        error.set(null);
        status.set(null);
        progress.set(-1);
        step.set(Step.READING);
        handle = new TaskHandle();
        runner.run("import-read", handle, p -> {
            PreparedImport prepared = session.read(headerRow, m, fraction(p), p::isCancelled);
            p.update(-1, 1); // matching with the ledger: no measure
            List<Village> villages = session.villages();
            ImportChoices suggested = session.startingChoices(prepared);
            if (p.isCancelled()) {
                throw new CancellationException("import read cancelled");
            }
            return new Read(prepared, villages, suggested);
        }, progress::set, read -> {
            // the answers the mapping carries, and those given before going back to the mapping
            ImportChoices start = read.suggested().withValues(read.suggested().values().withAll(answeredBefore));
            preview.set(new PreviewViewModel(read.prepared(), read.villages(), start, runner,
                    texts.overrideReason(fileName())));
            step.set(Step.PREVIEW);
        }, () -> {
            step.set(Step.MAPPING);
            status.set(Msg.of("import.ui.readCancelled"));
        }, e -> {
            step.set(Step.MAPPING);
            error.set(describe(e, sheet));
        });
    }

    private record Read(PreparedImport prepared, List<Village> villages, ImportChoices suggested) {
    }

    // ---- preview step

    /** Back to the mapping (the sheet is read again with the next confirmation). */
    public void back() {
        if (step.get() == Step.PREVIEW) {
            if (preview.get() != null) {
                // the values answered so far are not asked again after a change of the mapping
                answeredBefore = preview.get().choices().values();
            }
            preview.set(null);
            error.set(null);
            status.set(null);
            step.set(Step.MAPPING);
        }
    }

    /** Writes the current plan in one transaction; cancelling or a failure leaves the ledger as it was. */
    public void importNow() {
        PreviewViewModel p = preview.get();
        if (step.get() != Step.PREVIEW || p == null || !p.canImportProperty().get()) {
            return;
        }
        ImportPlan plan = p.plan();
        PreparedImport prepared = p.prepared();
        error.set(null);
        status.set(null);
        progress.set(0);
        step.set(Step.IMPORTING);
        handle = new TaskHandle();
        runner.run("import-apply", handle, t -> session.apply(prepared, plan, fraction(t), t::isCancelled),
                progress::set, a -> {
                    applied.set(plan);
                    result.set(a.result());
                    if (!a.mappingRemembered()) {
                        status.set(Msg.of("import.ui.mappingNotRemembered"));
                    }
                    step.set(Step.DONE);
                    onImported.run();
                }, () -> {
                    step.set(Step.PREVIEW);
                    status.set(Msg.of("import.ui.applyCancelled"));
                }, e -> {
                    if (e instanceof DatabaseException db && db.reason() == DatabaseException.Reason.LEDGER_CHANGED) {
                        // the preview is out of date: read the sheet again against the ledger as it is now
                        preview.set(null);
                        step.set(Step.MAPPING);
                    } else {
                        step.set(Step.PREVIEW);
                    }
                    error.set(describe(e, sheetName()));
                });
    }

    /** Asks the running read or import to stop. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    // ---- result step

    /** What was written, in one line; null before the import. */
    public Msg resultText() {
        ImportResult r = result.get();
        if (r == null) {
            return null;
        }
        if (r.gridsCreated() > 0 || r.teamsCreated() > 0) {
            return Msg.of("import.ui.resultWithPlaces", r.added(), r.updated(), r.villagesCreated(), r.gridsCreated(),
                    r.teamsCreated());
        }
        return Msg.of("import.ui.result", r.added(), r.updated(), r.villagesCreated());
    }

    /** Every row of the sheet counted by what happened to it, and whether sheet tiers were kept; null before. */
    public Msg summaryText() {
        ImportPlan p = applied.get();
        if (p == null) {
            return null;
        }
        Map<RowAction, Integer> c = p.counts();
        return Msg.of(p.choices().keepSheetTier() ? "import.ui.summaryWithSheetTiers" : "import.ui.summary",
                p.rows().size(), c.get(RowAction.ADD), c.get(RowAction.UPDATE), c.get(RowAction.UNCHANGED),
                c.get(RowAction.REJECTED));
    }

    /** Rows of the imported plan that were not imported. */
    public int rejectedCount() {
        ImportPlan p = applied.get() != null ? applied.get() : preview.get() == null ? null : preview.get().plan();
        return p == null ? 0 : p.counts().get(RowAction.REJECTED);
    }

    /** Writes the rejected rows, as typed and with the reason first, to {@code out} (off the FX thread). */
    public void saveRejected(Path out) {
        ImportPlan p = applied.get() != null ? applied.get() : preview.get() == null ? null : preview.get().plan();
        PreviewViewModel pv = preview.get();
        if (p == null || pv == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        runner.run("import-rejected", () -> {
            Map<Integer, String> errors = texts.rejectedByRow(p.rows(RowAction.REJECTED));
            return session.writeRejected(pv.prepared(), errors, texts.errorColumn(), out);
        }, n -> {
            busy.set(false);
            rejectedSaved.set(out);
            status.set(Msg.of("import.ui.rejectedSaved", n, out.toString()));
        }, e -> {
            busy.set(false);
            error.set(describe(e, sheetName()));
        });
    }

    /** The suggested name for the rejected rows: the sheet's name with a suffix. */
    public String rejectedFileName() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return texts.rejectedFileName(dot > 0 ? name.substring(0, dot) : name);
    }

    // ---- helpers

    private static Msg describe(Throwable e, String sheetName) {
        if (e instanceof SheetReadException s) {
            return ImportTexts.sheetErrorMsg(s, sheetName);
        }
        return Failures.msg(e);
    }

    private static DoubleConsumer fraction(TaskProgress p) {
        return d -> p.update(Math.round(Math.max(0, Math.min(1, d)) * 1000), 1000);
    }

    // ---- state

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    public String sheetName() {
        return mapping.layoutProperty().get() == null ? null : mapping.layoutProperty().get().sheetName();
    }

    public List<String> sheetNames() {
        return mapping.layoutProperty().get() == null ? List.of() : mapping.layoutProperty().get().sheetNames();
    }

    public MappingViewModel mapping() {
        return mapping;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    /** 0..1 while reading or importing, -1 while not measurable. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** A short notice (cancelled, saved …); null for none. */
    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    /** What went wrong; null for nothing. */
    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error;
    }

    /** A sheet is being read for the mapping, or the rejected rows are being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<PreviewViewModel> previewProperty() {
        return preview;
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<Path> rejectedSavedProperty() {
        return rejectedSaved;
    }
}
