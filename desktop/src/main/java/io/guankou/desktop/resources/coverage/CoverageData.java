package io.guankou.desktop.resources.coverage;

import io.guankou.model.org.Facility;
import io.guankou.model.place.Village;
import io.guankou.model.transport.Ambulance;
import io.guankou.model.transport.CoverageInputs;
import io.guankou.model.transport.CoverageSettings;
import io.guankou.model.transport.FleetVehicle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the coverage tab shows, loaded together. */
public record CoverageData(List<Facility> facilities, List<Village> villages, Map<Long, Integer> redPersons,
                           List<Ambulance> ambulances, List<FleetVehicle> fleet, Map<Long, Integer> measuredMinutes,
                           CoverageSettings settings) {

    public static final CoverageData EMPTY = new CoverageData(List.of(), List.of(), Map.of(), List.of(), List.of(),
            Map.of(), CoverageSettings.defaults());

    public CoverageData {
        facilities = List.copyOf(facilities);
        villages = List.copyOf(villages);
        redPersons = Map.copyOf(redPersons);
        ambulances = List.copyOf(ambulances);
        fleet = List.copyOf(fleet);
        measuredMinutes = Map.copyOf(measuredMinutes);
    }

    static CoverageData load(TransportServices s) {
        return new CoverageData(s.places().facilities(), s.places().villages(), s.transport().redPersons(),
                s.transport().ambulances(), s.transport().fleet(), s.transport().measuredMinutes(),
                s.settings().load());
    }

    public CoverageInputs inputs() {
        return new CoverageInputs(facilities, villages, redPersons, ambulances, measuredMinutes);
    }

    /** The facility's name; "#id" for one no longer in the ledger. */
    public String facilityName(Long id) {
        return id == null ? "" : facility(id).map(Facility::name).orElse("#" + id);
    }

    public Optional<Facility> facility(long id) {
        return facilities.stream().filter(f -> f.id() == id).findFirst();
    }
}
