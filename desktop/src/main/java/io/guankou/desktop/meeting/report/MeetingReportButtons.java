package io.guankou.desktop.meeting.report;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.FilePicker;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The meeting dashboard's buttons for its outputs: the summary as PDF, the summary as .xlsx, and the county report
 * (its span and day asked first); each asks where to save, then hands the file to {@link MeetingReportsViewModel}.
 * Disabled while one is being written.
 */
public final class MeetingReportButtons {

    private MeetingReportButtons() {
    }

    public static List<Button> of(MeetingReportsViewModel vm, Messages msg, FilePicker picker, Supplier<Window> owner) {
        Button pdf = button("meeting-summary-pdf", msg.get("meeting.summary.pdf"), vm);
        pdf.setOnAction(e -> {
            Path file = picker.savePdf(owner.get(), "meeting.summary.chooserTitle", msg.text(vm.summaryFileName(true)));
            if (file != null) {
                vm.saveSummaryPdf(file);
            }
        });
        Button xlsx = button("meeting-summary-xlsx", msg.get("meeting.summary.xlsx"), vm);
        xlsx.setOnAction(e -> {
            Path file = picker.saveXlsx(owner.get(), "meeting.summary.chooserTitle", msg.text(vm.summaryFileName(false)));
            if (file != null) {
                vm.saveSummaryXlsx(file);
            }
        });
        Button report = button("meeting-county-report", msg.get("meeting.report.button"), vm);
        report.setOnAction(e -> CountyReportDialog.open(owner.get(), msg, vm.today(), (span, day) -> {
            Path file = picker.saveXlsx(owner.get(), "meeting.report.chooserTitle", msg.text(vm.reportFileName(span, day)));
            if (file != null) {
                vm.saveCountyReport(file, span, day);
            }
        }));
        return List.of(pdf, xlsx, report);
    }

    private static Button button(String id, String text, MeetingReportsViewModel vm) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(vm.busyProperty());
        return b;
    }
}
