package io.guankou.persistence.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks before anything is merged: a package applied before is recognised, replays and deltas on an unknown
 * base, foreign townships and unregistered or unconfirmed keys are refused, with nothing written; a gap is a warning.
 */
class PackageAdmissionTest {

    @TempDir
    Path dir;
    final UUID township = GlobalIds.standard().next(TestExporter.CREATED);
    final UUID countyId = GlobalIds.standard().next(TestExporter.CREATED);
    Database county;

    @BeforeEach
    void county() {
        county = Database.open(dir.resolve("county.db"));
        ReceivingDatabase.prepare(county, header(1), countyId);
    }

    @AfterEach
    void close() {
        county.close();
    }

    PackageHeader header(long sequence) {
        return Exchanges.full(township, Exchanges.TOWNSHIP, sequence, null);
    }

    ImportOutcome apply(PackageHeader h) throws PackageRefused {
        return Exchanges.apply(county, h, new MemoryPackage(), true);
    }

    void refused(PackageHeader h, boolean confirmed, Reason reason) {
        refused(new PackageImporter(county, TestTownship.CLOCK), Exchanges.request(h, confirmed), reason);
    }

    void refused(PackageImporter importer, ImportRequest request, Reason reason) {
        List<String> before = Exchanges.content(county);
        assertThatThrownBy(() -> importer.apply(request, new MemoryPackage().source(), n -> { }))
                .isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(Exchanges.content(county)).isEqualTo(before);
    }

    @Test
    void aPackageAppliedBeforeIsRecognisedByItsIdAndWritesNothingNotEvenALogRow() throws Exception {
        PackageHeader h = header(1);
        apply(h);
        List<String> before = Exchanges.content(county);

        ImportOutcome again = apply(h);

        assertThat(again).isEqualTo(new ImportOutcome(true, List.of(), List.of(), 0));
        assertThat(Exchanges.content(county)).isEqualTo(before);
        assertThat(Exchanges.query(county, "SELECT count(*) FROM exchange_package")).isEqualTo("1");
    }

    @Test
    void anOlderSequenceThanTheLastAppliedFromTheSenderIsAReplay() throws Exception {
        apply(header(2));

        refused(header(1), true, Reason.REPLAYED);
        // the same number again under another package id is no newer package either
        refused(header(2), true, Reason.REPLAYED);
        assertThat(apply(header(3)).warnings()).isEmpty();
    }

    @Test
    void aGapInTheSequenceIsAWarningNotARefusal() throws Exception {
        assertThat(apply(header(3)).warnings())
                .containsExactly(new ImportWarning(ImportWarning.Kind.SEQUENCE_SKIPPED, 1, 3));
        assertThat(apply(header(5)).warnings())
                .containsExactly(new ImportWarning(ImportWarning.Kind.SEQUENCE_SKIPPED, 4, 5));
        assertThat(apply(header(6)).warnings()).isEmpty();
    }

    @Test
    void aDeltaOnAPackageThisLedgerNeverAppliedHasAnUnknownBase() throws Exception {
        refused(Exchanges.delta(township, Exchanges.TOWNSHIP, 2, 1), true, Reason.UNKNOWN_BASE);
        apply(header(1));
        refused(Exchanges.delta(township, Exchanges.TOWNSHIP, 3, 2), true, Reason.UNKNOWN_BASE);

        assertThat(apply(Exchanges.delta(township, Exchanges.TOWNSHIP, 2, 1)).alreadyApplied()).isFalse();
    }

    @Test
    void aTownshipMaySendOnlyItsOwnDataNotANeighboursUnderItsOwnSignature() throws Exception {
        // the neighbour is registered at the county (its fingerprint confirmed with its first package)
        UUID neighbourLedger = GlobalIds.standard().next(TestExporter.CREATED);
        Party neighbour = new Party(PartyRole.TOWNSHIP, Exchanges.TOWNSHIP.code().substring(0, 6) + "999", "邻镇");
        Exchanges.apply(county, new PackageHeader(GlobalIds.standard().next(TestExporter.CREATED), PackageKind.FULL,
                neighbour, neighbourLedger, neighbour, TestExporter.CREATED, 1, null, null), new MemoryPackage(), true);

        PackageHeader forged = new PackageHeader(GlobalIds.standard().next(TestExporter.CREATED), PackageKind.FULL,
                neighbour, neighbourLedger, Exchanges.TOWNSHIP, TestExporter.CREATED, 2, null, null);
        refused(new PackageImporter(county, TestTownship.CLOCK), new ImportRequest(forged,
                Exchanges.fingerprint(neighbourLedger), Exchanges.signingKey(neighbourLedger),
                Exchanges.encryptionKey(neighbourLedger), java.util.Optional.empty(), Exchanges.USER,
                java.util.Optional.empty(), 0), Reason.FOREIGN_TOWNSHIP);
    }

