package io.guankou.persistence.exchange;

import io.guankou.model.exchange.merge.ConflictChoice;
import io.guankou.model.exchange.merge.ConflictKind;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The conflict list of the data-exchange view: what imports left for a person to decide, newest first, and the
 * decisions (docs/decisions/0007-package-merge.md). A choice is written as a change of this ledger, so the next
 * package takes it back to the other side; the value not chosen stays in the history; the conflict stays listed as
 * resolved. Each choice is one transaction.
 */
public final class ConflictList {

    private static final String COLUMNS = "id, package_id, tbl, row_global_id, field, kind, local_value,"
            + " incoming_value, local_changed_by, local_changed_at, incoming_changed_by, incoming_changed_at,"
            + " other_global_id, detected_at, resolved_at, resolved_by, resolution";

    private final Database db;
    private final Clock clock;

    public ConflictList(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The open conflicts, newest first. */
    public List<PackageConflict> open() {
        return list("resolved_at IS NULL", "detected_at DESC, id DESC");
    }

    /** The resolved conflicts, newest decision first: the history of the list. */
    public List<PackageConflict> resolved() {
        return list("resolved_at IS NOT NULL", "resolved_at DESC, id DESC");
    }

    public Optional<PackageConflict> find(long conflictId) {
        return db.read(dsl -> dsl.connectionResult(c -> find(c, conflictId)));
    }

    /**
     * Decides an open conflict. {@code LOCAL} / {@code INCOMING} (a field, or a removal against an edit) write the
     * chosen value as a local change and a history row ({@code person_change} for a person, {@code place_change}
     * for a place) with the value not chosen as the old value; {@code MERGE} / {@code KEEP_BOTH} settle a duplicate
     * person ({@link DuplicatePersons}).
     *
     * @throws IllegalArgumentException when the choice does not fit the conflict's kind
     * @throws IllegalStateException when the conflict is resolved already, or its row is no longer there
     */
    public void resolve(long conflictId, ConflictChoice choice, String by) {
        Objects.requireNonNull(choice, "choice");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a decision needs the user's name");
        }
        db.transaction(dsl -> dsl.connectionResult(c -> {
            PackageConflict conflict = find(c, conflictId).orElseThrow(() -> new IllegalArgumentException(
                    "no conflict " + conflictId));
            if (!conflict.isOpen()) {
                throw new IllegalStateException("conflict " + conflictId + " is resolved already");
            }
            if (!conflict.kind().choices().contains(choice)) {
                throw new IllegalArgumentException(choice + " does not settle a conflict of kind " + conflict.kind());
            }
            requireLocalWrites(c);
            String now = SqlText.instant(clock.instant());
            if (conflict.kind() == ConflictKind.DUPLICATE_PERSON) {
                if (choice == ConflictChoice.MERGE) {
                    new DuplicatePersons(dsl, c, by, now).merge(conflict.otherGlobalId().orElseThrow(),
                            conflict.rowGlobalId());
                }
            } else {
                new ConflictChoiceWriter(dsl, c, by, now).write(conflict, choice);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_conflict SET resolved_at = ?,"
                    + " resolved_by = ?, resolution = ? WHERE id = ?")) {
                ps.setString(1, now);
                ps.setString(2, by);
                ps.setString(3, choice.name());
                ps.setLong(4, conflictId);
                ps.executeUpdate();
            }
            return null;
        }));
    }

    private List<PackageConflict> list(String where, String order) {
        return db.read(dsl -> dsl.connectionResult(c -> {
            List<PackageConflict> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM exchange_conflict WHERE "
                    + where + " ORDER BY " + order);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(conflict(rs));
                }
            }
            return out;
        }));
    }

    private static Optional<PackageConflict> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM exchange_conflict WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(conflict(rs)) : Optional.empty();
            }
        }
    }

    /** Choices are local changes: never written while an import's transaction has the triggers switched off. */
    private static void requireLocalWrites(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT applying FROM exchange_clock WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getInt(1) != 0) {
                throw new IllegalStateException("a package is being applied");
            }
        }
    }

    private static PackageConflict conflict(ResultSet rs) throws SQLException {
        String other = rs.getString(13);
        String resolvedAt = rs.getString(15);
        PackageConflict.Resolution resolution = resolvedAt == null ? null : new PackageConflict.Resolution(
                instant(resolvedAt), rs.getString(16), ConflictChoice.valueOf(rs.getString(17)));
        return new PackageConflict(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                UUID.fromString(rs.getString(4)), rs.getString(5), ConflictKind.valueOf(rs.getString(6)),
                rs.getString(7), rs.getString(8), Optional.ofNullable(rs.getString(9)), instant(rs.getString(10)),
                rs.getString(11), instant(rs.getString(12)), Optional.ofNullable(other).map(UUID::fromString),
                instant(rs.getString(14)), Optional.ofNullable(resolution));
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
