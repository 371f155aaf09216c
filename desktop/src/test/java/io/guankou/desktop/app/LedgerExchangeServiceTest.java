package io.guankou.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.exchange.ExchangeService;
import io.guankou.desktop.exchange.ExportChoice;
import io.guankou.desktop.exchange.ExportDone;
import io.guankou.desktop.exchange.ImportApplied;
import io.guankou.desktop.exchange.ImportPreviewResult;
import io.guankou.desktop.exchange.LoggedPackageRow;
import io.guankou.desktop.exchange.PackageChanged;
import io.guankou.desktop.exchange.PackageDirection;
import io.guankou.desktop.exchange.PackageInfo;
import io.guankou.desktop.exchange.Recipient;
import io.guankou.desktop.exchange.SignerStatus;
import io.guankou.desktop.exchange.Unlock;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.exchange.PackageExporter;
import io.guankou.persistence.exchange.TableCounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-exchange view's real service end to end, as the window builds it ({@link AppContext#useDataPaths}): two
 * ledgers of the same township (copies of one file, each with its own identity and keys) send each other a package
 * under a passphrase through the façade the view calls — export to a stick folder, verify, preview, apply, log; and a
 * public key file of a ledger not registered yet is registered with the export that names it, once its fingerprint is
 * confirmed.
 */
class LedgerExchangeServiceTest {

    static final char[] PASSPHRASE = "平安镇交换口令2026".toCharArray();

    @TempDir
    Path dir;
    AppContext sender;
    AppContext receiver;
    ExchangeService from;
    ExchangeService to;
    Path stick;

    @BeforeEach
    void twoLedgers() throws Exception {
        sender = open("a");
        receiver = open("b");
        from = sender.exchangeService();
        to = receiver.exchangeService();
        stick = Files.createDirectories(dir.resolve("stick"));
    }

