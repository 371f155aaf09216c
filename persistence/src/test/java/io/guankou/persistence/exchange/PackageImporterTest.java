package io.guankou.persistence.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.EntrySource;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.RowSource;
import io.guankou.persistence.Database;
import io.guankou.persistence.Rows;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying a township's package to a new receiving database: everything arrives, once, all or nothing. */
class PackageImporterTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 11, 20, 9, 30);

    @TempDir
    Path dir;
    TwoLedgers ledgers;
    long amy;
    long bo;

    @BeforeEach
    void township() {
        ledgers = new TwoLedgers(dir);
        amy = ledgers.person("冉桂英", 1);
        bo = ledgers.person("谭德明", 2);
        ledgers.person("向秀兰", 3);
        ledgers.contact(amy, T, true);
        ledgers.contact(amy, T.plusDays(1), true);
        ledgers.contact(amy, T.plusDays(2), false);
        ledgers.contact(bo, T.minusDays(3), true);
        Rows.episode(ledgers.township, bo, "2026-11-18", true, null);
    }

    @AfterEach
    void close() {
        ledgers.close();
    }

    @Test
    void aNewReceivingDatabaseGetsEveryRowOfTheTownshipWithReferencesByGlobalId() throws Exception {
        ImportOutcome outcome = ledgers.toCounty(false);

        assertThat(outcome.alreadyApplied()).isFalse();
        assertThat(outcome.table("person")).isEqualTo(new TableCounts("person", 3, 0, 0, 0));
        assertThat(outcome.table("contact")).isEqualTo(new TableCounts("contact", 4, 0, 0, 0));
        assertThat(outcome.table("village").added()).isEqualTo(2);
        assertThat(outcome.tables()).extracting(TableCounts::table)
                .containsExactlyElementsOf(ExchangeTables.ALL.stream().map(ExchangeTable::name).toList());
        assertThat(outcome.updated() + outcome.unchanged() + outcome.conflicting()).isZero();
        assertThat(outcome.conflicts()).isZero();
        assertThat(outcome.warnings()).isEmpty();
        // the same rows, field for field (references compared by global id): only `changed` differs, since the
        // county holds them as received, not as changed by itself
        assertThat(withoutChanged(TestExporter.all(ledgers.county))).isEqualTo(withoutChanged(TestExporter.all(ledgers.township)));
        // received values are no local changes of the county; the triggers are on again afterwards
        assertThat(Exchanges.query(ledgers.county, "SELECT count(*) FROM change_mark")).isEqualTo("0");
        assertThat(Exchanges.query(ledgers.county, "SELECT applying FROM exchange_clock")).isEqualTo("0");
        assertThat(Exchanges.query(ledgers.county, "SELECT role || ' ' || code || ' [' || name || ']'"
                + " FROM exchange_identity")).isEqualTo("COUNTY 500235 []");
    }

    @Test
    void theLogHoldsTheReceivedPackageWithItsCountsAndTheSenderIsRegistered() throws Exception {
        ImportOutcome outcome = ledgers.toCounty(false);

        assertThat(Exchanges.query(ledgers.county, "SELECT direction || ' ' || kind || ' ' || sequence || ' '"
                + " || ifnull(acknowledges, '-') || ' ' || rows || ' ' || added || ' ' || updated || ' ' || unchanged"
                + " || ' ' || conflicts || ' ' || file_name || ' ' || bytes || ' ' || recorded_by"
                + " FROM exchange_package"))
                .isEqualTo("RECEIVED FULL 1 - " + outcome.rows() + " " + outcome.rows() + " 0 0 0 pkg.gkpkg 1234 数据员");
        assertThat(Exchanges.query(ledgers.county, "SELECT peer_ledger_id FROM exchange_package"))
                .isEqualTo(ledgers.townshipId.toString());
        assertThat(Exchanges.query(ledgers.county, "SELECT role || ' ' || code || ' ' || name || ' ' || fingerprint"
                + " || ' ' || registered_by FROM exchange_peer"))
                .isEqualTo("TOWNSHIP 500235124 平安镇 " + Exchanges.fingerprint(ledgers.townshipId) + " 数据员");
        assertThat(Exchanges.query(ledgers.county, "SELECT signing_key FROM exchange_peer"))
                .isEqualTo(Exchanges.signingKey(ledgers.townshipId));
    }

    @Test
    void theLastReachedContactOfEachPersonIsRightAfterTheImport() throws Exception {
        ledgers.toCounty(false);

        assertThat(lastContacts(ledgers.county)).isEqualTo(lastContacts(ledgers.township))
                .containsExactlyInAnyOrder(ledgers.gid(ledgers.township, "person", amy) + " 2026-11-21T09:30:00",
                        ledgers.gid(ledgers.township, "person", bo) + " 2026-11-17T09:30:00");
    }

    @Test
    void aContactMarkedUnreachedLaterMovesTheLastReachedContactBack() throws Exception {
        ledgers.toCounty(false);
        ledgers.township.read(dsl -> dsl.execute("UPDATE contact SET reached = 0, revision = revision + 1"
                + " WHERE person_id = ? AND at = '2026-11-21T09:30:00'", amy));

        // the county has acknowledged nothing yet: the next package is full again
        ImportOutcome again = ledgers.toCounty(true);

        assertThat(again.table("contact")).isEqualTo(new TableCounts("contact", 0, 1, 3, 0));
        assertThat(lastContacts(ledgers.county)).isEqualTo(lastContacts(ledgers.township))
                .contains(ledgers.gid(ledgers.township, "person", amy) + " 2026-11-20T09:30:00");
    }

    @Test
    void applyingAPackageTwiceChangesNothingTheSecondTimeToTheByte() throws Exception {
        MemoryPackage p = new MemoryPackage();
        PackageHeader h = TestExporter.export(ledgers.township, ledgers.countyId, ledgers.party, false, p);
        Path file = dir.resolve("county2.db");
        Exchanges.receive(file, h, p).close();
        Database.open(file).close();
        byte[] before = Exchanges.bytes(file);

        ImportOutcome again;
        try (Database county = Database.open(file)) {
            again = Exchanges.apply(county, h, p, true);
            assertThat(Exchanges.query(county, "SELECT count(*) FROM exchange_package")).isEqualTo("1");
        }

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(again.tables()).isEmpty();
        assertThat(Exchanges.bytes(file)).isEqualTo(before);
    }

    @Test
    void aBadRowLateInThePackageLeavesTheDatabaseAsItWas() throws Exception {
        MemoryPackage p = new MemoryPackage();
        PackageHeader h = TestExporter.export(ledgers.township, ledgers.countyId, ledgers.party, false, p);
        int lastContact = p.rows("contact") - 1;
        p.set("contact", lastContact, "spo2", "九十");
        try (Database county = Database.open(dir.resolve("county2.db"))) {
            ReceivingDatabase.prepare(county, h, ledgers.countyId);
            List<String> before = Exchanges.content(county);

            assertThatThrownBy(() -> Exchanges.apply(county, h, p, true))
                    .isInstanceOfSatisfying(PackageRefused.class, e -> {
                        assertThat(e.reason()).isEqualTo(PackageRefused.Reason.ENTRY_MISMATCH);
                        assertThat(e.getMessage()).contains("entry contact, row 4, column spo2: not an integer")
                                .doesNotContain("九十");
                    });

            assertThat(Exchanges.content(county)).isEqualTo(before);
            assertThat(Exchanges.query(county, "SELECT applying FROM exchange_clock")).isEqualTo("0");
        }
    }

    @Test
    void aReferenceToARowNeitherInThePackageNorHeldRefusesThePackageNamingRowAndColumn() throws Exception {
        MemoryPackage p = new MemoryPackage();
        PackageHeader h = TestExporter.export(ledgers.township, ledgers.countyId, ledgers.party, false, p);
        p.set("comorbidity", 0, "person", "01890000-0000-7000-8000-000000000099");
        try (Database county = Database.open(dir.resolve("county2.db"))) {
            ReceivingDatabase.prepare(county, h, ledgers.countyId);
            List<String> before = Exchanges.content(county);

            assertThatThrownBy(() -> Exchanges.apply(county, h, p, true))
                    .isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(e.getMessage())
                            .contains("entry comorbidity, row 1, column person: refers to a person neither in the"
                                    + " package nor held"));

            assertThat(Exchanges.content(county)).isEqualTo(before);
        }
    }

    @Test
    void malformedValuesAreRefusedWithoutQuotingThem() throws Exception {
        String[][] damages = {
                {"person", "global_id", "1234", "column global_id: not a global id"},
                {"person", "deleted", "yes", "column deleted: not 0 or 1"},
                {"person", "name", null, "column name: empty where a value is required"},
                {"person", "updated_at", "yesterday", "column updated_at: not an instant"},
                {"person", "township_code", "500235125", "column township_code: not the township"},
                {"village", "longitude", "east", "column longitude: not a number"},
                {"person", "changed", "name,shoe_size", "column changed: names a column the entry does not have"}};
        for (String[] d : damages) {
            MemoryPackage p = new MemoryPackage();
            PackageHeader h = TestExporter.export(ledgers.township, ledgers.countyId, ledgers.party, false, p);
            p.set(d[0], 0, d[1], d[2]);
            Path file = dir.resolve("damaged-" + d[1] + ".db");
            try (Database county = Database.open(file)) {
                ReceivingDatabase.prepare(county, h, ledgers.countyId);
                assertThatThrownBy(() -> Exchanges.apply(county, h, p, true))
                        .isInstanceOfSatisfying(PackageRefused.class, e -> {
                            assertThat(e.reason()).isEqualTo(PackageRefused.Reason.ENTRY_MISMATCH);
                            assertThat(e.getMessage()).contains("entry " + d[0] + ", row 1, " + d[3])
                                    .doesNotContain("冉桂英");
                        });
                assertThat(Exchanges.query(county, "SELECT count(*) FROM person")).isEqualTo("0");
            }
        }
    }

    @Test
    void aRowThatBreaksARuleOfTheTableIsRefusedNamingItsRow() throws Exception {
        ledgers.toCounty(false);
        // a second village with the code of one held under another global id
        MemoryPackage p = new MemoryPackage().add("village", PackageRows.of("village")
                .set("global_id", "01890000-0000-7000-8000-0000000000b1").set("code", "500235124001")
                .set("name", "平安社区").set("urban_rural", "111").row());
        PackageHeader h = Exchanges.full(ledgers.townshipId, ledgers.party, 2, null);
        List<String> before = Exchanges.content(ledgers.county);

        assertThatThrownBy(() -> Exchanges.apply(ledgers.county, h, p, true))
                .isInstanceOfSatisfying(PackageRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(PackageRefused.Reason.ENTRY_MISMATCH);
                    assertThat(e.getMessage()).contains("entry village, row 1: breaks a rule of the table")
                            .contains("village.code").doesNotContain("500235124001");
                });

        assertThat(Exchanges.content(ledgers.county)).isEqualTo(before);
    }

    @Test
    void anUnknownEntryOrOtherColumnsAreRefused() throws Exception {
        PackageHeader h = Exchanges.full(ledgers.townshipId, ledgers.party, 1, null);
        MemoryPackage unknown = new MemoryPackage();
        unknown.entry("export_log", List.of("global_id"));
        MemoryPackage columns = new MemoryPackage();
        columns.entry("township", List.of("global_id", "township_code", "updated_at", "revision", "deleted", "code",
                "changed"));
        try (Database county = Database.open(dir.resolve("county2.db"))) {
            ReceivingDatabase.prepare(county, h, ledgers.countyId);
            assertThatThrownBy(() -> Exchanges.apply(county, h, unknown, true))
                    .hasMessageContaining("entry export_log: not a table this version exchanges");
            assertThatThrownBy(() -> Exchanges.apply(county, h, columns, true))
                    .hasMessageContaining("entry township: its columns are not this version's");
        }
    }

    @Test
    void aPreviewCountsWhatApplyingWouldDoAndWritesNothing() throws Exception {
        MemoryPackage p = new MemoryPackage();
        PackageHeader h = TestExporter.export(ledgers.township, ledgers.countyId, ledgers.party, false, p);
        try (Database county = Database.open(dir.resolve("county2.db"))) {
            ReceivingDatabase.prepare(county, h, ledgers.countyId);
            List<String> before = Exchanges.content(county);
            List<Long> progress = new ArrayList<>();

            ImportOutcome preview = new PackageImporter(county, io.guankou.persistence.TestTownship.CLOCK)
                    .preview(Exchanges.request(h, true), p.source(), progress::add);

            assertThat(Exchanges.content(county)).isEqualTo(before);
            assertThat(progress).last().isEqualTo((long) preview.rows());
            ImportOutcome applied = Exchanges.apply(county, h, p, true);
            assertThat(preview).isEqualTo(applied);
            assertThat(preview.table("person").added()).isEqualTo(3);
        }
    }

    @Test
    void theTriggersAreOffWhileThePackageIsWrittenAndOnAgainAfterwardsAlsoAfterAFailure() throws Exception {
        MemoryPackage p = new MemoryPackage();
        PackageHeader h = TestExporter.export(ledgers.township, ledgers.countyId, ledgers.party, false, p);
        try (Database county = Database.open(dir.resolve("county2.db"))) {
            ReceivingDatabase.prepare(county, h, ledgers.countyId);
            List<String> seen = new ArrayList<>();
            EntrySource watching = watch(p.source(), () -> seen.add(Exchanges.query(county,
                    "SELECT applying FROM exchange_clock")), -1);

            new PackageImporter(county, io.guankou.persistence.TestTownship.CLOCK)
                    .apply(Exchanges.request(h, true), watching, n -> { });

            assertThat(seen).isNotEmpty().containsOnly("1");
            assertThat(Exchanges.query(county, "SELECT applying FROM exchange_clock")).isEqualTo("0");
        }
    }

    @Test
    void anInterruptCancelsTheImportAndRollsEverythingBack() throws Exception {
        MemoryPackage p = new MemoryPackage();
        PackageHeader h = TestExporter.export(ledgers.township, ledgers.countyId, ledgers.party, false, p);
        // enough rows that the importer looks for the interrupt
        MemoryPackage big = new MemoryPackage();
        for (MemoryPackage.Entry e : p.entries()) {
            big.entry(e.name(), e.columns());
            big.entry(e.name()).rows().addAll(e.rows());
        }
        String[] template = p.entry("contact").rows().get(0);
        int gid = p.entry("contact").columns().indexOf("global_id");
        for (int i = 0; i < 3 * PackageMerge.CHECK_EVERY; i++) {
            String[] row = template.clone();
            row[gid] = String.format("01890000-0000-7000-8000-%012d", i);
            big.entry("contact").rows().add(row);
        }
        try (Database county = Database.open(dir.resolve("county2.db"))) {
            ReceivingDatabase.prepare(county, h, ledgers.countyId);
            List<String> before = Exchanges.content(county);
            EntrySource interrupting = watch(big.source(), () -> Thread.currentThread().interrupt(), 100);
            try {
                assertThatThrownBy(() -> new PackageImporter(county, io.guankou.persistence.TestTownship.CLOCK)
                        .apply(Exchanges.request(h, true), interrupting, n -> { }))
                        .isInstanceOf(CancellationException.class);
            } finally {
                Thread.interrupted();
            }
            assertThat(Exchanges.content(county)).isEqualTo(before);
        }
    }

    /** Runs {@code action} at the start of every entry but the first, or after {@code afterRows} rows. */
    private static EntrySource watch(EntrySource source, Runnable action, int afterRows) {
        int[] entries = {0};
        int[] rows = {0};
        return () -> {
            RowSource e = source.next();
            if (e != null && afterRows < 0 && entries[0]++ > 0) {
                action.run();
            }
            if (e == null || afterRows < 0) {
                return e;
            }
            return new RowSource() {
                @Override
                public String name() {
                    return e.name();
                }

                @Override
                public List<String> columns() {
                    return e.columns();
                }

                @Override
                public String[] next() throws java.io.IOException, PackageRefused {
                    if (++rows[0] == afterRows) {
                        action.run();
                    }
                    return e.next();
                }
            };
        };
    }

    private static List<String> lastContacts(Database db) {
        return db.read(dsl -> dsl.fetch("SELECT p.global_id || ' ' || l.last_reached_at FROM person_last_contact l"
                + " JOIN person p ON p.id = l.person_id ORDER BY 1").getValues(0, String.class));
    }

    private static List<String> withoutChanged(MemoryPackage p) {
        List<String> rows = new ArrayList<>();
        for (MemoryPackage.Entry e : p.entries()) {
            for (String[] r : e.rows()) {
                rows.add(e.name() + " " + Arrays.toString(Arrays.copyOf(r, r.length - 1)));
            }
        }
        return rows;
    }
}
