-- Guankou schema version 4: a log of every Excel export (issue 4). An export with full resident IDs
-- takes personal data out of the office, so each one leaves a row here: when, by whom, which list, how
-- many rows, whether IDs were whole, and the file written. No personal data of the exported persons.

CREATE TABLE export_log (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    -- an instant as text (SqlText.instant), like updated_at
    exported_at   VARCHAR(30) NOT NULL,
    exported_by   VARCHAR(100) NOT NULL,
    -- LEDGER, OVERDUE or REFERRALS (ExportKind)
    what          VARCHAR(20) NOT NULL,
    rows          INTEGER     NOT NULL,
    full_ids      BOOLEAN     NOT NULL,
    file_name     VARCHAR(1000) NOT NULL
);

CREATE INDEX export_log_at ON export_log (exported_at);
