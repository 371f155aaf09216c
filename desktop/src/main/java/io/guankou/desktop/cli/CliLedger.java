package io.guankou.desktop.cli;

import io.guankou.persistence.Database;
import io.guankou.persistence.boundary.BoundaryRepository;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.ledger.SheetImports;
import io.guankou.persistence.oximeter.OximeterRepository;
import io.guankou.persistence.supply.SupplyRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import io.guankou.persistence.stats.StatsRepository;
import io.guankou.persistence.transport.CoverageSettingsRepository;
import io.guankou.persistence.transport.TransportRepository;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.persistence.exchange.IdentityStore;
import io.guankou.persistence.exchange.PackageExporter;
import io.guankou.persistence.exchange.PackageImporter;
import io.guankou.persistence.exchange.PeerRegistry;
import io.guankou.persistence.exchange.ReceivingDatabase;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.UUID;
import java.time.Clock;

/**
 * One ledger opened by {@link CliContext#open} for one command run, with the repositories over it: commands ask
 * for these instead of building their own. Closing it closes the database.
 */
final class CliLedger implements AutoCloseable {

    private final Database database;
    private final LedgerRepository ledger;
    private final PlaceRepository places;
    private final FollowUpRepository followUps;
    private final FollowUpSettingsRepository followUpSettings;
    private final ImportMappingRepository importMappings;
    private final StatsRepository stats;
    private final TierRulesRepository tierRules;
    private final LedgerImporter importer;
    private final OximeterRepository oximeters;
    private final Clock clock;
    private final DataPaths paths;

    CliLedger(Database database, Clock clock, DataPaths paths) {
        this.database = database;
        this.clock = clock;
        this.paths = paths;
        this.ledger = new LedgerRepository(database, clock);
        this.places = new PlaceRepository(database);
        this.followUps = new FollowUpRepository(database);
        this.followUpSettings = new FollowUpSettingsRepository(database, clock);
        this.importMappings = new ImportMappingRepository(database, clock);
        this.stats = new StatsRepository(database);
        this.tierRules = new TierRulesRepository(database, clock);
        this.importer = new LedgerImporter(database, clock);
        this.oximeters = new OximeterRepository(database, clock);
    }

    /** The ledger file, absolute. */
    Path file() {
        return database.file();
    }

    LedgerRepository ledger() {
        return ledger;
    }

    PlaceRepository places() {
        return places;
    }

    FollowUpRepository followUps() {
        return followUps;
    }

    FollowUpSettingsRepository followUpSettings() {
        return followUpSettings;
    }

    /** The column mappings remembered per sheet layout. */
    ImportMappingRepository importMappings() {
        return importMappings;
    }

    StatsRepository stats() {
        return stats;
    }

    TierRulesRepository tierRules() {
        return tierRules;
    }

    LedgerImporter importer() {
        return importer;
    }

    OximeterRepository oximeters() {
        return oximeters;
    }

    /** Medicines and test kits (issue 14). */
    /** The dispatch meeting's daily figures and their stored snapshots. */
    io.guankou.persistence.meeting.DailySnapshots snapshots() {
        return new io.guankou.persistence.meeting.DailySnapshots(
                new io.guankou.persistence.meeting.DailyFiguresReader(database, clock),
                new io.guankou.persistence.meeting.SnapshotRepository(database, clock));
    }

    /** The stored snapshots alone (yesterday's, to show the change). */
    io.guankou.persistence.meeting.SnapshotRepository snapshotStore() {
        return new io.guankou.persistence.meeting.SnapshotRepository(database, clock);
    }

    SupplyRepository supplies() {
        return new SupplyRepository(database, clock);
    }

    /** Sheet imports into this ledger by {@code user}: the same use case as the import window. */
    SheetImports sheetImports(String user) {
        return new SheetImports(importer, importMappings, places, clock, user);
    }

    /** USB data packages of this ledger by {@code user}: the same use cases as the data-exchange view. */
    PackageExchange exchange(String user) {
        return exchange(user, paths::keysDir);
    }

    /** As {@link #exchange(String)}, with the own key folder at {@code keyFolders} (a demo county's own folders). */
    PackageExchange exchange(String user, java.util.function.Function<UUID, Path> keyFolders) {
        PackageExchange.Parts parts = new PackageExchange.Parts(new IdentityStore(database, clock),
                new PeerRegistry(database), new PackageExporter(database, clock), new PackageImporter(database, clock));
        return new PackageExchange(parts, keyFolders, clock, user, new SecureRandom());
    }

    /** The peers this ledger exchanges with. */
    PeerRegistry peers() {
        return new PeerRegistry(database);
    }

    /** Makes this new, empty ledger a receiving (county) database for the township of {@code header}. */
    void prepareReceiving(PackageHeader header, UUID ledgerId) {
        ReceivingDatabase.prepare(database, header, ledgerId);
    }

    /** Ambulances, fleet and measured travel times (issue 13). */
    TransportRepository transport() {
        return new TransportRepository(database, clock);
    }

    CoverageSettingsRepository coverageSettings() {
        return new CoverageSettingsRepository(database, clock);
    }

    /** Village and grid boundaries (issue 12). */
    BoundaryRepository boundaries() {
        return new BoundaryRepository(database, clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
