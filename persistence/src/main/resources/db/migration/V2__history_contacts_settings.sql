-- Guankou schema version 2: change history, contact records, editable settings (tier rules),
-- grids assigned to responsibility teams, and the indexes the ledger and contact lists need.

CREATE TABLE person_change (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    person_id     INTEGER     NOT NULL REFERENCES person (id),
    field         VARCHAR(60) NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    changed_by    VARCHAR(100) NOT NULL,
    changed_at    VARCHAR(30) NOT NULL
);

CREATE TABLE contact (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    person_id     INTEGER     NOT NULL REFERENCES person (id),
    at            VARCHAR(19) NOT NULL,
    made_by       VARCHAR(100) NOT NULL,
    mode          VARCHAR(20) NOT NULL,
    reached       BOOLEAN     NOT NULL,
    temperature   VARCHAR(6),
    spo2          INTEGER,
    note          TEXT
);

-- one row per setting; values are text in a format owned by the model (e.g. TierRulesCodec)
CREATE TABLE setting (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    key           VARCHAR(60) NOT NULL UNIQUE,
    value         TEXT        NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);

-- version 1 knew teams per village only; a grid is served by one responsibility team
ALTER TABLE grid ADD COLUMN responsibility_team_id INTEGER REFERENCES responsibility_team (id);

CREATE INDEX person_change_person ON person_change (person_id, changed_at);
CREATE INDEX contact_person_at ON contact (person_id, at);
CREATE INDEX contact_at ON contact (at);
CREATE INDEX person_village ON person (village_id, grid_id);
CREATE INDEX person_team ON person (responsibility_team_id);
CREATE INDEX person_household ON person (household_id);
CREATE INDEX grid_village ON grid (village_id);
CREATE INDEX team_member_team ON team_member (team_id);
-- the ledger counts live comorbidities per person: let the index answer it without touching rows
DROP INDEX comorbidity_person;
CREATE INDEX comorbidity_person ON comorbidity (person_id, deleted, control);
