package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageHeader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A package made and logged.
 *
 * @param header   what the package says about itself
 * @param rows     rows per entry (table), in package order; every table of {@link ExchangeTables#ALL} is there
 * @param bytes    what the target wrote
 * @param logged   the package log's row (with the clock tick the rows were read at)
 */
public record ExportOutcome(PackageHeader header, Map<String, Long> rows, long bytes, LoggedPackage logged) {

    public ExportOutcome {
        Objects.requireNonNull(header, "header");
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        Objects.requireNonNull(logged, "logged");
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
