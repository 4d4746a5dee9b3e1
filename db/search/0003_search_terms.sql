-- Search index, schema revision 0003: the index's vocabulary.
--
-- search_terms holds every term search_fts holds (as the tokenizer folds it;
-- terms of meetings since changed or deleted may linger until the next
-- rebuild).  A prefix longer than the prefix index ("ministe*", "safaro*")
-- is looked up here and searched as the OR of its terms: FTS5 can then
-- walk those doclists newest first and stop after a page, where a prefix
-- query merges the doclists of every matching term in full first.
-- Written by chancery.store.search with each document; refilled from
-- fts5vocab by a rebuild.

CREATE TABLE search_terms (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;
