package io.guankou.persistence.exchange;

import io.guankou.persistence.TestTownship;
import java.util.List;

/**
 * Builds one row of an entry in the package column layout of {@link ExchangeTable#packageColumns()}: the exchange
 * columns with test defaults (the test township, revision 1, live, {@code changed = *}), everything else null until
 * set.
 */
final class PackageRows {

    static final String UPDATED_AT = "2026-11-22T08:00:00.000Z";

    private final List<String> columns;
    private final String[] values;

    private PackageRows(String table) {
        this.columns = ExchangeTables.named(table).orElseThrow().packageColumns();
        this.values = new String[columns.size()];
        set("township_code", TestTownship.CODE);
        set("updated_at", UPDATED_AT);
        set("revision", "1");
        set("deleted", "0");
        set(ExchangeTable.CHANGED_COLUMN, "*");
    }

    static PackageRows of(String table) {
        return new PackageRows(table);
    }

    PackageRows set(String column, String value) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        values[i] = value;
        return this;
    }

    String[] row() {
        return values.clone();
    }
}
