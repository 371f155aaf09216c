package io.guankou.model.exchange.container;

import static io.guankou.model.exchange.container.TestPackages.COUNTY;
import static io.guankou.model.exchange.container.TestPackages.HEADER;
import static io.guankou.model.exchange.container.TestPackages.RANDOM;
import static io.guankou.model.exchange.container.TestPackages.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guankou.model.exchange.RowSink;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.zip.Inflater;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader written from docs/package-format.md alone, with BouncyCastle primitives, Jackson and the JDK and none
 * of the container's classes: the package the writer makes is the format the document describes. The recipient's
 * key pair is made here too, so the test holds the private key and unwraps the package key itself.
 */
class SpecReaderTest {

    @TempDir
    Path dir;

    @Test
    void aPackageReadByTheDocumentAlone() throws Exception {
        // the recipient's encryption key pair, made outside the container; its signing key is any other SM2 key
        X9ECParameters x9 = GMNamedCurves.getByName("sm2p256v1");
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(new org.bouncycastle.crypto.params.ECNamedDomainParameters(
                org.bouncycastle.asn1.gm.GMObjectIdentifiers.sm2p256v1, x9), RANDOM));
        AsymmetricCipherKeyPair encryption = generator.generateKeyPair();
        byte[] encryptionSpki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(encryption.getPublic()).getEncoded();
        io.guankou.model.exchange.keys.PublicKeys recipient = new io.guankou.model.exchange.keys.PublicKeys(
                COUNTY.publicKeys().signing(), encryptionSpki);

        Path file = dir.resolve("p.gkpkg");
        try (PackageWriter writer = PackageWriter.create(file, HEADER, TOWNSHIP, List.of(Recipient.key(recipient)),
                RANDOM, TestPackages.FAST)) {
            RowSink person = writer.entry("person", List.of("global_id", "name", "note"));
            person.row(new String[] {"g1", "冉桂兰", null});
            person.row(new String[] {"g2", "a\tb\\c", "two\nlines"});
            RowSink big = writer.entry("contact", List.of("global_id", "n"));
            for (int i = 0; i < 30_000; i++) {
                big.row(new String[] {"c" + i, Integer.toString(i * 7919 % 100_003)});
            }
            writer.finish();
        }
        byte[] f = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(f); // big-endian

        // byte layout
        assertThat(Arrays.copyOf(f, 8)).containsExactly(0x47, 0x4B, 0x50, 0x4B, 0x47, 0x0D, 0x0A, 0x1A);
        assertThat(b.getShort(8) & 0xFFFF).isEqualTo(1);
        int k = b.getShort(10) & 0xFFFF;
        int signingLength = b.getShort(12) & 0xFFFF;
        byte[] signingSpki = Arrays.copyOfRange(f, 14, 14 + signingLength);
        int encryptionLength = b.getShort(14 + signingLength) & 0xFFFF;
        assertThat(2 + signingLength + 2 + encryptionLength).isEqualTo(k);
        assertThat(signingSpki).isEqualTo(TOWNSHIP.publicKeys().signing());
        long m = b.getInt(12 + k) & 0xFFFFFFFFL;
        int s = b.getShort(f.length - 2) & 0xFFFF;
        int signedLength = f.length - 2 - s;

        // the signature first: SM3withSM2, default user ID, DER, over every byte before it
        SM2Signer verifier = new SM2Signer();
        verifier.init(false, PublicKeyFactory.createKey(signingSpki));
        verifier.update(f, 0, signedLength);
        assertThat(verifier.verifySignature(Arrays.copyOfRange(f, signedLength, f.length - 2))).isTrue();
        assertThat(s).isBetween(70, 72);

