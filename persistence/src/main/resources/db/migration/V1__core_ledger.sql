-- Guankou schema version 1: places, organisations and the key-population ledger (DOMAIN.md §1-§2).
-- Every exchangeable table carries the same six columns first:
--   id            local row id (joins, fast), never leaves this file
--   global_id     UUID text: the identity that survives a trip to the county on a USB stick
--   township_code 9-digit division prefix of the owning township
--   updated_at    ISO-8601 UTC instant of the last change
--   revision      grows by one with every change (field-level merge later)
--   deleted       tombstone: removed rows stay so a merge can tell "removed" from "never seen"
-- Dates are ISO text (yyyy-MM-dd), instants ISO text in UTC, enums their Java constant names.

CREATE TABLE township (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    code          VARCHAR(9)  NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL
);

CREATE TABLE village (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    code          VARCHAR(12) NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL,
    urban_rural   VARCHAR(3)  NOT NULL,
    longitude     DOUBLE,
    latitude      DOUBLE
);

CREATE TABLE grid (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    village_id    INTEGER     NOT NULL REFERENCES village (id),
    name          VARCHAR(100) NOT NULL
);

CREATE TABLE household (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    village_id    INTEGER     NOT NULL REFERENCES village (id),
    grid_id       INTEGER     REFERENCES grid (id),
    address       VARCHAR(200) NOT NULL
);

CREATE TABLE facility (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    type          VARCHAR(40) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    village_id    INTEGER     REFERENCES village (id),
    duty_phone    VARCHAR(40),
    fever_clinic  BOOLEAN     NOT NULL DEFAULT 0,
    longitude     DOUBLE,
    latitude      DOUBLE
);

CREATE TABLE family_doctor_team (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    name          VARCHAR(100) NOT NULL,
    facility_id   INTEGER     REFERENCES facility (id),
    leader        VARCHAR(100)
);

CREATE TABLE responsibility_team (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    name          VARCHAR(100) NOT NULL,
    village_id    INTEGER     NOT NULL REFERENCES village (id)
);

CREATE TABLE team_member (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    team_id       INTEGER     NOT NULL REFERENCES responsibility_team (id),
    name          VARCHAR(100) NOT NULL,
    role          VARCHAR(40) NOT NULL,
    phone         VARCHAR(40),
    medical       BOOLEAN     NOT NULL DEFAULT 0
);

CREATE TABLE person (
    id                          INTEGER PRIMARY KEY,
    global_id                   VARCHAR(36) NOT NULL UNIQUE,
    township_code               VARCHAR(9)  NOT NULL,
    updated_at                  VARCHAR(30) NOT NULL,
    revision                    INTEGER     NOT NULL DEFAULT 0,
    deleted                     BOOLEAN     NOT NULL DEFAULT 0,
    name                        VARCHAR(100) NOT NULL,
    resident_id                 VARCHAR(18) NOT NULL,
    sex                         VARCHAR(10) NOT NULL,
    birth_date                  VARCHAR(10) NOT NULL,
    phone                       VARCHAR(40),
    emergency_contact_name      VARCHAR(100),
    emergency_contact_phone     VARCHAR(40),
    village_id                  INTEGER     NOT NULL REFERENCES village (id),
    grid_id                     INTEGER     REFERENCES grid (id),
    household_id                INTEGER     REFERENCES household (id),
    address                     VARCHAR(200),
    living_situations           VARCHAR(200) NOT NULL DEFAULT '',
    mobility                    VARCHAR(20) NOT NULL DEFAULT 'NORMAL',
    vaccination                 VARCHAR(20) NOT NULL DEFAULT 'NONE',
    infection                   VARCHAR(20) NOT NULL DEFAULT 'NEVER',
    infection_date              VARCHAR(10),
    pregnant                    BOOLEAN     NOT NULL DEFAULT 0,
    family_doctor_team_id       INTEGER     REFERENCES family_doctor_team (id),
    family_doctor_contract_date VARCHAR(10),
    responsibility_team_id      INTEGER     REFERENCES responsibility_team (id),
    oximeter_serial             VARCHAR(60),
    health_pack_issued          VARCHAR(10),
    computed_tier               VARCHAR(10) NOT NULL,
    override_tier               VARCHAR(10),
    override_by                 VARCHAR(100),
    override_at                 VARCHAR(30),
    override_reason             VARCHAR(500),
    departure_reason            VARCHAR(20),
    departure_date              VARCHAR(10)
);

CREATE TABLE comorbidity (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    person_id     INTEGER     NOT NULL REFERENCES person (id),
    disease       VARCHAR(40) NOT NULL,
    control       VARCHAR(10) NOT NULL
);

CREATE TABLE infection_episode (
    id             INTEGER PRIMARY KEY,
    global_id      VARCHAR(36) NOT NULL UNIQUE,
    township_code  VARCHAR(9)  NOT NULL,
    updated_at     VARCHAR(30) NOT NULL,
    revision       INTEGER     NOT NULL DEFAULT 0,
    deleted        BOOLEAN     NOT NULL DEFAULT 0,
    person_id      INTEGER     NOT NULL REFERENCES person (id),
    start_date     VARCHAR(10) NOT NULL,
    home_treatment BOOLEAN     NOT NULL DEFAULT 0,
    end_date       VARCHAR(10)
);

CREATE INDEX person_resident_id ON person (resident_id);
CREATE INDEX comorbidity_person ON comorbidity (person_id);
CREATE INDEX infection_episode_person ON infection_episode (person_id);
