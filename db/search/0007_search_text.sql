-- Search index, schema revision 0007 (SQLite): the readable text stored compressed.
--
-- search_text replaces the table search_docs: one row per document, its
-- eight text columns compressed together against the archive's preset
-- dictionary (search_dictionary), and the coded facets as they were.  The
-- view search_docs shows the columns as text (the function search_column,
-- chancery.store.search.packing) and stays the external content of
-- search_fts, which is not rebuilt.  The triggers keep search_fts in step
-- with search_text, as they did with search_docs.  Everything here is
-- derived from the meetings and can be rebuilt
-- (chancery.store.search.rebuild_index).

CREATE TABLE search_dictionary (
    digest BLOB PRIMARY KEY,
    data BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE search_text (
    id INTEGER PRIMARY KEY REFERENCES search_map(id) ON DELETE CASCADE,
    packed BLOB NOT NULL,
    facets TEXT NOT NULL DEFAULT ''
);

CREATE VIEW search_docs (id, principals, people, titles, documents, places, topics, body, notes, facets) AS
SELECT id, search_column(packed, 0), search_column(packed, 1), search_column(packed, 2), search_column(packed, 3),
       search_column(packed, 4), search_column(packed, 5), search_column(packed, 6), search_column(packed, 7), facets
FROM search_text;

CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN
    INSERT INTO search_fts(rowid, principals, people, titles, documents, places, topics, body, notes, facets)
    VALUES (new.id, search_column(new.packed, 0), search_column(new.packed, 1), search_column(new.packed, 2),
            search_column(new.packed, 3), search_column(new.packed, 4), search_column(new.packed, 5),
            search_column(new.packed, 6), search_column(new.packed, 7), new.facets);
END;

CREATE TRIGGER search_text_delete AFTER DELETE ON search_text BEGIN
    INSERT INTO search_fts(search_fts, rowid, principals, people, titles, documents, places, topics, body,
                           notes, facets)
    VALUES ('delete', old.id, search_column(old.packed, 0), search_column(old.packed, 1),
            search_column(old.packed, 2), search_column(old.packed, 3), search_column(old.packed, 4),
            search_column(old.packed, 5), search_column(old.packed, 6), search_column(old.packed, 7), old.facets);
END;

CREATE TRIGGER search_text_update AFTER UPDATE ON search_text BEGIN
    INSERT INTO search_fts(search_fts, rowid, principals, people, titles, documents, places, topics, body,
                           notes, facets)
    VALUES ('delete', old.id, search_column(old.packed, 0), search_column(old.packed, 1),
            search_column(old.packed, 2), search_column(old.packed, 3), search_column(old.packed, 4),
            search_column(old.packed, 5), search_column(old.packed, 6), search_column(old.packed, 7), old.facets);
    INSERT INTO search_fts(rowid, principals, people, titles, documents, places, topics, body, notes, facets)
    VALUES (new.id, search_column(new.packed, 0), search_column(new.packed, 1), search_column(new.packed, 2),
            search_column(new.packed, 3), search_column(new.packed, 4), search_column(new.packed, 5),
            search_column(new.packed, 6), search_column(new.packed, 7), new.facets);
END;
