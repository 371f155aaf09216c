package io.guankou.model.place.rules;

import io.guankou.model.org.Facility;
import io.guankou.model.org.FacilityType;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.Grid;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.sync.RecordMeta;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A small township for the place rules: two villages, a removed one, grids, teams and a facility. */
final class PlaceFixtures {

    static final String TOWNSHIP = "500235124";
    static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");

    static final Village COMMUNITY = village(1, "500235124001", "平安社区", UrbanRuralClass.C111,
            new GeoPoint(108.716, 30.912), false);
    static final Village LONGDONG = village(2, "500235124200", "龙洞村", UrbanRuralClass.C220,
            new GeoPoint(108.688, 30.935), false);
    /** Merged away: its row, and its code, stay. */
    static final Village OLD_SHUANGHE = village(3, "500235124201", "双河", UrbanRuralClass.C220, null, true);
    static final List<Village> VILLAGES = List.of(COMMUNITY, LONGDONG, OLD_SHUANGHE);

    static final Grid COMMUNITY_GRID_1 = new Grid(1, meta(false), 1, "第一网格");
    static final Grid LONGDONG_GRID_1 = new Grid(2, meta(false), 2, "第一网格");
    static final Grid REMOVED_GRID = new Grid(3, meta(true), 2, "第二网格");
    static final List<Grid> GRIDS = List.of(COMMUNITY_GRID_1, LONGDONG_GRID_1, REMOVED_GRID);

    static final ResponsibilityTeam COMMUNITY_TEAM = new ResponsibilityTeam(1, meta(false), "社区小分队", 1, List.of());
    static final ResponsibilityTeam LONGDONG_TEAM = new ResponsibilityTeam(2, meta(false), "龙洞小分队", 2, List.of());
    static final ResponsibilityTeam REMOVED_TEAM = new ResponsibilityTeam(3, meta(true), "旧小分队", 2, List.of());
    static final List<ResponsibilityTeam> TEAMS = List.of(COMMUNITY_TEAM, LONGDONG_TEAM, REMOVED_TEAM);

    static final Facility HEALTH_CENTRE = new Facility(1, meta(false), FacilityType.TOWNSHIP_HEALTH_CENTRE,
            "平安镇中心卫生院", 1L, "023-00001234", true, new GeoPoint(108.716, 30.912));
    static final List<Facility> FACILITIES = List.of(HEALTH_CENTRE);

    private PlaceFixtures() {
    }

    static RecordMeta meta(boolean deleted) {
        return new RecordMeta(UUID.fromString("01900000-0000-7000-8000-000000000001"), TOWNSHIP, AT, 1, deleted);
    }

    static Village village(long id, String code, String name, UrbanRuralClass c, GeoPoint point, boolean deleted) {
        return new Village(id, meta(deleted), code, name, c, point);
    }
}
