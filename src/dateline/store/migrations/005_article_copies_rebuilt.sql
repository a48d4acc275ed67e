-- Stores made by an early version of 004 (December 2026, one working session) keyed a copy by its article and
-- origin alone, with no id: rebuild the table in its final form, keeping every copy. A store made by the final
-- 004 gets the same table back.
CREATE TABLE article_copies_rebuilt (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    added_at TEXT NOT NULL
);
INSERT INTO article_copies_rebuilt (article_id, origin, url, outlet, added_at)
    SELECT article_id, origin, url, outlet, added_at FROM article_copies ORDER BY rowid;  -- the order recorded
DROP TABLE article_copies;
ALTER TABLE article_copies_rebuilt RENAME TO article_copies;
CREATE UNIQUE INDEX article_copies_source
    ON article_copies(article_id, origin, coalesce(outlet, ''), coalesce(url, ''));
