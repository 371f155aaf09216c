package io.guankou.desktop.places;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.model.place.rules.PlaceChange;
import io.guankou.model.place.rules.PlaceField;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.persistence.placeedit.PlaceEditor;
import io.guankou.persistence.placeedit.PlaceRejectedException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One tab of the places editor: the list of one kind of place, and the form for the selected one (or a new one).
 * The form is checked against the rules of {@code model.place.rules} as it changes (a message per field), saved in
 * the background through the {@code PlaceEditor} (one transaction), and the change published as
 * {@link DataChange.PlacesChanged}; the reload that brings selects the saved place again. The selected place's
 * history loads in the background. A reload while the user is typing keeps what is typed.
 */
public abstract class PlaceFormViewModel {

    private final PlaceServices services;
    private final PlaceKind kind;
    private PlaceData data = PlaceData.EMPTY;
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final ObservableMap<PlaceField, Msg> errors =
            FXCollections.observableMap(new EnumMap<>(PlaceField.class));
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObservableList<PlaceChange> history = FXCollections.observableArrayList();
    private final ObjectProperty<Msg> historyError = new SimpleObjectProperty<>();
    private boolean filling;
    private boolean dirty;
    /** A saved place to select once the reload its save caused arrives. */
    private Long afterReload;
    private long historyGeneration;

    protected PlaceFormViewModel(PlaceServices services, PlaceKind kind) {
        this.services = services;
        this.kind = kind;
    }

    /** The form's fields: a change checks the form again and keeps it from being refilled by a reload. */
    protected final void watch(Observable... fields) {
        for (Observable f : fields) {
            f.addListener(o -> {
                if (!filling) {
                    dirty = true;
                    edited();
                    validate();
                }
            });
        }
    }

    /** A field changed by the user (not by filling the form): dependent fields may follow. */
    protected void edited() {
    }

    protected final PlaceServices services() {
        return services;
    }

    public final PlaceKind kind() {
        return kind;
    }

    public final PlaceData data() {
        return data;
    }

    /** New data arrived (load, reload after any change): rows rebuilt, the form refilled unless being typed in. */
    void setData(PlaceData d) {
        this.data = d;
        rebuildRows(d);
        Long want = afterReload != null ? afterReload : selectedId.get();
        boolean saved = afterReload != null;
        afterReload = null;
        if (want != null && !exists(d, want)) {
            reselect(null); // removed or merged away
        } else if (saved || !dirty || !Objects.equals(want, selectedId.get())) {
            reselect(want);
        } else {
            validate();
        }
    }

    /** The user picks a place of the list (null: a new one). */
    public final void select(Long id) {
        notice.set(null);
        reselect(id);
    }

    /** An empty form for a new place. */
    public final void startNew() {
        select(null);
    }

    private void reselect(Long id) {
        filling = true;
        try {
            selectedId.set(id);
            if (id == null) {
                clear();
            } else {
                fill(data, id);
            }
        } finally {
            filling = false;
        }
        dirty = false;
        selected(id);
        validate();
        loadHistory();
    }

    /** After the form was filled for {@code id} (null: new). */
    protected void selected(Long id) {
    }

    protected abstract void rebuildRows(PlaceData d);

    protected abstract boolean exists(PlaceData d, long id);

    /** Empties the form for a new place. */
    protected abstract void clear();

    /** Fills the form with the stored place {@code id}. */
    protected abstract void fill(PlaceData d, long id);

    /** What the rules say about the form as it is. */
    protected abstract List<PlaceProblem> problems(PlaceData d);

    /** The write of the form as it is now; runs off the FX thread and returns the saved place's id. */
    protected abstract Callable<Long> write(PlaceEditor editor, String user);

    /**
     * Whether an empty form for a new place keeps its messages until the user types: an office opening the editor
     * (or a team's members) is not greeted with "required" in red; saving stays disabled all the same.
     */
    protected boolean quietUntilEdited() {
        return true;
    }

    /** Whether the form's place has its own history list (members' show in their team's). */
    protected boolean hasHistory() {
        return true;
    }

    /** Recomputes every field message; returns whether the form may be saved. */
    public final boolean validate() {
        Map<PlaceField, Msg> e = new EnumMap<>(PlaceField.class);
        for (PlaceProblem p : problems(data)) {
            e.putIfAbsent(p.field(), message(p));
        }
        valid.set(e.isEmpty());
        show(quietUntilEdited() && !dirty && isNew() ? Map.of() : e);
        return e.isEmpty();
    }

    private void show(Map<PlaceField, Msg> e) {
        errors.keySet().retainAll(e.keySet());
        errors.putAll(e);
    }

    /** A problem in words: its label key, with the township's code for the code rule's messages. */
    private Msg message(PlaceProblem p) {
        return Msg.of(Messages.enumKey(p.kind()), data.townshipCode());
    }

    /**
     * Saves when the form is valid; returns false (and saves nothing) otherwise. A refusal by the editor (the ledger
     * changed meanwhile) shows at the fields.
     */
    public final boolean save() {
        if (!validate() || saving.get()) {
            return false;
        }
        Callable<Long> work = write(services.editor(), services.userName());
        saving.set(true);
        notice.set(null);
        services.runner().run("place-save", work, id -> {
            saving.set(false);
            dirty = false;
            afterReload = id;
            notice.set(Notice.ok("places.saved"));
            services.events().publish(new DataChange.PlacesChanged());
        }, error -> {
            saving.set(false);
            if (error instanceof PlaceRejectedException r) {
                Map<PlaceField, Msg> e = new EnumMap<>(PlaceField.class);
                r.problems().forEach(p -> e.putIfAbsent(p.field(), message(p)));
                show(e);
                notice.set(Notice.error("places.saveRefused"));
            } else {
                notice.set(new Notice(Msg.of("places.saveFailed", Failures.msg(error)), true));
            }
        });
        return true;
    }

    private void loadHistory() {
        long gen = ++historyGeneration;
        history.clear();
        historyError.set(null);
        Long id = selectedId.get();
        if (id == null || !hasHistory()) {
            return;
        }
        services.runner().run("place-history", () -> services.history().history(kind, id), rows -> {
            if (gen == historyGeneration) {
                history.setAll(rows);
            }
        }, error -> {
            if (gen == historyGeneration) {
                historyError.set(Msg.of("places.historyFailed", Failures.msg(error)));
            }
        });
    }

    /** Removing or merging the selected place; empty while a new one is in the form. */
    public final Optional<RemovalViewModel> removal() {
        Long id = selectedId.get();
        return id == null ? Optional.empty()
                : Optional.of(new RemovalViewModel(services, kind, id, data, notice::set));
    }

    public final ReadOnlyObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    public final boolean isNew() {
        return selectedId.get() == null;
    }

    public final ObservableMap<PlaceField, Msg> errors() {
        return errors;
    }

    /** Whether the form may be saved as it is. */
    public final ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    public final ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public final ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** The selected place's changes, newest first. */
    public final ObservableList<PlaceChange> history() {
        return history;
    }

    public final ReadOnlyObjectProperty<Msg> historyErrorProperty() {
        return historyError;
    }
}
