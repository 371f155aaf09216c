package io.guankou.desktop.meeting;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.meeting.FacilityDay;
import io.guankou.model.meeting.FacilityDayRules;
import io.guankou.persistence.meeting.DailyEntryFacility;
import io.guankou.persistence.meeting.FacilityDayRefused;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The simple daily entry of the meeting: per facility the medical staff, on post, infected, and the fever
 * clinic's visits of the day. A line is saved on its own; a blank or wrong number is named in that line and nothing is
 * stored. Loads the facilities again when the places change or the day is changed.
 */
public final class DailyEntryViewModel {

    private final MeetingServices services;
    private final LoadState state = new LoadState();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<DailyEntryRow> rows = FXCollections.observableArrayList();
    private long generation;

    public DailyEntryViewModel(MeetingServices services) {
        this.services = services;
        day.set(LocalDate.now(services.clock()));
        day.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                reload();
            }
        });
        services.events().subscribe(EnumSet.of(DataKind.PLACES, DataKind.PACKAGES), c -> {
            if (state.phase() != LoadState.Phase.NOT_LOADED) {
                reload();
            }
        });
    }

    public void reload() {
        long gen = ++generation;
        state.loading();
        LocalDate d = day.get();
        services.runner().run("meeting-entry-load", () -> services.facilityDays().form(d), loaded -> {
            if (gen != generation) {
                return;
            }
            rows.setAll(loaded.stream().map(DailyEntryRow::new).toList());
            state.ready();
        }, error -> {
            if (gen == generation) {
                state.failed(error);
            }
        });
    }

    /** Checks and stores one line; the line shows what is wrong, or that it was saved. */
    public void save(DailyEntryRow row) {
        DailyEntryFacility f = row.facility();
        Integer total = number(row, row.staffTotalProperty().get(), "meeting.entry.field.staffTotal");
        Integer onDuty = total == null ? null : number(row, row.staffOnDutyProperty().get(), "meeting.entry.field.staffOnDuty");
        Integer infected = onDuty == null ? null
                : number(row, row.staffInfectedProperty().get(), "meeting.entry.field.staffInfected");
        Integer fever = infected == null ? null
                : number(row, row.feverVisitsProperty().get(), "meeting.entry.field.feverVisits");
        if (fever == null) {
            return;
        }
        FacilityDay entry = new FacilityDay(f.facilityId(), day.get(), total, onDuty, infected, fever);
        List<FacilityDayRules.Problem> problems = FacilityDayRules.check(entry);
        if (!problems.isEmpty()) {
            fail(row, problem(problems.get(0)));
            return;
        }
        services.runner().run("meeting-entry-save", () -> {
            services.facilityDays().save(entry, services.userName());
            return entry;
        }, saved -> {
            row.failedProperty().set(false);
            row.savedProperty().set(true);
            row.messageProperty().set(Msg.of("meeting.entry.saved"));
            services.events().publish(new DataChange.MeetingDataSaved());
        }, error -> {
            if (error instanceof FacilityDayRefused r && !r.problems().isEmpty()) {
                fail(row, problem(r.problems().get(0)));
            } else if (error instanceof FacilityDayRefused) {
                fail(row, Msg.of("meeting.entry.facilityGone"));
            } else {
                fail(row, Msg.of("meeting.entry.saveFailed", String.valueOf(error.getMessage())));
            }
        });
    }

    private Integer number(DailyEntryRow row, String typed, String fieldKey) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            fail(row, Msg.of("meeting.entry.required", Msg.of(fieldKey)));
            return null;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            fail(row, Msg.of("meeting.entry.notANumber", Msg.of(fieldKey), t));
            return null;
        }
    }

    private static Msg problem(FacilityDayRules.Problem p) {
        Msg field = Msg.of(switch (p.field()) {
            case STAFF_TOTAL -> "meeting.entry.field.staffTotal";
            case STAFF_ON_DUTY -> "meeting.entry.field.staffOnDuty";
            case STAFF_INFECTED -> "meeting.entry.field.staffInfected";
            case FEVER_VISITS -> "meeting.entry.field.feverVisits";
        });
        return switch (p.kind()) {
            case NEGATIVE -> Msg.of("meeting.entry.negative", field);
            case TOO_LARGE -> Msg.of("meeting.entry.tooLarge", field);
            case MORE_THAN_STAFF -> Msg.of("meeting.entry.moreThanStaff", field);
            case MORE_THAN_OFF_DUTY -> Msg.of("meeting.entry.moreThanOffDuty", field);
        };
    }

    private static void fail(DailyEntryRow row, Msg msg) {
        row.failedProperty().set(true);
        row.messageProperty().set(msg);
    }

    public LoadState state() { return state; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public ObservableList<DailyEntryRow> rows() { return rows; }
}
