package io.guankou.persistence.ledger;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.PERSON_CHANGE;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.person.PersonChange;
import io.guankou.model.person.rules.PersonProblem;
import io.guankou.model.person.rules.PersonValidator;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierAssessment;
import io.guankou.model.tier.TierClassifier;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import io.guankou.persistence.settings.TierRulesRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
     *
     * @throws PersonRejectedException when the person breaks a rule of {@link PersonValidator} (checked with the
     *                                 stored rules' age lower bound); nothing is stored then
     */
    public Person save(Person person, String user) {
        Objects.requireNonNull(person, "person");
        requireUser(user);
        long id = db.transaction(dsl -> {
            Instant now = clock.instant();
            TierRules stored = rules.load();
            List<PersonProblem> problems = PersonValidator.check(person, stored, today());
            if (!problems.isEmpty()) {
                throw new PersonRejectedException(problems);
            }
            Tier computed = new TierClassifier(stored).classify(person, today());
            rejectDuplicateResidentId(dsl, person);
            PersonWriter writer = new PersonWriter(dsl, user, now);
            return person.id() == 0 ? writer.insert(person, computed) : writer.update(person, computed);
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

    static List<Comorbidity> comorbidities(DSLContext dsl, long personId) {
        return dsl.select(COMORBIDITY.DISEASE, COMORBIDITY.CONTROL).from(COMORBIDITY)
                .where(COMORBIDITY.PERSON_ID.eq(personId)).and(COMORBIDITY.DELETED.isFalse())
                .orderBy(COMORBIDITY.ID)
                .fetch(r -> new Comorbidity(Disease.valueOf(r.value1()), Control.valueOf(r.value2())));
    }

    static PersonRecord existing(DSLContext dsl, long personId) {
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

    static void touch(PersonRecord row, String at) {
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