    @Test
    void aCountyRefusesATownshipOfAnotherCounty() {
        Party elsewhere = new Party(PartyRole.TOWNSHIP, "500236101", "别处镇");
        refused(Exchanges.full(township, elsewhere, 1, null), true, Reason.FOREIGN_TOWNSHIP);
    }

    @Test
    void aTownshipLedgerRefusesTheDataOfAnotherTownship() throws Exception {
        try (Database ledger = TestTownship.create(dir.resolve("township.db"))) {
            PackageHeader foreign = new PackageHeader(GlobalIds.standard().next(TestExporter.CREATED),
                    PackageKind.FULL, Exchanges.COUNTY, countyId, new Party(PartyRole.TOWNSHIP, "500235125", "邻镇"),
                    TestExporter.CREATED, 1, null, null);
            List<String> before = Exchanges.content(ledger);

            assertThatThrownBy(() -> Exchanges.apply(ledger, foreign, new MemoryPackage(), true))
                    .isInstanceOfSatisfying(PackageRefused.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.FOREIGN_TOWNSHIP));

            assertThat(Exchanges.content(ledger)).isEqualTo(before);
            PackageHeader own = new PackageHeader(GlobalIds.standard().next(TestExporter.CREATED), PackageKind.FULL,
                    Exchanges.COUNTY, countyId, Exchanges.TOWNSHIP, TestExporter.CREATED, 1, null, null);
            assertThat(Exchanges.apply(ledger, own, new MemoryPackage(), true).alreadyApplied()).isFalse();
            // the ledger got its identity from its township row on the way
            assertThat(Exchanges.query(ledger, "SELECT role || ' ' || code || ' ' || name FROM exchange_identity"))
                    .isEqualTo("TOWNSHIP 500235124 平安镇");
        }
    }

    @Test
    void anUnknownSenderNeedsItsFingerprintConfirmedAndIsThenRegisteredWithTheImport() throws Exception {
        refused(header(1), false, Reason.KEY_NOT_CONFIRMED);
        ImportRequest misread = new ImportRequest(header(1), Exchanges.fingerprint(township),
                Exchanges.signingKey(township), Exchanges.encryptionKey(township), Optional.of("0000 1111"),
                Exchanges.USER, Optional.empty(), 0);
        refused(new PackageImporter(county, TestTownship.CLOCK), misread, Reason.KEY_NOT_CONFIRMED);
        assertThat(Exchanges.query(county, "SELECT count(*) FROM exchange_peer")).isEqualTo("0");

        // read over the phone: spaces and case do not matter
        ImportRequest confirmed = new ImportRequest(header(1), Exchanges.fingerprint(township),
                Exchanges.signingKey(township), Exchanges.encryptionKey(township),
                Optional.of(Exchanges.fingerprint(township).replace(" ", "").toLowerCase()), Exchanges.USER,
                Optional.empty(), 0);
        new PackageImporter(county, TestTownship.CLOCK).apply(confirmed, new MemoryPackage().source(), n -> { });

        assertThat(Exchanges.query(county, "SELECT ledger_id FROM exchange_peer")).isEqualTo(township.toString());
        // registered now: the next package needs no confirmation
        assertThat(Exchanges.apply(county, header(2), new MemoryPackage(), false).alreadyApplied()).isFalse();
    }

    @Test
    void aPackageSignedByOtherKeysThanTheRegisteredOnesIsRefused() throws Exception {
        apply(header(1));
        UUID impostor = GlobalIds.standard().next(TestExporter.CREATED);
        ImportRequest otherKeys = new ImportRequest(header(2), Exchanges.fingerprint(impostor),
                Exchanges.signingKey(impostor), Exchanges.encryptionKey(impostor),
                Optional.of(Exchanges.fingerprint(impostor)), Exchanges.USER, Optional.empty(), 0);

        refused(new PackageImporter(county, TestTownship.CLOCK), otherKeys, Reason.UNREGISTERED_KEY);
    }

    @Test
    void anotherLedgerSpeakingForARegisteredTownshipIsRefusedEvenWhenConfirmed() throws Exception {
        apply(header(1));
        UUID other = GlobalIds.standard().next(TestExporter.CREATED);

        refused(Exchanges.full(other, Exchanges.TOWNSHIP, 1, null), true, Reason.UNREGISTERED_KEY);
    }

    @Test
    void aPeerRegisteredWithoutAPartyLearnsItFromItsFirstPackage() throws Exception {
        try (Database ledger = TestTownship.create(dir.resolve("township.db"))) {
            // the county's keys were made on their own (keys --new --dir): the key file named no party
            UUID unnamed = GlobalIds.standard().next(TestExporter.CREATED);
            new PeerRegistry(ledger).register(Exchanges.peer(unnamed, new Party(PartyRole.COUNTY, "", "")));
            PackageHeader h = new PackageHeader(GlobalIds.standard().next(TestExporter.CREATED), PackageKind.FULL,
                    Exchanges.COUNTY, unnamed, Exchanges.TOWNSHIP, TestExporter.CREATED, 1, null, null);

            Exchanges.apply(ledger, h, new MemoryPackage(), false);

            assertThat(new PeerRegistry(ledger).find(unnamed).orElseThrow().party()).isEqualTo(Exchanges.COUNTY);
        }
    }

    @Test
    void aPeerRegisteredWithoutAPartyCannotNameOneAnotherPeerIsRegisteredFor() throws Exception {
        try (Database ledger = TestTownship.create(dir.resolve("township.db"))) {
            UUID registered = GlobalIds.standard().next(TestExporter.CREATED);
            UUID unnamed = GlobalIds.standard().next(TestExporter.CREATED);
            new PeerRegistry(ledger).register(Exchanges.peer(registered, Exchanges.COUNTY));
            new PeerRegistry(ledger).register(Exchanges.peer(unnamed, new Party(PartyRole.COUNTY, "", "")));
            PackageHeader h = new PackageHeader(GlobalIds.standard().next(TestExporter.CREATED), PackageKind.FULL,
                    Exchanges.COUNTY, unnamed, Exchanges.TOWNSHIP, TestExporter.CREATED, 1, null, null);
            List<String> before = Exchanges.content(ledger);

            assertThatThrownBy(() -> Exchanges.apply(ledger, h, new MemoryPackage(), true))
                    .isInstanceOfSatisfying(PackageRefused.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNREGISTERED_KEY));

            assertThat(Exchanges.content(ledger)).isEqualTo(before);
            assertThat(new PeerRegistry(ledger).find(unnamed).orElseThrow().code()).isEmpty();
        }
    }

    @Test
    void aPackageOfThisLedgerItselfIsRefused() {
        refused(Exchanges.full(countyId, Exchanges.TOWNSHIP, 1, null), true, Reason.UNREGISTERED_KEY);
    }

    @Test
    void anAcknowledgementOfAPackageThisLedgerNeverSentIsAWarning() throws Exception {
        ImportOutcome outcome = apply(Exchanges.full(township, Exchanges.TOWNSHIP, 1, 4L));

        assertThat(outcome.warnings())
                .containsExactly(new ImportWarning(ImportWarning.Kind.UNKNOWN_ACKNOWLEDGEMENT, 0, 4));
    }

    @Test
    void aNewFileIsPreparedOnceAsACountyDatabaseAndNeverOverALedger() throws Exception {
        ReceivingDatabase.prepare(county, header(1), countyId);
        assertThatThrownBy(() -> ReceivingDatabase.prepare(county, header(1),
                GlobalIds.standard().next(TestExporter.CREATED))).isInstanceOf(IllegalStateException.class);
        try (Database ledger = TestTownship.create(dir.resolve("township.db"))) {
            assertThatThrownBy(() -> ReceivingDatabase.prepare(ledger, header(1), countyId))
                    .isInstanceOf(IllegalStateException.class);
        }
        try (Database fresh = Database.open(dir.resolve("fresh.db"))) {
            assertThatThrownBy(() -> Exchanges.apply(fresh, header(1), new MemoryPackage(), true))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ReceivingDatabase.prepare");
        }
    }
}
