-- A person's surname (the last word of its key), indexed: a new article's "Erdogan" finds the stored
-- "Recep Tayyip Erdogan", and "Hillary Clinton" finds "Hillary Rodham Clinton", without scanning every actor.
ALTER TABLE actors ADD COLUMN surname TEXT;
-- The last word: the key less what is left when its trailing non-space characters are trimmed.
UPDATE actors SET surname = replace(key, rtrim(key, replace(key, ' ', '')), '') WHERE kind = 'PERSON';
CREATE INDEX actors_surname ON actors(surname);
