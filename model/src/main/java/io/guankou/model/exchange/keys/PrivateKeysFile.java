package io.guankou.model.exchange.keys;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.guankou.model.codec.StrictJson;
import io.guankou.model.codec.StrictJson.Malformed;
import io.guankou.model.exchange.crypto.MalformedKeyException;
import io.guankou.model.exchange.crypto.ScryptParams;
import io.guankou.model.exchange.crypto.Sm2;
import io.guankou.model.exchange.crypto.Sm4Gcm;
import io.guankou.model.exchange.keys.KeyFolderLocked.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/**
 * {@code private-keys.json}: {@code {"format":1,"protection":"NONE","data":b64}} or
 * {@code {"format":1,"protection":"SCRYPT-SM4GCM","kdf":{"logN":15,"r":8,"p":1,"salt":b64},"nonce":b64,"data":b64}}.
 * {@code data} holds the two PKCS#8 DER private keys (signing, then encryption), each after its u16 big-endian
 * length; in clear for NONE, else SM4-GCM-sealed (ciphertext then tag) under scrypt(passphrase) with the nonce.
 */
final class PrivateKeysFile {

    static final int FORMAT = 1;
    static final String NONE = "NONE";
    static final String SCRYPT_SM4GCM = "SCRYPT-SM4GCM";

    private static final Set<String> FIELDS_NONE = Set.of("format", "protection", "data");
    private static final Set<String> FIELDS_SCRYPT = Set.of("format", "protection", "kdf", "nonce", "data");
    private static final Set<String> KDF_FIELDS = Set.of("logN", "r", "p", "salt");

    private PrivateKeysFile() {
    }

    /** The file for {@code keys}; protected when {@code passphrase} is neither null nor empty. */
    static byte[] encode(LedgerKeys keys, char[] passphrase, ScryptParams cost, SecureRandom random) {
        byte[] data = keyBytes(keys);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator json = StrictJson.generator(out)) {
                json.writeStartObject();
                json.writeNumberField("format", FORMAT);
                if (passphrase == null || passphrase.length == 0) {
                    json.writeStringField("protection", NONE);
                    json.writeStringField("data", Base64.getEncoder().encodeToString(data));
                } else {
                    byte[] salt = new byte[ScryptParams.SALT_BYTES];
                    byte[] nonce = new byte[Sm4Gcm.NONCE_BYTES];
                    random.nextBytes(salt);
                    random.nextBytes(nonce);
                    byte[] key = cost.deriveKey(passphrase, salt);
                    Sm4Gcm gcm = new Sm4Gcm(key);
                    byte[] sealed = gcm.seal(nonce, data);
                    gcm.forget();
                    Arrays.fill(key, (byte) 0);
                    json.writeStringField("protection", SCRYPT_SM4GCM);
                    json.writeObjectFieldStart("kdf");
                    json.writeNumberField("logN", cost.logN());
                    json.writeNumberField("r", cost.r());
                    json.writeNumberField("p", cost.p());
                    json.writeStringField("salt", Base64.getEncoder().encodeToString(salt));
                    json.writeEndObject();
                    json.writeStringField("nonce", Base64.getEncoder().encodeToString(nonce));
                    json.writeStringField("data", Base64.getEncoder().encodeToString(sealed));
                }
                json.writeEndObject();
            }
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    /** Whether the file says its keys are protected by a passphrase; false for a file that cannot be read as one. */
    static boolean isProtected(byte[] file) {
        try {
            return SCRYPT_SM4GCM.equals(StrictJson.text(StrictJson.parseObject(file), "protection"));
        } catch (Malformed e) {
            return false;
        }
    }

    static LedgerKeys decode(byte[] file, char[] passphrase) throws KeyFolderLocked {
        byte[] data = null;
        try {
            ObjectNode root = StrictJson.parseObject(file);
            long format = StrictJson.integer(root, "format");
            if (format != FORMAT) {
                throw damaged("format " + format + " is not 1");
            }
            String protection = StrictJson.text(root, "protection");
            if (NONE.equals(protection)) {
                StrictJson.onlyFields(root, "private key file", FIELDS_NONE);
                data = StrictJson.base64(root, "data");
            } else if (SCRYPT_SM4GCM.equals(protection)) {
                StrictJson.onlyFields(root, "private key file", FIELDS_SCRYPT);
                data = open(root, passphrase);
            } else {
                throw damaged("unknown protection");
            }
            return keys(data);
        } catch (Malformed e) {
            throw damaged(e.getMessage());
        } finally {
            if (data != null) {
                Arrays.fill(data, (byte) 0);
            }
        }
    }

