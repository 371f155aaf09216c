package io.guankou.model.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.oximeter.VillageShortfall;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Vaccination;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.sync.RecordMeta;
import io.guankou.model.transport.CentreCoverage;
import io.guankou.model.transport.CentreRule;
import io.guankou.model.transport.CoverageGap;
import io.guankou.model.transport.CoverageReport;
import io.guankou.model.transport.CoverageSettings;
import io.guankou.model.transport.VillageCoverage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapFiguresTest {

    static final RecordMeta META = RecordMeta.fresh("500235124", Instant.parse("2026-11-20T02:00:00Z"));

    private static LedgerEntry entry(long id, long village, Tier computed, Tier override) {
        return new LedgerEntry(id, "P" + id, "x", Sex.FEMALE, LocalDate.of(1940, 1, 1), null, village,
                "V" + village, null, null, null, null, computed, override, 0, false, Vaccination.NONE);
    }

    private static OverdueGroup overdue(long village, LedgerEntry... persons) {
        return new OverdueGroup(Grouping.VILLAGE, village, "V" + village, null,
                java.util.Arrays.stream(persons).map(p -> new OverdueRow(p, null)).toList());
    }

    private static VillageCoverage coverage(long village, boolean covered) {
        Village v = new Village(village, META, String.format("500235124%03d", village), "V" + village,
                UrbanRuralClass.C220, null);
        return new VillageCoverage(v, 0, null, null, null, null, 30, covered ? null : CoverageGap.BEYOND_TARGET);
    }

    @Test
    void tiersOverdueShortfallAndCoveragePerVillage() {
        LedgerEntry a = entry(1, 10, Tier.RED, null);
        LedgerEntry b = entry(2, 10, Tier.GREEN, Tier.YELLOW); // the override counts
        LedgerEntry c = entry(3, 10, Tier.GREEN, null);
        LedgerEntry d = entry(4, 20, Tier.RED, null);
        CoverageReport report = new CoverageReport(List.of(new CentreCoverage(null, 1, 1, 1, CentreRule.MET,
                List.of(coverage(10, true), coverage(20, false)))), CoverageSettings.defaults());
        Map<Long, PlaceFigures> f = MapFigures.byVillage(List.of(a, b, c, d), List.of(overdue(10, a, b)),
                List.of(new VillageShortfall(20L, "V20", 2, 1, 3, 2, 1),
                        new VillageShortfall(null, "", 1, 0, 20, 20, 1)), report);

        assertThat(f.get(10L)).isEqualTo(new PlaceFigures(1, 1, 1, 2, 0, true));
        assertThat(f.get(20L)).isEqualTo(new PlaceFigures(1, 0, 0, 0, 2, false));
        assertThat(f).hasSize(2); // the township-wide holders belong to no village
    }

    @Test
    void withoutCoverageItIsUnknown() {
        Map<Long, PlaceFigures> f = MapFigures.byVillage(List.of(entry(1, 10, Tier.RED, null)), List.of(), List.of(),
                null);
        assertThat(f.get(10L).covered()).isNull();
    }

    @Test
    void townshipsAddUpTheirVillages() {
        Map<Long, PlaceFigures> villages = Map.of(
                1L, new PlaceFigures(2, 3, 4, 1, 0, true),
                2L, new PlaceFigures(1, 0, 5, 2, 3, false),
                3L, new PlaceFigures(0, 1, 1, 0, 0, null));
        Map<String, PlaceFigures> t = MapFigures.byTownship(villages, Map.of(1L, "500235101", 2L, "500235101",
                3L, "500235102"));
        assertThat(t.get("500235101")).isEqualTo(new PlaceFigures(3, 3, 9, 3, 3, false));
        assertThat(t.get("500235102")).isEqualTo(new PlaceFigures(0, 1, 1, 0, 0, null));
        assertThat(t.get("500235101").keyPersons()).isEqualTo(15);
    }
}
