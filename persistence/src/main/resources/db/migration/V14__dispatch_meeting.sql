-- Guankou schema version 14: the daily dispatch meeting (issue 15; DOMAIN.md §10). facility_day is the simple
-- daily entry per facility (medical staff, on post, infected, fever-clinic visits); daily_snapshot holds the
-- meeting's figures of each day as they were when taken (at the end of the day, on demand, or late at the next
-- start: late = 1), so that trends stay true when later data change; daily_snapshot_village its per-village
-- weekly compliance. All three are ledger data carried in packages to the county (ExchangeTables), change marks
-- by the triggers below as V6 writes them. One snapshot per township and day; a later take of the same day
-- updates the row.

CREATE TABLE facility_day (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    facility_id    INTEGER     NOT NULL REFERENCES facility (id),
    day            VARCHAR(10) NOT NULL,
    staff_total    INTEGER     NOT NULL,
    staff_on_duty  INTEGER     NOT NULL,
    staff_infected INTEGER     NOT NULL,
    fever_visits   INTEGER     NOT NULL,
    updated_by     VARCHAR(100) NOT NULL
);
CREATE UNIQUE INDEX facility_day_key ON facility_day (facility_id, day);

CREATE TABLE daily_snapshot (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    day                    VARCHAR(10) NOT NULL,
    taken_at               VARCHAR(19) NOT NULL,
    late                   BOOLEAN     NOT NULL DEFAULT 0,
    red                    INTEGER     NOT NULL,
    yellow                 INTEGER     NOT NULL,
    green                  INTEGER     NOT NULL,
    contacts_due           INTEGER     NOT NULL,
    contacts_done          INTEGER     NOT NULL,
    contacts_made          INTEGER     NOT NULL,
    overdue                INTEGER     NOT NULL,
    with_target            INTEGER     NOT NULL,
    meeting_target         INTEGER     NOT NULL,
    new_infections         INTEGER     NOT NULL,
    spo2_alerts            INTEGER     NOT NULL,
    referrals_opened       INTEGER     NOT NULL,
    open_referrals         INTEGER     NOT NULL,
    oldest_open_referral   VARCHAR(19),
    oximeter_shortfall     INTEGER,
    lowest_supply_facility VARCHAR(100),
    lowest_supply_item     VARCHAR(100),
    lowest_supply_days     INTEGER,
    ambulances_networked   INTEGER,
    ambulances_available   INTEGER,
    staff_facilities       INTEGER,
    staff_total            INTEGER,
    staff_on_duty          INTEGER,
    staff_infected         INTEGER,
    fever_visits           INTEGER,
    returnees              INTEGER,
    family_doctor_percent  INTEGER
);
CREATE UNIQUE INDEX daily_snapshot_day ON daily_snapshot (township_code, day);

CREATE TABLE daily_snapshot_village (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    snapshot_id    INTEGER NOT NULL REFERENCES daily_snapshot (id),
    village_id     INTEGER NOT NULL REFERENCES village (id),
    with_target    INTEGER NOT NULL,
    meeting_target INTEGER NOT NULL,
    overdue        INTEGER NOT NULL
);
CREATE INDEX daily_snapshot_village_snapshot ON daily_snapshot_village (snapshot_id);

