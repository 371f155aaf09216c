package io.guankou.desktop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export without a stage: recipients, when a delta is possible and why not, passphrase rules, drives, result. */
class ExportViewModelTest {

    @TempDir
    Path dir;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    DataEvents events = new DataEvents();
    FakeExchangeService fake = new FakeExchangeService();
    List<DataKind> published = new ArrayList<>();
    ExchangeViewModel exchange;
    ExportViewModel vm;

    @BeforeEach
    void open() {
        events.subscribe(java.util.EnumSet.allOf(DataKind.class), c -> published.add(c.kind()));
    }

    private void load() {
        exchange = new ExchangeViewModel(fake, runner, events, TestClocks.ZONE);
        vm = exchange.export();
        exchange.reload();
    }

    @AfterEach
    void noUnexpectedFailures() {
        assertThat(runner.errors).isEmpty();
    }

    @Test
    void aPeerThatAcknowledgedAPackageMayGetADeltaAndOneThatDidNotOnlyAFullPackage() {
        load();
        assertThat(vm.peers()).extracting(KnownPeer::party).containsExactly(FakeExchangeService.COUNTY,
                FakeExchangeService.NEIGHBOUR);
        assertThat(vm.modeProperty().get()).isEqualTo(ExportViewModel.RecipientMode.PEER);
        assertThat(vm.peerProperty().get().party()).isEqualTo(FakeExchangeService.COUNTY);
        assertThat(vm.deltaPossibleProperty().get()).isTrue();
        assertThat(vm.deltaReasonProperty().get()).isNull();
        vm.kindProperty().set(PackageKind.DELTA);

        vm.peerProperty().set(vm.peers().get(1));
        assertThat(vm.deltaPossibleProperty().get()).isFalse();
        assertThat(vm.deltaReasonProperty().get())
                .isEqualTo(Msg.of("exchange.export.deltaNoAcknowledgement", "双江镇"));
        assertThat(vm.kindProperty().get()).as("falls back to full").isEqualTo(PackageKind.FULL);

        vm.modeProperty().set(ExportViewModel.RecipientMode.PASSPHRASE);
        assertThat(vm.deltaReasonProperty().get()).isEqualTo(Msg.of("exchange.export.deltaNotForPassphrase"));
    }

    @Test
    void aPublicKeyFileShowsWhoseItIsAndADeltaOnlyForAPeerThatAcknowledged() {
        load();
        vm.chooseKeyFile(dir.resolve("county-keys.txt"));
        assertThat(vm.modeProperty().get()).isEqualTo(ExportViewModel.RecipientMode.KEY_FILE);
        assertThat(vm.keyFileInfoProperty().get().fingerprint()).isEqualTo(FakeExchangeService.COUNTY_FINGERPRINT);
        assertThat(vm.deltaPossibleProperty().get()).as("the county acknowledged no. 2").isTrue();

        vm.chooseKeyFile(dir.resolve("stranger-keys.txt"));
        assertThat(vm.deltaPossibleProperty().get()).isFalse();
        assertThat(vm.deltaReasonProperty().get())
                .isEqualTo(Msg.of("exchange.export.deltaNoAcknowledgement", "云阳县疾控中心"));

        vm.chooseKeyFile(dir.resolve("notes.txt"));
        assertThat(vm.keyFileInfoProperty().get()).isNull();
        assertThat(vm.keyFileErrorProperty().get())
                .isEqualTo(Msg.of("enum.ExchangeKeyException.Reason.NOT_A_KEY_FILE"));
        assertThat(vm.missingProperty().get()).isEqualTo(Msg.of("exchange.export.missing.keyFile"));
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }

