package io.guankou.model.exchange.keys;

import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.crypto.ScryptParams;
import io.guankou.model.exchange.keys.KeyFolderLocked.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One ledger's key folder: {@code public-keys.txt} (the {@link PublicKeyFile}, also what is exported) and
 * {@code private-keys.json} (the two private keys, in clear or under a passphrase: scrypt logN 15, r 8, p 1, then
 * SM4-GCM). Both are written once, each through a temporary file that is flushed and then linked into place; the
 * private file is readable by its owner only where the file system has POSIX permissions. A key folder is never
 * overwritten.
 *
 * <p>Passphrases are {@code char[]} owned by the caller: they are read, never kept, and the caller overwrites
 * them when done. Null or empty means "no passphrase".
 */
public final class KeyFolder {

    public static final String PUBLIC_FILE = "public-keys.txt";
    public static final String PRIVATE_FILE = "private-keys.json";

    /** Far more than either file holds: a file larger than this is not one of them. */
    private static final int MAX_FILE_BYTES = 64 * 1024;

    private KeyFolder() {
    }

    /** Whether {@code dir} holds (part of) a key folder: either file. */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(PUBLIC_FILE), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(dir.resolve(PRIVATE_FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Writes a new key folder for {@code keys} (creating {@code dir} if needed, owner-only where it can); the
     * private keys are protected when {@code passphraseOrNull} is neither null nor empty.
     *
     * @throws FileAlreadyExistsException when {@code dir} already holds either file; nothing is changed then
     */
    public static void create(Path dir, UUID ledgerId, Optional<Party> party, LedgerKeys keys,
            char[] passphraseOrNull) throws IOException {
        create(dir, ledgerId, party, keys, passphraseOrNull, ScryptParams.STANDARD, new SecureRandom());
    }

    /** {@link #create} at another scrypt cost: for tests, which cannot wait for the real one every time. */
    static void create(Path dir, UUID ledgerId, Optional<Party> party, LedgerKeys keys, char[] passphraseOrNull,
            ScryptParams cost, SecureRandom random) throws IOException {
        Objects.requireNonNull(keys, "keys");
        PublicKeyFile publicFile = new PublicKeyFile(ledgerId, party, keys.publicKeys());
        if (exists(dir)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "a key folder is never overwritten");
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            NewFiles.restrict(dir, NewFiles.OWNER_ONLY_FOLDER);
        }
        byte[] privateFile = PrivateKeysFile.encode(keys, passphraseOrNull, cost, random);
        // private first: a folder cut short by a crash then has keys that can still be unlocked and re-exported
        NewFiles.write(dir.resolve(PRIVATE_FILE), privateFile, NewFiles.OWNER_ONLY);
        NewFiles.write(dir.resolve(PUBLIC_FILE), publicFile.encode().getBytes(StandardCharsets.UTF_8),
                NewFiles.READABLE);
    }

    /** The folder's public key file. */
    public static PublicKeyFile readPublic(Path dir) throws IOException, InvalidKeyFile {
        byte[] bytes = read(dir.resolve(PUBLIC_FILE));
        try {
            return PublicKeyFile.decode(StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidKeyFile(InvalidKeyFile.Reason.NOT_A_KEY_FILE, "not UTF-8 text");
        }
    }

    /**
     * Whether the private keys need a passphrase. A private key file that cannot be read as one counts as not
     * protected: {@link #unlock} then says it is damaged.
     */
    public static boolean isProtected(Path dir) throws IOException {
        return PrivateKeysFile.isProtected(read(dir.resolve(PRIVATE_FILE)));
    }

    /**
     * The folder's keys. The private keys must belong to the public key file beside them.
     *
     * @throws KeyFolderLocked {@link Reason#PASSPHRASE_NEEDED} (protected, none given),
     *                         {@link Reason#WRONG_PASSPHRASE}, {@link Reason#DAMAGED}
     */
    public static LedgerKeys unlock(Path dir, char[] passphraseOrNull) throws IOException, KeyFolderLocked {
        byte[] privateFile = read(dir.resolve(PRIVATE_FILE));
        PublicKeyFile publicFile;
        try {
            publicFile = readPublic(dir);
        } catch (InvalidKeyFile e) {
            throw new KeyFolderLocked(Reason.DAMAGED, "the public key file: " + e.getMessage());
        }
        LedgerKeys keys = PrivateKeysFile.decode(privateFile, passphraseOrNull);
        if (!keys.matches(publicFile.keys())) {
            throw new KeyFolderLocked(Reason.DAMAGED, "the private keys do not belong to the public key file");
        }
        return keys;
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new IOException("larger than a key file: " + file.getFileName());
            }
            return bytes;
        }
    }
}
