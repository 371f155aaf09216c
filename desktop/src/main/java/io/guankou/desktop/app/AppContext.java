package io.guankou.desktop.app;

import io.guankou.desktop.contact.ContactFormLauncher;
import io.guankou.desktop.contact.ContactRecorder;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.exchange.ExchangeService;
import io.guankou.desktop.exchange.LedgerExchangeService;
import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.task.SafeTrace;
import io.guankou.persistence.exchange.ConflictList;
import io.guankou.persistence.exchange.IdentityStore;
import io.guankou.persistence.exchange.PackageExporter;
import io.guankou.persistence.exchange.PackageImporter;
import io.guankou.persistence.exchange.PackageLog;
import io.guankou.persistence.exchange.PeerRegistry;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import io.guankou.desktop.exchange.ExchangeView;
import io.guankou.desktop.exchange.ExchangeViewModel;
import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ledger.LedgerView;
import io.guankou.desktop.ledger.LedgerViewModel;
import io.guankou.desktop.places.PlaceServices;
import io.guankou.desktop.places.PlacesView;
import io.guankou.desktop.places.PlacesViewModel;
import io.guankou.desktop.overdue.OverdueView;
import io.guankou.desktop.overdue.OverdueViewModel;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.map.MapNavigator;
import io.guankou.desktop.meeting.DailyEntryPane;
import io.guankou.desktop.meeting.DailyEntryViewModel;
import io.guankou.desktop.meeting.DashboardView;
import io.guankou.desktop.meeting.DashboardViewModel;
import io.guankou.desktop.meeting.DayCloser;
import io.guankou.desktop.meeting.MeetingServices;
import io.guankou.desktop.meeting.actions.ActionsTab;
import io.guankou.desktop.meeting.projector.ProjectorSource;
import io.guankou.desktop.meeting.projector.ProjectorViewModel;
import io.guankou.desktop.meeting.projector.ProjectorWindow;
import io.guankou.desktop.meeting.report.MeetingOutputs;
import io.guankou.desktop.meeting.report.MeetingReportButtons;
import io.guankou.desktop.meeting.report.MeetingReportsViewModel;
import io.guankou.desktop.meeting.report.PdfFonts;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.DailyFiguresReader;
import io.guankou.persistence.meeting.DailySnapshots;
import io.guankou.persistence.meeting.FacilityDayRepository;
import io.guankou.persistence.meeting.SnapshotRepository;
import io.guankou.desktop.map.MapServices;
import io.guankou.desktop.map.MapView;
import io.guankou.desktop.map.MapViewModel;
import io.guankou.persistence.boundary.BoundaryRepository;
import io.guankou.desktop.ui.LazyTabs;
import io.guankou.desktop.resources.oximeter.OximeterTab;
import io.guankou.desktop.resources.familydoctor.ContractsView;
import io.guankou.desktop.resources.familydoctor.ContractsViewModel;
import io.guankou.desktop.resources.healthpack.HealthPackServices;
import io.guankou.desktop.resources.returnee.ReturneeImportViewModel;
import io.guankou.desktop.resources.returnee.ReturneesView;
import io.guankou.desktop.resources.returnee.ReturneesViewModel;
import io.guankou.persistence.returnee.ReturneeImporter;
import io.guankou.persistence.returnee.ReturneeRepository;
import io.guankou.persistence.familydoctor.ContractRepository;
import io.guankou.desktop.resources.healthpack.HealthPacksView;
import io.guankou.desktop.resources.healthpack.HealthPacksViewModel;
import io.guankou.desktop.resources.supply.SupplyServices;
import io.guankou.persistence.healthpack.HealthPackRepository;
import io.guankou.desktop.resources.supply.SupplyTab;
import io.guankou.persistence.supply.SupplyRepository;
import io.guankou.persistence.supply.SupplySettingsRepository;
import io.guankou.persistence.oximeter.OximeterRepository;
import io.guankou.desktop.resources.coverage.CoverageView;
import io.guankou.desktop.resources.coverage.CoverageViewModel;
import io.guankou.desktop.resources.coverage.TransportServices;
import io.guankou.persistence.transport.CoverageSettingsRepository;
import io.guankou.persistence.transport.TransportRepository;
import io.guankou.desktop.referral.ReferralView;
import io.guankou.desktop.referral.ReferralViewModel;
import io.guankou.desktop.settings.SettingsView;
import io.guankou.desktop.settings.SettingsViewModel;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.sheetimport.SheetImportLauncher;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.shell.NavItem;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.place.Township;
import io.guankou.persistence.Database;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.ledger.SheetImports;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.placeedit.PlaceEditor;
import io.guankou.persistence.placeedit.PlaceHistoryRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.placeedit.PlaceUseRepository;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * The window's composition root: the one place that builds the repositories and wires them, the view-models
 * and the views. Views learn of each other's changes only through the one {@link DataEvents}: a view-model
 * publishes what it wrote and subscribes to what it shows, so a new view hooks in where it is built here.
 * {@link #open} reads from the database and must not run on the FX thread; {@link #mainWindow} builds nodes
 * and must.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Database db;
    private final boolean demo;
    private final Messages messages;
    private final UserSettings settings;
    private final Clock clock;
    private final DataEvents events = new DataEvents();
    private final LedgerRepository ledger;
    private final PlaceRepository places;
    private final TierRulesRepository rules;
    private final Township township;
    private final ContactRepository contacts;
    private final FollowUpSettingsRepository followUpSettings;
    private final FollowUpRepository followUps;
    private final ReferralRepository referrals;
    private final ExportLogRepository exportLog;
    private final ImportMappingRepository importMappings;
    private final LedgerImporter importer;
    /** The places editor's readers and writer (issue 10). */
    private final PlaceHistoryRepository placeHistory;
    private final PlaceUseRepository placeUses;
    private final PlaceEditor placeEditor;
    /** Stores the meeting's daily snapshots while the window is open; null before the window. */
    private DayCloser dayCloser;
    /** Null: the system's file dialogs. */
    private FilePicker filePicker;
    /** The data exchange (USB packages); null until one is supplied, and then the view has no factory. */
    private ExchangeService exchange;

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
        this.followUps = new FollowUpRepository(db);
        this.referrals = new ReferralRepository(db, clock);
        this.exportLog = new ExportLogRepository(db, clock);
        this.importMappings = new ImportMappingRepository(db, clock);
        this.importer = new LedgerImporter(db, clock);
        this.placeHistory = new PlaceHistoryRepository(db);
        this.placeUses = new PlaceUseRepository(db);
        this.placeEditor = new PlaceEditor(db, clock);
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

    /** Where data changes are published; views subscribe through their view-models. */
    public DataEvents events() {
        return events;
    }

    /** Opens the contact form; the ledger, the overdue list and the referral queue share it. */
    public ContactRecorder contactRecorder(TaskRunner runner) {
        return new ContactFormLauncher(contacts, followUpSettings, runner, clock, settings.userName(),
                township.code(), messages, events);
    }

    /** The Excel export of one view (each view its own, so each shows its own progress); every export is logged. */
    public TableExport tableExport(TaskRunner runner) {
        TableExport export = new TableExport(messages, runner, exportLog, settings.userName(), township.name(), clock);
        if (filePicker != null) {
            export.usePicker(filePicker);
        }
        return export;
    }

    /** The Excel import of the ledger; a successful import is published as {@link DataChange.LedgerReplaced}. */
    public SheetImportLauncher sheetImport(TaskRunner runner) {
        SheetImports imports = new SheetImports(importer, importMappings, places, clock, settings.userName());
        SheetImportLauncher launcher = new SheetImportLauncher(imports, runner, messages,
                () -> events.publish(new DataChange.LedgerReplaced()));
        if (filePicker != null) {
            launcher.usePicker(filePicker);
        }
        return launcher;
    }

    /**
     * Other file dialogs than the system's, for the import and the exports (tests, automation); call before
     * {@link #mainWindow}.
     */
    public void useFilePicker(FilePicker picker) {
        this.filePicker = picker;
    }

    /**
     * The data exchange behind the data-exchange view (keys, packages, merge); without one that view shows "coming
     * later". Call before {@link #mainWindow}. Tests pass a fake; the window's start-up calls {@link #useDataPaths}.
     */
    public void useExchangeService(ExchangeService service) {
        this.exchange = Objects.requireNonNull(service);
    }

    /** The data exchange given by {@link #useExchangeService} or {@link #useDataPaths}; null before. */
    ExchangeService exchangeService() {
        return exchange;
    }

    /**
     * The real data exchange over this ledger, its keys in the per-user data folder {@code paths}; with
     * {@code makeKeys} (the demo, a ledger just set up) the ledger's key pairs are made when it has none, under
     * {@code newKeyPassphrase} (null: none, as for the demo; a failure is logged and the view says the keys are
     * missing). Call before {@link #mainWindow}.
     */
    public void useDataPaths(DataPaths paths, boolean makeKeys, char[] newKeyPassphrase) {
        PackageExchange.Parts parts = new PackageExchange.Parts(new IdentityStore(db, clock), new PeerRegistry(db),
                new PackageExporter(db, clock), new PackageImporter(db, clock));
        PackageExchange packages = new PackageExchange(parts, paths::keysDir, clock, settings.userName(), new SecureRandom());
        if (makeKeys) {
            try {
                packages.ensureOwnKeys(newKeyPassphrase);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The ledger's keys could not be made: {}", SafeTrace.of(e));
            }
        }
        useExchangeService(new LedgerExchangeService(packages, new PeerRegistry(db), new PackageLog(db),
                new ConflictList(db, clock), clock, settings.userName()));
    }

    /**
     * The copy of the ledger as it was before this version migrated it on opening (empty when nothing was
     * migrated): the window says where it is.
     */
    public Optional<Path> migrationBackup() {
        return db.migrationBackup();
    }

    /**
     * Builds the main window's scene graph on {@code stage}; call on the FX thread. Only the ledger, the first view,
     * is built and loaded now; every other view and its view-model is built, and loads, the first time it is opened.
     */
    public MainWindow mainWindow(Stage stage, TaskRunner runner) {
        LedgerViewModel ledgerVm = new LedgerViewModel(ledger, places, rules, runner, clock, settings.userName(),
                events);
        ContactRecorder recorder = contactRecorder(runner);
        SheetImportLauncher importLauncher = sheetImport(runner);

        Map<NavItem, Supplier<Node>> views = new EnumMap<>(NavItem.class);
        MainWindow[] window = new MainWindow[1];
        MapNavigator toLedger = villageId -> {
            ledgerVm.clearFilters();
            ledgerVm.villageIdProperty().set(villageId);
            window[0].open(NavItem.LEDGER);
        };
        views.put(NavItem.LEDGER, () -> new LedgerView(ledgerVm, messages, stage, recorder, tableExport(runner),
                importLauncher));
        views.put(NavItem.CONTACTS_DUE, () -> overdueView(runner, recorder, stage));
        views.put(NavItem.REFERRALS, () -> referralView(runner));
        views.put(NavItem.SETTINGS, () -> settingsView(runner));
        views.put(NavItem.PLACES, () -> placesView(runner));
        views.put(NavItem.RESOURCES, () -> resourcesView(runner));
        views.put(NavItem.MAP, () -> mapView(runner, toLedger, recorder));
        MeetingServices meeting = meetingServices(runner);
        views.put(NavItem.MEETING, () -> meetingView(meeting, stage));
        dayCloser = new DayCloser(meeting);
        if (exchange != null) {
            views.put(NavItem.DATA_EXCHANGE, () -> exchangeView(runner));
        }
        window[0] = new MainWindow(messages, township.name(), demo, views);
        ledgerVm.reload();
        StartupTrace.markWhenReady(ledgerVm.state(), "ledger loaded");
        return window[0];
    }

    private MeetingServices meetingServices(TaskRunner runner) {
        return new MeetingServices(new DailySnapshots(new DailyFiguresReader(db, clock), new SnapshotRepository(db, clock)),
                new SnapshotRepository(db, clock), new FacilityDayRepository(db, clock), runner, events, clock,
                settings.userName());
    }

    /**
     * The dispatch meeting (issue 15): dashboard (with the summary and the county report), daily entry and action
     * lists, each tab built when first opened.
     */
    private LazyTabs meetingView(MeetingServices meeting, Stage stage) {
        List<LazyTabs.Section> sections = new ArrayList<>();
        sections.add(new LazyTabs.Section("meeting-tab-dashboard", "meeting.tab.dashboard", () -> {
            DashboardViewModel vm = new DashboardViewModel(meeting);
            javafx.scene.control.Button projector = new javafx.scene.control.Button(messages.get("meeting.projector"));
            projector.setId("meeting-projector");
            projector.setOnAction(e -> openProjector(meeting, stage));
            MeetingReportsViewModel reports = new MeetingReportsViewModel(new MeetingOutputs(meeting,
                    new ActionItemRepository(db, clock)), tableExport(meeting.runner()), PdfFonts.system(), clock);
            reports.noticeProperty().addListener((o, a, b) -> vm.show(b));
            List<javafx.scene.control.Button> actions = new ArrayList<>(MeetingReportButtons.of(reports, messages,
                    filePicker != null ? filePicker : FilePicker.system(messages), () -> stage));
            actions.add(projector);
            DashboardView view = new DashboardView(vm, messages, actions);
            vm.reload();
            return view;
        }));
        sections.add(new LazyTabs.Section("meeting-tab-entry", "meeting.tab.entry", () -> {
            DailyEntryViewModel vm = new DailyEntryViewModel(meeting);
            DailyEntryPane view = new DailyEntryPane(vm, messages);
            vm.reload();
            return view;
        }));
        sections.add(new LazyTabs.Section("meeting-tab-actions", "meeting.tab.actions", () -> ActionsTab.open(
                new ActionItemRepository(db, clock), meeting.runner(), clock, settings.userName(), events, messages)));
        return new LazyTabs("meeting-root", messages, sections);
    }

    /** Projector mode of the meeting, full screen on the last screen (the projector when one is plugged in). */
    public ProjectorWindow openProjector(MeetingServices meeting, Stage owner) {
        ProjectorSource source = new ProjectorSource(meeting.snapshots(), meeting.store(), ledger, followUps,
                followUpSettings, referrals, new SupplyRepository(db, clock), new OximeterRepository(db, clock),
                new ActionItemRepository(db, clock));
        ProjectorWindow window = new ProjectorWindow(new ProjectorViewModel(source, meeting.runner(), clock, events,
                messages), messages, owner);
        window.show(ProjectorWindow.projectorBounds(), true);
        return window;
    }

    /**
     * Starts storing the meeting's daily snapshots (missed days shortly after start, then each midnight); the
     * window's start-up calls it once the window shows, tests that want it call it themselves.
     */
    public void startDailySnapshots() {
        if (dayCloser == null) {
            throw new IllegalStateException("the main window is not built yet");
        }
        dayCloser.start();
    }

    /** The contacts due (overdue list), built (and loaded) the first time it is opened. */
    private OverdueView overdueView(TaskRunner runner, ContactRecorder recorder, Stage stage) {
        OverdueViewModel vm = new OverdueViewModel(ledger, followUps, followUpSettings, runner, clock, events);
        vm.reload();
        return new OverdueView(vm, messages, recorder, tableExport(runner), township.name(), stage);
    }

    /** The referral queue, built (and loaded) the first time it is opened. */
    private ReferralView referralView(TaskRunner runner) {
        ReferralViewModel vm = new ReferralViewModel(referrals, followUpSettings, runner, clock, settings.userName(),
                events);
        vm.reload();
        return new ReferralView(vm, messages, tableExport(runner));
    }

    /** The settings (tier rules, follow-up targets, language), built (and loaded) the first time they are opened. */
    private SettingsView settingsView(TaskRunner runner) {
        SettingsViewModel vm = new SettingsViewModel(rules, followUpSettings, settings, runner, events);
        vm.load();
        return new SettingsView(vm, messages);
    }

    /** The places editor, built (and loaded) the first time it is opened; it publishes what it changes. */
    private PlacesView placesView(TaskRunner runner) {
        PlacesViewModel vm = new PlacesViewModel(new PlaceServices(places, placeHistory, placeUses, placeEditor,
                runner, events, settings.userName(), clock.getZone()));
        vm.reload();
        return new PlacesView(vm, messages);
    }

    /** The map, built (and loaded) the first time it is opened; a click on a village opens the ledger filtered to it. */
    private MapView mapView(TaskRunner runner, MapNavigator toLedger, ContactRecorder recorder) {
        MapViewModel vm = new MapViewModel(new MapServices(new BoundaryRepository(db, clock), places, ledger, followUps,
                followUpSettings, new OximeterRepository(db, clock), new TransportRepository(db, clock),
                new CoverageSettingsRepository(db, clock), runner, events, clock), toLedger);
        vm.reload();
        return new MapView(vm, messages, filePicker != null ? filePicker : FilePicker.system(messages), recorder,
                township.name());
    }

    /** The resources view: one tab per resource (each built the first time its tab is opened). */
    private LazyTabs resourcesView(TaskRunner runner) {
        List<LazyTabs.Section> sections = new ArrayList<>();
        sections.add(new LazyTabs.Section("resources-tab-oximeters", "resources.tab.oximeters", () -> OximeterTab.open(
                new OximeterRepository(db, clock), runner, clock, settings.userName(), events, messages)));
        sections.add(new LazyTabs.Section("resources-tab-coverage", "resources.tab.coverage", () -> coverageView(runner)));
        sections.add(new LazyTabs.Section("resources-tab-supplies", "resources.tab.supplies", () -> SupplyTab.open(
                new SupplyServices(new SupplyRepository(db, clock), new SupplySettingsRepository(db, clock), runner,
                        events, settings.userName(), clock), messages)));
        sections.add(new LazyTabs.Section("resources-tab-health-packs", "resources.tab.healthPacks",
                () -> healthPacksView(runner)));
        sections.add(new LazyTabs.Section("resources-tab-contracts", "resources.tab.contracts", () -> {
            ContractsViewModel vm = new ContractsViewModel(new ContractRepository(db), runner, clock, events);
            ContractsView view = new ContractsView(vm, messages);
            vm.reload();
            return view;
        }));
        sections.add(new LazyTabs.Section("resources-tab-returnees", "resources.tab.returnees", () -> {
            ReturneeRepository returnees = new ReturneeRepository(db, clock);
            ReturneesViewModel vm = new ReturneesViewModel(returnees, places, runner, events, clock,
                    settings.userName());
            ReturneeImportViewModel importVm = new ReturneeImportViewModel(new ReturneeImporter(db, returnees, places),
                    runner, events, clock, settings.userName());
            ReturneesView view = new ReturneesView(vm, importVm, messages,
                    filePicker != null ? filePicker : FilePicker.system(messages));
            vm.reload();
            return view;
        }));
        return new LazyTabs("resources-root", messages, sections);
    }

    /** The health-pack queue (issue 14), loaded when its tab is first opened. */
    private HealthPacksView healthPacksView(TaskRunner runner) {
        HealthPacksViewModel vm = new HealthPacksViewModel(new HealthPackServices(new HealthPackRepository(db, clock),
                ledger, places, runner, events, settings.userName(), clock));
        HealthPacksView view = new HealthPacksView(vm, messages, tableExport(runner));
        vm.reload();
        return view;
    }

    /** The coverage tab (ambulances, fleet, coverage per health centre), loaded when first opened. */
    private CoverageView coverageView(TaskRunner runner) {
        CoverageViewModel vm = new CoverageViewModel(new TransportServices(new TransportRepository(db, clock),
                new CoverageSettingsRepository(db, clock), places, runner, events, settings.userName()));
        vm.reload();
        return new CoverageView(vm, messages);
    }

    /** The data-exchange view, built (and loaded) the first time it is opened; it publishes what it changes. */
    private ExchangeView exchangeView(TaskRunner runner) {
        ExchangeViewModel vm = new ExchangeViewModel(exchange, runner, events, clock.getZone());
        vm.reload();
        return new ExchangeView(vm, messages, filePicker != null ? filePicker : FilePicker.system(messages));
    }

    @Override
    public void close() {
        if (dayCloser != null) {
            dayCloser.stop();
        }
        db.close();
    }
}
