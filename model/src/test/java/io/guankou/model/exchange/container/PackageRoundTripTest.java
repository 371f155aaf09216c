package io.guankou.model.exchange.container;

import static io.guankou.model.exchange.container.TestPackages.COLUMNS;
import static io.guankou.model.exchange.container.TestPackages.COUNTY;
import static io.guankou.model.exchange.container.TestPackages.HEADER;
import static io.guankou.model.exchange.container.TestPackages.TOWNSHIP;
import static io.guankou.model.exchange.container.TestPackages.entry;
import static io.guankou.model.exchange.container.TestPackages.readAsCounty;
import static io.guankou.model.exchange.container.TestPackages.rows;
import static io.guankou.model.exchange.container.TestPackages.writeToCounty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.RowSink;
import io.guankou.model.exchange.RowSource;
import io.guankou.model.exchange.container.TestPackages.Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageRoundTripTest {

    @TempDir
    Path dir;

    static final List<String> TWO = List.of("id", "value");

    /** Values the encoding must carry unchanged: escapes, NULL, its look-alikes, Chinese, emoji, controls. */
    static final List<String[]> AWKWARD = List.of(
            new String[] {"1", "a\tb"},
            new String[] {"2", null},
            new String[] {"3", "\\N"},
            new String[] {"4", ""},
            new String[] {"5", "back\\slash"},
            new String[] {"6", "line\nbreak\r\nand CR\r"},
            new String[] {"7", "平安镇 冉桂兰 高血压、糖尿病"},
            new String[] {"8", "😀 \u0001\u001f\u007f é"},
            new String[] {"9", "\\"},
            new String[] {"10", "\\t is not a tab"},
            new String[] {null, "\t\n\\"});

    static byte[] sm3(byte[] bytes) {
        SM3Digest d = new SM3Digest();
        d.update(bytes, 0, bytes.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    @Test
    void severalEntriesComeBackInOrderWithEveryValueIntact() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        List<Entry> entries = List.of(
                entry("township", List.of("global_id", "name"), List.<String[]>of(new String[] {"t1", "平安镇"})),
                entry("village", TWO, List.of()),
                entry("person", TWO, AWKWARD),
                entry("contact", COLUMNS, rows(3000, 7)));
        Manifest manifest = writeToCounty(file, entries);

        Map<String, List<String[]>> read = readAsCounty(file);
        assertThat(read.keySet()).containsExactly("township", "village", "person", "contact");
        for (Entry e : entries) {
            assertThat(TestPackages.lists(read.get(e.name()))).as(e.name()).isEqualTo(TestPackages.lists(e.rows()));
        }
        assertThat(manifest.entries()).extracting(EntryInfo::name, EntryInfo::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("township", 1L),
                        org.assertj.core.groups.Tuple.tuple("village", 0L),
                        org.assertj.core.groups.Tuple.tuple("person", 11L),
                        org.assertj.core.groups.Tuple.tuple("contact", 3000L));
        assertThat(manifest.header()).isEqualTo(HEADER);
        assertThat(PackageReader.verify(file).manifest()).isEqualTo(manifest);
    }

    @Test
    void theEntryBytesAreCopyTextAndTheManifestStatesTheirLengthAndSm3() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        Manifest manifest = writeToCounty(file, List.of(entry("person", TWO, AWKWARD.subList(0, 8)),
                entry("empty", TWO, List.of())));
        // docs/package-format.md, "Entry encoding": TAB between fields, LF after each row, \N for NULL,
        // backslash, TAB, LF and CR in a value as \\, \t, \n, \r
        String expected = "1\ta\\tb\n" + "2\t\\N\n" + "3\t\\\\N\n" + "4\t\n" + "5\tback\\\\slash\n"
                + "6\tline\\nbreak\\r\\nand CR\\r\n" + "7\t平安镇 冉桂兰 高血压、糖尿病\n" + "8\t😀 \u0001\u001f\u007f é\n";
        byte[] bytes = expected.getBytes(StandardCharsets.UTF_8);
        EntryInfo person = manifest.entries().get(0);
        assertThat(person.bytes()).isEqualTo(bytes.length);
        assertThat(person.sm3()).isEqualTo(Hex.toHexString(sm3(bytes)));
        EntryInfo empty = manifest.entries().get(1);
        assertThat(empty.bytes()).isZero();
        assertThat(empty.sm3()).isEqualTo(Hex.toHexString(sm3(new byte[0])));
    }

    @Test
    void morethan64KiBGoesIntoSeveralChunksAllButTheLastFull() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        List<String[]> many = rows(40_000, 3);
        Manifest manifest = writeToCounty(file, List.of(entry("contact", COLUMNS, many)));

        PayloadInfo payload = manifest.payload();
        assertThat(payload.chunks()).isGreaterThan(3);
        assertThat(payload.chunks()).isEqualTo((payload.compressedBytes() + 65535) / 65536);
        assertThat(payload.bytes()).isEqualTo(payload.compressedBytes() + 16 * payload.chunks());
        assertThat(TestPackages.lists(readAsCounty(file).get("contact"))).isEqualTo(TestPackages.lists(many));
    }

    @Test
    void aValueLongerThanTheEncodingBufferAndARowOverSeveralChunks() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        StringBuilder big = new StringBuilder();
        java.util.Random random = new java.util.Random(5);
        while (big.length() < 300_000) {
            big.append((char) ('一' + random.nextInt(2000))).append(random.nextInt(10)).append("😀\t\\");
        }
        List<String[]> rows = List.of(new String[] {"1", big.toString()}, new String[] {"2", "after"});
        writeToCounty(file, List.of(entry("note", TWO, rows), entry("next", COLUMNS, rows(10, 1))));
        Map<String, List<String[]>> read = readAsCounty(file);
        assertThat(read.get("note").get(0)[1]).isEqualTo(big.toString());
        assertThat(read.get("note").get(1)).containsExactly("2", "after");
        assertThat(read.get("next")).hasSize(10);
    }

    /** Stored blocks (level 0) let the compressed length be steered to exactly 64 KiB, one byte less and one more. */
    @Test
    void aCompressedStreamOfExactly64KiBIsOneFullLastChunk() throws Exception {
        for (int target : new int[] {65535, 65536, 65537, 131072}) {
            Path file = dir.resolve("b" + target + ".gkpkg");
            Manifest manifest = writeStored(file, lengthFor(target));
            assertThat(manifest.payload().compressedBytes()).as("steered").isEqualTo(target);
            long expectedChunks = target <= 65536 ? 1 : target <= 131072 ? 2 : 3;
            assertThat(manifest.payload().chunks()).as("chunks for %d", target).isEqualTo(expectedChunks);
            assertThat(Files.size(file)).isEqualTo(PackageReader.verify(file).fileLength());
            assertThat(readAsCounty(file).get("filler").get(0)[0]).hasSize(lengthFor(target));
        }
    }

    private Manifest writeStored(Path file, int length) throws Exception {
        Files.deleteIfExists(file);
        return TestPackages.write(file, List.of(entry("filler", List.of("x"),
                        List.<String[]>of(new String[] {"a".repeat(length)}))),
                List.of(Recipient.key(COUNTY.publicKeys())), TestPackages.FAST.withDeflateLevel(0));
    }

    private int lengthFor(int compressed) throws Exception {
        Path probe = dir.resolve("probe.gkpkg");
        int low = 1;
        int high = compressed;
        while (low < high) { // smallest length whose stored stream is at least `compressed` bytes
            int mid = (low + high) >>> 1;
            if (writeStored(probe, mid).payload().compressedBytes() < compressed) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int length = Math.max(1, low - 8); length <= low + 8; length++) {
            if (writeStored(probe, length).payload().compressedBytes() == compressed) {
                return length;
            }
        }
        throw new AssertionError("no length gives " + compressed + " compressed bytes");
    }

    @Test
    void aPackageWithoutEntriesIsValid() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        Manifest manifest = writeToCounty(file, List.of());
        assertThat(manifest.entries()).isEmpty();
        assertThat(manifest.payload().chunks()).isEqualTo(1);
        assertThat(readAsCounty(file)).isEmpty();
    }

    @Test
    void askingForTheNextEntrySkipsTheRestOfTheCurrentOneAndTheOldOneIsDone() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        writeToCounty(file, List.of(entry("a", TWO, rows2(500)), entry("b", TWO, rows2(3))));
        try (PayloadReader reader = PayloadReader.open(PackageReader.verify(file), COUNTY)) {
            RowSource a = reader.next();
            assertThat(a.name()).isEqualTo("a");
            assertThat(a.columns()).containsExactly("id", "value");
            assertThat(a.next()).containsExactly("0", "v0");
            RowSource b = reader.next();
            assertThat(b.name()).isEqualTo("b");
            assertThatThrownBy(a::next).isInstanceOf(IllegalStateException.class);
            assertThat(b.next()).containsExactly("0", "v0");
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
            assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
        }
    }

    static List<String[]> rows2(int n) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {String.valueOf(i), "v" + i});
        }
        return rows;
    }

    @Test
    void progressCountsEncodedBytesWrittenAndFileBytesRead() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        long encoded;
        try (PackageWriter writer = PackageWriter.create(file, HEADER, TOWNSHIP,
                List.of(Recipient.key(COUNTY.publicKeys())), TestPackages.RANDOM, TestPackages.FAST)) {
            RowSink sink = writer.entry("a", TWO);
            assertThat(writer.bytesWritten()).isZero();
            for (String[] row : rows2(20_000)) {
                sink.row(row);
            }
            Manifest manifest = writer.finish();
            encoded = manifest.entries().get(0).bytes();
            assertThat(writer.bytesWritten()).isEqualTo(encoded);
        }
        try (PayloadReader reader = PayloadReader.open(PackageReader.verify(file), COUNTY)) {
            // the read-ahead worker may already have read a file this small to its end: never past it
            long before = reader.bytesRead();
            assertThat(before).isBetween(0L, Files.size(file));
            TestPackages.readAll(reader);
            assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
        }
    }

    @Test
    void theWriterRefusesMisuseAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        try (PackageWriter writer = PackageWriter.create(file, HEADER, TOWNSHIP,
                List.of(Recipient.key(COUNTY.publicKeys())), TestPackages.RANDOM, TestPackages.FAST)) {
            RowSink a = writer.entry("a", TWO);
            assertThatThrownBy(() -> a.row(new String[] {"only one"})).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 values for 2 columns");
            assertThatThrownBy(() -> writer.entry("a", TWO)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.entry("b", List.of("x", "x"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.entry("b", List.of())).isInstanceOf(IllegalArgumentException.class);
            writer.entry("b", TWO);
            assertThatThrownBy(() -> a.row(new String[] {"1", "2"})).isInstanceOf(IllegalStateException.class);
        }
        assertThat(file).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnpairedSurrogateIsNotTextAndEndsTheWriter() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        try (PackageWriter writer = PackageWriter.create(file, HEADER, TOWNSHIP,
                List.of(Recipient.key(COUNTY.publicKeys())), TestPackages.RANDOM, TestPackages.FAST)) {
            RowSink a = writer.entry("a", TWO);
            assertThatThrownBy(() -> a.row(new String[] {"1", "bad \ud800 text"}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entry 'a' row 1").hasMessageContaining("column 1");
            assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anInterruptedWriterIsCancelled() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        try (PackageWriter writer = PackageWriter.create(file, HEADER, TOWNSHIP,
                List.of(Recipient.key(COUNTY.publicKeys())), TestPackages.RANDOM, TestPackages.FAST)) {
            RowSink a = writer.entry("a", COLUMNS);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> {
                    for (String[] row : rows(5000, 1)) {
                        a.row(row);
                    }
                }).isInstanceOf(java.util.concurrent.CancellationException.class);
            } finally {
                Thread.interrupted();
            }
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void theDeflateLevelIsAnOption() throws Exception {
        Path fast = dir.resolve("1.gkpkg");
        Path small = dir.resolve("9.gkpkg");
        List<Entry> entries = List.of(entry("contact", COLUMNS, rows(20_000, 2)));
        List<Recipient> county = List.of(Recipient.key(COUNTY.publicKeys()));
        TestPackages.write(fast, entries, county, TestPackages.FAST.withDeflateLevel(1));
        TestPackages.write(small, entries, county, TestPackages.FAST.withDeflateLevel(9));
        assertThat(Files.size(small)).isLessThan(Files.size(fast));
        assertThat(readAsCounty(fast)).containsOnlyKeys("contact");
        assertThat(PackageOptions.defaults().deflateLevel()).isEqualTo(6);
        assertThatThrownBy(() -> PackageOptions.defaults().withDeflateLevel(10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
