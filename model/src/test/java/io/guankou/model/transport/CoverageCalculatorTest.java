package io.guankou.model.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.guankou.model.org.Facility;
import io.guankou.model.org.FacilityType;
import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.sync.RecordMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Coverage by the rule of {@link CoverageCalculator}, with the default settings (3 min + km × 1.3 ÷ 35 km/h; 30 min
 * rural, 12 min urban). Villages lie due north of the base at 108.7E 30.9N, so their distance is R × Δlat:
 * 0.05° = 5.5598 km → 3 + 5.5598 × 1.3 ÷ 35 × 60 = 15.39 min; 0.10° = 11.1195 km → 27.78 min;
 * 0.15° = 16.6793 km → 40.17 min.
 */
class CoverageCalculatorTest {

    static final RecordMeta META = RecordMeta.fresh("500235124", Instant.parse("2026-11-20T02:00:00Z"));
    static final double LON = 108.7;
    static final double LAT = 30.9;

    final List<Facility> facilities = new ArrayList<>();
    final List<Village> villages = new ArrayList<>();
    final List<Ambulance> ambulances = new ArrayList<>();
    final Map<Long, Integer> red = new HashMap<>();
    final Map<Long, Integer> measured = new HashMap<>();

    Facility centre(long id, FacilityType type, Double dLat) {
        Facility f = new Facility(id, META, type, "centre " + id, null, null, false,
                dLat == null ? null : new GeoPoint(LON, LAT + dLat));
        facilities.add(f);
        return f;
    }

    Village village(long id, UrbanRuralClass cls, Double dLat, int redPersons) {
        Village v = new Village(id, META, String.format("500235124%03d", id), "village " + id, cls,
                dLat == null ? null : new GeoPoint(LON, LAT + dLat));
        villages.add(v);
        red.put(id, redPersons);
        return v;
    }

    void ambulance(long id, long facilityId, boolean networked, AmbulanceStatus status) {
        ambulances.add(new Ambulance(id, META, facilityId, "渝G·A" + id, networked, status));
    }

    CoverageReport compute() {
        return CoverageCalculator.compute(new CoverageInputs(facilities, villages, red, ambulances, measured),
                CoverageSettings.defaults());
    }

    static VillageCoverage of(CentreCoverage c, long villageId) {
        return c.villages().stream().filter(v -> v.village().id() == villageId).findFirst().orElseThrow();
    }

    @Test
    void theEstimateDecidesUnlessAMeasuredTimeOverridesIt() {
        centre(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);
        ambulance(1, 1, true, AmbulanceStatus.AVAILABLE);
        village(11, UrbanRuralClass.C220, 0.15, 4);
        village(12, UrbanRuralClass.C220, 0.05, 2);
        village(13, UrbanRuralClass.C220, 0.10, 1);

        CentreCoverage before = compute().centres().get(0);
        VillageCoverage far = of(before, 11);
        assertThat(far.estimateMinutes()).isCloseTo(40.17, within(0.01));
        assertThat(far.distanceKm()).isCloseTo(16.679, within(0.001));
        assertThat(far.baseId()).isEqualTo(1L);
        assertThat(far.source()).isEqualTo(TimeSource.ESTIMATED);
        assertThat(far.gap()).isEqualTo(CoverageGap.BEYOND_TARGET);
        assertThat(of(before, 12).estimateMinutes()).isCloseTo(15.39, within(0.01));
        assertThat(of(before, 12).covered()).isTrue();
        assertThat(of(before, 13).estimateMinutes()).isCloseTo(27.78, within(0.01));
        assertThat(of(before, 13).covered()).isTrue();
        assertThat(before.redNotCovered()).isEqualTo(4);

        // the road to the far village is better than the straight line suggests; the near one's is worse
        measured.put(11L, 25);
        measured.put(12L, 45);
        CentreCoverage after = compute().centres().get(0);
        assertThat(of(after, 11).source()).isEqualTo(TimeSource.MEASURED);
        assertThat(of(after, 11).minutes()).isEqualTo(25.0);
        assertThat(of(after, 11).estimateMinutes()).as("the estimate stays visible").isCloseTo(40.17, within(0.01));
        assertThat(of(after, 11).covered()).isTrue();
        assertThat(of(after, 12).minutes()).isEqualTo(45.0);
        assertThat(of(after, 12).gap()).isEqualTo(CoverageGap.BEYOND_TARGET);
        assertThat(after.villagesCovered()).isEqualTo(2);
        assertThat(after.redCovered()).isEqualTo(4 + 1);
        assertThat(after.redNotCovered()).isEqualTo(2);
    }

