package io.guankou.desktop.exchange;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.TaskHandle;
import io.guankou.desktop.task.TaskProgress;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.exchange.keys.PassphraseRule;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
 * The export: full or delta, for a known peer, a public key file or a passphrase (typed twice, at least
 * {@link #MIN_PASSPHRASE} characters), written to a removable drive or a folder the user picked; progress and
 * cancel; the result says the stick may be removed only once the package was read back and verified (the
 * service does that before it returns). A key file of a ledger not registered yet shows its fingerprint, and the
 * export waits until the user confirms having checked it with the recipient by phone. A delta is offered only for a peer that acknowledged one of this
 * ledger's packages; otherwise {@link #deltaReasonProperty()} says why not.
 */
public final class ExportViewModel {

    /** How the recipient is named. */
    public enum RecipientMode { PEER, KEY_FILE, PASSPHRASE }

    /** Where the export is. */
    public enum Step { EDITING, EXPORTING, DONE }

    /** A passphrase shorter than this is refused (it is all that protects a lost stick). */
    /** Characters a package's passphrase needs at least ({@link PassphraseRule#PACKAGE}). */
    public static final int MIN_PASSPHRASE = PassphraseRule.PACKAGE.minLength();

    private final ExchangeService service;
    private final TaskRunner runner;
    private final DataEvents events;

    private final ObjectProperty<ExchangeOverview> overview = new SimpleObjectProperty<>();
    private final ObservableList<KnownPeer> peers = FXCollections.observableArrayList();
    private final ObjectProperty<PackageKind> kind = new SimpleObjectProperty<>(PackageKind.FULL);
    private final ObjectProperty<RecipientMode> mode = new SimpleObjectProperty<>(RecipientMode.PEER);
    private final ObjectProperty<KnownPeer> peer = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> keyFile = new SimpleObjectProperty<>();
    private final ObjectProperty<PublicKeyInfo> keyFileInfo = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> keyFileError = new SimpleObjectProperty<>();
    private final BooleanProperty keyFileConfirmed = new SimpleBooleanProperty();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseAgain = new SimpleStringProperty("");
    private final StringProperty keyPassphrase = new SimpleStringProperty("");
    private final ObjectProperty<Msg> keyPassphraseError = new SimpleObjectProperty<>();
    private final ObservableList<Path> drives = FXCollections.observableArrayList();
    private final BooleanProperty drivesLoading = new SimpleBooleanProperty();
    private final ObjectProperty<Path> destination = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.EDITING);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<ExportDone> result = new SimpleObjectProperty<>();
    private final BooleanProperty resultOnDrive = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();

    private final BooleanBinding keyProtected;
    private final BooleanBinding keyFileNew;
    private final BooleanBinding deltaPossible;
    private final ObjectBinding<Msg> deltaReason;
    private final ObjectBinding<Msg> passphraseError;
    private final ObjectBinding<Msg> passphraseAgainError;
    private final ObjectBinding<Msg> missing;
    private final BooleanBinding canExport;
    private TaskHandle handle;

    ExportViewModel(ExchangeService service, TaskRunner runner, DataEvents events) {
        this.service = Objects.requireNonNull(service);
        this.runner = Objects.requireNonNull(runner);
        this.events = Objects.requireNonNull(events);
        keyProtected = Bindings.createBooleanBinding(() -> overview.get() != null && overview.get().keyProtected(),
                overview);
        keyFileNew = Bindings.createBooleanBinding(() -> mode.get() == RecipientMode.KEY_FILE
                && keyFileInfo.get() != null && overview.get() != null
                && overview.get().peer(keyFileInfo.get().ledgerId()).isEmpty(), mode, keyFileInfo, overview);
        deltaPossible = Bindings.createBooleanBinding(() -> deltaBlocked() == null, mode, peer, keyFileInfo,
                overview);
        deltaReason = Bindings.createObjectBinding(this::deltaBlocked, mode, peer, keyFileInfo, overview);
        passphraseError = Bindings.createObjectBinding(() -> mode.get() == RecipientMode.PASSPHRASE
                && PassphraseRule.PACKAGE.check(passphrase.get(), null).equals(
                        Optional.of(PassphraseRule.Problem.TOO_SHORT))
                ? Msg.of("exchange.export.passphraseTooShort", MIN_PASSPHRASE) : null, mode, passphrase);
        passphraseAgainError = Bindings.createObjectBinding(() -> mode.get() == RecipientMode.PASSPHRASE
                && !passphraseAgain.get().isEmpty() && !passphraseAgain.get().equals(passphrase.get())
                ? Msg.of("exchange.export.passphraseDiffers") : null, mode, passphrase, passphraseAgain);
        missing = Bindings.createObjectBinding(this::whatIsMissing, overview, mode, peer, keyFileInfo, keyFileNew,
                keyFileConfirmed, passphrase, passphraseAgain, destination, keyPassphrase, kind);
        canExport = Bindings.createBooleanBinding(() -> step.get() == Step.EDITING && missing.get() == null,
                step, missing);
        // a delta that is no longer possible (another recipient) falls back to full; the reason is shown
        deltaPossible.addListener((o, a, possible) -> {
            if (!possible) {
                kind.set(PackageKind.FULL);
            }
        });
        keyPassphrase.addListener((o, a, b) -> keyPassphraseError.set(null));
    }

    // ---- what the export needs

    /** The overview loaded: the peers to choose from and whether the own key needs its passphrase. */
    void setOverview(ExchangeOverview loaded) {
        KnownPeer before = peer.get();
        PackageKind kindBefore = kind.get();
        overview.set(loaded);
        if (!peers.equals(loaded.peers())) {
            peers.setAll(loaded.peers()); // a list that replaces its items may clear the chosen one on the way
        }
        KnownPeer again = before == null ? null : loaded.peer(before.ledgerId()).orElse(null);
        peer.set(again != null ? again : peers.isEmpty() ? null : peers.get(0));
        if (kindBefore == PackageKind.DELTA && deltaBlocked() == null) {
            kind.set(PackageKind.DELTA); // a reload (after an export) keeps the user's choice while it stands
        }
        if (before == null && peers.isEmpty() && mode.get() == RecipientMode.PEER) {
            mode.set(RecipientMode.KEY_FILE); // nobody known yet: the first package goes to a key file
        }
    }

    /** Why a delta cannot be made for the chosen recipient; null when it can. */
    private Msg deltaBlocked() {
        switch (mode.get()) {
            case PASSPHRASE:
                return Msg.of("exchange.export.deltaNotForPassphrase");
            case KEY_FILE: {
                PublicKeyInfo info = keyFileInfo.get();
                if (info == null) {
                    return Msg.of("exchange.export.deltaNeedsRecipient");
                }
                Optional<KnownPeer> known = overview.get() == null ? Optional.empty()
                        : overview.get().peer(info.ledgerId());
                return known.isPresent() && known.get().deltaPossible() ? null
                        : Msg.of("exchange.export.deltaNoAcknowledgement", known.map(p -> p.party().name())
                                .orElse(info.party().map(p -> p.name()).orElse("")));
            }
            default: {
                KnownPeer p = peer.get();
                if (p == null) {
                    return Msg.of("exchange.export.deltaNeedsRecipient");
                }
                return p.deltaPossible() ? null
                        : Msg.of("exchange.export.deltaNoAcknowledgement", p.party().name());
            }
        }
    }

    /** What the export still needs, as the line beside the button; null when it can start. */
    private Msg whatIsMissing() {
        if (overview.get() == null) {
            return Msg.of("exchange.export.missing.overview");
        }
        switch (mode.get()) {
            case PEER:
                if (peer.get() == null) {
                    return Msg.of("exchange.export.missing.peer");
                }
                break;
            case KEY_FILE:
                if (keyFileInfo.get() == null) {
                    return Msg.of("exchange.export.missing.keyFile");
                }
                if (keyFileNew.get() && !keyFileConfirmed.get()) {
                    return Msg.of("exchange.export.missing.keyConfirmed");
                }
                break;
            default:
                if (PassphraseRule.PACKAGE.check(passphrase.get(), passphraseAgain.get()).isPresent()) {
                    return Msg.of("exchange.export.missing.passphrase", MIN_PASSPHRASE);
                }
        }
        if (kind.get() == PackageKind.DELTA && deltaBlocked() != null) {
            return deltaBlocked();
        }
        if (destination.get() == null) {
            return Msg.of("exchange.export.missing.destination");
        }
        if (keyProtected.get() && keyPassphrase.get().isEmpty()) {
            return Msg.of("exchange.export.missing.keyPassphrase");
        }
        return null;
    }

    /** Looks for removable drives again (a stick plugged in after the view opened). */
    public void refreshDrives() {
        if (drivesLoading.get()) {
            return;
        }
        drivesLoading.set(true);
        runner.run("exchange-drives", service::removableDrives, found -> {
            drivesLoading.set(false);
            Path chosen = destination.get();
            boolean chosenWasDrive = chosen != null && drives.contains(chosen);
            drives.setAll(found);
            if (chosenWasDrive && !found.contains(chosen)) {
                destination.set(null); // the stick was pulled out
            }
            if (destination.get() == null && found.size() == 1) {
                destination.set(found.get(0));
            }
        }, e -> {
            drivesLoading.set(false);
            drives.clear();
            error.set(ExchangeFailures.msg(e));
        });
    }

    /** A public key file the user picked: read (in the background) to show whose it is and its fingerprint. */
    public void chooseKeyFile(Path file) {
        if (file == null) {
            return;
        }
        keyFile.set(file);
        keyFileInfo.set(null);
        keyFileError.set(null);
        keyFileConfirmed.set(false);
        mode.set(RecipientMode.KEY_FILE);
        runner.run("exchange-key-file", () -> service.readPublicKeys(file), info -> {
            if (file.equals(keyFile.get())) {
                keyFileInfo.set(info);
            }
        }, e -> {
            if (file.equals(keyFile.get())) {
                keyFileError.set(ExchangeFailures.msg(e));
            }
        });
    }

    // ---- export

    /** Writes the package (progress, cancel); nothing is left behind when it is cancelled or fails. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        ExportChoice choice = new ExportChoice(kind.get(), recipient(), signingKey());
        Path folder = destination.get();
        boolean onDrive = drives.contains(folder);
        long total = kind.get() == PackageKind.FULL ? overview.get().exchangedRows() : -1;
        error.set(null);
        status.set(null);
        result.set(null);
        progress.set(total > 0 ? 0 : -1);
        step.set(Step.EXPORTING);
        handle = new TaskHandle();
        runner.run("exchange-export", handle, p -> {
            try {
                return service.export(choice, folder, rows(p, total));
            } finally {
                wipe(choice);
            }
        }, progress::set, done -> {
            resultOnDrive.set(onDrive); // before the result: what it says depends on it
            result.set(done);
            passphrase.set("");
            passphraseAgain.set("");
            keyPassphrase.set("");
            step.set(Step.DONE);
            events.publish(new DataChange.PackagesChanged());
        }, () -> {
            step.set(Step.EDITING);
            status.set(Msg.of("exchange.export.cancelled"));
        }, e -> {
            step.set(Step.EDITING);
            if (e instanceof ExchangeKeyException key
                    && key.reason() == ExchangeKeyException.Reason.WRONG_KEY_PASSPHRASE) {
                keyPassphraseError.set(Msg.label(key.reason()));
            } else if (e instanceof PackageRefused refused) {
                // the package just written did not read back: the stick, not the data
                error.set(refused.reason() == PackageRefused.Reason.UNKNOWN_BASE
                        ? Msg.of("exchange.export.deltaRefused") : Msg.of("exchange.export.verifyFailed"));
            } else {
                error.set(ExchangeFailures.msg(e));
            }
        });
    }

    private Recipient recipient() {
        switch (mode.get()) {
            case PEER:
                return new Recipient.Peer(peer.get().ledgerId());
            case KEY_FILE:
                return new Recipient.KeyFile(keyFile.get(), keyFileConfirmed.get()
                        ? Optional.of(keyFileInfo.get().fingerprint()) : Optional.empty());
            default:
                return new Recipient.Passphrase(passphrase.get().toCharArray());
        }
    }

    private Unlock.OwnKey signingKey() {
        return keyProtected.get() ? Unlock.ownKey(keyPassphrase.get().toCharArray()) : Unlock.ownKey();
    }

    private static void wipe(ExportChoice choice) {
        if (choice.recipient() instanceof Recipient.Passphrase p) {
            Arrays.fill(p.passphrase(), '\0');
        }
        if (choice.signingKey().keyPassphrase() != null) {
            Arrays.fill(choice.signingKey().keyPassphrase(), '\0');
        }
    }

    /** Rows done → the task's progress; a cancel stops the service at its next report. */
    static LongConsumer rows(TaskProgress p, long total) {
        return done -> {
            if (p.isCancelled()) {
                throw new CancellationException("exchange cancelled");
            }
            if (total > 0) {
                p.update(Math.min(done, total), total);
            } else {
                p.update(-1, 1);
            }
        };
    }

    /** Asks the running export to stop; it deletes what it wrote. */
    public void cancel() {
        if (handle != null && step.get() == Step.EXPORTING) {
            handle.cancel();
        }
    }

    /** From the result back to the form, for another package. */
    public void another() {
        if (step.get() == Step.DONE) {
            result.set(null);
            status.set(null);
            step.set(Step.EDITING);
        }
    }

    // ---- the result in words

    /** The file written: its name, size, rows and sequence; null before. */
    public Msg resultText() {
        ExportDone d = result.get();
        return d == null ? null : Msg.of("exchange.export.done", String.valueOf(d.file().getFileName()),
                ByteSize.of(d.bytes()), d.rows(), d.sequence());
    }

    /** After a verified write: the stick may be removed (a drive), or the file is ready (a folder); null before. */
    public Msg removalText() {
        ExportDone d = result.get();
        if (d == null) {
            return null;
        }
        return resultOnDrive.get() ? Msg.of("exchange.export.mayRemove") : Msg.of("exchange.export.verifiedInFolder",
                String.valueOf(d.file().getParent()));
    }

    /** For whom it is encrypted: the recipient key's fingerprint, or a reminder to give the passphrase by phone. */
    public Msg recipientText() {
        ExportDone d = result.get();
        if (d == null) {
            return null;
        }
        return d.recipientFingerprint().isEmpty() ? Msg.of("exchange.export.tellPassphrase")
                : Msg.of("exchange.export.recipientFingerprint", d.recipientFingerprint());
    }

    // ---- state

    public ReadOnlyObjectProperty<ExchangeOverview> overviewProperty() {
        return overview;
    }

    public ObservableList<KnownPeer> peers() {
        return peers;
    }

    public ObjectProperty<PackageKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<RecipientMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<KnownPeer> peerProperty() {
        return peer;
    }

    public ReadOnlyObjectProperty<Path> keyFileProperty() {
        return keyFile;
    }

    public ReadOnlyObjectProperty<PublicKeyInfo> keyFileInfoProperty() {
        return keyFileInfo;
    }

    public ReadOnlyObjectProperty<Msg> keyFileErrorProperty() {
        return keyFileError;
    }

    /** The key file names a ledger not registered yet: its fingerprint must be confirmed before the export. */
    public BooleanBinding keyFileNewProperty() {
        return keyFileNew;
    }

    /** The user compared the key file's fingerprint with the recipient by phone. */
    public BooleanProperty keyFileConfirmedProperty() {
        return keyFileConfirmed;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseAgainProperty() {
        return passphraseAgain;
    }

    public ObjectBinding<Msg> passphraseErrorProperty() {
        return passphraseError;
    }

    public ObjectBinding<Msg> passphraseAgainErrorProperty() {
        return passphraseAgainError;
    }

    /** Whether the own private keys need their passphrase to sign. */
    public BooleanBinding keyProtectedProperty() {
        return keyProtected;
    }

    public StringProperty keyPassphraseProperty() {
        return keyPassphrase;
    }

    public ReadOnlyObjectProperty<Msg> keyPassphraseErrorProperty() {
        return keyPassphraseError;
    }

    public BooleanBinding deltaPossibleProperty() {
        return deltaPossible;
    }

    /** Why a delta cannot be made now; null when it can. */
    public ObjectBinding<Msg> deltaReasonProperty() {
        return deltaReason;
    }

    public ObservableList<Path> drives() {
        return drives;
    }

    public ReadOnlyBooleanProperty drivesLoadingProperty() {
        return drivesLoading;
    }

    /** The folder to write to: a drive of {@link #drives()} or any folder the user picked. */
    public ObjectProperty<Path> destinationProperty() {
        return destination;
    }

    /** What the export still needs before it can start; null when it can. */
    public ObjectBinding<Msg> missingProperty() {
        return missing;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    /** 0..1 while exporting a full package, -1 while not measurable (a delta). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<ExportDone> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error;
    }

    /** A short notice (cancelled); null for none. */
    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }
}
