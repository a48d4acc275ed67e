-- A story's built timeline, kept so that commands run one after another on a big story (timeline, --top,
-- conflicts, export) read it back instead of building it again. `version` hashes everything the timeline is
-- built from (the code, the story record, its articles, reprints and copies); a row whose version no longer
-- matches is rebuilt and replaced. Nothing else refers to this table: it can be emptied at any time.
CREATE TABLE IF NOT EXISTS timeline_cache (
    story_id INTEGER PRIMARY KEY,
    version TEXT NOT NULL,
    body TEXT NOT NULL,
    built_at TEXT NOT NULL
);
