package io.guankou.model.transport;

import io.guankou.model.org.Facility;
import io.guankou.model.place.Village;
import java.util.List;
import java.util.Map;

/**
 * What the coverage is computed from: the ledger's facilities and villages, the red-tier persons per village
 * (effective tier, persons still in the ledger), the ambulances, and the travel times measured per village
 * (minutes by village id).
 */
public record CoverageInputs(List<Facility> facilities, List<Village> villages, Map<Long, Integer> redPersons,
                             List<Ambulance> ambulances, Map<Long, Integer> measuredMinutes) {

    public CoverageInputs {
        facilities = List.copyOf(facilities);
        villages = List.copyOf(villages);
        redPersons = Map.copyOf(redPersons);
        ambulances = List.copyOf(ambulances);
        measuredMinutes = Map.copyOf(measuredMinutes);
    }
}