CREATE TRIGGER facility_day_mark_insert AFTER INSERT ON facility_day
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('facility_day', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER facility_day_mark_update AFTER UPDATE ON facility_day
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'facility_day', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'facility_id' AS f WHERE OLD.facility_id IS NOT NEW.facility_id
        UNION ALL
        SELECT 'day' AS f WHERE OLD.day IS NOT NEW.day
        UNION ALL
        SELECT 'staff_total' AS f WHERE OLD.staff_total IS NOT NEW.staff_total
        UNION ALL
        SELECT 'staff_on_duty' AS f WHERE OLD.staff_on_duty IS NOT NEW.staff_on_duty
        UNION ALL
        SELECT 'staff_infected' AS f WHERE OLD.staff_infected IS NOT NEW.staff_infected
        UNION ALL
        SELECT 'fever_visits' AS f WHERE OLD.fever_visits IS NOT NEW.fever_visits
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER daily_snapshot_mark_insert AFTER INSERT ON daily_snapshot
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('daily_snapshot', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER daily_snapshot_mark_update AFTER UPDATE ON daily_snapshot
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'daily_snapshot', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'day' AS f WHERE OLD.day IS NOT NEW.day
        UNION ALL
        SELECT 'taken_at' AS f WHERE OLD.taken_at IS NOT NEW.taken_at
        UNION ALL
        SELECT 'late' AS f WHERE OLD.late IS NOT NEW.late
        UNION ALL
        SELECT 'red' AS f WHERE OLD.red IS NOT NEW.red
        UNION ALL
        SELECT 'yellow' AS f WHERE OLD.yellow IS NOT NEW.yellow
        UNION ALL
        SELECT 'green' AS f WHERE OLD.green IS NOT NEW.green
        UNION ALL
        SELECT 'contacts_due' AS f WHERE OLD.contacts_due IS NOT NEW.contacts_due
        UNION ALL
        SELECT 'contacts_done' AS f WHERE OLD.contacts_done IS NOT NEW.contacts_done
        UNION ALL
        SELECT 'contacts_made' AS f WHERE OLD.contacts_made IS NOT NEW.contacts_made
        UNION ALL
        SELECT 'overdue' AS f WHERE OLD.overdue IS NOT NEW.overdue
        UNION ALL
        SELECT 'with_target' AS f WHERE OLD.with_target IS NOT NEW.with_target
        UNION ALL
        SELECT 'meeting_target' AS f WHERE OLD.meeting_target IS NOT NEW.meeting_target
        UNION ALL
        SELECT 'new_infections' AS f WHERE OLD.new_infections IS NOT NEW.new_infections
        UNION ALL
        SELECT 'spo2_alerts' AS f WHERE OLD.spo2_alerts IS NOT NEW.spo2_alerts
        UNION ALL
        SELECT 'referrals_opened' AS f WHERE OLD.referrals_opened IS NOT NEW.referrals_opened
        UNION ALL
        SELECT 'open_referrals' AS f WHERE OLD.open_referrals IS NOT NEW.open_referrals
        UNION ALL
        SELECT 'oldest_open_referral' AS f WHERE OLD.oldest_open_referral IS NOT NEW.oldest_open_referral
        UNION ALL
        SELECT 'oximeter_shortfall' AS f WHERE OLD.oximeter_shortfall IS NOT NEW.oximeter_shortfall
        UNION ALL
        SELECT 'lowest_supply_facility' AS f WHERE OLD.lowest_supply_facility IS NOT NEW.lowest_supply_facility
        UNION ALL
        SELECT 'lowest_supply_item' AS f WHERE OLD.lowest_supply_item IS NOT NEW.lowest_supply_item
        UNION ALL
        SELECT 'lowest_supply_days' AS f WHERE OLD.lowest_supply_days IS NOT NEW.lowest_supply_days
        UNION ALL
        SELECT 'ambulances_networked' AS f WHERE OLD.ambulances_networked IS NOT NEW.ambulances_networked
        UNION ALL
        SELECT 'ambulances_available' AS f WHERE OLD.ambulances_available IS NOT NEW.ambulances_available
        UNION ALL
        SELECT 'staff_facilities' AS f WHERE OLD.staff_facilities IS NOT NEW.staff_facilities
        UNION ALL
        SELECT 'staff_total' AS f WHERE OLD.staff_total IS NOT NEW.staff_total
        UNION ALL
        SELECT 'staff_on_duty' AS f WHERE OLD.staff_on_duty IS NOT NEW.staff_on_duty
        UNION ALL
        SELECT 'staff_infected' AS f WHERE OLD.staff_infected IS NOT NEW.staff_infected
        UNION ALL
        SELECT 'fever_visits' AS f WHERE OLD.fever_visits IS NOT NEW.fever_visits
        UNION ALL
        SELECT 'returnees' AS f WHERE OLD.returnees IS NOT NEW.returnees
        UNION ALL
        SELECT 'family_doctor_percent' AS f WHERE OLD.family_doctor_percent IS NOT NEW.family_doctor_percent
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER daily_snapshot_village_mark_insert AFTER INSERT ON daily_snapshot_village
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('daily_snapshot_village', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER daily_snapshot_village_mark_update AFTER UPDATE ON daily_snapshot_village
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'daily_snapshot_village', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'snapshot_id' AS f WHERE OLD.snapshot_id IS NOT NEW.snapshot_id
        UNION ALL
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'with_target' AS f WHERE OLD.with_target IS NOT NEW.with_target
        UNION ALL
        SELECT 'meeting_target' AS f WHERE OLD.meeting_target IS NOT NEW.meeting_target
        UNION ALL
        SELECT 'overdue' AS f WHERE OLD.overdue IS NOT NEW.overdue
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;
