package io.guankou.desktop.app;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ledger.LedgerView;
import io.guankou.desktop.ledger.LedgerViewModel;
import io.guankou.desktop.settings.SettingsView;
import io.guankou.desktop.settings.SettingsViewModel;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.place.Township;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.time.Clock;
import java.util.Objects;
import javafx.stage.Stage;

/**
 * The composition root: the one place that wires the database, the repositories and the view-models.
 * {@link #open} reads from the database and must not run on the FX thread; {@link #mainWindow} builds nodes
 * and must.
 */
public final class AppContext implements AutoCloseable {

    private final Database db;
    private final boolean demo;
    private final Messages messages;
    private final UserSettings settings;
    private final Clock clock;
    private final LedgerRepository ledger;
    private final PlaceRepository places;
    private final TierRulesRepository rules;
    private final Township township;

    private AppContext(Database db, boolean demo, Messages messages, UserSettings settings, Clock clock) {
        this.db = db;
        this.demo = demo;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.ledger = new LedgerRepository(db, clock);
        this.places = new PlaceRepository(db);
        this.rules = new TierRulesRepository(db, clock);
        this.township = places.township();
    }

    public static AppContext open(Database db, boolean demo, Messages messages, UserSettings settings, Clock clock) {
        return new AppContext(Objects.requireNonNull(db), demo, messages, settings, clock);
    }

    public Messages messages() {
        return messages;
    }

    public Township township() {
        return township;
    }

    public boolean isDemo() {
        return demo;
    }

    public LedgerViewModel ledgerViewModel(TaskRunner runner) {
        return new LedgerViewModel(ledger, places, rules, runner, clock, settings.userName());
    }

    /** Builds the main window's scene graph on {@code stage}; call on the FX thread. */
    public MainWindow mainWindow(Stage stage, TaskRunner runner) {
        LedgerViewModel ledgerVm = ledgerViewModel(runner);
        SettingsViewModel settingsVm = new SettingsViewModel(rules, settings, runner, ledgerVm::reload);
        MainWindow window = new MainWindow(messages, township.name(), demo,
                () -> new LedgerView(ledgerVm, messages, stage),
                () -> new SettingsView(settingsVm, messages));
        ledgerVm.reload();
        settingsVm.load();
        return window;
    }

    @Override
    public void close() {
        db.close();
    }
}
