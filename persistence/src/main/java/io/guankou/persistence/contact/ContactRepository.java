package io.guankou.persistence.contact;

import static io.guankou.persistence.jooq.Tables.CONTACT;
import static io.guankou.persistence.jooq.Tables.INFECTION_EPISODE;
import static io.guankou.persistence.jooq.Tables.PERSON;

import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactProblem;
import io.guankou.model.contact.ContactValidator;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.person.InfectionEpisode;
import io.guankou.model.person.InfectionState;
import io.guankou.model.referral.Referral;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.sync.GlobalIds;
import io.guankou.model.sync.RecordMeta;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.Meta;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.ContactRecord;
import io.guankou.persistence.jooq.tables.records.InfectionEpisodeRecord;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import io.guankou.persistence.ledger.PersonChangeRows;
import io.guankou.persistence.referral.ReferralRows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Contacts with a person and what they set off: a change of the infection episode and, when the readings
 * call for it, a referral. A contact and its consequences are stored in one transaction, so the ledger
 * never shows a low SpO2 without its referral or a started home treatment without its episode.
 */
public final class ContactRepository {

    private final Database db;
    private final Clock clock;

    public ContactRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Stores a new contact (its id and meta are ignored) with its episode change and, if {@code rules} find
     * triggers in it, a referral unless the person already has an open one.
     *
     * @throws ContactRejectedException when {@link ContactValidator} refuses the contact; nothing is stored
     */
    public SavedContact save(Contact contact, EpisodeChange change, ReferralRules rules, String user) {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(rules, "rules");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<ContactProblem> problems = ContactValidator.check(contact, now);
        if (!problems.isEmpty()) {
            throw new ContactRejectedException(problems);
        }
        return db.transaction(dsl -> {
            Instant instant = clock.instant();
            PersonRecord person = dsl.selectFrom(PERSON).where(PERSON.ID.eq(contact.personId())).fetchOne();
            if (person == null || Boolean.TRUE.equals(person.getDeleted())) {
                throw new DatabaseException(DatabaseException.Reason.NO_PERSON, contact.personId(),
                        "No person with id " + contact.personId());
            }
            String township = TownshipCode.of(dsl);
            Contact stored = insert(dsl, contact, new RecordMeta(GlobalIds.standard().next(instant), township, instant, 1, false));

            LocalDate day = contact.at().toLocalDate();
            switch (change) {
                case START_HOME_TREATMENT -> startHomeTreatment(dsl, person, day, township, user, instant);
                case END_OBSERVATION -> endObservation(dsl, person, day, user, instant);
                case NONE -> { }
            }
            // a contact a few minutes past midnight (clock slack) already belongs to tomorrow's episode
            // an episode whose observation ends today (END_OBSERVATION) is over for the caller
            LocalDate today = LocalDate.now(clock);
            LocalDate ref = day.isAfter(today) ? day : today;
            InfectionEpisode episode = openEpisode(dsl, contact.personId(), ref)
                    .filter(e -> e.homeTreatment() && (e.end() == null || e.end().isAfter(ref))).orElse(null);

            Set<ReferralTrigger> triggers = rules.triggers(stored);
            if (triggers.isEmpty()) {
                return new SavedContact(stored, null, false, episode);
            }
            Optional<Referral> open = ReferralRows.openFor(dsl, contact.personId());
            if (open.isPresent()) {
                return new SavedContact(stored, open.get(), false, episode);
            }
            Referral referral = ReferralRows.insert(dsl, Referral.open(
                    new RecordMeta(GlobalIds.standard().next(instant), township, instant, 1, false), contact.personId(), stored.id(),
                    triggers, now, user), user);
            return new SavedContact(stored, referral, true, episode);
        });
    }

    /** The person's contacts, newest first, tombstones left out. */
    public List<Contact> forPerson(long personId) {
        return db.read(dsl -> dsl.selectFrom(CONTACT).where(CONTACT.PERSON_ID.eq(personId))
                .and(CONTACT.DELETED.isFalse())
                .orderBy(CONTACT.AT.desc(), CONTACT.ID.desc())
                .fetch(ContactRows::toContact));
    }

    /** The person's infection episode open on {@code day} (the latest started, should there be two). */
    public Optional<InfectionEpisode> openEpisode(long personId, LocalDate day) {
        return db.read(dsl -> openEpisode(dsl, personId, day));
    }