    @Test
    void aKeyFileOfALedgerNotRegisteredYetWaitsUntilItsFingerprintIsConfirmed() {
        load();
        vm.destinationProperty().set(dir);
        vm.chooseKeyFile(dir.resolve("county-keys.txt"));
        assertThat(vm.keyFileNewProperty().get()).as("registered with these keys: nothing to confirm").isFalse();
        assertThat(vm.canExportProperty().get()).isTrue();

        Path stranger = dir.resolve("stranger-keys.txt");
        vm.chooseKeyFile(stranger);
        assertThat(vm.keyFileNewProperty().get()).isTrue();
        assertThat(vm.keyFileInfoProperty().get().fingerprint()).isEqualTo(FakeExchangeService.STRANGER_FINGERPRINT);
        assertThat(vm.missingProperty().get()).isEqualTo(Msg.of("exchange.export.missing.keyConfirmed"));
        assertThat(vm.canExportProperty().get()).isFalse();

        vm.keyFileConfirmedProperty().set(true);
        assertThat(vm.canExportProperty().get()).isTrue();
        vm.export();
        assertThat(fake.lastExport.recipient()).isEqualTo(new Recipient.KeyFile(stranger,
                java.util.Optional.of(FakeExchangeService.STRANGER_FINGERPRINT)));

        // another file picked: its fingerprint is confirmed anew
        vm.another();
        vm.chooseKeyFile(stranger);
        assertThat(vm.keyFileConfirmedProperty().get()).isFalse();
        assertThat(vm.canExportProperty().get()).isFalse();
    }

    @Test
    void aPassphraseIsTypedTwiceAndHasAtLeastTenCharacters() {
        load();
        vm.modeProperty().set(ExportViewModel.RecipientMode.PASSPHRASE);
        vm.destinationProperty().set(dir);
        assertThat(vm.passphraseErrorProperty().get()).as("not greeted in red before typing").isNull();
        assertThat(vm.canExportProperty().get()).isFalse();
        assertThat(vm.missingProperty().get()).isEqualTo(Msg.of("exchange.export.missing.passphrase", 10));

        vm.passphraseProperty().set("123456789");
        assertThat(vm.passphraseErrorProperty().get()).isEqualTo(Msg.of("exchange.export.passphraseTooShort", 10));
        vm.passphraseProperty().set("1234567890");
        assertThat(vm.passphraseErrorProperty().get()).isNull();
        vm.passphraseAgainProperty().set("1234567899");
        assertThat(vm.passphraseAgainErrorProperty().get()).isEqualTo(Msg.of("exchange.export.passphraseDiffers"));
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.passphraseAgainProperty().set("1234567890");
        assertThat(vm.passphraseAgainErrorProperty().get()).isNull();
        assertThat(vm.canExportProperty().get()).isTrue();

        vm.export();
        assertThat(fake.lastUnlockText).isEqualTo("1234567890");
        assertThat(vm.recipientText()).isEqualTo(Msg.of("exchange.export.tellPassphrase"));
        assertThat(vm.passphraseProperty().get()).as("not kept after the export").isEmpty();
    }

    @Test
    void aFullPackageToTheOnlyStickIsWrittenVerifiedAndTheStickMayBeRemoved() throws IOException {
        Path stick = Files.createDirectories(dir.resolve("media/wang/KINGSTON"));
        fake.drives = List.of(stick);
        load();
        assertThat(vm.drives()).containsExactly(stick);
        assertThat(vm.destinationProperty().get()).as("the only stick is chosen").isEqualTo(stick);
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        published.clear();

        vm.export();

        assertThat(vm.stepProperty().get()).isEqualTo(ExportViewModel.Step.DONE);
        assertThat(fake.lastExport.kind()).isEqualTo(PackageKind.FULL);
        assertThat(fake.lastExport.recipient()).isEqualTo(new Recipient.Peer(FakeExchangeService.COUNTY_ID));
        assertThat(fake.lastFolder).isEqualTo(stick);
        ExportDone done = vm.resultProperty().get();
        assertThat(done.file()).exists().hasParent(stick);
        // from nothing, 1,200 rows reported every 100: twelve steps up to the whole
        assertThat(progress).hasSize(13).startsWith(0.0, 100 / 1200.0).endsWith(1.0);
        assertThat(vm.resultText()).isEqualTo(Msg.of("exchange.export.done", done.file().getFileName().toString(),
                Msg.of("exchange.size.kb", 793L), 1200L, 3L));
        assertThat(vm.removalText()).isEqualTo(Msg.of("exchange.export.mayRemove"));
        assertThat(vm.recipientText()).isEqualTo(Msg.of("exchange.export.recipientFingerprint",
                FakeExchangeService.COUNTY_FINGERPRINT));
        assertThat(published).as("the log and peers load again").contains(DataKind.PACKAGES);
        assertThat(exchange.log().rows()).hasSize(3);
        assertThat(exchange.log().rows().get(0).sequence()).isEqualTo(3);

        vm.another();
        assertThat(vm.stepProperty().get()).isEqualTo(ExportViewModel.Step.EDITING);
    }

