package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerRegistryTest {

    static final UUID COUNTY = UUID.fromString("01900000-0000-7000-8000-00000000c001");
    static final UUID OTHER_TOWNSHIP = UUID.fromString("01900000-0000-7000-8000-00000000a002");

    @TempDir
    Path dir;
    Database db;
    PeerRegistry peers;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        peers = new PeerRegistry(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Peer peer(UUID id, PartyRole role, String code, String keys, Instant at) {
        String spki = "MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAE" + keys;
        return new Peer(id, role, code, role == PartyRole.COUNTY ? "云阳县卫健委" : "双土镇", spki + "s", spki + "e",
                keys + "00 0000 0000 0000 0000 0000 0000 0000 0000 0000", at, "办公室小王");
    }

    @Test
    void aRegisteredPeerIsFoundByItsLedgerIdWithItsKeys() throws Exception {
        Peer county = peer(COUNTY, PartyRole.COUNTY, "500235", "AA", CLOCK.instant());
        assertThat(peers.find(COUNTY)).isEmpty();
        assertThat(peers.register(county)).isEqualTo(county);
        assertThat(peers.find(COUNTY)).contains(county);
        assertThat(peers.withCode(PartyRole.COUNTY, "500235")).containsExactly(county);
        assertThat(peers.withCode(PartyRole.TOWNSHIP, "500235")).isEmpty();
    }

    @Test
    void registeringTheSameKeysAgainKeepsTheFirstRegistration() throws Exception {
        Peer first = peers.register(peer(COUNTY, PartyRole.COUNTY, "500235", "AA", CLOCK.instant()));
        Peer again = peers.register(peer(COUNTY, PartyRole.COUNTY, "500235", "AA", CLOCK.instant().plusSeconds(60)));
        assertThat(again).isEqualTo(first);
        assertThat(peers.list()).containsExactly(first);
    }

    @Test
    void otherKeysForAKnownLedgerAreRefusedAndTheRegisteredOnesStay() throws Exception {
        Peer county = peers.register(peer(COUNTY, PartyRole.COUNTY, "500235", "AA", CLOCK.instant()));
        assertThatThrownBy(() -> peers.register(peer(COUNTY, PartyRole.COUNTY, "500235", "BB", CLOCK.instant())))
                .isInstanceOfSatisfying(PackageRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PackageRefused.Reason.UNREGISTERED_KEY));
        // one key the same, the other not: refused as well
        Peer half = new Peer(COUNTY, PartyRole.COUNTY, "500235", "云阳县卫健委", county.signingKey(), "MFkwother",
                county.fingerprint(), CLOCK.instant(), "办公室小王");
        assertThatThrownBy(() -> peers.register(half)).isInstanceOf(PackageRefused.class);
        assertThat(peers.find(COUNTY)).contains(county);
        assertThat(peers.list()).hasSize(1);
    }

    @Test
    void aPartyIsLearntOnlyByAPeerRegisteredWithoutOneAndOnlyWhileNoOtherPeerIsThatParty() throws Exception {
        Party county = new Party(PartyRole.COUNTY, "500235", "云阳县卫健委");
        peers.register(peer(COUNTY, PartyRole.COUNTY, "", "AA", CLOCK.instant()));
        peers.register(peer(OTHER_TOWNSHIP, PartyRole.TOWNSHIP, "500235125", "CC", CLOCK.instant()));

        peers.learnParty(COUNTY, county);
        assertThat(peers.find(COUNTY).orElseThrow().party()).isEqualTo(county);
        // a named peer keeps its name
        peers.learnParty(OTHER_TOWNSHIP, new Party(PartyRole.TOWNSHIP, "500235126", "别镇"));
        assertThat(peers.find(OTHER_TOWNSHIP).orElseThrow().code()).isEqualTo("500235125");

        UUID second = UUID.fromString("01900000-0000-7000-8000-00000000c003");
        peers.register(peer(second, PartyRole.COUNTY, "", "DD", CLOCK.instant()));
        assertThatThrownBy(() -> peers.learnParty(second, county)).isInstanceOfSatisfying(PackageRefused.class,
                e -> assertThat(e.reason()).isEqualTo(PackageRefused.Reason.UNREGISTERED_KEY));
        assertThat(peers.find(second).orElseThrow().code()).isEmpty();
    }

    @Test
    void theListIsByRoleAndCode() throws Exception {
        Peer township = peers.register(peer(OTHER_TOWNSHIP, PartyRole.TOWNSHIP, "500235125", "CC", CLOCK.instant()));
        Peer county = peers.register(peer(COUNTY, PartyRole.COUNTY, "500235", "AA", CLOCK.instant()));
        assertThat(peers.list()).containsExactly(county, township);
    }

    @Test
    void keysAndFingerprintMustBeGiven() {
        assertThatThrownBy(() -> new Peer(COUNTY, PartyRole.COUNTY, "500235", "", " ", "MFk", "AA00", CLOCK.instant(),
                "办公室小王")).isInstanceOf(IllegalArgumentException.class);
    }
}
