-- Full-text search index of a PostgreSQL archive, schema revision 0008: search_keys in one partition per year.
--
-- A GIN index answers a query with a bitmap of every matching row, which the table must then visit and
-- sort: for a word in most meetings (or a prefix such as "minister" typed into the search field) that is
-- every row of the archive, to keep the newest thousand.  Split by year — the ids are date-ordered (day
-- number * 2^20 + a slot), so a year is an id range — each year has its own GIN index, and
-- chancery_search reads the years newest first and stops once it has the matches the page and the count
-- need: a common word reads the last year or two, a rare one every year that holds a meeting (small
-- bitmaps each).
--
-- The partitions: one per year from 2000 to 2039, one before 2000 and one from 2040 (with the undated
-- drafts, which sort as the newest).  Everything else is as in revision 0006 (terms stored out of line,
-- the same lexemes; chancery.store.search.postgres).
--
-- Everything here is derived from the meetings and can be rebuilt (chancery.store.search.rebuild_index).

ALTER TABLE search_keys RENAME TO search_keys_0006;

ALTER INDEX search_keys_pkey RENAME TO search_keys_0006_pkey;

ALTER INDEX ix_search_keys RENAME TO ix_search_keys_0006;

CREATE TABLE search_keys (
    id BIGINT NOT NULL REFERENCES search_map(id) ON DELETE CASCADE,
    terms TSVECTOR NOT NULL,
    CONSTRAINT search_keys_pkey PRIMARY KEY (id)
) PARTITION BY RANGE (id);

-- The partitions, and two functions written from the same bounds:
--   chancery_search_part_start(id): the first id of the partition that holds `id`;
--   chancery_search_part(q, low, high, lim): the newest `lim` matches of a query between two ids of one
--     partition (the one holding `high`; every match when lim is NULL), newest first.  One prepared
--     statement per partition: its plan is made once per session, where a dynamic query would be planned
--     at every call.  (id + 0: the range filters the bitmap's rows; walking the primary key newest first
--     would read the words of every row it passes.)  It runs with chancery_search's settings (no SET
--     clause of its own: each would be set and reset at every call).
DO $$
DECLARE
    first_year CONSTANT integer := 2000;
    last_year CONSTANT integer := 2039;
    bounds bigint[] := ARRAY[]::bigint[];
    names text[] := ARRAY['search_keys_early'];
    starts text := '';
    parts text := '';
    year integer;
BEGIN
    FOR year IN first_year..last_year + 1 LOOP
        -- the first id of 1 January: its day number as Python's date.toordinal() counts (1 = 0001-01-01)
        bounds := bounds || ((make_date(year, 1, 1) - date '0001-01-01' + 1)::bigint << 20);
        IF year <= last_year THEN
            names := names || ('search_keys_' || year);
        END IF;
    END LOOP;
    names := names || 'search_keys_late'::text;
    FOR i IN 1..cardinality(names) LOOP
        EXECUTE 'CREATE TABLE ' || quote_ident(names[i]) || ' PARTITION OF search_keys FOR VALUES FROM ('
                || CASE WHEN i = 1 THEN 'MINVALUE' ELSE bounds[i - 1]::text END || ') TO ('
                || CASE WHEN i = cardinality(names) THEN 'MAXVALUE' ELSE bounds[i]::text END
                || ') WITH (toast_tuple_target = 128)';
    END LOOP;
    -- newest first: the partition holding an id is the first whose start is at most that id
    FOR i IN REVERSE cardinality(names)..2 LOOP
        starts := starts || ' WHEN id >= ' || bounds[i - 1] || ' THEN ' || bounds[i - 1];
        parts := parts || CASE WHEN i = cardinality(names) THEN '    IF' ELSE '    ELSIF' END
                 || ' high >= ' || bounds[i - 1] || E' THEN\n        RETURN ARRAY(SELECT k.id FROM '
                 || quote_ident(names[i]) || ' k WHERE k.terms @@ q AND k.id + 0 BETWEEN low AND high '
                 || E'ORDER BY k.id DESC LIMIT lim);\n';
    END LOOP;
    EXECUTE 'CREATE FUNCTION chancery_search_part_start(id bigint) RETURNS bigint LANGUAGE sql IMMUTABLE '
            || 'AS $start$ SELECT CASE' || starts || ' ELSE -9223372036854775808 END $start$';
    EXECUTE E'CREATE FUNCTION chancery_search_part(q tsquery, low bigint, high bigint, lim integer)\n'
            || E'RETURNS bigint[] LANGUAGE plpgsql STABLE\n'
            || E'AS $body$\nBEGIN\n' || parts || E'    ELSE\n        RETURN ARRAY(SELECT k.id FROM '
            || quote_ident(names[1]) || ' k WHERE k.terms @@ q AND k.id + 0 BETWEEN low AND high '
            || E'ORDER BY k.id DESC LIMIT lim);\n    END IF;\nEND\n$body$';
END
$$;

ALTER TABLE search_keys ALTER COLUMN terms SET STORAGE EXTERNAL;

INSERT INTO search_keys (id, terms) SELECT id, terms FROM search_keys_0006;

