package io.guankou.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerSearchTest {

    private static LedgerEntry entry(long id, String name, String residentId, String phone, long village, Long grid,
                                     Long team, Tier computed, Tier override) {
        return new LedgerEntry(id, name, residentId, Sex.FEMALE, LocalDate.of(1945, 1, 1), phone, village,
                "村" + village, grid, grid == null ? null : "网格" + grid, team, team == null ? null : "小分队" + team,
                computed, override, 0, false, Vaccination.COMPLETE);
    }

    private static final LedgerEntry ZHANG = entry(1, "张秀英", "500235194501011232", "13812345678", 10, 100L, 7L,
            Tier.GREEN, null);
    private static final LedgerEntry WANG = entry(2, "王建国", "11010519491231002X", "023-5566 7788", 10, 101L, 8L,
            Tier.YELLOW, Tier.RED);
    private static final LedgerEntry LI = entry(3, "李秀兰", "440524188001010014", null, 11, null, null,
            Tier.RED, null);
    private static final LedgerEntry SMITH = entry(4, "Anna Smith", null, "13900001111", 11, 110L, 7L,
            Tier.YELLOW, Tier.YELLOW);

    private final LedgerSearch search = new LedgerSearch(List.of(ZHANG, WANG, LI, SMITH));

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void emptyOrBlankTextMatchesAllInInputOrder(String text) {
        assertThat(search.filter(LedgerQuery.all().withText(text))).containsExactly(ZHANG, WANG, LI, SMITH);
        assertThat(search.filter(LedgerQuery.all())).containsExactly(ZHANG, WANG, LI, SMITH);
        assertThat(search.size()).isEqualTo(4);
    }

    /** Issue 2: "search by name, ID or phone as you type". */
    @Test
    void nameSubstring() {
        assertThat(search.filter(LedgerQuery.text("秀"))).containsExactly(ZHANG, LI);
        assertThat(search.filter(LedgerQuery.text("王建"))).containsExactly(WANG);
        assertThat(search.filter(LedgerQuery.text("  张秀英 "))).as("trimmed").containsExactly(ZHANG);
    }

    @Test
    void nameIsCaseInsensitive() {
        assertThat(search.filter(LedgerQuery.text("SMITH"))).containsExactly(SMITH);
        assertThat(search.filter(LedgerQuery.text("anna s"))).containsExactly(SMITH);
    }

    @Test
    void residentIdSubstring() {
        assertThat(search.filter(LedgerQuery.text("19450101"))).containsExactly(ZHANG);
        assertThat(search.filter(LedgerQuery.text("500235"))).containsExactly(ZHANG);
        assertThat(search.filter(LedgerQuery.text("1880"))).containsExactly(LI);
    }

    @Test
    void residentIdCheckCharacterXMatchesEitherCase() {
        assertThat(search.filter(LedgerQuery.text("002x"))).containsExactly(WANG);
        assertThat(search.filter(LedgerQuery.text("002X"))).containsExactly(WANG);
    }

    @Test
    void phoneSubstring() {
        assertThat(search.filter(LedgerQuery.text("1234"))).containsExactly(ZHANG);
        assertThat(search.filter(LedgerQuery.text("0000111"))).containsExactly(SMITH);
        assertThat(search.filter(LedgerQuery.text("5566 77"))).containsExactly(WANG);
    }

    @Test
    void phoneSeparatorsAreIgnoredForDigitQueries() {
        assertThat(search.filter(LedgerQuery.text("02355667788"))).containsExactly(WANG);
        assertThat(search.filter(LedgerQuery.text("138-1234-5678"))).containsExactly(ZHANG);
        assertThat(search.filter(LedgerQuery.text("138 1234"))).containsExactly(ZHANG);
    }

    @Test
    void noMatch() {
        assertThat(search.filter(LedgerQuery.text("赵"))).isEmpty();
        assertThat(search.filter(LedgerQuery.text("99999"))).isEmpty();
    }

    @Test
    void filtersOnVillageGridAndTeam() {
        assertThat(search.filter(LedgerQuery.all().withVillageId(10L))).containsExactly(ZHANG, WANG);
        assertThat(search.filter(LedgerQuery.all().withVillageId(11L))).containsExactly(LI, SMITH);
        assertThat(search.filter(LedgerQuery.all().withGridId(101L))).containsExactly(WANG);
        assertThat(search.filter(LedgerQuery.all().withTeamId(7L))).containsExactly(ZHANG, SMITH);
        assertThat(search.filter(LedgerQuery.all().withVillageId(99L))).isEmpty();
    }

    /** The office works with the effective tier: "the override where there is one" (LedgerEntry.tier()). */
    @Test
    void tierFilterUsesTheEffectiveTier() {
        assertThat(search.filter(LedgerQuery.all().withTier(Tier.RED))).containsExactly(WANG, LI);
        assertThat(search.filter(LedgerQuery.all().withTier(Tier.YELLOW))).containsExactly(SMITH);
        assertThat(search.filter(LedgerQuery.all().withTier(Tier.GREEN))).containsExactly(ZHANG);
    }

    @Test
    void allPartsMustMatch() {
        LedgerQuery q = new LedgerQuery("秀", 11L, null, Tier.RED, null);
        assertThat(search.filter(q)).containsExactly(LI);
        assertThat(search.filter(q.withTier(Tier.GREEN))).isEmpty();
        assertThat(search.filter(LedgerQuery.text("秀").withVillageId(10L).withGridId(100L).withTeamId(7L)))
                .containsExactly(ZHANG);
    }

    @Test
    void resultIsUnmodifiable() {
        List<LedgerEntry> result = search.filter(LedgerQuery.all());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> result.add(ZHANG))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void inputListChangesDoNotLeakIn() {
        List<LedgerEntry> list = new ArrayList<>(List.of(ZHANG));
        LedgerSearch s = new LedgerSearch(list);
        list.add(WANG);
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.entries()).containsExactly(ZHANG);
    }

    @Test
    void replacingUpdatesTheRowInPlaceAndTheSearchKeys() {
        LedgerEntry renamed = entry(2, "王卫国", "11010519491231002X", "13700000000", 11, 110L, 7L, Tier.YELLOW, null);
        LedgerSearch updated = search.replacing(renamed);
        assertThat(updated.entries()).containsExactly(ZHANG, renamed, LI, SMITH);
        assertThat(updated.filter(LedgerQuery.text("卫国"))).containsExactly(renamed);
        assertThat(updated.filter(LedgerQuery.text("建国"))).isEmpty();
        assertThat(updated.filter(LedgerQuery.text("5566"))).isEmpty();
        assertThat(updated.filter(LedgerQuery.all().withTier(Tier.RED))).containsExactly(LI);
        // the original is untouched
        assertThat(search.filter(LedgerQuery.text("建国"))).containsExactly(WANG);
        assertThat(search.entries()).containsExactly(ZHANG, WANG, LI, SMITH);
    }

    @Test
    void replacingAnUnknownPersonAppends() {
        LedgerEntry added = entry(5, "赵大爷", null, null, 12, null, null, Tier.RED, null);
        LedgerSearch updated = search.replacing(added);
        assertThat(updated.size()).isEqualTo(5);
        assertThat(updated.entries()).containsExactly(ZHANG, WANG, LI, SMITH, added);
        assertThat(updated.filter(LedgerQuery.text("赵"))).containsExactly(added);
        assertThat(search.size()).isEqualTo(4);
    }

    @Test
    void withoutRemovesThePerson() {
        LedgerSearch fewer = search.without(2);
        assertThat(fewer.entries()).containsExactly(ZHANG, LI, SMITH);
        assertThat(fewer.filter(LedgerQuery.text("002x"))).isEmpty();
        assertThat(fewer.filter(LedgerQuery.text("秀"))).containsExactly(ZHANG, LI);
        assertThat(search.without(1).without(4).entries()).containsExactly(WANG, LI);
        assertThat(search.without(999)).isSameAs(search);
        assertThat(search.size()).isEqualTo(4);
    }

    @Test
    void emptyLedger() {
        LedgerSearch empty = new LedgerSearch(List.of());
        assertThat(empty.filter(LedgerQuery.text("张"))).isEmpty();
        assertThat(empty.without(1).size()).isZero();
        assertThat(empty.replacing(ZHANG).entries()).containsExactly(ZHANG);
    }

    @Test
    void queryHelpers() {
        assertThat(LedgerQuery.all().matchesEverything()).isTrue();
        assertThat(LedgerQuery.text("  ").matchesEverything()).isTrue();
        assertThat(LedgerQuery.text("张").matchesEverything()).isFalse();
        assertThat(LedgerQuery.all().withTier(Tier.RED).matchesEverything()).isFalse();
        assertThat(LedgerQuery.all().withVillageId(1L).withGridId(2L).withTeamId(3L).withTier(Tier.GREEN))
                .isEqualTo(new LedgerQuery(null, 1L, 2L, Tier.GREEN, 3L));
    }

    /** Issue 2: search "stays smooth with 100,000 persons" — here only correctness at that size (no timing). */
    @Test
    void hundredThousandEntries() {
        List<LedgerEntry> many = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            String first17 = String.format("500235%04d0101%03d", 1920 + i % 40, i % 1000);
            many.add(entry(i + 1, "居民" + i, ResidentIds.withCheckCharacter(first17),
                    String.format("139%08d", i), 1 + i % 12, (long) (100 + i % 35), (long) (i % 20),
                    Tier.values()[i % 3], i % 97 == 0 ? Tier.RED : null));
        }
        LedgerSearch big = new LedgerSearch(many);
        assertThat(big.size()).isEqualTo(100_000);
        assertThat(big.filter(LedgerQuery.text("居民99999"))).extracting(LedgerEntry::personId).containsExactly(100_000L);
        assertThat(big.filter(LedgerQuery.text("13900012345"))).extracting(LedgerEntry::personId)
                .containsExactly(12_346L);
        List<LedgerEntry> reds = big.filter(LedgerQuery.all().withTier(Tier.RED).withVillageId(1L));
        assertThat(reds).isNotEmpty().allSatisfy(e -> {
            assertThat(e.tier()).isEqualTo(Tier.RED);
            assertThat(e.villageId()).isEqualTo(1L);
        });
        long expected = many.stream().filter(e -> e.tier() == Tier.RED && e.villageId() == 1L).count();
        assertThat(reds).hasSize((int) expected);
        assertThat(reds).isSortedAccordingTo(java.util.Comparator.comparingLong(LedgerEntry::personId));
    }
}