    @Test
    void aMeasuredTimeEqualToTheTargetIsCoveredAndOneMinuteMoreIsNot() {
        centre(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);
        ambulance(1, 1, true, AmbulanceStatus.AVAILABLE);
        village(11, UrbanRuralClass.C220, 0.01, 0);
        measured.put(11L, 30);
        assertThat(of(compute().centres().get(0), 11).covered()).isTrue();
        measured.put(11L, 31);
        assertThat(of(compute().centres().get(0), 11).gap()).isEqualTo(CoverageGap.BEYOND_TARGET);
    }

    @Test
    void anUrbanCommunityIsHeldToTheUrbanTarget() {
        centre(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);
        ambulance(1, 1, true, AmbulanceStatus.AVAILABLE);
        village(11, UrbanRuralClass.C111, 0.05, 3); // 15.39 min > 12
        village(12, UrbanRuralClass.C210, 0.05, 3); // 15.39 min ≤ 30
        CentreCoverage c = compute().centres().get(0);
        assertThat(of(c, 11).targetMinutes()).isEqualTo(12);
        assertThat(of(c, 11).gap()).isEqualTo(CoverageGap.BEYOND_TARGET);
        assertThat(of(c, 12).targetMinutes()).isEqualTo(30);
        assertThat(of(c, 12).covered()).isTrue();
    }

    @Test
    void withoutAPositionOnlyAMeasuredTimeCounts() {
        centre(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);
        ambulance(1, 1, true, AmbulanceStatus.AVAILABLE);
        village(11, UrbanRuralClass.C220, null, 2);
        VillageCoverage v = of(compute().centres().get(0), 11);
        assertThat(v.source()).isEqualTo(TimeSource.UNKNOWN);
        assertThat(v.gap()).isEqualTo(CoverageGap.NO_TRAVEL_TIME);
        measured.put(11L, 20);
        assertThat(of(compute().centres().get(0), 11).covered()).isTrue();
    }

    @Test
    void theRuleNeedsANetworkedAmbulanceOfTheCentreItselfWhateverItsStatus() {
        centre(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);
        centre(2, FacilityType.COMMUNITY_HEALTH_CENTRE, 0.1);
        centre(3, FacilityType.SUB_CENTRE, 0.2);
        ambulance(1, 1, true, AmbulanceStatus.IN_MAINTENANCE);
        ambulance(2, 2, false, AmbulanceStatus.AVAILABLE);
        ambulance(3, 2, false, AmbulanceStatus.AVAILABLE);
        Map<Long, CentreCoverage> byId = new HashMap<>();
        compute().centres().forEach(c -> byId.put(c.centre().id(), c));

        assertThat(byId.get(1L).rule()).isEqualTo(CentreRule.MET);
        assertThat(byId.get(1L).networked()).isEqualTo(1);
        assertThat(byId.get(1L).networkedInService()).isZero();
        assertThat(byId.get(2L).rule()).isEqualTo(CentreRule.NOT_MET);
        assertThat(byId.get(2L).ambulances()).isEqualTo(2);
        assertThat(byId.get(2L).networked()).isZero();
        assertThat(byId.get(3L).rule()).isEqualTo(CentreRule.NOT_REQUIRED);
        assertThat(byId.get(2L).hasGap()).isTrue();
    }

    @Test
    void withoutANetworkedAmbulanceInServiceNoVillageIsCovered() {
        centre(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);
        ambulance(1, 1, true, AmbulanceStatus.IN_MAINTENANCE);
        ambulance(2, 1, false, AmbulanceStatus.AVAILABLE);
        ambulance(3, 99, true, AmbulanceStatus.AVAILABLE); // at a facility no longer in the ledger
        village(11, UrbanRuralClass.C220, 0.01, 5);
        measured.put(11L, 5);
        CentreCoverage c = compute().centres().get(0);
        assertThat(c.ambulances()).as("the removed facility's ambulance is not counted").isEqualTo(2);
        assertThat(of(c, 11).gap()).isEqualTo(CoverageGap.NO_NETWORKED_AMBULANCE);
        assertThat(c.redNotCovered()).isEqualTo(5);

        // an ambulance on a call comes back to its base: it still covers
        ambulances.set(0, new Ambulance(1, META, 1, "渝G·A1", true, AmbulanceStatus.ON_CALL));
        assertThat(of(compute().centres().get(0), 11).covered()).isTrue();
    }

