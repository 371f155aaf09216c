package io.guankou.persistence.ledger;

import io.guankou.model.person.Person;
import io.guankou.model.person.Tier;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import java.time.Instant;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Moves persons to other places inside the caller's transaction (a merge in the places editor): each person's row
 * and one history row per changed place field (villageId, gridId, responsibilityTeamId), written as a form save
 * writes them ({@link PersonWriter}). The tiers stay: places do not score.
 */
public final class PersonPlaceMover {

    private final DSLContext dsl;
    private final PersonWriter writer;

    public PersonPlaceMover(DSLContext dsl, String user, Instant now) {
        this.dsl = dsl;
        this.writer = new PersonWriter(dsl, user, now);
    }

    /** Gives the person these places; returns whether anything changed (nothing is written otherwise). */
    public boolean move(long personId, long villageId, Long gridId, Long teamId) {
        PersonRecord row = LedgerRepository.existing(dsl, personId);
        if (row.getVillageId() == villageId && Objects.equals(row.getGridId(), gridId)
                && Objects.equals(row.getResponsibilityTeamId(), teamId)) {
            return false;
        }
        Person before = PersonRows.toPerson(row, LedgerRepository.comorbidities(dsl, personId));
        Person after = before.toBuilder().villageId(villageId).gridId(gridId).responsibilityTeamId(teamId).build();
        writer.update(after, Tier.valueOf(row.getComputedTier()));
        return true;
    }
}
