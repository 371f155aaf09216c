-- Guankou schema version 6: the bookkeeping of USB data packages (issue 11, docs/package-format.md,
-- docs/decisions/0007-package-merge.md). Nothing here is exchanged itself.
--
-- Change marks: which data field of which row changed at which tick of this ledger's exchange clock. Making a
-- package records the current tick and moves the clock on, so "changed since package n" is "marked after n's
-- tick": a delta reads the marks, a merge tells a local change the other side has not seen from one it has.
-- The triggers below keep the marks for every writer without the writers knowing; a package import sets
-- exchange_clock.applying for its transaction so that received values are not marked as local changes.

CREATE TABLE exchange_clock (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    tick     INTEGER NOT NULL,
    applying INTEGER NOT NULL DEFAULT 0
);
INSERT INTO exchange_clock (id, tick, applying) VALUES (1, 1, 0);

-- field: a data column of tbl, 'deleted' for a removal, '*' for a new row (every field)
CREATE TABLE change_mark (
    tbl    VARCHAR(40) NOT NULL,
    row_id INTEGER     NOT NULL,
    field  VARCHAR(60) NOT NULL,
    tick   INTEGER     NOT NULL,
    PRIMARY KEY (tbl, row_id, field)
) WITHOUT ROWID;
CREATE INDEX change_mark_tick ON change_mark (tbl, tick);

