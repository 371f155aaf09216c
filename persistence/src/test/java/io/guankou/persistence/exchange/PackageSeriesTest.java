package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.merge.ConflictKind;
import io.guankou.model.person.Person;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A township sends its county packages for the county's keys and packages under a passphrase, mixed: the township
 * numbers them in two series (per peer, and under a passphrase), and the county checks each package within the
 * township's series it counts in, acknowledges the key series only, and the merges that follow build on what the
 * other side really received (ADR 0007). Both sides run the real exporter and importer.
 */
class PackageSeriesTest {

    static final String USER = "办公室小王";

    /** A package made by one side, as it travels: its header, how it is encrypted, its rows. */
    record Sent(PackageHeader header, RecipientMode mode, MemoryPackage rows, MemoryTarget written) {
    }

    @TempDir
    Path dir;
    Database township;
    Database county;
    LedgerRepository ledger;
    UUID townshipId;
    final UUID countyId = GlobalIds.standard().next(CLOCK.instant());
    Person guilan;
    String guilanGid;

    @BeforeEach
    void setUp() throws PackageRefused {
        township = TestTownship.create(dir.resolve("township.db"));
        ledger = new LedgerRepository(township, CLOCK);
        guilan = ledger.save(TestTownship.person("冉桂兰", 1).phone("13900000001").build(), USER);
        guilanGid = TestTownship.query(township, "SELECT global_id FROM person WHERE id = " + guilan.id());
        townshipId = new IdentityStore(township, CLOCK).ensure().ledgerId();
        // the township named the county's public key file once (the keys the county's packages are signed with)
        new PeerRegistry(township).register(Exchanges.peer(countyId, Exchanges.COUNTY));
    }

    @AfterEach
    void tearDown() {
        township.close();
        if (county != null) {
            county.close();
        }
    }

    private Sent fromTownship(RecipientMode mode, PackageKind kind) throws Exception {
        MemoryTarget target = new MemoryTarget();
        ExportOutcome o = new PackageExporter(township, CLOCK).export(new ExportRequest(kind,
                mode == RecipientMode.KEYS ? Optional.of(countyId) : Optional.empty(), USER, Optional.empty()),
                target, n -> { });
        return new Sent(o.header(), mode, target.written(), target);
    }

    private Sent fromCounty(PackageKind kind) throws Exception {
        MemoryTarget target = new MemoryTarget();
        ExportOutcome o = new PackageExporter(county, CLOCK).export(new ExportRequest(kind, Optional.of(townshipId),
                USER, Optional.empty()), target, n -> { });
        return new Sent(o.header(), RecipientMode.KEYS, target.written(), target);
    }

    /** The package applied at the county (a new receiving database the first time; the township confirmed). */
    private ImportOutcome atCounty(Sent s) throws PackageRefused {
        if (county == null) {
            county = Database.open(dir.resolve("county.db"));
            ReceivingDatabase.prepare(county, s.header(), countyId);
        }
        return new PackageImporter(county, CLOCK).apply(Exchanges.request(s.header(), s.mode(), true),
                s.rows().source(), n -> { });
    }

    private ImportOutcome atTownship(Sent s) throws PackageRefused {
        return new PackageImporter(township, CLOCK).apply(Exchanges.request(s.header(), s.mode(), false),
                s.rows().source(), n -> { });
    }

