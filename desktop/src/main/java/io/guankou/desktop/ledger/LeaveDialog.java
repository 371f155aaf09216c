package io.guankou.desktop.ledger;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.person.Departure;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** Asks why and when a person leaves the ledger: moved away or deceased, with a date. */
final class LeaveDialog {

    private LeaveDialog() {
    }

    static Optional<Departure> ask(Messages msg, Window owner, String personName, LocalDate today) {
        Dialog<Departure> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(msg.get("leave.title"));
        d.setHeaderText(msg.format("leave.header", personName));
        ChoiceBox<Departure.Reason> reason = new ChoiceBox<>();
        reason.getItems().setAll(Departure.Reason.values());
        reason.setValue(Departure.Reason.MOVED_AWAY);
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(Departure.Reason r) {
                return msg.label(r);
            }

            @Override
            public Departure.Reason fromString(String s) {
                return null;
            }
        });
        DatePicker date = new DatePicker(today);
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(msg.get("leave.reason")), reason);
        g.addRow(1, new Label(msg.get("leave.date")), date);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(date.valueProperty().isNull());
        d.setResultConverter(b -> b == ButtonType.OK && date.getValue() != null
                ? new Departure(reason.getValue(), date.getValue()) : null);
        return d.showAndWait();
    }
}
