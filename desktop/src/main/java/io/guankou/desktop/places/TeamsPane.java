package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.org.TeamMember;
import io.guankou.model.org.TeamRole;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceField;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The responsibility teams tab: the list, the team form, and the selected team's members with a member form; binds
 * to {@link TeamsViewModel} and its {@link MembersViewModel}.
 */
final class TeamsPane extends HBox {

    TeamsPane(TeamsViewModel vm, PlacesViewModel places, PlaceForms forms, java.util.function.Supplier<Window> owner) {
        super(10);
        Messages msg = forms.msg();
        TableView<TeamsViewModel.Row> table = new TableView<>(vm.rows());
        table.getColumns().addAll(List.of(
                PlaceForms.column(msg.get("places.team.village"), 100, TeamsViewModel.Row::villageName),
                PlaceForms.column(msg.get("places.team.name"), 190, TeamsViewModel.Row::name),
                PlaceForms.count(msg.get("places.team.members"), 60, TeamsViewModel.Row::members),
                PlaceForms.column(msg.get("places.team.medical"), 70,
                        r -> msg.get(r.medical() ? "places.yes" : "places.no")),
                PlaceForms.count(msg.get("places.persons"), 60, TeamsViewModel.Row::persons)));
        PlaceForms.bindSelection(table, vm, TeamsViewModel.Row::id);
        getChildren().addAll(forms.list("teams", "places.team.add", table, vm), form(vm, places, forms, owner));
    }

    private static Node form(TeamsViewModel vm, PlacesViewModel places, PlaceForms forms,
                             java.util.function.Supplier<Window> owner) {
        Messages msg = forms.msg();
        ComboBox<Choice<Long>> village = forms.idCombo("team-village", vm.villageIdProperty());
        Runnable fillVillages = () -> PlaceForms.fill(village, forms.choices(places.dataProperty().get().villages(),
                Village::id, Village::name, null), vm.villageIdProperty());
        places.dataProperty().addListener((o, a, b) -> fillVillages.run());
        fillVillages.run();
        TextField name = forms.text("team-name", vm.nameProperty());
        GridPane g = forms.grid();
        forms.pairs(g, 0,
                forms.label(PlaceField.VILLAGE), forms.field(vm, PlaceField.VILLAGE, village),
                forms.label(PlaceField.NAME), forms.field(vm, PlaceField.NAME, name));
        Label warning = new Label();
        warning.setId("team-warning");
        warning.getStyleClass().add("field-warning");
        warning.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> msg.text(vm.warningProperty().get()), vm.warningProperty()));
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        return PlaceForms.side(forms.title(vm, places, "places.team.new", "places.team.edit"), g, warning,
                forms.buttons("team", vm, "places.save"), members(vm.members(), forms, owner),
                forms.history("team", vm, places));
    }

    private static Node members(MembersViewModel vm, PlaceForms forms,
                                java.util.function.Supplier<Window> owner) {
        Messages msg = forms.msg();
        TableView<TeamMember> table = new TableView<>(vm.rows());
        table.setId("members-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(msg.get("places.member.none")));
        table.getColumns().addAll(List.of(
                PlaceForms.column(msg.get("places.member.name"), 90, TeamMember::name),
                PlaceForms.column(msg.label(PlaceField.ROLE), 110, m -> msg.label(m.role())),
                PlaceForms.column(msg.label(PlaceField.PHONE), 110, m -> m.phone() == null ? "" : m.phone()),
                PlaceForms.column(msg.label(PlaceField.MEDICAL), 60,
                        m -> msg.get(m.medical() ? "places.yes" : "places.no"))));
        table.setPrefHeight(130);
        table.setMinHeight(90);
        PlaceForms.bindSelection(table, vm, TeamMember::id);

        TextField name = forms.text("member-name", vm.nameProperty());
        ComboBox<TeamRole> role = EnumChoices.combo("member-role", TeamRole.class, vm.roleProperty(), msg);
        TextField phone = forms.text("member-phone", vm.phoneProperty());
        CheckBox medical = new CheckBox(msg.label(PlaceField.MEDICAL));
        medical.setId("member-medical");
        medical.selectedProperty().bindBidirectional(vm.medicalProperty());
        GridPane g = forms.grid();
        forms.pairs(g, 0,
                forms.label("places.member.name"), forms.field(vm, PlaceField.NAME, name),
                forms.label(PlaceField.ROLE), forms.field(vm, PlaceField.ROLE, role),
                forms.label(PlaceField.PHONE), forms.field(vm, PlaceField.PHONE, phone),
                new Label(), medical);

        Button add = new Button(msg.get("places.member.add"));
        add.setId("member-add");
        add.setOnAction(e -> vm.startNew());
        Button save = new Button(msg.get("places.member.save"));
        save.setId("member-save");
        save.disableProperty().bind(vm.validProperty().not().or(vm.savingProperty()));
        save.setOnAction(e -> vm.save());
        Button remove = new Button(msg.get("places.member.remove"));
        remove.setId("member-remove");
        remove.disableProperty().bind(vm.selectedIdProperty().isNull());
        remove.setOnAction(e -> vm.removal().ifPresent(r -> RemovalDialog.open(r, msg, owner.get())));
        HBox buttons = new HBox(8, add, save, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        NoticeLabel notice = forms.notice("member-notice", vm);

        Label title = forms.label("places.member.title");
        title.getStyleClass().add("section-subtitle");
        VBox box = new VBox(6, title, table, g, buttons, notice);
        // members belong to a stored team: none while a new team is in the form
        box.disableProperty().bind(vm.teamIdProperty().isNull());
        return box;
    }
}
