package io.guankou.persistence.ledger;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.PERSON_CHANGE;
import static io.guankou.persistence.jooq.Tables.TOWNSHIP;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.person.PersonChange;
import io.guankou.model.tier.Tier;
import io.guankou.model.tier.TierAssessment;
import io.guankou.model.tier.TierClassifier;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.ComorbidityRecord;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import io.guankou.persistence.settings.TierRulesRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The key-population ledger: loading, saving with history, leaving. Every write is one transaction
 * that also keeps the computed tier current and the exchange columns (revision, updated_at) moving.
 */
public final class LedgerRepository {

    private final Database db;
    private final Clock clock;
    private final TierRulesRepository rules;

    public LedgerRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.rules = new TierRulesRepository(db, clock);
    }

    /** Active persons with village, grid and team names, in one query, in the order they were entered. */
    public List<LedgerEntry> loadEntries() {
        return db.read(dsl -> entries(dsl, LedgerQueries.active()));
    }

    public Optional<Person> find(long personId) {
        return db.read(dsl -> Optional.ofNullable(dsl.selectFrom(PERSON).where(PERSON.ID.eq(personId)).fetchOne())
                .map(r -> PersonRows.toPerson(r, comorbidities(dsl, personId))));
    }

    /** The active person holding this resident ID, if any (IDs compared in upper case). */
    public Optional<Long> findIdByResidentId(String residentId) {
        if (residentId == null) {
            return Optional.empty();
        }
        String normalized = residentId.strip().toUpperCase(Locale.ROOT);
        return db.read(dsl -> dsl.select(PERSON.ID).from(PERSON)
                .where(PERSON.RESIDENT_ID.eq(normalized)).and(LedgerQueries.active())
                .orderBy(PERSON.ID).limit(1).fetchOptional(PERSON.ID));
    }

    /**
     * Inserts ({@code id == 0}) or updates a person. One history row per changed field, the computed
     * tier recomputed with the stored rules, revision bumped; all in one transaction.
     */
    public Person save(Person person, String user) {
        Objects.requireNonNull(person, "person");
        requireUser(user);
        long id = db.transaction(dsl -> {
            Instant now = clock.instant();
            Tier computed = new TierClassifier(rules.load()).classify(person, today());
            rejectDuplicateResidentId(dsl, person);
            return person.id() == 0 ? insert(dsl, person, computed, user, now)
                    : update(dsl, person, computed, user, now);
        });
        return find(id).orElseThrow();
    }

    /** The person leaves the ledger (moved away or deceased); the row and its history stay. */
    public void leave(long personId, Departure departure, String user) {
        Objects.requireNonNull(departure, "departure");
        requireUser(user);
        db.transaction(dsl -> {
            PersonRecord row = existing(dsl, personId);
            String old = departureText(row);
            String now = SqlText.instant(clock.instant());
            row.setDepartureReason(departure.reason().name());
            row.setDepartureDate(SqlText.date(departure.date()));
            String changed = departureText(row);
            if (!Objects.equals(old, changed)) {
                touch(row, now);
                row.update();
                PersonChangeRows.write(dsl, row, "departure", old, changed, user, now);
            }
            return null;
        });
    }

    /** Changes to one person, newest first. */
    public List<PersonChange> history(long personId) {
        return db.read(dsl -> dsl.selectFrom(PERSON_CHANGE).where(PERSON_CHANGE.PERSON_ID.eq(personId))
                .and(PERSON_CHANGE.DELETED.isFalse())
                .orderBy(PERSON_CHANGE.CHANGED_AT.desc(), PERSON_CHANGE.ID.desc())
                .fetch(r -> new PersonChange(r.getPersonId(), r.getField(), r.getOldValue(), r.getNewValue(),
                        r.getChangedBy(), SqlText.instant(r.getChangedAt()))));
    }

    /** The ledger row of one person as stored now (also for a person who has left). */
    public LedgerEntry entry(long personId) {
        return db.read(dsl -> entries(dsl, PERSON.ID.eq(personId))).stream().findFirst()
                .orElseThrow(() -> new DatabaseException(DatabaseException.Reason.NO_PERSON, personId,
                        "No person with id " + personId));
    }

    /** The tier the current rules give this person today, with its points. */
    public TierAssessment assess(Person p) {
        return new TierClassifier(rules.load()).assess(p, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<LedgerEntry> entries(DSLContext dsl, Condition where) {
        List<LedgerEntry> list = new ArrayList<>();
        try (ResultSet rs = LedgerQueries.entries(dsl, where).fetchResultSet()) {
            while (rs.next()) {
                list.add(LedgerQueries.entry(rs));
            }
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_READ_LEDGER, "",
                    "Cannot read the ledger: " + e.getMessage(), e);
        }
        return list;
    }

    private long insert(DSLContext dsl, Person person, Tier computed, String user, Instant now) {
        String at = SqlText.instant(now);
        PersonRecord row = dsl.newRecord(PERSON);
        PersonRows.fill(row, person);
        row.setGlobalId(person.meta() != null ? person.meta().globalId().toString() : UUID.randomUUID().toString());
        row.setTownshipCode(townshipCode(dsl));
        row.setUpdatedAt(at);
        row.setRevision(1L);
        row.setDeleted(false);
        row.setComputedTier(computed.name());
        row.store();
        long id = row.getId();
        replaceComorbidities(dsl, id, row.getTownshipCode(), person.comorbidities(), at);
        Map<String, String> fields = PersonRows.fieldTexts(person);
        fields.put("computedTier", computed.name());
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (f.getValue() != null) {
                PersonChangeRows.write(dsl, row, f.getKey(), null, f.getValue(), user, at);
            }
        }
        return id;
    }

    private long update(DSLContext dsl, Person person, Tier computed, String user, Instant now) {
        String at = SqlText.instant(now);
        PersonRecord row = existing(dsl, person.id());
        Person before = PersonRows.toPerson(row, comorbidities(dsl, person.id()));
        Map<String, String> oldFields = PersonRows.fieldTexts(before);
        oldFields.put("computedTier", row.getComputedTier());
        Map<String, String> newFields = PersonRows.fieldTexts(person);
        newFields.put("computedTier", computed.name());
        List<String> changed = newFields.keySet().stream()
                .filter(k -> !Objects.equals(oldFields.get(k), newFields.get(k))).toList();
        if (changed.isEmpty()) {
            return person.id();
        }
        PersonRows.fill(row, person);
        row.setComputedTier(computed.name());
        touch(row, at);
        row.update();
        if (changed.contains("comorbidities")) {
            replaceComorbidities(dsl, person.id(), row.getTownshipCode(), person.comorbidities(), at);
        }
        for (String field : changed) {
            PersonChangeRows.write(dsl, row, field, oldFields.get(field), newFields.get(field), user, at);
        }
        return person.id();
    }

    /**
     * Brings the comorbidity rows in line with the list: a changed control updates the row, a removed
     * disease becomes a tombstone, a returning disease revives its row, so the county can merge per row.
     */
    private static void replaceComorbidities(DSLContext dsl, long personId, String townshipCode,
                                             List<Comorbidity> wanted, String at) {
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
                r.setGlobalId(UUID.randomUUID().toString());
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

    static List<Comorbidity> comorbidities(DSLContext dsl, long personId) {
        return dsl.select(COMORBIDITY.DISEASE, COMORBIDITY.CONTROL).from(COMORBIDITY)
                .where(COMORBIDITY.PERSON_ID.eq(personId)).and(COMORBIDITY.DELETED.isFalse())
                .orderBy(COMORBIDITY.ID)
                .fetch(r -> new Comorbidity(Disease.valueOf(r.value1()), Control.valueOf(r.value2())));
    }

    private static PersonRecord existing(DSLContext dsl, long personId) {
        PersonRecord row = dsl.selectFrom(PERSON).where(PERSON.ID.eq(personId)).fetchOne();
        if (row == null) {
            throw new DatabaseException(DatabaseException.Reason.NO_PERSON, personId,
                        "No person with id " + personId);
        }
        return row;
    }

    private static void rejectDuplicateResidentId(DSLContext dsl, Person person) {
        boolean taken = dsl.fetchExists(dsl.selectOne().from(PERSON)
                .where(PERSON.RESIDENT_ID.eq(person.residentId()))
                .and(PERSON.ID.ne(person.id()))
                .and(LedgerQueries.active()));
        if (taken) {
            throw new DatabaseException(DatabaseException.Reason.DUPLICATE_RESIDENT_ID, "",
                    "Another person in the ledger already has this resident ID");
        }
    }

    private static String townshipCode(DSLContext dsl) {
        return dsl.select(TOWNSHIP.CODE).from(TOWNSHIP).orderBy(TOWNSHIP.ID).limit(1)
                .fetchOptional(TOWNSHIP.CODE)
                .orElseThrow(() -> new DatabaseException(DatabaseException.Reason.NO_TOWNSHIP, "",
                        "The database has no township yet"));
    }

    private static void touch(PersonRecord row, String at) {
        row.setRevision(row.getRevision() + 1);
        row.setUpdatedAt(at);
    }

    private static String departureText(PersonRecord row) {
        return row.getDepartureReason() == null ? null
                : row.getDepartureReason() + "|" + row.getDepartureDate();
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
    }
}