    @Test
    void theQuickestBaseCountsEvenIfItIsAnotherCentresAndEachVillageIsListedUnderItsNearestCentre() {
        centre(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);
        centre(2, FacilityType.COMMUNITY_HEALTH_CENTRE, 0.2); // no ambulance of its own
        ambulance(1, 1, true, AmbulanceStatus.AVAILABLE);
        village(11, UrbanRuralClass.C220, 0.02, 1);   // nearest 1
        village(12, UrbanRuralClass.C220, 0.12, 2);   // nearest 2 (0.08° away); from base 1: 0.12° = 31.34 min
        village(13, UrbanRuralClass.C220, 0.09, 3);   // nearest 1 (0.09° against 0.11°): 3 + 10.0076 × 1.3 ÷ 35 × 60
        CoverageReport report = compute();
        Map<Long, CentreCoverage> byId = new HashMap<>();
        report.centres().forEach(c -> byId.put(c.centre().id(), c));
        assertThat(byId.get(1L).villages()).extracting(v -> v.village().id()).containsExactlyInAnyOrder(11L, 13L);
        assertThat(byId.get(2L).villages()).extracting(v -> v.village().id()).containsExactly(12L);
        VillageCoverage v12 = of(byId.get(2L), 12);
        assertThat(v12.baseId()).as("the base is centre 1, the only one with an ambulance").isEqualTo(1L);
        // 0.12° = 13.3434 km → 3 + 13.3434 × 1.3 ÷ 35 × 60 = 32.74 min > 30
        assertThat(v12.estimateMinutes()).isCloseTo(32.74, within(0.01));
        assertThat(v12.gap()).isEqualTo(CoverageGap.BEYOND_TARGET);
        // 0.09° = 10.0076 km → 25.30 min
        assertThat(of(byId.get(1L), 13).estimateMinutes()).isCloseTo(25.30, within(0.01));
        assertThat(of(byId.get(1L), 13).covered()).isTrue();
    }

    @Test
    void aVillageAsNearToTwoCentresGoesToTheOneListedFirst() {
        // a community health centre with the lower id at the same spot as the township health centre
        centre(1, FacilityType.COMMUNITY_HEALTH_CENTRE, 0.0);
        centre(2, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);
        village(11, UrbanRuralClass.C220, 0.03, 0);
        CoverageReport report = compute();
        CentreCoverage township = report.centres().stream().filter(c -> c.centre().id() == 2).findFirst()
                .orElseThrow();
        assertThat(township.villages()).extracting(v -> v.village().id()).containsExactly(11L);
    }

    @Test
    void withoutPositionsAVillageIsListedUnderTheCentreStandingInIt() {
        facilities.add(new Facility(1, META, FacilityType.TOWNSHIP_HEALTH_CENTRE, "a", 11L, null, false, null));
        facilities.add(new Facility(2, META, FacilityType.COMMUNITY_HEALTH_CENTRE, "b", 12L, null, false, null));
        village(11, UrbanRuralClass.C220, null, 0);
        village(12, UrbanRuralClass.C111, null, 0);
        village(13, UrbanRuralClass.C220, null, 0);
        Map<Long, CentreCoverage> byId = new HashMap<>();
        compute().centres().forEach(c -> byId.put(c.centre().id(), c));
        assertThat(byId.get(1L).villages()).extracting(v -> v.village().id()).containsExactlyInAnyOrder(11L, 13L);
        assertThat(byId.get(2L).villages()).extracting(v -> v.village().id()).containsExactly(12L);
    }

    @Test
    void gapsComeFirstAmongCentresAndAmongVillages() {
        centre(1, FacilityType.TOWNSHIP_HEALTH_CENTRE, 0.0);    // met, everything covered
        centre(2, FacilityType.COMMUNITY_HEALTH_CENTRE, 0.5);   // not met, its villages reached by nobody in time
        centre(3, FacilityType.SUB_CENTRE, -0.5);               // not required, one village beyond
        ambulance(1, 1, true, AmbulanceStatus.AVAILABLE);
        village(11, UrbanRuralClass.C220, 0.01, 9);
        village(21, UrbanRuralClass.C220, 0.50, 1);
        village(22, UrbanRuralClass.C220, 0.45, 3);
        village(31, UrbanRuralClass.C220, -0.40, 7);
        CoverageReport report = compute();
        assertThat(report.centres()).extracting(c -> c.centre().id()).containsExactly(3L, 2L, 1L);
        assertThat(report.centres().get(1).villages()).extracting(v -> v.village().id()).containsExactly(22L, 21L);
        assertThat(report.villagesNotCovered()).isEqualTo(3);
        assertThat(report.redNotCovered()).isEqualTo(11);
        assertThat(report.centresNotMeetingRule()).isEqualTo(1);

        // within a centre: not covered first, then most red persons, then the longest time
        measured.put(11L, 50);
        village(12, UrbanRuralClass.C220, 0.02, 0);
        village(13, UrbanRuralClass.C220, 0.04, 0);
        CentreCoverage first = compute().centres().stream().filter(c -> c.centre().id() == 1).findFirst()
                .orElseThrow();
        assertThat(first.villages()).extracting(v -> v.village().id()).containsExactly(11L, 13L, 12L);
    }

    @Test
    void aTownshipWithoutCentresHasNoRows() {
        village(11, UrbanRuralClass.C220, 0.0, 1);
        assertThat(compute().centres()).isEmpty();
    }
}
