package io.guankou.desktop.app;

import io.guankou.desktop.contact.ContactFormLauncher;
import io.guankou.desktop.contact.ContactRecorder;
import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ledger.LedgerView;
import io.guankou.desktop.ledger.LedgerViewModel;
import io.guankou.desktop.overdue.OverdueView;
import io.guankou.desktop.overdue.OverdueViewModel;
import io.guankou.desktop.referral.ReferralView;
import io.guankou.desktop.referral.ReferralViewModel;
import io.guankou.desktop.settings.SettingsView;
import io.guankou.desktop.settings.SettingsViewModel;
import io.guankou.desktop.sheetimport.FilePicker;
import io.guankou.desktop.sheetimport.SheetImportLauncher;
import io.guankou.desktop.sheetimport.SheetImportService;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.shell.NavItem;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.place.Township;
import io.guankou.persistence.Database;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;

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
    private final ContactRepository contacts;
    private final FollowUpSettingsRepository followUpSettings;
    private final ExportLogRepository exportLog;
    /** Null: the system's file dialogs. */
    private FilePicker importFilePicker;

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
        this.contacts = new ContactRepository(db, clock);
        this.followUpSettings = new FollowUpSettingsRepository(db, clock);
        this.exportLog = new ExportLogRepository(db, clock);
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

    /** Opens the contact form; the ledger, the overdue list and the referral queue share it. */
    public ContactRecorder contactRecorder(TaskRunner runner) {
        return new ContactFormLauncher(contacts, followUpSettings, runner, clock, settings.userName(),
                township.code(), messages);
    }

    /** The Excel export of one view (each view its own, so each shows its own progress); every export is logged. */
    public TableExport tableExport(TaskRunner runner) {
        return new TableExport(messages, runner, exportLog, settings.userName(), township.name(), clock);
    }

    /** The Excel import of the ledger; {@code onImported} runs after each successful import. */
    public SheetImportLauncher sheetImport(TaskRunner runner, Runnable onImported) {
        SheetImportLauncher launcher = new SheetImportLauncher(new SheetImportService(db, clock, settings.userName()),
                runner, messages, onImported);
        if (importFilePicker != null) {
            launcher.usePicker(importFilePicker);
        }
        return launcher;
    }

    /** Other file dialogs for the import than the system's (tests, automation); call before {@link #mainWindow}. */
    public void useImportFilePicker(FilePicker picker) {
        this.importFilePicker = picker;
    }

    /** Builds the main window's scene graph on {@code stage}; call on the FX thread. */
    public MainWindow mainWindow(Stage stage, TaskRunner runner) {
        LedgerViewModel ledgerVm = ledgerViewModel(runner);
        OverdueViewModel overdueVm = new OverdueViewModel(ledger, new FollowUpRepository(db), followUpSettings,
                runner, clock);
        ReferralViewModel referralVm = new ReferralViewModel(new ReferralRepository(db, clock), followUpSettings,
                runner, clock, settings.userName());
        SettingsViewModel settingsVm = new SettingsViewModel(rules, followUpSettings, settings, runner,
                () -> {
                    ledgerVm.reload();
                    overdueVm.reload(); // tiers may have changed
                },
                () -> {
                    overdueVm.reload();
                    referralVm.reload();
                });
        ledgerVm.onLedgerChange(overdueVm::personSaved, overdueVm::personLeft);

        ContactRecorder recorder = contactRecorder(runner);
        // a referral opened from any form shows in the queue at once
        ContactRecorder fromOverdue = notifying(recorder, saved -> {
            if (saved.referral() != null) {
                referralVm.reload();
            }
        });
        // contacts recorded outside the overdue list still move people on it
        ContactRecorder fromElsewhere = notifying(fromOverdue, overdueVm::contactSaved);

        Map<NavItem, Supplier<Node>> views = new EnumMap<>(NavItem.class);
        // an import adds and changes persons (and villages) in bulk: every view loads again
        SheetImportLauncher importer = sheetImport(runner, () -> {
            ledgerVm.reload();
            overdueVm.reload();
            referralVm.reload();
        });
        views.put(NavItem.LEDGER, () -> new LedgerView(ledgerVm, messages, stage, fromElsewhere,
                tableExport(runner), importer));
        views.put(NavItem.CONTACTS_DUE, () -> new OverdueView(overdueVm, messages, fromOverdue,
                tableExport(runner), township.name(), stage));
        views.put(NavItem.REFERRALS, () -> new ReferralView(referralVm, messages, tableExport(runner)));
        views.put(NavItem.SETTINGS, () -> new SettingsView(settingsVm, messages));
        MainWindow window = new MainWindow(messages, township.name(), demo, views);
        ledgerVm.reload();
        overdueVm.reload();
        referralVm.reload();
        settingsVm.load();
        return window;
    }

    /** {@code recorder}, also telling {@code listener} of every saved contact (after the caller's own callback). */
    private static ContactRecorder notifying(ContactRecorder recorder, Consumer<SavedContact> listener) {
        return new ContactRecorder() {
            @Override
            public void record(Window owner, LedgerEntry person, Function<Long, Optional<LedgerEntry>> next,
                               Consumer<SavedContact> onSaved) {
                recorder.record(owner, person, next, saved -> {
                    onSaved.accept(saved);
                    listener.accept(saved);
                });
            }

            @Override
            public Node contactList(LedgerEntry person) {
                return recorder.contactList(person);
            }
        };
    }

    @Override
    public void close() {
        db.close();
    }
}
