package io.guankou.desktop.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.exchange.ConflictList;
import io.guankou.persistence.exchange.IdentityStore;
import io.guankou.persistence.exchange.PackageExporter;
import io.guankou.persistence.exchange.PackageImporter;
import io.guankou.persistence.exchange.PackageLog;
import io.guankou.persistence.exchange.PeerRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-exchange view's service over a real ledger and real key folders: a public key file of a ledger not
 * registered yet is registered with the export that names it, and only once its fingerprint was confirmed.
 */
class LedgerExchangeServiceTest {

    @TempDir
    Path dir;
    Database db;
    LedgerExchangeService service;
    Path countyPub;
    String countyFingerprint;
    Path stick;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(TestTownship.copyInto(dir));
        PackageExchange exchange = new PackageExchange(new PackageExchange.Parts(
                new IdentityStore(db, TestClocks.FIXED), new PeerRegistry(db),
                new PackageExporter(db, TestClocks.FIXED), new PackageImporter(db, TestClocks.FIXED)),
                id -> dir.resolve("keys").resolve(id.toString()), TestClocks.FIXED, "王主任", new SecureRandom());
        exchange.ensureOwnKeys(null);
        service = new LedgerExchangeService(exchange, new PeerRegistry(db), new PackageLog(db),
                new ConflictList(db, TestClocks.FIXED), TestClocks.FIXED, "王主任");
        // the county's keys, made on their own; its public key file came on a stick
        Path countyKeys = dir.resolve("county-keys");
        UUID countyId = GlobalIds.standard().next(TestClocks.INSTANT);
        KeyFolder.create(countyKeys, countyId, Optional.empty(), LedgerKeys.generate(new SecureRandom()), null);
        countyPub = Files.writeString(dir.resolve("county.pub"), KeyFolder.readPublic(countyKeys).encode(),
                StandardCharsets.UTF_8);
        countyFingerprint = service.readPublicKeys(countyPub).fingerprint();
        stick = Files.createDirectories(dir.resolve("stick"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ExportDone export(Optional<String> confirmed) throws Exception {
        return export(confirmed, stick);
    }

    private ExportDone export(Optional<String> confirmed, Path folder) throws Exception {
        return service.export(new ExportChoice(PackageKind.FULL, new Recipient.KeyFile(countyPub, confirmed),
                Unlock.ownKey()), folder, rows -> { });
    }

    private long filesOnStick() throws Exception {
        try (Stream<Path> files = Files.list(stick)) {
            return files.count();
        }
    }

    @Test
    void aKeyFileOfANewRecipientIsRegisteredWithTheExportOnceItsFingerprintIsConfirmed() throws Exception {
        assertThatThrownBy(() -> export(Optional.empty())).isInstanceOfSatisfying(PackageExporter.Refused.class,
                e -> assertThat(e.reason()).isEqualTo(PackageExporter.Refused.Reason.RECIPIENT_NOT_CONFIRMED));
        assertThat(service.overview().peers()).as("nobody registered by a refused export").isEmpty();
        assertThat(filesOnStick()).isZero();
        assertThat(service.log()).isEmpty();

        ExportDone done = export(Optional.of(countyFingerprint));

        assertThat(done.recipientFingerprint()).isEqualTo(countyFingerprint);
        assertThat(service.overview().peers()).singleElement()
                .satisfies(p -> assertThat(p.fingerprint()).isEqualTo(countyFingerprint));
        assertThat(filesOnStick()).isEqualTo(1);
        // registered now: the next package to the same file needs no confirmation
        assertThat(export(Optional.empty(), Files.createDirectories(dir.resolve("stick2"))).sequence()).isEqualTo(2);
    }
}
