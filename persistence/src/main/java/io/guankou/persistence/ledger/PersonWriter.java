package io.guankou.persistence.ledger;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.PERSON;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.sync.GlobalIds;
import io.guankou.model.person.Tier;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.ComorbidityRecord;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Inserts and updates persons inside a caller's transaction, with one history row per changed field and
 * the computed tier stored beside the facts. Shared by the ledger form (one person) and the sheet import
 * (thousands in one transaction).
 */
final class PersonWriter {

    private final DSLContext dsl;
    private final String user;
    private final String at;
    private final long atMillis;
    private String townshipCode;

    PersonWriter(DSLContext dsl, String user, Instant now) {
        this.dsl = dsl;
        this.user = user;
        this.at = SqlText.instant(now);
        this.atMillis = now.toEpochMilli();
    }

    long insert(Person person, Tier computed) {
        PersonRecord row = dsl.newRecord(PERSON);
        PersonRows.fill(row, person);
        row.setGlobalId(person.meta() != null ? person.meta().globalId().toString() : GlobalIds.standard().next(atMillis).toString());
        row.setTownshipCode(townshipCode());
        row.setUpdatedAt(at);
        row.setRevision(1L);
        row.setDeleted(false);
        row.setComputedTier(computed.name());
        row.store();
        long id = row.getId();
        replaceComorbidities(id, row.getTownshipCode(), person.comorbidities());
        for (FieldChange c : PersonRows.changes(null, null, person, computed.name())) {
            PersonChangeRows.write(dsl, row, c.field(), null, c.newValue(), user, at);
        }
        return id;
    }

    long update(Person person, Tier computed) {
        PersonRecord row = LedgerRepository.existing(dsl, person.id());
        Person before = PersonRows.toPerson(row, LedgerRepository.comorbidities(dsl, person.id()));
        List<FieldChange> changed = PersonRows.changes(before, row.getComputedTier(), person, computed.name());
        if (changed.isEmpty()) {
            return person.id();
        }
        PersonRows.fill(row, person);
        row.setComputedTier(computed.name());
        LedgerRepository.touch(row, at);
        row.update();
        if (changed.stream().anyMatch(c -> c.field().equals(FieldChange.COMORBIDITIES))) {
            replaceComorbidities(person.id(), row.getTownshipCode(), person.comorbidities());
        }
        for (FieldChange c : changed) {
            PersonChangeRows.write(dsl, row, c.field(), c.oldValue(), c.newValue(), user, at);
        }
        return person.id();
    }

    private String townshipCode() {
        if (townshipCode == null) {
            townshipCode = TownshipCode.of(dsl);
        }
        return townshipCode;
    }

    /**
     * Brings the comorbidity rows in line with the list: a changed control updates the row, a removed
     * disease becomes a tombstone, a returning disease revives its row, so the county can merge per row.
     */
    void replaceComorbidities(long personId, String townshipCode, List<Comorbidity> wanted) {
        Map<Disease, Control> target = new EnumMap<>(Disease.class);
        wanted.forEach(c -> target.put(c.disease(), c.control()));
        Map<Disease, ComorbidityRecord> rows = new EnumMap<>(Disease.class);
        for (ComorbidityRecord r : dsl.selectFrom(COMORBIDITY).where(COMORBIDITY.PERSON_ID.eq(personId))
                .orderBy(COMORBIDITY.DELETED, COMORBIDITY.ID).fetch()) {
            rows.putIfAbsent(Disease.valueOf(r.getDisease()), r);
        }
        for (Map.Entry<Disease, ComorbidityRecord> e : rows.entrySet()) {
            ComorbidityRecord r = e.getValue();
            Control control = target.get(e.getKey());
            boolean deleted = control == null;
            String controlName = deleted ? r.getControl() : control.name();
            if (deleted != Boolean.TRUE.equals(r.getDeleted()) || !controlName.equals(r.getControl())) {
                r.setDeleted(deleted);
                r.setControl(controlName);
                r.setRevision(r.getRevision() + 1);
                r.setUpdatedAt(at);
                r.update();
            }
        }
        for (Map.Entry<Disease, Control> e : target.entrySet()) {
            if (!rows.containsKey(e.getKey())) {
                ComorbidityRecord r = dsl.newRecord(COMORBIDITY);
                r.setGlobalId(GlobalIds.standard().next(atMillis).toString());
                r.setTownshipCode(townshipCode);
                r.setUpdatedAt(at);
                r.setRevision(1L);
                r.setDeleted(false);
                r.setPersonId(personId);
                r.setDisease(e.getKey().name());
                r.setControl(e.getValue().name());
                r.store();
            }
        }
    }
}
