package io.guankou.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.id.IdCheck;
import io.guankou.model.id.ResidentIdValidator;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.org.FacilityType;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.person.Person;
import io.guankou.model.person.rules.PersonValidator;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.stats.StatsRepository;
import io.guankou.persistence.stats.TownshipStats;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTownshipWriterTest {

    static final LocalDate TODAY = LocalDate.of(2023, 1, 5);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    static final int PERSONS = 3000;

    @TempDir
    static Path dir;
    static Path demo;
    static DemoSummary summary;

    @BeforeAll
    static void writeDemo() {
        demo = dir.resolve("demo.db");
        summary = DemoTownshipWriter.write(demo, new DemoOptions(PERSONS, 7L, TODAY));
    }

    @Test
    void theSameSeedAndDayGiveTheSameData() throws Exception {
        Path again = dir.resolve("again.db");
        assertThat(DemoTownshipWriter.write(again, new DemoOptions(PERSONS, 7L, TODAY))).isEqualTo(summary);
        for (String table : List.of("township", "village", "grid", "household", "facility", "family_doctor_team",
                "responsibility_team", "team_member", "person", "comorbidity", "infection_episode", "contact",
                "person_change", "setting", "referral", "person_last_contact")) {
            assertThat(dump(again, table)).as(table).isEqualTo(dump(demo, table));
        }
    }

    @Test
    void anotherSeedGivesOtherPeople() throws Exception {
        Path other = dir.resolve("other.db");
        DemoTownshipWriter.write(other, new DemoOptions(PERSONS, 8L, TODAY));
        assertThat(dump(other, "person")).isNotEqualTo(dump(demo, "person"));
    }

    @Test
    void writingAgainReplacesTheFile() {
        Path file = dir.resolve("replace.db");
        DemoTownshipWriter.write(file, new DemoOptions(500, 1L, TODAY));
        DemoSummary second = DemoTownshipWriter.write(file, new DemoOptions(200, 1L, TODAY));
        try (Database db = Database.openExisting(file)) {
            assertThat(new LedgerRepository(db, CLOCK).loadEntries().size())
                    .isEqualTo(Integer.parseInt(TestTownship.query(db,
                            "SELECT count(*) FROM person WHERE departure_reason IS NULL")));
            assertThat(TestTownship.query(db, "SELECT count(*) FROM person")).isEqualTo("200");
        }
        assertThat(second.persons()).isEqualTo(200);
    }

    @Test
    void aMountainTownshipWithVillagesCommunitiesGridsAndTeams() {
        try (Database db = Database.openExisting(demo)) {
            PlaceRepository places = new PlaceRepository(db);
            assertThat(places.township().code()).hasSize(9).startsWith("500235");
            List<Village> villages = places.villages();
            assertThat(villages).hasSize(summary.villages());
            assertThat(villages.stream().filter(Village::isCommunity).count()).isEqualTo(2);
            assertThat(villages.stream().filter(v -> !v.isCommunity()).count()).isBetween(10L, 14L);
            assertThat(villages).allSatisfy(v -> {
                assertThat(v.code()).startsWith(places.township().code());
                assertThat(v.centroid().longitude()).isBetween(108.5, 108.9);
                assertThat(v.centroid().latitude()).isBetween(30.8, 31.0);
            });
            List<Grid> grids = places.grids();
            assertThat(grids).hasSize(summary.grids()).hasSizeGreaterThanOrEqualTo(30);
            List<ResponsibilityTeam> teams = places.responsibilityTeams();
            assertThat(teams).hasSameSizeAs(grids).allSatisfy(t -> assertThat(t.hasMedicalMember()).isTrue());
            assertThat(places.gridTeams()).hasSameSizeAs(grids);
            assertThat(places.facilities()).filteredOn(f -> f.type() == FacilityType.TOWNSHIP_HEALTH_CENTRE)
                    .singleElement().satisfies(f -> assertThat(f.feverClinic()).isTrue());
            assertThat(places.facilities()).filteredOn(f -> f.type() == FacilityType.VILLAGE_CLINIC)
                    .hasSize(villages.size() - 2);
            assertThat(places.familyDoctorTeams()).isNotEmpty();
        }
    }

    @Test
    void everyDemoPersonKeepsThePersonRulesAsIfEnteredToday() {
        try (Database db = Database.openExisting(demo)) {
            LedgerRepository ledger = new LedgerRepository(db, CLOCK);
            for (LedgerEntry e : ledger.loadEntries()) {
                // as a new person (id 0), so that the age lower bound applies too
                Person asNew = ledger.find(e.personId()).orElseThrow().toBuilder().id(0).build();
                assertThat(PersonValidator.check(asNew, TierRules.defaults(), TODAY)).as("person %d", e.personId())
                        .isEmpty();
            }
        }
    }

    @Test
    void personsArePlausible() {
        try (Database db = Database.openExisting(demo)) {
            LedgerRepository ledger = new LedgerRepository(db, CLOCK);
            List<LedgerEntry> entries = ledger.loadEntries();
            assertThat(summary.persons()).isEqualTo(PERSONS);
            assertThat(entries.size()).isBetween(PERSONS * 98 / 100, PERSONS);
            int lowerBound = TierRules.defaults().ageLowerBound();
            assertThat(entries).allSatisfy(e -> {
                IdCheck id = ResidentIdValidator.check(e.residentId(), e.birthDate(), e.sex(), CLOCK);
                assertThat(id.isValid()).as(e.residentId() + " " + id.problems()).isTrue();
                assertThat(e.residentId()).startsWith("500235");
                assertThat(java.time.Period.between(e.birthDate(), TODAY).getYears()).isBetween(lowerBound, 100);
            });
            assertThat(entries.stream().map(LedgerEntry::residentId).distinct().count()).isEqualTo(entries.size());
            long sixtyToSeventyFive = entries.stream()
                    .filter(e -> java.time.Period.between(e.birthDate(), TODAY).getYears() < 75).count();
            assertThat(sixtyToSeventyFive).isGreaterThan(entries.size() / 2);
            assertThat(entries.stream().filter(e -> java.time.Period.between(e.birthDate(), TODAY).getYears() >= 90))
                    .isNotEmpty();
            Map<Tier, Long> tiers = entries.stream()
                    .collect(Collectors.groupingBy(LedgerEntry::computedTier, Collectors.counting()));
            assertThat(tiers).containsKeys(Tier.RED, Tier.YELLOW, Tier.GREEN);
            assertThat(entries).filteredOn(LedgerEntry::isOverridden).isNotEmpty();
            // the stored computed tier is what the rules give
            LedgerEntry first = entries.get(0);
            Person person = ledger.find(first.personId()).orElseThrow();
            assertThat(ledger.assess(person).tier()).isEqualTo(first.computedTier());
            assertThat(person.phone() == null || person.phone().startsWith("100")).isTrue();
            assertThat(TestTownship.query(db, "SELECT count(*) FROM infection_episode WHERE end_date IS NULL"))
                    .isNotEqualTo("0");
            assertThat(Integer.parseInt(TestTownship.query(db,
                    "SELECT count(*) FROM comorbidity WHERE disease = 'HYPERTENSION'")))
                    .isGreaterThan(PERSONS / 4);
        }
    }

    @Test
    void fourWeeksOfContactsEndTheEveningBeforeTodaySoNoneLiesInTheFuture() {
        try (Database db = Database.openExisting(demo)) {
            assertThat(Integer.parseInt(TestTownship.query(db, "SELECT count(*) FROM contact")))
                    .isEqualTo(summary.contacts()).isGreaterThan(PERSONS);
            assertThat(TestTownship.query(db, "SELECT substr(max(at), 1, 10) FROM contact"))
                    .isEqualTo(TODAY.minusDays(1).toString());
            assertThat(TestTownship.query(db, "SELECT max(status_at) FROM referral"))
                    .isLessThan(TODAY.toString());
            assertThat(TestTownship.query(db, "SELECT substr(min(at), 1, 10) FROM contact"))
                    .isGreaterThanOrEqualTo(TODAY.minusDays(27).toString());
            // most red persons had >= 3 reached contacts in the last 7 days; some fell behind
            String perRed = "SELECT p.id, (SELECT count(*) FROM contact c WHERE c.person_id = p.id AND c.reached = 1"
                    + " AND c.at >= '" + TODAY.minusDays(6) + "') AS n FROM person p"
                    + " WHERE coalesce(p.override_tier, p.computed_tier) = 'RED' AND p.departure_reason IS NULL";
            int red = Integer.parseInt(TestTownship.query(db, "SELECT count(*) FROM (" + perRed + ")"));
            int onTarget = Integer.parseInt(TestTownship.query(db, "SELECT count(*) FROM (" + perRed + ") WHERE n >= 2"));
            int behind = Integer.parseInt(TestTownship.query(db, "SELECT count(*) FROM (" + perRed + ") WHERE n = 0"));
            assertThat(red).isPositive();
            assertThat(onTarget).isGreaterThan(red / 2);
            assertThat(behind).isPositive();
        }
    }

    @Test
    void statsAddUpToTheLedger() {
        try (Database db = Database.openExisting(demo)) {
            TownshipStats stats = new StatsRepository(db).stats();
            List<LedgerEntry> entries = new LedgerRepository(db, CLOCK).loadEntries();
            assertThat(stats.villages()).hasSize(summary.villages());
            assertThat(stats.persons()).isEqualTo(entries.size());
            for (Tier tier : Tier.values()) {
                assertThat(stats.computedTotals().get(tier)).as("computed " + tier)
                        .isEqualTo((int) entries.stream().filter(e -> e.computedTier() == tier).count());
                assertThat(stats.effectiveTotals().get(tier)).as("effective " + tier)
                        .isEqualTo((int) entries.stream().filter(e -> e.tier() == tier).count());
            }
            assertThat(stats.overriddenTotal())
                    .isEqualTo((int) entries.stream().filter(LedgerEntry::isOverridden).count()).isPositive();
            assertThat(stats.villages()).allSatisfy(v -> assertThat(v.effective().values().stream()
                    .mapToInt(Integer::intValue).sum()).isEqualTo(v.persons()));
        }
    }

    @Test
    void contactsCarryFindingsAndLowReadingsHaveTheirReferral() {
        try (Database db = Database.openExisting(demo)) {
            assertThat(count(db, "SELECT count(*) FROM contact WHERE symptoms LIKE '%FEVER%'")).isPositive();
            assertThat(count(db, "SELECT count(*) FROM contact c JOIN person p ON p.id = c.person_id"
                    + " WHERE c.symptoms LIKE '%FEVER%' AND p.infection <> 'INFECTED'"
                    + " AND coalesce(p.override_tier, p.computed_tier) = 'RED'")).as("red, fever, no covid").isPositive();
            assertThat(count(db, "SELECT count(*) FROM contact WHERE antigen = 'POSITIVE'")).isPositive();
            assertThat(count(db, "SELECT count(*) FROM contact WHERE needs <> '' AND action IS NOT NULL")).isPositive();
            assertThat(count(db, "SELECT count(*) FROM contact WHERE reached = 0 AND (symptoms <> '' OR spo2 IS NOT NULL"
                    + " OR temperature IS NOT NULL)")).as("findings on unreached attempts").isZero();
            // every reading that calls for a referral has one, opened from that very contact
            String triggering = "FROM contact c WHERE c.reached = 1 AND (c.spo2 < 93"
                    + " OR c.symptoms LIKE '%BREATHING_DIFFICULTY%' OR c.symptoms LIKE '%PERSISTENT_HIGH_FEVER%')";
            int low = count(db, "SELECT count(*) " + triggering);
            assertThat(low).isPositive();
            assertThat(count(db, "SELECT count(*) " + triggering
                    + " AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.contact_id = c.id)")).isZero();
            assertThat(count(db, "SELECT count(*) FROM contact WHERE spo2 < 93 AND spo2 NOT BETWEEN 88 AND 92")).isZero();
        }
    }

    @Test
    void referralsAtEveryStage() {
        try (Database db = Database.openExisting(demo)) {
            int referrals = count(db, "SELECT count(*) FROM referral");
            assertThat(referrals).isBetween(3, PERSONS / 100);
            assertThat(count(db, "SELECT count(*) FROM referral r JOIN contact c ON c.id = r.contact_id"
                    + " AND c.person_id = r.person_id AND r.opened_at >= c.at")).isEqualTo(referrals);
            assertThat(count(db, "SELECT count(DISTINCT status) FROM referral")).isGreaterThanOrEqualTo(3);
            assertThat(count(db, "SELECT count(*) FROM referral WHERE status = 'OPEN' AND opened_at < '"
                    + TODAY.minusDays(1) + "T23:59:59'")).as("open for more than a day").isPositive();
            assertThat(count(db, "SELECT count(*) FROM referral WHERE status IN ('CLOSED', 'TRANSFERRED_DOWN')"
                    + " AND (outcome IS NULL OR status_at < opened_at)")).isZero();
            assertThat(count(db, "SELECT count(*) FROM referral WHERE status IN ('TRANSPORT_ARRANGED', 'ARRIVED',"
                    + " 'TRANSFERRED_DOWN') AND (destination NOT LIKE '%医院' OR transport IS NULL)")).isZero();
            assertThat(new io.guankou.persistence.referral.ReferralRepository(db, CLOCK).list(false))
                    .hasSize(referrals);
        }
    }

    @Test
    void theLastReachedTableMatchesTheContacts() {
        try (Database db = Database.openExisting(demo)) {
            String truth = "SELECT person_id, max(at) AS m FROM contact WHERE reached = 1 AND deleted = 0"
                    + " GROUP BY person_id";
            assertThat(count(db, "SELECT count(*) FROM person_last_contact")).isEqualTo(count(db,
                    "SELECT count(*) FROM (" + truth + ")")).isPositive();
            assertThat(count(db, "SELECT count(*) FROM (" + truth + ") t JOIN person_last_contact l"
                    + " ON l.person_id = t.person_id AND l.last_reached_at = t.m"))
                    .isEqualTo(count(db, "SELECT count(*) FROM person_last_contact"));
            var index = new io.guankou.persistence.followup.FollowUpRepository(db)
                    .loadIndex(io.guankou.model.followup.ContactTargets.defaults(), TODAY.atTime(18, 0));
            assertThat(index.size()).isEqualTo(new LedgerRepository(db, CLOCK).loadEntries().size());
            assertThat(index.overdue(TODAY.atTime(18, 0))).isNotEmpty();
        }
    }

    private static int count(Database db, String sql) {
        return Integer.parseInt(TestTownship.query(db, sql));
    }

    /** Every row of a table in id order, as text. */
    static List<String> dump(Path file, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(rs.getString(i)).append('|');
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }
}
