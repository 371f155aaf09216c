package io.guankou.desktop.exchange;

import io.guankou.model.exchange.EntrySource;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.Manifest;
import io.guankou.model.exchange.container.PackageReader;
import io.guankou.model.exchange.container.PayloadReader;
import io.guankou.model.exchange.container.Recipient;
import io.guankou.model.exchange.container.VerifiedPackage;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.KeyFolderLocked;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.exchange.keys.PublicKeyFile;
import io.guankou.model.exchange.keys.PublicKeys;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.RowSource;
import io.guankou.persistence.exchange.ExchangeIdentity;
import io.guankou.persistence.exchange.ExportOutcome;
import io.guankou.persistence.exchange.ExportRequest;
import io.guankou.persistence.exchange.IdentityStore;
import io.guankou.persistence.exchange.ImportOutcome;
import io.guankou.persistence.exchange.ImportRequest;
import io.guankou.persistence.exchange.OfferedRecipient;
import io.guankou.persistence.exchange.PackageExporter;
import io.guankou.persistence.exchange.PackageImporter;
import io.guankou.persistence.exchange.Peer;
import io.guankou.persistence.exchange.PeerRegistry;
import io.guankou.persistence.exchange.RecipientMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The USB data package use cases of one open ledger, the same for the command line and the data-exchange view:
 * this ledger's keys, sending a package to a file, checking a package, and applying one (or previewing it).
 * Built in a composition root from the persistence parts it is given.
 */
public final class PackageExchange {

    /** The persistence parts over one database, built by the composition root. */
    public record Parts(IdentityStore identities, PeerRegistry peers, PackageExporter exporter,
                        PackageImporter importer) {
        public Parts {
            Objects.requireNonNull(identities, "identities");
            Objects.requireNonNull(peers, "peers");
            Objects.requireNonNull(exporter, "exporter");
            Objects.requireNonNull(importer, "importer");
        }
    }

    /** A package written, read back and verified: the stick may be removed. */
    public record Sent(Path file, long bytes, Manifest manifest, ExportOutcome outcome) {
    }

    private final Parts parts;
    /** Ledger id → its key folder (the per-user data folder's {@code keys/<id>}). */
    private final Function<UUID, Path> keyFolders;
    private final Clock clock;
    private final String user;
    private final SecureRandom random;

    public PackageExchange(Parts parts, Function<UUID, Path> keyFolders, Clock clock, String user,
                           SecureRandom random) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.keyFolders = Objects.requireNonNull(keyFolders, "keyFolders");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.user = Objects.requireNonNull(user, "user");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** This ledger as a party of exchanges (written the first time it is asked for). */
    public ExchangeIdentity identity() {
        return parts.identities().ensure();
    }

    /** This ledger's own key folder in the per-user data folder. */
    public Path ownKeyFolder() {
        return keyFolders.apply(identity().ledgerId());
    }

    /**
     * Makes this ledger's key folder when it has none yet (at set-up, for the demo), protected by
     * {@code passphrase} unless it is {@code null}; returns its public keys either way.
     */
    public PublicKeyFile ensureOwnKeys(char[] passphrase) throws IOException {
        Path folder = ownKeyFolder();
        if (!KeyFolder.exists(folder)) {
            ExchangeIdentity self = identity();
            KeyFolder.create(folder, self.ledgerId(), Optional.of(new Party(self.role(), self.code(), self.name())),
                    LedgerKeys.generate(random), passphrase);
        }
        return readPublic(folder);
    }

    /** The keys in {@code folder}, opened with {@code passphrase} ({@code null} for a folder without one). */
    public static LedgerKeys unlock(Path folder, char[] passphrase) throws IOException, KeyFolderLocked {
        return KeyFolder.unlock(folder, passphrase);
    }

    /**
     * Writes a package of this ledger to {@code out} (which must not exist yet), signed with {@code signer} and
     * encrypted for {@code recipient}. A recipient's keys not registered yet are registered with the export, in its
     * transaction (a failed or cancelled export leaves no peer), once their fingerprint is confirmed.
     *
     * @throws PackageExporter.Refused also {@code RECIPIENT_NOT_CONFIRMED} and {@code OTHER_KEYS_REGISTERED}, as
     *     {@link #checkRecipient}
     */
    public Sent export(PackageKind kind, PackageRecipient recipient, Path out, LedgerKeys signer,
                       LongConsumer progress) throws IOException, ExportRefused, PackageExporter.Refused {
        ExportRequest request;
        List<Recipient> recipients;
        Optional<String> fileName = Optional.of(out.getFileName().toString());
        if (recipient instanceof PackageRecipient.Keys k) {
            request = ExportRequest.forKeys(kind, offered(k), user, fileName);
            recipients = List.of(Recipient.key(k.keys().keys()));
        } else {
            request = new ExportRequest(kind, Optional.empty(), user, fileName);
            recipients = List.of(Recipient.passphrase(((PackageRecipient.Passphrase) recipient).passphrase()));
        }
        PackageFileTarget target = new PackageFileTarget(out, signer, recipients, random);
        try {
            ExportOutcome outcome = parts.exporter().export(request, target, progress);
            // the size the target wrote: asking the stick again after the commit could fail and lose a logged package
            return new Sent(out.toAbsolutePath(), outcome.bytes(), target.manifest(), outcome);
        } catch (IOException | PackageExporter.Refused | RuntimeException e) {
            target.discard();
            throw e;
        }
    }