    @Test
    void aFolderThatIsNoStickSaysWhereTheFileIsNotThatAStickMayBeRemoved() {
        load();
        assertThat(vm.missingProperty().get()).isEqualTo(Msg.of("exchange.export.missing.destination"));
        vm.destinationProperty().set(dir);
        vm.kindProperty().set(PackageKind.DELTA);
        // the export's change loads the overview again, here with one more peer
        List<KnownPeer> more = new ArrayList<>(fake.overview.peers());
        more.add(new KnownPeer(FakeExchangeService.STRANGER_ID, FakeExchangeService.NEIGHBOUR, "00", false,
                java.util.Optional.empty(), java.util.Optional.of(1L)));
        fake.overview = new ExchangeOverview(fake.overview.ownFingerprint(), fake.overview.self(), more, false,
                fake.overview.exchangedRows());
        vm.export();
        assertThat(fake.lastExport.kind()).isEqualTo(PackageKind.DELTA);
        assertThat(vm.removalText()).isEqualTo(Msg.of("exchange.export.verifiedInFolder", dir.toString()));
        assertThat(vm.peers()).hasSize(3);
        assertThat(vm.peerProperty().get().ledgerId()).isEqualTo(FakeExchangeService.COUNTY_ID);
        assertThat(vm.kindProperty().get()).as("the reload keeps the choice").isEqualTo(PackageKind.DELTA);
    }

    @Test
    void aStickPulledOutIsNoLongerTheDestination() throws IOException {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        fake.drives = List.of(stick);
        load();
        assertThat(vm.destinationProperty().get()).isEqualTo(stick);
        fake.drives = List.of();
        vm.refreshDrives();
        assertThat(vm.drives()).isEmpty();
        assertThat(vm.destinationProperty().get()).isNull();
    }

    @Test
    void cancellingLeavesNoFile() throws IOException {
        load();
        vm.destinationProperty().set(dir);
        vm.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() >= 0.25) {
                vm.cancel();
            }
        });
        vm.export();
        assertThat(vm.stepProperty().get()).isEqualTo(ExportViewModel.Step.EDITING);
        assertThat(vm.statusProperty().get()).isEqualTo(Msg.of("exchange.export.cancelled"));
        assertThat(vm.resultProperty().get()).isNull();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aProtectedKeyAsksForItsPassphraseAndAWrongOneIsSaidAtItsField() {
        fake.protectKey("正确的口令");
        load();
        vm.destinationProperty().set(dir);
        assertThat(vm.keyProtectedProperty().get()).isTrue();
        assertThat(vm.missingProperty().get()).isEqualTo(Msg.of("exchange.export.missing.keyPassphrase"));
        vm.keyPassphraseProperty().set("错误");
        vm.export();
        assertThat(vm.keyPassphraseErrorProperty().get())
                .isEqualTo(Msg.of("enum.ExchangeKeyException.Reason.WRONG_KEY_PASSPHRASE"));
        assertThat(vm.stepProperty().get()).isEqualTo(ExportViewModel.Step.EDITING);
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();

        vm.keyPassphraseProperty().set("正确的口令");
        assertThat(vm.keyPassphraseErrorProperty().get()).as("cleared by typing").isNull();
        vm.export();
        assertThat(vm.stepProperty().get()).isEqualTo(ExportViewModel.Step.DONE);
    }

    @Test
    void aFullStickAndAPackageThatDoesNotReadBackAreSaidInWords() {
        load();
        vm.destinationProperty().set(dir);
        fake.failNext("export", new FileSystemException(dir.toString(), null, "No space left on device"));
        vm.export();
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("exchange.error.fileSystem", dir.toString()));
        fake.failNext("export", new PackageRefused(PackageRefused.Reason.DAMAGED_PAYLOAD, "read back"));
        vm.export();
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("exchange.export.verifyFailed"));
        assertThat(runner.errors).hasSize(2);
        runner.errors.clear();
    }
}
