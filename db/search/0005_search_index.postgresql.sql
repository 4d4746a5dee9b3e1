-- Full-text search index of a PostgreSQL archive, schema revision 0005.
--
-- The same documents as the SQLite index (db/search/0002_search_index.sql):
-- one per meeting, the date-ordered ids of search_map (day number * 2^20 + a
-- slot, so "newest first" is id order and a date range an id range), the
-- readable text of each column in search_docs for snippets.  Searching reads
-- two tsvectors:
--
--   terms        the words, folded by chancery.text.fold and split into
--                tokens exactly as the SQLite index splits them, so both
--                engines find the same meetings; each column carries the
--                weight of its tier: A participants' names, B documents
--                signed, C places and countries, D the rest (titles, kind
--                and topic labels, statements, notes).  A gap of positions
--                separates columns, so a phrase never spans two of them.
--   facet_terms  coded properties as tokens (kind, status, countries,
--                trash), derived from the facets column.
--
-- chancery_text (the simple configuration with unaccent before it) reads the
-- readable text when snippets are made, so "Baïramov" in a text lights up
-- for a search for bairamov.  unaccent is a trusted extension: the
-- database's owner may create it.
--
-- Everything here is derived from the meetings and can be rebuilt
-- (chancery.store.search.rebuild_index).

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION chancery_text (COPY = pg_catalog.simple);

ALTER TEXT SEARCH CONFIGURATION chancery_text
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword,
                      hword_numpart
    WITH unaccent, simple;

CREATE TABLE search_map (
    id BIGINT PRIMARY KEY,
    meeting_id VARCHAR(36) NOT NULL UNIQUE REFERENCES meetings(id) ON DELETE CASCADE
);

CREATE TABLE search_docs (
    id BIGINT PRIMARY KEY REFERENCES search_map(id) ON DELETE CASCADE,
    principals TEXT NOT NULL DEFAULT '',
    people TEXT NOT NULL DEFAULT '',
    titles TEXT NOT NULL DEFAULT '',
    documents TEXT NOT NULL DEFAULT '',
    places TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    facets TEXT NOT NULL DEFAULT '',
    terms TSVECTOR NOT NULL,
    facet_terms TSVECTOR GENERATED ALWAYS AS (to_tsvector('pg_catalog.simple'::regconfig, facets)) STORED
);

CREATE INDEX ix_search_docs_terms ON search_docs USING gin (terms);

CREATE INDEX ix_search_docs_facet_terms ON search_docs USING gin (facet_terms);
