package io.guankou.desktop.meeting.actions;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.ModalWindow;
import io.guankou.model.meeting.ActionField;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.persistence.meeting.ActionLinkChoice;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

/**
 * The form of a new or an open item ({@link ActionFormViewModel}): kind, text, owner, due day and the optional link
 * (none, a village, a facility or a person, found by a part of the name); each field says under it what is wrong.
 * Closes when the item is saved.
 */
final class ActionFormDialog {

    private ActionFormDialog() {
    }

    static ModalWindow open(ActionFormViewModel vm, Messages msg, Window owner) {
        ChoiceBox<ActionKind> kind = EnumChoices.choice("action-kind", ActionKind.class, vm.kindProperty(), msg);
        TextArea text = new TextArea();
        text.setId("action-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(vm.textProperty());
        TextField ownerField = new TextField();
        ownerField.setId("action-owner");
        ownerField.textProperty().bindBidirectional(vm.ownerProperty());
        DatePicker due = new DatePicker();
        due.setId("action-due");
        due.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        due.valueProperty().bindBidirectional(vm.dueProperty());
        due.setMaxWidth(Double.MAX_VALUE);

        ChoiceBox<Choice<ActionLink.Kind>> linkKind = linkKind(vm, msg);
        TextField query = new TextField();
        query.setId("action-link-query");
        query.setPromptText(msg.get("meeting.actions.link.search"));
        query.textProperty().bindBidirectional(vm.linkQueryProperty());
        ComboBox<ActionLinkChoice> target = target(vm, msg);
        query.disableProperty().bind(vm.linkKindProperty().isNull());
        target.disableProperty().bind(vm.linkKindProperty().isNull());
        HBox.setHgrow(target, Priority.ALWAYS);
        query.setPrefColumnCount(6);
        HBox linkRow = new HBox(6, linkKind, query, target);
        linkRow.setAlignment(Pos.CENTER_LEFT);

        GridPane g = FormGrid.twoPairs(8, 6, 200, 380);
        g.getColumnConstraints().remove(2, 4);
        row(g, 0, msg, "meeting.actions.col.kind", FieldMessage.wrap("action-kind-message", kind,
                vm.errorAt(ActionField.KIND), msg));
        row(g, 1, msg, "meeting.actions.col.text", FieldMessage.wrap("action-text-message", text,
                vm.errorAt(ActionField.TEXT), msg));
        row(g, 2, msg, "meeting.actions.col.owner", FieldMessage.wrap("action-owner-message", ownerField,
                vm.errorAt(ActionField.OWNER), msg));
        row(g, 3, msg, "meeting.actions.col.due", FieldMessage.wrap("action-due-message", due,
                vm.errorAt(ActionField.DUE), msg));
        row(g, 4, msg, "meeting.actions.col.link", FieldMessage.wrap("action-link-message", linkRow, target,
                vm.errorAt(ActionField.LINK), msg));

        Label header = new Label(vm.isNew() ? msg.get("meeting.actions.form.new")
                : msg.format("meeting.actions.form.edit", vm.editing().createdOn(), vm.editing().createdBy()));
        header.getStyleClass().add("dialog-header");
        header.setWrapText(true);
        Button save = new Button(msg.get("meeting.actions.form.save"));
        save.setId("action-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.savingProperty());
        Button cancel = new Button(msg.get("dialog.cancel"));
        cancel.setId("action-cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.savingProperty());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, header, g, MessageLine.error("action-form-failure", vm.failureProperty(), msg),
                buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(600);
        ModalWindow window = new ModalWindow(owner, msg.get(vm.isNew() ? "meeting.actions.form.newTitle"
                : "meeting.actions.form.editTitle"), root);
        window.guardClose(() -> !vm.savingProperty().get(), () -> { });
        save.setOnAction(e -> vm.save(window::close));
        cancel.setOnAction(e -> window.close());
        window.show();
        text.requestFocus();
        return window;
    }

    /** No link, or which kind of link: bound both ways to the form's link kind. */
    private static ChoiceBox<Choice<ActionLink.Kind>> linkKind(ActionFormViewModel vm, Messages msg) {
        ChoiceBox<Choice<ActionLink.Kind>> box = new ChoiceBox<>();
        box.setId("action-link-kind");
        box.getItems().add(new Choice<>(null, msg.get("meeting.actions.link.none")));
        for (ActionLink.Kind k : ActionLink.Kind.values()) {
            box.getItems().add(new Choice<>(k, msg.label(k)));
        }
        Runnable show = () -> box.setValue(box.getItems().stream().filter(c -> c.is(vm.linkKindProperty().get()))
                .findFirst().orElseThrow());
        vm.linkKindProperty().addListener((o, a, b) -> show.run());
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.is(vm.linkKindProperty().get())) {
                vm.linkKindProperty().set(b.value());
            }
        });
        show.run();
        return box;
    }

    /** The village, facility or person chosen; shown with what tells two of a name apart. */
    private static ComboBox<ActionLinkChoice> target(ActionFormViewModel vm, Messages msg) {
        ComboBox<ActionLinkChoice> box = new ComboBox<>(vm.linkChoices());
        box.setId("action-link-target");
        box.setPromptText(msg.get("meeting.actions.link.choose"));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(EnumChoices.converter(c -> choiceLabel(c, msg)));
        boolean[] showing = new boolean[1];
        Runnable show = () -> {
            showing[0] = true;
            ActionLink current = vm.linkProperty().get();
            box.setValue(vm.linkChoices().stream().filter(c -> c.link().sameTarget(current)).findFirst()
                    .orElse(null));
            showing[0] = false;
        };
        vm.linkProperty().addListener((o, a, b) -> show.run());
        vm.linkChoices().addListener((ListChangeListener<ActionLinkChoice>) c -> show.run());
        box.valueProperty().addListener((o, a, b) -> {
            if (!showing[0] && b != null) {
                vm.linkProperty().set(b.link());
            }
        });
        show.run();
        return box;
    }

    private static String choiceLabel(ActionLinkChoice c, Messages msg) {
        String name = c.link().label();
        if (c.villageName() == null) {
            return name;
        }
        return c.birthYear() == null ? msg.format("meeting.actions.link.inVillage", name, c.villageName())
                : msg.format("meeting.actions.link.person", name, c.villageName(), c.birthYear());
    }

    private static void row(GridPane g, int row, Messages msg, String key, Node field) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.TOP);
        g.addRow(row, l, field);
    }
}
