-- Guankou schema version 5: the change history of places and organisations (the places editor, issue 10).
-- One row per changed field of a village, grid, responsibility team, team member or facility, and one per
-- event that is not a field (created, code confirmed, merged into / from another, removed). Persons point at
-- places by id, so a rename or recode writes here only; a merge that moves persons also writes their own
-- person_change rows.

CREATE TABLE place_change (
    id            INTEGER PRIMARY KEY,
    global_id     VARCHAR(36) NOT NULL UNIQUE,
    township_code VARCHAR(9)  NOT NULL,
    updated_at    VARCHAR(30) NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 0,
    deleted       BOOLEAN     NOT NULL DEFAULT 0,
    -- VILLAGE, GRID, TEAM, MEMBER or FACILITY (model.place.rules.PlaceKind)
    entity        VARCHAR(20) NOT NULL,
    -- the row's id in that entity's table (village, grid, responsibility_team, team_member, facility)
    place_id      INTEGER     NOT NULL,
    -- a model.place.rules.PlaceField or PlaceEvent constant
    field         VARCHAR(60) NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    changed_by    VARCHAR(100) NOT NULL,
    changed_at    VARCHAR(30) NOT NULL
);

CREATE INDEX place_change_place ON place_change (entity, place_id, changed_at);
