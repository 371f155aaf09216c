package io.guankou.persistence.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.org.FacilityType;
import io.guankou.model.transport.CentreCoverage;
import io.guankou.model.transport.CentreRule;
import io.guankou.model.transport.CoverageCalculator;
import io.guankou.model.transport.CoverageGap;
import io.guankou.model.transport.CoverageInputs;
import io.guankou.model.transport.CoverageReport;
import io.guankou.model.transport.FleetAvailability;
import io.guankou.model.transport.FleetVehicle;
import io.guankou.model.transport.VillageCoverage;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.place.PlaceRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo township shows every coverage gap out of the box. */
class DemoTransportTest {

    @TempDir
    Path dir;

    @Test
    void theDemoHasACentreWithoutANetworkedAmbulanceVillagesBeyondTheTargetAndAFleet() {
        Path file = dir.resolve("demo.db");
        DemoTownshipWriter.write(file, new DemoOptions(400, 7L, TestTownship.TODAY));
        try (Database db = Database.open(file)) {
            TransportRepository repo = new TransportRepository(db, TestTownship.CLOCK);
            PlaceRepository places = new PlaceRepository(db);
            CoverageReport report = CoverageCalculator.compute(new CoverageInputs(places.facilities(),
                    places.villages(), repo.redPersons(), repo.ambulances(), repo.measuredMinutes()),
                    new CoverageSettingsRepository(db, TestTownship.CLOCK).load());

            assertThat(report.centres()).hasSize(2);
            assertThat(report.centres()).allMatch(CentreCoverage::hasGap);
            CentreCoverage community = centre(report, FacilityType.COMMUNITY_HEALTH_CENTRE);
            assertThat(community.rule()).isEqualTo(CentreRule.NOT_MET);
            assertThat(community.ambulances()).isEqualTo(1);
            assertThat(community.networked()).isZero();
            CentreCoverage township = centre(report, FacilityType.TOWNSHIP_HEALTH_CENTRE);
            assertThat(township.rule()).isEqualTo(CentreRule.MET);
            assertThat(township.networked()).isEqualTo(3);
            assertThat(township.networkedInService()).isEqualTo(2);

            List<VillageCoverage> gaps = report.centres().stream().flatMap(c -> c.villages().stream())
                    .filter(v -> !v.covered()).toList();
            assertThat(gaps).extracting(v -> v.village().name())
                    .containsExactlyInAnyOrder("大坪村", "高峰村", "水井村");
            assertThat(gaps).allMatch(v -> v.gap() == CoverageGap.BEYOND_TARGET && v.measuredMinutes() != null);
            assertThat(report.villagesNotCovered()).isEqualTo(3);
            assertThat(report.centres().stream().mapToInt(c -> c.villages().size()).sum())
                    .isEqualTo(places.villages().size());

            // the township health centre's two villages beyond the target hold more red persons than the
            // community centre's one: it is listed first
            assertThat(township.villagesNotCovered()).isEqualTo(2);
            assertThat(community.villagesNotCovered()).isEqualTo(1);
            assertThat(report.centres().get(0).redNotCovered()).isGreaterThanOrEqualTo(
                    report.centres().get(1).redNotCovered());

            List<FleetVehicle> fleet = repo.fleet();
            assertThat(fleet).hasSize(5);
            assertThat(fleet).extracting(FleetVehicle::availability).contains(FleetAvailability.AVAILABLE,
                    FleetAvailability.IN_USE, FleetAvailability.UNAVAILABLE);
        }
    }

    private static CentreCoverage centre(CoverageReport report, FacilityType type) {
        return report.centres().stream().filter(c -> c.centre().type() == type).findFirst().orElseThrow();
    }
}
