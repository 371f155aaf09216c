package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLogTest {

    static final UUID ME = UUID.fromString("01900000-0000-7000-8000-00000000a001");
    static final UUID COUNTY = UUID.fromString("01900000-0000-7000-8000-00000000c001");
    static final UUID OTHER = UUID.fromString("01900000-0000-7000-8000-00000000c002");
    static final Party TOWNSHIP = new Party(PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇");
    static final Party COUNTY_PARTY = new Party(PartyRole.COUNTY, "500235", "云阳县");

    @TempDir
    Path dir;
    Database db;
    PackageLog log;
    int minute;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        log = new PackageLog(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Instant at() {
        return CLOCK.instant().plusSeconds(60L * minute++);
    }

    private LoggedPackage sent(UUID to, long sequence, Long buildsOn, long tick) {
        Instant at = at();
        PackageHeader h = new PackageHeader(UUID.randomUUID(), buildsOn == null ? PackageKind.FULL : PackageKind.DELTA,
                TOWNSHIP, ME, TOWNSHIP, at, sequence, buildsOn, null);
        Peer peer = to == null ? null : new Peer(to, PartyRole.COUNTY, "500235", "云阳县", "s", "e", "f", at, "u");
        return log.record(LoggedPackage.sent(h, peer, tick, at, "办公室小王", "ping-an-" + sequence + ".gkpkg", 1000, 10));
    }

    private LoggedPackage received(UUID from, long sequence, Long acknowledges) {
        return received(from, RecipientMode.KEYS, sequence, acknowledges);
    }

    private LoggedPackage received(UUID from, RecipientMode mode, long sequence, Long acknowledges) {
        Instant at = at();
        PackageHeader h = new PackageHeader(UUID.randomUUID(), PackageKind.FULL, new Party(PartyRole.COUNTY, "500235",
                "云阳县"), from, TOWNSHIP, at.minusSeconds(3600), sequence, null, acknowledges);
        return log.record(LoggedPackage.received(h, mode, null, at, "办公室小王", "county.gkpkg", 2000L, 20, 1, 2, 17, 0));
    }

    @Test
    void sequencesAreCountedPerPeerAndUnderAPassphraseApart() {
        assertThat(log.lastSentSequence(COUNTY)).isEmpty();
        sent(COUNTY, 1, null, 1);
        sent(COUNTY, 2, null, 2);
        sent(OTHER, 1, null, 3);
        sent(null, 1, null, 4);
        assertThat(log.lastSentSequence(COUNTY)).hasValue(2);
        assertThat(log.lastSentSequence(OTHER)).hasValue(1);
        assertThat(log.lastSentUnderPassphrase()).hasValue(1);
        assertThat(log.lastReceivedSequence(COUNTY, RecipientMode.KEYS)).isEmpty();
        assertThat(log.list()).extracting(LoggedPackage::mode).containsExactly(RecipientMode.PASSPHRASE,
                RecipientMode.KEYS, RecipientMode.KEYS, RecipientMode.KEYS);
    }

    @Test
    void aSendersPackagesForKeysAndUnderAPassphraseAreTwoSeriesHere() {
        received(COUNTY, RecipientMode.KEYS, 2, null);
        received(COUNTY, RecipientMode.PASSPHRASE, 5, null);
        received(COUNTY, RecipientMode.KEYS, 3, null);

        assertThat(log.lastReceivedSequence(COUNTY, RecipientMode.KEYS)).hasValue(3);
        assertThat(log.lastReceivedSequence(COUNTY, RecipientMode.PASSPHRASE)).hasValue(5);
        assertThat(log.lastReceivedSequence(OTHER, RecipientMode.PASSPHRASE)).isEmpty();
    }

    @Test
    void onlyPackagesForThisLedgersKeysAcknowledgeItsPackages() {
        sent(COUNTY, 1, null, 1);
        sent(COUNTY, 2, null, 2);
        received(COUNTY, RecipientMode.KEYS, 1, 1L);
        // a package under a passphrase has no known recipient: what it says it acknowledges does not count
        received(COUNTY, RecipientMode.PASSPHRASE, 1, 2L);

        assertThat(log.acknowledgedBy(COUNTY)).hasValue(1);
    }

    @Test
    void aPackageMadeOrAppliedHereIsKnownByItsId() {
        LoggedPackage s = sent(null, 1, null, 1);
        LoggedPackage r = received(COUNTY, 1, null);

        assertThat(log.contains(s.packageId())).isTrue();
        assertThat(log.contains(r.packageId())).isTrue();
        assertThat(log.contains(UUID.randomUUID())).isFalse();
    }

    @Test
    void whatAPeerAcknowledgedIsTheHighestItsPackagesSay() {
        sent(COUNTY, 1, null, 1);
        sent(COUNTY, 2, null, 2);
        assertThat(log.acknowledgedBy(COUNTY)).isEmpty();
        received(COUNTY, 1, null);
        assertThat(log.acknowledgedBy(COUNTY)).isEmpty();
        received(COUNTY, 2, 2L);
        received(COUNTY, 3, 1L);
        assertThat(log.acknowledgedBy(COUNTY)).hasValue(2);
        assertThat(log.lastReceivedSequence(COUNTY, RecipientMode.KEYS)).hasValue(3);
        assertThat(log.acknowledgedBy(OTHER)).isEmpty();
    }

    @Test
    void aSentPackageKeepsTheTickItsRowsWereReadAt() {
        sent(COUNTY, 1, null, 4);
        sent(COUNTY, 2, 1L, 9);
        assertThat(log.sentTick(COUNTY, 1)).isEqualTo(OptionalLong.of(4));
        assertThat(log.sentTick(COUNTY, 2)).isEqualTo(OptionalLong.of(9));
        assertThat(log.sentTick(COUNTY, 3)).isEmpty();
        assertThat(log.sentTick(OTHER, 1)).isEmpty();
        assertThat(log.sent(COUNTY, 2)).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(PackageKind.DELTA);
            assertThat(p.buildsOn()).isEqualTo(1L);
            assertThat(p.peerCode()).isEqualTo("500235");
            assertThat(p.townshipCode()).isEqualTo(TestTownship.CODE);
        });
    }

    @Test
    void aReceivedPackageIsFoundByItsIdWithWhatApplyingItDid() {
        LoggedPackage r = received(COUNTY, 1, null);
        assertThat(log.received(r.packageId())).contains(r);
        assertThat(r.id()).isPositive();
        assertThat(r.peerLedgerId()).isEqualTo(COUNTY);
        assertThat(r.peerCode()).isEqualTo("500235");
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(17);
        LoggedPackage s = sent(COUNTY, 1, null, 1);
        assertThat(log.received(s.packageId())).as("a package sent is not one received").isEmpty();
        assertThat(log.received(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theLogIsNewestFirst() {
        LoggedPackage a = sent(COUNTY, 1, null, 1);
        LoggedPackage b = received(COUNTY, 1, 1L);
        LoggedPackage c = sent(null, 1, null, 2);
        assertThat(log.list()).containsExactly(c, b, a);
    }

    @Test
    void aPackageIdIsLoggedOnce() {
        LoggedPackage r = received(COUNTY, 1, null);
        assertThatThrownBy(() -> log.record(r)).isInstanceOf(DatabaseException.class);
        assertThat(log.list()).hasSize(1);
    }

    @Test
    void aReceivedPackageNamesItsSender() {
        Instant at = CLOCK.instant();
        assertThatThrownBy(() -> new LoggedPackage(0, UUID.randomUUID(), LoggedPackage.Direction.RECEIVED,
                RecipientMode.KEYS, null, null, TestTownship.CODE, PackageKind.FULL, 1, null, null, null, at, at, "u",
                null, null, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPackageSentForKeysNamesItsPeerAndOneUnderAPassphraseNone() {
        Instant at = CLOCK.instant();
        assertThatThrownBy(() -> new LoggedPackage(0, UUID.randomUUID(), LoggedPackage.Direction.SENT,
                RecipientMode.KEYS, null, null, TestTownship.CODE, PackageKind.FULL, 1, null, null, 1L, at, at, "u",
                null, null, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoggedPackage(0, UUID.randomUUID(), LoggedPackage.Direction.SENT,
                RecipientMode.PASSPHRASE, COUNTY, "500235", TestTownship.CODE, PackageKind.FULL, 1, null, null, 1L, at,
                at, "u", null, null, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
