-- Full-text search index of the archive, schema revision 0002.
--
-- One document per meeting.  search_map gives each meeting a date-ordered
-- integer id (day number * 2^20 + a slot), so that "newest first" and date
-- ranges are rowid order and rowid ranges inside FTS5.  search_docs holds the
-- text of each document (external content of search_fts); the triggers keep
-- search_fts in step with it.  Everything here is derived from the meetings
-- and can be rebuilt (chancery.store.search.rebuild_index).
--
-- Columns of search_fts, in bm25 weight order: participants' names (principals,
-- then the rest of the delegations), titles and organisations, documents
-- signed, places and countries, kind/topics/areas/occasion labels, statements
-- and next steps, notes, and "facets" (coded properties as tokens: kind,
-- status, countries, trash) which carries no weight.

CREATE TABLE search_map (
    id INTEGER PRIMARY KEY,
    meeting_id VARCHAR(36) NOT NULL UNIQUE REFERENCES meetings(id) ON DELETE CASCADE
);

CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY REFERENCES search_map(id) ON DELETE CASCADE,
    principals TEXT NOT NULL DEFAULT '',
    people TEXT NOT NULL DEFAULT '',
    titles TEXT NOT NULL DEFAULT '',
    documents TEXT NOT NULL DEFAULT '',
    places TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    facets TEXT NOT NULL DEFAULT ''
);

CREATE VIRTUAL TABLE search_fts USING fts5(
    principals, people, titles, documents, places, topics, body, notes, facets,
    content='search_docs', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
);

CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts(rowid, principals, people, titles, documents, places, topics, body, notes, facets)
    VALUES (new.id, new.principals, new.people, new.titles, new.documents, new.places, new.topics,
            new.body, new.notes, new.facets);
END;

CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, principals, people, titles, documents, places, topics, body,
                           notes, facets)
    VALUES ('delete', old.id, old.principals, old.people, old.titles, old.documents, old.places, old.topics,
            old.body, old.notes, old.facets);
END;

CREATE TRIGGER search_docs_update AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, principals, people, titles, documents, places, topics, body,
                           notes, facets)
    VALUES ('delete', old.id, old.principals, old.people, old.titles, old.documents, old.places, old.topics,
            old.body, old.notes, old.facets);
    INSERT INTO search_fts(rowid, principals, people, titles, documents, places, topics, body, notes, facets)
    VALUES (new.id, new.principals, new.people, new.titles, new.documents, new.places, new.topics,
            new.body, new.notes, new.facets);
END;
