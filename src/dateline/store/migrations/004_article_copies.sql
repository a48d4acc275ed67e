-- The same text read again from another source (a wire story printed by a second outlet, the same page at
-- another address) is stored once; each such copy is named here, so a story's entries keep every outlet.
-- One row per source, outlet and address: standard input and the web form share one origin label.
CREATE TABLE article_copies (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX article_copies_source
    ON article_copies(article_id, origin, coalesce(outlet, ''), coalesce(url, ''));
