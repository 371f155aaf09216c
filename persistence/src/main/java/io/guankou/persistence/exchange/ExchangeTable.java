package io.guankou.persistence.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One table as a package carries it (docs/package-format.md, "Tables and columns"): its data columns in stored
 * order, and which of them point at another table's rows by local id. In a package such a column travels as the
 * referenced row's global id, under the column's name without {@code _id}.
 *
 * @param name the SQL table and the package entry name
 * @param dataColumns the columns after the six exchange columns, as stored (references with their {@code _id})
 * @param references referencing column → referenced table; {@code place_change.place_id} is not here (its table
 *     depends on the row's {@code entity}: {@link ExchangeTables#PLACE_CHANGE_PLACE})
 */
public record ExchangeTable(String name, List<String> dataColumns, Map<String, String> references) {

    /** The exchange columns every entry starts with, in this order. */
    public static final List<String> META_COLUMNS =
            List.of("global_id", "township_code", "updated_at", "revision", "deleted");
    /** The last column of every entry: the data fields the sender changed (comma-separated, {@code *}, or empty). */
    public static final String CHANGED_COLUMN = "changed";

    public ExchangeTable {
        Objects.requireNonNull(name, "name");
        dataColumns = List.copyOf(dataColumns);
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        if (!dataColumns.containsAll(references.keySet())) {
            throw new IllegalArgumentException(name + ": a reference that is not a data column");
        }
    }

    /**
     * The name a stored <em>reference</em> column has in a package: without its {@code _id}. For any column of this
     * table use {@link #packageName}, which leaves a column that is not a reference (e.g. {@code resident_id}) as it is.
     */
    public static String packageColumn(String storedColumn) {
        return storedColumn.endsWith("_id") ? storedColumn.substring(0, storedColumn.length() - 3) : storedColumn;
    }

    /** Whether a stored column holds another row's local id: a reference, or {@code place_change.place_id}. */
    public boolean isReference(String storedColumn) {
        return references.containsKey(storedColumn)
                || name.equals("place_change") && storedColumn.equals(ExchangeTables.PLACE_CHANGE_PLACE);
    }

    /** The name a stored column of this table has in a package: a reference loses its {@code _id}, others stay. */
    public String packageName(String storedColumn) {
        return isReference(storedColumn) ? packageColumn(storedColumn) : storedColumn;
    }

    /** The entry's columns: the exchange columns, the data columns (references renamed), {@code changed}. */
    public List<String> packageColumns() {
        List<String> columns = new ArrayList<>(META_COLUMNS);
        for (String c : dataColumns) {
            columns.add(packageName(c));
        }
        columns.add(CHANGED_COLUMN);
        return List.copyOf(columns);
    }
}
