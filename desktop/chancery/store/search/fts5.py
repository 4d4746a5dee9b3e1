"""The search index on SQLite: FTS5, behind the package's interface.

The index holds one document per meeting (tables ``search_map``,
``search_text`` with the text compressed — shown as text by the view
``search_docs``, see :mod:`.packing` — and the FTS5 table ``search_fts``,
created by migrations 0002 and 0007 from ``db/search/``) and its
vocabulary (``search_terms``, migration 0003).  The documents, the folding, the people
directory and what a query looks for are the package's shared parts
(:mod:`chancery.store.search`); this module stores them and compiles queries
into FTS5 expressions.

Spelling: the tokenizer (``unicode61 remove_diacritics 2``) folds case and
Latin diacritics; the few letters it does not fold like
:func:`chancery.text.fold` (ə, ı, ё, ß, …) are folded by
:func:`~chancery.store.search.index_text` before indexing, and queries are
folded with ``fold``.

Ranking: bm25 with column weights, when a query matches at most
:data:`~chancery.store.search.RANK_WINDOW` meetings.  The document ids are
ordered by date, so date filters are id ranges and FTS5 reads matches newest
first, stopping at the LIMIT whatever the words' frequency.  bm25 cannot stop
early (it first counts every meeting holding each word: all 90,000 meetings
naming the home minister), so a larger result is ranked the cheap way: its
newest RANK_WINDOW matches by the columns holding the words (names above
titles, documents, places and topics, above the rest — :data:`TIERS`), older
ones after them, newest first.

Prefixes: search_fts indexes prefixes of 2 and 3 letters; a longer prefix
("ministe*") is expanded through ``search_terms`` (migration 0003, the
index's vocabulary, kept with every save) into the OR of its terms, which
FTS5 reads lazily, where a prefix query would merge every matching term's
doclist in full first.

Threading: as the package: functions open their own connection.  Qt-free.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from .. import search as shared  # RANK_WINDOW and COUNT_LIMIT, read at each call
from ..archive import Archive
from ..query import Clause, ParsedQuery, QueryError, Text
from . import (
    _FIELD_COLUMNS,
    _ROWID_MAX,
    _SLOT_BITS,
    _SLOT_MASK,
    COLUMNS,
    LANGUAGES,
    MARK_END,
    MARK_START,
    SEPARATOR,
    SNIPPET_ORDER,
    SNIPPET_TOKENS,
    TEXT_COLUMNS,
    Cancelled,
    Hit,
    Progress,
    SearchResult,
    _day,
    _Directory,
    _directory,
    _fold_lock,
    _labels,
    _open_probe,
    _opening,
    _Ranking,
    _slot,
    document,
    facet_token,
    id_range,
    index_text,
    iter_records,
    needs_directory,
    packing,
    query_parts,
    text_alternatives,
)

WEIGHTS = (10.0, 6.0, 4.0, 4.0, 3.0, 2.0, 1.0, 0.5, 0.0)  # bm25's weight of each column of COLUMNS
SEARCH_CACHE_KIB = 32 * 1024  # page cache of a connection that searches

_BM25 = "bm25(search_fts, " + ", ".join(repr(w) for w in WEIGHTS) + ")"


def index_terms(texts: Iterable[str]) -> list[str]:
    """The distinct terms the index tokenizer makes of ``texts`` (what FTS5 will hold for them)."""
    with _fold_lock:
        probe = _open_probe()
        probe.execute("INSERT INTO w(w) VALUES ('delete-all')")
        probe.execute("INSERT INTO w(x) VALUES (?)", ("\n".join(texts),))
        return [row[0] for row in probe.execute("SELECT term FROM r")]



# --------------------------------------------------------------------------
# Writing


def _raw(connection: Connection) -> sqlite3.Connection:
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _free_rowid(cursor: sqlite3.Cursor, meeting_id: str, day: int) -> int:
    base = day << _SLOT_BITS
    used = {r[0] for r in cursor.execute("SELECT id FROM search_map WHERE id BETWEEN ? AND ?",
                                         (base, base + _SLOT_MASK))}
    slot = _slot(meeting_id)
    while base + slot in used:
        slot = (slot + 1) & _SLOT_MASK
    return base + slot


# Schema 0007 and later keep the text compressed in search_text (see packing); before, in the table search_docs
# (the migrations that build an older layout call load_documents with it).
_INSERT_DOC = f"INSERT INTO search_docs(id, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})"
_INSERT_TEXT = "INSERT INTO search_text(id, packed, facets) VALUES (?, ?, ?)"
_UPDATE_TEXT = "UPDATE search_text SET packed = ?, facets = ? WHERE id = ?"
_SELECT_TEXT = "SELECT packed, facets FROM search_text WHERE id = ?"
_INSERT_FTS = f"INSERT INTO search_fts(rowid, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})"


def _stored(values: tuple[str, ...], dictionary: bytes) -> tuple[bytes, str]:
    """What search_text holds for a document's column values: the packed text columns, the facets."""
    return packing.pack(values[:-1], dictionary), values[-1]


