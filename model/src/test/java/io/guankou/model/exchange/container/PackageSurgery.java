package io.guankou.model.exchange.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.guankou.model.exchange.crypto.Sm3;
import io.guankou.model.exchange.crypto.Sm4Gcm;
import io.guankou.model.exchange.keys.LedgerKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.Signer;

/**
 * Takes a real package apart and puts it back together, re-signed with a key the test holds: how the tests reach
 * the layers behind the signature (manifest checks, STREAM, DEFLATE, entry encoding) with a valid signature.
 */
final class PackageSurgery {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A package's parts: version field, signer keys block, manifest (editable), sealed chunks, signature. */
    static final class Parts {
        int version;
        byte[] keysBlock;
        ObjectNode manifest;
        List<byte[]> chunks;
        byte[] signature;
    }

    private PackageSurgery() {
    }

    static Parts parse(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    static Parts parse(byte[] bytes) throws IOException {
        Parts p = new Parts();
        p.version = Format.u16(bytes, 8);
        int k = Format.u16(bytes, 10);
        p.keysBlock = Arrays.copyOfRange(bytes, 12, 12 + k);
        int m = (int) Format.u32(bytes, 12 + k);
        int manifestAt = 16 + k;
        p.manifest = (ObjectNode) JSON.readTree(Arrays.copyOfRange(bytes, manifestAt, manifestAt + m));
        long payloadBytes = p.manifest.get("payload").get("bytes").asLong();
        long chunks = p.manifest.get("payload").get("chunks").asLong();
        p.chunks = new ArrayList<>();
        int at = manifestAt + m;
        for (long i = 0; i < chunks; i++) {
            int length = i < chunks - 1 ? Format.SEALED_CHUNK_SIZE
                    : (int) (manifestAt + m + payloadBytes - at);
            p.chunks.add(Arrays.copyOfRange(bytes, at, at + length));
            at += length;
        }
        int s = Format.u16(bytes, bytes.length - 2);
        p.signature = Arrays.copyOfRange(bytes, bytes.length - 2 - s, bytes.length - 2);
        return p;
    }

    /** The parts as a package, the manifest serialised as it stands, signed by {@code signer}. */
    static byte[] assemble(Parts p, LedgerKeys signer) throws IOException {
        return assemble(p, JSON.writeValueAsBytes(p.manifest), signer);
    }

    static byte[] assemble(Parts p, byte[] manifest, LedgerKeys signer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Format.MAGIC);
        out.write(p.version >>> 8);
        out.write(p.version);
        out.write(p.keysBlock.length >>> 8);
        out.write(p.keysBlock.length);
        out.write(p.keysBlock);
        byte[] m = new byte[4];
        Format.putU32(m, 0, manifest.length);
        out.write(m);
        out.write(manifest);
        for (byte[] chunk : p.chunks) {
            out.write(chunk);
        }
        byte[] signed = out.toByteArray();
        Signer s = signer.newSigner(new SecureRandom());
        s.update(signed, 0, signed.length);
        byte[] signature;
        try {
            signature = s.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException(e);
        }
        out.write(signature);
        out.write(signature.length >>> 8);
        out.write(signature.length);
        return out.toByteArray();
    }

    static void write(Path file, Parts p, LedgerKeys signer) throws IOException {
        Files.write(file, assemble(p, signer));
    }

    /** The package key, unwrapped from the first recipient stanza with {@code recipient}'s keys. */
    static byte[] packageKey(Parts p, LedgerKeys recipient) {
        byte[] wrapped = Base64.getDecoder().decode(p.manifest.get("recipients").get(0).get("wrappedKey").asText());
        try {
            return recipient.decrypt(wrapped);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each chunk opened with the nonce the format gives it. */
    static List<byte[]> open(Parts p, byte[] key) {
        Sm4Gcm gcm = new Sm4Gcm(key);
        List<byte[]> plain = new ArrayList<>();
        for (int i = 0; i < p.chunks.size(); i++) {
            try {
                plain.add(gcm.open(Format.nonce(i, i == p.chunks.size() - 1), p.chunks.get(i)));
            } catch (InvalidCipherTextException e) {
                throw new IllegalStateException(e);
            }
        }
        return plain;
    }

    /** Seals chunk i with counter {@code counters[i]} and last flag {@code last[i]}. */
    static List<byte[]> seal(List<byte[]> plain, byte[] key, long[] counters, boolean[] last) {
        Sm4Gcm gcm = new Sm4Gcm(key);
        List<byte[]> sealed = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            sealed.add(gcm.seal(Format.nonce(counters[i], last[i]), plain.get(i)));
        }
        return sealed;
    }

    /** Seals a compressed stream as the format does: 64 KiB chunks, counters from 0, the last flagged. */
    static List<byte[]> sealStream(byte[] compressed, byte[] key) {
        List<byte[]> plain = new ArrayList<>();
        for (int at = 0; at < compressed.length || plain.isEmpty(); at += Format.CHUNK_SIZE) {
            plain.add(Arrays.copyOfRange(compressed, at, Math.min(compressed.length, at + Format.CHUNK_SIZE)));
        }
        long[] counters = new long[plain.size()];
        boolean[] last = new boolean[plain.size()];
        for (int i = 0; i < counters.length; i++) {
            counters[i] = i;
        }
        last[last.length - 1] = true;
        return seal(plain, key, counters, last);
    }

    /** Sets the chunks and makes the payload fields agree with them (so only the STREAM layer can object). */
    static void setChunks(Parts p, List<byte[]> sealed) {
        p.chunks = sealed;
        long compressed = sealed.stream().mapToLong(c -> c.length - Sm4Gcm.TAG_BYTES).sum();
        ObjectNode payload = (ObjectNode) p.manifest.get("payload");
        payload.put("chunks", sealed.size());
        payload.put("compressedBytes", compressed);
        payload.put("bytes", compressed + 16L * sealed.size());
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(6, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        deflater.end();
        return out.toByteArray();
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /**
     * Replaces the payload by entries with exactly these encoded bytes, stating honest row counts (LFs) and SM3s,
     * so only the encoding itself can be wrong. The manifest must already have as many entries.
     */
    static void setEntryBytes(Parts p, byte[] key, List<byte[]> entryBytes) {
        ArrayNode entries = (ArrayNode) p.manifest.get("entries");
        for (int i = 0; i < entryBytes.size(); i++) {
            byte[] bytes = entryBytes.get(i);
            ObjectNode entry = (ObjectNode) entries.get(i);
            long lines = 0;
            for (byte b : bytes) {
                lines += b == '\n' ? 1 : 0;
            }
            entry.put("rows", lines);
            entry.put("bytes", bytes.length);
            entry.put("sm3", Sm3.hex(Sm3.digest(bytes)));
        }
        setChunks(p, sealStream(deflate(concat(entryBytes)), key));
    }
}
