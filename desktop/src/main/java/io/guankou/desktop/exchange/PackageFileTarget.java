package io.guankou.desktop.exchange;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.Manifest;
import io.guankou.model.exchange.container.PackageReader;
import io.guankou.model.exchange.container.PackageWriter;
import io.guankou.model.exchange.container.Recipient;
import io.guankou.model.exchange.container.VerifiedPackage;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.persistence.exchange.PackageTarget;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Writes one package to a file the safe way for a USB stick: into a temporary file beside the target, flushed to
 * the device, renamed into place, then read back and verified (its signature covers every byte) before anyone is
 * told the stick may be removed. Nothing is left behind when any step fails: no temporary file, no target.
 */
final class PackageFileTarget implements PackageTarget {

    private final Path target;
    private final LedgerKeys signer;
    private final List<Recipient> recipients;
    private final SecureRandom random;
    private Path temporary;
    private PackageWriter writer;
    private PackageHeader header;
    private Manifest manifest;
    private boolean placed;

    PackageFileTarget(Path target, LedgerKeys signer, List<Recipient> recipients, SecureRandom random) {
        this.target = target.toAbsolutePath();
        this.signer = Objects.requireNonNull(signer, "signer");
        this.recipients = List.copyOf(recipients);
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public EntrySink open(PackageHeader header) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        byte[] suffix = new byte[6];
        random.nextBytes(suffix);
        temporary = target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".part");
        this.header = header;
        writer = PackageWriter.create(temporary, header, signer, recipients, random);
        return writer;
    }

    @Override
    public long finish() throws IOException {
        try {
            manifest = writer.finish();
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            putInPlace();
            placed = true;
            syncFolder(target.getParent());
            readBack();
            return Files.size(target);
        } catch (IOException | RuntimeException e) {
            discard();
            throw e;
        }
    }

    /**
     * Puts the temporary file under the target's name without ever replacing a file that appeared there meanwhile:
     * a hard link (which fails when the name is taken), or on a stick's FAT file system, which has no links, a move
     * without replacing.
     */
    private void putInPlace() throws IOException {
        try {
            Files.createLink(target, temporary);
            Files.delete(temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(temporary, target);
        }
    }

    /** The manifest written, once {@link #finish} has returned. */
    Manifest manifest() {
        return manifest;
    }

    /**
     * Removes what this target wrote: after its own failure, or when the export around it fails after the file was
     * in place (its sequence would then be recorded nowhere). A file that was there before is never touched.
     */
    void discard() {
        if (writer != null) {
            writer.close();
        }
        deleteQuietly(temporary);
        if (placed) {
            deleteQuietly(target);
            placed = false;
        }
    }

    private void readBack() throws IOException {
        VerifiedPackage back;
        try {
            back = PackageReader.verify(target);
        } catch (PackageRefused e) {
            throw new IOException("The package read back from " + target + " does not verify: " + e.reason(), e);
        }
        if (!back.header().packageId().equals(header.packageId())) {
            throw new IOException("The package read back from " + target + " is another package");
        }
    }

    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the rename is flushed with the file system there
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done; the caller reports the failure that brought us here
        }
    }
}
