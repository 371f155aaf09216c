package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.model.org.Facility;
import io.guankou.model.transport.Ambulance;
import io.guankou.model.transport.AmbulanceEdit;
import io.guankou.model.transport.AmbulanceRules;
import io.guankou.model.transport.AmbulanceStatus;
import io.guankou.model.transport.TransportField;
import java.util.Comparator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ambulances per health facility: the list (by base, then plate) and the form (base, plate, networked to 120,
 * status). New, save and remove; the rules of model.transport decide, the repository checks them again.
 */
public final class AmbulancesViewModel {

    /** One ambulance of the list with its base's name. */
    public record Row(Ambulance ambulance, String facilityName) {
    }

    private final TransportWrites writes;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Facility> facilities = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> facilityId = new SimpleObjectProperty<>();
    private final StringProperty plate = new SimpleStringProperty("");
    private final BooleanProperty networked = new SimpleBooleanProperty(true);
    private final ObjectProperty<AmbulanceStatus> status = new SimpleObjectProperty<>(AmbulanceStatus.AVAILABLE);
    private final FieldErrors errors = new FieldErrors(TransportField.FACILITY, TransportField.PLATE,
            TransportField.STATUS);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private CoverageData data = CoverageData.EMPTY;
    /** An ambulance just saved that the list does not show yet (the reload is on its way): select it then. */
    private Long wanted;

    AmbulancesViewModel(TransportWrites writes) {
        this.writes = writes;
    }

    void setData(CoverageData d) {
        this.data = d;
        facilities.setAll(d.facilities().stream().sorted(Comparator.comparingInt((Facility f) -> f.type().ordinal())
                .thenComparingLong(Facility::id)).toList());
        Long keep = selected.get() == null ? null : selected.get().ambulance().id();
        rows.setAll(d.ambulances().stream().map(a -> new Row(a, d.facilityName(a.facilityId()))).toList());
        if (wanted != null) {
            selectWhenListed(wanted);
        } else if (keep != null) {
            rows.stream().filter(r -> r.ambulance().id() == keep).findFirst()
                    .ifPresentOrElse(r -> selected.set(r), () -> select(null));
        }
    }

    private void selectWhenListed(long id) {
        Row row = rows.stream().filter(r -> r.ambulance().id() == id).findFirst().orElse(null);
        wanted = row == null ? id : null;
        if (row != null) {
            select(row);
        }
    }

    /** Shows the ambulance in the form; null: a new one. Unsaved edits are dropped. */
    public void select(Row row) {
        selected.set(row);
        errors.clear();
        if (row == null) {
            facilityId.set(null);
            plate.set("");
            networked.set(true);
            status.set(AmbulanceStatus.AVAILABLE);
            return;
        }
        Ambulance a = row.ambulance();
        facilityId.set(a.facilityId());
        plate.set(a.plate());
        networked.set(a.networked());
        status.set(a.status());
    }

    public void startNew() {
        select(null);
        notice.set(null);
    }

    private AmbulanceEdit edit() {
        return new AmbulanceEdit(selected.get() == null ? 0 : selected.get().ambulance().id(), facilityId.get(),
                plate.get(), networked.get(), status.get());
    }

    public boolean save() {
        notice.set(null);
        AmbulanceEdit edit = edit();
        if (!errors.show(AmbulanceRules.check(edit, data.facilities().stream().map(Facility::id).toList(),
                data.ambulances()))) {
            return false;
        }
        String user = writes.user();
        String shown = AmbulanceRules.plate(edit.plate());
        return writes.run("ambulance-save", () -> writes.services().transport().saveAmbulance(edit, user), id -> {
            selectWhenListed(id);
            notice.set(Notice.ok("coverage.ambulance.saved", shown));
        }, refused -> {
            if (refused.gone()) {
                notice.set(Notice.error("coverage.error.gone"));
            } else {
                errors.show(refused.problems());
            }
        }, notice::set);
    }

    public boolean remove() {
        Row row = selected.get();
        if (row == null) {
            return false;
        }
        notice.set(null);
        String user = writes.user();
        long id = row.ambulance().id();
        return writes.run("ambulance-remove", () -> {
            writes.services().transport().removeAmbulance(id, user);
            return id;
        }, done -> {
            select(null);
            notice.set(Notice.ok("coverage.ambulance.removed", row.ambulance().plate()));
        }, refused -> notice.set(Notice.error("coverage.error.gone")), notice::set);
    }

    public ObservableList<Row> rows() { return rows; }
    /** The facilities an ambulance may be based at: every health facility, centres first. */
    public ObservableList<Facility> facilities() { return facilities; }
    public ReadOnlyObjectProperty<Row> selectedProperty() { return selected; }
    public ObjectProperty<Long> facilityIdProperty() { return facilityId; }
    public StringProperty plateProperty() { return plate; }
    public BooleanProperty networkedProperty() { return networked; }
    public ObjectProperty<AmbulanceStatus> statusProperty() { return status; }
    public ReadOnlyObjectProperty<Msg> errorAt(TransportField field) { return errors.at(field); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty savingProperty() { return writes.savingProperty(); }
}
