-- Full-text search index of a PostgreSQL archive, schema revision 0007: the words in a narrow table of
-- their own, searched newest first.
--
-- search_keys holds one row per document (the date-ordered ids of search_map): its words, its coded
-- properties and the beginnings of its words as one tsvector (chancery.store.search.postgres:
-- terms_literal).  One GIN index covers the words and the id together (btree_gin), so "these words, among
-- the documents of this id range" is a single index scan that reads only the matching rows of the range:
-- a common word's newest matches cost what a rare word's do.  The readable text stays in search_docs
-- (snippets are made from it for the rows shown).
--
-- chancery_search() answers a search in one call: the newest `need` matches of a query within an id range
-- (every match when need is NULL), newest first, the first `ranked` of them with a score.  It looks at the
-- newest documents first and widens the window by the density of matches it has seen, so it stops as soon
-- as it has enough, as FTS5 does reading its doclists newest first.
--
-- Everything here is derived from the meetings and can be rebuilt (chancery.store.search.rebuild_index).

CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX IF EXISTS ix_search_docs_terms;

DROP INDEX IF EXISTS ix_search_docs_facet_terms;

ALTER TABLE search_docs DROP COLUMN IF EXISTS facet_terms;

ALTER TABLE search_docs DROP COLUMN IF EXISTS terms;

CREATE TABLE search_keys (
    id BIGINT NOT NULL REFERENCES search_map(id) ON DELETE CASCADE,
    terms TSVECTOR NOT NULL
);

-- The words, then the id: one index for "words within an id range", and for "the row with this id".
-- fastupdate off: a save writes its entries at once (a pending list would make some saves merge it all).
CREATE INDEX ix_search_keys ON search_keys USING gin (terms, id) WITH (fastupdate = off);

CREATE FUNCTION chancery_search(q tsquery, rq tsquery, nq tsquery, mq tsquery, low bigint, high bigint,
                                need integer, ranked integer, weights real[], first_window integer DEFAULT 1000)
RETURNS TABLE (id bigint, score real)
LANGUAGE plpgsql STABLE
SET enable_seqscan = off
SET jit = off
AS $$
DECLARE
    ids bigint[] := '{}';
    found integer := 0;
    top bigint := high;
    bottom bigint;
    newest bigint;
    seen numeric;
    span numeric;
    factor numeric;
    names bigint[];
    middle bigint[];
BEGIN
    IF need IS NOT NULL AND need <= 0 THEN
        RETURN;
    END IF;
    -- The first window: the newest first_window documents of the range, whatever the words.
    IF need IS NOT NULL THEN
        SELECT m.id INTO bottom FROM search_map m WHERE m.id BETWEEN low AND high
        ORDER BY m.id DESC OFFSET first_window LIMIT 1;
        -- where the dated documents end (undated drafts sort after every date), to measure windows by
        SELECT max(m.id) INTO newest FROM search_map m
        WHERE m.id BETWEEN coalesce(bottom, low) AND least(high, (3652060::bigint << 20) - 1);
    END IF;
    LOOP
        IF bottom IS NULL OR bottom <= low THEN
            IF low > 0 THEN
                -- the rest of a date range: the index reads the matches within it
                ids := ids || ARRAY(SELECT k.id FROM search_keys k WHERE k.terms @@ q AND k.id BETWEEN low AND top
                                    ORDER BY k.id DESC LIMIT need - found);
            ELSE
                -- the rest of the archive: the words alone find the rows (no need to list every id of it)
                ids := ids || ARRAY(SELECT k.id FROM search_keys k WHERE k.terms @@ q AND k.id + 0 <= top
                                    ORDER BY k.id DESC LIMIT need - found);
            END IF;
            found := cardinality(ids);
            EXIT;
        END IF;
        -- a window of ids: one scan of the index on (terms, id) reads only the matches inside it
        ids := ids || ARRAY(SELECT k.id FROM search_keys k WHERE k.terms @@ q AND k.id BETWEEN bottom AND top
                            ORDER BY k.id DESC LIMIT need - found);
        found := cardinality(ids);
        EXIT WHEN found >= need;
        -- The next window, below this one: as many ids as should hold the matches still needed at the density
        -- seen so far, and half as many more (between a quarter and 64 times the ids looked at).
        seen := greatest(coalesce(newest, top) - bottom, 1);
        IF found = 0 THEN
            factor := 64;
        ELSE
            factor := least(64, greatest(0.25, 1.5 * (need - found) / found));
        END IF;
        span := seen * factor;
        top := bottom - 1;
        IF top - low <= span THEN
            bottom := low;
        ELSE
            bottom := top - span::bigint;
        END IF;
    END LOOP;
    IF found = 0 THEN
        RETURN;
    END IF;
    IF ranked <= 0 OR rq IS NULL THEN
        RETURN QUERY SELECT u.id, NULL::real FROM unnest(ids) AS u(id);
    ELSIF found <= ranked AND (need IS NULL OR found < need) THEN
        -- every match, and few: ranked by ts_rank with the weights of the columns (each row's words are read)
        RETURN QUERY SELECT k.id, (1 + 10 * ts_rank(weights, k.terms, rq))::real FROM search_keys k
                     WHERE k.id = ANY(ids);
    ELSE
        -- more: the newest `ranked` by where the words are (names, then titles, documents, places and topics),
        -- as the index says it without reading the rows; the older ones after them, newest first
        names := ARRAY(SELECT k.id FROM search_keys k WHERE k.terms @@ nq AND k.id BETWEEN ids[ranked] AND ids[1]);
        middle := ARRAY(SELECT k.id FROM search_keys k WHERE k.terms @@ mq AND k.id BETWEEN ids[ranked] AND ids[1]);
        RETURN QUERY
            SELECT u.id, CASE WHEN u.n <= ranked THEN
                       (1 + 10 * (nm.id IS NOT NULL)::integer + 3 * (md.id IS NOT NULL)::integer)::real END
            FROM unnest(ids) WITH ORDINALITY AS u(id, n)
            LEFT JOIN unnest(names) AS nm(id) ON nm.id = u.id
            LEFT JOIN unnest(middle) AS md(id) ON md.id = u.id;
    END IF;
END
$$;
