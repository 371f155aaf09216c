-- Guankou schema version 3: what a contact found (symptoms, antigen test, needs, action taken), referrals
-- to the county hospitals, and each person's last reached contact for the follow-up lists.
-- Times of contacts and referrals are office-local date-times as fixed-width text yyyy-MM-ddTHH:mm:ss
-- (SqlText.dateTime), so comparing the strings compares the times.

-- symptoms and needs: comma-separated enum names (SqlText.enumSet), '' for none
ALTER TABLE contact ADD COLUMN symptoms VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN antigen  VARCHAR(12)  NOT NULL DEFAULT 'NOT_TESTED';
ALTER TABLE contact ADD COLUMN needs    VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN action   VARCHAR(500);

CREATE TABLE referral (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    person_id     INTEGER     NOT NULL REFERENCES person (id),
    -- the contact whose readings opened it; NULL when a clinician opened it by hand
    contact_id    INTEGER     REFERENCES contact (id),
    triggers      VARCHAR(100) NOT NULL,
    opened_at     VARCHAR(19) NOT NULL,
    opened_by     VARCHAR(100),
    destination   VARCHAR(200),
    transport     VARCHAR(20),
    escort        BOOLEAN     NOT NULL DEFAULT 0,
    status        VARCHAR(20) NOT NULL,
    status_at     VARCHAR(19) NOT NULL,
    outcome       VARCHAR(500),
    updated_by    VARCHAR(100)
);

CREATE INDEX referral_person ON referral (person_id, status);
CREATE INDEX referral_status ON referral (status, opened_at);
CREATE INDEX referral_contact ON referral (contact_id);

-- The follow-up index reads every reached contact of the last four weeks by time: make the time index
-- covering so that millions of contacts are read from the index alone, without a row lookup each.
DROP INDEX contact_at;
CREATE INDEX contact_at ON contact (at, person_id, reached, deleted);

-- DERIVED DATA, not exchanged in USB packages (hence no exchange columns): the time of each person's
-- last reached, not deleted contact, so that the follow-up lists know "last reached" without reading a
-- person's whole contact history. Kept right by the triggers below, so every writer (repositories, the
-- demo generator, imports to come) maintains it without knowing about it; a package import rebuilds it
-- from the contacts it brings.
CREATE TABLE person_last_contact (
    person_id       INTEGER PRIMARY KEY REFERENCES person (id),
    last_reached_at VARCHAR(19) NOT NULL
);

INSERT INTO person_last_contact (person_id, last_reached_at)
SELECT person_id, max(at) FROM contact WHERE reached <> 0 AND deleted = 0 GROUP BY person_id;

-- a new reached contact can only move the time forward: no need to look at the other contacts
CREATE TRIGGER contact_last_reached_insert AFTER INSERT ON contact
WHEN NEW.reached <> 0 AND NEW.deleted = 0
BEGIN
    INSERT INTO person_last_contact (person_id, last_reached_at) VALUES (NEW.person_id, NEW.at)
    ON CONFLICT (person_id) DO UPDATE SET last_reached_at = excluded.last_reached_at
    WHERE excluded.last_reached_at > person_last_contact.last_reached_at;
END;

-- a changed contact may move the time back (deleted, marked unreached, time corrected, moved to another
-- person): recompute both persons concerned from their contacts (the contact_person_at index)
CREATE TRIGGER contact_last_reached_update AFTER UPDATE OF reached, deleted, at, person_id ON contact
BEGIN
    DELETE FROM person_last_contact WHERE person_id IN (OLD.person_id, NEW.person_id);
    INSERT INTO person_last_contact (person_id, last_reached_at)
    SELECT person_id, max(at) FROM contact
    WHERE person_id IN (OLD.person_id, NEW.person_id) AND reached <> 0 AND deleted = 0
    GROUP BY person_id;
END;

-- rows are tombstoned, not deleted; should one be removed all the same, the derived time follows
CREATE TRIGGER contact_last_reached_delete AFTER DELETE ON contact
BEGIN
    DELETE FROM person_last_contact WHERE person_id = OLD.person_id;
    INSERT INTO person_last_contact (person_id, last_reached_at)
    SELECT person_id, max(at) FROM contact
    WHERE person_id = OLD.person_id AND reached <> 0 AND deleted = 0
    GROUP BY person_id;
END;
