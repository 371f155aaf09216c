-- Guankou schema version 13: returnees during Spring Festival (返乡人员, issue 14; DOMAIN.md §1 household, §9). A
-- returnee joins a household of the ledger (household_id; its persons are who the advice is about) or one not in
-- the ledger (household_id NULL, address says where); the clinic's number and the advice (masks, less contact with
-- the elderly at home) given or not. Ledger data: the six exchange columns of V1, carried in packages
-- (ExchangeTables), change marks by the triggers below as V6 writes them.

CREATE TABLE returnee (
    id                  INTEGER PRIMARY KEY,
    global_id           VARCHAR(36) NOT NULL UNIQUE,
    township_code       VARCHAR(9)  NOT NULL,
    updated_at          VARCHAR(30) NOT NULL,
    revision            INTEGER     NOT NULL DEFAULT 0,
    deleted             BOOLEAN     NOT NULL DEFAULT 0,
    name                VARCHAR(50) NOT NULL,
    phone               VARCHAR(40),
    village_id          INTEGER     NOT NULL REFERENCES village (id),
    household_id        INTEGER     REFERENCES household (id),
    address             VARCHAR(200),
    arrival_date        VARCHAR(10) NOT NULL,
    from_place          VARCHAR(100) NOT NULL,
    clinic_number_given BOOLEAN     NOT NULL DEFAULT 0,
    advice_given        BOOLEAN     NOT NULL DEFAULT 0,
    updated_by          VARCHAR(100) NOT NULL
);
CREATE INDEX returnee_household ON returnee (household_id);

CREATE TRIGGER returnee_mark_insert AFTER INSERT ON returnee
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('returnee', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER returnee_mark_update AFTER UPDATE ON returnee
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'returnee', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'phone' AS f WHERE OLD.phone IS NOT NEW.phone
        UNION ALL
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'household_id' AS f WHERE OLD.household_id IS NOT NEW.household_id
        UNION ALL
        SELECT 'address' AS f WHERE OLD.address IS NOT NEW.address
        UNION ALL
        SELECT 'arrival_date' AS f WHERE OLD.arrival_date IS NOT NEW.arrival_date
        UNION ALL
        SELECT 'from_place' AS f WHERE OLD.from_place IS NOT NEW.from_place
        UNION ALL
        SELECT 'clinic_number_given' AS f WHERE OLD.clinic_number_given IS NOT NEW.clinic_number_given
        UNION ALL
        SELECT 'advice_given' AS f WHERE OLD.advice_given IS NOT NEW.advice_given
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;
