package io.guankou.desktop.exchange;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the removable media (USB sticks, memory cards) mounted on this machine, to offer as the place to write a
 * package. On Linux: the block devices mounted read-write below {@code /media/}, {@code /run/media/} or
 * {@code /mnt/} (where desktops and people mount sticks), read from {@code /proc/mounts}. On Windows: the drive
 * roots the file system reports as removable. Elsewhere, or when nothing is found, the list is empty and the user
 * picks a folder. Blocks (disk access): call it off the FX thread.
 */
public final class RemovableDrives {

    private static final Logger LOG = LoggerFactory.getLogger(RemovableDrives.class);

    /** Where Linux desktops (udisks: /media/USER/LABEL, /run/media/USER/LABEL) and people (/mnt/usb) mount sticks. */
    static final List<String> MOUNT_ROOTS = List.of("/media/", "/run/media/", "/mnt/");

    /** Whether a drive root is removable media, as its file store says. */
    @FunctionalInterface
    interface RootProbe {
        boolean removable(Path root) throws IOException;
    }

    private RemovableDrives() {
    }

    /** The removable media mounted now. */
    public static List<Path> find() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return fromRoots(Arrays.stream(File.listRoots()).map(File::toPath).toList(), RemovableDrives::isRemovable);
        }
        Path mounts = Path.of("/proc/mounts");
        if (!Files.isReadable(mounts)) {
            return List.of();
        }
        try {
            return fromMounts(Files.readString(mounts, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Could not read the mount table: {}", e.getClass().getName());
            return List.of();
        }
    }

    /**
     * The mount points of {@code /proc/mounts} text (device, mount point, type, options, …; spaces in names escaped
     * as {@code \040}) that are removable media: a block device ({@code /dev/…}, not a loop device) mounted
     * read-write strictly below one of {@link #MOUNT_ROOTS}. Sorted, each once.
     */
    static List<Path> fromMounts(String procMounts) {
        TreeSet<String> found = new TreeSet<>();
        for (String line : procMounts.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4) {
                continue;
            }
            String device = f[0];
            String mountPoint = unescape(f[1]);
            boolean readOnly = Arrays.asList(f[3].split(",")).contains("ro");
            if (device.startsWith("/dev/") && !device.startsWith("/dev/loop") && !readOnly && underMountRoot(mountPoint)) {
                found.add(mountPoint);
            }
        }
        return found.stream().map(Path::of).toList();
    }

    private static boolean underMountRoot(String mountPoint) {
        return MOUNT_ROOTS.stream().anyMatch(r -> mountPoint.startsWith(r) && mountPoint.length() > r.length());
    }

    /** {@code /proc/mounts} writes space, tab, newline and backslash in names as three octal digits. */
    static String unescape(String field) {
        StringBuilder b = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && isOctal(field, i + 1)) {
                b.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isOctal(String s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '7') {
                return false;
            }
        }
        return true;
    }

    /** The roots {@code probe} says are removable; a root that cannot be asked (an empty card reader) is left out. */
    static List<Path> fromRoots(List<Path> roots, RootProbe probe) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try {
                if (probe.removable(root)) {
                    out.add(root);
                }
            } catch (IOException | RuntimeException e) {
                // no medium in the drive, or a network drive that does not answer: not a place to write to
                LOG.debug("Drive {} not usable: {}", root, e.getClass().getName());
            }
        }
        return out;
    }

    /** Windows' file store knows whether its volume is removable (and whether it is a CD). */
    private static boolean isRemovable(Path root) throws IOException {
        FileStore store = Files.getFileStore(root);
        return !store.isReadOnly() && Boolean.TRUE.equals(store.getAttribute("volume:isRemovable"))
                && !Boolean.TRUE.equals(store.getAttribute("volume:isCdrom"));
    }
}
