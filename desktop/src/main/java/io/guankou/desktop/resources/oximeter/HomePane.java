package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.persistence.oximeter.DeviceEntry;
import io.guankou.persistence.oximeter.PersonPick;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Issue to a person at home (serial, then the person by name or the end of the ID; Enter moves on) beside the
 * returns overdue, where the selected device is taken back.
 */
final class HomePane extends HBox {

    HomePane(HomeIssueViewModel issue, OximetersViewModel vm, Messages msg) {
        super(12);
        setPadding(new Insets(8));
        Label issueTitle = new Label(msg.get("oximeter.issue.title"));
        issueTitle.getStyleClass().add("section-title");
        TextField serial = new TextField();
        serial.setId("oximeter-issue-serial");
        serial.setPromptText(msg.get("oximeter.issue.serial"));
        serial.textProperty().bindBidirectional(issue.serialProperty());
        TextField query = new TextField();
        query.setId("oximeter-issue-query");
        query.setPromptText(msg.get("oximeter.issue.query"));
        query.textProperty().bindBidirectional(issue.queryProperty());
        serial.setOnAction(e -> query.requestFocus());
        query.setOnAction(e -> issue.search());
        ListView<PersonPick> persons = new ListView<>(issue.persons());
        persons.setId("oximeter-issue-persons");
        persons.setPrefHeight(180);
        persons.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonPick p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : label(p));
            }
        });
        persons.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                issue.personProperty().set(b);
            }
        });
        issue.personProperty().addListener((o, a, b) -> {
            if (b == null) {
                persons.getSelectionModel().clearSelection();
            } else if (persons.getSelectionModel().getSelectedItem() != b) {
                persons.getSelectionModel().select(b);
            }
        });
        Label chosen = new Label();
        chosen.setId("oximeter-issue-person");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> issue.personProperty().get() == null
                ? msg.get("oximeter.issue.nobody")
                : msg.format("oximeter.issue.to", label(issue.personProperty().get())),
                issue.personProperty()));
        Button give = new Button(msg.get("oximeter.issue.issue"));
        give.setId("oximeter-issue");
        give.getStyleClass().add("accent");
        give.disableProperty().bind(issue.savingProperty().or(vm.state().readyProperty().not()));
        give.setOnAction(e -> issue.issue());
        NoticeLabel notice = new NoticeLabel("oximeter-issue-notice", issue.noticeProperty(), msg);
        notice.setWrapText(true);
        VBox left = new VBox(6, issueTitle,
                FieldMessage.wrap("oximeter-issue-serial-error", serial, issue.serialErrorProperty(), msg),
                FieldMessage.wrap("oximeter-issue-person-error", query, issue.personErrorProperty(), msg),
                persons, chosen, give, notice);
        left.setPrefWidth(380);
        left.setMinWidth(320);

        Label overdueTitle = new Label();
        overdueTitle.getStyleClass().add("section-title");
        overdueTitle.textProperty().bind(Bindings.createStringBinding(() -> msg.format("oximeter.overdue.title",
                vm.overdue().size(), vm.overviewProperty().get() == null ? 0
                        : vm.overviewProperty().get().rules().returnAfterDays()), vm.overdue(), vm.overviewProperty()));
        TableView<DeviceEntry> overdue = new TableView<>(vm.overdue());
        overdue.setId("oximeter-overdue");
        overdue.setPlaceholder(new Label(msg.get("oximeter.overdue.empty")));
        overdue.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        overdue.getColumns().add(OxColumns.text(msg, "oximeter.col.serial", 100, DeviceEntry::serial));
        overdue.getColumns().add(OxColumns.text(msg, "oximeter.col.person", 70, DeviceEntry::holderName));
        overdue.getColumns().add(OxColumns.text(msg, "oximeter.col.residentId", 150, vm::displayedId));
        overdue.getColumns().add(OxColumns.text(msg, "oximeter.col.village", 80, DeviceEntry::villageName));
        overdue.getColumns().add(OxColumns.text(msg, "oximeter.col.issued", 90, d -> DevicesPane.date(d.heldSince())));
        overdue.getColumns().add(OxColumns.gap(msg, "oximeter.col.daysOverdue", 70, vm::daysOverdue));
        overdue.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        Button back = new Button(msg.get("oximeter.device.return"));
        back.setId("oximeter-overdue-return");
        back.disableProperty().bind(overdue.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.savingProperty()));
        back.setOnAction(e -> vm.returnSelected(DeviceCondition.WORKING));
        NoticeLabel returned = new NoticeLabel("oximeter-overdue-notice", vm.noticeProperty(), msg);
        HBox actions = new HBox(8, back, returned);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, overdueTitle, overdue, actions);
        VBox.setVgrow(overdue, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    /** How a found person is listed: name, masked ID, village. */
    static String label(PersonPick p) {
        return p.name() + "  " + ResidentIds.mask(p.residentId()) + "  " + p.villageName();
    }
}
