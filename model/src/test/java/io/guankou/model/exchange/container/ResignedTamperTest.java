package io.guankou.model.exchange.container;

import static io.guankou.model.exchange.container.RecipientTest.refused;
import static io.guankou.model.exchange.container.TestPackages.COLUMNS;
import static io.guankou.model.exchange.container.TestPackages.COUNTY;
import static io.guankou.model.exchange.container.TestPackages.TOWNSHIP;
import static io.guankou.model.exchange.container.TestPackages.entry;
import static io.guankou.model.exchange.container.TestPackages.readAsCounty;
import static io.guankou.model.exchange.container.TestPackages.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.container.PackageSurgery.Parts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages altered and then signed again with the sender's key, so that the signature holds and the layers behind
 * it must object: the STREAM chunks, the manifest checks, the entry counts and hashes, the entry encoding.
 */
class ResignedTamperTest {

    @TempDir
    Path dir;

    Path file;
    Parts parts;
    byte[] key;

    @BeforeEach
    void writePackage() throws Exception {
        file = dir.resolve("p.gkpkg");
        // level 0: the stored stream is as long as the rows, so there are several chunks to move about
        TestPackages.write(file, List.of(entry("person", COLUMNS, rows(3000, 1)), entry("contact", COLUMNS,
                rows(3000, 2))), List.of(Recipient.key(COUNTY.publicKeys())), TestPackages.FAST.withDeflateLevel(0));
        parts = PackageSurgery.parse(file);
        key = PackageSurgery.packageKey(parts, COUNTY);
        assertThat(parts.chunks).hasSizeGreaterThanOrEqualTo(4);
        // unchanged but re-signed, it reads: the surgery itself breaks nothing
        Path same = resigned(p -> { });
        assertThat(readAsCounty(same).get("contact")).hasSize(3000);
    }

    private Path resigned(Consumer<Parts> change) throws Exception {
        Parts p = PackageSurgery.parse(file);
        change.accept(p);
        Path out = dir.resolve("resigned-" + System.nanoTime() + ".gkpkg");
        PackageSurgery.write(out, p, TOWNSHIP);
        return out;
    }

    private void damagedPayload(Consumer<Parts> change) throws Exception {
        Path bad = resigned(change);
        refused(() -> readAsCounty(bad), Reason.DAMAGED_PAYLOAD);
    }

    @Test
    void aDroppedChunkIsDamagedPayload() throws Exception {
        damagedPayload(p -> PackageSurgery.setChunks(p, without(p.chunks, 1)));
        damagedPayload(p -> PackageSurgery.setChunks(p, without(p.chunks, 0)));
        // the last one dropped: its predecessor does not carry the last flag
        damagedPayload(p -> PackageSurgery.setChunks(p, without(p.chunks, p.chunks.size() - 1)));
    }

    @Test
    void reorderedChunksAreDamagedPayload() throws Exception {
        damagedPayload(p -> {
            List<byte[]> swapped = new ArrayList<>(p.chunks);
            Collections.swap(swapped, 0, 1);
            PackageSurgery.setChunks(p, swapped);
        });
        damagedPayload(p -> {
            List<byte[]> swapped = new ArrayList<>(p.chunks);
            Collections.swap(swapped, swapped.size() - 2, swapped.size() - 1);
            PackageSurgery.setChunks(p, swapped);
        });
    }

    @Test
    void aDuplicatedChunkIsDamagedPayload() throws Exception {
        damagedPayload(p -> {
            List<byte[]> doubled = new ArrayList<>(p.chunks);
            doubled.add(2, p.chunks.get(1));
            PackageSurgery.setChunks(p, doubled);
        });
    }

    @Test
    void theLastFlagSetEarlyIsDamagedPayload() throws Exception {
        List<byte[]> plain = PackageSurgery.open(parts, key);
        int n = plain.size();
        // chunk 1 sealed as the last one, the rest kept: chunk 1 fails, as it is not the last
        damagedPayload(p -> PackageSurgery.setChunks(p, PackageSurgery.seal(plain, key, counters(n), lastAt(n, 1))));
        // and the stream cut there, chunk 1 now rightly flagged last: the compressed stream is cut short
        damagedPayload(p -> PackageSurgery.setChunks(p, PackageSurgery.seal(plain.subList(0, 2), key, counters(2),
                lastAt(2, 1))));
        // no chunk flagged last at all
        damagedPayload(p -> PackageSurgery.setChunks(p, PackageSurgery.seal(plain, key, counters(n), new boolean[n])));
        // a counter skipped
        long[] skipping = counters(n);
        skipping[2] = 7;
        damagedPayload(p -> PackageSurgery.setChunks(p, PackageSurgery.seal(plain, key, skipping, lastAt(n, n - 1))));
    }

