package io.guankou.model.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverdueListTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    private static LedgerEntry entry(long id, long village, Long grid, Long team, Tier tier) {
        return new LedgerEntry(id, "P" + id, "x", Sex.FEMALE, LocalDate.of(1940, 1, 1), null, village,
                "V" + village, grid, grid == null ? null : "G" + grid, team, team == null ? null : "T" + team,
                tier, null, 0, false, Vaccination.NONE);
    }

    private final List<LedgerEntry> ledger = List.of(
            entry(1, 10, 100L, 7L, Tier.RED),
            entry(2, 20, 200L, 7L, Tier.YELLOW),
            entry(3, 10, 101L, null, Tier.RED),
            entry(4, 20, null, 8L, Tier.YELLOW),
            entry(5, 10, 100L, 7L, Tier.GREEN));

    private FollowUpIndex index() {
        FollowUpIndex index = new FollowUpIndex(ContactTargets.defaults(), null);
        ledger.forEach(e -> index.put(e.personId(), e.tier()));
        index.reached(1, NOW.minusDays(9));
        index.reached(2, NOW.minusDays(5));
        index.reached(3, NOW.minusDays(4));
        // 4 never reached, 5 green without target
        return index;
    }

    @Test
    void groupsByVillageWithTheWorstGroupFirstAndRowsOldestFirst() {
        List<OverdueGroup> groups = OverdueList.build(ledger, index(), NOW, Grouping.VILLAGE, EnumSet.allOf(Tier.class));
        assertThat(groups).extracting(OverdueGroup::name).containsExactly("V20", "V10");
        assertThat(groups.get(0).rows()).extracting(r -> r.person().personId()).containsExactly(4L, 2L);
        assertThat(groups.get(1).rows()).extracting(r -> r.person().personId()).containsExactly(1L, 3L);
        assertThat(groups).extracting(OverdueGroup::count).containsExactly(2, 2);
    }

    @Test
    void groupsByGridPutPersonsWithoutAGridLastAndNameTheVillage() {
        List<OverdueGroup> groups = OverdueList.build(ledger, index(), NOW, Grouping.GRID, EnumSet.allOf(Tier.class));
        assertThat(groups).extracting(OverdueGroup::key).containsExactly(100L, 101L, 200L, null);
        assertThat(groups.get(3).parentName()).isEqualTo("V20");
        assertThat(groups.get(0).parentName()).isEqualTo("V10");
    }

    @Test
    void groupsByTeamAndFiltersByTier() {
        List<OverdueGroup> groups = OverdueList.build(ledger, index(), NOW, Grouping.TEAM, EnumSet.of(Tier.RED));
        assertThat(OverdueList.rows(groups)).extracting(r -> r.person().personId()).containsExactly(1L, 3L);
        assertThat(groups).extracting(OverdueGroup::key).containsExactly(7L, null);
    }

    @Test
    void personsMissingFromTheLedgerRowsAreLeftOut() {
        List<OverdueGroup> groups = OverdueList.build(ledger.subList(0, 2), index(), NOW, Grouping.VILLAGE,
                EnumSet.allOf(Tier.class));
        assertThat(OverdueList.rows(groups)).extracting(r -> r.person().personId()).containsExactlyInAnyOrder(1L, 2L);
    }
}
