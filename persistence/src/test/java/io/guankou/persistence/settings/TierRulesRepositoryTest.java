package io.guankou.persistence.settings;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TierRulesRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    LedgerRepository ledger;
    TierRulesRepository rules;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("rules.db"));
        ledger = new LedgerRepository(db, CLOCK);
        rules = new TierRulesRepository(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aFileWithoutStoredRulesUsesTheDefaults() {
        assertThat(rules.load()).isEqualTo(TierRules.defaults());
    }

    @Test
    void savedRulesAreLoadedBack() {
        TierRules changed = TierRules.defaults().withAgeLowerBound(65).withVaccinationPoints(0, 2, 3);
        rules.save(changed, "谭文华");
        assertThat(rules.load()).isEqualTo(changed);
        assertThat(new TierRulesRepository(db, CLOCK).load()).isEqualTo(changed);
    }

    @Test
    void savingRulesRecomputesEveryTierAndCountsTheChanges() {
        // default table: age <65:0 65-79:1 >=80:2; comorbidity none 0 / stable 1 / unstable 2;
        // vaccination complete 0 / incomplete 1 / none 2; 0-1 green, 2-3 yellow, 4-6 red
        long a = save("甲", 78, List.of(stable()), Vaccination.COMPLETE, 1);     // 1+1+0 = 2 yellow
        long b = save("乙", 62, List.of(), Vaccination.INCOMPLETE, 2);          // 0+0+1 = 1 green
        long c = save("丙", 62, List.of(stable()), Vaccination.INCOMPLETE, 3);  // 0+1+1 = 2 yellow
        long d = save("丁", 85, List.of(new Comorbidity(Disease.COPD, Control.UNSTABLE)), Vaccination.NONE, 4);
        assertThat(tiers(a, b, c, d)).containsExactly(Tier.YELLOW, Tier.GREEN, Tier.YELLOW, Tier.RED);

        // an incomplete course now scores like a complete one: only 丙 drops to green (0+1+0 = 1)
        RecomputeResult result = rules.save(TierRules.defaults().withVaccinationPoints(0, 0, 2), "谭文华");

        assertThat(result).isEqualTo(new RecomputeResult(4, 1));
        assertThat(tiers(a, b, c, d)).containsExactly(Tier.YELLOW, Tier.GREEN, Tier.GREEN, Tier.RED);
        assertThat(ledger.history(c)).first().satisfies(change -> {
            assertThat(change.field()).isEqualTo("computedTier");
            assertThat(change.oldValue()).isEqualTo("YELLOW");
            assertThat(change.newValue()).isEqualTo("GREEN");
            assertThat(change.changedBy()).isEqualTo("谭文华");
        });
        assertThat(ledger.find(c).orElseThrow().meta().revision()).isEqualTo(2);
        assertThat(ledger.find(a).orElseThrow().meta().revision()).isEqualTo(1);

        // the same rules again change nothing; back to the defaults changes 丙 back
        assertThat(rules.save(TierRules.defaults().withVaccinationPoints(0, 0, 2), "谭文华"))
                .isEqualTo(new RecomputeResult(4, 0));
        assertThat(rules.save(TierRules.defaults(), "谭文华")).isEqualTo(new RecomputeResult(4, 1));
    }

    @Test
    void ledgerSavesUseTheStoredRules() {
        rules.save(TierRules.defaults().withTierBands(0, 1), "谭文华"); // score 2 is red now
        long a = save("甲", 78, List.of(stable()), Vaccination.COMPLETE, 1);
        assertThat(tiers(a)).containsExactly(Tier.RED);
    }

    @Test
    void progressIsReportedInStepsAndReachesTheTotal() {
        try (Database demo = demoTownship(1_200)) {
            List<int[]> reports = new ArrayList<>();
            RecomputeResult result = new TierRulesRepository(demo, CLOCK)
                    .save(TierRules.defaults().withTierBands(0, 1), "谭文华", recording(reports, Integer.MAX_VALUE));
            assertThat(result.persons()).isEqualTo(1_200);
            assertThat(reports).extracting(r -> r[0]).containsExactly(0, 500, 1_000, 1_200);
            assertThat(reports).extracting(r -> r[1]).containsOnly(1_200);
        }
    }

    @Test
    void cancellingPartWayChangesNothing() {
        try (Database demo = demoTownship(1_200)) {
            TierRulesRepository repository = new TierRulesRepository(demo, CLOCK);
            repository.save(TierRules.defaults().withAgeLowerBound(65), "谭文华");
            String before = snapshot(demo);
            List<int[]> reports = new ArrayList<>();

            // stricter bands would move many persons to red; cancel once 500 are classified
            assertThatThrownBy(() -> repository.save(TierRules.defaults().withTierBands(0, 1), "谭文华",
                    recording(reports, 500))).isInstanceOf(CancellationException.class);

            assertThat(reports).extracting(r -> r[0]).containsExactly(0, 500);
            assertThat(repository.load()).isEqualTo(TierRules.defaults().withAgeLowerBound(65));
            assertThat(snapshot(demo)).isEqualTo(before);
            // the same rules without cancelling do change tiers, so the snapshot above is a real check
            assertThat(repository.save(TierRules.defaults().withTierBands(0, 1), "谭文华").changed()).isPositive();
            assertThat(snapshot(demo)).isNotEqualTo(before);
        }
    }

    private Database demoTownship(int persons) {
        Path file = dir.resolve("demo.db");
        DemoTownshipWriter.write(file, new DemoOptions(persons, DemoOptions.DEFAULT_SEED, TestTownship.TODAY));
        return Database.open(file);
    }

    /** Records every report; asks to stop once {@code cancelAt} persons are reported done. */
    private static RecomputeProgress recording(List<int[]> reports, int cancelAt) {
        return new RecomputeProgress() {
            @Override
            public void progress(int done, int total) {
                reports.add(new int[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return !reports.isEmpty() && reports.get(reports.size() - 1)[0] >= cancelAt;
            }
        };
    }

    /** Stored rules, every person's tier and revision, and the whole change history, as text. */
    private static String snapshot(Database db) {
        return db.read(dsl -> dsl.fetch("SELECT key, value, revision, updated_at, deleted FROM setting ORDER BY key")
                .formatCSV()
                + dsl.fetch("SELECT id, computed_tier, revision, updated_at FROM person ORDER BY id").formatCSV()
                + dsl.fetch("SELECT * FROM person_change ORDER BY id").formatCSV());
    }

    private long save(String name, int age, List<Comorbidity> comorbidities, Vaccination vaccination, int order) {
        LocalDate birth = TestTownship.TODAY.minusYears(age).minusDays(10);
        Person p = TestTownship.person(name, order).birthDate(birth)
                .residentId(TestTownship.residentId(birth, Sex.FEMALE, order))
                .comorbidities(comorbidities).vaccination(vaccination).build();
        return ledger.save(p, "录入员").id();
    }

    private List<Tier> tiers(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> ledger.entry(id).computedTier()).toList();
    }

    private static Comorbidity stable() {
        return new Comorbidity(Disease.HYPERTENSION, Control.STABLE);
    }
}