        // then the manifest
        JsonNode manifest = new ObjectMapper().readTree(Arrays.copyOfRange(f, 16 + k, (int) (16 + k + m)));
        List<String> fields = new ArrayList<>();
        manifest.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("format", "suite", "packageId", "kind", "sender", "senderLedgerId",
                "township", "createdAt", "sequence", "buildsOn", "acknowledges", "recipients", "payload", "entries");
        assertThat(manifest.get("suite").asText()).isEqualTo("GM1");
        assertThat(manifest.get("createdAt").asText()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(manifest.get("sender").toString())
                .isEqualTo("{\"role\":\"TOWNSHIP\",\"code\":\"500235101\",\"name\":\"平安镇\"}");
        JsonNode payload = manifest.get("payload");
        long chunks = payload.get("chunks").asLong();
        long compressed = payload.get("compressedBytes").asLong();
        assertThat(payload.get("bytes").asLong()).isEqualTo(compressed + 16 * chunks);
        assertThat(16 + k + m + payload.get("bytes").asLong()).isEqualTo(signedLength);
        assertThat(chunks).isGreaterThan(1);

        // the package key: SM2 with the recipient's encryption key, C1C3C2 (GB/T 32918.4), not BouncyCastle's
        // default C1C2C3
        JsonNode stanza = manifest.get("recipients").get(0);
        assertThat(stanza.get("type").asText()).isEqualTo("SM2");
        assertThat(stanza.get("fingerprint").asText()).isEqualTo(fingerprint(COUNTY.publicKeys().signing(), encryptionSpki));
        byte[] wrapped = Base64.getDecoder().decode(stanza.get("wrappedKey").asText());
        assertThat(wrapped).hasSize(65 + 32 + 16);
        assertThat(wrapped[0]).isEqualTo((byte) 0x04); // C1 an uncompressed point
        SM2Engine c1c3c2 = new SM2Engine(SM2Engine.Mode.C1C3C2);
        c1c3c2.init(false, (ECPrivateKeyParameters) encryption.getPrivate());
        byte[] packageKey = c1c3c2.processBlock(wrapped, 0, wrapped.length);
        assertThat(packageKey).hasSize(16);
        SM2Engine c1c2c3 = new SM2Engine();
        c1c2c3.init(false, (ECPrivateKeyParameters) encryption.getPrivate());
        assertThatThrownBy(() -> c1c2c3.processBlock(wrapped, 0, wrapped.length))
                .isInstanceOf(InvalidCipherTextException.class);

        // the chunks: SM4-GCM, nonce = 11-byte big-endian counter || last flag
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        int at = (int) (16 + k + m);
        for (long i = 0; i < chunks; i++) {
            boolean last = i == chunks - 1;
            int length = last ? signedLength - at : 65536 + 16;
            byte[] nonce = new byte[12];
            ByteBuffer.wrap(nonce).putLong(3, i);
            nonce[11] = (byte) (last ? 1 : 0);
            GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
            gcm.init(false, new AEADParameters(new KeyParameter(packageKey), 128, nonce));
            byte[] plain = new byte[gcm.getOutputSize(length)];
            int n = gcm.processBytes(f, at, length, plain, 0);
            n += gcm.doFinal(plain, n);
            assertThat(n).isEqualTo(last ? compressed - 65536 * (chunks - 1) : 65536);
            stream.write(plain, 0, n);
            at += length;
        }

        // raw DEFLATE, then the entries one after the other
        Inflater inflater = new Inflater(true);
        inflater.setInput(stream.toByteArray());
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!inflater.finished()) {
            entries.write(buffer, 0, inflater.inflate(buffer));
        }
        assertThat(inflater.getRemaining()).isZero();
        byte[] all = entries.toByteArray();
        int from = 0;
        Iterator<JsonNode> infos = manifest.get("entries").elements();
        JsonNode personInfo = infos.next();
        int personBytes = personInfo.get("bytes").asInt();
        byte[] person = Arrays.copyOfRange(all, from, from + personBytes);
        assertThat(new String(person, StandardCharsets.UTF_8))
                .isEqualTo("g1\t冉桂兰\t\\N\n" + "g2\ta\\tb\\\\c\ttwo\\nlines\n");
        assertThat(personInfo.get("sm3").asText()).isEqualTo(Hex.toHexString(sm3(person)));
        assertThat(personInfo.get("rows").asLong()).isEqualTo(2);
        from += personBytes;
        JsonNode contactInfo = infos.next();
        byte[] contact = Arrays.copyOfRange(all, from, from + contactInfo.get("bytes").asInt());
        assertThat(contactInfo.get("sm3").asText()).isEqualTo(Hex.toHexString(sm3(contact)));
        assertThat(new String(contact, StandardCharsets.UTF_8)).startsWith("c0\t0\nc1\t7919\n").endsWith("c29999\t" + (29999 * 7919 % 100_003) + "\n");
        assertThat(from + contact.length).isEqualTo(all.length);
    }

    static byte[] sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    /** SM3 over both SPKI encodings, the first 20 bytes as 10 groups of 4 upper-case hex digits. */
    static String fingerprint(byte[] signing, byte[] encryption) {
        String hex = Hex.toHexString(sm3(concat(signing, encryption))).toUpperCase().substring(0, 40);
        return String.join(" ", hex.split("(?<=\\G.{4})"));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void theSuitesCurveIsBouncyCastlesSm2p256v1() {
        X9ECParameters gm = GMNamedCurves.getByName("sm2p256v1");
        ECDomainParameters ours = io.guankou.model.exchange.crypto.Sm2.DOMAIN;
        assertThat(ours.getCurve().getField().getCharacteristic()).isEqualTo(gm.getCurve().getField().getCharacteristic());
        assertThat(ours.getCurve().getA().toBigInteger()).isEqualTo(gm.getCurve().getA().toBigInteger());
        assertThat(ours.getCurve().getB().toBigInteger()).isEqualTo(gm.getCurve().getB().toBigInteger());
        assertThat(ours.getG().getEncoded(false)).isEqualTo(gm.getG().getEncoded(false));
        assertThat(ours.getN()).isEqualTo(gm.getN());
        assertThat(ours.getH()).isEqualTo(gm.getH());
    }
}
