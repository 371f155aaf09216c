package io.guankou.model.exchange.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.crypto.ScryptParams;
import io.guankou.model.exchange.keys.KeyFolderLocked.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFolderTest {

    @TempDir
    Path tmp;

    static final SecureRandom RANDOM = new SecureRandom();
    static final ScryptParams FAST = new ScryptParams(10, 8, 1);
    static final UUID LEDGER = UUID.fromString("01900000-0000-7000-8000-0000000000bb");
    static final Optional<Party> PING_AN = Optional.of(new Party(PartyRole.TOWNSHIP, "500235101", "平安镇"));
    static final LedgerKeys KEYS = LedgerKeys.generate(RANDOM);

    static void locked(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(KeyFolderLocked.class)
                .satisfies(e -> assertThat(((KeyFolderLocked) e).reason()).isEqualTo(reason));
    }

    @Test
    void aFolderWithoutPassphraseHoldsBothFilesAndUnlocksWithNone() throws Exception {
        Path dir = tmp.resolve("keys").resolve(LEDGER.toString());
        assertThat(KeyFolder.exists(dir)).isFalse();
        KeyFolder.create(dir, LEDGER, PING_AN, KEYS, null);

        assertThat(KeyFolder.exists(dir)).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("public-keys.txt", "private-keys.json");
        }
        PublicKeyFile publicFile = KeyFolder.readPublic(dir);
        assertThat(publicFile).isEqualTo(new PublicKeyFile(LEDGER, PING_AN, KEYS.publicKeys()));
        assertThat(Files.readString(dir.resolve("public-keys.txt"))).isEqualTo(publicFile.encode());
        assertThat(KeyFolder.isProtected(dir)).isFalse();
        LedgerKeys unlocked = KeyFolder.unlock(dir, null);
        assertThat(unlocked.publicKeys()).isEqualTo(KEYS.publicKeys());
        assertThat(KeyFolder.unlock(dir, "ignored".toCharArray()).publicKeys()).isEqualTo(KEYS.publicKeys());

        JsonNode json = new ObjectMapper().readTree(dir.resolve("private-keys.json").toFile());
        assertThat(fields(json)).containsExactly("format", "protection", "data");
        assertThat(json.get("protection").asText()).isEqualTo("NONE");
        byte[] data = Base64.getDecoder().decode(json.get("data").asText());
        int first = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
        int second = ((data[2 + first] & 0xFF) << 8) | (data[3 + first] & 0xFF);
        assertThat(2 + first + 2 + second).isEqualTo(data.length);
    }

    @Test
    void theKeysUnlockedSignAndDecryptAsTheOriginals() throws Exception {
        Path dir = tmp.resolve("k");
        KeyFolder.create(dir, LEDGER, PING_AN, KEYS, null);
        LedgerKeys unlocked = KeyFolder.unlock(dir, null);
        byte[] message = "包".getBytes(StandardCharsets.UTF_8);
        org.bouncycastle.crypto.Signer signer = unlocked.newSigner(RANDOM);
        signer.update(message, 0, message.length);
        byte[] signature = signer.generateSignature();
        org.bouncycastle.crypto.signers.SM2Signer verifier = io.guankou.model.exchange.crypto.Sm2.verifier(
                KEYS.publicKeys().signingKey());
        verifier.update(message, 0, message.length);
        assertThat(verifier.verifySignature(signature)).isTrue();
        byte[] sealed = io.guankou.model.exchange.crypto.Sm2.encrypt(KEYS.publicKeys().encryptionKey(), message, RANDOM);
        assertThat(unlocked.decrypt(sealed)).isEqualTo(message);
    }

    @Test
    void aPassphraseProtectsThePrivateKeys() throws Exception {
        Path dir = tmp.resolve("k");
        char[] passphrase = "平安镇的口令".toCharArray();
        KeyFolder.create(dir, LEDGER, PING_AN, KEYS, passphrase, FAST, RANDOM);
        assertThat(passphrase).containsExactly("平安镇的口令".toCharArray()); // the caller's to overwrite

        assertThat(KeyFolder.isProtected(dir)).isTrue();
        locked(() -> KeyFolder.unlock(dir, null), Reason.PASSPHRASE_NEEDED);
        locked(() -> KeyFolder.unlock(dir, new char[0]), Reason.PASSPHRASE_NEEDED);
        locked(() -> KeyFolder.unlock(dir, "平安镇的口今".toCharArray()), Reason.WRONG_PASSPHRASE);
        assertThat(KeyFolder.unlock(dir, "平安镇的口令".toCharArray()).publicKeys()).isEqualTo(KEYS.publicKeys());

        String file = Files.readString(dir.resolve("private-keys.json"));
        assertThat(file).doesNotContain(Base64.getEncoder().encodeToString(
                io.guankou.model.exchange.crypto.Sm2.encodePrivate(KEYS.signingPrivate())));
        JsonNode json = new ObjectMapper().readTree(file);
        assertThat(fields(json)).containsExactly("format", "protection", "kdf", "nonce", "data");
        assertThat(json.get("protection").asText()).isEqualTo("SCRYPT-SM4GCM");
        assertThat(fields(json.get("kdf"))).containsExactly("logN", "r", "p", "salt");
        assertThat(Base64.getDecoder().decode(json.get("kdf").get("salt").asText())).hasSize(16);
        assertThat(Base64.getDecoder().decode(json.get("nonce").asText())).hasSize(12);
    }

    /** The one key-folder test at the real cost, which is the default. */
    @Test
    void theDefaultCostIsScryptLogN15R8P1() throws Exception {
        Path dir = tmp.resolve("k");
        KeyFolder.create(dir, LEDGER, PING_AN, KEYS, "口令".toCharArray());
        JsonNode kdf = new ObjectMapper().readTree(dir.resolve("private-keys.json").toFile()).get("kdf");
        assertThat(kdf.get("logN").asInt()).isEqualTo(15);
        assertThat(kdf.get("r").asInt()).isEqualTo(8);
        assertThat(kdf.get("p").asInt()).isEqualTo(1);
        assertThat(KeyFolder.unlock(dir, "口令".toCharArray()).publicKeys()).isEqualTo(KEYS.publicKeys());
    }

    @Test
    void aKeyFolderIsNeverOverwritten() throws Exception {
        Path dir = tmp.resolve("k");
        KeyFolder.create(dir, LEDGER, PING_AN, KEYS, null);
        byte[] before = Files.readAllBytes(dir.resolve("private-keys.json"));
        LedgerKeys other = LedgerKeys.generate(RANDOM);
        assertThatThrownBy(() -> KeyFolder.create(dir, LEDGER, PING_AN, other, null))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(dir.resolve("private-keys.json"))).isEqualTo(before);

        Path half = tmp.resolve("half");
        Files.createDirectories(half);
        Files.writeString(half.resolve("public-keys.txt"), "something");
        assertThatThrownBy(() -> KeyFolder.create(half, LEDGER, PING_AN, other, null))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(half.resolve("private-keys.json")).doesNotExist();
        try (Stream<Path> files = Files.list(half)) {
            assertThat(files).hasSize(1); // no temporary file left either
        }
    }

    @Test
    void thePrivateFileIsTheOwnersOnlyOnPosixFileSystems() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = tmp.resolve("new-folder");
        KeyFolder.create(dir, LEDGER, PING_AN, KEYS, null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private-keys.json"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("public-keys.txt"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aDamagedOrMismatchedPrivateFileIsDamaged() throws Exception {
        Path dir = tmp.resolve("k");
        KeyFolder.create(dir, LEDGER, PING_AN, KEYS, null);
        Path privateFile = dir.resolve("private-keys.json");
        String good = Files.readString(privateFile);

        Files.writeString(privateFile, "{\"format\":1}");
        locked(() -> KeyFolder.unlock(dir, null), Reason.DAMAGED);
        assertThat(KeyFolder.isProtected(dir)).isFalse();
        Files.writeString(privateFile, good.replace("\"format\":1", "\"format\":2"));
        locked(() -> KeyFolder.unlock(dir, null), Reason.DAMAGED);
        Files.writeString(privateFile, good.replace("\"data\":\"", "\"data\":\"AAAA"));
        locked(() -> KeyFolder.unlock(dir, null), Reason.DAMAGED);
        Files.writeString(privateFile, good.replace("}", ",\"extra\":0}"));
        locked(() -> KeyFolder.unlock(dir, null), Reason.DAMAGED);

        // the private keys of another ledger beside this ledger's public keys
        Path other = tmp.resolve("other");
        KeyFolder.create(other, LEDGER, PING_AN, LedgerKeys.generate(RANDOM), null);
        Files.copy(other.resolve("private-keys.json"), privateFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        locked(() -> KeyFolder.unlock(dir, null), Reason.DAMAGED);

        Files.writeString(privateFile, good);
        Files.writeString(dir.resolve("public-keys.txt"), "not a key file");
        locked(() -> KeyFolder.unlock(dir, null), Reason.DAMAGED);
    }

    @Test
    void aProtectedFileWithDamagedCipherTextOrCostIsRefused() throws Exception {
        Path dir = tmp.resolve("k");
        KeyFolder.create(dir, LEDGER, PING_AN, KEYS, "x".toCharArray(), FAST, RANDOM);
        Path privateFile = dir.resolve("private-keys.json");
        String good = Files.readString(privateFile);
        Files.writeString(privateFile, good.replace("\"logN\":10", "\"logN\":40"));
        locked(() -> KeyFolder.unlock(dir, "x".toCharArray()), Reason.DAMAGED);
        JsonNode json = new ObjectMapper().readTree(good);
        byte[] data = Base64.getDecoder().decode(json.get("data").asText());
        data[3] ^= 1;
        Files.writeString(privateFile, good.replace(json.get("data").asText(), Base64.getEncoder().encodeToString(data)));
        // GCM cannot tell a damaged file from a wrong passphrase
        locked(() -> KeyFolder.unlock(dir, "x".toCharArray()), Reason.WRONG_PASSPHRASE);
    }

    private static java.util.List<String> fields(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
