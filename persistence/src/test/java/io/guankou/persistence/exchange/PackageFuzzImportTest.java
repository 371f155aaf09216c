package io.guankou.persistence.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.PackageReader;
import io.guankou.model.exchange.container.PackageWriter;
import io.guankou.model.exchange.container.PayloadReader;
import io.guankou.model.exchange.container.Recipient;
import io.guankou.model.exchange.container.VerifiedPackage;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.exchange.keys.PublicKeys;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of damaged copies of a real package (the container's bytes, as on a stick), each offered to a county's
 * receiving database through the whole import path: every one is refused, and the database file is the same to the
 * byte afterwards. The intact package then imports, so the refusals are not a broken import path.
 */
class PackageFuzzImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-05T10:00:00Z"), ZoneOffset.UTC);
    private static final int MUTATIONS = 200;

    @TempDir
    Path dir;

    @Test
    void everyDamagedPackageIsRefusedAndTheDatabaseIsUnchanged() throws Exception {
        SecureRandom random = new SecureRandom();
        LedgerKeys townshipKeys = LedgerKeys.generate(random);
        LedgerKeys countyKeys = LedgerKeys.generate(random);
        UUID countyId = GlobalIds.standard().next(CLOCK.instant());
        Path townshipFile = dir.resolve("township.db");
        DemoTownshipWriter.write(townshipFile, new DemoOptions(40, 11L, LocalDate.of(2023, 1, 5)));

        Path first = dir.resolve("first.gkpkg");
        Path second = dir.resolve("second.gkpkg");
        try (Database township = Database.openExisting(townshipFile)) {
            PeerRegistry peers = new PeerRegistry(township);
            peers.register(new Peer(countyId, io.guankou.model.exchange.PartyRole.COUNTY, "", "",
                    b64(countyKeys.publicKeys().signing()), b64(countyKeys.publicKeys().encryption()),
                    countyKeys.publicKeys().fingerprint(), CLOCK.instant(), "test"));
            PackageExporter exporter = new PackageExporter(township, CLOCK);
            exporter.export(new ExportRequest(PackageKind.FULL, Optional.of(countyId), "test", Optional.empty()),
                    new FileTarget(first, townshipKeys, countyKeys.publicKeys()), n -> { });
            exporter.export(new ExportRequest(PackageKind.FULL, Optional.of(countyId), "test", Optional.empty()),
                    new FileTarget(second, townshipKeys, countyKeys.publicKeys()), n -> { });
        }

        Path countyFile = dir.resolve("county.db");
        VerifiedPackage firstPkg = PackageReader.verify(first);
        try (Database county = Database.open(countyFile)) {
            ReceivingDatabase.prepare(county, firstPkg.header(), countyId);
            ImportOutcome o = apply(county, firstPkg, countyKeys);
            assertThat(o.table("person").added()).isEqualTo(40);
        }
        byte[] before = Files.readAllBytes(countyFile);

        byte[] intact = Files.readAllBytes(second);
        Random mutations = new Random(20230105L);
        Path damaged = dir.resolve("damaged.gkpkg");
        try (Database county = Database.openExisting(countyFile)) {
            for (int i = 0; i < MUTATIONS; i++) {
                Files.write(damaged, mutate(intact, mutations));
                try {
                    VerifiedPackage pkg = PackageReader.verify(damaged);
                    apply(county, pkg, countyKeys);
                    fail("mutation " + i + " was imported");
                } catch (PackageRefused expected) {
                    // refused, as every damaged package must be
                }
            }
        }
        assertThat(Files.readAllBytes(countyFile)).as("the database after %d refusals", MUTATIONS).isEqualTo(before);

        try (Database county = Database.openExisting(countyFile)) {
            ImportOutcome o = apply(county, PackageReader.verify(second), countyKeys);
            assertThat(o.alreadyApplied()).isFalse();
            assertThat(o.table("person").unchanged()).isEqualTo(40);
        }
    }

    /** One of: a flipped bit, a changed byte, a run of bytes overwritten, the file cut short, bytes inserted. */
    private static byte[] mutate(byte[] intact, Random r) {
        byte[] b = intact.clone();
        int at = r.nextInt(b.length);
        switch (r.nextInt(5)) {
            case 0:
                b[at] ^= (byte) (1 << r.nextInt(8));
                return b;
            case 1:
                b[at] = (byte) (b[at] + 1 + r.nextInt(255));
                return b;
            case 2:
                for (int k = at; k < Math.min(b.length, at + 1 + r.nextInt(64)); k++) {
                    b[k] = (byte) r.nextInt(256);
                }
                b[at] ^= 0x5A; // at least the first byte differs
                return b;
            case 3:
                return java.util.Arrays.copyOf(b, at);
            default:
                byte[] longer = new byte[b.length + 1 + r.nextInt(16)];
                System.arraycopy(b, 0, longer, 0, at);
                for (int k = at; k < at + longer.length - b.length; k++) {
                    longer[k] = (byte) r.nextInt(256);
                }
                System.arraycopy(b, at, longer, at + longer.length - b.length, b.length - at);
                return longer;
        }
    }

    private static ImportOutcome apply(Database county, VerifiedPackage pkg, LedgerKeys countyKeys)
            throws IOException, PackageRefused {
        PublicKeys signer = pkg.signer();
        ImportRequest request = new ImportRequest(pkg.header(), pkg.signerFingerprint(), b64(signer.signing()),
                b64(signer.encryption()), Optional.of(pkg.signerFingerprint()), "test", Optional.empty(), 0);
        try (PayloadReader payload = PayloadReader.open(pkg, countyKeys)) {
            return new PackageImporter(county, CLOCK).apply(request, payload, n -> { });
        }
    }

    private static String b64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    /** A package written by the real container straight to a file. */
    private static final class FileTarget implements PackageTarget {
        private final Path file;
        private final LedgerKeys signer;
        private final PublicKeys recipient;
        private PackageWriter writer;

        FileTarget(Path file, LedgerKeys signer, PublicKeys recipient) {
            this.file = file;
            this.signer = signer;
            this.recipient = recipient;
        }

        @Override
        public EntrySink open(PackageHeader header) throws IOException {
            writer = PackageWriter.create(file, header, signer, List.of(Recipient.key(recipient)), new SecureRandom());
            return writer;
        }

        @Override
        public long finish() throws IOException {
            writer.finish();
            return Files.size(file);
        }
    }
}
