package io.guankou.desktop.exchange;

import io.guankou.model.exchange.merge.ConflictChoice;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.persistence.exchange.PackageExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * What the data-exchange view asks of the ledger: the façade over the key folder, the package container
 * and the exchange bookkeeping, built in the composition root. Every method blocks (the view calls it through the
 * task runner, off the FX thread) and may fail: a package that must not be read with {@link PackageRefused}, the
 * own key with {@link ExchangeKeyException}, files and sticks with {@link IOException}, the database with a
 * runtime {@code DatabaseException}. Nothing here holds or logs personal data except the conflict values, which
 * the view shows to the office that owns them.
 *
 * <p>Progress: long work reports work units done to {@code progress} (rows for the ledger, bytes for the
 * container). The consumer may throw {@link java.util.concurrent.CancellationException} when the user cancels;
 * the implementation lets it through and leaves nothing behind (a temporary file deleted, a transaction rolled
 * back). It should also stop when its thread is interrupted.
 */
public interface ExchangeService {

    /** This ledger's identity and key fingerprint, and the peers it has exchanged packages with. */
    ExchangeOverview overview() throws IOException, ExchangeKeyException;

    /** Mounted removable media (USB sticks) to offer as destinations; see {@link RemovableDrives}. */
    List<Path> removableDrives();

    /** Reads a public key file the user picked as a recipient (nothing is registered). */
    PublicKeyInfo readPublicKeys(Path file) throws IOException, ExchangeKeyException;

    /**
     * Makes a package into {@code folder}: written to a temporary file, flushed to the device, renamed, read back
     * and verified; only then does it return (and record it in the package log). {@code progress}: rows read.
     */
    ExportDone export(ExportChoice choice, Path folder, LongConsumer progress)
            throws IOException, PackageRefused, ExchangeKeyException, ExportRefused, PackageExporter.Refused;

    /**
     * Checks a package without writing anything: signature, that {@code unlock} opens it, the manifest, and whether
     * its signer is registered for its sender ({@link SignerStatus}). A key registered for the sender that differs
     * from the signer's is {@link PackageRefused.Reason#UNREGISTERED_KEY}.
     */
    PackageInfo verify(Path file, Unlock unlock) throws IOException, PackageRefused, ExchangeKeyException;

    /**
     * What applying the package would do, per table, without writing anything. {@code packageId}: the package the
     * user verified ({@link PackageInfo#header()}); a file that holds another one by now is {@link PackageChanged}.
     * {@code confirmedFingerprint}: the signer's fingerprint the user confirmed for a new sender (empty for a
     * registered one). {@code progress}: rows read.
     */
    ImportPreviewResult preview(Path file, UUID packageId, Unlock unlock, Optional<String> confirmedFingerprint,
                                LongConsumer progress)
            throws IOException, PackageRefused, ExchangeKeyException, PackageChanged;

    /**
     * Applies the package in one transaction (a new sender's key is registered in it); applying the same package
     * again writes nothing. {@code packageId}: the package the user previewed; a file that holds another one by now
     * is {@link PackageChanged} (nothing written). {@code progress}: rows read.
     */
    ImportApplied apply(Path file, UUID packageId, Unlock unlock, Optional<String> confirmedFingerprint,
                        LongConsumer progress) throws IOException, PackageRefused, ExchangeKeyException, PackageChanged;

    /** Every package sent and received, newest first; no personal data. */
    List<LoggedPackageRow> log();

    /** The conflicts no one has decided yet, oldest first. */
    List<ConflictRow> openConflicts();

    /**
     * Decides one conflict: writes the chosen value as a local change (it goes back to the other side with the
     * next package) and keeps the value not chosen in the history.
     */
    void resolve(long conflictId, ConflictChoice choice);
}
