-- SQLite's 0009_event_ids.sql, in PostgreSQL's terms: every ruling event
-- gets a globally unique ID (a UUIDv7), a claim's current ruling is its
-- latest event by (at, uid), and events written before get a uid made
-- from what they hold. And: every commit that adds events notifies
-- channel factcheck_rulings, which open windows listen on (Store.WaitLog).

ALTER TABLE rulings ADD COLUMN uid uuid;

ALTER TABLE rulings DISABLE TRIGGER rulings_no_update;

-- convert

ALTER TABLE rulings ENABLE TRIGGER rulings_no_update;
ALTER TABLE rulings ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX rulings_uid ON rulings (uid);

DROP INDEX rulings_claim;
CREATE INDEX rulings_claim ON rulings (claim_id, at DESC, uid DESC);

DROP VIEW current_rulings;
CREATE VIEW current_rulings AS
SELECT r.*, l.events
FROM (SELECT DISTINCT ON (claim_id) id, count(*) OVER (PARTITION BY claim_id) AS events
	FROM rulings ORDER BY claim_id, at DESC, uid DESC) AS l
JOIN rulings AS r ON r.id = l.id;

CREATE FUNCTION rulings_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('factcheck_rulings', '');
	RETURN NULL;
END $$;
CREATE TRIGGER rulings_notify AFTER INSERT ON rulings FOR EACH STATEMENT EXECUTE FUNCTION rulings_notify();