-- This ledger as a party of exchanges: its id (the package's senderLedgerId; names its key folder), its role
-- (TOWNSHIP, or COUNTY for a receiving database made by importing a package) and code. One row, written by
-- the code the first time the ledger needs it (persistence.exchange), with a random UUID.
CREATE TABLE exchange_identity (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    ledger_id VARCHAR(36) NOT NULL,
    role      VARCHAR(10) NOT NULL,
    code      VARCHAR(12) NOT NULL,
    name      VARCHAR(100) NOT NULL
);

-- The other ledgers this one exchanges with, each with the public keys registered for it (a county registers a
-- township's keys from its first package once the user has confirmed the fingerprint; a township registers the
-- county's keys when it first sends to them). A package signed by other keys for the same party is refused.
CREATE TABLE exchange_peer (
    id                 INTEGER PRIMARY KEY,
    ledger_id          VARCHAR(36)  NOT NULL UNIQUE,
    role               VARCHAR(10)  NOT NULL,
    code               VARCHAR(12)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    signing_key        TEXT         NOT NULL,
    encryption_key     TEXT         NOT NULL,
    fingerprint        VARCHAR(60)  NOT NULL,
    registered_at      VARCHAR(30)  NOT NULL,
    registered_by      VARCHAR(100) NOT NULL
);
CREATE INDEX exchange_peer_code ON exchange_peer (role, code);

-- Every package made or applied here (no personal data): the log of the data-exchange view, the sequence
-- numbers (towards each peer, and the last applied from each), what each acknowledged, and for a package sent
-- the clock tick it was read at. peer_ledger_id is NULL for a package sent under a passphrase to no known peer.
CREATE TABLE exchange_package (
    id             INTEGER PRIMARY KEY,
    package_id     VARCHAR(36)  NOT NULL UNIQUE,
    direction      VARCHAR(10)  NOT NULL,
    peer_ledger_id VARCHAR(36),
    peer_code      VARCHAR(12),
    township_code  VARCHAR(9)   NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    sequence       INTEGER      NOT NULL,
    builds_on      INTEGER,
    acknowledges   INTEGER,
    tick           INTEGER,
    created_at     VARCHAR(30)  NOT NULL,
    recorded_at    VARCHAR(30)  NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    file_name      VARCHAR(1000),
    bytes          INTEGER,
    rows           INTEGER      NOT NULL,
    added          INTEGER      NOT NULL DEFAULT 0,
    updated        INTEGER      NOT NULL DEFAULT 0,
    unchanged      INTEGER      NOT NULL DEFAULT 0,
    conflicts      INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX exchange_package_peer ON exchange_package (direction, peer_ledger_id, sequence);

-- The conflict list: a field changed on both sides to different values, a removal against an edit, or the same
-- resident ID under two global ids. The local value stays until a person chooses; resolved rows stay as history.
CREATE TABLE exchange_conflict (
    id                  INTEGER PRIMARY KEY,
    package_id          VARCHAR(36)  NOT NULL,
    tbl                 VARCHAR(40)  NOT NULL,
    row_global_id       VARCHAR(36)  NOT NULL,
    field               VARCHAR(60)  NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    local_value         TEXT,
    incoming_value      TEXT,
    local_changed_by    VARCHAR(100),
    local_changed_at    VARCHAR(30),
    incoming_changed_by VARCHAR(100),
    incoming_changed_at VARCHAR(30),
    other_global_id     VARCHAR(36),
    detected_at         VARCHAR(30)  NOT NULL,
    resolved_at         VARCHAR(30),
    resolved_by         VARCHAR(100),
    resolution          VARCHAR(20),
    UNIQUE (package_id, tbl, row_global_id, field)
);
CREATE INDEX exchange_conflict_open ON exchange_conflict (resolved_at, detected_at);

-- A receiving (county) database holds several townships' settings: a key is unique per township, not per file.
CREATE TABLE setting_v6 (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    key           VARCHAR(60) NOT NULL,
    value         TEXT        NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    UNIQUE (township_code, key)
);
INSERT INTO setting_v6 SELECT id, global_id, township_code, updated_at, revision, deleted, key, value, updated_by FROM setting;
DROP TABLE setting;
ALTER TABLE setting_v6 RENAME TO setting;

CREATE TRIGGER township_mark_insert AFTER INSERT ON township
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('township', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER township_mark_update AFTER UPDATE ON township
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'township', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'code' AS f WHERE OLD.code IS NOT NEW.code
        UNION ALL
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER village_mark_insert AFTER INSERT ON village
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('village', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER village_mark_update AFTER UPDATE ON village
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'village', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'code' AS f WHERE OLD.code IS NOT NEW.code
        UNION ALL
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'urban_rural' AS f WHERE OLD.urban_rural IS NOT NEW.urban_rural
        UNION ALL
        SELECT 'longitude' AS f WHERE OLD.longitude IS NOT NEW.longitude
        UNION ALL
        SELECT 'latitude' AS f WHERE OLD.latitude IS NOT NEW.latitude
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER facility_mark_insert AFTER INSERT ON facility
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('facility', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER facility_mark_update AFTER UPDATE ON facility
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'facility', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'type' AS f WHERE OLD.type IS NOT NEW.type
        UNION ALL
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'duty_phone' AS f WHERE OLD.duty_phone IS NOT NEW.duty_phone
        UNION ALL
        SELECT 'fever_clinic' AS f WHERE OLD.fever_clinic IS NOT NEW.fever_clinic
        UNION ALL
        SELECT 'longitude' AS f WHERE OLD.longitude IS NOT NEW.longitude
        UNION ALL
        SELECT 'latitude' AS f WHERE OLD.latitude IS NOT NEW.latitude
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER family_doctor_team_mark_insert AFTER INSERT ON family_doctor_team
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('family_doctor_team', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER family_doctor_team_mark_update AFTER UPDATE ON family_doctor_team
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'family_doctor_team', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'facility_id' AS f WHERE OLD.facility_id IS NOT NEW.facility_id
        UNION ALL
        SELECT 'leader' AS f WHERE OLD.leader IS NOT NEW.leader
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER responsibility_team_mark_insert AFTER INSERT ON responsibility_team
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('responsibility_team', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER responsibility_team_mark_update AFTER UPDATE ON responsibility_team
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'responsibility_team', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER grid_mark_insert AFTER INSERT ON grid
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('grid', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER grid_mark_update AFTER UPDATE ON grid
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'grid', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'responsibility_team_id' AS f WHERE OLD.responsibility_team_id IS NOT NEW.responsibility_team_id
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER team_member_mark_insert AFTER INSERT ON team_member
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('team_member', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER team_member_mark_update AFTER UPDATE ON team_member
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'team_member', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'team_id' AS f WHERE OLD.team_id IS NOT NEW.team_id
        UNION ALL
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'role' AS f WHERE OLD.role IS NOT NEW.role
        UNION ALL
        SELECT 'phone' AS f WHERE OLD.phone IS NOT NEW.phone
        UNION ALL
        SELECT 'medical' AS f WHERE OLD.medical IS NOT NEW.medical
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER household_mark_insert AFTER INSERT ON household
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('household', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER household_mark_update AFTER UPDATE ON household
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'household', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'grid_id' AS f WHERE OLD.grid_id IS NOT NEW.grid_id
        UNION ALL
        SELECT 'address' AS f WHERE OLD.address IS NOT NEW.address
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER person_mark_insert AFTER INSERT ON person
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('person', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER person_mark_update AFTER UPDATE ON person
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'person', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'name' AS f WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'resident_id' AS f WHERE OLD.resident_id IS NOT NEW.resident_id
        UNION ALL
        SELECT 'sex' AS f WHERE OLD.sex IS NOT NEW.sex
        UNION ALL
        SELECT 'birth_date' AS f WHERE OLD.birth_date IS NOT NEW.birth_date
        UNION ALL
        SELECT 'phone' AS f WHERE OLD.phone IS NOT NEW.phone
        UNION ALL
        SELECT 'emergency_contact_name' AS f WHERE OLD.emergency_contact_name IS NOT NEW.emergency_contact_name
        UNION ALL
        SELECT 'emergency_contact_phone' AS f WHERE OLD.emergency_contact_phone IS NOT NEW.emergency_contact_phone
        UNION ALL
        SELECT 'village_id' AS f WHERE OLD.village_id IS NOT NEW.village_id
        UNION ALL
        SELECT 'grid_id' AS f WHERE OLD.grid_id IS NOT NEW.grid_id
        UNION ALL
        SELECT 'household_id' AS f WHERE OLD.household_id IS NOT NEW.household_id
        UNION ALL
        SELECT 'address' AS f WHERE OLD.address IS NOT NEW.address
        UNION ALL
        SELECT 'living_situations' AS f WHERE OLD.living_situations IS NOT NEW.living_situations
        UNION ALL
        SELECT 'mobility' AS f WHERE OLD.mobility IS NOT NEW.mobility
        UNION ALL
        SELECT 'vaccination' AS f WHERE OLD.vaccination IS NOT NEW.vaccination
        UNION ALL
        SELECT 'infection' AS f WHERE OLD.infection IS NOT NEW.infection
        UNION ALL
        SELECT 'infection_date' AS f WHERE OLD.infection_date IS NOT NEW.infection_date
        UNION ALL
        SELECT 'pregnant' AS f WHERE OLD.pregnant IS NOT NEW.pregnant
        UNION ALL
        SELECT 'family_doctor_team_id' AS f WHERE OLD.family_doctor_team_id IS NOT NEW.family_doctor_team_id
        UNION ALL
        SELECT 'family_doctor_contract_date' AS f WHERE OLD.family_doctor_contract_date IS NOT NEW.family_doctor_contract_date
        UNION ALL
        SELECT 'responsibility_team_id' AS f WHERE OLD.responsibility_team_id IS NOT NEW.responsibility_team_id
        UNION ALL
        SELECT 'oximeter_serial' AS f WHERE OLD.oximeter_serial IS NOT NEW.oximeter_serial
        UNION ALL
        SELECT 'health_pack_issued' AS f WHERE OLD.health_pack_issued IS NOT NEW.health_pack_issued
        UNION ALL
        SELECT 'computed_tier' AS f WHERE OLD.computed_tier IS NOT NEW.computed_tier
        UNION ALL
        SELECT 'override_tier' AS f WHERE OLD.override_tier IS NOT NEW.override_tier
        UNION ALL
        SELECT 'override_by' AS f WHERE OLD.override_by IS NOT NEW.override_by
        UNION ALL
        SELECT 'override_at' AS f WHERE OLD.override_at IS NOT NEW.override_at
        UNION ALL
        SELECT 'override_reason' AS f WHERE OLD.override_reason IS NOT NEW.override_reason
        UNION ALL
        SELECT 'departure_reason' AS f WHERE OLD.departure_reason IS NOT NEW.departure_reason
        UNION ALL
        SELECT 'departure_date' AS f WHERE OLD.departure_date IS NOT NEW.departure_date
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER comorbidity_mark_insert AFTER INSERT ON comorbidity
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('comorbidity', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER comorbidity_mark_update AFTER UPDATE ON comorbidity
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'comorbidity', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'disease' AS f WHERE OLD.disease IS NOT NEW.disease
        UNION ALL
        SELECT 'control' AS f WHERE OLD.control IS NOT NEW.control
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER infection_episode_mark_insert AFTER INSERT ON infection_episode
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('infection_episode', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER infection_episode_mark_update AFTER UPDATE ON infection_episode
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'infection_episode', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'start_date' AS f WHERE OLD.start_date IS NOT NEW.start_date
        UNION ALL
        SELECT 'home_treatment' AS f WHERE OLD.home_treatment IS NOT NEW.home_treatment
        UNION ALL
        SELECT 'end_date' AS f WHERE OLD.end_date IS NOT NEW.end_date
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER contact_mark_insert AFTER INSERT ON contact
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('contact', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER contact_mark_update AFTER UPDATE ON contact
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'contact', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'at' AS f WHERE OLD.at IS NOT NEW.at
        UNION ALL
        SELECT 'made_by' AS f WHERE OLD.made_by IS NOT NEW.made_by
        UNION ALL
        SELECT 'mode' AS f WHERE OLD.mode IS NOT NEW.mode
        UNION ALL
        SELECT 'reached' AS f WHERE OLD.reached IS NOT NEW.reached
        UNION ALL
        SELECT 'temperature' AS f WHERE OLD.temperature IS NOT NEW.temperature
        UNION ALL
        SELECT 'spo2' AS f WHERE OLD.spo2 IS NOT NEW.spo2
        UNION ALL
        SELECT 'note' AS f WHERE OLD.note IS NOT NEW.note
        UNION ALL
        SELECT 'symptoms' AS f WHERE OLD.symptoms IS NOT NEW.symptoms
        UNION ALL
        SELECT 'antigen' AS f WHERE OLD.antigen IS NOT NEW.antigen
        UNION ALL
        SELECT 'needs' AS f WHERE OLD.needs IS NOT NEW.needs
        UNION ALL
        SELECT 'action' AS f WHERE OLD.action IS NOT NEW.action
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER referral_mark_insert AFTER INSERT ON referral
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('referral', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER referral_mark_update AFTER UPDATE ON referral
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'referral', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'contact_id' AS f WHERE OLD.contact_id IS NOT NEW.contact_id
        UNION ALL
        SELECT 'triggers' AS f WHERE OLD.triggers IS NOT NEW.triggers
        UNION ALL
        SELECT 'opened_at' AS f WHERE OLD.opened_at IS NOT NEW.opened_at
        UNION ALL
        SELECT 'opened_by' AS f WHERE OLD.opened_by IS NOT NEW.opened_by
        UNION ALL
        SELECT 'destination' AS f WHERE OLD.destination IS NOT NEW.destination
        UNION ALL
        SELECT 'transport' AS f WHERE OLD.transport IS NOT NEW.transport
        UNION ALL
        SELECT 'escort' AS f WHERE OLD.escort IS NOT NEW.escort
        UNION ALL
        SELECT 'status' AS f WHERE OLD.status IS NOT NEW.status
        UNION ALL
        SELECT 'status_at' AS f WHERE OLD.status_at IS NOT NEW.status_at
        UNION ALL
        SELECT 'outcome' AS f WHERE OLD.outcome IS NOT NEW.outcome
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER person_change_mark_insert AFTER INSERT ON person_change
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('person_change', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER person_change_mark_update AFTER UPDATE ON person_change
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'person_change', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'person_id' AS f WHERE OLD.person_id IS NOT NEW.person_id
        UNION ALL
        SELECT 'field' AS f WHERE OLD.field IS NOT NEW.field
        UNION ALL
        SELECT 'old_value' AS f WHERE OLD.old_value IS NOT NEW.old_value
        UNION ALL
        SELECT 'new_value' AS f WHERE OLD.new_value IS NOT NEW.new_value
        UNION ALL
        SELECT 'changed_by' AS f WHERE OLD.changed_by IS NOT NEW.changed_by
        UNION ALL
        SELECT 'changed_at' AS f WHERE OLD.changed_at IS NOT NEW.changed_at
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER place_change_mark_insert AFTER INSERT ON place_change
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('place_change', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER place_change_mark_update AFTER UPDATE ON place_change
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'place_change', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'entity' AS f WHERE OLD.entity IS NOT NEW.entity
        UNION ALL
        SELECT 'place_id' AS f WHERE OLD.place_id IS NOT NEW.place_id
        UNION ALL
        SELECT 'field' AS f WHERE OLD.field IS NOT NEW.field
        UNION ALL
        SELECT 'old_value' AS f WHERE OLD.old_value IS NOT NEW.old_value
        UNION ALL
        SELECT 'new_value' AS f WHERE OLD.new_value IS NOT NEW.new_value
        UNION ALL
        SELECT 'changed_by' AS f WHERE OLD.changed_by IS NOT NEW.changed_by
        UNION ALL
        SELECT 'changed_at' AS f WHERE OLD.changed_at IS NOT NEW.changed_at
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER setting_mark_insert AFTER INSERT ON setting
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick) VALUES ('setting', NEW.id, '*', (SELECT tick FROM exchange_clock))
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;

CREATE TRIGGER setting_mark_update AFTER UPDATE ON setting
WHEN (SELECT applying FROM exchange_clock) = 0
BEGIN
    INSERT INTO change_mark (tbl, row_id, field, tick)
    SELECT 'setting', NEW.id, f, (SELECT tick FROM exchange_clock) FROM (
        SELECT 'key' AS f WHERE OLD.key IS NOT NEW.key
        UNION ALL
        SELECT 'value' AS f WHERE OLD.value IS NOT NEW.value
        UNION ALL
        SELECT 'updated_by' AS f WHERE OLD.updated_by IS NOT NEW.updated_by
        UNION ALL
        SELECT 'deleted' AS f WHERE OLD.deleted IS NOT NEW.deleted)
    WHERE true
    ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = excluded.tick;
END;
