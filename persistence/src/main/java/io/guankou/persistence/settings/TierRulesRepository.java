package io.guankou.persistence.settings;

import static io.guankou.persistence.jooq.Tables.COMORBIDITY;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.PERSON_CHANGE;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.person.Vaccination;
import io.guankou.model.sync.GlobalIds;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierClassifier;
import io.guankou.model.tier.TierRules;
import io.guankou.model.tier.TierRulesCodec;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record6;

/**
 * The township's tier rule table, stored as one setting in {@link TierRulesCodec} text. A file without
 * the setting uses {@link TierRules#defaults()}.
 */
public final class TierRulesRepository {

    /** Setting key of the tier rule table. */
    public static final String KEY = "tier.rules";

    /** Persons classified between two progress reports. */
    public static final int PROGRESS_STEP = 500;

    private final Database db;
    private final Clock clock;
    private final SettingStore settings;

    public TierRulesRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new SettingStore(db, clock);
    }

    public TierRules load() {
        return settings.load(KEY, TierRulesCodec::decode).orElseGet(TierRules::defaults);
    }

    /**
     * Stores the rules and classifies every person again, all in one transaction; each changed
     * computed tier gets a history row naming the user who changed the rules.
     */
    public RecomputeResult save(TierRules rules, String user) {
        return save(rules, user, RecomputeProgress.NONE);
    }

    /**
     * As {@link #save(TierRules, String)}, reporting progress every {@value #PROGRESS_STEP} persons. When
     * {@code progress} is cancelled this throws {@link CancellationException} before anything is committed,
     * so the stored rules, every tier and the history stay as they were.
     */
    public RecomputeResult save(TierRules rules, String user, RecomputeProgress progress) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(progress, "progress");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
        return db.transaction(dsl -> {
            String now = SqlText.instant(clock.instant());
            settings.save(KEY, TierRulesCodec.encode(rules), user); // joins this transaction
            return recompute(dsl, rules, LocalDate.now(clock), user, now, progress);
        });
    }

    /** Classifies every stored (not tombstoned) person with the rules; returns the counts. */
    private static RecomputeResult recompute(DSLContext dsl, TierRules rules, LocalDate today, String user,
                                             String now, RecomputeProgress progress) {
        TierClassifier classifier = new TierClassifier(rules);
        Map<Long, List<Comorbidity>> comorbidities = new HashMap<>();
        dsl.select(COMORBIDITY.PERSON_ID, COMORBIDITY.DISEASE, COMORBIDITY.CONTROL).from(COMORBIDITY)
                .where(COMORBIDITY.DELETED.isFalse())
                .forEach(r -> comorbidities.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Comorbidity(Disease.valueOf(r.value2()), Control.valueOf(r.value3()))));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        List<Record6<Long, String, String, String, Boolean, String>> rows = dsl
                .select(PERSON.ID, PERSON.BIRTH_DATE, PERSON.RESIDENT_ID, PERSON.VACCINATION, PERSON.PREGNANT,
                        PERSON.COMPUTED_TIER)
                .from(PERSON).where(PERSON.DELETED.isFalse()).fetch();
        int total = rows.size();
        int persons = 0;
        for (Record6<Long, String, String, String, Boolean, String> r : rows) {
            if (persons % PROGRESS_STEP == 0) {
                checkpoint(progress, persons, total);
            }
            persons++;
            Person p = Person.builder().id(r.value1()).birthDate(SqlText.date(r.value2())).residentId(r.value3())
                    .vaccination(Vaccination.valueOf(r.value4())).pregnant(Boolean.TRUE.equals(r.value5()))
                    .comorbidities(comorbidities.getOrDefault(r.value1(), List.of())).build();
            Tier tier = classifier.classify(p, today);
            if (!tier.name().equals(r.value6())) {
                updates.add(new Object[] {tier.name(), now, r.value1()});
                changes.add(new Object[] {GlobalIds.standard().next(SqlText.instant(now)).toString(), r.value1(), r.value6(), tier.name()});
            }
        }
        // the last chance to stop: after this the writes go through
        checkpoint(progress, total, total);
        if (!updates.isEmpty()) {
            BatchBindStep update = dsl.batch(dsl.update(PERSON)
                    .set(PERSON.COMPUTED_TIER, (String) null)
                    .set(PERSON.UPDATED_AT, (String) null)
                    .set(PERSON.REVISION, PERSON.REVISION.plus(org.jooq.impl.DSL.inline(1L)))
                    .where(PERSON.ID.eq((Long) null)));
            updates.forEach(update::bind);
            update.execute();
            String township = TownshipCode.of(dsl);
            BatchBindStep history = dsl.batch(dsl.insertInto(PERSON_CHANGE,
                    PERSON_CHANGE.GLOBAL_ID, PERSON_CHANGE.TOWNSHIP_CODE, PERSON_CHANGE.UPDATED_AT,
                    PERSON_CHANGE.REVISION, PERSON_CHANGE.DELETED, PERSON_CHANGE.PERSON_ID, PERSON_CHANGE.FIELD,
                    PERSON_CHANGE.OLD_VALUE, PERSON_CHANGE.NEW_VALUE, PERSON_CHANGE.CHANGED_BY,
                    PERSON_CHANGE.CHANGED_AT)
                    .values((String) null, null, null, null, null, null, null, null, null, null, null));
            for (Object[] c : changes) {
                history.bind(c[0], township, now, 1L, false, c[1], "computedTier", c[2], c[3], user, now);
            }
            history.execute();
        }
        return new RecomputeResult(persons, updates.size());
    }

    private static void checkpoint(RecomputeProgress progress, int done, int total) {
        if (progress.isCancelled()) {
            throw new CancellationException("tier recompute cancelled");
        }
        progress.progress(done, total);
    }
}
