-- Articles, their raw input, analysis, near-duplicate index, actors, feeds and stories.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL,
    outlet TEXT,
    author TEXT,
    published_earliest TEXT,
    published_latest TEXT,
    published_method TEXT NOT NULL DEFAULT 'unknown',
    published_confidence REAL,
    published_evidence TEXT,
    language TEXT NOT NULL,
    caption TEXT,
    text TEXT NOT NULL,
    raw TEXT NOT NULL,
    raw_kind TEXT NOT NULL,
    removed_json TEXT NOT NULL,
    analysis_json TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    minhash BLOB,
    duplicate_of INTEGER REFERENCES articles(id),
    story_id INTEGER REFERENCES stories(id),
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_duplicate ON articles(duplicate_of);
CREATE INDEX articles_published ON articles(published_earliest);

-- Locality-sensitive hashing bands of each article's MinHash, for near-duplicate candidates.
CREATE TABLE article_bands (
    band TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

-- Every actor mention, denormalized for listing actors across the store.
CREATE TABLE article_actors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_key TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_key, role)
);
CREATE INDEX article_actors_key ON article_actors(actor_key);

CREATE TABLE actors (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    affiliation TEXT
);

CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT NOT NULL
);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    title_locked INTEGER NOT NULL DEFAULT 0,
    first_date TEXT,
    last_date TEXT,
    updated_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
