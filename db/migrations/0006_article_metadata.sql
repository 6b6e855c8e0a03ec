-- Articles come as web pages, PDFs, Word files and Markdown besides text
-- (package document). format says which; for any format but text, claims'
-- offsets point into articles.text, the decoded text, and bytes keep the
-- original file. title, outlet, byline and url are what the file says of
-- itself; a checker's corrections to them are events in article_edits,
-- never written over these.
ALTER TABLE articles ADD COLUMN format TEXT NOT NULL DEFAULT 'text';
ALTER TABLE articles ADD COLUMN title  TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN byline TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN url    TEXT NOT NULL DEFAULT '';

-- A checker's correction of an article's metadata: the latest row of an
-- article and field is its value. Append-only, as rulings are.
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
