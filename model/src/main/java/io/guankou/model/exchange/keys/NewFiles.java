package io.guankou.model.exchange.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file that must not exist yet: into a temporary file in the same folder, flushed to the device, then
 * linked into place (a hard link fails rather than replace; where the file system has none, a move without
 * replacing). A crash leaves either no file or the whole file under the name, never half of it.
 */
final class NewFiles {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private NewFiles() {
    }

    static void write(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path folder = target.toAbsolutePath().getParent();
        Path scratch = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            restrict(scratch, permissions); // before the content goes in
            try (FileChannel channel = FileChannel.open(scratch, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            if (link(scratch, target)) {
                Files.delete(scratch);
            } else {
                Files.move(scratch, target);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** Sets POSIX permissions where the file system has them (not on Windows or FAT). */
    static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }

    private static boolean link(Path scratch, Path target) throws IOException {
        try {
            Files.createLink(target, scratch);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** Flushes the folder's entry for the new name where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; its rename is durable enough
        }
    }
}
