-- A checker corrects the machine, and every correction is an event of the
-- log (factcheck.Action): "amend" records the checker's reading of a
-- claim, "add" a claim the extractor missed; two verdicts join:
-- 'unverifiable' (cannot verify) and 'dismissed' (not a claim); and a
-- claim can be superseded by a figure from outside the review.
--
-- Every event carries the claim's whole state after it: its verdict, the
-- claim or outside figure superseding it, and the checker's reading in
-- force (the reading_ columns, all NULL for the extractor's), so that an
-- undo copies the state its target replaced, as before.
--
-- SQLite cannot change a CHECK constraint in place, so the log is made
-- anew as its ALTER TABLE documentation describes ("Making Other Kinds Of
-- Table Schema Changes"), keeping every event's ID and seq.
-- foreign keys off

CREATE TABLE rulings_new (
	id                     INTEGER PRIMARY KEY,
	claim_id               INTEGER NOT NULL REFERENCES claims (id),
	action                 TEXT NOT NULL CHECK (action IN ('rule', 'amend', 'add', 'undo', 'redo')),
	target                 INTEGER REFERENCES rulings (id),  -- the event undone or redone
	verdict                TEXT NOT NULL CHECK (verdict IN
		('verified', 'disputed', 'superseded', 'unverifiable', 'dismissed', 'cleared')),
	superseded_by          INTEGER REFERENCES claims (id),
	note                   TEXT NOT NULL DEFAULT '',
	evidence               TEXT NOT NULL DEFAULT '',
	checker                TEXT NOT NULL CHECK (checker <> ''),
	at                     TEXT NOT NULL,                    -- UTC, fixed-width RFC 3339 with nanoseconds
	replaces               INTEGER REFERENCES rulings (id),  -- the claim's latest event before this one
	app_version            TEXT NOT NULL,
	seq                    INTEGER NOT NULL,                 -- the log's order: 1, 2, 3, ...
	-- The checker's reading in force, as the claims table's columns.
	reading_kind           TEXT,
	reading_value          REAL,
	reading_value_date     TEXT,
	reading_end_value      REAL,
	reading_end_value_date TEXT,
	reading_unit           TEXT,
	reading_qualifier      TEXT,
	reading_subject        TEXT,
	-- The outside figure superseding the claim: its value (a number, or a
	-- date as in claims), unit, date (YYYY-MM-DD or '') and source.
	outside_value          REAL,
	outside_value_date     TEXT,
	outside_unit           TEXT,
	outside_date           TEXT,
	outside_source         TEXT,
	CHECK ((verdict = 'superseded') = (superseded_by IS NOT NULL OR outside_source IS NOT NULL)),
	CHECK (superseded_by IS NULL OR outside_source IS NULL),
	CHECK ((action IN ('rule', 'amend', 'add')) = (target IS NULL)),
	CHECK ((reading_kind IS NULL) = (reading_unit IS NULL)
		AND (reading_kind IS NULL) = (reading_qualifier IS NULL)
		AND (reading_kind IS NULL) = (reading_subject IS NULL)
		AND (reading_kind IS NULL) = (reading_value IS NULL AND reading_value_date IS NULL)),
	CHECK (reading_value IS NULL OR reading_value_date IS NULL),
	CHECK (reading_end_value IS NULL OR reading_end_value_date IS NULL),
	CHECK ((outside_source IS NULL) = (outside_unit IS NULL)
		AND (outside_source IS NULL) = (outside_date IS NULL)
		AND (outside_source IS NULL) = (outside_value IS NULL AND outside_value_date IS NULL)),
	CHECK (outside_value IS NULL OR outside_value_date IS NULL)
) STRICT;

INSERT INTO rulings_new (id, claim_id, action, target, verdict, superseded_by, note, evidence, checker, at,
	replaces, app_version, seq)
SELECT id, claim_id, action, target, verdict, superseded_by, note, evidence, checker, at,
	replaces, app_version, seq
FROM rulings;

-- What names the old table goes with it, or would stop the rename.
DROP VIEW current_rulings;
DROP TRIGGER claims_keep_ruled;
DROP TABLE rulings;
ALTER TABLE rulings_new RENAME TO rulings;

CREATE UNIQUE INDEX rulings_seq ON rulings (seq);
CREATE INDEX rulings_claim ON rulings (claim_id, seq);
CREATE INDEX rulings_checker ON rulings (checker, seq);
CREATE INDEX rulings_superseded_by ON rulings (superseded_by) WHERE superseded_by IS NOT NULL;
CREATE INDEX rulings_added ON rulings (claim_id) WHERE action = 'add';

CREATE TRIGGER rulings_no_update BEFORE UPDATE ON rulings
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: UPDATE refused');
END;

CREATE TRIGGER rulings_no_delete BEFORE DELETE ON rulings
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: DELETE refused');
END;

CREATE TRIGGER rulings_next_seq BEFORE INSERT ON rulings
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM rulings)
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: an event must take the next seq');
END;

CREATE TRIGGER rulings_no_replace BEFORE INSERT ON rulings
WHEN EXISTS (SELECT 1 FROM rulings WHERE id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: REPLACE of an event refused');
END;

CREATE TRIGGER rulings_positive_id AFTER INSERT ON rulings
WHEN NEW.id <= 0
BEGIN
	SELECT RAISE(ABORT, 'rulings: an event ID must be positive');
END;

CREATE TRIGGER claims_keep_ruled BEFORE DELETE ON claims
WHEN EXISTS (SELECT 1 FROM rulings WHERE claim_id = OLD.id)
	OR EXISTS (SELECT 1 FROM rulings WHERE superseded_by = OLD.id)
BEGIN
	SELECT RAISE(ABORT, 'a claim with rulings cannot be deleted');
END;

CREATE VIEW current_rulings AS
SELECT r.*, l.events
FROM (SELECT claim_id, max(seq) AS last, count(*) AS events FROM rulings GROUP BY claim_id) AS l
JOIN rulings AS r ON r.seq = l.last;
