package io.guankou.desktop.exchange;

import io.guankou.persistence.exchange.TableCounts;
import java.util.List;

/** What an import wrote (nothing when the package had been applied before), and the conflicts it added. */
public record ImportApplied(boolean alreadyApplied, List<TableCounts> tables, int conflicts) {

    public ImportApplied {
        tables = List.copyOf(tables);
    }

    public long added() {
        return tables.stream().mapToLong(TableCounts::added).sum();
    }

    public long updated() {
        return tables.stream().mapToLong(TableCounts::updated).sum();
    }
}
