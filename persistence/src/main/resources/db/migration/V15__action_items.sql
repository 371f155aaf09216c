-- Guankou schema version 15: the daily dispatch meeting's action lists (任务清单、问题清单、责任清单, issue 15;
-- DOMAIN.md §9). An item is a task, a problem or a responsibility (kind, model.meeting.ActionKind) with its text,
-- owner and due day; open until closed (status DONE) with its outcome, the day and who closed it; reopened, the
-- outcome and closing are cleared. It may be about one village, facility or person: at most one of the three
-- references is written (the reader takes the first of village, facility, person should a merge leave two). Ledger
-- data: the six exchange columns of V1, carried in packages (ExchangeTables), change marks by the triggers below as
-- V6 writes them.

CREATE TABLE action_item (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36)  NOT NULL UNIQUE,
    township_code VARCHAR(9)   NOT NULL,
    updated_at    VARCHAR(30)  NOT NULL,
    revision      INTEGER      NOT NULL DEFAULT 0,
    deleted       BOOLEAN      NOT NULL DEFAULT 0,
    kind          VARCHAR(20)  NOT NULL,
    text          VARCHAR(500) NOT NULL,
    owner         VARCHAR(100) NOT NULL,
    due_date      VARCHAR(10)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    outcome       VARCHAR(500),
    village_id    INTEGER      REFERENCES village (id),
    facility_id   INTEGER      REFERENCES facility (id),
    person_id     INTEGER      REFERENCES person (id),
    created_on    VARCHAR(10)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    closed_on     VARCHAR(10),
    closed_by     VARCHAR(100),
    updated_by    VARCHAR(100) NOT NULL
);
-- the list reads the open items and those closed lately
CREATE INDEX action_item_status ON action_item (status, closed_on);

CREATE TRIGGER action_item_mark_insert AFTER INSERT ON action_item
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('action_item', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER action_item_mark_update AFTER UPDATE ON action_item
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'action_item', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'kind' AS f WHERE OLD.kind IS NOT NEW.kind
        UNION ALL
        SELECT 'text' AS f WHERE OLD.text IS NOT NEW.text
        UNION ALL
        SELECT 'owner' AS f WHERE OLD.owner IS NOT NEW.owner
        UNION ALL
        SELECT 'due_date' AS f WHERE OLD.due_date IS NOT NEW.due_date
        UNION ALL
        SELECT 'status' AS f WHERE OLD.status IS NOT NEW.status
        UNION ALL
        SELECT 'outcome' AS f WHERE OLD.outcome IS NOT NEW.outcome
        UNION ALL
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'facility_id' AS f WHERE OLD.facility_id IS NOT NEW.facility_id
        UNION ALL
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'created_on' AS f WHERE OLD.created_on IS NOT NEW.created_on
        UNION ALL
        SELECT 'created_by' AS f WHERE OLD.created_by IS NOT NEW.created_by
        UNION ALL
        SELECT 'closed_on' AS f WHERE OLD.closed_on IS NOT NEW.closed_on
        UNION ALL
        SELECT 'closed_by' AS f WHERE OLD.closed_by IS NOT NEW.closed_by
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;
