package io.guankou.desktop.meeting.report;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.ModalWindow;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small dialog before the county report: the day, or the week (Monday to Sunday) of a day, and that day (today
 * unless changed). {@code onChosen} gets the span and the day; nothing happens on cancel.
 */
final class CountyReportDialog {

    private CountyReportDialog() {
    }

    static ModalWindow open(Window owner, Messages msg, LocalDate today, BiConsumer<ReportSpan, LocalDate> onChosen) {
        Label header = new Label(msg.get("meeting.report.dialog.header"));
        header.getStyleClass().add("dialog-header");
        ToggleGroup spans = new ToggleGroup();
        RadioButton day = new RadioButton(msg.label(ReportSpan.DAY));
        day.setId("meeting-report-day");
        day.setToggleGroup(spans);
        RadioButton week = new RadioButton(msg.label(ReportSpan.WEEK));
        week.setId("meeting-report-week");
        week.setToggleGroup(spans);
        day.setSelected(true);
        DatePicker date = new DatePicker(today);
        date.setId("meeting-report-date");
        Label hint = new Label(msg.get("meeting.report.dialog.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        Button ok = new Button(msg.get("meeting.report.dialog.ok"));
        ok.setId("meeting-report-ok");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(date.valueProperty().isNull());
        Button cancel = new Button(msg.get("meeting.report.dialog.cancel"));
        cancel.setId("meeting-report-cancel");
        cancel.setCancelButton(true);
        HBox spanRow = new HBox(12, day, week);
        HBox dateRow = new HBox(8, new Label(msg.get("meeting.report.dialog.date")), date);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, header, spanRow, dateRow, hint, buttons);
        root.setPadding(new Insets(14));
        ModalWindow window = new ModalWindow(owner, msg.get("meeting.report.dialog.title"), root);
        ok.setOnAction(e -> {
            window.close();
            onChosen.accept(week.isSelected() ? ReportSpan.WEEK : ReportSpan.DAY, date.getValue());
        });
        cancel.setOnAction(e -> window.close());
        window.show();
        return window;
    }
}
