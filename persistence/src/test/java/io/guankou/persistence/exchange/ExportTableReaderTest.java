package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.Rows;
import io.guankou.persistence.TestTownship;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One table read as a package entry, straight from {@link ExportTableReader}: values come out exactly as stored
 * whether a row takes the fast way (one line per row, cut apart here) or is read again column by column (a value
 * holding a TAB, a reference to a row that is not there), and whether its references come from the query or from
 * the referenced table's global ids held beforehand (a table with more rows than the one it points into); NULL stays
 * apart from the empty string, a dangling reference is named even when the same row holds a TAB, REAL values arrive
 * as the same number, and the {@code changed} column of a delta and of a full package after a base.
 */
class ExportTableReaderTest {

    static final String PERSON = "90000000-0000-4000-8000-000000000001";
    static final ExchangeTable CONTACT = ExchangeTables.named("contact").orElseThrow();
    static final ExchangeTable PERSONS = ExchangeTables.named("person").orElseThrow();
    static final ExchangeTable VILLAGE = ExchangeTables.named("village").orElseThrow();

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        Rows.person(db, 1, "YELLOW", null, false, false);
        Rows.person(db, 2, "GREEN", null, false, false);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A contact of person 1 with the texts given (null: SQL NULL); its global id is {@code 7…0<n>}. */
    private String contact(int n, String madeBy, String note, String action) {
        String gid = String.format("70000000-0000-7000-8000-%012d", n);
        db.read(dsl -> dsl.execute("INSERT INTO contact (id, global_id, township_code, updated_at, revision, deleted,"
                + " person_id, at, made_by, mode, reached, note, action) VALUES (?, ?, ?, '2026-11-01T00:00:00.000Z',"
                + " 1, 0, 1, '2026-11-01T09:00:00', ?, 'PHONE', 1, ?, ?)", n, gid, TestTownship.CODE, madeBy, note,
                action));
        return gid;
    }

    /** SQL on a connection of its own that does not enforce foreign keys, to make what the ledger never would. */
    private void withoutForeignKeys(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }

