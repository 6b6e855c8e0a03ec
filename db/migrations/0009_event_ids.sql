-- Every ruling event gets a globally unique ID, uid: a UUIDv7 (RFC 9562)
-- in its 36-character text form, made by the program that writes the
-- event. It is what matches an event in two reviews, so that merging one
-- review into another brings each event once (db/merge.go).
--
-- A claim's current ruling is now its latest event by (at, uid), not by
-- seq. On one review the two orders agree: a new event is stamped later
-- than the claim's current one, by a nanosecond when the clock says
-- otherwise (appendEvent), under the write lock, so the order of
-- commits decides. Events merged from another review keep their time
-- and uid and take the next seq here, so that A merged into B and B into
-- A end with the same current ruling for every claim: the later of the
-- two reviews' rulings.
--
-- Events written before this migration get a uid made from what they
-- hold (convertEventIDs): two copies of one review file migrated apart
-- give their old events the same uids, and merge without repeating them.

ALTER TABLE rulings ADD COLUMN uid TEXT;

DROP TRIGGER rulings_no_update;

-- convert

CREATE TRIGGER rulings_no_update BEFORE UPDATE ON rulings
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: UPDATE refused');
END;

CREATE UNIQUE INDEX rulings_uid ON rulings (uid);

CREATE TRIGGER rulings_uid_required BEFORE INSERT ON rulings
WHEN NEW.uid IS NULL OR length(NEW.uid) <> 36
BEGIN
	SELECT RAISE(ABORT, 'rulings: an event needs its uid, a UUID');
END;

DROP INDEX rulings_claim;
CREATE INDEX rulings_claim ON rulings (claim_id, at, uid);

DROP VIEW current_rulings;
CREATE VIEW current_rulings AS
SELECT r.*, l.events
FROM (SELECT claim_id, max(at || uid) AS last, count(*) AS events FROM rulings GROUP BY claim_id) AS l
JOIN rulings AS r ON r.claim_id = l.claim_id AND r.at || r.uid = l.last;
