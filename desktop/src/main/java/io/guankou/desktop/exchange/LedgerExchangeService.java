package io.guankou.desktop.exchange;

import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.container.EntryInfo;
import io.guankou.model.exchange.container.PayloadReader;
import io.guankou.model.exchange.container.VerifiedPackage;
import io.guankou.model.exchange.keys.InvalidKeyFile;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.KeyFolderLocked;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.exchange.keys.PublicKeyFile;
import io.guankou.model.exchange.keys.PublicKeys;
import io.guankou.model.exchange.crypto.MalformedKeyException;
import io.guankou.persistence.exchange.ConflictList;
import io.guankou.persistence.exchange.ExchangeIdentity;
import io.guankou.persistence.exchange.ImportOutcome;
import io.guankou.persistence.exchange.LoggedPackage;
import io.guankou.persistence.exchange.PackageConflict;
import io.guankou.persistence.exchange.PackageExporter;
import io.guankou.persistence.exchange.PackageLog;
import io.guankou.persistence.exchange.Peer;
import io.guankou.persistence.exchange.PeerRegistry;
import io.guankou.persistence.exchange.RecipientMode;
import io.guankou.model.exchange.merge.ConflictChoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * The data-exchange view's {@link ExchangeService} over one open ledger: the same {@link PackageExchange} use cases
 * as the command line, with the package log, the peers and the conflict list. Built in the composition root.
 */
public final class LedgerExchangeService implements ExchangeService {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final PackageExchange exchange;
    private final PeerRegistry peers;
    private final PackageLog log;
    private final ConflictList conflicts;
    private final Clock clock;
    private final String user;

    public LedgerExchangeService(PackageExchange exchange, PeerRegistry peers, PackageLog log, ConflictList conflicts,
                                 Clock clock, String user) {
        this.exchange = exchange;
        this.peers = peers;
        this.log = log;
        this.conflicts = conflicts;
        this.clock = clock;
        this.user = user;
    }

    @Override
    public ExchangeOverview overview() throws IOException, ExchangeKeyException {
        ExchangeIdentity self = exchange.identity();
        Path folder = exchange.ownKeyFolder();
        PublicKeyFile own = ownPublicKeys(folder);
        List<KnownPeer> known = new ArrayList<>();
        for (Peer p : peers.list()) {
            known.add(new KnownPeer(p.ledgerId(), p.party(), p.fingerprint(), log.acknowledgedBy(p.ledgerId()).isPresent(),
                    boxed(log.lastSentSequence(p.ledgerId())),
                    boxed(log.lastReceivedSequence(p.ledgerId(), RecipientMode.KEYS))));
        }
        return new ExchangeOverview(own.keys().fingerprint(), self.party(), known, KeyFolder.isProtected(folder), 0);
    }

    @Override
    public List<Path> removableDrives() {
        return RemovableDrives.find();
    }

    @Override
    public PublicKeyInfo readPublicKeys(Path file) throws IOException, ExchangeKeyException {
        PublicKeyFile keys = decode(file);
        return new PublicKeyInfo(keys.ledgerId(), keys.party(), keys.keys().fingerprint());
    }

    @Override
    public ExportDone export(ExportChoice choice, Path folder, LongConsumer progress)
            throws IOException, PackageRefused, ExchangeKeyException, ExportRefused, PackageExporter.Refused {
        PackageRecipient recipient = recipient(choice.recipient());
        exchange.checkRecipient(recipient);
        LedgerKeys signer = ownKeys(choice.signingKey().keyPassphrase());
        ExchangeIdentity self = exchange.identity();
        String name = "guankou-" + self.code() + "-" + (choice.kind() == PackageKind.DELTA ? "delta" : "full") + "-"
                + LocalDateTime.now(clock).format(FILE_TIME);
        PackageExchange.Sent sent = exchange.export(choice.kind(), recipient, freeName(folder, name), signer, progress);
        String fingerprint = recipient instanceof PackageRecipient.Keys k ? k.keys().keys().fingerprint() : "";
        return new ExportDone(sent.file(), sent.bytes(), sent.outcome().totalRows(),
                sent.outcome().header().sequence(), fingerprint);
    }

    /** {@code name}.gkpkg in {@code folder}, or {@code name}-2.gkpkg … when a package of the same second is there. */
    static Path freeName(Path folder, String name) {
        Path file = folder.resolve(name + ".gkpkg");
        for (int n = 2; Files.exists(file, LinkOption.NOFOLLOW_LINKS); n++) {
            file = folder.resolve(name + "-" + n + ".gkpkg");
        }
        return file;
    }