    private static byte[] open(ObjectNode root, char[] passphrase) throws Malformed, KeyFolderLocked {
        ObjectNode kdf = StrictJson.object(root, "kdf");
        StrictJson.onlyFields(kdf, "kdf", KDF_FIELDS);
        long logN = StrictJson.integer(kdf, "logN");
        long r = StrictJson.integer(kdf, "r");
        long p = StrictJson.integer(kdf, "p");
        byte[] salt = StrictJson.base64(kdf, "salt");
        byte[] nonce = StrictJson.base64(root, "nonce");
        byte[] sealed = StrictJson.base64(root, "data");
        if (!ScryptParams.isWithinLimits(logN, r, p)) {
            throw damaged("scrypt cost out of range");
        }
        if (salt.length != ScryptParams.SALT_BYTES || nonce.length != Sm4Gcm.NONCE_BYTES
                || sealed.length < Sm4Gcm.TAG_BYTES) {
            throw damaged("salt, nonce or data of the wrong length");
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new KeyFolderLocked(Reason.PASSPHRASE_NEEDED, "the private keys are protected by a passphrase");
        }
        byte[] key = new ScryptParams((int) logN, (int) r, (int) p).deriveKey(passphrase, salt);
        Sm4Gcm gcm = new Sm4Gcm(key);
        try {
            return gcm.open(nonce, sealed);
        } catch (InvalidCipherTextException e) {
            throw new KeyFolderLocked(Reason.WRONG_PASSPHRASE, "the passphrase does not open the private keys");
        } finally {
            gcm.forget();
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] keyBytes(LedgerKeys keys) {
        byte[] signing = Sm2.encodePrivate(keys.signingPrivate());
        byte[] encryption = Sm2.encodePrivate(keys.encryptionPrivate());
        byte[] data = new byte[4 + signing.length + encryption.length];
        int at = put(data, 0, signing);
        put(data, at, encryption);
        Arrays.fill(signing, (byte) 0);
        Arrays.fill(encryption, (byte) 0);
        return data;
    }

    private static int put(byte[] data, int at, byte[] part) {
        data[at] = (byte) (part.length >>> 8);
        data[at + 1] = (byte) part.length;
        System.arraycopy(part, 0, data, at + 2, part.length);
        return at + 2 + part.length;
    }

    private static LedgerKeys keys(byte[] data) throws KeyFolderLocked {
        int signingLength = length(data, 0);
        int encryptionAt = 2 + signingLength;
        int encryptionLength = length(data, encryptionAt);
        if (encryptionAt + 2 + encryptionLength != data.length) {
            throw damaged("the key data has the wrong length");
        }
        byte[] signing = Arrays.copyOfRange(data, 2, 2 + signingLength);
        byte[] encryption = Arrays.copyOfRange(data, encryptionAt + 2, data.length);
        try {
            ECPrivateKeyParameters s = Sm2.decodePrivate(signing);
            ECPrivateKeyParameters e = Sm2.decodePrivate(encryption);
            return LedgerKeys.of(s, e);
        } catch (MalformedKeyException e) {
            throw damaged(e.getMessage());
        } finally {
            Arrays.fill(signing, (byte) 0);
            Arrays.fill(encryption, (byte) 0);
        }
    }

    private static int length(byte[] data, int at) throws KeyFolderLocked {
        if (at + 2 > data.length) {
            throw damaged("the key data is cut short");
        }
        int length = ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
        if (at + 2 + length > data.length) {
            throw damaged("the key data is cut short");
        }
        return length;
    }

    private static KeyFolderLocked damaged(String detail) {
        return new KeyFolderLocked(Reason.DAMAGED, detail);
    }
}
