package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.rules.PlaceField;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The villages tab: the list (placeholder codes marked) and the village form; binds to {@link VillagesViewModel}. */
final class VillagesPane extends HBox {

    VillagesPane(VillagesViewModel vm, PlacesViewModel places, PlaceForms forms) {
        super(10);
        Messages msg = forms.msg();
        TableView<VillagesViewModel.Row> table = new TableView<>(vm.rows());
        TableColumn<VillagesViewModel.Row, String> code = PlaceForms.column(msg.get("places.village.code"), 130,
                VillagesViewModel.Row::code);
        TableColumn<VillagesViewModel.Row, String> note = PlaceForms.column(msg.get("places.village.note"), 110,
                r -> r.placeholder() ? msg.get("places.village.placeholder") : "");
        note.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("placeholder-code");
                if (!empty && text != null && !text.isEmpty()) {
                    getStyleClass().add("placeholder-code");
                }
            }
        });
        table.getColumns().addAll(List.of(code,
                PlaceForms.column(msg.get("places.village.name"), 130, VillagesViewModel.Row::name),
                PlaceForms.column(msg.get("places.village.class"), 120, r -> msg.label(r.urbanRural())),
                PlaceForms.count(msg.get("places.persons"), 60, VillagesViewModel.Row::persons),
                PlaceForms.count(msg.get("places.village.grids"), 60, VillagesViewModel.Row::grids),
                note));
        PlaceForms.bindSelection(table, vm, VillagesViewModel.Row::id);
        VBox list = forms.list("villages", "places.village.add", table, vm);
        getChildren().addAll(list, form(vm, places, forms));
    }

    private static Node form(VillagesViewModel vm, PlacesViewModel places, PlaceForms forms) {
        Messages msg = forms.msg();
        TextField code = forms.text("village-code", vm.codeProperty());
        code.setPromptText(msg.get("places.village.codePrompt"));
        TextField name = forms.text("village-name", vm.nameProperty());
        ComboBox<UrbanRuralClass> urbanRural = EnumChoices.combo("village-class", UrbanRuralClass.class,
                vm.urbanRuralProperty(), msg);
        TextField lon = forms.text("village-longitude", vm.longitudeProperty());
        lon.setPromptText(msg.get("places.longitudePrompt"));
        TextField lat = forms.text("village-latitude", vm.latitudeProperty());
        lat.setPromptText(msg.get("places.latitudePrompt"));
        GridPane g = forms.grid();
        forms.pairs(g, 0,
                forms.label(PlaceField.CODE), forms.field(vm, PlaceField.CODE, code),
                forms.label(PlaceField.NAME), forms.field(vm, PlaceField.NAME, name),
                forms.label(PlaceField.URBAN_RURAL), forms.field(vm, PlaceField.URBAN_RURAL, urbanRural),
                new Label(), new Label(),
                forms.label(PlaceField.LONGITUDE), forms.field(vm, PlaceField.LONGITUDE, lon),
                forms.label(PlaceField.LATITUDE), forms.field(vm, PlaceField.LATITUDE, lat));

        Label placeholder = new Label(msg.get("places.village.placeholderNote"));
        placeholder.setId("village-placeholder-note");
        placeholder.getStyleClass().add("placeholder-note");
        placeholder.setWrapText(true);
        CheckBox checked = new CheckBox(msg.get("places.village.codeChecked"));
        checked.setId("village-code-checked");
        checked.selectedProperty().bindBidirectional(vm.codeCheckedProperty());
        VBox note = new VBox(4, placeholder, checked);
        note.visibleProperty().bind(vm.placeholderProperty());
        note.managedProperty().bind(note.visibleProperty());

        return PlaceForms.side(
                forms.title(vm, places, "places.village.new", "places.village.edit"),
                note, g, forms.buttons("village", vm, "places.save"), forms.history("village", vm, places));
    }
}
