package io.guankou.model.exchange.container;

import io.guankou.model.exchange.crypto.MalformedKeyException;
import io.guankou.model.exchange.keys.PublicKeys;
import java.util.Arrays;

/**
 * The bytes before the manifest: magic, format version, K, the signer's public keys (u16 length + DER SPKI of the
 * signing key, u16 length + DER SPKI of the encryption key) and M, the manifest's length.
 */
final class PackagePrefix {

    private PackagePrefix() {
    }

    /** The {@code 16 + K} bytes for {@code signer} and a manifest of {@code manifestLength} bytes. */
    static byte[] encode(PublicKeys signer, int manifestLength) {
        byte[] signing = signer.signing();
        byte[] encryption = signer.encryption();
        int k = 2 + signing.length + 2 + encryption.length;
        byte[] prefix = new byte[Format.FIXED_HEAD + k + 4];
        System.arraycopy(Format.MAGIC, 0, prefix, 0, Format.MAGIC.length);
        Format.putU16(prefix, 8, Format.VERSION);
        Format.putU16(prefix, 10, k);
        int at = Format.FIXED_HEAD;
        Format.putU16(prefix, at, signing.length);
        System.arraycopy(signing, 0, prefix, at + 2, signing.length);
        at += 2 + signing.length;
        Format.putU16(prefix, at, encryption.length);
        System.arraycopy(encryption, 0, prefix, at + 2, encryption.length);
        at += 2 + encryption.length;
        Format.putU32(prefix, at, manifestLength);
        return prefix;
    }

    /** The signer's keys from the K bytes of the keys block, which they must fill exactly. */
    static PublicKeys keys(byte[] block) throws MalformedKeyException {
        if (block.length < 2) {
            throw new MalformedKeyException("the signer's keys block is cut short");
        }
        int signingLength = Format.u16(block, 0);
        int encryptionAt = 2 + signingLength;
        if (encryptionAt + 2 > block.length) {
            throw new MalformedKeyException("the signer's keys block is cut short");
        }
        int encryptionLength = Format.u16(block, encryptionAt);
        if (encryptionAt + 2 + encryptionLength != block.length) {
            throw new MalformedKeyException("the signer's keys do not fill their block");
        }
        return PublicKeys.parse(Arrays.copyOfRange(block, 2, encryptionAt),
                Arrays.copyOfRange(block, encryptionAt + 2, block.length));
    }
}
