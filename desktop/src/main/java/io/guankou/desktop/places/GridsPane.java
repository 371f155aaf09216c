package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Choice;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceField;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The grids tab: every grid with its village and team, and the grid form; binds to {@link GridsViewModel}. */
final class GridsPane extends HBox {

    GridsPane(GridsViewModel vm, PlacesViewModel places, PlaceForms forms) {
        super(10);
        Messages msg = forms.msg();
        TableView<GridsViewModel.Row> table = new TableView<>(vm.rows());
        table.getColumns().addAll(List.of(
                PlaceForms.column(msg.get("places.grid.village"), 120, GridsViewModel.Row::villageName),
                PlaceForms.column(msg.get("places.grid.name"), 120, GridsViewModel.Row::name),
                PlaceForms.column(msg.get("places.grid.team"), 200, GridsViewModel.Row::teamName),
                PlaceForms.count(msg.get("places.persons"), 60, GridsViewModel.Row::persons)));
        PlaceForms.bindSelection(table, vm, GridsViewModel.Row::id);
        getChildren().addAll(forms.list("grids", "places.grid.add", table, vm), form(vm, places, forms));
    }

    private static Node form(GridsViewModel vm, PlacesViewModel places, PlaceForms forms) {
        ComboBox<Choice<Long>> village = forms.idCombo("grid-village", vm.villageIdProperty());
        TextField name = forms.text("grid-name", vm.nameProperty());
        ComboBox<Choice<Long>> team = forms.idCombo("grid-team", vm.teamIdProperty());
        Runnable fillVillages = () -> PlaceForms.fill(village, forms.choices(places.dataProperty().get().villages(),
                Village::id, Village::name, null), vm.villageIdProperty());
        Runnable fillTeams = () -> PlaceForms.fill(team, forms.choices(vm.teamsOf(vm.villageIdProperty().get()),
                ResponsibilityTeam::id, ResponsibilityTeam::name, "places.none"), vm.teamIdProperty());
        places.dataProperty().addListener((o, a, b) -> {
            fillVillages.run();
            fillTeams.run();
        });
        vm.villageIdProperty().addListener((o, a, b) -> fillTeams.run());
        fillVillages.run();
        fillTeams.run();
        GridPane g = forms.grid();
        forms.pairs(g, 0,
                forms.label(PlaceField.VILLAGE), forms.field(vm, PlaceField.VILLAGE, village),
                forms.label(PlaceField.NAME), forms.field(vm, PlaceField.NAME, name),
                forms.label(PlaceField.TEAM), forms.field(vm, PlaceField.TEAM, team));
        return PlaceForms.side(forms.title(vm, places, "places.grid.new", "places.grid.edit"), g,
                forms.buttons("grid", vm, "places.save"), forms.history("grid", vm, places));
    }
}