def write_document(cursor: sqlite3.Cursor, meeting: dict, *, trashed: bool = False) -> None:
    """Index (or re-index) one meeting; the FTS table follows through the triggers."""
    meeting_id = str(meeting["id"])
    doc = document(meeting, trashed=trashed)
    values = tuple(doc[c] for c in COLUMNS)
    stored = _stored(values, _dictionary(cursor))
    day = _day(meeting.get("date"))
    row = cursor.execute("SELECT id FROM search_map WHERE meeting_id = ?", (meeting_id,)).fetchone()
    if row is not None and row[0] >> _SLOT_BITS == day:
        if cursor.execute(_SELECT_TEXT, (row[0],)).fetchone() != stored:
            cursor.execute(_UPDATE_TEXT, (*stored, row[0]))
            _add_terms(cursor, values)
        return
    if row is not None:
        _delete(cursor, row[0])
    rowid = _free_rowid(cursor, meeting_id, day)
    cursor.execute("INSERT INTO search_map(id, meeting_id) VALUES (?, ?)", (rowid, meeting_id))
    cursor.execute(_INSERT_TEXT, (rowid, *stored))
    _add_terms(cursor, values)


def _dictionary(cursor: sqlite3.Cursor) -> bytes:
    """The dictionary new documents are packed with; the first save of a new archive makes it.

    An archive created empty has none (every document packed so far, if any,
    names no dictionary and stays readable); one is made from the reference
    data's labels, as a rebuild of an archive with few meetings would.
    """
    dictionary = packing.current(cursor)
    if dictionary or cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_dictionary'").fetchone() is None:
        return dictionary
    dictionary = packing.make_dictionary((), separator=SEPARATOR, seeds=reference_phrases())
    packing.replace_dictionary(cursor, dictionary)
    return dictionary


def _add_terms(cursor: sqlite3.Cursor, values: Iterable[str]) -> None:
    """Record the terms of a document in ``search_terms`` (the vocabulary long prefixes expand through)."""
    cursor.execute("INSERT OR IGNORE INTO search_terms(term) SELECT value FROM json_each(?)",
                   (json.dumps(index_terms(values), ensure_ascii=False),))


def _delete(cursor: sqlite3.Cursor, rowid: int) -> None:
    cursor.execute("DELETE FROM search_text WHERE id = ?", (rowid,))
    cursor.execute("DELETE FROM search_map WHERE id = ?", (rowid,))



def saved(connection: Connection, meeting: dict) -> None:
    """The write hook's part for a saved meeting, in the archive's transaction."""
    write_document(_raw(connection).cursor(), meeting)


def removed(connection: Connection, meeting_id: str) -> None:
    """A meeting moved to the trash (still findable with include_deleted) or purged."""
    cursor = _raw(connection).cursor()
    row = cursor.execute("SELECT id FROM search_map WHERE meeting_id = ?", (meeting_id,)).fetchone()
    if row is None:
        return
    if cursor.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is None:
        _delete(cursor, row[0])  # purged
    else:  # moved to the trash: still findable with include_deleted
        cursor.execute("UPDATE search_text SET facets = 'xtrash' || substr(facets, 6) "
                       "WHERE id = ? AND facets LIKE 'xlive%'", (row[0],))


SAMPLE = 2000  # documents the preset dictionary of a rebuild is made from


