-- The same text read again from another source (a wire story printed by a second outlet, the same page at
-- another address) is stored once; each such copy is named here, so a story's entries keep every outlet.
CREATE TABLE article_copies (
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    added_at TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
);
