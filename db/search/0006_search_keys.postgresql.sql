-- Full-text search index of a PostgreSQL archive, schema revision 0006: the words in a narrow table of
-- their own, searched newest first.
--
-- search_keys holds one row per document (the date-ordered ids of search_map): its words, its coded
-- properties and the beginnings of its words as one tsvector (chancery.store.search.postgres:
-- terms_literal).  The tsvector is always stored out of line (TOAST), so the table itself is a few bytes
-- a row: finding the matches of a query is one GIN bitmap scan and a visit of that small table, which
-- reads no document's words (words, prefixes, fields and properties are answered exactly by the index;
-- only a phrase's candidates are checked against their positions); ranking reads the words of the few
-- hundred documents it ranks.  The readable text stays in
-- search_docs (snippets are made from it for the rows shown).
--
-- chancery_search() answers a search in one call: the newest `need` matches of a query within an id
-- range (every match when need is NULL), newest first, the first `ranked` of them with a score.
--
-- Everything here is derived from the meetings and can be rebuilt (chancery.store.search.rebuild_index).

DROP INDEX IF EXISTS ix_search_docs_terms;

DROP INDEX IF EXISTS ix_search_docs_facet_terms;

ALTER TABLE search_docs DROP COLUMN IF EXISTS facet_terms;

ALTER TABLE search_docs DROP COLUMN IF EXISTS terms;

CREATE TABLE search_keys (
    id BIGINT PRIMARY KEY REFERENCES search_map(id) ON DELETE CASCADE,
    terms TSVECTOR NOT NULL
) WITH (toast_tuple_target = 128);

ALTER TABLE search_keys ALTER COLUMN terms SET STORAGE EXTERNAL;

-- fastupdate off: a save writes its entries at once (a pending list would make some saves merge it all).
CREATE INDEX ix_search_keys ON search_keys USING gin (terms) WITH (fastupdate = off);

CREATE FUNCTION chancery_search(q tsquery, rq tsquery, nq tsquery, mq tsquery, low bigint, high bigint,
                                need integer, ranked integer, weights real[])
RETURNS TABLE (id bigint, score real)
LANGUAGE plpgsql STABLE
SET enable_seqscan = off
SET enable_indexscan = off
SET jit = off
AS $$
DECLARE
    ids bigint[];
    found integer;
    names bigint[];
    middle bigint[];
BEGIN
    IF need IS NOT NULL AND need <= 0 THEN
        RETURN;
    END IF;
    -- The matches, newest first: the GIN index gives them all at once (a bitmap), the small table their ids.
    -- (id + 0: the range filters the bitmap's rows; walking the primary key newest first would read the
    -- words of every row it passes.)
    ids := ARRAY(SELECT k.id FROM search_keys k WHERE k.terms @@ q AND k.id + 0 BETWEEN low AND high
                 ORDER BY k.id DESC LIMIT need);
    found := cardinality(ids);
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
        -- more: the newest `ranked` by where the words are (names, then titles, documents, places and
        -- topics: the marked words, which the index answers), the older ones after them, newest first
        names := ARRAY(SELECT k.id FROM search_keys k WHERE k.terms @@ nq AND k.id = ANY(ids[1:ranked]));
        middle := ARRAY(SELECT k.id FROM search_keys k WHERE k.terms @@ mq AND k.id = ANY(ids[1:ranked]));
        RETURN QUERY
            SELECT u.id, CASE WHEN u.n <= ranked THEN
                       (1 + 10 * (u.id = ANY(names))::integer + 3 * (u.id = ANY(middle))::integer)::real END
            FROM unnest(ids) WITH ORDINALITY AS u(id, n);
    END IF;
END
$$;
