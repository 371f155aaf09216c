package io.guankou.persistence.referral;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.referral.Referral;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.referral.Transport;
import io.guankou.model.sync.RecordMeta;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.Rows;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.contact.ContactRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralRepositoryTest {

    static final LocalDateTime NOW = LocalDateTime.now(CLOCK);

    @TempDir
    Path dir;
    Database db;
    ReferralRepository referrals;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("referrals.db"));
        referrals = new ReferralRepository(db, CLOCK);
        Rows.person(db, 1, "RED", null, false, false);
        Rows.person(db, 2, "GREEN", "YELLOW", false, false);
        Rows.person(db, 3, "YELLOW", null, false, false);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void opensAManualReferralOnceAndFindsItAgain() {
        Referral r = referrals.openManual(1, "谭文华");
        assertThat(r.id()).isPositive();
        assertThat(r.triggers()).containsExactly(ReferralTrigger.MANUAL);
        assertThat(r.contactId()).isNull();
        assertThat(r.status()).isEqualTo(ReferralStatus.OPEN);
        assertThat(r.openedAt()).isEqualTo(NOW);
        assertThat(r.meta().revision()).isEqualTo(1);
        assertThat(referrals.openManual(1, "李书记")).isEqualTo(r);
        assertThat(referrals.openFor(1)).contains(r);
        assertThat(referrals.openFor(2)).isEmpty();
    }

    @Test
    void movesForwardAndStoresTheArrangement() {
        Referral open = referrals.openManual(1, "谭文华");
        LocalDateTime later = NOW.plusMinutes(30);
        Referral arranged = referrals.update(open.arranged("云阳县人民医院", Transport.AMBULANCE_120, true)
                .moveTo(ReferralStatus.TRANSPORT_ARRANGED, later, null), "李书记");
        assertThat(arranged.status()).isEqualTo(ReferralStatus.TRANSPORT_ARRANGED);
        assertThat(arranged.statusAt()).isEqualTo(later);
        assertThat(arranged.destination()).isEqualTo("云阳县人民医院");
        assertThat(arranged.transport()).isEqualTo(Transport.AMBULANCE_120);
        assertThat(arranged.escort()).isTrue();
        assertThat(arranged.meta().revision()).isEqualTo(2);
        assertThat(TestTownship.query(db, "SELECT updated_by FROM referral")).isEqualTo("李书记");

        Referral closed = referrals.update(arranged.moveTo(ReferralStatus.CLOSED, later.plusHours(1), "家属拒绝转诊"),
                "李书记");
        assertThat(closed.status().isOpen()).isFalse();
        assertThat(closed.outcome()).isEqualTo("家属拒绝转诊");
        assertThat(referrals.openFor(1)).isEmpty();
    }

    @Test
    void refusesAStatusMoveTheStoredStatusDoesNotAllow() {
        Referral open = referrals.openManual(1, "谭文华");
        // built by hand, as a stale screen could: OPEN straight to ARRIVED
        Referral skipped = new Referral(open.id(), open.meta(), 1, null, open.triggers(), open.openedAt(),
                open.openedBy(), "云阳县人民医院", null, false, ReferralStatus.ARRIVED, NOW, null);
        assertThatThrownBy(() -> referrals.update(skipped, "李书记")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OPEN").hasMessageContaining("ARRIVED");
        assertThat(referrals.openFor(1)).contains(open);
    }

    @Test
    void refusesAStaleRevision() {
        Referral open = referrals.openManual(1, "谭文华");
        referrals.update(open.arranged("云阳县中医院", Transport.FLEET, false), "李书记");
        Referral fromAnOldScreen = open.arranged("重庆三峡中心医院", Transport.OWN, false);
        assertThatThrownBy(() -> referrals.update(fromAnOldScreen, "王医生"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("someone else");
        assertThat(referrals.openFor(1)).get().extracting(Referral::destination).isEqualTo("云阳县中医院");
    }

    @Test
    void listsOpenOnesOldestFirstThenClosedOnesNewestFirst() {
        Referral first = new ReferralRepository(db, shifted(-30)).openManual(1, "谭文华");
        Referral viaContact = new ContactRepository(db, CLOCK).save(Contact.draft(RecordMeta.fresh("", CLOCK.instant()),
                2, NOW.minusMinutes(1), "王医生", ContactMode.PHONE, true).withVitals(null, 88),
                EpisodeChange.NONE, ReferralRules.defaults(), "王医生").referral();
        Referral closedEarly = new ReferralRepository(db, shifted(-60)).openManual(3, "谭文华");
        closedEarly = referrals.update(closedEarly.moveTo(ReferralStatus.CLOSED, NOW.minusHours(1), "好转"), "谭文华");
        Referral closedLate = referrals.openManual(3, "谭文华");
        closedLate = referrals.update(closedLate.moveTo(ReferralStatus.CLOSED, NOW, "好转"), "谭文华");

        assertThat(referrals.list(true)).extracting(e -> e.referral().id())
                .containsExactly(first.id(), viaContact.id());
        assertThat(referrals.list(false)).extracting(e -> e.referral().id())
                .containsExactly(first.id(), viaContact.id(), closedLate.id(), closedEarly.id());
        ReferralEntry entry = referrals.list(true).get(1);
        assertThat(entry.personName()).isEqualTo("测试2");
        assertThat(entry.residentId()).isEqualTo("500235194803140002");
        assertThat(entry.phone()).isEqualTo("10012345678");
        assertThat(entry.villageName()).isEqualTo("平安社区");
        assertThat(entry.gridName()).isEqualTo("第一网格");
        assertThat(entry.tier()).isEqualTo(Tier.YELLOW);
        assertThat(entry.referral().triggers()).containsExactly(ReferralTrigger.LOW_SPO2);
    }

    private static Clock shifted(int minutes) {
        return Clock.offset(CLOCK, Duration.ofMinutes(minutes));
    }
}
