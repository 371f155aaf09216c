package io.guankou.persistence.exchange;

import io.guankou.model.exchange.merge.ConflictChoice;
import io.guankou.model.exchange.merge.ConflictKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the conflict list: which row and field, both values (as a package carries them: a reference as the
 * referenced row's global id, a flag as 0 or 1), who changed each and when, and once a person chose, the choice.
 *
 * @param field a column of the table; {@code deleted} for a removal against an edit; {@code resident_id} for a
 *     duplicate person
 * @param rowGlobalId the row the package brought (for a duplicate: the incoming person)
 * @param otherGlobalId a duplicate's local person
 * @param localChangedBy who changed the local value, when the ledger's history knows (else empty)
 * @param incomingChangedBy the sending office
 */
public record PackageConflict(
        long id,
        UUID packageId,
        String table,
        UUID rowGlobalId,
        String field,
        ConflictKind kind,
        String localValue,
        String incomingValue,
        Optional<String> localChangedBy,
        Instant localChangedAt,
        String incomingChangedBy,
        Instant incomingChangedAt,
        Optional<UUID> otherGlobalId,
        Instant detectedAt,
        Optional<Resolution> resolution) {

    /** How a conflict was resolved. */
    public record Resolution(Instant at, String by, ConflictChoice choice) {
    }

    public PackageConflict {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rowGlobalId, "rowGlobalId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(localChangedBy, "localChangedBy");
        Objects.requireNonNull(otherGlobalId, "otherGlobalId");
        Objects.requireNonNull(resolution, "resolution");
    }

    public boolean isOpen() {
        return resolution.isEmpty();
    }
}