    private void refusedAtCounty(Sent s, PackageRefused.Reason reason) {
        List<String> before = Exchanges.content(county);
        assertThatThrownBy(() -> atCounty(s)).isInstanceOfSatisfying(PackageRefused.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(Exchanges.content(county)).isEqualTo(before);
    }

    private String phone(Database db) {
        return TestTownship.query(db, "SELECT phone FROM person WHERE global_id = '" + guilanGid + "'");
    }

    @Test
    void theTownshipNumbersPackagesForTheCountysKeysAndUnderAPassphraseInTwoSeries() throws Exception {
        assertThat(fromTownship(RecipientMode.KEYS, PackageKind.FULL).header().sequence()).isEqualTo(1);
        assertThat(fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL).header().sequence()).isEqualTo(1);
        assertThat(fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL).header().sequence()).isEqualTo(2);
        assertThat(fromTownship(RecipientMode.KEYS, PackageKind.FULL).header().sequence()).isEqualTo(2);
        assertThat(new PackageLog(township).list()).extracting(LoggedPackage::mode).containsExactly(
                RecipientMode.KEYS, RecipientMode.PASSPHRASE, RecipientMode.PASSPHRASE, RecipientMode.KEYS);
    }

    @Test
    void packagesForKeysAndUnderAPassphraseInTurnAreNoReplayOfEachOther() throws Exception {
        Sent k1 = fromTownship(RecipientMode.KEYS, PackageKind.FULL);
        Sent p1 = fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL);
        Sent p2 = fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL);
        Sent p3 = fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL);
        Sent k2 = fromTownship(RecipientMode.KEYS, PackageKind.FULL);

        for (Sent s : List.of(k1, p1, p2, p3, k2)) {
            ImportOutcome outcome = atCounty(s);
            assertThat(outcome.alreadyApplied()).isFalse();
            assertThat(outcome.warnings()).as("package %s %s", s.mode(), s.header().sequence()).isEmpty();
        }

        PackageLog log = new PackageLog(county);
        assertThat(log.lastReceivedSequence(townshipId, RecipientMode.KEYS)).hasValue(2);
        assertThat(log.lastReceivedSequence(townshipId, RecipientMode.PASSPHRASE)).hasValue(3);
        assertThat(TestTownship.query(county, "SELECT group_concat(recipient_mode || ' ' || sequence, ', ')"
                + " FROM (SELECT * FROM exchange_package ORDER BY id)"))
                .isEqualTo("KEYS 1, PASSPHRASE 1, PASSPHRASE 2, PASSPHRASE 3, KEYS 2");
    }

    @Test
    void anOlderPackageIsAReplayWithinItsOwnSeriesAndAGapIsCountedThereToo() throws Exception {
        Sent k1 = fromTownship(RecipientMode.KEYS, PackageKind.FULL);
        Sent k2 = fromTownship(RecipientMode.KEYS, PackageKind.FULL);
        Sent p1 = fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL);
        Sent p2 = fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL);

        assertThat(atCounty(k2).warnings())
                .containsExactly(new ImportWarning(ImportWarning.Kind.SEQUENCE_SKIPPED, 1, 2));
        assertThat(atCounty(p2).warnings()).as("the passphrase series has its own gap")
                .containsExactly(new ImportWarning(ImportWarning.Kind.SEQUENCE_SKIPPED, 1, 2));

        // the older stick of each series arrives late: a replay there, refused with nothing written
        refusedAtCounty(k1, PackageRefused.Reason.REPLAYED);
        refusedAtCounty(p1, PackageRefused.Reason.REPLAYED);
    }

    @Test
    void theCountyAcknowledgesTheKeySeriesOnly() throws Exception {
        atCounty(fromTownship(RecipientMode.KEYS, PackageKind.FULL));
        atCounty(fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL));
        atCounty(fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL));
        atCounty(fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL));

        Sent back = fromCounty(PackageKind.FULL);

        assertThat(back.header().acknowledges()).as("the township's package 1 for the county's keys").isEqualTo(1L);
        assertThat(atTownship(back).warnings()).isEmpty();
        assertThat(new PackageLog(township).acknowledgedBy(countyId)).hasValue(1);
    }

    @Test
    void aFieldChangedOnBothSidesAfterMixedPackagesIsAConflictAndTheNextDeltaCarriesIt() throws Exception {
        atCounty(fromTownship(RecipientMode.KEYS, PackageKind.FULL));
        atCounty(fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL));
        atCounty(fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL));
        // the township corrects the phone; its next package for the county's keys (no. 2) is lost on the way
        ledger.save(ledger.find(guilan.id()).orElseThrow().toBuilder().phone("13700000002").build(), "王医生");
        Sent lost = fromTownship(RecipientMode.KEYS, PackageKind.FULL);
        assertThat(lost.header().sequence()).isEqualTo(2);
        // meanwhile the county changes the same phone
        county.read(dsl -> dsl.execute("UPDATE person SET phone = '13900000009', revision = revision + 1"
                + " WHERE global_id = '" + guilanGid + "'"));

        Sent back = fromCounty(PackageKind.FULL);
        ImportOutcome outcome = atTownship(back);

        // the county never saw the township's correction: both values stand in a conflict, the local one kept
        assertThat(outcome.conflicts()).isEqualTo(1);
        assertThat(phone(township)).isEqualTo("13700000002");
        List<PackageConflict> open = new ConflictList(township, CLOCK).open();
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("phone");
            assertThat(c.kind()).isEqualTo(ConflictKind.FIELD);
            assertThat(c.localValue()).isEqualTo("13700000002");
            assertThat(c.incomingValue()).isEqualTo("13900000009");
        });

        // the next delta builds on what the county acknowledged (no. 1), so it carries the correction again
        Sent delta = fromTownship(RecipientMode.KEYS, PackageKind.DELTA);
        assertThat(delta.header().buildsOn()).isEqualTo(1L);
        assertThat(delta.header().acknowledges()).isEqualTo(back.header().sequence());
        Map<String, String> row = delta.written().entry("person").row(guilanGid).orElseThrow();
        assertThat(row.get("changed")).isEqualTo("phone");
        assertThat(row.get("phone")).isEqualTo("13700000002");
        assertThat(atCounty(delta).warnings()).as("no. 2 never arrived")
                .containsExactly(new ImportWarning(ImportWarning.Kind.SEQUENCE_SKIPPED, 2, 3));
        assertThat(phone(county)).as("the county's change was seen by the township before its correction")
                .isEqualTo("13700000002");
    }

    @Test
    void aPackageUnderAPassphraseAcknowledgesNothingSoEveryLocalChangeCountsAsUnseen() throws Exception {
        atCounty(fromTownship(RecipientMode.KEYS, PackageKind.FULL));
        county.read(dsl -> dsl.execute("UPDATE person SET phone = '13900000009', revision = revision + 1"
                + " WHERE global_id = '" + guilanGid + "'"));
        Sent back = fromCounty(PackageKind.FULL);
        atTownship(back);
        assertThat(phone(township)).isEqualTo("13900000009");
        ledger.save(ledger.find(guilan.id()).orElseThrow().toBuilder().phone("13700000002").build(), "王医生");
        // a package under a passphrase that names the county's package anyway (the exporter writes none there)
        Sent p = fromTownship(RecipientMode.PASSPHRASE, PackageKind.FULL);
        PackageHeader h = p.header();
        PackageHeader claims = new PackageHeader(h.packageId(), h.kind(), h.sender(), h.senderLedgerId(),
                h.township(), h.createdAt(), h.sequence(), h.buildsOn(), back.header().sequence());

        ImportOutcome outcome = new PackageImporter(county, CLOCK).apply(
                Exchanges.request(claims, RecipientMode.PASSPHRASE, false), p.rows().source(), n -> { });

        // taken at its word, the county's change would count as seen there and be overwritten without a word;
        // ignored, every local change counts as unseen: a conflict a person decides, never a lost change
        assertThat(outcome.warnings()).isEmpty();
        assertThat(outcome.conflicts()).isEqualTo(1);
        assertThat(phone(county)).isEqualTo("13900000009");
        assertThat(new PackageLog(county).acknowledgedBy(townshipId)).as("nor is it a delta's base").isEmpty();
    }
}
