package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.model.org.FacilityType;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceField;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The health facilities tab: the list and the facility form; binds to {@link FacilitiesViewModel}. */
final class FacilitiesPane extends HBox {

    FacilitiesPane(FacilitiesViewModel vm, PlacesViewModel places, PlaceForms forms) {
        super(10);
        Messages msg = forms.msg();
        TableView<FacilitiesViewModel.Row> table = new TableView<>(vm.rows());
        table.getColumns().addAll(List.of(
                PlaceForms.column(msg.get("places.facility.type"), 130, r -> msg.label(r.type())),
                PlaceForms.column(msg.get("places.facility.name"), 170, FacilitiesViewModel.Row::name),
                PlaceForms.column(msg.get("places.facility.village"), 100,
                        r -> r.villageName().isEmpty() ? msg.get("places.facility.townshipWide") : r.villageName()),
                PlaceForms.column(msg.get("places.facility.dutyPhone"), 110, FacilitiesViewModel.Row::dutyPhone),
                PlaceForms.column(msg.get("places.facility.feverClinic"), 70,
                        r -> msg.get(r.feverClinic() ? "places.yes" : "places.no"))));
        PlaceForms.bindSelection(table, vm, FacilitiesViewModel.Row::id);
        getChildren().addAll(forms.list("facilities", "places.facility.add", table, vm), form(vm, places, forms));
    }

    private static Node form(FacilitiesViewModel vm, PlacesViewModel places, PlaceForms forms) {
        Messages msg = forms.msg();
        ComboBox<FacilityType> type = EnumChoices.combo("facility-type", FacilityType.class, vm.typeProperty(), msg);
        TextField name = forms.text("facility-name", vm.nameProperty());
        ComboBox<Choice<Long>> village = forms.idCombo("facility-village", vm.villageIdProperty());
        Runnable fillVillages = () -> PlaceForms.fill(village, forms.choices(places.dataProperty().get().villages(),
                Village::id, Village::name, "places.facility.townshipWide"), vm.villageIdProperty());
        places.dataProperty().addListener((o, a, b) -> fillVillages.run());
        fillVillages.run();
        TextField phone = forms.text("facility-duty-phone", vm.dutyPhoneProperty());
        CheckBox fever = new CheckBox(msg.label(PlaceField.FEVER_CLINIC));
        fever.setId("facility-fever-clinic");
        fever.selectedProperty().bindBidirectional(vm.feverClinicProperty());
        TextField lon = forms.text("facility-longitude", vm.longitudeProperty());
        lon.setPromptText(msg.get("places.longitudePrompt"));
        TextField lat = forms.text("facility-latitude", vm.latitudeProperty());
        lat.setPromptText(msg.get("places.latitudePrompt"));
        GridPane g = forms.grid();
        forms.pairs(g, 0,
                forms.label(PlaceField.TYPE), forms.field(vm, PlaceField.TYPE, type),
                forms.label(PlaceField.NAME), forms.field(vm, PlaceField.NAME, name),
                forms.label(PlaceField.VILLAGE), forms.field(vm, PlaceField.VILLAGE, village),
                forms.label(PlaceField.DUTY_PHONE), forms.field(vm, PlaceField.DUTY_PHONE, phone),
                forms.label(PlaceField.LONGITUDE), forms.field(vm, PlaceField.LONGITUDE, lon),
                forms.label(PlaceField.LATITUDE), forms.field(vm, PlaceField.LATITUDE, lat));
        g.add(fever, 1, 3, 3, 1);
        return PlaceForms.side(forms.title(vm, places, "places.facility.new", "places.facility.edit"), g,
                forms.buttons("facility", vm, "places.save"), forms.history("facility", vm, places));
    }
}
