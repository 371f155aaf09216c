package io.guankou.model.oximeter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortfallsTest {

    private static HolderStock h(long id, HolderType type, Long village, String villageName, int held, int minimum) {
        return new HolderStock(HolderRef.of(HolderKind.FACILITY, id), type, "h" + id, village, villageName, held,
                minimum);
    }

    @Test
    void aHolderIsShortByItsMinimumLessItsWorkingDevicesNeverBelowZero() {
        assertThat(h(1, HolderType.HEALTH_CENTRE, 1L, "a", 12, 20).shortfall()).isEqualTo(8);
        assertThat(h(2, HolderType.VILLAGE_CLINIC, 1L, "a", 3, 2).shortfall()).isZero();
    }

    @Test
    void perVillageASurplusDoesNotHideAnotherHoldersGapAndGapsComeFirst() {
        List<HolderStock> holders = List.of(
                h(1, HolderType.VILLAGE_CLINIC, 1L, "龙洞村", 5, 2),      // 3 over
                h(2, HolderType.COMMITTEE, 1L, "龙洞村", 0, 1),           // 1 short
                h(3, HolderType.VILLAGE_CLINIC, 2L, "双河村", 0, 2),      // 2 short
                h(4, HolderType.COMMITTEE, 2L, "双河村", 0, 1),           // 1 short
                h(5, HolderType.FAMILY_DOCTOR_TEAM, null, null, 1, 1));
        List<VillageShortfall> villages = Shortfalls.byVillage(holders);
        assertThat(villages).containsExactly(
                new VillageShortfall(2L, "双河村", 2, 0, 3, 3, 2),
                new VillageShortfall(1L, "龙洞村", 2, 5, 3, 1, 1),
                new VillageShortfall(null, null, 1, 1, 1, 0, 0));
        assertThat(Shortfalls.gapsFirst(holders)).extracting(HolderStock::name)
                .containsExactly("h3", "h2", "h4", "h1", "h5");
    }
}
