package io.guankou.desktop.exchange;

import io.guankou.persistence.exchange.TableCounts;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.TaskHandle;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.Party;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import, step by step: pick a file → verify (sender, township, kind, sequence, signer fingerprint; a
 * package for a passphrase asks for it) → a new sender's fingerprint is confirmed (ticked, or typed as read over
 * the phone) → preview per table (added / updated / unchanged / conflicting, with the warnings) → apply in one
 * transaction → the conflict list when there are conflicts. Nothing is written before {@link #applyNow()}; every
 * refusal says what happened and what to do.
 */
public final class ImportViewModel {

    /** Where the import is. */
    public enum Step { CHOOSE, VERIFYING, VERIFIED, PREVIEWING, PREVIEWED, APPLYING, DONE }

    private final ExchangeService service;
    private final TaskRunner runner;
    private final DataEvents events;
    private final ZoneId zone;
    private final Runnable onConflicts;

    private final ObjectProperty<ExchangeOverview> overview = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<PackageInfo> info = new SimpleObjectProperty<>();
    private final BooleanProperty usePassphrase = new SimpleBooleanProperty();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ObjectProperty<Msg> passphraseError = new SimpleObjectProperty<>();
    private final StringProperty keyPassphrase = new SimpleStringProperty("");
    private final ObjectProperty<Msg> keyPassphraseError = new SimpleObjectProperty<>();
    private final StringProperty typedFingerprint = new SimpleStringProperty("");
    private final BooleanProperty fingerprintTicked = new SimpleBooleanProperty();
    private final ObjectProperty<ImportPreviewResult> preview = new SimpleObjectProperty<>();
    private final ObservableList<TableCounts> tables = FXCollections.observableArrayList();
    private final ObservableList<Msg> warnings = FXCollections.observableArrayList();
    private final ObjectProperty<ImportApplied> applied = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<Msg> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();

    private final BooleanBinding keyProtected;
    private final BooleanBinding newSender;
    private final ObjectBinding<Msg> fingerprintError;
    private final BooleanBinding fingerprintTypedMatches;
    private final BooleanBinding senderConfirmed;
    private final BooleanBinding canVerify;
    private final BooleanBinding canPreview;
    private final BooleanBinding canApply;
    private final BooleanBinding busy;
    private TaskHandle handle;

    ImportViewModel(ExchangeService service, TaskRunner runner, DataEvents events, ZoneId zone,
                    Runnable onConflicts) {
        this.service = Objects.requireNonNull(service);
        this.runner = Objects.requireNonNull(runner);
        this.events = Objects.requireNonNull(events);
        this.zone = Objects.requireNonNull(zone);
        this.onConflicts = Objects.requireNonNull(onConflicts);
        keyProtected = Bindings.createBooleanBinding(() -> overview.get() != null && overview.get().keyProtected(),
                overview);
        newSender = Bindings.createBooleanBinding(() -> info.get() != null
                && info.get().status() == SignerStatus.NEW_SENDER, info);
        fingerprintError = Bindings.createObjectBinding(this::fingerprintProblem, info, typedFingerprint);
        fingerprintTypedMatches = Bindings.createBooleanBinding(() -> info.get() != null
                && normal(typedFingerprint.get()).equals(normal(info.get().signerFingerprint())), info,
                typedFingerprint);
        senderConfirmed = Bindings.createBooleanBinding(() -> info.get() != null
                && (info.get().status() == SignerStatus.REGISTERED
                || fingerprintError.get() == null && (fingerprintTicked.get() || fingerprintTypedMatches.get())),
                info, fingerprintError, fingerprintTicked, fingerprintTypedMatches);
        busy = Bindings.createBooleanBinding(() -> step.get() == Step.VERIFYING || step.get() == Step.PREVIEWING
                || step.get() == Step.APPLYING, step);
        canVerify = Bindings.createBooleanBinding(() -> file.get() != null && step.get() == Step.CHOOSE
                && unlockComplete(), file, step, usePassphrase, passphrase, keyProtected, keyPassphrase);
        canPreview = Bindings.createBooleanBinding(() -> step.get() == Step.VERIFIED && senderConfirmed.get()
                && unlockComplete(), step, senderConfirmed, usePassphrase, passphrase, keyProtected, keyPassphrase);
        canApply = Bindings.createBooleanBinding(() -> step.get() == Step.PREVIEWED && preview.get() != null
                && !preview.get().alreadyApplied(), step, preview);
        passphrase.addListener((o, a, b) -> passphraseError.set(null));
        keyPassphrase.addListener((o, a, b) -> keyPassphraseError.set(null));
        // a changed confirmation or unlock makes the preview out of date
        fingerprintTicked.addListener((o, a, b) -> backToVerified());
        typedFingerprint.addListener((o, a, b) -> backToVerified());
    }

    void setOverview(ExchangeOverview loaded) {
        overview.set(loaded);
    }

    // ---- steps

    /** A package file picked: forgets the previous one and verifies this one. */
    public void choose(Path picked) {
        if (picked == null || busy.get()) {
            return;
        }
        clearPackage();
        usePassphrase.set(false);
        passphrase.set("");
        file.set(picked);
        step.set(Step.CHOOSE);
        if (unlockComplete()) {
            verify();
        }
    }

    /** Verifies the chosen file (again, e.g. with the passphrase now typed). */
    public void verify() {
        if (!canVerify.get()) {
            return;
        }
        Path f = file.get();
        Unlock unlock = unlock();
        clearPackage();
        step.set(Step.VERIFYING);
        runner.run("exchange-verify", () -> {
            try {
                return service.verify(f, unlock);
            } finally {
                wipe(unlock);
            }
        }, verified -> {
            info.set(verified);
            step.set(Step.VERIFIED);
        }, e -> {
            step.set(Step.CHOOSE);
            failed(e);
        });
    }

    /** Reads the whole package against the ledger and shows what applying it would do (progress, cancel). */
    public void previewNow() {
        if (!canPreview.get()) {
            return;
        }
        readPackage("exchange-preview", Step.PREVIEWING, Step.VERIFIED, "exchange.import.previewCancelled",
                (f, id, unlock, confirmed, rows) -> service.preview(f, id, unlock, confirmed, rows), result -> {
                    preview.set(result);
                    tables.setAll(result.tables());
                    warnings.setAll(result.warnings().stream().map(ImportViewModel::warning).toList());
                    step.set(Step.PREVIEWED);
                });
    }

    /** Applies the package in one transaction (progress; a cancel rolls it back); then the conflicts, if any. */
    public void applyNow() {
        if (!canApply.get()) {
            return;
        }
        readPackage("exchange-apply", Step.APPLYING, Step.PREVIEWED, "exchange.import.applyCancelled",
                (f, id, unlock, confirmed, rows) -> service.apply(f, id, unlock, confirmed, rows), done -> {
                    applied.set(done);
                    passphrase.set("");
                    keyPassphrase.set("");
                    step.set(Step.DONE);
                    if (!done.alreadyApplied()) {
                        events.publish(new DataChange.LedgerReplaced());
                    }
                    events.publish(new DataChange.PackagesChanged());
                    if (done.conflicts() > 0) {
                        onConflicts.run();
                    }
                });
    }

    /** One pass of the service over the whole package: the preview or the import. */
    @FunctionalInterface
    private interface PackagePass<T> {
        T run(Path file, java.util.UUID packageId, Unlock unlock, Optional<String> confirmed,
              java.util.function.LongConsumer rows)
                throws Exception;
    }

    /**
     * Runs {@code pass} over the chosen package with progress and cancel, in step {@code running}; a cancel or a
     * failure goes back to step {@code back} (with {@code cancelledKey} or the reason); the secrets are wiped after.
     */
    private <T> void readPackage(String name, Step running, Step back, String cancelledKey, PackagePass<T> pass,
                                 java.util.function.Consumer<T> onDone) {
        PackageInfo verified = info.get();
        Unlock unlock = unlock();
        Optional<String> confirmed = confirmedFingerprint();
        Path chosen = file.get();
        error.set(null);
        status.set(null);
        progress.set(0);
        step.set(running);
        handle = new TaskHandle();
        runner.run(name, handle, p -> {
            try {
                return pass.run(chosen, verified.header().packageId(), unlock, confirmed,
                        ExportViewModel.rows(p, verified.rows()));
            } finally {
                wipe(unlock);
            }
        }, progress::set, onDone::accept, () -> {
            step.set(back);
            status.set(Msg.of(cancelledKey));
        }, e -> {
            step.set(back);
            failed(e);
        });
    }

    /** Asks the running preview or import to stop; an import rolls back. */
    public void cancel() {
        if (handle != null && (step.get() == Step.PREVIEWING || step.get() == Step.APPLYING)) {
            handle.cancel();
        }
    }

    /** Starts over with another package. */
    public void reset() {
        if (busy.get()) {
            return;
        }
        clearPackage();
        file.set(null);
        usePassphrase.set(false);
        passphrase.set("");
        step.set(Step.CHOOSE);
    }

    private void clearPackage() {
        info.set(null);
        preview.set(null);
        applied.set(null);
        tables.clear();
        warnings.clear();
        typedFingerprint.set("");
        fingerprintTicked.set(false);
        error.set(null);
        status.set(null);
        passphraseError.set(null);
        keyPassphraseError.set(null);
    }

    private void backToVerified() {
        if (step.get() == Step.PREVIEWED) {
            preview.set(null);
            tables.clear();
            warnings.clear();
            step.set(Step.VERIFIED);
        }
    }

    /** A refusal or failure in words; a wrong passphrase at its field; a package for a passphrase asks for one. */
    private void failed(Throwable e) {
        if (e instanceof PackageChanged) {
            // what was verified and previewed is not what the file holds now: start again from the file
            clearPackage();
            step.set(Step.CHOOSE);
            error.set(Msg.of("exchange.error.packageChanged"));
            return;
        }
        if (e instanceof PackageRefused refused) {
            switch (refused.reason()) {
                case WRONG_PASSPHRASE:
                    passphraseError.set(Msg.label(refused.reason()));
                    return;
                case NOT_A_RECIPIENT:
                    if (!usePassphrase.get()) {
                        usePassphrase.set(true); // perhaps it is for a passphrase: the field appears
                    }
                    error.set(Msg.label(refused.reason()));
                    return;
                default:
                    error.set(Msg.label(refused.reason()));
                    return;
            }
        }
        if (e instanceof ExchangeKeyException key && key.reason() == ExchangeKeyException.Reason.WRONG_KEY_PASSPHRASE) {
            keyPassphraseError.set(Msg.label(key.reason()));
            return;
        }
        error.set(ExchangeFailures.msg(e));
    }

    private boolean unlockComplete() {
        return usePassphrase.get() ? !passphrase.get().isEmpty() : !keyProtected.get() || !keyPassphrase.get().isEmpty();
    }

    private Unlock unlock() {
        if (usePassphrase.get()) {
            return Unlock.passphrase(passphrase.get().toCharArray());
        }
        return keyProtected.get() ? Unlock.ownKey(keyPassphrase.get().toCharArray()) : Unlock.ownKey();
    }

    private static void wipe(Unlock unlock) {
        if (unlock instanceof Unlock.Passphrase p) {
            Arrays.fill(p.passphrase(), '\0');
        } else if (unlock instanceof Unlock.OwnKey k && k.keyPassphrase() != null) {
            Arrays.fill(k.keyPassphrase(), '\0');
        }
    }

    private Optional<String> confirmedFingerprint() {
        PackageInfo i = info.get();
        return i.status() == SignerStatus.NEW_SENDER ? Optional.of(i.signerFingerprint()) : Optional.empty();
    }

    // ---- the new sender's fingerprint

    /** Spaces and case do not matter when a fingerprint is typed as read over the phone. */
    static String normal(String fingerprint) {
        return fingerprint == null ? "" : fingerprint.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private Msg fingerprintProblem() {
        String typed = normal(typedFingerprint.get());
        if (info.get() == null || typed.isEmpty()) {
            return null;
        }
        if (!typed.matches("[0-9A-F]*")) {
            return Msg.of("exchange.import.fingerprintNotHex");
        }
        String expected = normal(info.get().signerFingerprint());
        if (typed.length() >= expected.length() && !typed.equals(expected)) {
            return Msg.of("exchange.import.fingerprintDiffers");
        }
        return null;
    }

    // ---- in words

    static Msg warning(PreviewWarning w) {
        return new Msg(Messages.enumKey(w.kind()), List.copyOf(w.numbers()));
    }

    /** A party: its name, code and role. */
    public static Msg party(Party p) {
        return Msg.of("exchange.party", p.name(), p.code(), p.role());
    }

    public LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }

    /** The package's size. */
    public Msg sizeText() {
        return info.get() == null ? null : ByteSize.of(info.get().bytes());
    }

    /** The preview in one line: the conflicts it would add, or that it was applied before; null before. */
    public Msg previewText() {
        ImportPreviewResult p = preview.get();
        if (p == null) {
            return null;
        }
        if (p.alreadyApplied()) {
            return Msg.of("exchange.import.alreadyApplied");
        }
        return p.conflicts() > 0 ? Msg.of("exchange.import.previewConflicts", p.conflicts())
                : Msg.of("exchange.import.previewNoConflicts");
    }

    /** What the import wrote; null before. */
    public Msg resultText() {
        ImportApplied a = applied.get();
        if (a == null) {
            return null;
        }
        return a.alreadyApplied() ? Msg.of("exchange.import.doneNothing")
                : Msg.of("exchange.import.done", a.added(), a.updated(), a.conflicts());
    }

    // ---- state

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<PackageInfo> infoProperty() {
        return info;
    }

    /** Open the package with a passphrase instead of the own key (set by the user, or after NOT_A_RECIPIENT). */
    public BooleanProperty usePassphraseProperty() {
        return usePassphrase;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyObjectProperty<Msg> passphraseErrorProperty() {
        return passphraseError;
    }

    public BooleanBinding keyProtectedProperty() {
        return keyProtected;
    }

    public StringProperty keyPassphraseProperty() {
        return keyPassphrase;
    }

    public ReadOnlyObjectProperty<Msg> keyPassphraseErrorProperty() {
        return keyPassphraseError;
    }

    public BooleanBinding newSenderProperty() {
        return newSender;
    }

    /** The fingerprint as the user typed it from the phone call. */
    public StringProperty typedFingerprintProperty() {
        return typedFingerprint;
    }

    /** The user ticked that the fingerprint read over the phone is the one shown. */
    public BooleanProperty fingerprintTickedProperty() {
        return fingerprintTicked;
    }

    public ObjectBinding<Msg> fingerprintErrorProperty() {
        return fingerprintError;
    }

    public BooleanBinding fingerprintTypedMatchesProperty() {
        return fingerprintTypedMatches;
    }

    /** The signer is registered, or its fingerprint was confirmed. */
    public BooleanBinding senderConfirmedProperty() {
        return senderConfirmed;
    }

    public BooleanBinding canVerifyProperty() {
        return canVerify;
    }

    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<ImportPreviewResult> previewProperty() {
        return preview;
    }

    public ObservableList<TableCounts> tables() {
        return tables;
    }

    public ObservableList<Msg> warnings() {
        return warnings;
    }

    public ReadOnlyObjectProperty<ImportApplied> appliedProperty() {
        return applied;
    }

    /** 0..1 while previewing or importing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error;
    }

    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }
}
