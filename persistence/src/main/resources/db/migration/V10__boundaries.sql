-- Guankou schema version 10: village and grid boundaries (issue 12), imported from GeoJSON (guankou boundaries,
-- persistence.boundary.BoundaryRepository) or drawn by the demo. Ledger data that travels to the county in USB
-- packages (the six exchange columns, persistence.exchange.ExchangeTables, change marks as in V6).
--
-- The geometry is WKT text: JTS reads and writes it without loss, a package's importer carries it as any other text
-- column, and it is shorter than GeoJSON text (no keys). Beside it what the map needs without parsing: a simplified
-- copy for drawing, the label point, the area and the bounding box. One live row per village (per grid); an import
-- replaces the matched places' rows in place (same global id, a new revision) and writes one place_change row
-- (PlaceEvent.SHAPE_REPLACED) per place.

CREATE TABLE village_boundary (
    id               INTEGER PRIMARY KEY,
    global_id        VARCHAR(36) NOT NULL UNIQUE,
    township_code    VARCHAR(9)  NOT NULL,
    updated_at       VARCHAR(30) NOT NULL,
    revision         INTEGER     NOT NULL DEFAULT 0,
    deleted          BOOLEAN     NOT NULL DEFAULT 0,
    village_id       INTEGER     NOT NULL REFERENCES village (id),
    -- WKT, longitude/latitude degrees (WGS-84 / CGCS2000): POLYGON or MULTIPOLYGON, valid
    geometry         TEXT        NOT NULL,
    -- the same simplified for drawing (JTS TopologyPreservingSimplifier, about 10 m)
    display_geometry TEXT        NOT NULL,
    -- where the label goes: the centre of the largest inscribed circle
    label_longitude  REAL        NOT NULL,
    label_latitude   REAL        NOT NULL,
    area_km2         REAL        NOT NULL,
    min_longitude    REAL        NOT NULL,
    min_latitude     REAL        NOT NULL,
    max_longitude    REAL        NOT NULL,
    max_latitude     REAL        NOT NULL,
    -- the file the shape came from (its name only)
    source           VARCHAR(260) NOT NULL,
    updated_by       VARCHAR(100) NOT NULL
);

CREATE INDEX village_boundary_place ON village_boundary (village_id, deleted);

CREATE TRIGGER village_boundary_mark_insert AFTER INSERT ON village_boundary
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('village_boundary', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER village_boundary_mark_update AFTER UPDATE ON village_boundary
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'village_boundary', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'geometry' AS f WHERE OLD.geometry IS NOT NEW.geometry
        UNION ALL
        SELECT 'display_geometry' AS f WHERE OLD.display_geometry IS NOT NEW.display_geometry
        UNION ALL
        SELECT 'label_longitude' AS f WHERE OLD.label_longitude IS NOT NEW.label_longitude
        UNION ALL
        SELECT 'label_latitude' AS f WHERE OLD.label_latitude IS NOT NEW.label_latitude
        UNION ALL
        SELECT 'area_km2' AS f WHERE OLD.area_km2 IS NOT NEW.area_km2
        UNION ALL
        SELECT 'min_longitude' AS f WHERE OLD.min_longitude IS NOT NEW.min_longitude
        UNION ALL
        SELECT 'min_latitude' AS f WHERE OLD.min_latitude IS NOT NEW.min_latitude
        UNION ALL
        SELECT 'max_longitude' AS f WHERE OLD.max_longitude IS NOT NEW.max_longitude
        UNION ALL
        SELECT 'max_latitude' AS f WHERE OLD.max_latitude IS NOT NEW.max_latitude
        UNION ALL
        SELECT 'source' AS f WHERE OLD.source IS NOT NEW.source
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TABLE grid_boundary (
    id               INTEGER PRIMARY KEY,
    global_id        VARCHAR(36) NOT NULL UNIQUE,
    township_code    VARCHAR(9)  NOT NULL,
    updated_at       VARCHAR(30) NOT NULL,
    revision         INTEGER     NOT NULL DEFAULT 0,
    deleted          BOOLEAN     NOT NULL DEFAULT 0,
    grid_id          INTEGER     NOT NULL REFERENCES grid (id),
    -- WKT, longitude/latitude degrees (WGS-84 / CGCS2000): POLYGON or MULTIPOLYGON, valid
    geometry         TEXT        NOT NULL,
    -- the same simplified for drawing (JTS TopologyPreservingSimplifier, about 10 m)
    display_geometry TEXT        NOT NULL,
    -- where the label goes: the centre of the largest inscribed circle
    label_longitude  REAL        NOT NULL,
    label_latitude   REAL        NOT NULL,
    area_km2         REAL        NOT NULL,
    min_longitude    REAL        NOT NULL,
    min_latitude     REAL        NOT NULL,
    max_longitude    REAL        NOT NULL,
    max_latitude     REAL        NOT NULL,
    -- the file the shape came from (its name only)
    source           VARCHAR(260) NOT NULL,
    updated_by       VARCHAR(100) NOT NULL
);

CREATE INDEX grid_boundary_place ON grid_boundary (grid_id, deleted);

CREATE TRIGGER grid_boundary_mark_insert AFTER INSERT ON grid_boundary
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('grid_boundary', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER grid_boundary_mark_update AFTER UPDATE ON grid_boundary
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'grid_boundary', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'grid_id' AS f WHERE OLD.grid_id IS NOT NEW.grid_id
        UNION ALL
        SELECT 'geometry' AS f WHERE OLD.geometry IS NOT NEW.geometry
        UNION ALL
        SELECT 'display_geometry' AS f WHERE OLD.display_geometry IS NOT NEW.display_geometry
        UNION ALL
        SELECT 'label_longitude' AS f WHERE OLD.label_longitude IS NOT NEW.label_longitude
        UNION ALL
        SELECT 'label_latitude' AS f WHERE OLD.label_latitude IS NOT NEW.label_latitude
        UNION ALL
        SELECT 'area_km2' AS f WHERE OLD.area_km2 IS NOT NEW.area_km2
        UNION ALL
        SELECT 'min_longitude' AS f WHERE OLD.min_longitude IS NOT NEW.min_longitude
        UNION ALL
        SELECT 'min_latitude' AS f WHERE OLD.min_latitude IS NOT NEW.min_latitude
        UNION ALL
        SELECT 'max_longitude' AS f WHERE OLD.max_longitude IS NOT NEW.max_longitude
        UNION ALL
        SELECT 'max_latitude' AS f WHERE OLD.max_latitude IS NOT NEW.max_latitude
        UNION ALL
        SELECT 'source' AS f WHERE OLD.source IS NOT NEW.source
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;