def load_documents(raw: sqlite3.Connection, records: Iterable[tuple[dict, bool]], *,
                   total: int = 0, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bool:
    """Replace the whole index with documents for ``records``, in bulk; False if cancelled.

    The caller owns the transaction.  The triggers are set aside while the
    text is refilled (and FTS5 is given each document directly), then put
    back; the result is the same index the triggers would have built.  From
    schema 0007, the text is packed against a new preset dictionary made
    from the first :data:`SAMPLE` documents and the reference data's labels.
    """
    cursor = raw.cursor()
    packed = cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_text'").fetchone() is not None
    table = "search_text" if packed else "search_docs"
    triggers = [r[0] for r in cursor.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name", (table,))]
    for name in [r[0] for r in cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))]:
        cursor.execute(f'DROP TRIGGER "{name}"')
    cursor.execute(f"DELETE FROM {table}")
    cursor.execute("DELETE FROM search_map")
    if packed:
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    done = 0
    stream = iter(records)
    dictionary = b""
    if packed:  # the dictionary first, from a sample of what is to be packed
        sample = [next(stream, None) for _ in range(SAMPLE)]
        head = [item for item in sample if item is not None]
        # none for an empty archive: the first save makes it (see _dictionary), so that creating an archive
        # does not load the reference data's country names (Babel)
        dictionary = packing.make_dictionary(
            (tuple(document(r, trashed=t)[c] for c in TEXT_COLUMNS) for r, t in head), separator=SEPARATOR,
            seeds=reference_phrases()) if head else b""
        packing.replace_dictionary(cursor, dictionary)
        stream = itertools.chain(head, stream)
    for record, trashed in stream:
        if cancelled is not None and done % 200 == 0 and cancelled():
            return False
        meeting_id = str(record["id"])
        rowid = _free_rowid(cursor, meeting_id, _day(record.get("date")))
        doc = document(record, trashed=trashed)
        values = tuple(doc[c] for c in COLUMNS)
        cursor.execute("INSERT INTO search_map(id, meeting_id) VALUES (?, ?)", (rowid, meeting_id))
        if packed:
            cursor.execute(_INSERT_TEXT, (rowid, *_stored(values, dictionary)))
            cursor.execute(_INSERT_FTS, (rowid, *values))
        else:
            cursor.execute(_INSERT_DOC, (rowid, *values))
        done += 1
        if progress is not None and done % 500 == 0:
            progress(0.9 * done / (total or done), f"indexed {done} of {total or done} meetings")
    if progress is not None:
        progress(0.9, "building the search index")
    if not packed:
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    for sql in triggers:
        cursor.execute(sql)
    if cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_terms'").fetchone():  # from schema 0003
        refill_terms(cursor)
    if progress is not None:
        progress(1.0, f"indexed {done} meetings")
    return True


def reference_phrases() -> list[str]:
    """Labels of the reference data in the index's languages (what a new archive's documents will repeat)."""
    from ... import refdata

    phrases: list[str] = []
    for vocabulary in ("meeting_kind", "topic", "cooperation_area", "document_type", "anniversary_subject"):
        try:
            codes = refdata.vocabulary(vocabulary)
        except KeyError:
            continue
        phrases += [label for code in codes for label in _labels(vocabulary, code)]
    try:
        names = [refdata.country_names(lang) for lang in LANGUAGES]
    except Exception:  # the reference data without CLDR names: the labels alone
        names = []
    for by_code in names:
        phrases += list(by_code.values())
    return [index_text(phrase) for phrase in phrases]


def refill_terms(cursor: sqlite3.Cursor) -> None:
    """Make ``search_terms`` exactly the index's vocabulary (fts5vocab), dropping terms no longer used."""
    cursor.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search_fts', 'row')")
    cursor.execute("DELETE FROM search_terms")
    cursor.execute("INSERT INTO search_terms(term) SELECT term FROM temp.search_vocab")
    cursor.execute("DROP TABLE temp.search_vocab")



