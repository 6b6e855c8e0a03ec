-- Articles come as web pages, PDFs, Word files and Markdown besides text
-- (package document). An article_metadata row says, for an article
-- imported since, what its file was (format; for any format but text,
-- claims' offsets point into articles.text, the decoded text, and
-- articles.bytes keep the original file) and what the file says of
-- itself. An article without a row is a text file that says nothing. The
-- rows are apart from articles, whose rows hold the files' bytes, so that
-- listing every article's title is quick.
CREATE TABLE article_metadata (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id),
	format     TEXT NOT NULL DEFAULT 'text', -- text, html, pdf, docx or markdown
	title      TEXT NOT NULL DEFAULT '',
	outlet     TEXT NOT NULL DEFAULT '',
	byline     TEXT NOT NULL DEFAULT '',
	url        TEXT NOT NULL DEFAULT ''
) STRICT;

-- A checker's correction of an article's metadata: the latest row of an
-- article and field is its value. Append-only, as rulings are. A
-- corrected publication date (YYYY-MM-DD; '' returns to the article's
-- own) gives the article's dates their year when its claims are extracted
-- again.
CREATE TABLE article_edits (
	seq        INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id INTEGER NOT NULL REFERENCES articles (id),
	field      TEXT NOT NULL CHECK (field IN ('title', 'outlet', 'byline', 'url', 'published')),
	value      TEXT NOT NULL,
	checker    TEXT NOT NULL,
	at         TEXT NOT NULL                  -- UTC, RFC 3339
) STRICT;
CREATE INDEX article_edits_article ON article_edits (article_id, field, seq);
CREATE TRIGGER article_edits_no_update BEFORE UPDATE ON article_edits
BEGIN
	SELECT RAISE(ABORT, 'article edits are never changed');
END;
CREATE TRIGGER article_edits_no_delete BEFORE DELETE ON article_edits
BEGIN
	SELECT RAISE(ABORT, 'article edits are never deleted');
END;

-- The metadata as a checker sees it: the latest edit of each field, else
-- what the file said. The edits are few: their latest are found once, not
-- an article at a time.
CREATE VIEW article_labels AS
WITH latest AS (
	SELECT article_id,
		max(CASE WHEN field = 'title' THEN value END) AS title,
		max(CASE WHEN field = 'outlet' THEN value END) AS outlet,
		max(CASE WHEN field = 'byline' THEN value END) AS byline,
		max(CASE WHEN field = 'url' THEN value END) AS url,
		max(CASE WHEN field = 'published' THEN value END) AS published
	FROM (SELECT article_id, field, value, row_number() OVER (PARTITION BY article_id, field ORDER BY seq DESC) AS n
		FROM article_edits)
	WHERE n = 1
	GROUP BY article_id)
SELECT a.id AS article_id, a.name,
	coalesce(nullif(l.published, ''), a.published) AS published,
	coalesce(m.format, 'text') AS format,
	coalesce(l.title, m.title, '') AS title,
	coalesce(l.outlet, m.outlet, '') AS outlet,
	coalesce(l.byline, m.byline, '') AS byline,
	coalesce(l.url, m.url, '') AS url
FROM articles AS a
LEFT JOIN article_metadata AS m ON m.article_id = a.id
LEFT JOIN latest AS l ON l.article_id = a.id;
