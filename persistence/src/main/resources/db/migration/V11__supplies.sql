-- Guankou schema version 11: medicines and test kits (药品与检测试剂, issue 14; DOMAIN.md §7). The items the office
-- tracks, each facility's served population (the target is a share of it), and every receipt and issue: a
-- facility's stock of an item is the sum of its movements (model.supply.SupplyRules), never a number typed over.
-- Ledger data: the six exchange columns of V1, carried in packages (ExchangeTables), change marks by the triggers
-- below as V6 writes them. The settings (window, target %, alert days, Spring Festival) are the setting row
-- supply.settings.

-- kind: model.supply.SupplyKind; per_person: units one person covered by the target needs
CREATE TABLE supply_item (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    kind          VARCHAR(30) NOT NULL,
    name          VARCHAR(60) NOT NULL,
    unit          VARCHAR(10) NOT NULL,
    per_person    INTEGER     NOT NULL DEFAULT 1,
    updated_by    VARCHAR(100) NOT NULL
);

-- The population a facility serves (服务人口). One live row per facility is what the code writes; no unique
-- constraint, so that a merge never refuses a package: the reader takes the latest.
CREATE TABLE supply_population (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    facility_id   INTEGER     NOT NULL REFERENCES facility (id),
    population    INTEGER     NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);
CREATE INDEX supply_population_facility ON supply_population (facility_id);

-- One receipt or issue (model.supply.MovementKind) of an item at a facility, quantity positive, on a day.
CREATE TABLE supply_movement (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    facility_id   INTEGER     NOT NULL REFERENCES facility (id),
    item_id       INTEGER     NOT NULL REFERENCES supply_item (id),
    kind          VARCHAR(10) NOT NULL,
    quantity      INTEGER     NOT NULL,
    on_date       VARCHAR(10) NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   VARCHAR(30) NOT NULL,
    note          VARCHAR(200)
);
CREATE INDEX supply_movement_stock ON supply_movement (facility_id, item_id, on_date);

CREATE TRIGGER supply_item_mark_insert AFTER INSERT ON supply_item
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('supply_item', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER supply_item_mark_update AFTER UPDATE ON supply_item
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'supply_item', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'kind' AS f WHERE OLD.kind IS NOT NEW.kind
        UNION ALL
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'unit' AS f WHERE OLD.unit IS NOT NEW.unit
        UNION ALL
        SELECT 'per_person' AS f WHERE OLD.per_person IS NOT NEW.per_person
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER supply_population_mark_insert AFTER INSERT ON supply_population
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('supply_population', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER supply_population_mark_update AFTER UPDATE ON supply_population
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'supply_population', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'facility_id' AS f WHERE OLD.facility_id IS NOT NEW.facility_id
        UNION ALL
        SELECT 'population' AS f WHERE OLD.population IS NOT NEW.population
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER supply_movement_mark_insert AFTER INSERT ON supply_movement
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('supply_movement', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER supply_movement_mark_update AFTER UPDATE ON supply_movement
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'supply_movement', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'facility_id' AS f WHERE OLD.facility_id IS NOT NEW.facility_id
        UNION ALL
        SELECT 'item_id' AS f WHERE OLD.item_id IS NOT NEW.item_id
        UNION ALL
        SELECT 'kind' AS f WHERE OLD.kind IS NOT NEW.kind
        UNION ALL
        SELECT 'quantity' AS f WHERE OLD.quantity IS NOT NEW.quantity
        UNION ALL
        SELECT 'on_date' AS f WHERE OLD.on_date IS NOT NEW.on_date
        UNION ALL
        SELECT 'recorded_by' AS f WHERE OLD.recorded_by IS NOT NEW.recorded_by
        UNION ALL
        SELECT 'recorded_at' AS f WHERE OLD.recorded_at IS NOT NEW.recorded_at
        UNION ALL
        SELECT 'note' AS f WHERE OLD.note IS NOT NEW.note
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;
