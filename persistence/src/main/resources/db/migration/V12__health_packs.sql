-- Guankou schema version 12: health packs handed out (健康包, issue 14; DOMAIN.md §8). One row per pack: the person,
-- the day, who handed it out, when it was recorded. Recording one also sets person.health_pack_issued (with a
-- person_change row), so the ledger shows it as before. Ledger data: the six exchange columns of V1, carried in
-- packages (ExchangeTables), change marks by the triggers below as V6 writes them. Whether the queue extends to
-- high-risk persons under 60 is the setting row health_pack.settings.

CREATE TABLE health_pack (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    person_id     INTEGER     NOT NULL REFERENCES person (id),
    handed_on     VARCHAR(10) NOT NULL,
    handed_by     VARCHAR(100) NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   VARCHAR(30) NOT NULL,
    note          VARCHAR(200)
);
CREATE INDEX health_pack_person ON health_pack (person_id);

CREATE TRIGGER health_pack_mark_insert AFTER INSERT ON health_pack
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('health_pack', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER health_pack_mark_update AFTER UPDATE ON health_pack
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'health_pack', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'handed_on' AS f WHERE OLD.handed_on IS NOT NEW.handed_on
        UNION ALL
        SELECT 'handed_by' AS f WHERE OLD.handed_by IS NOT NEW.handed_by
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
