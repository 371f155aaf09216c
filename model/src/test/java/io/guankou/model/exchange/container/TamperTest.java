package io.guankou.model.exchange.container;

import static io.guankou.model.exchange.container.RecipientTest.refused;
import static io.guankou.model.exchange.container.TestPackages.COLUMNS;
import static io.guankou.model.exchange.container.TestPackages.COUNTY;
import static io.guankou.model.exchange.container.TestPackages.entry;
import static io.guankou.model.exchange.container.TestPackages.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.RowSource;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes changed on the stick, without re-signing: the signature check refuses them before anything is read. */
class TamperTest {

    @TempDir
    Path dir;

    Path file;
    byte[] original;
    int k;
    int m;

    @BeforeEach
    void writePackage() throws Exception {
        file = dir.resolve("p.gkpkg");
        TestPackages.writeToCounty(file, List.of(entry("person", COLUMNS, rows(3000, 1)),
                entry("contact", COLUMNS, rows(3000, 2))));
        original = Files.readAllBytes(file);
        k = Format.u16(original, 10);
        m = (int) Format.u32(original, 12 + k);
        assertThat(PackageReader.verify(file).manifest().payload().chunks()).isGreaterThan(1);
    }

    private Path flipped(int at) throws Exception {
        byte[] bytes = original.clone();
        bytes[at] ^= 0x01;
        Path out = dir.resolve("flipped-" + at + ".gkpkg");
        Files.write(out, bytes);
        return out;
    }

    @Test
    void oneFlippedBitAnywhereOutsideMagicAndVersionIsABadSignature() throws Exception {
        int payloadAt = 16 + k + m;
        int signatureAt = original.length - 2 - Format.u16(original, original.length - 2);
        int[] offsets = {10, 11, 12, 13, 40, 12 + k - 1, 12 + k, 12 + k + 3, 16 + k, 16 + k + m / 2,
                payloadAt - 1, payloadAt, payloadAt + 65551, payloadAt + 65552, signatureAt - 1, signatureAt,
                signatureAt + 8, original.length - 3, original.length - 2, original.length - 1};
        for (int at : offsets) {
            Path bad = flipped(at);
            refused(() -> PackageReader.verify(bad), Reason.BAD_SIGNATURE);
        }
    }

    @Test
    void aFlippedMagicIsNotAPackageAndAFlippedVersionIsNewerOrNotAPackage() throws Exception {
        for (int at = 0; at < 8; at++) {
            Path bad = flipped(at);
            refused(() -> PackageReader.verify(bad), Reason.NOT_A_PACKAGE);
        }
        Path version2 = flipped(8); // 0x0101: a version this reader does not know, before any signature
        refused(() -> PackageReader.verify(version2), Reason.NEWER_FORMAT);
        Path version0 = flipped(9); // 0x0000
        refused(() -> PackageReader.verify(version0), Reason.NOT_A_PACKAGE);
    }

    @Test
    void aTruncatedFileIsRefusedAtEveryLength() throws Exception {
        int[] lengths = {0, 1, 9, 10, 12, 17, 18, 100, 16 + k + m, 16 + k + m + 1, original.length / 2,
                original.length - 80, original.length - 2, original.length - 1};
        for (int length : lengths) {
            Path cut = dir.resolve("cut-" + length + ".gkpkg");
            Files.write(cut, Arrays.copyOf(original, length));
            Reason expected = length < 10 ? Reason.NOT_A_PACKAGE : Reason.BAD_SIGNATURE;
            refused(() -> PackageReader.verify(cut), expected);
        }
    }

    @Test
    void somethingElseIsNotAPackage() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "这不是数据包, just some text that is long enough to have a magic number\n");
        refused(() -> PackageReader.verify(text), Reason.NOT_A_PACKAGE);
        Path zip = dir.resolve("x.zip");
        Files.write(zip, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        refused(() -> PackageReader.verify(zip), Reason.NOT_A_PACKAGE);
    }

    @Test
    void bytesAppendedOrPrependedAreRefused() throws Exception {
        Path longer = dir.resolve("longer.gkpkg");
        Files.write(longer, concat(original, new byte[] {0, 0x48}));
        refused(() -> PackageReader.verify(longer), Reason.BAD_SIGNATURE);
        Path prefixed = dir.resolve("prefixed.gkpkg");
        Files.write(prefixed, concat(new byte[] {0}, original));
        refused(() -> PackageReader.verify(prefixed), Reason.NOT_A_PACKAGE);
    }

    /** The stick is changed after verification, before the payload is read: the reader notices. */
    @Test
    void aFileChangedAfterVerificationIsRefusedWhenRead() throws Exception {
        VerifiedPackage pkg = PackageReader.verify(file);

        write(16 + k + 5, (byte) (original[16 + k + 5] ^ 1)); // in the manifest
        refused(() -> PayloadReader.open(pkg, COUNTY), Reason.BAD_SIGNATURE);
        write(16 + k + 5, original[16 + k + 5]);

        Files.write(file, concat(original, new byte[] {1}));
        refused(() -> PayloadReader.open(pkg, COUNTY), Reason.BAD_SIGNATURE);
        Files.write(file, original);

        int lastByteOfSignature = original.length - 3;
        write(lastByteOfSignature, (byte) (original[lastByteOfSignature] ^ 1));
        try (PayloadReader reader = PayloadReader.open(pkg, COUNTY)) {
            refused(() -> TestPackages.readAll(reader), Reason.BAD_SIGNATURE);
            refused(reader::next, Reason.BAD_SIGNATURE); // and stays refused
        }
        Files.write(file, original);

        // Before opening: the reader's worker starts reading chunks as soon as it is opened.
        int inFirstChunk = 16 + k + m + 100;
        write(inFirstChunk, (byte) (original[inFirstChunk] ^ 1));
        try (PayloadReader reader = PayloadReader.open(pkg, COUNTY)) {
            RowSource first = reader.next();
            refused(first::next, Reason.DAMAGED_PAYLOAD);
        }
    }

    private void write(int at, byte value) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(value);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
