package io.guankou.desktop.meeting.report;

import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.TaskProgress;
import io.guankou.persistence.excel.ExportKind;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The meeting's two outputs, each saved in the background the way every export is ({@link TableExport}: written
 * off the FX thread, logged in the export log, the file removed should the log fail): the one-page summary
 * as PDF or .xlsx, and the county report of a day or a week as .xlsx. The data are read when the work
 * runs, as at that minute. What happened is a {@link Notice}: the file written, or why not (the runner has logged the
 * failure's cause by then, without its message).
 */
public final class MeetingReportsViewModel {

    private final MeetingOutputs outputs;
    private final TableExport export;
    private final PdfFonts fonts;
    private final Clock clock;
    private final Messages msg;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    /** The notices of one output: saved (the file), not writable (the file), failed otherwise (the reason). */
    private record Keys(String saved, String writeError, String failed) {
    }

    private static final Keys SUMMARY = new Keys("meeting.summary.saved", "meeting.summary.error.write",
            "meeting.summary.error.failed");
    private static final Keys REPORT = new Keys("meeting.report.saved", "meeting.report.error.write",
            "meeting.report.error.failed");

    public MeetingReportsViewModel(MeetingOutputs outputs, TableExport export, PdfFonts fonts, Clock clock) {
        this.outputs = Objects.requireNonNull(outputs);
        this.export = Objects.requireNonNull(export);
        this.fonts = Objects.requireNonNull(fonts);
        this.clock = Objects.requireNonNull(clock);
        this.msg = export.messages();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /** The suggested name of today's summary, as PDF or as .xlsx. */
    public Msg summaryFileName(boolean pdf) {
        return Msg.of(pdf ? "meeting.summary.fileName.pdf" : "meeting.summary.fileName.xlsx", today().toString());
    }

    /** The suggested name of the report of {@code span} around {@code day} (a week by its Monday). */
    public Msg reportFileName(ReportSpan span, LocalDate day) {
        return span == ReportSpan.DAY ? Msg.of("meeting.report.fileName.day", day.toString())
                : Msg.of("meeting.report.fileName.week", span.days(day).get(0).toString());
    }

    public void saveSummaryPdf(Path file) {
        LocalDateTime now = now();
        SummaryPdf pdf = new SummaryPdf(msg, fonts);
        save(TableExport.withPdfSuffix(file), ExportKind.MEETING_SUMMARY, SUMMARY, (f, p) -> {
            SummaryContent content = outputs.summary(export.townshipName(), now, msg);
            pdf.write(f, content);
            return content.figures().size() + content.items().size();
        });
    }

    public void saveSummaryXlsx(Path file) {
        LocalDateTime now = now();
        SummaryWorkbook workbook = new SummaryWorkbook(msg);
        save(TableExport.withXlsxSuffix(file), ExportKind.MEETING_SUMMARY, SUMMARY,
                (f, p) -> workbook.write(f, outputs.summary(export.townshipName(), now, msg)));
    }

    public void saveCountyReport(Path file, ReportSpan span, LocalDate day) {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(day, "day");
        LocalDateTime now = now();
        CountyReportWorkbook workbook = new CountyReportWorkbook(msg);
        save(TableExport.withXlsxSuffix(file), ExportKind.COUNTY_REPORT, REPORT,
                (f, p) -> workbook.write(f, outputs.countyReport(export.townshipName(), span, day, now)));
    }

    /** The work of one output: reads and writes {@code file}, returns the rows written (for the export log). */
    private interface Output {
        int write(Path file, TaskProgress progress);
    }

    private void save(Path file, ExportKind kind, Keys keys, Output output) {
        if (export.runningProperty().get()) {
            return;
        }
        notice.set(null);
        TableExport.Sheet sheet = new TableExport.Sheet() {
            @Override
            public int size() {
                return 0; // not known before the data are read; only the ID dialog asks, and it is not shown
            }

            @Override
            public int write(Path f, boolean fullIds, TaskProgress progress) {
                return output.write(f, progress);
            }
        };
        export.exportTo(file, false, kind, sheet,
                done -> notice.set(Notice.ok(keys.saved(), file.toString())),
                error -> notice.set(failure(keys, file, error)));
    }

    private static Notice failure(Keys keys, Path file, Throwable error) {
        if (error instanceof PdfFontMissing missing) {
            return Notice.error("meeting.summary.error.noFont", missing.files());
        }
        if (error instanceof UncheckedIOException) {
            return Notice.error(keys.writeError(), file.toString());
        }
        return new Notice(Msg.of(keys.failed(), Failures.msg(error)), true);
    }

    /** True while an output is being written: the buttons are disabled. */
    public ReadOnlyBooleanProperty busyProperty() {
        return export.runningProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }
}
