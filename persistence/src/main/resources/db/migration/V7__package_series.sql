-- Guankou schema version 7 (issue 11): a sender numbers its packages in two series, and the package log says which
-- series each package counts in. Packages for a peer's keys count per peer (KEYS); packages under a passphrase, which
-- have no known recipient, count their own series (PASSPHRASE). A receiver checks replays, gaps and a delta's base
-- within the series of the same sender, and only KEYS packages acknowledge or are acknowledged
-- (docs/decisions/0007-package-merge.md).
--
-- Rows logged before: a package sent to no peer was sent under a passphrase; every other row counts as KEYS (a
-- package received under a passphrase was not told apart before).
ALTER TABLE exchange_package ADD COLUMN recipient_mode VARCHAR(10) NOT NULL DEFAULT 'KEYS'
    CHECK (recipient_mode IN ('KEYS', 'PASSPHRASE'));
UPDATE exchange_package SET recipient_mode = 'PASSPHRASE' WHERE direction = 'SENT' AND peer_ledger_id IS NULL;

-- An import renews the open conflict of a row and field (ConflictRows: WHERE tbl = ? AND row_global_id = ? AND
-- field = ?), once per conflicting field: without this index each renewal reads every conflict ever listed.
CREATE INDEX exchange_conflict_row ON exchange_conflict (tbl, row_global_id, field);
