package io.guankou.desktop.meeting;

import io.guankou.desktop.i18n.Msg;
import io.guankou.persistence.meeting.DailyEntryFacility;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One facility's line of the daily entry: the four numbers as typed, and the line's problem or confirmation. */
public final class DailyEntryRow {

    private final DailyEntryFacility facility;
    private final StringProperty staffTotal = new SimpleStringProperty("");
    private final StringProperty staffOnDuty = new SimpleStringProperty("");
    private final StringProperty staffInfected = new SimpleStringProperty("");
    private final StringProperty feverVisits = new SimpleStringProperty("");
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty saved = new SimpleBooleanProperty();

    DailyEntryRow(DailyEntryFacility facility) {
        this.facility = facility;
        if (facility.entry() != null) {
            staffTotal.set(Integer.toString(facility.entry().staffTotal()));
            staffOnDuty.set(Integer.toString(facility.entry().staffOnDuty()));
            staffInfected.set(Integer.toString(facility.entry().staffInfected()));
            feverVisits.set(Integer.toString(facility.entry().feverVisits()));
            saved.set(true);
        }
    }

    public DailyEntryFacility facility() { return facility; }
    public StringProperty staffTotalProperty() { return staffTotal; }
    public StringProperty staffOnDutyProperty() { return staffOnDuty; }
    public StringProperty staffInfectedProperty() { return staffInfected; }
    public StringProperty feverVisitsProperty() { return feverVisits; }
    public ObjectProperty<Msg> messageProperty() { return message; }
    /** The message is a problem (shown as an error), not a confirmation. */
    public BooleanProperty failedProperty() { return failed; }
    /** The day has an entry for this facility. */
    public BooleanProperty savedProperty() { return saved; }
}
