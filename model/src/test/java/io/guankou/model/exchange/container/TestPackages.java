package io.guankou.model.exchange.container;

import io.guankou.model.exchange.EntrySource;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.RowSink;
import io.guankou.model.exchange.RowSource;
import io.guankou.model.exchange.crypto.ScryptParams;
import io.guankou.model.exchange.keys.LedgerKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Keys, headers and entries for the container tests; scrypt at a test cost so the suite stays fast. */
final class TestPackages {

    static final SecureRandom RANDOM = new SecureRandom();
    /** 2^10 · 8 · 128 bytes = 1 MiB and a few milliseconds; the real cost is tested on its own. */
    static final ScryptParams FAST_KDF = new ScryptParams(10, 8, 1);
    static final PackageOptions FAST = PackageOptions.defaults().withKdf(FAST_KDF);

    static final LedgerKeys TOWNSHIP = LedgerKeys.generate(RANDOM);
    static final LedgerKeys COUNTY = LedgerKeys.generate(RANDOM);
    static final LedgerKeys STRANGER = LedgerKeys.generate(RANDOM);

    static final Party PING_AN = new Party(PartyRole.TOWNSHIP, "500235101", "平安镇");
    static final UUID TOWNSHIP_LEDGER = new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0001L);
    static final UUID PACKAGE_ID = new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0002L);
    static final PackageHeader HEADER = new PackageHeader(PACKAGE_ID, PackageKind.DELTA, PING_AN, TOWNSHIP_LEDGER,
            PING_AN, Instant.parse("2026-12-01T08:00:00Z"), 3, 2L, 5L);

    private TestPackages() {
    }

    /** One entry's columns and rows, as a test writes and expects them. */
    record Entry(String name, List<String> columns, List<String[]> rows) {
    }

    static Entry entry(String name, List<String> columns, List<String[]> rows) {
        return new Entry(name, columns, rows);
    }

    static Manifest write(Path target, List<Entry> entries, List<Recipient> recipients) throws IOException {
        return write(target, entries, recipients, FAST);
    }

    static Manifest write(Path target, List<Entry> entries, List<Recipient> recipients, PackageOptions options)
            throws IOException {
        try (PackageWriter writer = PackageWriter.create(target, HEADER, TOWNSHIP, recipients, RANDOM, options)) {
            for (Entry e : entries) {
                RowSink sink = writer.entry(e.name(), e.columns());
                for (String[] row : e.rows()) {
                    sink.row(row);
                }
            }
            return writer.finish();
        }
    }

    static Manifest writeToCounty(Path target, List<Entry> entries) throws IOException {
        return write(target, entries, List.of(Recipient.key(COUNTY.publicKeys())));
    }

    /** Every entry read to its end, in order, with its rows. */
    static Map<String, List<String[]>> readAll(EntrySource source) throws IOException, PackageRefused {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        RowSource entry;
        while ((entry = source.next()) != null) {
            List<String[]> rows = new ArrayList<>();
            String[] row;
            while ((row = entry.next()) != null) {
                rows.add(row);
            }
            out.put(entry.name(), rows);
        }
        return out;
    }

    static Map<String, List<String[]>> readAsCounty(Path file) throws IOException, PackageRefused {
        VerifiedPackage pkg = PackageReader.verify(file);
        try (PayloadReader reader = PayloadReader.open(pkg, COUNTY)) {
            return readAll(reader);
        }
    }

    /** {@code n} rows of a few columns with varied text, about 100 bytes each. */
    static List<String[]> rows(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {"0190a1b2-" + i, "500235101", "2026-11-" + (10 + i % 20) + "T08:00:00Z",
                    String.valueOf(random.nextInt(1000)), i % 7 == 0 ? null : "住址" + random.nextInt(100000)
                    + " 村" + Long.toHexString(random.nextLong())});
        }
        return rows;
    }

    /** Rows as lists, to compare with equals (null values kept). */
    static List<List<String>> lists(List<String[]> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            out.add(java.util.Arrays.asList(row));
        }
        return out;
    }

    static final List<String> COLUMNS = List.of("global_id", "township_code", "updated_at", "revision", "note");
}
