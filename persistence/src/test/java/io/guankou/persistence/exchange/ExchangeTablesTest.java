package io.guankou.persistence.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.persistence.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ExchangeTables} against the schema the migrations build: a table or column added by a later migration and
 * not added to the package fails here, and so does an exchanged table whose change marks are not kept.
 */
class ExchangeTablesTest {

    /** Not exchanged (docs/package-format.md): this office's own, derived data, and the bookkeeping. */
    static final Set<String> NOT_EXCHANGED = Set.of("flyway_schema_history", "export_log", "person_last_contact",
            "change_mark", "exchange_clock", "exchange_identity", "exchange_peer", "exchange_package",
            "exchange_conflict");

    @TempDir
    static Path dir;
    static Map<String, List<String>> schema;
    static Map<String, Map<String, String>> foreignKeys;
    static Map<String, String> triggers;
    static Map<String, String> indexes;

    @BeforeAll
    static void migrate() throws Exception {
        Path file = dir.resolve("schema.db");
        Database.open(file).close();
        schema = new LinkedHashMap<>();
        foreignKeys = new HashMap<>();
        triggers = new HashMap<>();
        indexes = new HashMap<>();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + t + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                schema.put(t, columns);
                Map<String, String> keys = new HashMap<>();
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + t + ")")) {
                    while (rs.next()) {
                        keys.put(rs.getString("from"), rs.getString("table"));
                    }
                }
                foreignKeys.put(t, keys);
            }
            try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) {
                    triggers.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                    + " AND sql IS NOT NULL")) {
                while (rs.next()) {
                    indexes.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    @Test
    void everyTableOfTheSchemaIsExchangedUnlessItIsBookkeepingOrDerived() {
        List<String> exchanged = ExchangeTables.ALL.stream().map(ExchangeTable::name).toList();
        assertThat(exchanged).doesNotHaveDuplicates();
        List<String> expected = schema.keySet().stream().filter(t -> !NOT_EXCHANGED.contains(t)).sorted().toList();
        assertThat(exchanged.stream().sorted().toList()).isEqualTo(expected);
    }

    @Test
    void eachExchangedTableHasExactlyItsStoredColumnsInStoredOrder() {
        for (ExchangeTable t : ExchangeTables.ALL) {
            List<String> stored = new ArrayList<>(List.of("id"));
            stored.addAll(ExchangeTable.META_COLUMNS);
            stored.addAll(t.dataColumns());
            assertThat(stored).as(t.name()).isEqualTo(schema.get(t.name()));
        }
    }

    @Test
    void referencesAreExactlyTheForeignKeysAndPointAtEarlierTables() {
        List<String> order = ExchangeTables.ALL.stream().map(ExchangeTable::name).toList();
        for (ExchangeTable t : ExchangeTables.ALL) {
            assertThat(t.references()).as(t.name() + " references").isEqualTo(foreignKeys.get(t.name()));
            t.references().values().forEach(parent -> assertThat(order.indexOf(parent)).as(t.name() + " → " + parent)
                    .isLessThan(order.indexOf(t.name())));
        }
        // place_change.place_id has no foreign key: its table depends on the row's entity
        assertThat(schema.get("place_change")).contains(ExchangeTables.PLACE_CHANGE_PLACE, "entity");
        ExchangeTables.PLACE_ENTITY_TABLES.values().forEach(placeTable -> assertThat(order.indexOf(placeTable))
                .isLessThan(order.indexOf("place_change")));
    }

    @Test
    void noLocalIdTravelsAndEveryEntryEndsWithChanged() {
        for (ExchangeTable t : ExchangeTables.ALL) {
            List<String> columns = t.packageColumns();
            assertThat(columns).as(t.name()).doesNotContain("id").noneMatch(c -> c.endsWith("_id") && !c.equals("global_id")
                    && !c.equals("resident_id"));
            assertThat(columns.subList(0, 5)).isEqualTo(ExchangeTable.META_COLUMNS);
            assertThat(columns.get(columns.size() - 1)).isEqualTo("changed");
            assertThat(columns).doesNotHaveDuplicates();
        }
        assertThat(ExchangeTables.named("person").orElseThrow().packageColumns())
                .contains("village", "grid", "household", "family_doctor_team", "responsibility_team", "resident_id");
        assertThat(ExchangeTables.named("place_change").orElseThrow().packageColumns()).contains("entity", "place");
    }

    @Test
    void everyExchangedTableHasBothMarkTriggersCoveringEveryDataFieldAndTheTombstone() {
        for (ExchangeTable t : ExchangeTables.ALL) {
            String insert = triggers.get(t.name() + "_mark_insert");
            String update = triggers.get(t.name() + "_mark_update");
            assertThat(insert).as(t.name() + " insert trigger").isNotNull()
                    .contains("AFTER INSERT ON " + t.name()).contains("'*'")
                    .contains("WHEN (SELECT applying FROM exchange_clock) = 0");
            assertThat(update).as(t.name() + " update trigger").isNotNull()
                    .contains("AFTER UPDATE ON " + t.name())
                    .contains("WHEN (SELECT applying FROM exchange_clock) = 0");
            List<String> marked = new ArrayList<>(t.dataColumns());
            marked.add("deleted");
            for (String c : marked) {
                assertThat(update).as(t.name() + "." + c)
                        .contains("SELECT '" + c + "' AS f WHERE OLD." + c + " IS NOT NEW." + c);
            }
            // and nothing else: the exchange columns that every write moves are not changes of a field
            for (String c : List.of("global_id", "township_code", "updated_at", "revision", "id")) {
                assertThat(update).as(t.name() + "." + c).doesNotContain("OLD." + c + " ");
            }
        }
    }

    @Test
    void theMarksOfADeltaAreFoundByTheirTick() {
        // the exporter names this index (INDEXED BY): a delta starts from the few marks newer than its base
        assertThat(indexes.get("change_mark_tick")).isEqualTo("CREATE INDEX change_mark_tick ON change_mark (tbl, tick)");
    }

    @Test
    void anOpenConflictIsRenewedThroughItsRowAndField() throws Exception {
        // ConflictRows renews the open conflict of a row and field once per conflicting field of an import
        List<String> plan = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.url(dir.resolve("schema.db")));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN UPDATE exchange_conflict SET kind = 'FIELD'"
                     + " WHERE tbl = 'person' AND row_global_id = 'x' AND field = 'phone' AND resolved_at IS NULL")) {
            while (rs.next()) {
                plan.add(rs.getString("detail"));
            }
        }
        assertThat(plan).anyMatch(d -> d.contains("USING INDEX exchange_conflict_row"));
    }
}
