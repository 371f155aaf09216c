package io.guankou.persistence.exchange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One exchanged table as the import writes it: its data columns with their kinds (from the schema, so a column a
 * later migration adds is read the same way), which of them must not be null, and which point at another table.
 */
final class TableLayout {

    /** One data column. */
    record Column(String stored, String packageName, ColumnKind kind, boolean notNull, String references) {

        boolean isReference() {
            return references != null;
        }

        /** {@code place_change.place_id}: the table it points into depends on the row's entity. */
        boolean isPlace() {
            return PLACE.equals(references);
        }
    }

    static final String PLACE = "(entity)";

    private final ExchangeTable table;
    private final List<Column> columns;
    private final Map<String, Integer> byName = new HashMap<>();

    private TableLayout(ExchangeTable table, List<Column> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            byName.put(columns.get(i).stored(), i);
            byName.put(columns.get(i).packageName(), i);
        }
    }

    static TableLayout read(Connection c, ExchangeTable table) throws SQLException {
        Map<String, ColumnKind> kinds = new HashMap<>();
        Map<String, Boolean> notNull = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(" + table.name() + ")")) {
            while (rs.next()) {
                kinds.put(rs.getString("name"), ColumnKind.ofDeclared(rs.getString("type")));
                notNull.put(rs.getString("name"), rs.getInt("notnull") != 0);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (String stored : table.dataColumns()) {
            ColumnKind kind = kinds.get(stored);
            if (kind == null) {
                throw new IllegalStateException(table.name() + "." + stored + " is not in the schema");
            }
            String ref = table.references().get(stored);
            if (table.name().equals("place_change") && stored.equals(ExchangeTables.PLACE_CHANGE_PLACE)) {
                ref = PLACE;
            }
            columns.add(new Column(stored, table.packageName(stored), ref == null ? kind : ColumnKind.INTEGER,
                    notNull.get(stored), ref));
        }
        return new TableLayout(table, columns);
    }

    ExchangeTable table() {
        return table;
    }

    String name() {
        return table.name();
    }

    List<Column> columns() {
        return columns;
    }

    /** The index of a data column by its stored or package name, or -1. */
    int index(String name) {
        Integer i = byName.get(name);
        return i == null ? -1 : i;
    }
}
