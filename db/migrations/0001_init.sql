-- Articles keep their original bytes so that claims can be extracted again.
CREATE TABLE articles (
	id              INTEGER PRIMARY KEY,
	name            TEXT NOT NULL UNIQUE,          -- base name, made unique
	hash            TEXT NOT NULL UNIQUE,          -- SHA-256 of bytes, hex
	published       TEXT NOT NULL DEFAULT '',      -- YYYY-MM-DD: given, or read by the extractor
	published_given TEXT NOT NULL DEFAULT '',      -- the date given at import, reused on re-extraction
	source          TEXT NOT NULL DEFAULT '',      -- the path imported from
	imported_at     TEXT NOT NULL,                 -- UTC, RFC 3339
	bytes           BLOB NOT NULL,
	text            TEXT                           -- decoded UTF-8 when it differs from bytes
) STRICT;

-- A claim's key is its article's hash, its byte span and its text. Its
-- other fields (kind, value, unit, qualifier, subject, sentence) are packed
-- in data by db/pack.go, so that a million claims load in a quick scan.
CREATE TABLE claims (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id),
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	data       BLOB NOT NULL,
	grp        TEXT NOT NULL DEFAULT '',       -- factcheck.Group's group
	suggestion BLOB,                           -- factcheck.Suggestion packed by db/pack.go, or NULL
	orphaned   INTEGER NOT NULL DEFAULT 0,     -- 1: ruled on, no longer extracted
	UNIQUE (article_id, span_start, span_end, text)
) STRICT;

-- The append-only log of rulings.
CREATE TABLE rulings (
	id            INTEGER PRIMARY KEY,
	claim_id      INTEGER NOT NULL REFERENCES claims (id),
	action        TEXT NOT NULL CHECK (action IN ('rule', 'undo', 'redo')),
	target        INTEGER REFERENCES rulings (id),  -- the event undone or redone
	verdict       TEXT NOT NULL CHECK (verdict IN ('verified', 'disputed', 'superseded', 'cleared')),
	superseded_by INTEGER REFERENCES claims (id),
	note          TEXT NOT NULL DEFAULT '',
	evidence      TEXT NOT NULL DEFAULT '',
	checker       TEXT NOT NULL CHECK (checker <> ''),
	at            TEXT NOT NULL,                    -- UTC, fixed-width RFC 3339 with nanoseconds
	replaces      INTEGER REFERENCES rulings (id),  -- the claim's latest event before this one
	app_version   TEXT NOT NULL,
	CHECK ((verdict = 'superseded') = (superseded_by IS NOT NULL)),
	CHECK ((action = 'rule') = (target IS NULL))
) STRICT;

CREATE INDEX rulings_claim ON rulings (claim_id, id);
CREATE INDEX rulings_checker ON rulings (checker, id);
CREATE INDEX rulings_superseded_by ON rulings (superseded_by) WHERE superseded_by IS NOT NULL;

CREATE TRIGGER rulings_no_update BEFORE UPDATE ON rulings
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: UPDATE refused');
END;

CREATE TRIGGER rulings_no_delete BEFORE DELETE ON rulings
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: DELETE refused');
END;

-- Each claim's latest event and its number of events.
CREATE VIEW current_rulings AS
SELECT r.*, l.events
FROM (SELECT claim_id, max(id) AS last, count(*) AS events FROM rulings GROUP BY claim_id) AS l
JOIN rulings AS r ON r.id = l.last;

-- Flags such as 'regroup': set in the transaction that adds claims, cleared
-- by the one that recomputes the groups, so an interrupted import is
-- finished on the next.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;

PRAGMA application_id = 1180787572;
