package io.guankou.desktop.places;

import io.guankou.model.org.Facility;
import io.guankou.model.org.FacilityType;
import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.CoordinateRule;
import io.guankou.model.place.rules.FacilityEdit;
import io.guankou.model.place.rules.FacilityRules;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.persistence.placeedit.PlaceEditor;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The health facilities tab: type, name, village (or township-wide), 24-hour duty phone, fever clinic, point. */
public final class FacilitiesViewModel extends PlaceFormViewModel {

    /** One facility of the list; {@code villageName} empty for a township-wide one. */
    public record Row(long id, FacilityType type, String name, String villageName, String dutyPhone,
                      boolean feverClinic) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FacilityType> type = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Long> villageId = new SimpleObjectProperty<>();
    private final StringProperty dutyPhone = new SimpleStringProperty("");
    private final BooleanProperty feverClinic = new SimpleBooleanProperty();
    private final StringProperty longitude = new SimpleStringProperty("");
    private final StringProperty latitude = new SimpleStringProperty("");

    FacilitiesViewModel(PlaceServices services) {
        super(services, PlaceKind.FACILITY);
        watch(type, name, villageId, dutyPhone, feverClinic, longitude, latitude);
    }

    @Override
    protected void rebuildRows(PlaceData d) {
        rows.setAll(d.facilities().stream().map(f -> new Row(f.id(), f.type(), f.name(),
                f.villageId() == null ? "" : d.village(f.villageId()).map(Village::name).orElse(""),
                f.dutyPhone() == null ? "" : f.dutyPhone(), f.feverClinic())).toList());
    }

    @Override
    protected boolean exists(PlaceData d, long id) {
        return d.facility(id).isPresent();
    }

    @Override
    protected void clear() {
        type.set(null);
        name.set("");
        villageId.set(null);
        dutyPhone.set("");
        feverClinic.set(false);
        longitude.set("");
        latitude.set("");
    }

    @Override
    protected void fill(PlaceData d, long id) {
        Facility f = d.facility(id).orElseThrow();
        type.set(f.type());
        name.set(f.name());
        villageId.set(f.villageId());
        dutyPhone.set(f.dutyPhone() == null ? "" : f.dutyPhone());
        feverClinic.set(f.feverClinic());
        GeoPoint p = f.location();
        longitude.set(p == null ? "" : CoordinateRule.text(p.longitude()));
        latitude.set(p == null ? "" : CoordinateRule.text(p.latitude()));
    }

    private FacilityEdit edit() {
        Long id = selectedIdProperty().get();
        return new FacilityEdit(id == null ? 0 : id, type.get(), name.get(), villageId.get(), dutyPhone.get(),
                feverClinic.get(), longitude.get(), latitude.get());
    }

    @Override
    protected List<PlaceProblem> problems(PlaceData d) {
        return FacilityRules.check(edit(), d.villages(), d.facilities());
    }

    @Override
    protected Callable<Long> write(PlaceEditor editor, String user) {
        FacilityEdit edit = edit();
        return () -> editor.saveFacility(edit, user);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<FacilityType> typeProperty() {
        return type;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Null: township-wide. */
    public ObjectProperty<Long> villageIdProperty() {
        return villageId;
    }

    public StringProperty dutyPhoneProperty() {
        return dutyPhone;
    }

    public BooleanProperty feverClinicProperty() {
        return feverClinic;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }
}