    @Test
    void dataAfterTheEndOfTheCompressedStreamIsDamagedPayload() throws Exception {
        byte[] stream = PackageSurgery.concat(PackageSurgery.open(parts, key));
        byte[] longer = TamperTest.concat(stream, new byte[] {0x03, 0x00});
        damagedPayload(p -> PackageSurgery.setChunks(p, PackageSurgery.sealStream(longer, key)));
        byte[] shorter = java.util.Arrays.copyOf(stream, stream.length - 3);
        damagedPayload(p -> PackageSurgery.setChunks(p, PackageSurgery.sealStream(shorter, key)));
        byte[] notDeflate = stream.clone();
        notDeflate[0] = (byte) 0xFF; // reserved block type 3
        damagedPayload(p -> PackageSurgery.setChunks(p, PackageSurgery.sealStream(notDeflate, key)));
    }

    @Test
    void anEntryWhoseCountOrHashDiffersFromTheManifestIsAnEntryMismatch() throws Exception {
        for (Consumer<ObjectNode> change : List.<Consumer<ObjectNode>>of(
                e -> e.put("rows", e.get("rows").asLong() + 1),
                e -> e.put("rows", e.get("rows").asLong() - 1),
                e -> e.put("sm3", "0".repeat(64)),
                e -> e.put("bytes", e.get("bytes").asLong() - 1),
                e -> e.put("bytes", e.get("bytes").asLong() + 1))) {
            Path bad = resigned(p -> change.accept((ObjectNode) p.manifest.get("entries").get(0)));
            refused(() -> readAsCounty(bad), Reason.ENTRY_MISMATCH);
        }
        Path lastDropped = resigned(p -> ((ArrayNode) p.manifest.get("entries")).remove(1));
        refused(() -> readAsCounty(lastDropped), Reason.ENTRY_MISMATCH);
    }

    @Test
    void aNewerFormatIsRefusedAsSuchInTheManifestAndInThePrefix() throws Exception {
        Path manifest2 = resigned(p -> p.manifest.put("format", 2));
        refused(() -> PackageReader.verify(manifest2), Reason.NEWER_FORMAT);
        Path prefix2 = resigned(p -> p.version = 2);
        refused(() -> PackageReader.verify(prefix2), Reason.NEWER_FORMAT);
    }

    @Test
    void anUnknownSuiteIsRefusedAsSuch() throws Exception {
        Path x25519 = resigned(p -> p.manifest.put("suite", "X25519-ED25519-AESGCM"));
        refused(() -> PackageReader.verify(x25519), Reason.UNKNOWN_SUITE);
    }

    @Test
    void aMalformedManifestIsBadManifest() throws Exception {
        List<Consumer<ObjectNode>> changes = List.of(
                m -> m.put("comment", "an unknown field"),
                m -> m.remove("sequence"),
                m -> m.put("sequence", "3"),
                m -> m.put("sequence", 0),
                m -> m.put("format", 0),
                m -> m.put("kind", "PARTIAL"),
                m -> m.put("packageId", "not-a-uuid"),
                m -> m.put("createdAt", "2026-12-01 08:00"),
                m -> m.putNull("buildsOn"), // a delta without a base
                m -> ((ObjectNode) m.get("sender")).put("role", "PROVINCE"),
                m -> ((ObjectNode) m.get("sender")).put("extra", 1),
                m -> ((ObjectNode) m.get("payload")).put("chunkSize", 1024),
                m -> ((ObjectNode) m.get("payload")).put("compression", "ZSTD"),
                m -> ((ObjectNode) m.get("payload")).put("bytes", m.get("payload").get("bytes").asLong() + 16),
                m -> ((ObjectNode) m.get("payload")).put("chunks", m.get("payload").get("chunks").asLong() + 1),
                m -> ((ArrayNode) m.get("recipients")).removeAll(),
                m -> ((ObjectNode) m.get("recipients").get(0)).put("type", "RSA"),
                m -> ((ObjectNode) m.get("recipients").get(0)).put("wrappedKey", "AAAA"),
                m -> ((ObjectNode) m.get("recipients").get(0)).put("fingerprint", "3f2a"),
                m -> ((ArrayNode) m.get("recipients")).add(m.get("recipients").get(0)),
                m -> ((ObjectNode) m.get("entries").get(1)).put("name", "person"),
                m -> ((ArrayNode) m.get("entries").get(0).get("columns")).removeAll(),
                m -> ((ArrayNode) m.get("entries").get(0).get("columns")).add("global_id"),
                m -> ((ObjectNode) m.get("entries").get(0)).put("sm3", "ABC"));
        for (Consumer<ObjectNode> change : changes) {
            Path bad = resigned(p -> change.accept(p.manifest));
            refused(() -> PackageReader.verify(bad), Reason.BAD_MANIFEST);
        }
    }

