package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.model.transport.FleetAvailability;
import io.guankou.model.transport.FleetRules;
import io.guankou.model.transport.FleetVehicle;
import io.guankou.model.transport.FleetVehicleEdit;
import io.guankou.model.transport.TransportField;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The non-emergency transport fleet: the list in the order entered, the seats available now, and the form (owner,
 * phone, seats, availability). New, save and remove.
 */
public final class FleetViewModel {

    private final TransportWrites writes;
    private final ObservableList<FleetVehicle> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FleetVehicle> selected = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty seats = new SimpleStringProperty("");
    private final ObjectProperty<FleetAvailability> availability =
            new SimpleObjectProperty<>(FleetAvailability.AVAILABLE);
    private final FieldErrors errors = new FieldErrors(TransportField.OWNER, TransportField.PHONE,
            TransportField.SEATS, TransportField.AVAILABILITY);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final IntegerProperty availableVehicles = new SimpleIntegerProperty();
    private final IntegerProperty availableSeats = new SimpleIntegerProperty();
    /** A vehicle just saved that the list does not show yet: select it when it comes. */
    private Long wanted;

    FleetViewModel(TransportWrites writes) {
        this.writes = writes;
    }

    void setData(CoverageData d) {
        Long keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(d.fleet());
        availableVehicles.set((int) d.fleet().stream().filter(v -> v.availability() == FleetAvailability.AVAILABLE)
                .count());
        availableSeats.set(d.fleet().stream().filter(v -> v.availability() == FleetAvailability.AVAILABLE)
                .mapToInt(FleetVehicle::seats).sum());
        if (wanted != null) {
            selectWhenListed(wanted);
        } else if (keep != null) {
            rows.stream().filter(v -> v.id() == keep).findFirst()
                    .ifPresentOrElse(v -> selected.set(v), () -> select(null));
        }
    }

    private void selectWhenListed(long id) {
        FleetVehicle v = rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        wanted = v == null ? id : null;
        if (v != null) {
            select(v);
        }
    }

    /** Shows the vehicle in the form; null: a new one. */
    public void select(FleetVehicle v) {
        selected.set(v);
        errors.clear();
        owner.set(v == null ? "" : v.owner());
        phone.set(v == null ? "" : v.phone());
        seats.set(v == null ? "" : Integer.toString(v.seats()));
        availability.set(v == null ? FleetAvailability.AVAILABLE : v.availability());
    }

    public void startNew() {
        select(null);
        notice.set(null);
    }

    public boolean save() {
        notice.set(null);
        FleetVehicleEdit edit = new FleetVehicleEdit(selected.get() == null ? 0 : selected.get().id(), owner.get(),
                phone.get(), seats.get(), availability.get());
        if (!errors.show(FleetRules.check(edit))) {
            return false;
        }
        String user = writes.user();
        String shown = FleetRules.owner(edit.owner());
        return writes.run("fleet-save", () -> writes.services().transport().saveFleetVehicle(edit, user), id -> {
            selectWhenListed(id);
            notice.set(Notice.ok("coverage.fleet.saved", shown));
        }, refused -> {
            if (refused.gone()) {
                notice.set(Notice.error("coverage.error.gone"));
            } else {
                errors.show(refused.problems());
            }
        }, notice::set);
    }

    public boolean remove() {
        FleetVehicle v = selected.get();
        if (v == null) {
            return false;
        }
        notice.set(null);
        String user = writes.user();
        return writes.run("fleet-remove", () -> {
            writes.services().transport().removeFleetVehicle(v.id(), user);
            return v.id();
        }, done -> {
            select(null);
            notice.set(Notice.ok("coverage.fleet.removed", v.owner()));
        }, refused -> notice.set(Notice.error("coverage.error.gone")), notice::set);
    }

    public ObservableList<FleetVehicle> rows() { return rows; }
    public ReadOnlyObjectProperty<FleetVehicle> selectedProperty() { return selected; }
    public StringProperty ownerProperty() { return owner; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty seatsProperty() { return seats; }
    public ObjectProperty<FleetAvailability> availabilityProperty() { return availability; }
    public ReadOnlyObjectProperty<Msg> errorAt(TransportField field) { return errors.at(field); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty savingProperty() { return writes.savingProperty(); }
    /** Vehicles available now, and their seats. */
    public ReadOnlyIntegerProperty availableVehiclesProperty() { return availableVehicles; }
    public ReadOnlyIntegerProperty availableSeatsProperty() { return availableSeats; }
}
