-- Grouping a story at a time (package ingest). Each article has a row
-- here: the names that relate it to others (group.Names, separated by
-- spaces; NULL until computed), how many of its claims are not orphaned,
-- and whether its claims were grouped since they last changed. They are
-- kept apart from articles, whose rows hold the articles' bytes, so that
-- reading them for every article is quick. meta 'generation' counts the
-- changes to claims, so that groups computed without holding the database
-- are written only over the claims they were computed from.
CREATE TABLE article_grouping (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id),
	names      TEXT,
	claims     INTEGER NOT NULL DEFAULT 0,
	grouped    INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO article_grouping (article_id, claims, grouped)
SELECT a.id, (SELECT count(*) FROM claims AS c WHERE c.article_id = a.id AND c.orphaned = 0),
	NOT EXISTS (SELECT 1 FROM meta WHERE key = 'regroup')
FROM articles AS a;
CREATE INDEX article_grouping_ungrouped ON article_grouping (article_id) WHERE grouped = 0;
DELETE FROM meta WHERE key = 'regroup';
INSERT INTO meta (key, value) VALUES ('generation', '0');
CREATE INDEX claims_group ON claims (grp) WHERE grp <> '';
-- Every article's name and date, read without reading the articles.
CREATE INDEX articles_dates ON articles (name, published);
