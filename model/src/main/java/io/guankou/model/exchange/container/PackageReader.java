package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.crypto.MalformedKeyException;
import io.guankou.model.exchange.crypto.Sm2;
import io.guankou.model.exchange.crypto.Sm3;
import io.guankou.model.exchange.keys.PublicKeys;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * Verifies a package file before anything in it is believed (docs/package-format.md, "Verification"): the magic
 * and the format version; then the SM3withSM2 signature over every byte before it, against the signing key in the
 * prefix; only then the manifest is parsed and checked, and the lengths must add up to the file's.
 */
public final class PackageReader {

    /** magic, version, K, at least 2 bytes of keys, M, one manifest byte, the signature length. */
    private static final int SHORTEST = Format.FIXED_HEAD + 4 + 2;

    private PackageReader() {
    }

    /**
     * The verified package in {@code file}. Reads the whole file once (the signature covers it); decrypts nothing.
     *
     * @throws PackageRefused {@link Reason#NOT_A_PACKAGE} (no magic, too short), {@link Reason#NEWER_FORMAT},
     *                        {@link Reason#BAD_SIGNATURE} (damaged, cut short, altered), {@link Reason#UNKNOWN_SUITE},
     *                        {@link Reason#BAD_MANIFEST}
     */
    public static VerifiedPackage verify(Path file) throws IOException, PackageRefused {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return verify(file, channel);
        }
    }

    private static VerifiedPackage verify(Path file, FileChannel channel) throws IOException, PackageRefused {
        long length = channel.size();
        if (length < Format.MAGIC.length + 2) {
            throw new PackageRefused(Reason.NOT_A_PACKAGE, "too short to be a package");
        }
        byte[] head = FileReads.read(channel, 0, (int) Math.min(length, Format.FIXED_HEAD));
        if (!Arrays.equals(head, 0, Format.MAGIC.length, Format.MAGIC, 0, Format.MAGIC.length)) {
            throw new PackageRefused(Reason.NOT_A_PACKAGE, "no package magic");
        }
        int version = Format.u16(head, 8);
        if (version == 0) {
            throw new PackageRefused(Reason.NOT_A_PACKAGE, "format version 0");
        }
        if (version > Format.VERSION) {
            throw new PackageRefused(Reason.NEWER_FORMAT, "format version " + version);
        }
        if (length < SHORTEST) {
            throw new PackageRefused(Reason.BAD_SIGNATURE, "cut short");
        }
        int k = Format.u16(head, 10);
        int s = Format.u16(FileReads.read(channel, length - 2, 2), 0);
        long signatureAt = length - 2 - s;
        if (s == 0 || s > Format.MAX_SIGNATURE_BYTES || signatureAt < Format.FIXED_HEAD + k + 4L) {
            throw new PackageRefused(Reason.BAD_SIGNATURE, "the signature length does not fit: damaged or cut short");
        }
        byte[] keysBlock = FileReads.read(channel, Format.FIXED_HEAD, k);
        PublicKeys signer;
        try {
            signer = PackagePrefix.keys(keysBlock);
        } catch (MalformedKeyException e) {
            throw new PackageRefused(Reason.BAD_SIGNATURE, "the signer's keys are damaged: " + e.getMessage());
        }
        byte[] mField = FileReads.read(channel, Format.FIXED_HEAD + k, 4);
        long m = Format.u32(mField, 0);
        long headLength = Format.FIXED_HEAD + k + 4L;
        boolean manifestFits = m >= 1 && m <= Format.MAX_MANIFEST_BYTES && headLength + m <= signatureAt;
        byte[] region = new byte[(int) (manifestFits ? headLength + m : headLength)];

        SM2Signer verifier = Sm2.verifier(signer.signingKey());
        byte[] buffer = new byte[64 * 1024];
        for (long at = 0; at < signatureAt; ) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("package verification cancelled");
            }
            int n = (int) Math.min(buffer.length, signatureAt - at);
            FileReads.read(channel, at, buffer, 0, n);
            verifier.update(buffer, 0, n);
            if (at < region.length) {
                System.arraycopy(buffer, 0, region, (int) at, (int) Math.min(n, region.length - at));
            }
            at += n;
        }
        byte[] signature = FileReads.read(channel, signatureAt, s);
        if (!verifies(verifier, signature)) {
            throw new PackageRefused(Reason.BAD_SIGNATURE, "the signature does not match: damaged or altered");
        }
        // the bytes verified must be the ones the keys and lengths were taken from, and the file must not have moved
        if (!Arrays.equals(region, 0, Format.FIXED_HEAD, head, 0, Format.FIXED_HEAD)
                || !Arrays.equals(region, Format.FIXED_HEAD, Format.FIXED_HEAD + k, keysBlock, 0, k)
                || !Arrays.equals(region, Format.FIXED_HEAD + k, (int) headLength, mField, 0, 4)
                || channel.size() != length) {
            throw new PackageRefused(Reason.BAD_SIGNATURE, "the file changed while it was read");
        }
        if (!manifestFits) {
            throw new PackageRefused(Reason.BAD_MANIFEST, "the manifest length is out of range");
        }
        Manifest manifest = ManifestCodec.decode(Arrays.copyOfRange(region, (int) headLength, region.length));
        long payloadBytes = manifest.payload().bytes();
        if (headLength + m + payloadBytes != signatureAt) {
            throw new PackageRefused(Reason.BAD_MANIFEST, "the payload length does not match the file");
        }
        Layout layout = new Layout(length, k, (int) m, payloadBytes, s, Sm3.digest(region));
        return new VerifiedPackage(file, manifest, signer, layout);
    }

    static boolean verifies(SM2Signer verifier, byte[] signature) {
        try {
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
