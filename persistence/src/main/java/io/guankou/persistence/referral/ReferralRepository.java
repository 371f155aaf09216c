package io.guankou.persistence.referral;

import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.REFERRAL;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.referral.Referral;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.sync.GlobalIds;
import io.guankou.model.sync.RecordMeta;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.ReferralRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;

/**
 * The referral queue: open referrals the office still has to arrange, and the closed ones for reference.
 * Changes are checked against the stored revision, so two people working the same referral cannot
 * overwrite each other unnoticed.
 */
public final class ReferralRepository {

    private final Database db;
    private final Clock clock;

    public ReferralRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Open referrals oldest first (the longest waiting on top); unless {@code openOnly}, closed ones after, newest first. */
    public List<ReferralEntry> list(boolean openOnly) {
        return db.read(dsl -> {
            List<ReferralEntry> out = new ArrayList<>(entries(dsl, ReferralRows.isOpen(),
                    REFERRAL.OPENED_AT.asc(), REFERRAL.ID.asc()));
            if (!openOnly) {
                out.addAll(entries(dsl, ReferralRows.isOpen().not(), REFERRAL.STATUS_AT.desc(), REFERRAL.ID.desc()));
            }
            return out;
        });
    }

    public Optional<Referral> openFor(long personId) {
        return db.read(dsl -> ReferralRows.openFor(dsl, personId));
    }

    /** Opens a referral a clinician decided on (trigger MANUAL); the person's open one if there is one already. */
    public Referral openManual(long personId, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            Optional<Referral> open = ReferralRows.openFor(dsl, personId);
            if (open.isPresent()) {
                return open.get();
            }
            if (!dsl.fetchExists(PERSON, PERSON.ID.eq(personId))) {
                throw new DatabaseException(DatabaseException.Reason.NO_PERSON, personId,
                        "No person with id " + personId);
            }
            Instant now = clock.instant();
            RecordMeta meta = new RecordMeta(GlobalIds.standard().next(now), TownshipCode.of(dsl), now, 1, false);
            return ReferralRows.insert(dsl, Referral.open(meta, personId, null, Set.of(ReferralTrigger.MANUAL),
                    LocalDateTime.now(clock), user), user);
        });
    }

    /**
     * Stores what the office changed (destination, transport, escort, status, status time, outcome).
     *
     * @throws ReferralConflictException when the referral was changed by someone else since {@code changed} was
     *                               read (its revision is stale), or the stored status cannot move to the new one
     * @throws IllegalArgumentException when a closing status comes without an outcome
     */
    public Referral update(Referral changed, String user) {
        Objects.requireNonNull(changed, "changed");
        requireUser(user);
        return db.transaction(dsl -> {
            ReferralRecord row = dsl.selectFrom(REFERRAL).where(REFERRAL.ID.eq(changed.id())).fetchOne();
            if (row == null || Boolean.TRUE.equals(row.getDeleted())) {
                throw new ReferralConflictException("referral " + changed.id() + " no longer exists");
            }
            if (row.getRevision() != changed.meta().revision()) {
                throw new ReferralConflictException("referral " + changed.id() + " was changed by someone else (revision "
                        + row.getRevision() + ", edited " + changed.meta().revision() + ")");
            }
            Referral stored = ReferralRows.toReferral(row);
            if (stored.status() != changed.status() && !stored.status().canMoveTo(changed.status())) {
                throw new ReferralConflictException("a referral cannot move from " + stored.status() + " to "
                        + changed.status());
            }
            if (!changed.status().isOpen() && (changed.outcome() == null || changed.outcome().isBlank())) {
                throw new IllegalArgumentException("closing a referral needs an outcome");
            }
            ReferralRows.fill(row, changed);
            if (stored.status() == changed.status()) {
                row.setStatusAt(SqlText.dateTime(stored.statusAt())); // only a status move dates the status
            }
            row.setRevision(row.getRevision() + 1);
            row.setUpdatedAt(SqlText.instant(clock.instant()));
            row.setUpdatedBy(user);
            row.update();
            return ReferralRows.toReferral(row);
        });
    }

    private static List<ReferralEntry> entries(DSLContext dsl, Condition where, SortField<?>... order) {
        return dsl.select(REFERRAL.asterisk(), PERSON.NAME, PERSON.RESIDENT_ID, PERSON.PHONE, VILLAGE.NAME, GRID.NAME,
                        PERSON.OVERRIDE_TIER, PERSON.COMPUTED_TIER)
                .from(REFERRAL)
                .join(PERSON).on(PERSON.ID.eq(REFERRAL.PERSON_ID))
                .join(VILLAGE).on(VILLAGE.ID.eq(PERSON.VILLAGE_ID))
                .leftJoin(GRID).on(GRID.ID.eq(PERSON.GRID_ID))
                .where(REFERRAL.DELETED.isFalse()).and(where)
                .orderBy(order)
                .fetch(r -> {
                    String tier = r.get(PERSON.OVERRIDE_TIER) != null ? r.get(PERSON.OVERRIDE_TIER)
                            : r.get(PERSON.COMPUTED_TIER);
                    return new ReferralEntry(ReferralRows.toReferral(r.into(REFERRAL)), r.get(PERSON.NAME),
                            r.get(PERSON.RESIDENT_ID), r.get(PERSON.PHONE), r.get(VILLAGE.NAME), r.get(GRID.NAME),
                            Tier.valueOf(tier));
                });
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
    }
}
