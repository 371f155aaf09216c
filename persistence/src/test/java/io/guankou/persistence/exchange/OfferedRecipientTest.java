package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recipient named by its public key file ({@code export --to FILE}): registered with the export, in its one
 * transaction, and only once the user confirmed its fingerprint; a failed export leaves no peer behind; a ledger id
 * registered with other keys is refused.
 */
class OfferedRecipientTest {

    static final String USER = "办公室小王";
    static final UUID COUNTY = UUID.fromString("01900000-0000-7000-8000-00000000c001");
    static final Party COUNTY_PARTY = new Party(PartyRole.COUNTY, "500235", "云阳县卫健委");

    @TempDir
    Path dir;
    Database db;
    PackageExporter exporter;
    PeerRegistry peers;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        exporter = new PackageExporter(db, CLOCK);
        peers = new PeerRegistry(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static OfferedRecipient offered(UUID ledger, Optional<String> confirmed) {
        return new OfferedRecipient(Exchanges.peer(ledger, COUNTY_PARTY), confirmed);
    }

    private ExportOutcome export(OfferedRecipient recipient, MemoryTarget target) throws Exception {
        return exporter.export(ExportRequest.forKeys(PackageKind.FULL, recipient, USER, Optional.of("t.gkpkg")), target,
                n -> { });
    }

    private void refused(OfferedRecipient recipient, PackageExporter.Refused.Reason reason) {
        List<String> before = Exchanges.content(db);
        MemoryTarget target = new MemoryTarget();
        assertThatThrownBy(() -> export(recipient, target)).isInstanceOfSatisfying(PackageExporter.Refused.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(target.header).as("nothing was written").isNull();
        assertThat(Exchanges.content(db)).isEqualTo(before);
    }

    @Test
    void aNewRecipientWhoseFingerprintWasConfirmedIsRegisteredWithTheExport() throws Exception {
        // read over the phone: spaces and case do not matter
        String typed = Exchanges.fingerprint(COUNTY).replace(" ", "").toLowerCase();

        ExportOutcome outcome = export(offered(COUNTY, Optional.of(typed)), new MemoryTarget());

        Peer registered = peers.find(COUNTY).orElseThrow();
        assertThat(registered.party()).isEqualTo(COUNTY_PARTY);
        assertThat(registered.fingerprint()).isEqualTo(Exchanges.fingerprint(COUNTY));
        assertThat(registered.registeredBy()).isEqualTo(Exchanges.USER);
        assertThat(outcome.logged().peerLedgerId()).isEqualTo(COUNTY);
        assertThat(outcome.header().sequence()).isEqualTo(1);
    }

    @Test
    void aNewRecipientIsRefusedUntilItsFingerprintIsConfirmed() {
        refused(offered(COUNTY, Optional.empty()), PackageExporter.Refused.Reason.RECIPIENT_NOT_CONFIRMED);
        refused(offered(COUNTY, Optional.of("0000 1111")), PackageExporter.Refused.Reason.RECIPIENT_NOT_CONFIRMED);
        refused(offered(COUNTY, Optional.of(" ")), PackageExporter.Refused.Reason.RECIPIENT_NOT_CONFIRMED);
        assertThat(peers.list()).isEmpty();
    }

    @Test
    void anExportThatFailsOrIsCancelledLeavesNoRecipientBehind() {
        OfferedRecipient county = offered(COUNTY, Optional.of(Exchanges.fingerprint(COUNTY)));
        MemoryTarget failing = new MemoryTarget();
        failing.failOnFinish = true;
        assertThatThrownBy(() -> export(county, failing)).isInstanceOf(IOException.class);
        MemoryTarget interrupted = new MemoryTarget();
        interrupted.interruptAtRow = 1;
        assertThatThrownBy(() -> export(county, interrupted))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        Thread.interrupted();

        assertThat(peers.list()).isEmpty();
        assertThat(new PackageLog(db).list()).isEmpty();
    }

    @Test
    void aRecipientRegisteredWithTheSameKeysNeedsNoConfirmationAndKeepsItsRegistration() throws Exception {
        Peer first = peers.register(Exchanges.peer(COUNTY, COUNTY_PARTY));

        export(offered(COUNTY, Optional.empty()), new MemoryTarget());

        assertThat(peers.list()).containsExactly(first);
    }

    @Test
    void aKeyFileForALedgerRegisteredWithOtherKeysIsRefused() throws Exception {
        UUID impostor = UUID.fromString("01900000-0000-7000-8000-00000000bad0");
        peers.register(Exchanges.peer(COUNTY, COUNTY_PARTY));
        // another ledger's keys in a file that claims the county's ledger id, even with its own fingerprint confirmed
        Peer swapped = new Peer(COUNTY, PartyRole.COUNTY, "500235", "云阳县卫健委", Exchanges.signingKey(impostor),
                Exchanges.encryptionKey(impostor), Exchanges.fingerprint(impostor), CLOCK.instant(), USER);

        refused(new OfferedRecipient(swapped, Optional.of(Exchanges.fingerprint(impostor))),
                PackageExporter.Refused.Reason.OTHER_KEYS_REGISTERED);
    }
}
