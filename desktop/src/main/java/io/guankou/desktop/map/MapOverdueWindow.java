package io.guankou.desktop.map;

import io.guankou.desktop.contact.ContactRecorder;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.overdue.OverdueTexts;
import io.guankou.desktop.ui.ModalWindow;
import io.guankou.model.followup.OverdueRow;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.function.Function;

/**
 * The right-click list of one village's persons overdue for a contact (as of the map's load), oldest first; a
 * contact is recorded from it (Enter or the button), through the same contact form as the overdue list.
 */
final class MapOverdueWindow {

    private MapOverdueWindow() {
    }

    static ModalWindow open(Window owner, Messages msg, String villageName, List<OverdueRow> rows,
                            ContactRecorder recorder) {
        OverdueTexts texts = new OverdueTexts(msg);
        TableView<OverdueRow> table = new TableView<>();
        table.setId("map-overdue-table");
        table.getItems().setAll(rows);
        table.setPlaceholder(new Label(msg.get("map.overdue.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(msg.get("overdue.col.name"), r -> r.person().name(), 110));
        table.getColumns().add(column(msg.get("overdue.col.tier"), r -> msg.get(Messages.enumKey(r.person().tier())), 50));
        table.getColumns().add(column(msg.get("overdue.col.place"), r -> r.person().gridName() == null ? ""
                : r.person().gridName(), 110));
        table.getColumns().add(column(msg.get("overdue.col.team"), r -> r.person().teamName() == null ? ""
                : r.person().teamName(), 120));
        table.getColumns().add(column(msg.get("overdue.col.lastReached"), r -> texts.lastReached(r.status()), 120));
        table.getColumns().add(column(msg.get("overdue.col.daysOverdue"), r -> texts.daysOverdue(r.status()), 60));
        table.getColumns().add(column(msg.get("overdue.col.reason"), r -> msg.get(Messages.enumKey(r.status().reason())),
                120));
        if (!rows.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        Button record = new Button(msg.get("map.overdue.record"));
        record.setId("map-overdue-record");
        record.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label heading = new Label(msg.format("map.overdue.heading", villageName, rows.size()));
        heading.getStyleClass().add("section-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, spacer, record);
        VBox root = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        ModalWindow window = new ModalWindow(owner, msg.format("map.overdue.title", villageName), root, 860, 480);
        Function<Long, Optional<io.guankou.model.ledger.LedgerEntry>> next = id -> Optional.empty();
        Runnable recordSelected = () -> {
            OverdueRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                recorder.record(window.stage(), r.person(), next, null);
            }
        };
        record.setOnAction(e -> recordSelected.run());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                recordSelected.run();
                e.consume();
            }
        });
        window.show();
        return window;
    }

    private static TableColumn<OverdueRow, String> column(String title, Function<OverdueRow, String> value,
                                                         double width) {
        TableColumn<OverdueRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
