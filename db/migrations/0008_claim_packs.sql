-- A derived cache of the claims, for Store.Claims: the claims of an
-- article packed in one BLOB (db/packs.go), so that listing every claim
-- reads a row an article instead of sixteen columns a claim. The columns
-- of claims stay the only truth: a pack is only ever written from what
-- they hold (Store.Repack), and the triggers below list an article in
-- claims_unpacked as soon as one of its claims is inserted, updated or
-- deleted, by Factcheck or by any other program. The pack of a listed
-- article is never read: Claims reads its claims from the columns, in the
-- same snapshot as the packs. Writes of claims (imports, regrouping,
-- corrections) only list; Store.Repack packs the listed articles later,
-- in short transactions, and takes them off the list. The format has no
-- version of its own: a migration that changes it lists every article
-- with claims, as this one does.

CREATE TABLE claim_packs (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id),
	data       BLOB NOT NULL
) STRICT;

CREATE TABLE claims_unpacked (
	article_id INTEGER PRIMARY KEY
) STRICT;

CREATE TRIGGER claims_unpack_insert AFTER INSERT ON claims
WHEN NOT EXISTS (SELECT 1 FROM claims_unpacked WHERE article_id = NEW.article_id)
BEGIN
	INSERT INTO claims_unpacked (article_id) VALUES (NEW.article_id);
END;

CREATE TRIGGER claims_unpack_update AFTER UPDATE ON claims
WHEN NOT EXISTS (SELECT 1 FROM claims_unpacked WHERE article_id = NEW.article_id)
BEGIN
	INSERT INTO claims_unpacked (article_id) VALUES (NEW.article_id);
END;

CREATE TRIGGER claims_unpack_move AFTER UPDATE OF article_id ON claims
WHEN NOT EXISTS (SELECT 1 FROM claims_unpacked WHERE article_id = OLD.article_id)
BEGIN
	INSERT INTO claims_unpacked (article_id) VALUES (OLD.article_id);
END;

CREATE TRIGGER claims_unpack_delete AFTER DELETE ON claims
WHEN NOT EXISTS (SELECT 1 FROM claims_unpacked WHERE article_id = OLD.article_id)
BEGIN
	INSERT INTO claims_unpacked (article_id) VALUES (OLD.article_id);
END;

INSERT INTO claims_unpacked (article_id) SELECT DISTINCT article_id FROM claims;
