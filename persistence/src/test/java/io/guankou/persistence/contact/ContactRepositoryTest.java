package io.guankou.persistence.contact;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.contact.AntigenResult;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactField;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.ContactProblem;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.contact.Need;
import io.guankou.model.contact.Symptom;
import io.guankou.model.person.InfectionEpisode;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.sync.RecordMeta;
import io.guankou.persistence.Database;
import io.guankou.persistence.Rows;
import io.guankou.persistence.TestTownship;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactRepositoryTest {

    /** TestTownship.CLOCK as office time: 2026-11-23 10:00 in Shanghai. */
    static final LocalDateTime NOW = LocalDateTime.now(CLOCK);
    static final ReferralRules RULES = ReferralRules.defaults();

    @TempDir
    Path dir;
    Database db;
    ContactRepository contacts;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("contacts.db"));
        contacts = new ContactRepository(db, CLOCK);
        Rows.person(db, 1, "RED", null, false, false);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Contact reached(LocalDateTime at) {
        return Contact.draft(RecordMeta.fresh("", CLOCK.instant()), 1, at, "王医生", ContactMode.PHONE, true);
    }

    @Test
    void storesEveryFieldAndReadsItBackNewestFirst() {
        Contact full = reached(NOW.minusHours(2)).withVitals(new BigDecimal("38.5"), 95)
                .withSymptoms(Set.of(Symptom.FEVER, Symptom.COUGH)).withAntigen(AntigenResult.POSITIVE)
                .withNeeds(Set.of(Need.MEDICINE, Need.OXIMETER)).withText("已送药", "精神可");
        SavedContact saved = contacts.save(full, EpisodeChange.NONE, RULES, "李书记");
        contacts.save(reached(NOW.minusDays(1)), EpisodeChange.NONE, RULES, "李书记");
        Contact deleted = contacts.save(reached(NOW.minusMinutes(5)), EpisodeChange.NONE, RULES, "李书记").contact();
        db.transaction(dsl -> dsl.execute("UPDATE contact SET deleted = 1 WHERE id = " + deleted.id()));

        assertThat(saved.contact().id()).isPositive();
        assertThat(saved.contact().meta().townshipCode()).isEqualTo(TestTownship.CODE);
        assertThat(saved.referral()).isNull();
        assertThat(saved.referralOpened()).isFalse();
        assertThat(saved.episode()).isNull();
        assertThat(contacts.forPerson(1)).hasSize(2).first().satisfies(c -> {
            assertThat(c.id()).isEqualTo(saved.contact().id());
            assertThat(c.at()).isEqualTo(NOW.minusHours(2));
            assertThat(c.temperature()).isEqualByComparingTo("38.5");
            assertThat(c.spo2()).isEqualTo(95);
            assertThat(c.symptoms()).containsExactlyInAnyOrder(Symptom.FEVER, Symptom.COUGH);
            assertThat(c.antigen()).isEqualTo(AntigenResult.POSITIVE);
            assertThat(c.needs()).containsExactlyInAnyOrder(Need.MEDICINE, Need.OXIMETER);
            assertThat(c.action()).isEqualTo("已送药");
            assertThat(c.note()).isEqualTo("精神可");
            assertThat(c.madeBy()).isEqualTo("王医生");
        });
        assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-23T08:00:00");
    }

    @Test
    void refusesAFutureTimeAndStoresNothing() {
        assertThatThrownBy(() -> contacts.save(reached(NOW.plusHours(1)), EpisodeChange.START_HOME_TREATMENT, RULES,
                "李书记"))
                .isInstanceOfSatisfying(ContactRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ContactProblem(ContactField.AT, ContactProblem.Kind.IN_FUTURE)));
        assertNothingStored();
    }

    @Test
    void refusesAnImpossibleSpo2AndStoresNothing() {
        assertThatThrownBy(() -> contacts.save(reached(NOW).withVitals(null, 101), EpisodeChange.NONE, RULES,
                "李书记"))
                .isInstanceOfSatisfying(ContactRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ContactProblem(ContactField.SPO2, ContactProblem.Kind.SPO2_RANGE)));
        assertNothingStored();
    }

    @Test
    void aLowSpo2OpensOneReferralFromTheContact() {
        SavedContact first = contacts.save(reached(NOW.minusHours(1)).withVitals(null, 90), EpisodeChange.NONE,
                RULES, "李书记");
        assertThat(first.referralOpened()).isTrue();
        assertThat(first.referral()).satisfies(r -> {
            assertThat(r.id()).isPositive();
            assertThat(r.personId()).isEqualTo(1);
            assertThat(r.contactId()).isEqualTo(first.contact().id());
            assertThat(r.triggers()).containsExactly(ReferralTrigger.LOW_SPO2);
            assertThat(r.status()).isEqualTo(ReferralStatus.OPEN);
            assertThat(r.openedAt()).isEqualTo(NOW);
            assertThat(r.openedBy()).isEqualTo("李书记");
        });
        assertThat(TestTownship.query(db, "SELECT contact_id FROM referral"))
                .isEqualTo(Long.toString(first.contact().id()));

        SavedContact second = contacts.save(reached(NOW).withVitals(null, 89)
                .withSymptoms(Set.of(Symptom.BREATHING_DIFFICULTY)), EpisodeChange.NONE, RULES, "李书记");
        assertThat(second.referralOpened()).isFalse();
        assertThat(second.referral().id()).isEqualTo(first.referral().id());
        assertThat(TestTownship.query(db, "SELECT count(*) FROM referral")).isEqualTo("1");
    }

    @Test
    void theThresholdComesFromTheRules() {
        SavedContact saved = contacts.save(reached(NOW).withVitals(null, 93), EpisodeChange.NONE,
                new ReferralRules(94, 24), "李书记");
        assertThat(saved.referralOpened()).isTrue();
        assertThat(contacts.save(reached(NOW).withVitals(null, 93).withSymptoms(Set.of(Symptom.FEVER)),
                EpisodeChange.NONE, RULES, "李书记").referral()).isNull();
    }

    @Test
    void aFailedReferralRollsBackTheContactAndTheEpisode() {
        // the referral insert fails after contact and episode are written: none of it may stay
        db.read(dsl -> dsl.execute("CREATE TRIGGER refuse BEFORE INSERT ON referral BEGIN"
                + " SELECT RAISE(ABORT, 'refused for the test'); END"));
        assertThatThrownBy(() -> contacts.save(reached(NOW).withVitals(null, 85), EpisodeChange.START_HOME_TREATMENT,
                RULES, "李书记")).isInstanceOf(RuntimeException.class);
        assertNothingStored();
    }

    @Test
    void startingHomeTreatmentOpensAnEpisodeAndMarksThePersonInfected() {
        LocalDate day = NOW.toLocalDate().minusDays(1);
        SavedContact saved = contacts.save(reached(day.atTime(9, 0)).withAntigen(AntigenResult.POSITIVE),
                EpisodeChange.START_HOME_TREATMENT, RULES, "李书记");

        assertThat(saved.episode()).isNotNull();
        assertThat(saved.episode().start()).isEqualTo(day);
        assertThat(saved.episode().homeTreatment()).isTrue();
        assertThat(saved.episode().end()).isNull();
        assertThat(contacts.openEpisode(1, NOW.toLocalDate())).contains(saved.episode());
        assertThat(TestTownship.query(db, "SELECT infection || ' ' || infection_date FROM person WHERE id = 1"))
                .isEqualTo("INFECTED 2026-11-22");
        assertThat(TestTownship.query(db, "SELECT count(*) FROM person_change WHERE person_id = 1"
                + " AND field IN ('infection', 'infectionDate') AND changed_by = '李书记'")).isEqualTo("2");

        // a second start while the episode is open does not open another one
        SavedContact again = contacts.save(reached(NOW), EpisodeChange.START_HOME_TREATMENT, RULES, "李书记");
        assertThat(again.episode().id()).isEqualTo(saved.episode().id());
        assertThat(TestTownship.query(db, "SELECT count(*) FROM infection_episode")).isEqualTo("1");
    }

    @Test
    void endingTheObservationClosesTheOpenEpisode() {
        Rows.episode(db, 1, "2026-11-15", true, null);
        db.read(dsl -> dsl.execute("UPDATE person SET infection = 'INFECTED', infection_date = '2026-11-15'"));
        assertThat(contacts.openEpisode(1, NOW.toLocalDate())).isPresent();

        SavedContact saved = contacts.save(reached(NOW), EpisodeChange.END_OBSERVATION, RULES, "李书记");

        assertThat(saved.episode()).isNull();
        assertThat(contacts.openEpisode(1, NOW.toLocalDate().plusDays(1))).isEmpty();
        assertThat(contacts.openEpisode(1, NOW.toLocalDate())).get()
                .extracting(InfectionEpisode::end).isEqualTo(NOW.toLocalDate());
        assertThat(TestTownship.query(db, "SELECT infection || ' ' || infection_date FROM person WHERE id = 1"))
                .isEqualTo("RECOVERED 2026-11-15");
    }

    private void assertNothingStored() {
        assertThat(TestTownship.query(db, "SELECT count(*) FROM contact")).isEqualTo("0");
        assertThat(TestTownship.query(db, "SELECT count(*) FROM referral")).isEqualTo("0");
        assertThat(TestTownship.query(db, "SELECT count(*) FROM infection_episode")).isEqualTo("0");
        assertThat(TestTownship.query(db, "SELECT infection FROM person WHERE id = 1")).isEqualTo("NEVER");
        assertThat(Rows.lastReached(db, 1)).isEqualTo("null");
    }
}
