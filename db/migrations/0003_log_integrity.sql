-- The log's order is its own: seq numbers the events 1, 2, 3, ... in the
-- order they were appended, and a claim's current ruling is its event with
-- the highest seq. IDs only name events: a writer may pick any free one
-- (even the largest integer, after which SQLite picks IDs at random), so
-- no order is read from them.
ALTER TABLE rulings ADD COLUMN seq INTEGER;

DROP TRIGGER rulings_no_update;
UPDATE rulings SET seq = o.n
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM rulings) AS o
WHERE rulings.id = o.id;
CREATE TRIGGER rulings_no_update BEFORE UPDATE ON rulings
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: UPDATE refused');
END;

CREATE UNIQUE INDEX rulings_seq ON rulings (seq);
DROP INDEX rulings_claim;
CREATE INDEX rulings_claim ON rulings (claim_id, seq);
DROP INDEX rulings_checker;
CREATE INDEX rulings_checker ON rulings (checker, seq);

-- An event is appended with the next seq, and never in place of another:
-- INSERT OR REPLACE and REPLACE INTO delete the row they replace without
-- firing rulings_no_delete, so an existing ID is refused before that.
-- (Without an ID, NEW.id is -1 here, which no event has: see
-- rulings_positive_id.)
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

-- A ruled claim, and an article with claims, stay: the log would lose
-- what its events are about. These hold with foreign keys off too.
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

DROP VIEW current_rulings;
CREATE VIEW current_rulings AS
SELECT r.*, l.events
FROM (SELECT claim_id, max(seq) AS last, count(*) AS events FROM rulings GROUP BY claim_id) AS l
JOIN rulings AS r ON r.seq = l.last;
