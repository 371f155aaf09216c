package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.Party;
import io.guankou.model.person.Person;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.Rows;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A township ledger (the test township, with persons saved through the ledger repository) and the county's
 * receiving database made from its first package, with packages going both ways through {@link TestExporter}.
 */
final class TwoLedgers implements AutoCloseable {

    final Database township;
    final LedgerRepository ledger;
    final UUID townshipId;
    final Party party;
    final UUID countyId = GlobalIds.standard().next(TestExporter.CREATED);
    private final Path countyFile;
    Database county;
    /** What the last package did. */
    ImportOutcome last;
    private Clock clock = TestTownship.CLOCK;

    TwoLedgers(Path dir) {
        this.township = TestTownship.create(dir.resolve("township.db"));
        this.ledger = new LedgerRepository(township, TestTownship.CLOCK);
        this.townshipId = TestExporter.identity(township).ledgerId();
        this.party = TestExporter.township(township);
        this.countyFile = dir.resolve("county.db");
    }

    /** A person saved in the township ledger; returns its id. */
    long person(String name, int order) {
        return ledger.save(TestTownship.person(name, order).build(), "王医生").id();
    }

    long contact(long personId, LocalDateTime at, boolean reached) {
        return Rows.contact(township, personId, at, reached, false);
    }

    /** The township's next package (full, or a delta when asked and possible) applied by the county. */
    ImportOutcome toCounty(boolean delta) throws PackageRefused {
        MemoryPackage p = new MemoryPackage();
        PackageHeader h = TestExporter.export(township, countyId, party, delta, p);
        if (county == null) {
            county = Database.open(countyFile);
            ReceivingDatabase.prepare(county, h, countyId);
        }
        last = Exchanges.apply(county, h, p, true, clock);
        return last;
    }

    /** The county's next package to the township, applied there. */
    ImportOutcome toTownship(boolean delta) throws PackageRefused {
        MemoryPackage p = new MemoryPackage();
        PackageHeader h = TestExporter.export(county, townshipId, party, delta, p);
        last = Exchanges.apply(township, h, p, true, clock);
        return last;
    }

    /** The clock the next imports run on (when they detect conflicts). */
    void clockForNextImport(Clock next) {
        this.clock = next;
    }

    /** A change on the county side, as a county view would write it (through SQL: the triggers mark it). */
    void countyExecutes(String sql) {
        county.read(dsl -> dsl.execute(sql));
    }

    String gid(Database db, String table, long id) {
        return TestTownship.query(db, "SELECT global_id FROM " + table + " WHERE id = " + id);
    }

    @Override
    public void close() {
        township.close();
        if (county != null) {
            county.close();
        }
    }
}