    /**
     * Whether a package may be made for {@code recipient} as named, before anything is unlocked or written: not this
     * ledger's own keys ({@link ExportRefused.Reason#TO_ITSELF}), not a key file for a ledger registered with other
     * keys ({@code OTHER_KEYS_REGISTERED}), and for a ledger not registered yet its fingerprint confirmed
     * ({@code RECIPIENT_NOT_CONFIRMED}). The export checks the same again in its transaction.
     */
    public void checkRecipient(PackageRecipient recipient) throws ExportRefused, PackageExporter.Refused {
        if (recipient instanceof PackageRecipient.Keys k) {
            offered(k).registered(parts.peers());
        }
    }

    /** Checks a package's signature and manifest; nothing is decrypted. */
    public static VerifiedPackage verify(Path file) throws IOException, PackageRefused {
        return PackageReader.verify(file);
    }

    /**
     * Decrypts the whole package and checks every chunk and entry, without a ledger (the {@code verify} command):
     * the number of rows per entry when it is intact.
     */
    public static List<EntryCount> readThrough(VerifiedPackage pkg, PackageUnlock unlock)
            throws IOException, PackageRefused {
        List<EntryCount> counts = new ArrayList<>();
        try (PayloadReader payload = open(pkg, unlock)) {
            RowSource entry;
            while ((entry = payload.next()) != null) {
                long rows = 0;
                while (entry.next() != null) {
                    rows++;
                }
                counts.add(new EntryCount(entry.name(), rows));
            }
        }
        return List.copyOf(counts);
    }

    /** How many rows one entry of a package holds, as read and checked. */
    public record EntryCount(String name, long rows) {
    }

    /**
     * Applies {@code pkg} to this ledger (or, with {@code dryRun}, computes what it would do and writes nothing).
     * {@code confirmedFingerprint} is the sender's fingerprint the user has compared, for a sender not yet
     * registered.
     */
    public ImportOutcome importPackage(VerifiedPackage pkg, PackageUnlock unlock, Optional<String> confirmedFingerprint,
                                       boolean dryRun, LongConsumer progress) throws IOException, PackageRefused {
        PublicKeys signer = pkg.signer();
        // the manifest's recipients say which of the sender's series the package counts in
        ImportRequest request = new ImportRequest(pkg.header(), RecipientMode.of(pkg.isForPassphrase()),
                pkg.signerFingerprint(), Base64.getEncoder().encodeToString(signer.signing()),
                Base64.getEncoder().encodeToString(signer.encryption()), confirmedFingerprint, user,
                Optional.of(pkg.file().getFileName().toString()), Files.size(pkg.file()));
        try (PayloadReader payload = open(pkg, unlock)) {
            EntrySource source = payload;
            return dryRun ? parts.importer().preview(request, source, progress)
                    : parts.importer().apply(request, source, progress);
        }
    }

    private static PayloadReader open(VerifiedPackage pkg, PackageUnlock unlock) throws IOException, PackageRefused {
        if (unlock instanceof PackageUnlock.Keys k) {
            return PayloadReader.open(pkg, k.keys());
        }
        return PayloadReader.open(pkg, ((PackageUnlock.Passphrase) unlock).passphrase());
    }

    /** The recipient's keys as the peer they register, with the fingerprint the user confirmed. */
    private OfferedRecipient offered(PackageRecipient.Keys recipient) throws ExportRefused {
        PublicKeyFile keys = recipient.keys();
        if (keys.ledgerId().equals(identity().ledgerId())) {
            throw new ExportRefused(ExportRefused.Reason.TO_ITSELF);
        }
        // a county's key folder made on its own (keys --new --dir) names no party yet: its first package will
        Party party = keys.party().orElse(new Party(PartyRole.COUNTY, "", ""));
        Base64.Encoder b64 = Base64.getEncoder();
        return new OfferedRecipient(new Peer(keys.ledgerId(), party.role(), party.code(), party.name(),
                b64.encodeToString(keys.keys().signing()), b64.encodeToString(keys.keys().encryption()),
                keys.keys().fingerprint(), clock.instant(), user), recipient.confirmedFingerprint());
    }

    private static PublicKeyFile readPublic(Path folder) throws IOException {
        try {
            return KeyFolder.readPublic(folder);
        } catch (io.guankou.model.exchange.keys.InvalidKeyFile e) {
            throw new IOException("The key folder " + folder + " holds no readable public keys", e);
        }
    }
}
