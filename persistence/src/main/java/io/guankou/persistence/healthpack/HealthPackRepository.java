package io.guankou.persistence.healthpack;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.CONTACT;
import static io.guankou.persistence.jooq.Tables.HEALTH_PACK;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.VILLAGE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import io.guankou.model.healthpack.PackCandidate;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.Tier;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.HealthPackRecord;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import io.guankou.persistence.ledger.LedgerQueries;
import io.guankou.persistence.ledger.PersonChangeRows;
import io.guankou.persistence.settings.SettingStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Health packs: the persons still waiting for one (with what the order of model.healthpack needs), and recording a
 * pack handed out in one transaction: the pack row, the person's {@code health_pack_issued} and its history row.
 */
public final class HealthPackRepository {

    public static final String SETTINGS_KEY = "health_pack.settings";
    /** The history field of the person's pack date (as the person form writes it). */
    static final String PERSON_FIELD = "healthPackIssued";

    private final Database db;
    private final Clock clock;
    private final SettingStore settings;

    public HealthPackRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new SettingStore(db, clock);
    }

    public HealthPackSettings settings() {
        return settings.load(SETTINGS_KEY, HealthPackSettings::decode).orElseGet(HealthPackSettings::defaults);
    }

    public void saveSettings(HealthPackSettings s, String user) {
        settings.save(SETTINGS_KEY, Objects.requireNonNull(s, "settings").encode(), user);
    }

    /**
     * Every person in the ledger without a pack (no pack date and no pack row), with age on {@code today} and
     * whether a contact in the last {@code needDays} days recorded a need of medicine.
     */
    public List<PackCandidate> waiting(LocalDate today, int needDays) {
        String since = SqlText.dateTime(today.minusDays(needDays).atStartOfDay());
        return db.read(dsl -> dsl.select(PERSON.ID, PERSON.NAME, PERSON.RESIDENT_ID, PERSON.PHONE, PERSON.VILLAGE_ID,
                                VILLAGE.NAME, VILLAGE.URBAN_RURAL, PERSON.BIRTH_DATE, PERSON.INFECTION,
                                coalesce(PERSON.OVERRIDE_TIER, PERSON.COMPUTED_TIER),
                                exists(selectOne().from(CONTACT).where(CONTACT.PERSON_ID.eq(PERSON.ID))
                                        .and(CONTACT.DELETED.isFalse()).and(CONTACT.AT.ge(since))
                                        .and(CONTACT.NEEDS.like("%MEDICINE%"))),
                                exists(selectOne().from(COMORBIDITY).where(COMORBIDITY.PERSON_ID.eq(PERSON.ID))
                                        .and(COMORBIDITY.DELETED.isFalse())))
                        .from(PERSON).join(VILLAGE).on(VILLAGE.ID.eq(PERSON.VILLAGE_ID))
                        .where(LedgerQueries.active()).and(PERSON.HEALTH_PACK_ISSUED.isNull())
                        .andNotExists(selectOne().from(HEALTH_PACK).where(HEALTH_PACK.PERSON_ID.eq(PERSON.ID))
                                .and(HEALTH_PACK.DELETED.isFalse()))
                        .orderBy(PERSON.ID)
                        .fetch(r -> new PackCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                                r.value6(), UrbanRuralClass.fromCode(r.value7()).isRural(),
                                Period.between(SqlText.date(r.value8()), today).getYears(),
                                SqlText.enumValue(InfectionState.class, r.value9()),
                                Boolean.TRUE.equals(r.value11()), Boolean.TRUE.equals(r.value12()),
                                Tier.RED.name().equals(r.value10()))));
    }

    /** How many packs are recorded (live rows). */
    public int handedOut() {
        return db.read(dsl -> dsl.fetchCount(HEALTH_PACK, HEALTH_PACK.DELETED.isFalse()));
    }

    /**
     * Records a pack handed to the person on {@code day} by {@code handedBy} (a village doctor, a volunteer),
     * recorded by {@code user}: the pack row, the person's pack date and its history row, in one transaction.
     */
    public long handOut(long personId, LocalDate day, String handedBy, String user, String note) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
        if (handedBy == null || handedBy.isBlank()) {
            throw new HealthPackRefused(HealthPackRefused.Reason.NO_HANDER, personId);
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new HealthPackRefused(HealthPackRefused.Reason.FUTURE_DAY, personId);
        }
        return db.transaction(dsl -> {
            PersonRecord person = dsl.selectFrom(PERSON).where(PERSON.ID.eq(personId)).and(LedgerQueries.active())
                    .fetchOne();
            if (person == null) {
                throw new HealthPackRefused(HealthPackRefused.Reason.GONE, personId);
            }
            if (person.getHealthPackIssued() != null || dsl.fetchExists(HEALTH_PACK,
                    HEALTH_PACK.PERSON_ID.eq(personId).and(HEALTH_PACK.DELETED.isFalse()))) {
                throw new HealthPackRefused(HealthPackRefused.Reason.ALREADY_HANDED, personId);
            }
            String now = SqlText.instant(clock.instant());
            HealthPackRecord row = dsl.newRecord(HEALTH_PACK);
            row.setGlobalId(GlobalIds.standard().next(clock.instant()).toString());
            row.setTownshipCode(TownshipCode.of(dsl));
            row.setUpdatedAt(now);
            row.setRevision(1L);
            row.setDeleted(false);
            row.setPersonId(personId);
            row.setHandedOn(SqlText.date(day));
            row.setHandedBy(handedBy.strip());
            row.setRecordedBy(user);
            row.setRecordedAt(now);
            row.setNote(note == null || note.isBlank() ? null : note.strip());
            row.store();
            person.setHealthPackIssued(SqlText.date(day));
            person.setUpdatedAt(now);
            person.setRevision(person.getRevision() + 1);
            person.store();
            PersonChangeRows.write(dsl, person, PERSON_FIELD, null, SqlText.date(day), user, now);
            return row.getId();
        });
    }
}
