package io.guankou.model.exchange.container;

import static io.guankou.model.exchange.container.TestPackages.COLUMNS;
import static io.guankou.model.exchange.container.TestPackages.COUNTY;
import static io.guankou.model.exchange.container.TestPackages.HEADER;
import static io.guankou.model.exchange.container.TestPackages.RANDOM;
import static io.guankou.model.exchange.container.TestPackages.STRANGER;
import static io.guankou.model.exchange.container.TestPackages.TOWNSHIP;
import static io.guankou.model.exchange.container.TestPackages.entry;
import static io.guankou.model.exchange.container.TestPackages.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.crypto.ScryptParams;
import io.guankou.model.exchange.container.TestPackages.Entry;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipientTest {

    @TempDir
    Path dir;

    static final List<Entry> ENTRIES = List.of(entry("person", COLUMNS, rows(50, 1)));

    static void refused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(PackageRefused.class)
                .satisfies(e -> assertThat(((PackageRefused) e).reason()).isEqualTo(reason));
    }

    @Test
    void aPackageForKeysOpensForEachRecipientAndNoOtherKey() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        TestPackages.write(file, ENTRIES, List.of(Recipient.key(COUNTY.publicKeys()), Recipient.key(TOWNSHIP.publicKeys())));
        VerifiedPackage pkg = PackageReader.verify(file);

        assertThat(pkg.isForPassphrase()).isFalse();
        assertThat(pkg.isFor(COUNTY.publicKeys())).isTrue();
        assertThat(pkg.isFor(TOWNSHIP.publicKeys())).isTrue();
        assertThat(pkg.isFor(STRANGER.publicKeys())).isFalse();
        assertThat(pkg.signer()).isEqualTo(TOWNSHIP.publicKeys());
        assertThat(pkg.signerFingerprint()).isEqualTo(TOWNSHIP.publicKeys().fingerprint());
        assertThat(pkg.manifest().recipients()).extracting(r -> ((RecipientStanza.Key) r).fingerprint())
                .containsExactly(COUNTY.publicKeys().fingerprint(), TOWNSHIP.publicKeys().fingerprint());

        try (PayloadReader reader = PayloadReader.open(pkg, COUNTY)) {
            assertThat(TestPackages.readAll(reader).get("person")).hasSize(50);
        }
        try (PayloadReader reader = PayloadReader.open(pkg, TOWNSHIP)) {
            assertThat(TestPackages.readAll(reader).get("person")).hasSize(50);
        }
        refused(() -> PayloadReader.open(pkg, STRANGER), Reason.NOT_A_RECIPIENT);
        refused(() -> PayloadReader.open(pkg, "平安镇口令".toCharArray()), Reason.NOT_A_RECIPIENT);
    }

    @Test
    void aPassphrasePackageOpensWithThePassphraseOnly() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        char[] passphrase = "平安镇 2026 口令".toCharArray();
        Manifest manifest = TestPackages.write(file, ENTRIES, List.of(Recipient.passphrase(passphrase)));
        RecipientStanza.Passphrase stanza = (RecipientStanza.Passphrase) manifest.recipients().get(0);
        assertThat(stanza.kdf()).isEqualTo(TestPackages.FAST_KDF);
        assertThat(stanza.salt()).hasSize(16);
        assertThat(stanza.wrappedKey()).hasSize(12 + 16 + 16);

        VerifiedPackage pkg = PackageReader.verify(file);
        assertThat(pkg.isForPassphrase()).isTrue();
        assertThat(pkg.isFor(COUNTY.publicKeys())).isFalse();
        try (PayloadReader reader = PayloadReader.open(pkg, "平安镇 2026 口令".toCharArray())) {
            assertThat(TestPackages.readAll(reader).get("person")).hasSize(50);
        }
        refused(() -> PayloadReader.open(pkg, "平安镇 2026 口今".toCharArray()), Reason.WRONG_PASSPHRASE);
        refused(() -> PayloadReader.open(pkg, new char[0]), Reason.WRONG_PASSPHRASE);
        refused(() -> PayloadReader.open(pkg, COUNTY), Reason.NOT_A_RECIPIENT);
    }

    /** The one test at the real cost (logN 15, r 8, p 1), which is also the default. */
    @Test
    void theDefaultPassphraseCostIsScryptLogN15R8P1() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        Manifest manifest;
        try (PackageWriter writer = PackageWriter.create(file, HEADER, TOWNSHIP,
                List.of(Recipient.passphrase("口令".toCharArray())), RANDOM)) {
            writer.entry("person", COLUMNS).row(rows(1, 1).get(0));
            manifest = writer.finish();
        }
        assertThat(((RecipientStanza.Passphrase) manifest.recipients().get(0)).kdf())
                .isEqualTo(new ScryptParams(15, 8, 1));
        try (PayloadReader reader = PayloadReader.open(PackageReader.verify(file), "口令".toCharArray())) {
            assertThat(TestPackages.readAll(reader).get("person")).hasSize(1);
        }
    }

    @Test
    void keysAndAPassphraseDoNotMixAndARecipientIsNamedOnce() {
        Path file = dir.resolve("p.gkpkg");
        assertThatThrownBy(() -> PackageWriter.create(file, HEADER, TOWNSHIP, List.of(Recipient.key(COUNTY.publicKeys()),
                Recipient.passphrase("x".toCharArray())), RANDOM, TestPackages.FAST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackageWriter.create(file, HEADER, TOWNSHIP, List.of(Recipient.key(COUNTY.publicKeys()),
                Recipient.key(COUNTY.publicKeys())), RANDOM, TestPackages.FAST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackageWriter.create(file, HEADER, TOWNSHIP, List.of(), RANDOM, TestPackages.FAST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recipient.passphrase(new char[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.toFile().list()).isEmpty();
    }
}