    private AppContext open(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Database db = Database.openExisting(TestTownship.copyInto(folder));
        // a copy of one file would share its exchange identity: each ledger here is its own
        db.transaction(dsl -> dsl.deleteFrom(DSL.table("exchange_identity")).execute());
        AppContext ctx = AppContext.open(db, false, Messages.of(Language.ZH),
                UserSettings.inMemory(Language.ZH, "王医生"), TestClocks.FIXED);
        ctx.useDataPaths(new DataPaths(folder.resolve("data")), true, null);
        return ctx;
    }

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
    }

    private ExportDone export() throws Exception {
        return from.export(new ExportChoice(PackageKind.FULL, new Recipient.Passphrase(PASSPHRASE.clone()),
                Unlock.ownKey()), stick, rows -> { });
    }

    private static Unlock passphrase() {
        return Unlock.passphrase(PASSPHRASE.clone());
    }

    @Test
    void aPackageIsVerifiedPreviewedWithTheConfirmedSenderAppliedOnceAndLogged() throws Exception {
        ExportDone sent = export();
        assertThat(sent.file().getParent()).isEqualTo(stick);
        assertThat(Files.size(sent.file())).isEqualTo(sent.bytes());

        PackageInfo info = to.verify(sent.file(), passphrase());
        assertThat(info.status()).isEqualTo(SignerStatus.NEW_SENDER);
        assertThat(info.signerFingerprint()).isEqualTo(from.overview().ownFingerprint());
        assertThat(info.rowsPerEntry().get("person")).isEqualTo(TestTownship.PERSONS);
        assertThat(info.rows()).isEqualTo(sent.rows());
        assertThatThrownBy(() -> to.verify(sent.file(), Unlock.passphrase("wrong passphrase 1".toCharArray())))
                .isInstanceOfSatisfying(PackageRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PackageRefused.Reason.WRONG_PASSPHRASE));

        java.util.UUID id = info.header().packageId();
        assertThatThrownBy(() -> to.preview(sent.file(), id, passphrase(), Optional.empty(), rows -> { }))
                .as("a new sender's fingerprint must be confirmed")
                .isInstanceOfSatisfying(PackageRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PackageRefused.Reason.KEY_NOT_CONFIRMED));
        Optional<String> confirmed = Optional.of(info.signerFingerprint());
        ImportPreviewResult preview = to.preview(sent.file(), id, passphrase(), confirmed, rows -> { });
        // the same file on both sides: every row is held already, with the same values
        TableCounts persons = preview.tables().stream().filter(t -> t.table().equals("person")).findFirst()
                .orElseThrow();
        assertThat(persons).isEqualTo(new TableCounts("person", 0, 0, TestTownship.PERSONS, 0));
        assertThat(preview.conflicts()).isZero();
        assertThat(to.log()).as("a preview writes nothing").isEmpty();

        ImportApplied applied = to.apply(sent.file(), id, passphrase(), confirmed, rows -> { });
        assertThat(applied.alreadyApplied()).isFalse();
        assertThat(applied.tables()).isEqualTo(preview.tables());
        LoggedPackageRow logged = to.log().get(0);
        assertThat(logged.direction()).isEqualTo(PackageDirection.RECEIVED);
        assertThat(logged.fileName()).isEqualTo(sent.file().getFileName().toString());
        assertThat(logged.rows()).isEqualTo(sent.rows());
        assertThat(to.overview().peers()).singleElement()
                .satisfies(p -> assertThat(p.fingerprint()).isEqualTo(info.signerFingerprint()));
        assertThat(to.verify(sent.file(), passphrase()).status()).as("registered now")
                .isEqualTo(SignerStatus.REGISTERED);

        assertThat(to.apply(sent.file(), id, passphrase(), Optional.empty(), rows -> { }).alreadyApplied())
                .as("the same package again writes nothing").isTrue();
        assertThat(to.log()).hasSize(1);
    }

    @Test
    void aFileThatHoldsAnotherPackageThanTheOneVerifiedIsNotApplied() throws Exception {
        ExportDone first = export();
        PackageInfo verified = to.verify(first.file(), passphrase());
        ExportDone second = export();
        assertThat(second.file()).as("in the same second, beside the first").isEqualTo(stick.resolve(
                first.file().getFileName().toString().replace(".gkpkg", "-2.gkpkg")));
        Files.copy(second.file(), first.file(), StandardCopyOption.REPLACE_EXISTING);
        Optional<String> confirmed = Optional.of(verified.signerFingerprint());

        assertThatThrownBy(() -> to.preview(first.file(), verified.header().packageId(), passphrase(), confirmed,
                rows -> { })).isInstanceOf(PackageChanged.class);
        assertThatThrownBy(() -> to.apply(first.file(), verified.header().packageId(), passphrase(), confirmed,
                rows -> { })).isInstanceOf(PackageChanged.class);
        assertThat(to.log()).as("nothing applied").isEmpty();
        assertThat(to.overview().peers()).as("no sender registered").isEmpty();
    }

    @Test
    void aKeyFileOfANewRecipientIsRegisteredWithTheExportOnlyOnceItsFingerprintIsConfirmed() throws Exception {
        // the county's keys, made on their own (keys --new --dir); its public key file came on a stick
        Path countyKeys = dir.resolve("county-keys");
        KeyFolder.create(countyKeys, GlobalIds.standard().next(TestClocks.INSTANT), Optional.empty(),
                LedgerKeys.generate(new SecureRandom()), null);
        Path countyPub = Files.writeString(dir.resolve("county.pub"), KeyFolder.readPublic(countyKeys).encode(),
                StandardCharsets.UTF_8);
        String fingerprint = from.readPublicKeys(countyPub).fingerprint();
        ExportChoice unconfirmed = new ExportChoice(PackageKind.FULL, new Recipient.KeyFile(countyPub,
                Optional.empty()), Unlock.ownKey());

        assertThatThrownBy(() -> from.export(unconfirmed, stick, rows -> { }))
                .isInstanceOfSatisfying(PackageExporter.Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(PackageExporter.Refused.Reason.RECIPIENT_NOT_CONFIRMED));
        assertThat(from.overview().peers()).as("nobody registered by a refused export").isEmpty();
        assertThat(from.log()).isEmpty();
        try (java.util.stream.Stream<Path> files = Files.list(stick)) {
            assertThat(files).isEmpty();
        }

        ExportDone done = from.export(new ExportChoice(PackageKind.FULL, new Recipient.KeyFile(countyPub,
                Optional.of(fingerprint)), Unlock.ownKey()), stick, rows -> { });

        assertThat(done.recipientFingerprint()).isEqualTo(fingerprint);
        assertThat(from.overview().peers()).singleElement()
                .satisfies(p -> assertThat(p.fingerprint()).isEqualTo(fingerprint));
        // registered now: the next package to the same file needs no confirmation
        assertThat(from.export(unconfirmed, stick, rows -> { }).sequence()).isEqualTo(2);
    }
}
