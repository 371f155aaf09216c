package io.guankou.desktop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding USB sticks: the Linux mount table and Windows drive roots. */
class RemovableDrivesTest {

    /** A laptop's /proc/mounts with three sticks, a CD, an ISO, WSL's C: drive and the system's own mounts. */
    private static final String MOUNTS = String.join("\n",
            "sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0",
            "proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0",
            "/dev/nvme0n1p2 / ext4 rw,relatime 0 0",
            "tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime,size=1620844k,mode=700,uid=1000,gid=1000 0 0",
            "/dev/sdb1 /media/wang/KINGSTON vfat rw,nosuid,nodev,relatime,uid=1000,gid=1000,fmask=0022 0 0",
            "/dev/sdc1 /run/media/li/U\\040DISK exfat rw,nosuid,nodev,relatime,uid=1000 0 0",
            "/dev/sdd1 /mnt/usb ntfs3 rw,relatime,uid=0,gid=0 0 0",
            "/dev/sr0 /media/wang/CDROM iso9660 ro,nosuid,nodev,relatime 0 0",
            "/dev/loop3 /mnt/iso iso9660 ro,relatime 0 0",
            "/dev/loop4 /mnt/image ext4 rw,relatime 0 0",
            "C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs 0 0",
            "/dev/sde1 /mnt ext4 rw,relatime 0 0",
            "/dev/sdb1 /media/wang/KINGSTON vfat rw,nosuid,nodev,relatime 0 0",
            "");

    @Test
    void sticksAreTheBlockDevicesMountedReadWriteBelowTheUsualPlaces() {
        assertThat(RemovableDrives.fromMounts(MOUNTS)).containsExactly(Path.of("/media/wang/KINGSTON"),
                Path.of("/mnt/usb"), Path.of("/run/media/li/U DISK"));
        assertThat(RemovableDrives.fromMounts("")).isEmpty();
        assertThat(RemovableDrives.fromMounts("garbage\n/dev/sdb1\n")).isEmpty();
    }

    @Test
    void mountTableEscapesAreUndone() {
        assertThat(RemovableDrives.unescape("a\\040b\\011c\\134d")).isEqualTo("a b\tc\\d");
        assertThat(RemovableDrives.unescape("no\\escape\\04")).as("not three octal digits: as written")
                .isEqualTo("no\\escape\\04");
        assertThat(RemovableDrives.unescape("\\342\\200")).as("each escape is one byte's char").hasSize(2);
    }

    @Test
    void windowsRootsAreThoseTheFileStoreCallsRemovableAndAnEmptyReaderIsLeftOut() {
        Path c = Path.of("C:");
        Path e = Path.of("E:");
        Path f = Path.of("F:");
        List<Path> found = RemovableDrives.fromRoots(List.of(c, e, f), root -> {
            if (root.equals(f)) {
                throw new IOException("The device is not ready");
            }
            return root.equals(e);
        });
        assertThat(found).containsExactly(e);
    }

    @Test
    void onThisMachineItAnswersWithoutFailing() {
        assertThat(RemovableDrives.find()).allSatisfy(p -> assertThat(p.isAbsolute()).isTrue());
    }
}