    @Override
    public PackageInfo verify(Path file, Unlock unlock) throws IOException, PackageRefused, ExchangeKeyException {
        VerifiedPackage pkg = PackageExchange.verify(file);
        SignerStatus status = signerStatus(pkg);
        try (PayloadReader ignored = open(pkg, unlock)) {
            // opening checks that this ledger (or the passphrase) can read it; the rows are read by the preview
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (EntryInfo e : pkg.manifest().entries()) {
            rows.put(e.name(), e.rows());
        }
        return new PackageInfo(pkg.header(), pkg.signerFingerprint(), status, pkg.fileLength(), rows);
    }

    @Override
    public ImportPreviewResult preview(Path file, UUID packageId, Unlock unlock, Optional<String> confirmedFingerprint,
                                       LongConsumer progress)
            throws IOException, PackageRefused, ExchangeKeyException, PackageChanged {
        VerifiedPackage pkg = verified(file, packageId);
        ImportOutcome o = exchange.importPackage(pkg, unlockWith(unlock), confirmedFingerprint, true, progress);
        List<PreviewWarning> warnings = new ArrayList<>();
        for (io.guankou.persistence.exchange.ImportWarning w : o.warnings()) {
            if (w.kind() == io.guankou.persistence.exchange.ImportWarning.Kind.SEQUENCE_SKIPPED) {
                // the words say: the last one applied, and this one
                warnings.add(new PreviewWarning(PreviewWarning.Kind.SEQUENCE_SKIPPED,
                        List.of(w.expected() - 1, w.got())));
            } else {
                warnings.add(new PreviewWarning(PreviewWarning.Kind.UNKNOWN_ACKNOWLEDGEMENT, List.of()));
            }
        }
        if (o.alreadyApplied()) {
            warnings.add(new PreviewWarning(PreviewWarning.Kind.ALREADY_APPLIED, List.of(pkg.header().sequence())));
        }
        return new ImportPreviewResult(o.alreadyApplied(), o.tables(), warnings, o.conflicts());
    }

    @Override
    public ImportApplied apply(Path file, UUID packageId, Unlock unlock, Optional<String> confirmedFingerprint,
                               LongConsumer progress)
            throws IOException, PackageRefused, ExchangeKeyException, PackageChanged {
        VerifiedPackage pkg = verified(file, packageId);
        ImportOutcome o = exchange.importPackage(pkg, unlockWith(unlock), confirmedFingerprint, false, progress);
        return new ImportApplied(o.alreadyApplied(), o.tables(), o.conflicts());
    }

    @Override
    public List<LoggedPackageRow> log() {
        Map<UUID, Party> parties = new LinkedHashMap<>();
        for (Peer p : peers.list()) {
            parties.put(p.ledgerId(), p.party());
        }
        List<LoggedPackageRow> rows = new ArrayList<>();
        for (LoggedPackage p : log.list()) {
            Party peer = p.peerLedgerId() == null ? new Party(PartyRole.COUNTY, "", "")
                    : parties.getOrDefault(p.peerLedgerId(), new Party(PartyRole.COUNTY, p.peerCode(), ""));
            rows.add(new LoggedPackageRow(p.direction() == LoggedPackage.Direction.SENT ? PackageDirection.SENT
                    : PackageDirection.RECEIVED, peer, p.kind(), p.sequence(), p.createdAt(), p.recordedAt(), p.rows(),
                    p.added(), p.updated(), p.conflicts(), p.fileName() == null ? "" : p.fileName()));
        }
        return rows;
    }

    @Override
    public List<ConflictRow> openConflicts() {
        List<ConflictRow> rows = new ArrayList<>();
        for (PackageConflict c : conflicts.open()) {
            rows.add(new ConflictRow(c.id(), c.table(), c.rowGlobalId().toString().substring(0, 8), c.field(), c.kind(),
                    c.localValue(), c.incomingValue(), c.localChangedBy().orElse(""), c.localChangedAt(),
                    c.incomingChangedBy(), c.incomingChangedAt(), c.detectedAt()));
        }
        return rows;
    }

    @Override
    public void resolve(long conflictId, ConflictChoice choice) {
        conflicts.resolve(conflictId, choice, user);
    }

    /** Verifies the file again and checks that it still holds the package the user verified before. */
    private static VerifiedPackage verified(Path file, UUID packageId) throws IOException, PackageRefused,
            PackageChanged {
        VerifiedPackage pkg = PackageExchange.verify(file);
        if (!pkg.header().packageId().equals(packageId)) {
            throw new PackageChanged();
        }
        return pkg;
    }

    private SignerStatus signerStatus(VerifiedPackage pkg) throws PackageRefused {
        Optional<Peer> peer = peers.find(pkg.header().senderLedgerId());
        if (peer.isEmpty()) {
            return SignerStatus.NEW_SENDER;
        }
        Base64.Encoder b64 = Base64.getEncoder();
        if (!peer.get().hasKeys(b64.encodeToString(pkg.signer().signing()), b64.encodeToString(pkg.signer().encryption()))) {
            throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY,
                    "signed by keys other than those registered for the sending ledger");
        }
        return SignerStatus.REGISTERED;
    }

