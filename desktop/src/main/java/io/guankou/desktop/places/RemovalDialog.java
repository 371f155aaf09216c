package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.ModalWindow;
import io.guankou.model.place.rules.PlaceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Remove or merge one place ({@link RemovalViewModel}): says what holds it; removes one that holds nothing; merges a
 * village, grid or team that holds something into another of its kind, chosen here. Closes when done.
 */
final class RemovalDialog {

    private RemovalDialog() {
    }

    static ModalWindow open(RemovalViewModel vm, Messages msg, Window owner) {
        Label summary = new Label(msg.text(vm.summary()));
        summary.setId("removal-summary");
        summary.setWrapText(true);
        VBox root = new VBox(12, summary);
        root.setPadding(new Insets(14));
        root.setPrefWidth(480);
        ModalWindow window = new ModalWindow(owner, msg.get("places.remove.title"), root);
        window.guardClose(() -> !vm.workingProperty().get(), () -> { });

        Button cancel = new Button(msg.get("dialog.cancel"));
        cancel.setId("removal-cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.workingProperty());
        cancel.setOnAction(e -> window.close());
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (vm.removable()) {
            Button remove = new Button(msg.get("places.remove.confirm"));
            remove.setId("removal-remove");
            remove.getStyleClass().add("accent");
            remove.disableProperty().bind(vm.workingProperty());
            remove.setOnAction(e -> vm.remove(window::close));
            buttons.getChildren().add(remove);
        } else if (vm.mergeable()) {
            ComboBox<Choice<Long>> target = new ComboBox<>();
            target.setId("removal-target");
            target.setMaxWidth(Double.MAX_VALUE);
            List<Choice<Long>> items = new ArrayList<>();
            for (RemovalViewModel.Target t : vm.targets()) {
                items.add(new Choice<>(t.id(), vm.kind() == PlaceKind.GRID
                        ? msg.format("places.remove.gridTarget", t.villageName(), t.name()) : t.name()));
            }
            target.getItems().setAll(items);
            target.valueProperty().addListener((o, a, b) -> {
                Long v = b == null ? null : b.value();
                if (!Objects.equals(vm.targetIdProperty().get(), v)) {
                    vm.targetIdProperty().set(v);
                }
            });
            Label into = new Label(msg.get("places.remove.into"));
            into.setLabelFor(target);
            Label note = new Label(msg.get(vm.kind() == PlaceKind.VILLAGE ? "places.remove.villageNote"
                    : "places.remove.mergeNote"));
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            root.getChildren().addAll(new VBox(4, into, target), note);
            Button merge = new Button(msg.get("places.remove.merge"));
            merge.setId("removal-merge");
            merge.getStyleClass().add("accent");
            merge.disableProperty().bind(vm.mergeReadyProperty().not());
            merge.setOnAction(e -> vm.merge(window::close));
            buttons.getChildren().add(merge);
        }
        buttons.getChildren().add(cancel);
        root.getChildren().addAll(MessageLine.error("removal-error", vm.errorProperty(), msg), buttons);
        window.show();
        return window;
    }
}
