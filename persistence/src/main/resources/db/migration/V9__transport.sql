-- Guankou schema version 9: ambulances and the non-emergency transport fleet, and travel times measured per
-- village (issue 13, DOMAIN.md §5). Ledger data: every table carries the six exchange columns of V1, travels in
-- packages (ExchangeTables) and keeps its change marks by the triggers below, written as V6 writes them.
-- The coverage settings are a row of the setting table (key coverage.settings).

-- An ambulance kept at a health facility (its base); networked: on the 120 network (入网120救护车);
-- status: model.transport.AmbulanceStatus
CREATE TABLE ambulance (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    facility_id   INTEGER     NOT NULL REFERENCES facility (id),
    plate         VARCHAR(20) NOT NULL,
    networked     BOOLEAN     NOT NULL DEFAULT 0,
    status        VARCHAR(20) NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);
CREATE INDEX ambulance_facility ON ambulance (facility_id);

-- A vehicle of the non-emergency transport fleet: units', organisations' and volunteers' cars;
-- availability: model.transport.FleetAvailability
CREATE TABLE fleet_vehicle (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    owner         VARCHAR(100) NOT NULL,
    phone         VARCHAR(40) NOT NULL,
    seats         INTEGER     NOT NULL,
    availability  VARCHAR(20) NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);

-- A travel time measured for a village (a real call, a test drive), overriding the estimate. One live row per
-- village is what the code writes; no unique constraint, so that a merge of two ledgers' rows never refuses a
-- package: the reader takes the latest.
CREATE TABLE village_travel_time (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    village_id    INTEGER     NOT NULL REFERENCES village (id),
    minutes       INTEGER     NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);
CREATE INDEX village_travel_time_village ON village_travel_time (village_id);

CREATE TRIGGER ambulance_mark_insert AFTER INSERT ON ambulance
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('ambulance', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER ambulance_mark_update AFTER UPDATE ON ambulance
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'ambulance', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'facility_id' AS f WHERE OLD.facility_id IS NOT NEW.facility_id
        UNION ALL
        SELECT 'plate' AS f WHERE OLD.plate IS NOT NEW.plate
        UNION ALL
        SELECT 'networked' AS f WHERE OLD.networked IS NOT NEW.networked
        UNION ALL
        SELECT 'status' AS f WHERE OLD.status IS NOT NEW.status
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER fleet_vehicle_mark_insert AFTER INSERT ON fleet_vehicle
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('fleet_vehicle', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER fleet_vehicle_mark_update AFTER UPDATE ON fleet_vehicle
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'fleet_vehicle', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'owner' AS f WHERE OLD.owner IS NOT NEW.owner
        UNION ALL
        SELECT 'phone' AS f WHERE OLD.phone IS NOT NEW.phone
        UNION ALL
        SELECT 'seats' AS f WHERE OLD.seats IS NOT NEW.seats
        UNION ALL
        SELECT 'availability' AS f WHERE OLD.availability IS NOT NEW.availability
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER village_travel_time_mark_insert AFTER INSERT ON village_travel_time
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('village_travel_time', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER village_travel_time_mark_update AFTER UPDATE ON village_travel_time
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'village_travel_time', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'minutes' AS f WHERE OLD.minutes IS NOT NEW.minutes
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;
