package io.guankou.desktop.meeting;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The daily entry: a line per facility with its staff, on post, infected and fever-clinic visits, saved
 * line by line (Enter in the last field saves); the line says what is wrong or that it was saved. Binds to
 * {@link DailyEntryViewModel}.
 */
public final class DailyEntryPane extends BorderPane {

    private final DailyEntryViewModel vm;
    private final Messages msg;
    private final GridPane grid = new GridPane();

    public DailyEntryPane(DailyEntryViewModel vm, Messages msg) {
        this.vm = vm;
        this.msg = msg;
        DatePicker day = new DatePicker();
        day.setId("meeting-entry-day");
        day.valueProperty().bindBidirectional(vm.dayProperty());
        Label hint = new Label(msg.get("meeting.entry.hint"));
        hint.setWrapText(true);
        HBox bar = new HBox(8, new Label(msg.get("meeting.entry.day")), day, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(6, new LoadFailureBar("meeting-entry-load-failure", vm.state(), msg, vm::reload), bar));
        grid.setId("meeting-entry-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.rows().addListener((ListChangeListener<DailyEntryRow>) c -> build());
        build();
    }

    private void build() {
        grid.getChildren().clear();
        String[] heads = {"meeting.entry.col.facility", "meeting.entry.field.staffTotal", "meeting.entry.field.staffOnDuty",
            "meeting.entry.field.staffInfected", "meeting.entry.field.feverVisits"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(msg.get(heads[i]));
            h.getStyleClass().add("column-heading");
            grid.add(h, i, 0);
        }
        int r = 1;
        for (DailyEntryRow row : vm.rows()) {
            String id = "meeting-entry-" + row.facility().facilityId();
            Label name = new Label(row.facility().name());
            TextField total = field(id + "-total", row.staffTotalProperty());
            TextField onDuty = field(id + "-on-duty", row.staffOnDutyProperty());
            TextField infected = field(id + "-infected", row.staffInfectedProperty());
            TextField fever = field(id + "-fever", row.feverVisitsProperty());
            fever.setDisable(false);
            Button save = new Button(msg.get("meeting.entry.save"));
            save.setId(id + "-save");
            save.setOnAction(e -> vm.save(row));
            fever.setOnAction(e -> vm.save(row));
            Label message = new Label();
            message.setId(id + "-message");
            message.textProperty().bind(Bindings.createStringBinding(() -> row.messageProperty().get() == null ? ""
                    : msg.text(row.messageProperty().get()), row.messageProperty()));
            Runnable style = () -> {
                message.getStyleClass().removeAll(Styles.ERROR_TEXT, Styles.OK_TEXT);
                message.getStyleClass().add(row.failedProperty().get() ? Styles.ERROR_TEXT : Styles.OK_TEXT);
            };
            row.failedProperty().addListener((o, a, b) -> style.run());
            style.run();
            grid.addRow(r++, name, total, onDuty, infected, fever, save, message);
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
