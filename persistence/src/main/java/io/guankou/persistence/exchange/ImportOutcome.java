package io.guankou.persistence.exchange;

import java.util.List;

/**
 * What applying a package did, or what a preview found it would do.
 *
 * @param alreadyApplied the package was applied before (recognised by its id): nothing was written, no log row
 * @param tables per entry of the package, in package order
 * @param conflicts the rows written to the conflict list (a row may have several fields in conflict)
 */
public record ImportOutcome(boolean alreadyApplied, List<TableCounts> tables, List<ImportWarning> warnings,
                            int conflicts) {

    public ImportOutcome {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    static ImportOutcome applied() {
        return new ImportOutcome(true, List.of(), List.of(), 0);
    }

    public TableCounts table(String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entry " + name));
    }

    public int rows() {
        return tables.stream().mapToInt(TableCounts::rows).sum();
    }

    public int added() {
        return tables.stream().mapToInt(TableCounts::added).sum();
    }

    public int updated() {
        return tables.stream().mapToInt(TableCounts::updated).sum();
    }

    public int unchanged() {
        return tables.stream().mapToInt(TableCounts::unchanged).sum();
    }

    public int conflicting() {
        return tables.stream().mapToInt(TableCounts::conflicting).sum();
    }
}