    private PayloadReader open(VerifiedPackage pkg, Unlock unlock) throws IOException, PackageRefused, ExchangeKeyException {
        PackageUnlock u = unlockWith(unlock);
        if (u instanceof PackageUnlock.Keys k) {
            return PayloadReader.open(pkg, k.keys());
        }
        return PayloadReader.open(pkg, ((PackageUnlock.Passphrase) u).passphrase());
    }

    private PackageUnlock unlockWith(Unlock unlock) throws IOException, ExchangeKeyException {
        if (unlock instanceof Unlock.Passphrase p) {
            return new PackageUnlock.Passphrase(p.passphrase());
        }
        return new PackageUnlock.Keys(ownKeys(((Unlock.OwnKey) unlock).keyPassphrase()));
    }

    private LedgerKeys ownKeys(char[] passphrase) throws IOException, ExchangeKeyException {
        Path folder = exchange.ownKeyFolder();
        if (!KeyFolder.exists(folder)) {
            throw new ExchangeKeyException(ExchangeKeyException.Reason.NO_KEY_FOLDER, "no key folder for this ledger");
        }
        try {
            return PackageExchange.unlock(folder, passphrase);
        } catch (KeyFolderLocked e) {
            throw new ExchangeKeyException(e.reason() == KeyFolderLocked.Reason.DAMAGED
                    ? ExchangeKeyException.Reason.KEY_FOLDER_DAMAGED : ExchangeKeyException.Reason.WRONG_KEY_PASSPHRASE,
                    "the own key folder: " + e.reason(), e);
        }
    }

    private PublicKeyFile ownPublicKeys(Path folder) throws IOException, ExchangeKeyException {
        if (!KeyFolder.exists(folder)) {
            throw new ExchangeKeyException(ExchangeKeyException.Reason.NO_KEY_FOLDER, "no key folder for this ledger");
        }
        try {
            return KeyFolder.readPublic(folder);
        } catch (InvalidKeyFile e) {
            throw new ExchangeKeyException(ExchangeKeyException.Reason.KEY_FOLDER_DAMAGED, "the own public key file", e);
        }
    }

    private PackageRecipient recipient(Recipient r) throws IOException, ExchangeKeyException {
        if (r instanceof Recipient.Passphrase p) {
            return new PackageRecipient.Passphrase(p.passphrase());
        }
        if (r instanceof Recipient.KeyFile f) {
            return new PackageRecipient.Keys(decode(f.file()), f.confirmedFingerprint());
        }
        UUID id = ((Recipient.Peer) r).ledgerId();
        Peer peer = peers.find(id).orElseThrow(() -> new ExchangeKeyException(ExchangeKeyException.Reason.NOT_A_KEY_FILE,
                "no registered peer " + id));
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            PublicKeys keys = PublicKeys.parse(b64.decode(peer.signingKey()), b64.decode(peer.encryptionKey()));
            return new PackageRecipient.Keys(new PublicKeyFile(id, Optional.of(peer.party()), keys));
        } catch (MalformedKeyException | IllegalArgumentException e) {
            throw new ExchangeKeyException(ExchangeKeyException.Reason.NOT_A_KEY_FILE, "the registered keys of a peer", e);
        }
    }

    private PublicKeyFile decode(Path file) throws IOException, ExchangeKeyException {
        PublicKeyFile keys;
        try {
            keys = PublicKeyFile.decode(Files.readString(file, StandardCharsets.UTF_8));
        } catch (InvalidKeyFile e) {
            ExchangeKeyException.Reason reason = e.reason() == InvalidKeyFile.Reason.WRONG_FINGERPRINT
                    ? ExchangeKeyException.Reason.FINGERPRINT_MISMATCH
                    : e.reason() == InvalidKeyFile.Reason.NEWER_FORMAT ? ExchangeKeyException.Reason.NEWER_KEY_FILE
                    : ExchangeKeyException.Reason.NOT_A_KEY_FILE;
            throw new ExchangeKeyException(reason, "a public key file: " + e.reason(), e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ExchangeKeyException(ExchangeKeyException.Reason.NOT_A_KEY_FILE, "not UTF-8 text", e);
        }
        if (keys.ledgerId().equals(exchange.identity().ledgerId())) {
            throw new ExchangeKeyException(ExchangeKeyException.Reason.OWN_KEY, "this ledger's own public keys");
        }
        return keys;
    }

    private static Optional<Long> boxed(java.util.OptionalLong v) {
        return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
    }
}
