-- meta 'rules' records the factcheck.RulesVersion of the store's claims.
-- Stores made before it was recorded hold claims of rules 1; a new store
-- is stamped by its first import, and Reextract brings it up to date.
INSERT INTO meta (key, value) SELECT 'rules', '1' WHERE EXISTS (SELECT 1 FROM articles);
