package io.guankou.desktop.resources.returnee;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.sheetimport.ImportTexts;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.returnee.ReturneeProblem;
import io.guankou.model.returnee.sheet.ReturneeRowProblem;
import io.guankou.model.returnee.sheet.ReturneeSheetRow;
import io.guankou.model.sheet.SheetText;
import io.guankou.persistence.returnee.ReturneeImportRefused;
import io.guankou.persistence.returnee.ReturneeImporter;
import io.guankou.persistence.returnee.ReturneeSheet;
import io.guankou.persistence.sheet.SheetReadException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Returnees from a sheet (returnees › import from a sheet): reads the chosen file in the background and previews every row, to
 * add or refused with its reasons (row, column, value, rule); then adds the accepted rows in one transaction, as the
 * ledger import does with its rejected rows left out. Every failure ends in the import's notice.
 */
public final class ReturneeImportViewModel {

    /** A row of the preview: its number, the name as typed, and why it is refused (empty: it is added). */
    public record Line(int rowNumber, String name, List<Msg> reasons) {

        public Line {
            reasons = List.copyOf(reasons);
        }

        public boolean refused() {
            return !reasons.isEmpty();
        }
    }

    private final ReturneeImporter importer;
    private final TaskRunner runner;
    private final DataEvents events;
    private final Clock clock;
    private final String user;
    private final ObjectProperty<ReturneeSheet> sheet = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> summary = new SimpleObjectProperty<>();
    private final BooleanBinding canImport;

    public ReturneeImportViewModel(ReturneeImporter importer, TaskRunner runner, DataEvents events, Clock clock,
                                   String user) {
        this.importer = importer;
        this.runner = runner;
        this.events = events;
        this.clock = clock;
        this.user = user;
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && sheet.get() != null
                && !sheet.get().toAdd().isEmpty(), busy, sheet);
    }

    /** Reads {@code file} and shows its rows; nothing is written. */
    public void preview(Path file) {
        if (file == null || busy.get()) {
            return;
        }
        busy.set(true);
        notice.set(null);
        clear();
        LocalDate today = LocalDate.now(clock);
        runner.run("returnee-import-read", () -> importer.read(file, today), read -> {
            busy.set(false);
            if (!read.headerFound()) {
                notice.set(Notice.error("returnees.import.noHeader", read.fileName()));
            } else if (read.rows().isEmpty()) {
                notice.set(Notice.error("returnees.import.noRows", read.fileName()));
            } else {
                show(read);
            }
        }, error -> {
            busy.set(false);
            notice.set(Notice.error("returnees.import.readFailed", error instanceof SheetReadException s
                    ? ImportTexts.sheetErrorMsg(s, null) : Failures.msg(error)));
        });
    }

    private void show(ReturneeSheet read) {
        sheet.set(read);
        lines.setAll(read.rows().stream().map(ReturneeImportViewModel::line).toList());
        summary.set(Msg.of("returnees.import.summary", read.fileName(), read.toAdd().size(),
                read.refused().size()));
    }

    static Line line(ReturneeSheetRow row) {
        return new Line(row.rowNumber(), row.edit().name() == null ? "" : row.edit().name().strip(),
                row.problems().stream().map(ReturneeImportViewModel::reason).toList());
    }

    /** A problem as "column “value”: what is wrong" (without the value when the cell is blank). */
    static Msg reason(ReturneeRowProblem p) {
        Msg rule = reason(p.problem());
        return SheetText.isBlank(p.value()) ? Msg.of("returnees.import.problemBlank", p.column(), rule)
                : Msg.of("returnees.import.problem", p.column(), p.value().strip(), rule);
    }

    private static Msg reason(ReturneeProblem p) {
        return new Msg(Messages.enumKey(p.kind()), p.args());
    }

    /** Adds the rows the preview accepted, all in one transaction. */
    public void importRows() {
        ReturneeSheet read = sheet.get();
        if (!canImport.get()) {
            return;
        }
        busy.set(true);
        notice.set(null);
        LocalDate today = LocalDate.now(clock);
        runner.run("returnee-import-write", () -> importer.apply(read, user, today), added -> {
            busy.set(false);
            clear();
            notice.set(Notice.ok("returnees.import.done", added, read.fileName()));
            events.publish(new DataChange.ReturneesChanged());
        }, error -> {
            busy.set(false);
            if (error instanceof ReturneeImportRefused r) {
                notice.set(Notice.error("returnees.import.refusedNow", r.rowNumber(),
                        r.problems().isEmpty() ? "" : reason(r.problems().get(0))));
            } else {
                notice.set(Notice.error("returnees.import.failed", Failures.msg(error)));
            }
        });
    }

    /** Closes the preview without importing. */
    public void cancel() {
        if (!busy.get()) {
            clear();
            notice.set(null);
        }
    }

    private void clear() {
        sheet.set(null);
        lines.clear();
        summary.set(null);
    }

    public ObservableList<Line> lines() { return lines; }
    public ReadOnlyObjectProperty<ReturneeSheet> sheetProperty() { return sheet; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyObjectProperty<Msg> summaryProperty() { return summary; }
    public BooleanBinding canImportProperty() { return canImport; }
}