    @Test
    void aManifestThatIsNotJsonOrNotUtf8IsBadManifest() throws Exception {
        for (byte[] manifest : List.of("not json".getBytes(StandardCharsets.UTF_8),
                "{\"format\":1,\"format\":1}".getBytes(StandardCharsets.UTF_8),
                "[1]".getBytes(StandardCharsets.UTF_8),
                "{\"format\":1} {}".getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'},
                "{\"format\":1,\"suite\":\"GM1\"}".getBytes(StandardCharsets.UTF_16BE))) {
            Path bad = dir.resolve("bad-" + System.nanoTime() + ".gkpkg");
            Files.write(bad, PackageSurgery.assemble(parts, manifest, TOWNSHIP));
            refused(() -> PackageReader.verify(bad), Reason.BAD_MANIFEST);
        }
    }

    @Test
    void aBadlyEncodedEntryIsAnEntryMismatchAndItsRowIsNeverReturned() throws Exception {
        String good = "a\tb\tc\td\te\n";
        List<String> broken = List.of(
                "a\tb\tc\td\n", // a field short
                "a\tb\tc\td\te\tf\n", // a field over
                "a\tb\tc\td\te", // no line end
                "a\tb\tc\td\t\\x\n", // unknown escape
                "a\tb\tc\td\tend\\\n", // lone backslash
                "a\tb\tc\td\t\\Nx\n", // \N inside a value
                "a\tb\tc\td\tCR\r\n", // raw carriage return
                "\n"); // an empty line for five columns
        for (String row : broken) {
            byte[] entry0 = (good + row).getBytes(StandardCharsets.UTF_8);
            byte[] entry1 = good.getBytes(StandardCharsets.UTF_8);
            Path bad = resigned(p -> PackageSurgery.setEntryBytes(p, key, List.of(entry0, entry1)));
            assertRefusedAfterTheGoodRow(bad);
        }
        byte[] notUtf8 = TamperTest.concat(good.getBytes(StandardCharsets.UTF_8),
                new byte[] {'a', '\t', 'b', '\t', 'c', '\t', 'd', '\t', (byte) 0xE5, (byte) 0xB9, '\n'});
        Path bad = resigned(p -> PackageSurgery.setEntryBytes(p, key, List.of(notUtf8, good.getBytes(StandardCharsets.UTF_8))));
        assertRefusedAfterTheGoodRow(bad);
    }

    private void assertRefusedAfterTheGoodRow(Path bad) throws Exception {
        try (PayloadReader reader = PayloadReader.open(PackageReader.verify(bad), COUNTY)) {
            var entry = reader.next();
            assertThat(entry.next()).containsExactly("a", "b", "c", "d", "e");
            refused(entry::next, Reason.ENTRY_MISMATCH);
        }
    }

    @Test
    void aSignerKeysBlockThatIsNotTwoSm2KeysIsABadSignature() throws Exception {
        Path bad = resigned(p -> p.keysBlock = java.util.Arrays.copyOf(p.keysBlock, p.keysBlock.length - 1));
        refused(() -> PackageReader.verify(bad), Reason.BAD_SIGNATURE);
    }

    @Test
    void aPackageSignedByAnotherKeyVerifiesAndNamesThatKey() throws Exception {
        // re-signed by a stranger who also put its keys in the prefix: valid as a package, and the ledger's
        // check (B) sees a signer that is not the registered one
        Parts p = PackageSurgery.parse(file);
        Path other = dir.resolve("other.gkpkg");
        byte[] stranger = PackagePrefix.encode(TestPackages.STRANGER.publicKeys(), 0);
        p.keysBlock = java.util.Arrays.copyOfRange(stranger, 12, stranger.length - 4);
        Files.write(other, PackageSurgery.assemble(p, TestPackages.STRANGER));
        assertThat(PackageReader.verify(other).signer()).isEqualTo(TestPackages.STRANGER.publicKeys());
        // while signing with one key and naming another is a bad signature
        Files.write(other, PackageSurgery.assemble(p, TOWNSHIP));
        refused(() -> PackageReader.verify(other), Reason.BAD_SIGNATURE);
    }

    private static List<byte[]> without(List<byte[]> chunks, int index) {
        List<byte[]> out = new ArrayList<>(chunks);
        out.remove(index);
        return out;
    }

    private static long[] counters(int n) {
        long[] c = new long[n];
        for (int i = 0; i < n; i++) {
            c[i] = i;
        }
        return c;
    }

    private static boolean[] lastAt(int n, int index) {
        boolean[] last = new boolean[n];
        last[index] = true;
        return last;
    }
}