DROP TABLE search_keys_0006;

-- fastupdate off: a save writes its entries at once (a pending list would make some saves merge it all).
CREATE INDEX ix_search_keys ON search_keys USING gin (terms) WITH (fastupdate = off);

ANALYZE search_keys;

DROP FUNCTION chancery_search(tsquery, tsquery, tsquery, tsquery, bigint, bigint, integer, integer, real[]);

-- chancery_search() answers a search in one call: the newest `need` matches of a query within an id range
-- (every match when need is NULL), newest first, the first `ranked` of them with a score.
CREATE FUNCTION chancery_search(q tsquery, rq tsquery, nq tsquery, mq tsquery, low bigint, high bigint,
                                need integer, ranked integer, weights real[])
RETURNS TABLE (id bigint, score real)
LANGUAGE plpgsql STABLE
SET enable_seqscan = off
SET jit = off
SET max_parallel_workers_per_gather = 0
SET enable_nestloop = off
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    ids bigint[] := ARRAY[]::bigint[];
    found integer;
    upper_id bigint;
    lower_id bigint;
    bottom bigint;
    first integer;
    ends integer[] := ARRAY[]::integer[];  -- where each partition's matches end in ids
    names bigint[] := ARRAY[]::bigint[];
    middle bigint[] := ARRAY[]::bigint[];
BEGIN
    IF need IS NOT NULL AND need <= 0 THEN
        RETURN;
    END IF;
    -- The matches, newest first, a year at a time from the newest document in the range to the oldest: in
    -- each year's partition the GIN index gives its matches at once (a bitmap), the small table their ids.
    upper_id := (SELECT max(m.id) FROM search_map m WHERE m.id BETWEEN low AND high);
    bottom := (SELECT min(m.id) FROM search_map m WHERE m.id BETWEEN low AND high);
    WHILE upper_id IS NOT NULL AND upper_id >= bottom LOOP
        lower_id := greatest(chancery_search_part_start(upper_id), bottom);
        ids := ids || chancery_search_part(q, lower_id, upper_id, need - cardinality(ids));
        ends := ends || cardinality(ids);
        EXIT WHEN cardinality(ids) >= need;
        upper_id := lower_id - 1;
    END LOOP;
    found := cardinality(ids);
    IF found = 0 THEN
        RETURN;
    END IF;
    IF ranked <= 0 OR rq IS NULL THEN
        RETURN QUERY SELECT u.id, NULL::real FROM unnest(ids) AS u(id);
    ELSIF found <= ranked AND (need IS NULL OR found < need) THEN
        -- every match, and few: ranked by ts_rank with the weights of the columns (each row's words are read;
        -- one lookup of the primary key per id: a join could choose to read the whole table in id order)
        RETURN QUERY SELECT u.id, (SELECT (1 + 10 * ts_rank(weights, k.terms, rq))::real FROM search_keys k
                                   WHERE k.id = u.id)
                     FROM unnest(ids) AS u(id);
    ELSE
        -- more: the newest `ranked` by where the words are (names, then titles, documents, places and
        -- topics: the marked words, which each year's index answers for the years those matches span), the
        -- older ones after them, newest first
        -- (each partition that gave some of the window's ids, over the range of those ids; q && …: within
        -- that range the matches of the query are the window's, so each list holds at most `ranked` ids,
        -- however common the marked words are)
        first := 1;
        FOR i IN 1..cardinality(ends) LOOP
            EXIT WHEN first > ranked;
            IF ends[i] >= first THEN
                upper_id := ids[first];
                lower_id := ids[least(ends[i], ranked)];
                IF nq IS NOT NULL THEN
                    names := names || chancery_search_part(q && nq, lower_id, upper_id, NULL);
                END IF;
                IF mq IS NOT NULL THEN
                    middle := middle || chancery_search_part(q && mq, lower_id, upper_id, NULL);
                END IF;
                first := ends[i] + 1;
            END IF;
        END LOOP;
        RETURN QUERY
            SELECT u.id, CASE WHEN u.n <= ranked THEN
                       (1 + 10 * (n.id IS NOT NULL)::integer + 3 * (t.id IS NOT NULL)::integer)::real END
            FROM unnest(ids) WITH ORDINALITY AS u(id, n)
            LEFT JOIN unnest(names) AS n(id) ON n.id = u.id
            LEFT JOIN unnest(middle) AS t(id) ON t.id = u.id;
    END IF;
END
$$;

-- chancery_search_tier(): the score of one document of a large result below the ranking window (where the
-- words are, as above), for a page shown beyond the window.  A function: a query naming search_keys itself
-- would plan or lock each of its partitions at every search.
CREATE FUNCTION chancery_search_tier(doc bigint, nq tsquery, mq tsquery)
RETURNS real
LANGUAGE plpgsql STABLE
AS $$
BEGIN
    RETURN (SELECT (1 + 10 * coalesce(k.terms @@ nq, false)::integer
                      + 3 * coalesce(k.terms @@ mq, false)::integer)::real
            FROM search_keys k WHERE k.id = doc);
END
$$;
