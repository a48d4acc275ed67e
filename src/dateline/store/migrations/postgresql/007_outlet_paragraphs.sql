-- Each long paragraph of each original article, by outlet: a paragraph one outlet prints in several articles (a
-- press release's "About the company", a newsletter plug) is its site's boilerplate, no news of a story
-- (dateline.link.site_paragraphs). Offsets are into the article's text; the digest ignores case and punctuation.
CREATE TABLE IF NOT EXISTS outlet_paragraphs (
    outlet TEXT NOT NULL,
    digest TEXT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL,
    PRIMARY KEY (outlet, digest, article_id, start_at)
);
CREATE INDEX IF NOT EXISTS outlet_paragraphs_article ON outlet_paragraphs(article_id);

-- Work a migration leaves to the program, done once when the store is next opened for writing: here, indexing
-- the paragraphs of the articles stored before this version.
CREATE TABLE IF NOT EXISTS store_tasks (
    name TEXT PRIMARY KEY
);
INSERT INTO store_tasks (name) SELECT 'index outlet paragraphs' WHERE EXISTS (SELECT 1 FROM articles);
