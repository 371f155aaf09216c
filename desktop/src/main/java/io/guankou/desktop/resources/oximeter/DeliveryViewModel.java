package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.oximeter.SerialInput;
import io.guankou.persistence.oximeter.DeviceEntry;
import io.guankou.persistence.oximeter.OximeterOverview;
import io.guankou.persistence.oximeter.OximeterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
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
 * Recording a delivery into stock, keyboard first (issue 13): a serial range (first and last), or serials typed or
 * scanned one after another, each added with Enter (a scanner sends one) and checked at once against the list and
 * the ledger. Recording writes all of them or none.
 */
public final class DeliveryViewModel {

    public static final String KEY_DUPLICATE_IN_LIST = "oximeter.delivery.inList";
    public static final String KEY_IN_LEDGER = "oximeter.delivery.inLedger";
    public static final String KEY_NOTHING = "oximeter.delivery.nothing";
    public static final String KEY_RECORDED = "oximeter.delivery.recorded";

    private final OximeterRepository repo;
    private final TaskRunner runner;
    private final Clock clock;
    private final String user;
    private final DataEvents events;
    private final ReadOnlyObjectProperty<OximeterOverview> overview;

    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty entry = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<String> typed = FXCollections.observableArrayList();
    private final ObjectProperty<Msg> rangeError = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> entryError = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final IntegerBinding rangeCount;

    public DeliveryViewModel(OximeterRepository repo, TaskRunner runner, Clock clock, String user, DataEvents events,
                             ReadOnlyObjectProperty<OximeterOverview> overview) {
        this.repo = repo;
        this.runner = runner;
        this.clock = clock;
        this.user = user;
        this.events = events;
        this.overview = overview;
        rangeCount = Bindings.createIntegerBinding(() -> {
            SerialInput.Result r = SerialInput.range(from.get(), to.get());
            return r.isOk() ? r.serials().size() : 0;
        }, from, to);
        from.addListener((o, a, b) -> rangeError.set(null));
        to.addListener((o, a, b) -> rangeError.set(null));
        entry.addListener((o, a, b) -> entryError.set(null));
    }

    /**
     * Adds what is in the entry field (one serial, or several pasted at once) to the list and clears the field;
     * a serial that cannot be one, is in the list already or in the ledger stays in the field with the reason.
     */
    public boolean addEntry() {
        SerialInput.Result r = SerialInput.typed(entry.get());
        if (!r.isOk()) {
            entryError.set(problem(r));
            return false;
        }
        Set<String> known = known();
        for (String s : r.serials()) {
            if (typed.contains(s)) {
                entryError.set(Msg.of(KEY_DUPLICATE_IN_LIST, s));
                return false;
            }
            if (known.contains(s)) {
                entryError.set(Msg.of(KEY_IN_LEDGER, s));
                return false;
            }
        }
        typed.addAll(r.serials());
        entry.set("");
        notice.set(null);
        return true;
    }

    /** Takes the last serial added off the list (a wrong scan), back into the entry field. */
    public void removeLast() {
        if (!typed.isEmpty()) {
            entry.set(typed.remove(typed.size() - 1));
        }
    }

    /** Records the typed list: one device per serial, into stock. */
    public boolean recordTyped() {
        if (!entry.get().isBlank() && !addEntry()) {
            return false;
        }
        if (typed.isEmpty()) {
            entryError.set(Msg.of(KEY_NOTHING));
            return false;
        }
        return record(List.copyOf(typed), true);
    }

    /** Records every serial of the range. */
    public boolean recordRange() {
        SerialInput.Result r = SerialInput.range(from.get(), to.get());
        if (!r.isOk()) {
            rangeError.set(problem(r));
            return false;
        }
        Set<String> known = known();
        List<String> clash = r.serials().stream().filter(known::contains).limit(5).toList();
        if (!clash.isEmpty()) {
            rangeError.set(Msg.of(KEY_IN_LEDGER, String.join(", ", clash)));
            return false;
        }
        return record(r.serials(), false);
    }

    private boolean record(List<String> serials, boolean fromList) {
        if (saving.get()) {
            return false;
        }
        saving.set(true);
        notice.set(null);
        LocalDate today = LocalDate.now(clock);
        String text = note.get();
        runner.run("oximeter-delivery", () -> repo.deliver(serials, today, text, user), count -> {
            saving.set(false);
            if (fromList) {
                typed.clear();
            } else {
                from.set("");
                to.set("");
            }
            note.set("");
            notice.set(Notice.ok(KEY_RECORDED, count, serials.get(0), serials.get(serials.size() - 1)));
            events.publish(new DataChange.DevicesChanged());
        }, error -> {
            saving.set(false);
            notice.set(OximeterFailures.notice(error));
        });
        return true;
    }

    private Set<String> known() {
        OximeterOverview o = overview.get();
        return o == null ? Set.of() : o.devices().stream().map(DeviceEntry::serial).collect(Collectors.toSet());
    }

    private static Msg problem(SerialInput.Result r) {
        return Msg.of(Messages.enumKey(r.problem()), r.offending() == null ? "" : r.offending());
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty entryProperty() {
        return entry;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<String> typed() {
        return typed;
    }

    public ObjectProperty<Msg> rangeErrorProperty() {
        return rangeError;
    }

    public ObjectProperty<Msg> entryErrorProperty() {
        return entryError;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public IntegerBinding rangeCountProperty() {
        return rangeCount;
    }
}
