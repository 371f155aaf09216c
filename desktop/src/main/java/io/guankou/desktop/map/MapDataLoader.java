package io.guankou.desktop.map;

import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueList;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.map.MapFigures;
import io.guankou.model.map.MapGeometry;
import io.guankou.model.map.MapPlane;
import io.guankou.model.map.PlaceFigures;
import io.guankou.model.org.Facility;
import io.guankou.model.oximeter.Shortfalls;
import io.guankou.model.person.Tier;
import io.guankou.model.place.Township;
import io.guankou.model.place.Village;
import io.guankou.model.transport.Ambulance;
import io.guankou.model.transport.CoverageCalculator;
import io.guankou.model.transport.CoverageInputs;
import io.guankou.model.transport.CoverageReport;
import io.guankou.model.transport.CoverageSettings;
import io.guankou.persistence.oximeter.OximeterOverview;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and computes a {@link MapData} (runs off the FX thread): the same figures the other views show — tiers from
 * the ledger, the overdue list as of now, the oximeter shortfall, the ambulance coverage — put on the map's plane.
 */
final class MapDataLoader {

    private MapDataLoader() {
    }

    static MapData load(MapServices s) {
        LocalDateTime now = LocalDateTime.now(s.clock()).truncatedTo(ChronoUnit.MINUTES);
        MapGeometry geometry = MapGeometry.build(s.boundaries().villageOutlines());
        MapPlane plane = geometry.plane();
        Township township = s.places().township();
        List<Village> villages = s.places().villages();
        List<LedgerEntry> entries = s.ledger().loadEntries();
        FollowUpIndex index = s.followUps().loadIndex(s.followUpSettings().loadTargets(), now);
        List<OverdueGroup> overdue = OverdueList.build(entries, index, now, Grouping.VILLAGE, EnumSet.allOf(Tier.class));
        OximeterOverview oximeters = s.oximeters().overview(now.toLocalDate());
        List<Facility> facilities = s.places().facilities();
        List<Ambulance> ambulances = s.transport().ambulances();
        CoverageSettings settings = s.coverageSettings().load();
        CoverageReport coverage = ambulances.isEmpty() ? null : CoverageCalculator.compute(new CoverageInputs(
                facilities, villages, s.transport().redPersons(), ambulances, s.transport().measuredMinutes()), settings);

        Map<Long, PlaceFigures> byVillage = MapFigures.byVillage(entries, overdue,
                Shortfalls.byVillage(oximeters.holders()), coverage);
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, String> townshipOf = new HashMap<>();
        Map<Long, Village> villageById = new HashMap<>();
        for (Village v : villages) {
            names.put(v.id(), v.name());
            townshipOf.put(v.id(), v.meta().townshipCode());
            villageById.put(v.id(), v);
        }
        Map<Long, List<OverdueRow>> overdueRows = new HashMap<>();
        for (OverdueGroup g : overdue) {
            if (g.key() != null) {
                overdueRows.put(g.key(), g.rows());
            }
        }
        List<FacilityMark> marks = new ArrayList<>();
        Map<Long, Facility> facilityById = new HashMap<>();
        for (Facility f : facilities) {
            facilityById.put(f.id(), f);
            if (f.location() != null) {
                marks.add(new FacilityMark(f.id(), f.type(), f.name(),
                        plane.toPlane(f.location().longitude(), f.location().latitude())));
            }
        }
        return new MapData(now, geometry, names, Map.of(township.code(), township.name()), byVillage,
                MapFigures.byTownship(byVillage, townshipOf), marks,
                bases(ambulances, facilityById, villageById, settings, plane), overdueRows,
                !oximeters.holders().isEmpty(), !ambulances.isEmpty());
    }

    private static List<AmbulanceBase> bases(List<Ambulance> ambulances, Map<Long, Facility> facilities,
                                             Map<Long, Village> villages, CoverageSettings settings, MapPlane plane) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (Ambulance a : ambulances) {
            int[] c = counts.computeIfAbsent(a.facilityId(), k -> new int[2]);
            c[0]++;
            if (a.covers()) {
                c[1]++;
            }
        }
        List<AmbulanceBase> bases = new ArrayList<>();
        counts.forEach((facilityId, c) -> {
            Facility f = facilities.get(facilityId);
            if (f == null || f.location() == null) {
                return; // a base without a position cannot be drawn
            }
            Village at = f.villageId() == null ? null : villages.get(f.villageId());
            boolean rural = at == null || at.urbanRural().isRural();
            double reach = c[1] > 0 ? settings.reachKm(settings.targetMinutes(rural)) : 0;
            bases.add(new AmbulanceBase(facilityId, plane.toPlane(f.location().longitude(), f.location().latitude()),
                    c[0], c[1], reach));
        });
        return bases;
    }
}
