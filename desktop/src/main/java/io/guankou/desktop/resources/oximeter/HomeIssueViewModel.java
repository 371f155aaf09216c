package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.oximeter.SerialInput;
import io.guankou.persistence.oximeter.DeviceEntry;
import io.guankou.persistence.oximeter.OximeterOverview;
import io.guankou.persistence.oximeter.OximeterRepository;
import io.guankou.persistence.oximeter.PersonPick;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Issuing a device to a person at home (DOMAIN.md §6: 65+ at risk of severe illness who cannot move about easily):
 * the serial typed or scanned, the person found by name or the last digits of the ID, issued today.
 */
public final class HomeIssueViewModel {

    public static final String KEY_NO_SUCH_DEVICE = "oximeter.issue.noDevice";
    public static final String KEY_NO_PERSON = "oximeter.issue.noPerson";
    public static final String KEY_NOBODY_FOUND = "oximeter.issue.nobodyFound";
    public static final String KEY_ISSUED = "oximeter.issue.issued";
    static final int SEARCH_LIMIT = 30;

    private final OximeterRepository repo;
    private final TaskRunner runner;
    private final Clock clock;
    private final String user;
    private final DataEvents events;
    private final ReadOnlyObjectProperty<OximeterOverview> overview;

    private final StringProperty serial = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PersonPick> persons = FXCollections.observableArrayList();
    private final ObjectProperty<PersonPick> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> serialError = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> personError = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();

    public HomeIssueViewModel(OximeterRepository repo, TaskRunner runner, Clock clock, String user, DataEvents events,
                              ReadOnlyObjectProperty<OximeterOverview> overview) {
        this.repo = repo;
        this.runner = runner;
        this.clock = clock;
        this.user = user;
        this.events = events;
        this.overview = overview;
        serial.addListener((o, a, b) -> serialError.set(null));
        person.addListener((o, a, b) -> personError.set(null));
    }

    /** Finds persons by name or the end of their ID; a single match is chosen at once. */
    public void search() {
        String text = query.get();
        personError.set(null);
        runner.run("oximeter-person-search", () -> repo.findPersons(text, SEARCH_LIMIT), found -> {
            persons.setAll(found);
            person.set(found.size() == 1 ? found.get(0) : null);
            if (found.isEmpty()) {
                personError.set(Msg.of(KEY_NOBODY_FOUND, text));
            }
        }, error -> personError.set(OximeterFailures.msg(error)));
    }

    /** Issues the device typed to the person chosen, today. */
    public boolean issue() {
        Optional<DeviceEntry> device = device();
        boolean ok = true;
        if (device.isEmpty()) {
            serialError.set(Msg.of(KEY_NO_SUCH_DEVICE, SerialInput.normalise(serial.get())));
            ok = false;
        }
        PersonPick p = person.get();
        if (p == null) {
            personError.set(Msg.of(KEY_NO_PERSON));
            ok = false;
        }
        if (!ok || saving.get()) {
            return false;
        }
        DeviceEntry d = device.get();
        LocalDate today = LocalDate.now(clock);
        saving.set(true);
        notice.set(null);
        runner.run("oximeter-issue", () -> {
            repo.issue(d.id(), p.id(), today, user);
            return null;
        }, done -> {
            saving.set(false);
            serial.set("");
            notice.set(Notice.ok(KEY_ISSUED, d.serial(), p.name()));
            events.publish(new DataChange.DevicesChanged());
        }, error -> {
            saving.set(false);
            notice.set(OximeterFailures.notice(error));
        });
        return true;
    }

    private Optional<DeviceEntry> device() {
        String s = SerialInput.normalise(serial.get());
        OximeterOverview o = overview.get();
        if (s.isEmpty() || o == null) {
            return Optional.empty();
        }
        return o.devices().stream().filter(d -> d.serial().equals(s)).findFirst();
    }

    public StringProperty serialProperty() {
        return serial;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PersonPick> persons() {
        return persons;
    }

    public ObjectProperty<PersonPick> personProperty() {
        return person;
    }

    public ObjectProperty<Msg> serialErrorProperty() {
        return serialError;
    }

    public ObjectProperty<Msg> personErrorProperty() {
        return personError;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
