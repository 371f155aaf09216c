package io.guankou.persistence.boundary;

import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.GRID_BOUNDARY;
import static io.guankou.persistence.jooq.Tables.VILLAGE;
import static io.guankou.persistence.jooq.Tables.VILLAGE_BOUNDARY;

import io.guankou.model.boundary.BoundaryFeature;
import io.guankou.model.boundary.BoundaryLayer;
import io.guankou.model.boundary.BoundaryMatch;
import io.guankou.model.boundary.BoundaryMatcher;
import io.guankou.model.boundary.BoundaryShape;
import io.guankou.model.boundary.BoundaryShapes;
import io.guankou.model.boundary.MatchedBoundary;
import io.guankou.model.boundary.PlaceBoundary;
import io.guankou.model.map.PlaceOutline;
import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.Grid;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceEvent;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.Meta;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.place.PlaceChangeRows;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * Village and grid boundaries (V10). An import matches the file's features against the ledger as it stands and
 * replaces the shapes of the matched places in one transaction (a dry run only matches); a place that already has
 * the same geometry is left as it is. Every place whose shape changed gets one {@code place_change} row
 * ({@link PlaceEvent#SHAPE_REPLACED}, the file's name).
 */
public final class BoundaryRepository {

    private final Database db;
    private final Clock clock;

    public BoundaryRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The report of importing {@code features} from the file named {@code source}; unless {@code dryRun}, the
     * matched places' shapes are stored, all or nothing.
     */
    public BoundaryMatch importShapes(List<BoundaryFeature> features, String source, String user, boolean dryRun) {
        if (dryRun) {
            return db.read(dsl -> match(dsl, features));
        }
        return db.transaction(dsl -> {
            BoundaryMatch match = match(dsl, features);
            String at = SqlText.instant(clock.instant());
            PlaceChangeRows history = new PlaceChangeRows(dsl, TownshipCode.of(dsl), user, at);
            for (MatchedBoundary m : match.matched()) {
                BoundaryShape shape = BoundaryShapes.of(m.feature().geometry());
                boolean changed = m.isGrid()
                        ? store(dsl, GRID_BOUNDARY, "grid_id", m.gridId(), shape, source, user, at)
                        : store(dsl, VILLAGE_BOUNDARY, "village_id", m.villageId(), shape, source, user, at);
                if (changed) {
                    history.write(m.isGrid() ? PlaceKind.GRID : PlaceKind.VILLAGE, m.isGrid() ? m.gridId()
                            : m.villageId(), PlaceEvent.SHAPE_REPLACED.name(), null, source);
                }
            }
            return match;
        });
    }

    /** Every live boundary, for the map: one query per table. */
    public BoundaryLayer shapes() {
        return db.read(dsl -> new BoundaryLayer(
                dsl.selectFrom(VILLAGE_BOUNDARY).where(VILLAGE_BOUNDARY.DELETED.isFalse())
                        .orderBy(VILLAGE_BOUNDARY.VILLAGE_ID)
                        .fetch(r -> new PlaceBoundary(r.getVillageId(), 0, shape(r))),
                dsl.select(GRID_BOUNDARY.fields()).select(GRID.VILLAGE_ID).from(GRID_BOUNDARY).join(GRID)
                        .on(GRID.ID.eq(GRID_BOUNDARY.GRID_ID)).where(GRID_BOUNDARY.DELETED.isFalse())
                        .orderBy(GRID_BOUNDARY.GRID_ID)
                        .fetch(r -> new PlaceBoundary(r.get(GRID.VILLAGE_ID), r.get(GRID_BOUNDARY.GRID_ID), shape(r)))));
    }

    /** Every live village's boundary as the map reads it (with the village's township), by village id. */
    public List<PlaceOutline> villageOutlines() {
        return db.read(dsl -> dsl.select(VILLAGE_BOUNDARY.VILLAGE_ID, VILLAGE.TOWNSHIP_CODE, VILLAGE_BOUNDARY.GEOMETRY,
                        VILLAGE_BOUNDARY.LABEL_LONGITUDE, VILLAGE_BOUNDARY.LABEL_LATITUDE)
                .from(VILLAGE_BOUNDARY).join(VILLAGE).on(VILLAGE.ID.eq(VILLAGE_BOUNDARY.VILLAGE_ID))
                .where(VILLAGE_BOUNDARY.DELETED.isFalse()).and(VILLAGE.DELETED.isFalse())
                .orderBy(VILLAGE_BOUNDARY.VILLAGE_ID)
                .fetch(r -> new PlaceOutline(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
    }

    /** The live villages without a stored boundary, by code. */
    public List<Village> shapelessVillages() {
        return db.read(dsl -> {
            Set<Long> shaped = shapedVillages(dsl);
            return villages(dsl).stream().filter(v -> !shaped.contains(v.id())).toList();
        });
    }

    private static BoundaryMatch match(DSLContext dsl, List<BoundaryFeature> features) {
        List<Grid> grids = dsl.selectFrom(GRID).where(GRID.DELETED.isFalse()).orderBy(GRID.VILLAGE_ID, GRID.ID)
                .fetch(r -> new Grid(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                        r.getRevision(), r.getDeleted()), r.getVillageId(), r.getName()));
        return BoundaryMatcher.match(features, villages(dsl), grids, shapedVillages(dsl));
    }

    private static List<Village> villages(DSLContext dsl) {
        return dsl.selectFrom(VILLAGE).where(VILLAGE.DELETED.isFalse()).orderBy(VILLAGE.CODE)
                .fetch(r -> new Village(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                        r.getRevision(), r.getDeleted()), r.getCode(), r.getName(),
                        UrbanRuralClass.fromCode(r.getUrbanRural()),
                        r.getLongitude() == null || r.getLatitude() == null ? null
                                : new GeoPoint(r.getLongitude(), r.getLatitude())));
    }

    private static Set<Long> shapedVillages(DSLContext dsl) {
        return new HashSet<>(dsl.selectDistinct(VILLAGE_BOUNDARY.VILLAGE_ID).from(VILLAGE_BOUNDARY)
                .where(VILLAGE_BOUNDARY.DELETED.isFalse()).fetch(VILLAGE_BOUNDARY.VILLAGE_ID));
    }

    /** Writes the place's one live row (a new one, or the existing one in place); whether anything changed. */
    private static <R extends UpdatableRecord<R>> boolean store(DSLContext dsl, Table<R> table, String placeColumn,
                                                              long placeId, BoundaryShape s, String source,
                                                              String user, String at) {
        Field<Long> place = field(table, placeColumn, Long.class);
        Field<Boolean> deleted = field(table, "deleted", Boolean.class);
        R row = dsl.selectFrom(table).where(place.eq(placeId)).and(deleted.isFalse())
                .orderBy(field(table, "id", Long.class)).limit(1).fetchOne();
        if (row != null && s.wkt().equals(row.get(field(table, "geometry", String.class)))) {
            return false;
        }
        if (row == null) {
            row = dsl.newRecord(table);
            row.set(field(table, "global_id", String.class), GlobalIds.standard().next(SqlText.instant(at)).toString());
            row.set(field(table, "township_code", String.class), TownshipCode.of(dsl));
            row.set(field(table, "revision", Long.class), 0L);
            row.set(deleted, false);
            row.set(place, placeId);
        }
        row.set(field(table, "geometry", String.class), s.wkt());
        row.set(field(table, "display_geometry", String.class), s.displayWkt());
        row.set(field(table, "label_longitude", Double.class), s.labelLongitude());
        row.set(field(table, "label_latitude", Double.class), s.labelLatitude());
        row.set(field(table, "area_km2", Double.class), s.areaKm2());
        row.set(field(table, "min_longitude", Double.class), s.minLongitude());
        row.set(field(table, "min_latitude", Double.class), s.minLatitude());
        row.set(field(table, "max_longitude", Double.class), s.maxLongitude());
        row.set(field(table, "max_latitude", Double.class), s.maxLatitude());
        row.set(field(table, "source", String.class), source);
        row.set(field(table, "updated_by", String.class), user);
        row.set(field(table, "updated_at", String.class), at);
        Long revision = row.get(field(table, "revision", Long.class));
        row.set(field(table, "revision", Long.class), revision == null ? 1L : revision + 1);
        row.store();
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        Field<?> f = table.field(name);
        if (f == null) {
            throw new IllegalStateException(table.getName() + " has no column " + name);
        }
        return (Field<T>) f.coerce(type);
    }

    private static BoundaryShape shape(Record r) {
        return new BoundaryShape(r.get(VILLAGE_BOUNDARY.GEOMETRY.getName(), String.class),
                r.get(VILLAGE_BOUNDARY.DISPLAY_GEOMETRY.getName(), String.class),
                r.get(VILLAGE_BOUNDARY.LABEL_LONGITUDE.getName(), Double.class),
                r.get(VILLAGE_BOUNDARY.LABEL_LATITUDE.getName(), Double.class),
                r.get(VILLAGE_BOUNDARY.AREA_KM2.getName(), Double.class),
                r.get(VILLAGE_BOUNDARY.MIN_LONGITUDE.getName(), Double.class),
                r.get(VILLAGE_BOUNDARY.MIN_LATITUDE.getName(), Double.class),
                r.get(VILLAGE_BOUNDARY.MAX_LONGITUDE.getName(), Double.class),
                r.get(VILLAGE_BOUNDARY.MAX_LATITUDE.getName(), Double.class));
    }
}