    private List<Map<String, String>> read(ExchangeTable table, boolean onlyMarked, Long sinceTick) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> columns = table.packageColumns();
        db.read(dsl -> dsl.connectionResult(c -> {
            try {
                return new ExportTableReader(c, table, onlyMarked, sinceTick, null).read(values -> {
                    assertThat(values).hasSize(columns.size());
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < values.length; i++) {
                        row.put(columns.get(i), values[i]);
                    }
                    rows.add(row);
                }, n -> { }, 2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return rows;
    }

    /**
     * With {@code held}, the contacts' persons come from the persons' global ids read beforehand (two persons, a
     * contact or more each test); without, there are more persons than contacts and the query looks each one up.
     */
    private void personsFor(boolean held) {
        if (!held) {
            for (int id = 3; id <= 12; id++) {
                Rows.person(db, id, "GREEN", null, false, false);
            }
        }
    }

    /** Whether the streaming query of {@code table} leaves its references into {@code referenced} to the reader. */
    private boolean held(ExchangeTable table, String referenced) {
        return db.read(dsl -> dsl.connectionResult(c -> !new ExportTableReader(c, table, false, null, null)
                .streamingSql().contains(" JOIN " + referenced + " ")));
    }

    private Map<String, String> row(List<Map<String, String>> rows, String globalId) {
        return rows.stream().filter(r -> r.get("global_id").equals(globalId)).findFirst().orElseThrow();
    }

    private long tick() {
        return Long.parseLong(query(db, "SELECT tick FROM exchange_clock"));
    }

    private void moveClock() {
        db.read(dsl -> dsl.execute("UPDATE exchange_clock SET tick = tick + 1"));
    }

    @ParameterizedTest(name = "persons held: {0}")
    @ValueSource(booleans = {true, false})
    void lineBreaksBackslashesAndTabsComeOutAsStoredOnTheFastWayAndColumnByColumn(boolean heldPersons) {
        personsFor(heldPersons);
        String plain = contact(1, "王\\医生", "一\n二\\三\r\n四", "送药\\n到家");
        String tabInRequired = contact(2, "李\t医生", "咳嗽", "");
        String tabsInNullable = contact(3, "王医生", "a\tb\t\tc", "\t");
        String utf8 = contact(4, "𠮷医生", "温度 37.5℃；血氧 95%", null);
        assertThat(held(CONTACT, "person")).isEqualTo(heldPersons);

        List<Map<String, String>> rows = read(CONTACT, false, null);

        assertThat(rows).extracting(r -> r.get("global_id"))
                .containsExactly(plain, tabInRequired, tabsInNullable, utf8);
        assertThat(row(rows, plain)).containsEntry("made_by", "王\\医生").containsEntry("note", "一\n二\\三\r\n四")
                .containsEntry("action", "送药\\n到家").containsEntry("person", PERSON).containsEntry("reached", "1")
                .containsEntry("changed", "*");
        assertThat(row(rows, tabInRequired)).containsEntry("made_by", "李\t医生").containsEntry("note", "咳嗽")
                .containsEntry("action", "").containsEntry("mode", "PHONE").containsEntry("changed", "*");
        assertThat(row(rows, tabsInNullable)).containsEntry("note", "a\tb\t\tc").containsEntry("action", "\t")
                .containsEntry("person", PERSON);
        assertThat(row(rows, utf8)).containsEntry("made_by", "𠮷医生").containsEntry("note", "温度 37.5℃；血氧 95%")
                .containsEntry("action", null);
    }

    @ParameterizedTest(name = "references held: {0}")
    @ValueSource(booleans = {true, false})
    void nullAndTheEmptyStringStayApart(boolean held) {
        personsFor(held);
        String emptyNote = contact(1, "王医生", "", null);
        String nullNote = contact(2, "王医生", null, "");
        if (!held) {
            for (int id = 1; id <= 12; id++) { // more grids than persons
                String gid = String.format("d1000000-0000-4000-8000-%012d", id);
                db.read(dsl -> dsl.execute("INSERT INTO grid (global_id, township_code, updated_at, revision,"
                        + " deleted, village_id, name) VALUES (?, ?, '2026-11-01T00:00:00.000Z', 1, 0, 1, '网格')",
                        gid, TestTownship.CODE));
            }
        }
        db.read(dsl -> dsl.execute("UPDATE person SET phone = '', address = NULL, emergency_contact_name = '',"
                + " grid_id = NULL WHERE id = 2"));

        List<Map<String, String>> contacts = read(CONTACT, false, null);
        assertThat(row(contacts, emptyNote)).containsEntry("note", "").containsEntry("action", null)
                .containsEntry("temperature", null).containsEntry("spo2", null).containsEntry("symptoms", "");
        assertThat(row(contacts, nullNote)).containsEntry("note", null).containsEntry("action", "");

        assertThat(held(CONTACT, "person")).isEqualTo(held);
        assertThat(held(PERSONS, "grid")).isEqualTo(held);
        Map<String, String> person = row(read(PERSONS, false, null), "90000000-0000-4000-8000-000000000002");
        assertThat(person).containsEntry("phone", "").containsEntry("address", null)
                .containsEntry("emergency_contact_name", "").containsEntry("emergency_contact_phone", null)
                .containsEntry("grid", null).containsEntry("household", null)
                .containsEntry("village", "b0000000-0000-4000-8000-000000000001")
                .containsEntry("living_situations", "");
    }

    @ParameterizedTest(name = "persons held: {0}")
    @ValueSource(booleans = {true, false})
    void aRequiredReferenceToARowThatIsNotThereIsNamed(boolean heldPersons) throws Exception {
        personsFor(heldPersons);
        contact(1, "王医生", "好", null);
        String dangling = contact(2, "王医生", "好", null);
        withoutForeignKeys("UPDATE contact SET person_id = 99 WHERE id = 2");
        assertThat(held(CONTACT, "person")).isEqualTo(heldPersons);

        assertThatThrownBy(() -> read(CONTACT, false, null)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.reason()).isEqualTo(DatabaseException.Reason.CANNOT_READ_LEDGER);
            assertThat(e.getMessage()).isEqualTo("Row " + dangling + " of contact points at a person row that is not"
                    + " there (person_id = 99)");
        });
    }

    @ParameterizedTest(name = "households held: {0}")
    @ValueSource(booleans = {true, false})
    void anOptionalReferenceToARowThatIsNotThereIsNamed(boolean heldHouseholds) throws Exception {
        if (!heldHouseholds) {
            for (int id = 1; id <= 3; id++) { // more households than persons
                String gid = String.format("d2000000-0000-4000-8000-%012d", id);
                db.read(dsl -> dsl.execute("INSERT INTO household (global_id, township_code, updated_at, revision,"
                        + " deleted, village_id, address) VALUES (?, ?, '2026-11-01T00:00:00.000Z', 1, 0, 1, '一号')",
                        gid, TestTownship.CODE));
            }
        }
        withoutForeignKeys("UPDATE person SET household_id = 77 WHERE id = 2");
        assertThat(held(PERSONS, "household")).isEqualTo(heldHouseholds);

        assertThatThrownBy(() -> read(PERSONS, false, null)).isInstanceOfSatisfying(DatabaseException.class, e ->
                assertThat(e.getMessage()).isEqualTo("Row 90000000-0000-4000-8000-000000000002 of person points at a"
                        + " household row that is not there (household_id = 77)"));
    }

    @ParameterizedTest(name = "persons held: {0}")
    @ValueSource(booleans = {true, false})
    void aDanglingReferenceInARowThatAlsoHoldsATabIsNamedNotShifted(boolean heldPersons) throws Exception {
        personsFor(heldPersons);
        // one field fewer for the reference and one more for the TAB would add up to the right count
        contact(1, "王医生", "好", null);
        String both = contact(2, "李\t医生", "好", null);
        withoutForeignKeys("UPDATE contact SET person_id = 99 WHERE id = 2");
        assertThat(held(CONTACT, "person")).isEqualTo(heldPersons);

        assertThatThrownBy(() -> read(CONTACT, false, null)).isInstanceOfSatisfying(DatabaseException.class, e ->
                assertThat(e.getMessage()).isEqualTo("Row " + both + " of contact points at a person row that is not"
                        + " there (person_id = 99)"));
    }

    @Test
    void realsArriveAsTheSameNumberIntegersStoredAsRealToo() {
        db.read(dsl -> dsl.execute("UPDATE village SET longitude = ?, latitude = ? WHERE id = 1", 0.1 + 0.2, 108.0));
        db.read(dsl -> dsl.execute("UPDATE village SET longitude = ?, latitude = NULL WHERE id = 2", 1.0 / 3));

        List<Map<String, String>> villages = read(VILLAGE, false, null);

        // SQLite's own text (15 significant digits) where that reads back exactly, else 17 significant digits
        Map<String, String> first = row(villages, "b0000000-0000-4000-8000-000000000001");
        assertThat(first).containsEntry("longitude", "0.30000000000000004").containsEntry("latitude", "108.0");
        Map<String, String> second = row(villages, "b0000000-0000-4000-8000-000000000002");
        assertThat(second).containsEntry("longitude", "0.33333333333333331").containsEntry("latitude", null);
        assertThat(Double.parseDouble(first.get("longitude"))).isEqualTo(0.1 + 0.2);
        assertThat(Double.parseDouble(second.get("longitude"))).isEqualTo(1.0 / 3);
        assertThat(row(read(ExchangeTables.named("facility").orElseThrow(), false, null),
                "f0000000-0000-4000-8000-000000000001")).containsEntry("longitude", "108.716")
                .containsEntry("latitude", "30.912");
    }

    @Test
    void theCountyStoresTheSameRealsTheTownshipHolds() throws Exception {
        db.read(dsl -> dsl.execute("UPDATE village SET longitude = ?, latitude = ? WHERE id = 1", 0.1 + 0.2, 108.0));
        db.read(dsl -> dsl.execute("UPDATE village SET longitude = ?, latitude = ? WHERE id = 2", 1.0 / 3, -30.5));
        MemoryPackage p = new MemoryPackage();
        PackageHeader[] header = new PackageHeader[1];
        new PackageExporter(db, TestTownship.CLOCK).export(new ExportRequest(PackageKind.FULL, Optional.empty(),
                "王医生", Optional.empty()), new PackageTarget() {
                    @Override
                    public EntrySink open(PackageHeader h) {
                        header[0] = h;
                        return p;
                    }

                    @Override
                    public long finish() {
                        return 0;
                    }
                }, n -> { });

        try (Database county = Exchanges.receive(dir.resolve("county.db"), header[0], p)) {
            assertThat(reals(county, "b0000000-0000-4000-8000-000000000001")).containsExactly(0.1 + 0.2, 108.0);
            assertThat(reals(county, "b0000000-0000-4000-8000-000000000002")).containsExactly(1.0 / 3, -30.5);
        }
    }

    /** A village's longitude and latitude as the database holds them: REAL values (anything else fails). */
    private static List<Double> reals(Database db, String village) {
        return db.read(dsl -> dsl.fetch("SELECT typeof(longitude), longitude, typeof(latitude), latitude FROM village"
                + " WHERE global_id = ?", village).map(r -> {
                    assertThat(r.get(0, String.class) + " " + r.get(2, String.class)).isEqualTo("real real");
                    return List.of(r.get(1, Double.class), r.get(3, Double.class));
                })).get(0);
    }

    @Test
    void aDeltaCarriesTheRowsMarkedAfterItsBaseWithTheirChangedFields() {
        String untouched = contact(1, "王医生", "好", null);
        String edited = contact(2, "王医生", "好", null);
        String editedWithTab = contact(3, "王医生", "好", null);
        long base = tick();
        moveClock();
        db.read(dsl -> dsl.execute("UPDATE contact SET note = '一\n二\\三', spo2 = 95 WHERE id = 2"));
        db.read(dsl -> dsl.execute("UPDATE contact SET made_by = '李\t医生' WHERE id = 3"));
        String added = contact(4, "王医生", null, "复诊");

        List<Map<String, String>> delta = read(CONTACT, true, base);

        assertThat(delta).extracting(r -> r.get("global_id")).containsExactly(edited, editedWithTab, added)
                .doesNotContain(untouched);
        assertThat(row(delta, edited)).containsEntry("note", "一\n二\\三").containsEntry("spo2", "95")
                .containsEntry("changed", "spo2,note");
        assertThat(row(delta, editedWithTab)).containsEntry("made_by", "李\t医生").containsEntry("changed", "made_by");
        assertThat(row(delta, added)).containsEntry("note", null).containsEntry("action", "复诊")
                .containsEntry("changed", "*");
    }

    @ParameterizedTest(name = "persons held: {0}")
    @ValueSource(booleans = {true, false})
    void aFullPackageAfterABaseCarriesEveryRowWithTheFieldsChangedSinceIt(boolean heldPersons) {
        personsFor(heldPersons);
        String untouched = contact(1, "王医生", "好", null);
        String edited = contact(2, "王医生", "好", null);
        String editedWithTab = contact(3, "王医生", "好", null);
        String removed = contact(4, "王医生", "好", null);
        long base = tick();
        moveClock();
        db.read(dsl -> dsl.execute("UPDATE contact SET action = '送药', reached = 0 WHERE id = 2"));
        db.read(dsl -> dsl.execute("UPDATE contact SET note = 'a\tb' WHERE id = 3"));
        db.read(dsl -> dsl.execute("UPDATE contact SET deleted = 1 WHERE id = 4"));
        String added = contact(5, "王医生", null, null);
        assertThat(held(CONTACT, "person")).isEqualTo(heldPersons);

        List<Map<String, String>> full = read(CONTACT, false, base);

        assertThat(full).extracting(r -> r.get("global_id") + " " + r.get("changed")).containsExactly(
                untouched + " ", edited + " reached,action", editedWithTab + " note", removed + " deleted",
                added + " *");
        assertThat(row(full, editedWithTab)).containsEntry("note", "a\tb");
        assertThat(row(full, edited)).containsEntry("action", "送药").containsEntry("reached", "0");
    }
}
