-- Grouping a story at a time (package ingest). Each article keeps the
-- names that relate it to others (group.Names, separated by spaces; NULL
-- until computed), how many of its claims are not orphaned, and whether
-- its claims were grouped since they last changed. meta 'generation'
-- counts the changes to claims, so that groups computed without holding
-- the database are written only over the claims they were computed from.
ALTER TABLE articles ADD COLUMN names TEXT;
ALTER TABLE articles ADD COLUMN claim_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN grouped INTEGER NOT NULL DEFAULT 1;
UPDATE articles SET claim_count = (SELECT count(*) FROM claims WHERE article_id = articles.id AND orphaned = 0);
UPDATE articles SET grouped = 0 WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'regroup');
DELETE FROM meta WHERE key = 'regroup';
INSERT INTO meta (key, value) VALUES ('generation', '0');
CREATE INDEX claims_group ON claims (grp) WHERE grp <> '';