def repair_index(archive: Archive) -> bool:
    """Rebuild the index if its triggers are missing (an older Chancery killed mid-rebuild); True if it did."""
    with archive.engine.connect() as connection:
        present = {r[0] for r in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_text'")}
        has_index = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'search_text'").scalar()
    if not has_index or present >= _TRIGGERS:
        return False
    from ... import paths
    from ..db import sql_statements

    script = (paths.db_dir() / "search" / TRIGGERS_SQL).read_text(encoding="utf-8")
    triggers = [s for s in sql_statements(script) if s.upper().startswith("CREATE TRIGGER")]
    with archive.write_connection() as connection, connection.begin():
        cursor = _raw(connection).cursor()
        present = {r[0] for r in cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_text'")}
        for statement in triggers:
            name = statement.split()[2]
            if name not in present:
                cursor.execute(statement)
        total = connection.exec_driver_sql("SELECT count(*) FROM meetings").scalar() or 0
        load_documents(_raw(connection), iter_records(connection), total=total)
    return True


_TRIGGERS = {"search_text_insert", "search_text_delete", "search_text_update"}
TRIGGERS_SQL = "0007_search_text.sql"  # where the triggers of the current layout are defined


def optimize(connection: Connection) -> None:
    """Merge the index's segments into one (the caller owns the transaction)."""
    connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


# --------------------------------------------------------------------------
# Compiling a parsed query into an FTS5 expression


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _phrase(words: tuple[str, ...], prefix: bool) -> str:
    return _quote(" ".join(words)) + (" *" if prefix else "")


def _columns(columns: tuple[str, ...]) -> str:
    return "{" + " ".join(columns) + "}"


PREFIX_INDEX = (2, 3)  # the prefix lengths search_fts indexes (prefix='2 3')
MAX_EXPANSION = 64  # a longer prefix matching more terms than this stays an FTS5 prefix query
Expander = Callable[[str], "list[str] | None"]


def _expander(cursor: sqlite3.Cursor) -> Expander:
    """The terms of ``search_terms`` a prefix stands for (None: too many, or no vocabulary table)."""
    known: dict[str, list[str] | None] = {}

    def expand(prefix: str) -> list[str] | None:
        if prefix not in known:
            try:
                terms = [r[0] for r in cursor.execute(
                    "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
                    (prefix, prefix + "\U0010ffff", MAX_EXPANSION + 1))]
            except sqlite3.OperationalError:  # an index older than schema 0003
                terms = None
            known[prefix] = terms if terms is not None and len(terms) <= MAX_EXPANSION else None
        return known[prefix]

    return expand


def _words_expression(words: tuple[str, ...], prefix: bool, expand: Expander | None) -> str:
    """Words in a row, the last one possibly a prefix.

    A prefix with its own prefix index (2 or 3 letters) stays an FTS5
    prefix query; a longer one becomes the OR of the terms it stands for,
    which FTS5 reads lazily (newest first, stopping at the LIMIT) where it
    would merge every matching term's doclist in full for ``"ministe" *``.
    """
    if not prefix or expand is None or len(words[-1]) in PREFIX_INDEX:
        return _phrase(words, prefix)
    terms = expand(words[-1])
    if not terms:
        return _phrase(words, prefix)
    phrases = [_phrase((*words[:-1], term), False) for term in terms]
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"



def _text_expression(atom: Text, directory: _Directory | None, expand: Expander | None = None) -> str:
    parts = []
    for alternative in text_alternatives(atom, directory):
        columns = _columns(alternative.columns)
        if alternative.kind == "words" and alternative.columns == _FIELD_COLUMNS[atom.field]:
            parts.append(f"{columns} : {_words_expression(alternative.words, alternative.prefix, expand)}")
        elif alternative.kind == "words":
            parts.append(f"{columns} : {_quote(alternative.words[0])}")
        elif alternative.kind == "near":
            near = "NEAR(" + " ".join(_quote(w) for w in alternative.words) + f", {len(alternative.words)})"
            parts.append(f"{columns} : {near}")
        else:
            parts.append(f"{columns} : (" + " OR ".join(_quote(w) for w in alternative.words) + ")")
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _facet_expression(field: str, values: Iterable[str]) -> str:
    return "{facets} : (" + " OR ".join(_quote(facet_token(field, v)) for v in values) + ")"


def _atom_expression(atom, directory, expand: Expander | None = None) -> str:
    if isinstance(atom, Text):
        return _text_expression(atom, directory, expand)
    return _facet_expression(atom.field, atom.values)


def _clause_expression(clause: Clause, directory, expand: Expander | None = None) -> str:
    parts = [_atom_expression(a, directory, expand) for a in clause.alternatives]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


@dataclass(frozen=True)
class _Plan:
    match: str
    snippet_match: str | None
    low: int
    high: int
    ranked: bool
    any_words: str | None = None  # any positive word clause (for the column tiers of a large result)



def _plan(archive: Archive, cursor: sqlite3.Cursor, parsed: ParsedQuery, *, country=None, kind=None, year=None,
          status=None, include_deleted: bool = False) -> _Plan | None:
    if parsed.is_empty:
        return None
    clauses, date_from, date_until = query_parts(parsed, country=country, kind=kind, year=year, status=status)
    directory = _directory(archive, cursor) if needs_directory(clauses) else None

    expand = _expander(cursor)
    positive = [_clause_expression(c, directory, expand) for c in clauses if not c.negated]
    negative = [_clause_expression(c, directory, expand) for c in clauses if c.negated]
    if not include_deleted:
        negative.append('{facets} : "xtrash"')
    expression = " AND ".join(positive) if positive else '{facets} : "xall"'
    if negative:
        expression = f"({expression}) NOT ({' OR '.join(negative)})"
    # Snippets mark the words of the positive clauses that look only for words: as narrow as the query,
    # so finding the listed rows streams few matches.
    wording = [c for c in clauses if not c.negated and all(isinstance(a, Text) for a in c.alternatives)]
    words = [_clause_expression(c, directory, expand) for c in wording]
    snippet_match = " AND ".join(words) if words else None
    any_words = " OR ".join(words) if words else None
    low, high = id_range(date_from, date_until)
    return _Plan(expression, snippet_match, low, high, parsed.has_text, any_words)


# --------------------------------------------------------------------------
# Searching

_NEWEST_SQL = ("SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? "
               "ORDER BY rowid DESC LIMIT ? OFFSET ?")
_BM25_SQL = f"SELECT rowid, {_BM25} FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?"
_ROWS_SQL = ("SELECT search_fts.rowid, search_map.meeting_id FROM search_fts "
             "JOIN search_map ON search_map.id = search_fts.rowid "
             "WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ? AND ? "
             "ORDER BY search_fts.rowid DESC LIMIT ? OFFSET ?")
_TIER_SQL = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?"



class _Reader:
    """A read connection for one search call."""

    def __init__(self, archive: Archive):
        self.archive = archive

    def __enter__(self) -> sqlite3.Cursor:
        self._connection = self.archive.engine.connect()
        if self._connection.dialect.name != "sqlite":
            self._connection.close()
            raise QueryError("full-text search needs an SQLite archive", "", 0)
        raw = _raw(self._connection)
        # The index is read in many places per query; SQLite's default 2 MB page cache is small for it.
        raw.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")
        return raw.cursor()

    def __exit__(self, *exc):
        self._connection.close()
        return False


def _rank(cursor: sqlite3.Cursor, plan: _Plan, read: int | None) -> _Ranking:
    """Read the newest ``read`` matches (None: all) and rank the newest RANK_WINDOW of them.

    FTS5 walks its doclists newest first and stops at the LIMIT, so reading
    the newest matches costs the same whether a word is in 20 meetings or in
    90,000.  bm25 does not: it counts every meeting holding each word of
    the query first.  So bm25 orders a result only when there are at most
    RANK_WINDOW matches; a larger one gets the newest RANK_WINDOW ordered by
    where the words are (:func:`_tier_scores`), the older ones by date.
    """
    window = max(1, shared.RANK_WINDOW)
    limit = -1 if read is None else max(read, window) + 1
    rows = [r[0] for r in cursor.execute(_NEWEST_SQL, (plan.match, plan.low, plan.high, limit, 0))]
    below = None
    if limit > 0 and len(rows) == limit:
        rows.pop()
        below = rows[-1]
    if not plan.ranked:
        return _Ranking([], rows, below)
    if len(rows) <= window and below is None:
        scores = {rowid: -score for rowid, score in
                  cursor.execute(_BM25_SQL, (plan.match, rows[-1], rows[0]))} if rows else {}
        ranked = [(rowid, scores.get(rowid, 0.0)) for rowid in rows]
    else:
        scores = _tier_scores(cursor, plan, rows[:window])
        ranked = [(rowid, scores[rowid]) for rowid in rows[:window]]
    ranked.sort(key=lambda r: (-r[1], -r[0]))
    return _Ranking(ranked, rows[window:] if len(rows) > window else [], below)


# Where the words are, for ranking a large result: a weight per group of columns holding any of them.
TIERS = ((("principals", "people"), 10.0), (("titles", "documents", "places", "topics"), 3.0))
DENSE = 4  # matches at least 1 in DENSE meetings of their date range: filter the range by columns alone


def _tier_scores(cursor: sqlite3.Cursor, plan: _Plan, rowids: list[int]) -> dict[int, float]:
    """1 + the weight of each column group of :data:`TIERS` where the meeting holds a word of the query.

    The column weights of bm25 without its count of every meeting holding
    each word: one column-filtered query per group over the rowid range of
    ``rowids`` (the newest few hundred matches).  When those are most of the
    meetings of the range, the words alone are looked for there; when they
    are few, the query's whole expression joins in, so FTS5 skips from one
    match to the next instead of reading every meeting with a common word.
    """
    scores = dict.fromkeys(rowids, 1.0)
    if not rowids or plan.any_words is None:
        return scores
    low, high = min(rowids), max(rowids)
    enough = DENSE * len(rowids)
    spanned = cursor.execute("SELECT count(*) FROM (SELECT 1 FROM search_map WHERE id BETWEEN ? AND ? LIMIT ?)",
                             (low, high, enough)).fetchone()[0]
    for columns, weight in TIERS:
        match = f"{_columns(columns)} : ({plan.any_words})"
        if spanned >= enough:
            match = f"({match}) AND ({plan.match})"
        for (rowid,) in cursor.execute(_TIER_SQL, (match, low, high)):
            if rowid in scores:
                scores[rowid] += weight
    return scores


def _meeting_ids(cursor: sqlite3.Cursor, rowids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for start in range(0, len(rowids), 500):
        chunk = rowids[start:start + 500]
        out.update(cursor.execute(f"SELECT id, meeting_id FROM search_map WHERE id IN ({_in(chunk)})").fetchall())
    return out



def search_ids(archive: Archive, parsed: ParsedQuery, *, country: str | None = None, kind: str | None = None,
               year: int | None = None, status: str | None = None, include_deleted: bool = False) -> list[str]:
    """Every matching meeting id, best first (an empty query gives []), in the order of :func:`search`."""
    with _Reader(archive) as cursor:
        plan = _plan(archive, cursor, parsed, country=country, kind=kind, year=year, status=status,
                     include_deleted=include_deleted)
        if plan is None:
            return []
        if not plan.ranked:
            return [r[1] for r in cursor.execute(_ROWS_SQL, (plan.match, plan.low, plan.high, -1, 0))]
        ranking = _rank(cursor, plan, shared.RANK_WINDOW)
        mapping = _meeting_ids(cursor, [r[0] for r in ranking.ranked] + ranking.newest)
        ids = [mapping[r[0]] for r in ranking.ranked] + [mapping[r] for r in ranking.newest]
        if ranking.below is not None:
            ids += [r[1] for r in cursor.execute(_ROWS_SQL, (plan.match, plan.low, ranking.below - 1, -1, 0))]
        return ids


def search(archive: Archive, parsed: ParsedQuery, *, limit: int, offset: int, exact_count: bool,
           country: str | None = None, kind: str | None = None, year: int | None = None,
           status: str | None = None, include_deleted: bool = False) -> SearchResult:
    """One page of results, best first, with snippets, and the number of meetings found (see the package)."""
    with _Reader(archive) as cursor:
        plan = _plan(archive, cursor, parsed, country=country, kind=kind, year=year, status=status,
                     include_deleted=include_deleted)
        if plan is None:
            return SearchResult([], 0)
        read = None if exact_count else max(shared.COUNT_LIMIT, offset + limit)
        ranking = _rank(cursor, plan, read)
        listing: list[tuple[int, float | None]] = ranking.ranked + [(r, None) for r in ranking.newest]
        page = listing[offset:offset + limit]
        if len(page) < limit and ranking.below is not None:
            skip = max(0, offset - len(listing))
            page += [(r[0], None) for r in cursor.execute(
                _NEWEST_SQL, (plan.match, plan.low, ranking.below - 1, limit - len(page), skip))]
        total, exact = ranking.seen, ranking.below is None
        if not exact:
            total = max(total, offset + len(page))
        unscored = [r for r, score in page if score is None]
        scores = _tier_scores(cursor, plan, unscored) if plan.ranked and unscored else {}
        mapping = _meeting_ids(cursor, [r for r, _ in page])
        texts = _snippets(cursor, plan, [r for r, _ in page])
        hits = [Hit(mapping[r], score if score is not None else scores.get(r, 0.0), texts.get(r, ""))
                for r, score in page]
        return SearchResult(hits, total, exact)


def _in(rowids: list[int]) -> str:
    return ",".join(str(int(r)) for r in rowids)


def _per_row(cursor: sqlite3.Cursor, function: str, match: str, rowids: list[int]) -> dict[int, Any]:
    """``function`` (bm25, snippet) for some matching rows.

    ``rowid IN (…)`` beside MATCH makes SQLite run the full-text query once
    per listed row; streaming the matches between the smallest and largest
    rowid and evaluating the function only for the listed ones is many times
    cheaper.
    """
    if not rowids:
        return {}
    listed = _in(rowids)
    sql = (f"SELECT rowid, CASE WHEN rowid IN ({listed}) THEN {function} END FROM search_fts "
           f"WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?")
    wanted = set(rowids)
    return {rowid: value for rowid, value in cursor.execute(sql, (match, min(rowids), max(rowids)))
            if rowid in wanted}


# Where a snippet comes from: the first column, in this order, holding a match (highlight() of a short
# column is cheap, and unlike bm25() it does not count every match of each word first).
_SNIPPET_COLUMN = "CASE " + " ".join(
    f"WHEN instr(highlight(search_fts, {COLUMNS.index(c)}, char(2), ''), char(2)) THEN {COLUMNS.index(c)}"
    for c in SNIPPET_ORDER
) + " ELSE -1 END"
_SNIPPET = f"snippet(search_fts, {_SNIPPET_COLUMN}, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS})"


def _snippets(cursor: sqlite3.Cursor, plan: _Plan, rowids: list[int]) -> dict[int, str]:
    """A snippet per row, from the first column of :data:`SNIPPET_ORDER` that holds a match.

    Choosing the column this way costs a third of FTS5's own choice
    (``snippet(…, -1, …)`` tokenizes every column of every row and scores every fragment).
    """
    if not rowids:
        return {}
    out: dict[int, str] = {}
    if plan.snippet_match:
        out.update(_per_row(cursor, _SNIPPET, plan.snippet_match, rowids))
    missing = [r for r in rowids if not out.get(r)]
    if missing:
        # Matched on filters alone: the opening words of the statements (or the places) instead.
        sql = f"SELECT id, CASE WHEN body != '' THEN body ELSE places END FROM search_docs WHERE id IN ({_in(missing)})"
        for rowid, body in cursor.execute(sql):
            out[rowid] = _opening(body)
    return out


def snippets(archive: Archive, parsed: ParsedQuery, ids: list[str]) -> dict[str, str]:
    """A snippet per meeting id (see the package)."""
    with _Reader(archive) as cursor:
        plan = _plan(archive, cursor, parsed, include_deleted=True)
        rowids: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rowids.update(cursor.execute(f"SELECT id, meeting_id FROM search_map WHERE meeting_id IN ({marks})",
                                         chunk).fetchall())
        if plan is None:
            plan = _Plan('{facets} : "xall"', None, 0, _ROWID_MAX, False)
        texts: dict[int, str] = {}
        order = list(rowids)
        for start in range(0, len(order), 200):
            texts.update(_snippets(cursor, plan, order[start:start + 200]))
    found = {rowids[r]: texts.get(r, "") for r in order}
    return {i: found.get(i, "") for i in ids}


