package io.guankou.desktop.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.contact.AntigenResult;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactField;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.ContactProblem;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.contact.Symptom;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.persistence.Database;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactFormViewModelTest {

    /** The tests' today 10:00: an hour later is still today, so "in the future" never wraps to tomorrow's date. */
    static final LocalDateTime NOW = TestClocks.NOW;

    @TempDir
    Path dir;
    Database db;
    Clock clock = TestClocks.FIXED;
    ContactRepository contacts;
    ReferralRepository referrals;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);
    List<LedgerEntry> people;
    List<SavedContact> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        contacts = new ContactRepository(db, clock);
        referrals = new ReferralRepository(db, clock);
        people = new LedgerRepository(db, clock).loadEntries();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private ContactFormViewModel form(LedgerEntry person) {
        ContactFormViewModel vm = new ContactFormViewModel(contacts, new FollowUpSettingsRepository(db, clock), runner,
                clock, "王医生", "500235001");
        vm.open(person);
        return vm;
    }

    /** Someone with no open referral and no open episode: a clean start for what a save sets off. */
    private LedgerEntry quietPerson() {
        return people.stream()
                .filter(p -> referrals.openFor(p.personId()).isEmpty())
                .filter(p -> contacts.openEpisode(p.personId(), NOW.toLocalDate()).isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void startsWithNowTheUserPhoneAndReached() {
        ContactFormViewModel vm = form(quietPerson());
        assertThat(vm.dateTextProperty().get()).isEqualTo(NOW.toLocalDate().toString());
        assertThat(vm.timeTextProperty().get()).isEqualTo("10:00");
        assertThat(vm.madeByProperty().get()).isEqualTo("王医生");
        assertThat(vm.modeProperty().get()).isEqualTo(ContactMode.PHONE);
        assertThat(vm.reachedProperty().get()).isTrue();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.episodeChoices()).containsExactly(EpisodeChange.NONE);
        assertThat(vm.referralWarningProperty().get()).isNull();
    }

    @Test
    void temperatureAcceptsADecimalCommaAndIsStored() {
        LedgerEntry p = quietPerson();
        ContactFormViewModel vm = form(p);
        vm.temperatureTextProperty().set("36,5");
        vm.spo2TextProperty().set("97");
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.save(saved::add)).isTrue();

        Contact stored = contacts.forPerson(p.personId()).get(0);
        assertThat(stored.temperature()).isEqualByComparingTo(new BigDecimal("36.5"));
        assertThat(stored.spo2()).isEqualTo(97);
        assertThat(stored.madeBy()).isEqualTo("王医生");
        assertThat(stored.at()).isEqualTo(NOW);
        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.referral()).isNull();
            assertThat(s.contact().personId()).isEqualTo(p.personId());
        });
        assertThat(vm.savedProperty().get()).isSameAs(saved.get(0));
        assertThat(vm.history().get(0).id()).isEqualTo(stored.id());
        assertThat(vm.referralNoticeProperty().get()).isFalse();
        assertThat(zh.text(vm.noticeProperty().get())).isEqualTo(zh.format("contact.notice.saved", p.name(), "10:00"));
    }

    @Test
    void textThatIsNotANumberIsRefusedAtItsField() {
        ContactFormViewModel vm = form(quietPerson());
        vm.temperatureTextProperty().set("36.5.1");
        vm.spo2TextProperty().set("九十");
        assertThat(vm.errors()).containsEntry(ContactField.TEMPERATURE, ContactFormViewModel.KEY_NOT_A_NUMBER)
                .containsEntry(ContactField.SPO2, ContactFormViewModel.KEY_NOT_A_NUMBER);
        assertThat(zh.get(ContactFormViewModel.KEY_NOT_A_NUMBER)).isEqualTo("不是数字");
        assertThat(vm.validProperty().get()).isFalse();
        vm.temperatureTextProperty().set("３６．８");
        vm.spo2TextProperty().set("96%");
        assertThat(vm.errors()).isEmpty();
    }

    @Test
    void impossibleReadingsAreRefusedAndNothingIsSaved() {
        LedgerEntry p = quietPerson();
        int before = contacts.forPerson(p.personId()).size();
        ContactFormViewModel vm = form(p);
        vm.spo2TextProperty().set("101");
        vm.temperatureTextProperty().set("60");
        assertThat(vm.errors())
                .containsEntry(ContactField.SPO2, Messages.enumKey(ContactProblem.Kind.SPO2_RANGE))
                .containsEntry(ContactField.TEMPERATURE, Messages.enumKey(ContactProblem.Kind.TEMPERATURE_RANGE));
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.save(saved::add)).isFalse();
        assertThat(saved).isEmpty();
        assertThat(contacts.forPerson(p.personId())).hasSize(before);

        vm.spo2TextProperty().set("100");
        vm.temperatureTextProperty().set("43");
        assertThat(vm.errors()).isEmpty();
    }

    @Test
    void aTimeInTheFutureIsRefused() {
        ContactFormViewModel vm = form(quietPerson());
        vm.timeTextProperty().set("11:00");
        assertThat(vm.errors()).containsEntry(ContactField.AT, Messages.enumKey(ContactProblem.Kind.IN_FUTURE));
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.save(saved::add)).isFalse();
        vm.timeTextProperty().set("10:04");
        assertThat(vm.errors()).as("a few minutes of clock difference are not the future").isEmpty();
        vm.timeTextProperty().set("9:30");
        assertThat(vm.errors()).isEmpty();
    }

    @Test
    void badTimeDateAndMissingNameHaveTheirOwnMessages() {
        ContactFormViewModel vm = form(quietPerson());
        vm.timeTextProperty().set("25:00");
        assertThat(vm.errors()).containsEntry(ContactField.AT, ContactFormViewModel.KEY_BAD_TIME);
        vm.timeTextProperty().set("");
        assertThat(vm.errors()).containsEntry(ContactField.AT, ContactFormViewModel.KEY_REQUIRED);
        vm.timeTextProperty().set("08:15");
        vm.dateTextProperty().set("2026-13-01");
        assertThat(vm.errors()).containsEntry(ContactField.AT, ContactFormViewModel.KEY_BAD_DATE);
        vm.dateTextProperty().set(NOW.toLocalDate().minusYears(1).toString());
        assertThat(vm.errors()).containsEntry(ContactField.AT, Messages.enumKey(ContactProblem.Kind.TOO_OLD));
        vm.dateTextProperty().set(NOW.toLocalDate().toString());
        vm.madeByProperty().set("  ");
        assertThat(vm.errors()).containsOnlyKeys(ContactField.MADE_BY)
                .containsEntry(ContactField.MADE_BY, Messages.enumKey(ContactProblem.Kind.REQUIRED));
    }

    @Test
    void readingsOnAnUnreachedAttemptAreRefused() {
        ContactFormViewModel vm = form(quietPerson());
        vm.reachedProperty().set(false);
        vm.spo2TextProperty().set("95");
        assertThat(vm.errors()).containsEntry(ContactField.SPO2, Messages.enumKey(ContactProblem.Kind.NOT_REACHED));
        vm.spo2TextProperty().set("");
        assertThat(vm.errors()).isEmpty();
    }

    @Test
    void lowSpo2WarnsBeforeSavingAndOpensAReferral() {
        LedgerEntry p = quietPerson();
        ContactFormViewModel vm = form(p);
        vm.spo2TextProperty().set("89");
        assertThat(vm.wouldReferProperty().get()).containsExactly(ReferralTrigger.LOW_SPO2);
        assertThat(zh.text(vm.referralWarningProperty().get())).isEqualTo("保存后将开启转诊：血氧饱和度低");
        assertThat(vm.save(saved::add)).isTrue();

        SavedContact s = saved.get(0);
        assertThat(s.referralOpened()).isTrue();
        assertThat(s.referral().triggers()).containsExactly(ReferralTrigger.LOW_SPO2);
        assertThat(referrals.openFor(p.personId())).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo(s.referral().id());
            assertThat(r.contactId()).isEqualTo(s.contact().id());
        });
        assertThat(vm.referralNoticeProperty().get()).isTrue();
        assertThat(zh.text(vm.noticeProperty().get())).isEqualTo("已为 " + p.name()
                + " 开启转诊：血氧饱和度低。请到转诊队列安排转运。");

        // the same person again: no second referral, and the notice says one is already open
        vm.open(p);
        vm.spo2TextProperty().set("88");
        vm.symptomProperty(Symptom.BREATHING_DIFFICULTY).set(true);
        vm.save(saved::add);
        assertThat(saved.get(1).referralOpened()).isFalse();
        assertThat(saved.get(1).referral().id()).isEqualTo(s.referral().id());
        assertThat(vm.referralNoticeProperty().get()).isTrue();
        assertThat(zh.text(vm.noticeProperty().get())).startsWith(p.name() + " 已有未结束的转诊")
                .contains(zh.label(ReferralTrigger.BREATHING_DIFFICULTY));
    }

    @Test
    void aPositiveAntigenOffersHomeTreatmentAndAnOpenEpisodeOffersItsEnd() {
        LedgerEntry p = quietPerson();
        ContactFormViewModel vm = form(p);
        vm.antigenProperty().set(AntigenResult.POSITIVE);
        assertThat(vm.episodeChoices()).containsExactly(EpisodeChange.NONE, EpisodeChange.START_HOME_TREATMENT);
        assertThat(vm.episodeChangeProperty().get()).isEqualTo(EpisodeChange.START_HOME_TREATMENT);
        vm.antigenProperty().set(AntigenResult.NEGATIVE);
        assertThat(vm.episodeChoices()).containsExactly(EpisodeChange.NONE);
        assertThat(vm.episodeChangeProperty().get()).isEqualTo(EpisodeChange.NONE);
        vm.antigenProperty().set(AntigenResult.POSITIVE);
        vm.save(saved::add);
        assertThat(saved.get(0).episode()).isNotNull();
        assertThat(contacts.openEpisode(p.personId(), NOW.toLocalDate())).isPresent();

        vm.open(p);
        assertThat(vm.openEpisodeProperty().get()).isNotNull();
        assertThat(vm.episodeChoices()).containsExactly(EpisodeChange.NONE, EpisodeChange.END_OBSERVATION);
        vm.antigenProperty().set(AntigenResult.POSITIVE);
        assertThat(vm.episodeChoices()).as("already open: nothing to start")
                .doesNotContain(EpisodeChange.START_HOME_TREATMENT);
        assertThat(vm.episodeChangeProperty().get()).isEqualTo(EpisodeChange.NONE);
    }

    @Test
    void openingTheNextPersonResetsTheFieldsButKeepsTheNotice() {
        LedgerEntry first = quietPerson();
        ContactFormViewModel vm = form(first);
        vm.spo2TextProperty().set("85");
        vm.noteProperty().set("气促");
        vm.modeProperty().set(ContactMode.WECHAT);
        vm.save(saved::add);
        io.guankou.desktop.i18n.Msg notice = vm.noticeProperty().get();
        LedgerEntry second = people.stream().filter(e -> e.personId() != first.personId()).findFirst().orElseThrow();
        vm.open(second);
        assertThat(vm.personProperty().get()).isEqualTo(second);
        assertThat(vm.spo2TextProperty().get()).isEmpty();
        assertThat(vm.noteProperty().get()).isEmpty();
        assertThat(vm.modeProperty().get()).as("a round of calls keeps its mode").isEqualTo(ContactMode.WECHAT);
        assertThat(vm.noticeProperty().get()).isEqualTo(notice);
        assertThat(vm.history()).isEqualTo(contacts.forPerson(second.personId()));
    }

    @Test
    void parsesTimeWithAFullWidthColon() {
        ContactFormViewModel vm = form(quietPerson());
        vm.timeTextProperty().set("9：05");
        assertThat(vm.errors()).isEmpty();
        vm.save(saved::add);
        assertThat(saved.get(0).contact().at().toLocalTime()).isEqualTo(LocalTime.of(9, 5));
    }
}
