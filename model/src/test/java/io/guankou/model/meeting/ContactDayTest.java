package io.guankou.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Vaccination;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The day's contact figures against a six-person fixture worked out by hand with the default targets (red 3 a week,
 * at most 56 h apart; yellow 2 a week, at most 84 h apart; green none). The day is D = 2026-12-02, the moment D 12:00.
 */
class ContactDayTest {

    private static final LocalDate D = LocalDate.of(2026, 12, 2);
    private static final LocalDateTime AT = D.atTime(12, 0);

    private static LedgerEntry entry(long id, long village, Tier tier) {
        return new LedgerEntry(id, "P" + id, "x", Sex.FEMALE, LocalDate.of(1940, 1, 1), null, village,
                village == 1 ? "A" : "B", null, null, null, null, tier, null, 0, false, Vaccination.NONE);
    }

    private static LocalDateTime day(int offset, int hour) {
        return D.plusDays(offset).atTime(hour, 0);
    }

    private final List<LedgerEntry> ledger = List.of(
            entry(1, 1, Tier.RED), entry(2, 1, Tier.RED), entry(3, 2, Tier.YELLOW), entry(4, 2, Tier.GREEN),
            entry(5, 2, Tier.YELLOW), entry(6, 2, Tier.RED));

    /** Contacts before the day; with {@code today} also those of the day up to 12:00. */
    private FollowUpIndex index(boolean today) {
        FollowUpIndex index = new FollowUpIndex(ContactTargets.defaults(), null);
        ledger.forEach(e -> index.put(e.personId(), e.tier()));
        // 1: red, 3 contacts in the week, next due D+1 18:00 (56 h after D-1 10:00); reached again today
        index.reached(1, day(-1, 10));
        index.reached(1, day(-3, 10));
        index.reached(1, day(-5, 10));
        // 2: red, last reached D-3 08:00: overdue since D-1 16:00, not reached today
        index.reached(2, day(-3, 8));
        index.reached(2, day(-10, 8));
        // 3: yellow, D-4 20:00 + 84 h = D 08:00: falls due during the day; reached at 10:00
        index.reached(3, day(-4, 20));
        index.reached(3, day(-6, 20));
        // 4: green, no target; 5: yellow, never contacted
        // 6: red, three in the week, next due D+1 17:00
        index.reached(6, day(-1, 9));
        index.reached(6, day(-2, 9));
        index.reached(6, day(-4, 9));
        if (today) {
            index.reached(1, day(0, 9));
            index.reached(3, day(0, 10));
        }
        return index;
    }

    @Test
    void dueDoneMadeAndOverdueFollowTheDefinitions() {
        ContactDay c = ContactDay.of(ledger, index(false), index(true), Set.of(1L, 3L), D, AT);
        // due: 2 (overdue already), 3 (falls due at 08:00), 5 (never contacted)
        assertThat(c.due()).isEqualTo(3);
        // done: of those, 3 was reached today
        assertThat(c.done()).isEqualTo(1);
        // made: 1 and 3 were reached today
        assertThat(c.made()).isEqualTo(2);
        // overdue at 12:00: 2 and 5
        assertThat(c.overdue()).isEqualTo(2);
    }

    @Test
    void weeklyComplianceCountsPersonsWithTheirWeeklyTargetMet() {
        ContactDay c = ContactDay.of(ledger, index(false), index(true), Set.of(1L, 3L), D, AT);
        // with a target: 1, 2, 3, 5, 6; meeting it: 1 (4 in 7 days), 3 (3), 6 (3)
        assertThat(c.withTarget()).isEqualTo(5);
        assertThat(c.meetingTarget()).isEqualTo(3);
        assertThat(c.compliancePercent()).isEqualTo(60);
    }

    @Test
    void villagesComeWorstFirst() {
        ContactDay c = ContactDay.of(ledger, index(false), index(true), Set.of(1L, 3L), D, AT);
        // A: 1 of 2 (50%), 1 overdue; B: 3 and 6 of 3, 5 (67%), 1 overdue
        assertThat(c.villages()).extracting(VillageCompliance::villageName).containsExactly("A", "B");
        assertThat(c.villages()).extracting(VillageCompliance::percent).containsExactly(50, 67);
        assertThat(c.villages()).extracting(VillageCompliance::overdue).containsExactly(1, 1);
    }

    @Test
    void aLedgerWithoutTargetsHasNoCompliancePercent() {
        List<LedgerEntry> greens = List.of(entry(4, 2, Tier.GREEN));
        FollowUpIndex index = new FollowUpIndex(ContactTargets.defaults(), null);
        index.put(4, Tier.GREEN);
        ContactDay c = ContactDay.of(greens, index, index, Set.of(), D, AT);
        assertThat(c.compliancePercent()).isNull();
        assertThat(c.due()).isZero();
        assertThat(c.villages()).isEmpty();
    }
}
