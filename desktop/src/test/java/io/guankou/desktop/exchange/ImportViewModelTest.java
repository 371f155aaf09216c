package io.guankou.desktop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.exchange.PackageRefused;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import without a stage: verify → confirm a new sender → preview → apply → the conflict list; passphrase
 * packages, a package applied before, refusals in words, cancel.
 */
class ImportViewModelTest {

    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    DataEvents events = new DataEvents();
    FakeExchangeService fake = new FakeExchangeService();
    List<DataKind> published = new ArrayList<>();
    ExchangeViewModel exchange;
    ImportViewModel vm;
    Path dir = Path.of("/stick");

    @BeforeEach
    void open() {
        events.subscribe(EnumSet.allOf(DataKind.class), c -> published.add(c.kind()));
    }

    private void load() {
        exchange = new ExchangeViewModel(fake, runner, events, TestClocks.ZONE);
        vm = exchange.importer();
        exchange.reload();
        published.clear();
    }

    @AfterEach
    void noUnexpectedFailures() {
        assertThat(runner.errors).isEmpty();
    }

    @Test
    void aRegisteredSendersPackageIsVerifiedPreviewedAppliedAndItsConflictsShown() {
        fake.countyDelta();
        load();
        assertThat(exchange.conflicts().rows()).isEmpty();

        vm.choose(dir.resolve("county-0007.gkpkg"));
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.VERIFIED);
        assertThat(vm.infoProperty().get().header().sender()).isEqualTo(FakeExchangeService.COUNTY);
        assertThat(vm.newSenderProperty().get()).isFalse();
        assertThat(vm.senderConfirmedProperty().get()).isTrue();
        assertThat(fake.lastUnlock).isEqualTo(Unlock.ownKey());
        assertThat(vm.canApplyProperty().get()).as("nothing before the preview").isFalse();

        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.previewNow();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.PREVIEWED);
        assertThat(fake.lastConfirmed).as("a registered sender needs no confirmation").isEmpty();
        assertThat(vm.tables()).isEqualTo(FakeExchangeService.TABLES);
        assertThat(vm.warnings()).containsExactly(Msg.of("enum.PreviewWarning.Kind.SEQUENCE_SKIPPED", 5L, 7L));
        assertThat(vm.previewText()).isEqualTo(Msg.of("exchange.import.previewConflicts", 2));
        // from nothing, 162 rows reported every 10: 16 steps
        assertThat(progress).hasSize(17).startsWith(0.0, 10 / 162.0).endsWith(160 / 162.0);
        assertThat(fake.applyCalls).as("a preview writes nothing").isZero();
        assertThat(published).isEmpty();

        vm.applyNow();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(vm.resultText()).isEqualTo(Msg.of("exchange.import.done", 123L, 36L, 2));
        assertThat(published).containsExactly(DataKind.LEDGER, DataKind.PACKAGES);
        assertThat(exchange.sectionProperty().get()).isEqualTo(ExchangeViewModel.Section.CONFLICTS);
        assertThat(exchange.conflicts().rows()).extracting(ConflictRow::id).containsExactly(11L, 12L);
        assertThat(exchange.log().rows().get(0).fileName()).isEqualTo("county-0007.gkpkg");

        vm.reset();
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHOOSE);
    }

    @Test
    void aNewSendersFingerprintMustBeConfirmedByTickingOrTypingWhatWasReadOverThePhone() {
        fake.strangerFull(null);
        load();
        vm.choose(dir.resolve("stranger-0001.gkpkg"));
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.VERIFIED);
        assertThat(vm.newSenderProperty().get()).isTrue();
        assertThat(vm.canPreviewProperty().get()).isFalse();
        vm.previewNow();
        assertThat(vm.stepProperty().get()).as("refused by the view model").isEqualTo(ImportViewModel.Step.VERIFIED);

        vm.fingerprintTickedProperty().set(true);
        assertThat(vm.canPreviewProperty().get()).isTrue();
        // a whole fingerprint typed that is not the signer's stops it, tick or not
        vm.typedFingerprintProperty().set(FakeExchangeService.COUNTY_FINGERPRINT);
        assertThat(vm.fingerprintErrorProperty().get()).isEqualTo(Msg.of("exchange.import.fingerprintDiffers"));
        assertThat(vm.canPreviewProperty().get()).isFalse();
        vm.typedFingerprintProperty().set("9a8b 7c6d");
        assertThat(vm.fingerprintErrorProperty().get()).as("still typing").isNull();
        vm.typedFingerprintProperty().set("9a8b 7c6g");
        assertThat(vm.fingerprintErrorProperty().get()).isEqualTo(Msg.of("exchange.import.fingerprintNotHex"));

        vm.fingerprintTickedProperty().set(false);
        vm.typedFingerprintProperty().set("9a8b7c6d5e4f30211f2e3d4c5b6a798897a6b5c4");
        assertThat(vm.fingerprintTypedMatchesProperty().get()).as("spaces and case do not matter").isTrue();
        assertThat(vm.senderConfirmedProperty().get()).isTrue();

        vm.previewNow();
        assertThat(fake.lastConfirmed).contains(FakeExchangeService.STRANGER_FINGERPRINT);
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.tables()).isEqualTo(FakeExchangeService.FIRST_TABLES);
        assertThat(vm.previewText()).isEqualTo(Msg.of("exchange.import.previewNoConflicts"));

        // changing the confirmation makes the preview stale
        vm.typedFingerprintProperty().set("");
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.VERIFIED);
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.canPreviewProperty().get()).isFalse();
    }

    @Test
    void aPackageForAPassphraseAsksForItAndAWrongOneIsSaidAtTheField() {
        fake.strangerFull("县里电话告知的口令");
        load();
        vm.choose(dir.resolve("stranger-0001.gkpkg"));
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHOOSE);
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("enum.PackageRefused.Reason.NOT_A_RECIPIENT"));
        assertThat(vm.usePassphraseProperty().get()).as("the passphrase field appears").isTrue();
        assertThat(vm.canVerifyProperty().get()).isFalse();

        vm.passphraseProperty().set("猜的口令");
        vm.verify();
        assertThat(vm.passphraseErrorProperty().get()).isEqualTo(Msg.of("enum.PackageRefused.Reason.WRONG_PASSPHRASE"));
        assertThat(vm.errorProperty().get()).isNull();
        vm.passphraseProperty().set("县里电话告知的口令");
        assertThat(vm.passphraseErrorProperty().get()).as("cleared by typing").isNull();
        vm.verify();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.VERIFIED);
        assertThat(fake.lastUnlockText).isEqualTo("县里电话告知的口令");
        assertThat(runner.errors).hasSize(2);
        runner.errors.clear();

        vm.fingerprintTickedProperty().set(true);
        vm.previewNow();
        vm.applyNow();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(fake.lastUnlockText).isEqualTo("县里电话告知的口令");
        assertThat(vm.passphraseProperty().get()).as("not kept after the import").isEmpty();
        assertThat(exchange.sectionProperty().get()).as("no conflicts: stays")
                .isEqualTo(ExchangeViewModel.Section.EXPORT);
    }

    @Test
    void aPackageAppliedBeforeSaysSoAndCannotBeAppliedAgain() {
        fake.countyAgain();
        load();
        vm.choose(dir.resolve("county-0005.gkpkg"));
        vm.previewNow();
        assertThat(vm.previewText()).isEqualTo(Msg.of("exchange.import.alreadyApplied"));
        assertThat(vm.warnings()).containsExactly(Msg.of("enum.PreviewWarning.Kind.ALREADY_APPLIED", 5L));
        assertThat(vm.canApplyProperty().get()).isFalse();
        vm.applyNow();
        assertThat(fake.applyCalls).isZero();
    }

    @Test
    void everyRefusalIsSaidInWordsAndNothingGoesFurther() {
        fake.countyDelta();
        load();
        for (PackageRefused.Reason reason : List.of(PackageRefused.Reason.BAD_SIGNATURE,
                PackageRefused.Reason.UNREGISTERED_KEY, PackageRefused.Reason.FOREIGN_TOWNSHIP,
                PackageRefused.Reason.REPLAYED)) {
            fake.failNext("verify", new PackageRefused(reason, "test"));
            vm.choose(dir.resolve("county-0007.gkpkg"));
            assertThat(vm.errorProperty().get()).isEqualTo(Msg.label(reason));
            assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHOOSE);
            assertThat(vm.infoProperty().get()).isNull();
            assertThat(vm.canPreviewProperty().get()).isFalse();
        }
        assertThat(runner.errors).hasSize(4);
        runner.errors.clear();

        vm.choose(dir.resolve("county-0007.gkpkg"));
        vm.previewNow();
        fake.failNext("apply", new PackageRefused(PackageRefused.Reason.DAMAGED_PAYLOAD, "test"));
        vm.applyNow();
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.label(PackageRefused.Reason.DAMAGED_PAYLOAD));
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.PREVIEWED);
        assertThat(published).as("nothing written, nothing published").isEmpty();
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();

        vm.choose(dir.resolve("unknown.gkpkg"));
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.label(PackageRefused.Reason.NOT_A_PACKAGE));
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }

    @Test
    void aFileSwappedOnTheStickAfterThePreviewIsNotAppliedAndMustBeVerifiedAgain() {
        fake.countyDelta();
        load();
        vm.choose(dir.resolve("county-0007.gkpkg"));
        vm.previewNow();
        assertThat(vm.canApplyProperty().get()).isTrue();

        // another package (the county's no. 5) now lies under the previewed file's name
        fake.packages.put("county-0007.gkpkg", fake.countyAgain());
        vm.applyNow();
        assertThat(fake.applyCalls).as("nothing applied").isZero();
        assertThat(published).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("exchange.error.packageChanged"));
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHOOSE);
        assertThat(vm.previewProperty().get()).as("the old preview is gone").isNull();
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.canApplyProperty().get()).isFalse();
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();

        vm.verify();
        assertThat(vm.infoProperty().get().header().sequence()).as("what the file holds now").isEqualTo(5L);
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void cancellingTheImportWritesNothingAndKeepsThePreview() {
        fake.countyDelta();
        load();
        vm.choose(dir.resolve("county-0007.gkpkg"));
        vm.previewNow();
        vm.progressProperty().addListener((o, a, b) -> {
            if (vm.stepProperty().get() == ImportViewModel.Step.APPLYING && b.doubleValue() > 0.5) {
                vm.cancel();
            }
        });
        vm.applyNow();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.PREVIEWED);
        assertThat(vm.statusProperty().get()).isEqualTo(Msg.of("exchange.import.applyCancelled"));
        assertThat(vm.appliedProperty().get()).isNull();
        assertThat(published).isEmpty();
        assertThat(vm.canApplyProperty().get()).as("may be applied after all").isTrue();
    }

    @Test
    void aProtectedOwnKeyWaitsForItsPassphraseAndAWrongOneIsSaidAtItsField() {
        fake.protectKey("密钥口令1234");
        fake.countyDelta();
        load();
        vm.choose(dir.resolve("county-0007.gkpkg"));
        assertThat(vm.stepProperty().get()).as("waits for the key passphrase").isEqualTo(ImportViewModel.Step.CHOOSE);
        assertThat(vm.canVerifyProperty().get()).isFalse();
        vm.keyPassphraseProperty().set("不对");
        vm.verify();
        assertThat(vm.keyPassphraseErrorProperty().get())
                .isEqualTo(Msg.of("enum.ExchangeKeyException.Reason.WRONG_KEY_PASSPHRASE"));
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        vm.keyPassphraseProperty().set("密钥口令1234");
        vm.verify();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.VERIFIED);
        assertThat(((Unlock.OwnKey) fake.lastUnlock).keyPassphrase()).as("wiped after use").containsOnly('\0');
    }
}
