package io.guankou.desktop.ledger;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.ModalWindow;
import io.guankou.model.person.Departure;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

/** Asks why and when a person leaves the ledger: moved away or deceased, with a date. */
final class LeaveDialog {

    private LeaveDialog() {
    }

    /** Opens the dialog; {@code onConfirmed} gets the departure when the user confirms, nothing on cancel. */
    static ModalWindow open(Messages msg, Window owner, String personName, LocalDate today,
                            Consumer<Departure> onConfirmed) {
        ChoiceBox<Departure.Reason> reason = EnumChoices.choice("leave-reason", Departure.Reason.class, null, msg);
        reason.setValue(Departure.Reason.MOVED_AWAY);
        DatePicker date = new DatePicker(today);
        date.setId("leave-date");
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(msg.get("leave.reason")), reason);
        g.addRow(1, new Label(msg.get("leave.date")), date);
        Label header = new Label(msg.format("leave.header", personName));
        header.getStyleClass().add("dialog-header");
        header.setWrapText(true);
        Button ok = new Button(msg.get("dialog.ok"));
        ok.setId("leave-ok");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(date.valueProperty().isNull());
        Button cancel = new Button(msg.get("dialog.cancel"));
        cancel.setId("leave-cancel");
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, header, g, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(420);
        ModalWindow window = new ModalWindow(owner, msg.get("leave.title"), root);
        ok.setOnAction(e -> {
            window.close();
            onConfirmed.accept(new Departure(reason.getValue(), date.getValue()));
        });
        cancel.setOnAction(e -> window.close());
        window.show();
        return window;
    }
}