    private static Contact insert(DSLContext dsl, Contact contact, RecordMeta meta) {
        ContactRecord row = dsl.newRecord(CONTACT);
        row.setGlobalId(meta.globalId().toString());
        row.setTownshipCode(meta.townshipCode());
        row.setUpdatedAt(SqlText.instant(meta.updatedAt()));
        row.setRevision(meta.revision());
        row.setDeleted(false);
        ContactRows.fill(row, contact);
        row.store();
        return ContactRows.toContact(row);
    }

    /**
     * A new home-treatment episode from the contact's day, the person marked infected since then. An episode
     * already open stays as it is, only marked as treated at home (the person came home from hospital).
     */
    private static void startHomeTreatment(DSLContext dsl, PersonRecord person, LocalDate day, String township,
                                           String user, Instant instant) {
        String at = SqlText.instant(instant);
        Optional<InfectionEpisodeRecord> open = openEpisodeRow(dsl, person.getId(), day);
        if (open.isPresent()) {
            InfectionEpisodeRecord row = open.get();
            if (!Boolean.TRUE.equals(row.getHomeTreatment())) {
                row.setHomeTreatment(true);
                row.setRevision(row.getRevision() + 1);
                row.setUpdatedAt(at);
                row.update();
            }
            return;
        }
        InfectionEpisodeRecord row = dsl.newRecord(INFECTION_EPISODE);
        row.setGlobalId(GlobalIds.standard().next(SqlText.instant(at)).toString());
        row.setTownshipCode(township);
        row.setUpdatedAt(at);
        row.setRevision(1L);
        row.setDeleted(false);
        row.setPersonId(person.getId());
        row.setStartDate(SqlText.date(day));
        row.setHomeTreatment(true);
        row.store();
        changePerson(dsl, person, InfectionState.INFECTED, SqlText.date(day), user, at);
    }

    /** Ends the episode open on the contact's day; the person counts as recovered. Without an open episode, nothing. */
    private static void endObservation(DSLContext dsl, PersonRecord person, LocalDate day, String user,
                                       Instant instant) {
        String at = SqlText.instant(instant);
        Optional<InfectionEpisodeRecord> open = openEpisodeRow(dsl, person.getId(), day);
        if (open.isEmpty()) {
            return;
        }
        InfectionEpisodeRecord row = open.get();
        row.setEndDate(SqlText.date(day));
        row.setRevision(row.getRevision() + 1);
        row.setUpdatedAt(at);
        row.update();
        changePerson(dsl, person, InfectionState.RECOVERED, person.getInfectionDate() != null
                ? person.getInfectionDate() : row.getStartDate(), user, at);
    }

    /** Sets infection state and date on the person with a history row per changed field, as the ledger does. */
    private static void changePerson(DSLContext dsl, PersonRecord person, InfectionState state, String date,
                                     String user, String at) {
        String oldState = person.getInfection();
        String oldDate = person.getInfectionDate();
        if (Objects.equals(oldState, state.name()) && Objects.equals(oldDate, date)) {
            return;
        }
        person.setInfection(state.name());
        person.setInfectionDate(date);
        person.setRevision(person.getRevision() + 1);
        person.setUpdatedAt(at);
        person.update();
        if (!Objects.equals(oldState, state.name())) {
            PersonChangeRows.write(dsl, person, "infection", oldState, state.name(), user, at);
        }
        if (!Objects.equals(oldDate, date)) {
            PersonChangeRows.write(dsl, person, "infectionDate", oldDate, date, user, at);
        }
    }

    private static Optional<InfectionEpisode> openEpisode(DSLContext dsl, long personId, LocalDate day) {
        return openEpisodeRow(dsl, personId, day).map(r -> new InfectionEpisode(r.getId(),
                Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(), r.getRevision(), r.getDeleted()),
                r.getPersonId(), SqlText.date(r.getStartDate()), Boolean.TRUE.equals(r.getHomeTreatment()),
                SqlText.date(r.getEndDate())));
    }

    private static Optional<InfectionEpisodeRecord> openEpisodeRow(DSLContext dsl, long personId, LocalDate day) {
        String d = SqlText.date(day);
        return dsl.selectFrom(INFECTION_EPISODE).where(INFECTION_EPISODE.PERSON_ID.eq(personId))
                .and(INFECTION_EPISODE.DELETED.isFalse())
                .and(INFECTION_EPISODE.START_DATE.le(d))
                .and(INFECTION_EPISODE.END_DATE.isNull().or(INFECTION_EPISODE.END_DATE.ge(d)))
                .orderBy(INFECTION_EPISODE.START_DATE.desc(), INFECTION_EPISODE.ID.desc()).limit(1)
                .fetchOptional();
    }
}
