-- A derived cache of the claims, for Store.Claims: the claims of an
-- article packed in one BLOB (db/packs.go), so that listing every claim
-- reads a row an article instead of sixteen columns a claim. The columns
-- of claims stay the only truth: a pack is only ever written from them
-- (repack), in the transaction that changed them, and the triggers below
-- delete an article's pack and list the article in claims_unpacked as soon
-- as one of its claims is inserted, updated or deleted, by Factcheck or
-- by any other program. Claims reads the claims of a listed article from
-- the columns, so that no pack is used once its claims changed; Factcheck
-- packs the listed articles again before it commits a change to claims.
-- The format has no version of its own: a migration that changes it
-- empties claim_packs and lists every article with claims.

CREATE TABLE claim_packs (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id),
	data       BLOB NOT NULL
) STRICT;

CREATE TABLE claims_unpacked (
	article_id INTEGER PRIMARY KEY
) STRICT;

CREATE TRIGGER claims_unpack_insert AFTER INSERT ON claims
BEGIN
	DELETE FROM claim_packs WHERE article_id = NEW.article_id;
	INSERT INTO claims_unpacked (article_id) SELECT NEW.article_id
	WHERE NOT EXISTS (SELECT 1 FROM claims_unpacked WHERE article_id = NEW.article_id);
END;

CREATE TRIGGER claims_unpack_update AFTER UPDATE ON claims
BEGIN
	DELETE FROM claim_packs WHERE article_id IN (OLD.article_id, NEW.article_id);
	INSERT INTO claims_unpacked (article_id) SELECT OLD.article_id
	WHERE NOT EXISTS (SELECT 1 FROM claims_unpacked WHERE article_id = OLD.article_id);
	INSERT INTO claims_unpacked (article_id) SELECT NEW.article_id
	WHERE NOT EXISTS (SELECT 1 FROM claims_unpacked WHERE article_id = NEW.article_id);
END;

CREATE TRIGGER claims_unpack_delete AFTER DELETE ON claims
BEGIN
	DELETE FROM claim_packs WHERE article_id = OLD.article_id;
	INSERT INTO claims_unpacked (article_id) SELECT OLD.article_id
	WHERE NOT EXISTS (SELECT 1 FROM claims_unpacked WHERE article_id = OLD.article_id);
END;

INSERT INTO claims_unpacked (article_id) SELECT DISTINCT article_id FROM claims;

-- convert

-- repack (db/packs.go) has packed every article listed above, and emptied
-- the list.
