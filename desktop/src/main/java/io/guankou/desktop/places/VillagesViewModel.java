package io.guankou.desktop.places;

import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.CoordinateRule;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.model.place.rules.PlaceUse;
import io.guankou.model.place.rules.VillageEdit;
import io.guankou.model.place.rules.VillageRules;
import io.guankou.persistence.placeedit.PlaceEditor;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The villages tab: code, name, urban-rural class and point of each village. A village an import created with a
 * placeholder code is marked until its code is corrected, or checked and confirmed ({@link #codeCheckedProperty}).
 */
public final class VillagesViewModel extends PlaceFormViewModel {

    /** One village of the list: what it is and what it holds. */
    public record Row(long id, String code, String name, UrbanRuralClass urbanRural, long persons, long grids,
                      boolean placeholder) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<UrbanRuralClass> urbanRural = new SimpleObjectProperty<>();
    private final StringProperty longitude = new SimpleStringProperty("");
    private final StringProperty latitude = new SimpleStringProperty("");
    private final BooleanProperty codeChecked = new SimpleBooleanProperty();
    private final BooleanProperty placeholder = new SimpleBooleanProperty();

    VillagesViewModel(PlaceServices services) {
        super(services, PlaceKind.VILLAGE);
        watch(code, name, urbanRural, longitude, latitude, codeChecked);
    }

    @Override
    protected void rebuildRows(PlaceData d) {
        rows.setAll(d.villages().stream().map(v -> {
            PlaceUse use = d.uses().of(PlaceKind.VILLAGE, v.id());
            return new Row(v.id(), v.code(), v.name(), v.urbanRural(), use.persons(), use.grids(), d.isPlaceholder(v));
        }).toList());
    }

    @Override
    protected boolean exists(PlaceData d, long id) {
        return d.village(id).isPresent();
    }

    @Override
    protected void clear() {
        // the township's 9 digits are every village's start: only the village's own 3 are left to type
        code.set(data().townshipCode());
        name.set("");
        urbanRural.set(null);
        longitude.set("");
        latitude.set("");
        codeChecked.set(false);
        placeholder.set(false);
    }

    @Override
    protected void fill(PlaceData d, long id) {
        Village v = d.village(id).orElseThrow();
        code.set(v.code());
        name.set(v.name());
        urbanRural.set(v.urbanRural());
        GeoPoint p = v.centroid();
        longitude.set(p == null ? "" : CoordinateRule.text(p.longitude()));
        latitude.set(p == null ? "" : CoordinateRule.text(p.latitude()));
        codeChecked.set(false);
        placeholder.set(d.isPlaceholder(v));
    }

    private VillageEdit edit() {
        Long id = selectedIdProperty().get();
        return new VillageEdit(id == null ? 0 : id, code.get(), name.get(), urbanRural.get(), longitude.get(),
                latitude.get());
    }

    @Override
    protected List<PlaceProblem> problems(PlaceData d) {
        return VillageRules.check(edit(), d.townshipCode(), d.allVillages());
    }

    @Override
    protected Callable<Long> write(PlaceEditor editor, String user) {
        VillageEdit edit = edit();
        boolean confirm = placeholder.get() && codeChecked.get();
        return () -> editor.saveVillage(edit, confirm, user);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<UrbanRuralClass> urbanRuralProperty() {
        return urbanRural;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    /** For a placeholder code: the office checked it and keeps it (saving then settles it). */
    public BooleanProperty codeCheckedProperty() {
        return codeChecked;
    }

    /** Whether the selected village's code is an import's placeholder still to be corrected or confirmed. */
    public ReadOnlyBooleanProperty placeholderProperty() {
        return placeholder;
    }
}
