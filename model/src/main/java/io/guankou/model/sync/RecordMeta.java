package io.guankou.model.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every exchanged record carries so that the county can merge USB data packages field by field:
 * a global id that survives copying between databases, the owning township, and a revision that
 * grows with each change. Removals stay as tombstones ({@code deleted}) so a merge can tell
 * "removed here" from "never seen".
 */
public record RecordMeta(UUID globalId, String townshipCode, Instant updatedAt, long revision, boolean deleted) {

    public RecordMeta {
        Objects.requireNonNull(globalId, "globalId");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative");
        }
    }

    /** Meta for a record that has not been stored yet. */
    public static RecordMeta fresh(String townshipCode, Instant now) {
        return new RecordMeta(GlobalIds.standard().next(now), townshipCode, now, 0, false);
    }

    public RecordMeta touched(Instant now) {
        return new RecordMeta(globalId, townshipCode, now, revision + 1, deleted);
    }

    public RecordMeta tombstone(Instant now) {
        return new RecordMeta(globalId, townshipCode, now, revision + 1, true);
    }
}
