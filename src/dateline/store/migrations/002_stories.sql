-- Story grouping index: per-article features, per-story profiles, an inverted index from terms and
-- actors to stories (candidate retrieval without scanning stories), document frequencies, corrections.
CREATE TABLE article_features (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    features_json TEXT NOT NULL
);

CREATE TABLE story_profiles (
    story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    profile_json TEXT NOT NULL
);

-- One row per (index key, story); a key is a content term or "@" + actor key.
CREATE TABLE story_terms (
    term TEXT NOT NULL,
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    last_day TEXT,
    PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
CREATE INDEX story_terms_recent ON story_terms(term, last_day DESC);
CREATE INDEX story_terms_story ON story_terms(story_id);

CREATE TABLE term_doc_freq (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE link_counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

-- A merged story's id keeps pointing at the story it went into.
CREATE TABLE story_merges (
    merged_id INTEGER PRIMARY KEY,
    into_id INTEGER NOT NULL
);

-- The user's corrections, kept as a log: merge, split, rename.
CREATE TABLE story_corrections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    story_id INTEGER NOT NULL,
    other_id INTEGER,
    detail TEXT,
    made_at TEXT NOT NULL
);
