package io.guankou.model.exchange.container;

import static io.guankou.model.exchange.container.TestPackages.COLUMNS;
import static io.guankou.model.exchange.container.TestPackages.COUNTY;
import static io.guankou.model.exchange.container.TestPackages.TOWNSHIP;
import static io.guankou.model.exchange.container.TestPackages.entry;
import static io.guankou.model.exchange.container.TestPackages.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.RowSource;
import io.guankou.model.exchange.container.PackageSurgery.Parts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random damage, fixed seeds. A damaged package is refused with a {@link PackageRefused}: never another exception,
 * never a row handed out. Behind a re-signature (the signature holds, the layers behind it see the damage) the
 * parsers must also only refuse, or, where the damage happens to change nothing that matters (padding bits of the
 * last DEFLATE byte, a name in the header), read exactly the rows written.
 */
class FuzzTest {

    @TempDir
    Path dir;

    byte[] original;
    List<List<String>> expected;

    @BeforeEach
    void writePackage() throws Exception {
        Path file = dir.resolve("p.gkpkg");
        List<String[]> rows = rows(1200, 11);
        TestPackages.writeToCounty(file, List.of(entry("person", COLUMNS, rows), entry("empty", COLUMNS, List.of()),
                entry("contact", COLUMNS, rows(300, 12))));
        original = Files.readAllBytes(file);
        expected = TestPackages.lists(rows);
    }

    /** What one attempt came to: refused (and why) or read, with the rows of the first entry. */
    private Outcome attempt(byte[] bytes) throws Exception {
        Path file = dir.resolve("m.gkpkg");
        Files.write(file, bytes);
        int rowsHandedOut = 0;
        List<List<String>> first = new ArrayList<>();
        try {
            VerifiedPackage pkg = PackageReader.verify(file);
            try (PayloadReader reader = PayloadReader.open(pkg, COUNTY)) {
                RowSource entry;
                boolean isFirst = true;
                while ((entry = reader.next()) != null) {
                    String[] row;
                    while ((row = entry.next()) != null) {
                        rowsHandedOut++;
                        if (isFirst) {
                            first.add(Arrays.asList(row));
                        }
                    }
                    isFirst = false;
                }
            }
            return new Outcome(null, rowsHandedOut, first);
        } catch (PackageRefused e) {
            return new Outcome(e.reason(), rowsHandedOut, first);
        }
    }

    record Outcome(PackageRefused.Reason refused, int rowsHandedOut, List<List<String>> firstEntry) {
    }

    @Test
    void fourHundredRandomMutationsAreAllRefusedBeforeAnyRow() throws Exception {
        Random random = new Random(20261201);
        Map<PackageRefused.Reason, Integer> reasons = new EnumMap<>(PackageRefused.Reason.class);
        for (int i = 0; i < 400; i++) {
            byte[] mutated = mutate(original, random, i % 5);
            Outcome outcome = attempt(mutated);
            if (outcome.refused() == null) {
                fail("mutation " + i + " (kind " + i % 5 + ") was accepted");
            }
            assertThat(outcome.rowsHandedOut()).as("rows handed out by mutation %d", i).isZero();
            reasons.merge(outcome.refused(), 1, Integer::sum);
        }
        assertThat(reasons).containsKeys(PackageRefused.Reason.BAD_SIGNATURE);
    }

    @Test
    void twoHundredFortyMutationsBehindAReSignatureAreRefusedOrChangeNothingThatIsRead() throws Exception {
        Random random = new Random(777);
        Parts parts = PackageSurgery.parse(original);
        byte[] key = PackageSurgery.packageKey(parts, COUNTY);
        byte[] manifest = PackageSurgery.JSON.writeValueAsBytes(parts.manifest);
        byte[] stream = PackageSurgery.concat(PackageSurgery.open(parts, key));
        Map<PackageRefused.Reason, Integer> reasons = new EnumMap<>(PackageRefused.Reason.class);
        for (int i = 0; i < 240; i++) {
            Parts p = PackageSurgery.parse(original);
            byte[] signed;
            switch (i % 4) {
                case 0: // the manifest's bytes
                    signed = PackageSurgery.assemble(p, mutate(manifest, random, i / 4 % 5), TOWNSHIP);
                    break;
                case 1: // the compressed stream, sealed again: DEFLATE and the entry decoding see the damage
                case 2:
                    PackageSurgery.setChunks(p, PackageSurgery.sealStream(mutate(stream, random, i / 4 % 5), key));
                    signed = PackageSurgery.assemble(p, TOWNSHIP);
                    break;
                default: // the ciphertext
                    byte[] sealed = PackageSurgery.concat(p.chunks);
                    byte[] changed = mutate(sealed, random, 0);
                    p.chunks = List.of(changed);
                    signed = resliced(p, changed);
                    break;
            }
            Outcome outcome = attempt(signed);
            if (outcome.refused() == null) {
                assertThat(outcome.firstEntry()).as("accepted mutation %d reads what was written", i)
                        .isEqualTo(expected);
            } else {
                reasons.merge(outcome.refused(), 1, Integer::sum);
            }
        }
        assertThat(reasons).containsKeys(PackageRefused.Reason.BAD_MANIFEST, PackageRefused.Reason.DAMAGED_PAYLOAD,
                PackageRefused.Reason.ENTRY_MISMATCH);
    }

    /** The parts with the (same-length) ciphertext cut into chunks again where the manifest says they are. */
    private static byte[] resliced(Parts p, byte[] sealed) throws Exception {
        List<byte[]> chunks = new ArrayList<>();
        for (int at = 0; at < sealed.length; at += Format.SEALED_CHUNK_SIZE) {
            chunks.add(Arrays.copyOfRange(sealed, at, Math.min(sealed.length, at + Format.SEALED_CHUNK_SIZE)));
        }
        p.chunks = chunks;
        return PackageSurgery.assemble(p, TOWNSHIP);
    }

    /** 0: one bit, 1: a random byte, 2: a run of random bytes, 3: truncated, 4: bytes inserted. */
    static byte[] mutate(byte[] bytes, Random random, int kind) {
        byte[] out = bytes.clone();
        int at = random.nextInt(bytes.length);
        switch (kind) {
            case 0:
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            case 1:
                out[at] = (byte) (out[at] ^ (1 + random.nextInt(255)));
                return out;
            case 2:
                int run = 1 + random.nextInt(Math.min(64, bytes.length - at));
                for (int i = 0; i < run; i++) {
                    out[at + i] = (byte) (out[at + i] ^ (1 + random.nextInt(255)));
                }
                return out;
            case 3:
                return Arrays.copyOf(bytes, at);
            default:
                byte[] inserted = new byte[1 + random.nextInt(16)];
                random.nextBytes(inserted);
                byte[] longer = new byte[bytes.length + inserted.length];
                System.arraycopy(bytes, 0, longer, 0, at);
                System.arraycopy(inserted, 0, longer, at, inserted.length);
                System.arraycopy(bytes, at, longer, at + inserted.length, bytes.length - at);
                return longer;
        }
    }
}
