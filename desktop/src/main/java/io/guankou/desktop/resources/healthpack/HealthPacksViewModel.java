package io.guankou.desktop.resources.healthpack;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.healthpack.HealthPackOrder;
import io.guankou.model.healthpack.PackCandidate;
import io.guankou.model.healthpack.PackQueueLine;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.place.Village;
import io.guankou.persistence.healthpack.HealthPackRefused;
import io.guankou.persistence.healthpack.HealthPackSettings;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
 * The health-pack tab (resources › health packs): the persons still waiting for a pack in the notice's order
 * (model.healthpack.HealthPackOrder), all villages or one; a pack is recorded for the selected line with one action,
 * handed out today by the name in the "handed out by" field; the extension to high-risk persons under 60 is a
 * setting. Loads in the background, and again when the ledger, contacts, places or a package change.
 */
public final class HealthPacksViewModel {

    /** Everything the queue shows, loaded together. */
    record Loaded(List<PackCandidate> waiting, List<Village> villages, HealthPackSettings settings, int handedOut) {
    }

    private final HealthPackServices services;
    private final LoadState state = new LoadState();
    private final ObservableList<PackQueueLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Long> village = new SimpleObjectProperty<>();
    private final ObjectProperty<PackQueueLine> selected = new SimpleObjectProperty<>();
    private final StringProperty handedBy = new SimpleStringProperty("");
    private final BooleanProperty extension = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> summary = new SimpleObjectProperty<>(Msg.of("healthPacks.summary", 0, 0));
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private List<PackQueueLine> queue = List.of();
    private Loaded loaded;
    private long generation;
    private boolean changedWhileLoading;
    private boolean showingSettings;

    public HealthPacksViewModel(HealthPackServices services) {
        this.services = services;
        handedBy.set(services.user());
        village.addListener((o, a, b) -> show());
        extension.addListener((o, a, b) -> {
            if (!showingSettings && loaded != null && b != loaded.settings().extension()) {
                saveExtension(b);
            }
        });
        services.events().subscribe(EnumSet.of(DataKind.LEDGER, DataKind.CONTACTS, DataKind.PLACES,
                DataKind.PACKAGES), change -> changed());
    }

    private void changed() {
        if (state.phase() == LoadState.Phase.LOADING) {
            changedWhileLoading = true;
        } else if (state.phase() != LoadState.Phase.NOT_LOADED) {
            reload();
        }
    }

    public void reload() {
        long gen = ++generation;
        changedWhileLoading = false;
        state.loading();
        LocalDate today = services.today();
        services.runner().run("health-packs-load", () -> {
            HealthPackSettings s = services.packs().settings();
            return new Loaded(services.packs().waiting(today, s.needDays()), services.places().villages(), s,
                    services.packs().handedOut());
        }, l -> {
            if (gen != generation) {
                return;
            }
            loaded = l;
            showingSettings = true;
            extension.set(l.settings().extension());
            showingSettings = false;
            Long v = village.get();
            villages.setAll(l.villages());
            if (v != null && l.villages().stream().noneMatch(x -> x.id() == v)) {
                village.set(null);
            }
            show();
            state.ready();
            if (changedWhileLoading) {
                reload();
            }
        }, error -> {
            if (gen == generation) {
                state.failed(error);
            }
        });
    }

    private void show() {
        if (loaded == null) {
            return;
        }
        int index = selected.get() == null ? 0 : Math.max(0, lines.indexOf(selected.get()));
        queue = HealthPackOrder.queue(loaded.waiting(), loaded.settings().extension());
        lines.setAll(HealthPackOrder.inVillage(queue, village.get()));
        selected.set(lines.isEmpty() ? null : lines.get(Math.min(index, lines.size() - 1)));
        summary.set(Msg.of("healthPacks.summary", lines.size(), loaded.handedOut()));
    }

    public void select(PackQueueLine line) {
        selected.set(line);
    }

    /** Records a pack for the selected person, handed out today; the queue moves on to the next line. */
    public boolean handOut() {
        PackQueueLine line = selected.get();
        if (line == null || saving.get() || !state.isReady()) {
            return false;
        }
        notice.set(null);
        String by = handedBy.get() == null ? "" : handedBy.get().strip();
        if (by.isEmpty()) {
            notice.set(Notice.error("healthPacks.error.noHander"));
            return false;
        }
        saving.set(true);
        long personId = line.person().personId();
        String name = line.person().name();
        LocalDate today = services.today();
        String user = services.user();
        services.runner().run("health-pack-hand-out", () -> {
            services.packs().handOut(personId, today, by, user, null);
            return services.ledger().entry(personId);
        }, (LedgerEntry entry) -> {
            saving.set(false);
            notice.set(Notice.ok("healthPacks.handedOut", name, by));
            services.events().publish(new DataChange.PersonSaved(entry));
        }, error -> {
            saving.set(false);
            if (error instanceof HealthPackRefused r) {
                notice.set(Notice.error(io.guankou.desktop.i18n.Messages.enumKey(r.reason()), name));
                reload();
            } else {
                notice.set(Notice.error("healthPacks.error.failed", Failures.msg(error)));
            }
        });
        return true;
    }

    private void saveExtension(boolean on) {
        HealthPackSettings s = new HealthPackSettings(on, loaded.settings().needDays());
        String user = services.user();
        services.runner().run("health-pack-settings", () -> {
            services.packs().saveSettings(s, user);
            return s;
        }, saved -> reload(),
                error -> notice.set(Notice.error("healthPacks.error.failed", Failures.msg(error))));
    }

    /** The lines of one village for its print or export, or all shown when none is chosen. */
    public List<PackQueueLine> shown() {
        return List.copyOf(lines);
    }

    /** The name of the village chosen, or null for all villages. */
    public String villageName() {
        Long v = village.get();
        return v == null ? null : villages.stream().filter(x -> x.id() == v).map(Village::name).findFirst()
                .orElse(null);
    }

    public LoadState state() { return state; }
    public ObservableList<PackQueueLine> lines() { return lines; }
    public ObservableList<Village> villages() { return villages; }
    public ObjectProperty<Long> villageProperty() { return village; }
    public ReadOnlyObjectProperty<PackQueueLine> selectedProperty() { return selected; }
    public StringProperty handedByProperty() { return handedBy; }
    public BooleanProperty extensionProperty() { return extension; }
    public ReadOnlyBooleanProperty savingProperty() { return saving; }
    public ReadOnlyObjectProperty<Msg> summaryProperty() { return summary; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
}
