-- Guankou schema version 8: oximeters (指氧仪, issue 13; DOMAIN.md §6). Devices by serial number, where each is
-- and its condition, and the history of every move. Both tables are ledger data that travels to the county in USB
-- packages (the six exchange columns, persistence.exchange.ExchangeTables, change marks below as in V6).
--
-- Where a device is: holder_kind (model.oximeter.HolderKind) and the one reference column of that kind
-- (STOCK: none, the township office's stock of delivered devices not yet shared out; FACILITY: facility_id; VILLAGE:
-- village_id, the villagers'/residents' committee; FAMILY_DOCTOR_TEAM, RESPONSIBILITY_TEAM, PERSON: a person at
-- home). Writers set the other reference columns to NULL; readers read only the column the kind names (no CHECK:
-- a field-by-field merge of two different moves may leave a second column set, and must not be refused for it).
-- The office's minimums per holder type and the return days are one setting row, key oximeter.rules.

CREATE TABLE oximeter (
    id                     INTEGER PRIMARY KEY,
    global_id              VARCHAR(36) NOT NULL UNIQUE,
    township_code          VARCHAR(9)  NOT NULL,
    updated_at             VARCHAR(30) NOT NULL,
    revision               INTEGER     NOT NULL DEFAULT 0,
    deleted                BOOLEAN     NOT NULL DEFAULT 0,
    serial                 VARCHAR(60) NOT NULL,
    -- model.oximeter.DeviceCondition: WORKING, BROKEN, LOST
    condition              VARCHAR(10) NOT NULL,
    holder_kind            VARCHAR(20) NOT NULL,
    facility_id            INTEGER     REFERENCES facility (id),
    village_id             INTEGER     REFERENCES village (id),
    family_doctor_team_id  INTEGER     REFERENCES family_doctor_team (id),
    responsibility_team_id INTEGER     REFERENCES responsibility_team (id),
    person_id              INTEGER     REFERENCES person (id),
    -- the day it came to its holder: for a person at home, the day it was issued
    held_since             VARCHAR(10) NOT NULL,
    delivered_on           VARCHAR(10) NOT NULL,
    -- the last day it came back from a person at home
    returned_on            VARCHAR(10),
    note                   VARCHAR(200),
    UNIQUE (township_code, serial)
);

CREATE INDEX oximeter_holder ON oximeter (holder_kind, deleted);
CREATE INDEX oximeter_person ON oximeter (person_id);

-- One row per event of a device (model.oximeter.MoveEvent: DELIVERED, ALLOCATED, MOVED, ISSUED, RETURNED,
-- CONDITION): where it went (the same holder columns as oximeter) and its condition after the event. Where it came
-- from is the row before.
CREATE TABLE oximeter_move (
    id                     INTEGER PRIMARY KEY,
    global_id              VARCHAR(36) NOT NULL UNIQUE,
    township_code          VARCHAR(9)  NOT NULL,
    updated_at             VARCHAR(30) NOT NULL,
    revision               INTEGER     NOT NULL DEFAULT 0,
    deleted                BOOLEAN     NOT NULL DEFAULT 0,
    oximeter_id            INTEGER     NOT NULL REFERENCES oximeter (id),
    event                  VARCHAR(20) NOT NULL,
    holder_kind            VARCHAR(20) NOT NULL,
    facility_id            INTEGER     REFERENCES facility (id),
    village_id             INTEGER     REFERENCES village (id),
    family_doctor_team_id  INTEGER     REFERENCES family_doctor_team (id),
    responsibility_team_id INTEGER     REFERENCES responsibility_team (id),
    person_id              INTEGER     REFERENCES person (id),
    condition              VARCHAR(10) NOT NULL,
    on_date                VARCHAR(10) NOT NULL,
    moved_by               VARCHAR(100) NOT NULL,
    moved_at               VARCHAR(30) NOT NULL,
    note                   VARCHAR(200)
);

CREATE INDEX oximeter_move_device ON oximeter_move (oximeter_id, moved_at);

CREATE TRIGGER oximeter_mark_insert AFTER INSERT ON oximeter
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('oximeter', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER oximeter_mark_update AFTER UPDATE ON oximeter
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'oximeter', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'serial' AS f WHERE OLD.serial IS NOT NEW.serial
        UNION ALL
        SELECT 'condition' AS f WHERE OLD.condition IS NOT NEW.condition
        UNION ALL
        SELECT 'holder_kind' AS f WHERE OLD.holder_kind IS NOT NEW.holder_kind
        UNION ALL
        SELECT 'facility_id' AS f WHERE OLD.facility_id IS NOT NEW.facility_id
        UNION ALL
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'family_doctor_team_id' AS f WHERE OLD.family_doctor_team_id IS NOT NEW.family_doctor_team_id
        UNION ALL
        SELECT 'responsibility_team_id' AS f WHERE OLD.responsibility_team_id IS NOT NEW.responsibility_team_id
        UNION ALL
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'held_since' AS f WHERE OLD.held_since IS NOT NEW.held_since
        UNION ALL
        SELECT 'delivered_on' AS f WHERE OLD.delivered_on IS NOT NEW.delivered_on
        UNION ALL
        SELECT 'returned_on' AS f WHERE OLD.returned_on IS NOT NEW.returned_on
        UNION ALL
        SELECT 'note' AS f WHERE OLD.note IS NOT NEW.note
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER oximeter_move_mark_insert AFTER INSERT ON oximeter_move
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('oximeter_move', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER oximeter_move_mark_update AFTER UPDATE ON oximeter_move
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'oximeter_move', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'oximeter_id' AS f WHERE OLD.oximeter_id IS NOT NEW.oximeter_id
        UNION ALL
        SELECT 'event' AS f WHERE OLD.event IS NOT NEW.event
        UNION ALL
        SELECT 'holder_kind' AS f WHERE OLD.holder_kind IS NOT NEW.holder_kind
        UNION ALL
        SELECT 'facility_id' AS f WHERE OLD.facility_id IS NOT NEW.facility_id
        UNION ALL
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'family_doctor_team_id' AS f WHERE OLD.family_doctor_team_id IS NOT NEW.family_doctor_team_id
        UNION ALL
        SELECT 'responsibility_team_id' AS f WHERE OLD.responsibility_team_id IS NOT NEW.responsibility_team_id
        UNION ALL
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'condition' AS f WHERE OLD.condition IS NOT NEW.condition
        UNION ALL
        SELECT 'on_date' AS f WHERE OLD.on_date IS NOT NEW.on_date
        UNION ALL
        SELECT 'moved_by' AS f WHERE OLD.moved_by IS NOT NEW.moved_by
        UNION ALL
        SELECT 'moved_at' AS f WHERE OLD.moved_at IS NOT NEW.moved_at
        UNION ALL
        SELECT 'note' AS f WHERE OLD.note IS NOT NEW.note
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;
