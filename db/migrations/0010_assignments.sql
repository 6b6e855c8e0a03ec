-- Who does what: an article is assigned to a checker, or unassigned, by
-- an event of an append-only log of its own. An event names the article,
-- the checker ('' unassigns), who assigned it and when, and has a uid (a
-- UUIDv7, as rulings' events do: db/eventids.go) that matches it in two
-- reviews, so that merging brings each event once (db/merge.go).
--
-- The assignment in force of an article is its latest event by (at,
-- uid), as a claim's current ruling is: a new event is stamped later than
-- the article's current one (Store.Assign), and events merged from
-- another review keep their time and uid.

CREATE TABLE assignments (
	id          INTEGER PRIMARY KEY,
	uid         TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),  -- a UUIDv7
	article_id  INTEGER NOT NULL REFERENCES articles (id),
	checker     TEXT NOT NULL,                                  -- '' unassigns
	assigned_by TEXT NOT NULL CHECK (assigned_by <> ''),
	at          TEXT NOT NULL                                   -- UTC, fixed-width RFC 3339 with nanoseconds
);

CREATE INDEX assignments_article ON assignments (article_id, at, uid);

CREATE TRIGGER assignments_no_update BEFORE UPDATE ON assignments
BEGIN
	SELECT RAISE(ABORT, 'assignments are append-only: UPDATE refused');
END;

CREATE TRIGGER assignments_no_delete BEFORE DELETE ON assignments
BEGIN
	SELECT RAISE(ABORT, 'assignments are append-only: DELETE refused');
END;

-- REPLACE of an existing ID or uid would delete the event without firing
-- assignments_no_delete.
CREATE TRIGGER assignments_no_replace BEFORE INSERT ON assignments
WHEN EXISTS (SELECT 1 FROM assignments WHERE id = NEW.id OR uid = NEW.uid)
BEGIN
	SELECT RAISE(ABORT, 'assignments are append-only: REPLACE of an event refused');
END;

-- Each article's assignment in force (checker '' when unassigned).
CREATE VIEW current_assignments AS
SELECT a.*
FROM (SELECT article_id, max(at || uid) AS last FROM assignments GROUP BY article_id) AS l
JOIN assignments AS a ON a.article_id = l.article_id AND a.at || a.uid = l.last;
