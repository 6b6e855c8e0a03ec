-- A claim's fields and its suggestion in plain typed columns, which the
-- sqlite3 shell and any SQL tool can read. Until schema 3 they were packed
-- in BLOBs (claims.data, claims.suggestion) in a format of Factcheck's own.
--
-- The claims table is made anew as SQLite's ALTER TABLE documentation
-- describes ("Making Other Kinds Of Table Schema Changes"): migrate.go runs
-- this file in one transaction with foreign keys off, and PRAGMA
-- foreign_key_check before it commits. Between the two halves, at the line
-- "-- convert" below, Go code (convertLegacyClaims, db/legacy.go) decodes
-- the packed rows of claims into claims_new and suggestions, keeping every
-- claim's ID and so every ruling. A crash at any point leaves schema 3.

-- foreign keys off

CREATE TABLE claims_new (
	id             INTEGER PRIMARY KEY,
	article_id     INTEGER NOT NULL REFERENCES articles (id),
	span_start     INTEGER NOT NULL,           -- byte offsets in the article's bytes, end exclusive
	span_end       INTEGER NOT NULL,
	text           TEXT NOT NULL,              -- the claim's text, decoded to UTF-8
	kind           TEXT NOT NULL,              -- count, percent, money, measure, duration, ordinal or date
	value          REAL,                       -- the number, or NULL for a date
	value_date     TEXT,                       -- the date, 2023-11-03 or --11-03 (year unknown), or NULL
	end_value      REAL,                       -- the last value of a range, as value and value_date;
	end_value_date TEXT,                       -- both NULL when the claim is not a range
	unit           TEXT NOT NULL,              -- ISO currency, measure or duration unit, or ''
	qualifier      TEXT NOT NULL,              -- exact, approx, lower_bound or upper_bound
	subject        TEXT NOT NULL,              -- what is counted or measured
	sentence       TEXT NOT NULL,              -- the whole source sentence
	sentence_start INTEGER NOT NULL,           -- its byte offsets, as span_start and span_end
	sentence_end   INTEGER NOT NULL,
	grp            TEXT NOT NULL DEFAULT '',   -- factcheck.Group's group
	orphaned       INTEGER NOT NULL DEFAULT 0, -- 1: ruled on, no longer extracted
	UNIQUE (article_id, span_start, span_end, text),
	CHECK ((value IS NULL) <> (value_date IS NULL)),
	CHECK (end_value IS NULL OR end_value_date IS NULL)
) STRICT;

-- What grouping proposes for a claim (factcheck.Suggestion); no row when
-- it proposes nothing. Never a ruling: Regroup rewrites these.
CREATE TABLE suggestions (
	claim_id      INTEGER PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
	verdict       TEXT NOT NULL,               -- superseded or disputed
	by_article    TEXT,                        -- for superseded, the newer claim: its article's name
	by_span_start INTEGER,                     -- and its span_start; both NULL otherwise
	CHECK ((by_article IS NULL) = (by_span_start IS NULL))
) STRICT;

-- The claims a disputed suggestion names as disagreeing (Suggestion.With).
CREATE TABLE suggestion_refs (
	claim_id   INTEGER NOT NULL REFERENCES suggestions (claim_id) ON DELETE CASCADE,
	n          INTEGER NOT NULL,               -- 0, 1, 2, ...: their order
	article    TEXT NOT NULL,                  -- the disagreeing claim's article's name
	span_start INTEGER NOT NULL,               -- and its span_start
	PRIMARY KEY (claim_id, n)
) STRICT;

-- convert

-- The triggers that name claims go with it, or would stop the rename.
DROP TRIGGER articles_keep_claimed;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;

CREATE TRIGGER claims_keep_ruled BEFORE DELETE ON claims
WHEN EXISTS (SELECT 1 FROM rulings WHERE claim_id = OLD.id)
	OR EXISTS (SELECT 1 FROM rulings WHERE superseded_by = OLD.id)
BEGIN
	SELECT RAISE(ABORT, 'a claim with rulings cannot be deleted');
END;

CREATE TRIGGER claims_no_replace BEFORE INSERT ON claims
WHEN EXISTS (SELECT 1 FROM claims WHERE id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'REPLACE of a claim refused');
END;

CREATE TRIGGER claims_positive_id AFTER INSERT ON claims
WHEN NEW.id <= 0
BEGIN
	SELECT RAISE(ABORT, 'claims: an ID must be positive');
END;

CREATE TRIGGER articles_keep_claimed BEFORE DELETE ON articles
WHEN EXISTS (SELECT 1 FROM claims WHERE article_id = OLD.id)
BEGIN
	SELECT RAISE(ABORT, 'an article with claims cannot be deleted');
END;
