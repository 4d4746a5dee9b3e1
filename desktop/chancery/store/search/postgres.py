"""The search index on PostgreSQL: tsvector and GIN, behind the same interface as FTS5.

The documents are the SQLite index's (:func:`chancery.store.search.document`),
with the same date-ordered ids; the query's words, spellings from the people
directory, fields and date range come from the same shared code.  Only the
storage and the query language differ (``db/search/0005_search_index.postgresql.sql``,
``0006_search_keys.postgresql.sql`` and ``0008_search_keys_by_year.postgresql.sql``):

- ``search_docs``: the readable text of each column (snippets are made from
  it, for the rows shown).
- ``search_keys.terms``: everything a query may look for, as one tsvector
  (:func:`terms_literal`): each column's text folded by
  :func:`chancery.text.fold` and cut into the tokens the SQLite tokenizer
  makes (:func:`chancery.store.query.tokens`), weight A for names, B
  documents signed, C places, D the rest (for ranking); positions leave a
  gap between columns, so a phrase never spans two.  The words of the
  columns a field looks in are there a second time, marked (``n_`` names,
  ``d_`` documents, ``p_`` places: a token never holds "_"), at the same
  positions, so ``with:``, ``signed:``, ``country:`` and the other
  spellings of a name are plain lexemes the index answers exactly; the
  words of titles and topics are there marked ``t_`` (without positions:
  for ranking).  The
  coded properties (kind, status, countries, trash) are lexemes ``f_…``,
  and the first two and three letters of every word ``2_…``, ``3_…``
  (FTS5's ``prefix='2 3'``): a short prefix is one lexeme, not a merge of
  every word it begins.  Because the folding and the tokens are computed
  once, in Python, both engines find the same meetings whatever the
  server's locale.
- ``search_keys`` keeps its tsvector out of line (TOAST), so the table is a
  few bytes a row: the matches of a query are GIN bitmap scans and a visit
  of that small table, without reading any document's words (words,
  prefixes, fields and properties are answered exactly by the index; only a
  phrase's candidates are checked against their words' positions).  It is
  partitioned by year (one partition a year from 2000 to 2039, one before,
  one after with the undated drafts), each year with its own GIN index, and
  read newest first: a word found in most meetings reads the last year or
  two, not a bitmap of the whole archive.
- a query is one tsquery literal: ``<->`` for phrases, ``:*`` for longer
  prefixes, marked lexemes for fields and properties, ``!`` for exclusions;
  "near" spellings as every order and spacing FTS5's NEAR allows.
- the server function ``chancery_search`` takes the newest matches the page
  and the count need, a year at a time, and ranks them as FTS5 does: a
  result of at most RANK_WINDOW matches by ``ts_rank`` (weights by column
  tier, reading those few hundred documents' words), a larger one's newest
  RANK_WINDOW by where the words are (names, then titles, documents, places
  and topics: the marked words, answered by the index of the years the
  window spans), older matches after them by date.  :func:`search` is one
  statement (one round trip): the matches, the page's ids, scores and text,
  the count, and the people directory's stamp.
- snippets are made here from the readable text of the first column of
  SNIPPET_ORDER holding a word of the query, each word folded by the same
  :func:`chancery.text.fold` (``ts_headline`` re-parsed every column of
  every listed row: 20–25 ms a page).

Threading: as the package: functions open their own connection.  Qt-free.
psycopg is imported only through SQLAlchemy's engine, when a PostgreSQL
archive is opened.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from ...text import fold
from .. import search as shared  # RANK_WINDOW and COUNT_LIMIT, read at each call
from ..query import Facet, ParsedQuery, Text, tokens
from . import (
    _SLOT_BITS,
    _SLOT_MASK,
    MARK_END,
    MARK_START,
    NAME_COLUMNS,
    SNIPPET_ORDER,
    SNIPPET_TOKENS,
    TEXT_COLUMNS,
    Hit,
    SearchResult,
    _cached_directory,
    _day,
    _Directory,
    _directory,
    _opening,
    _slot,
    document,
    facet_token,
    id_range,
    needs_directory,
    query_parts,
    text_alternatives,
)

WEIGHT = {"principals": "A", "people": "A", "documents": "B", "places": "C"}  # others: D
RANK_WEIGHTS = [0.1, 0.3, 0.4, 1.0]  # D, C, B, A — names above documents and places above the rest
MARK = {"principals": "n_", "people": "n_", "documents": "d_", "places": "p_"}  # a field's own copy of its words
TIER_MARK = {"titles": "t_", "topics": "t_"}  # words present there, for ranking (no positions)
_FIELD_MARK = {None: "", "with": "n_", "signed": "d_", "country": "p_"}
FACET_MARK = "f_"
PREFIX_LENGTHS = (2, 3)  # word beginnings held as lexemes of their own ("2_ba", "3_bay")
COLUMN_GAP = 100
MAX_POSITION = 16383  # PostgreSQL's largest token position
MAX_LEXEME_BYTES = 2047
NEAR_ORDERS = 3  # a "near" spelling of more words is looked for as all its words among the names
_WORD = re.compile(r"[^\W_]+")
_DOC_COLUMNS = ("principals", "people", "titles", "documents", "places", "topics", "body", "notes", "facets")


def _raw(connection: Connection):
    return connection.connection.driver_connection


# --------------------------------------------------------------------------
# Writing


def _literal(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def prefix_lexeme(word: str) -> str:
    """The lexeme standing for words that begin with ``word`` (of PREFIX_LENGTHS letters)."""
    return f"{len(word)}_{word}"


def terms_literal(doc: dict[str, str]) -> str:
    """The ``terms`` tsvector of a document, as a literal: folded tokens, positions and weights, marks."""
    positions: dict[str, list[str]] = {}
    start = 1
    beginnings: set[str] = set()
    for column in TEXT_COLUMNS:
        weight = WEIGHT.get(column, "D")
        found = tokens(doc.get(column) or "")
        mark = MARK.get(column)
        for offset, token in enumerate(found):
            if len(token.encode("utf-8")) > MAX_LEXEME_BYTES - 2:
                continue
            position = f"{min(start + offset, MAX_POSITION)}{weight}"
            positions.setdefault(token, []).append(position)
            if mark:
                positions.setdefault(mark + token, []).append(position)
            elif column in TIER_MARK:
                beginnings.add(TIER_MARK[column] + token)
            for size in PREFIX_LENGTHS:
                if len(token) >= size:
                    beginnings.add(prefix_lexeme(token[:size]))
        if found:
            start += len(found) + COLUMN_GAP
    out = [f"{_literal(t)}:{','.join(dict.fromkeys(p))}" for t, p in positions.items()]
    out += [_literal(b) for b in sorted(beginnings) if b not in positions]
    out += [_literal(FACET_MARK + f) for f in dict.fromkeys((doc.get("facets") or "").split())]
    return " ".join(out)


_INSERT_DOC = f"INSERT INTO search_docs (id, {', '.join(_DOC_COLUMNS)}) VALUES (%s{', %s' * len(_DOC_COLUMNS)})"
_UPDATE_DOC = f"UPDATE search_docs SET {', '.join(c + ' = %s' for c in _DOC_COLUMNS)} WHERE id = %s"
_SELECT_DOC = f"SELECT {', '.join(_DOC_COLUMNS)} FROM search_docs WHERE id = %s"


def _free_id(cursor, meeting_id: str, day: int) -> int:
    base = day << _SLOT_BITS
    used = {r[0] for r in cursor.execute("SELECT id FROM search_map WHERE id BETWEEN %s AND %s",
                                         (base, base + _SLOT_MASK))}
    slot = _slot(meeting_id)
    while base + slot in used:
        slot = (slot + 1) & _SLOT_MASK
    return base + slot


def write_document(connection: Connection, meeting: dict, *, trashed: bool = False) -> None:
    """Index (or re-index) one meeting, in the caller's transaction; an unchanged document is left alone."""
    cursor = _raw(connection).cursor()
    meeting_id = str(meeting["id"])
    doc = document(meeting, trashed=trashed)
    values = tuple(doc[c] for c in _DOC_COLUMNS)
    day = _day(meeting.get("date"))
    row = cursor.execute("SELECT id FROM search_map WHERE meeting_id = %s", (meeting_id,)).fetchone()
    if row is not None and row[0] >> _SLOT_BITS == day:
        if cursor.execute(_SELECT_DOC, (row[0],)).fetchone() != values:
            cursor.execute(_UPDATE_DOC, (*values, row[0]))
            cursor.execute("UPDATE search_keys SET terms = %s::tsvector WHERE id = %s", (terms_literal(doc), row[0]))
        return
    if row is not None:
        cursor.execute("DELETE FROM search_map WHERE id = %s", (row[0],))  # its document and keys follow (cascade)
    new_id = _free_id(cursor, meeting_id, day)
    cursor.execute("INSERT INTO search_map (id, meeting_id) VALUES (%s, %s)", (new_id, meeting_id))
    cursor.execute(_INSERT_DOC, (new_id, *values))
    cursor.execute("INSERT INTO search_keys (id, terms) VALUES (%s, %s::tsvector)", (new_id, terms_literal(doc)))


def saved(connection: Connection, meeting: dict) -> None:
    """The write hook's part for a saved meeting."""
    write_document(connection, meeting)


def removed(connection: Connection, meeting_id: str) -> None:
    """A meeting moved to the trash (still findable with include_deleted) or purged."""
    cursor = _raw(connection).cursor()
    row = cursor.execute("SELECT id FROM search_map WHERE meeting_id = %s", (meeting_id,)).fetchone()
    if row is None:
        return
    if cursor.execute("SELECT 1 FROM meetings WHERE id = %s", (meeting_id,)).fetchone() is None:
        cursor.execute("DELETE FROM search_map WHERE id = %s", (row[0],))  # the document follows (cascade)
    elif cursor.execute("UPDATE search_docs SET facets = 'xtrash' || substr(facets, 6) "
                        "WHERE id = %s AND facets LIKE 'xlive%%'", (row[0],)).rowcount:
        cursor.execute("UPDATE search_keys SET terms = ts_delete(terms, %s::text) || %s::tsvector WHERE id = %s",
                       (FACET_MARK + "xlive", _literal(FACET_MARK + "xtrash"), row[0]))


def _owns_index(cursor) -> bool:
    """Whether this user may drop and recreate the GIN index (its owner's role): a bulk load then builds it once."""
    row = cursor.execute("SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
                         "WHERE c.oid = 'ix_search_keys'::regclass").fetchone()
    return bool(row and row[0])


_INDEX_SQL = "CREATE INDEX ix_search_keys ON search_keys USING gin (terms) WITH (fastupdate = off)"


def load_documents(connection: Connection, records: Iterable[tuple[dict, bool]], *, total: int = 0,
                   progress=None, cancelled=None) -> bool:
    """Replace the whole index with documents for ``records``, in bulk (COPY); the caller owns the transaction.

    The archive's owner (an upgrade, a copy into a new database) drops the
    GIN index and builds it once at the end, many times faster than
    maintaining it row by row; another editor's rebuild keeps it.
    """
    raw = _raw(connection)
    cursor = raw.cursor()
    rebuild_index = _owns_index(cursor)
    if rebuild_index:
        cursor.execute("TRUNCATE search_keys, search_docs, search_map")
        cursor.execute("DROP INDEX ix_search_keys")
    else:
        cursor.execute("DELETE FROM search_map")  # documents and keys follow (cascade)
    used: set[int] = set()
    done = 0
    batch: list[tuple[int, str, dict[str, str]]] = []

    def flush() -> None:
        # The records are read on this same connection: each batch goes in once it is read, never during a read.
        with cursor.copy("COPY search_map (id, meeting_id) FROM STDIN") as copy:
            for rowid, meeting_id, _doc in batch:
                copy.write_row((rowid, meeting_id))
        with cursor.copy(f"COPY search_docs (id, {', '.join(_DOC_COLUMNS)}) FROM STDIN") as copy:
            for rowid, _meeting_id, doc in batch:
                copy.write_row((rowid, *(doc[c] for c in _DOC_COLUMNS)))
        with cursor.copy("COPY search_keys (id, terms) FROM STDIN") as copy:
            for rowid, _meeting_id, doc in batch:
                copy.write_row((rowid, terms_literal(doc)))
        batch.clear()

    for record, trashed in records:
        if cancelled is not None and done % 200 == 0 and cancelled():
            return False
        meeting_id = str(record["id"])
        base = _day(record.get("date")) << _SLOT_BITS
        slot = _slot(meeting_id)
        while base + slot in used:
            slot = (slot + 1) & _SLOT_MASK
        used.add(base + slot)
        batch.append((base + slot, meeting_id, document(record, trashed=trashed)))
        done += 1
        if len(batch) >= 1000:
            flush()
            if progress is not None:
                progress(0.8 * done / (total or done), f"indexed {done} of {total or done} meetings")
    flush()
    if rebuild_index:
        if progress is not None:
            progress(0.85, "building the search index")
        cursor.execute(_INDEX_SQL)
    cursor.execute("ANALYZE search_map, search_docs, search_keys")
    if progress is not None:
        progress(1.0, f"indexed {done} meetings")
    return True


# --------------------------------------------------------------------------
# Compiling a query into tsquery literals


def _words_query(words: tuple[str, ...], prefix: bool, mark: str) -> str:
    if prefix and not mark and len(words) == 1 and len(words[0]) in PREFIX_LENGTHS:
        return _literal(prefix_lexeme(words[0]))  # a short beginning: its own lexeme
    parts = [_literal(mark + w) for w in words]
    if prefix:
        parts[-1] += ":*"
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def _rank_words(words: tuple[str, ...], prefix: bool, mark: str) -> str:
    """The same words for ts_rank, which reads the row's own vector: prefixes as ``:*`` (the positions count)."""
    parts = [_literal(mark + w) for w in words]
    if prefix:
        parts[-1] += ":*"
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def _near_query(words: tuple[str, ...], mark: str) -> str:
    """All the words within len(words) tokens of each other, in any order (FTS5's NEAR(…, len))."""
    lexemes = [_literal(mark + w) for w in words]
    if len(words) > NEAR_ORDERS:
        return "(" + " & ".join(lexemes) + ")"
    span = 2 * len(words) - 1  # the farthest the first and last word may be apart
    alternatives = []
    for order in dict.fromkeys(itertools.permutations(range(len(words)))):
        for gaps in itertools.product(range(1, span + 1), repeat=len(words) - 1):
            if sum(gaps) > span:
                continue
            text = lexemes[order[0]]
            for gap, index in zip(gaps, order[1:], strict=True):
                text += f" <{gap}> " + lexemes[index]
            alternatives.append("(" + text + ")")
    return "(" + " | ".join(dict.fromkeys(alternatives)) + ")"


def _text_query(atom: Text, directory: _Directory | None, *, rank: bool = False) -> str:
    """The tsquery of a text atom: its words where its field looks, and the other spellings among the names."""
    parts = []
    for alternative in text_alternatives(atom, directory):
        mark = "n_" if alternative.columns == NAME_COLUMNS else _FIELD_MARK[atom.field]
        if alternative.kind == "words":
            words = _rank_words if rank else _words_query
            parts.append(words(alternative.words, alternative.prefix, mark))
        elif alternative.kind == "near":
            parts.append(_near_query(alternative.words, mark))
        else:
            parts.append("(" + " | ".join(_literal(mark + w) for w in alternative.words) + ")")
    return parts[0] if len(parts) == 1 else "(" + " | ".join(dict.fromkeys(parts)) + ")"


def _facet_query(atom: Facet) -> str:
    found = [_literal(FACET_MARK + facet_token(atom.field, v)) for v in atom.values]
    return found[0] if len(found) == 1 else "(" + " | ".join(found) + ")"


def _either(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " | ".join(dict.fromkeys(parts)) + ")"


def _tier_query(atom: Text, directory: _Directory | None, marks: tuple[str, ...]) -> str:
    """Whether the atom's words (any spelling) are in the columns of ``marks``: the words all there, in any order."""
    parts = []
    for alternative in text_alternatives(atom, directory):
        for mark in marks:
            lexemes = [_literal(mark + w) for w in alternative.words]
            if alternative.prefix:
                lexemes[-1] += ":*"
            joiner = " | " if alternative.kind == "any" else " & "
            parts.append(lexemes[0] if len(lexemes) == 1 else "(" + joiner.join(lexemes) + ")")
    return _either(parts)


NAME_TIER = ("n_",)
MIDDLE_TIER = ("t_", "d_", "p_")  # titles and topics, documents, places (TIERS of the FTS5 backend)


@dataclass(frozen=True)
class Plan:
    query: str  # the tsquery of the whole search
    words: str | None  # the positive word clauses, for ranking
    names: str | None = None  # … found among the names (the first tier)
    middle: str | None = None  # … in titles, topics, documents or places (the second)
    low: int = 0
    high: int = 0
    ranked: bool = False
    exact: frozenset[str] = field(default_factory=frozenset)  # words to mark in snippets
    prefixes: tuple[str, ...] = ()  # … and beginnings of words
    stamp: tuple | None = None  # the people directory it was made with


_EVERYTHING = _literal(FACET_MARK + "xall")
_TRASH = _literal(FACET_MARK + "xtrash")


def plan(parsed: ParsedQuery, directory: _Directory | None, *, country=None, kind=None, year=None, status=None,
         include_deleted: bool = False) -> Plan | None:
    if parsed.is_empty:
        return None
    clauses, date_from, date_until = query_parts(parsed, country=country, kind=kind, year=year, status=status)
    positive: list[str] = []
    negative: list[str] = []
    words: list[str] = []
    names: list[str] = []
    middle: list[str] = []
    exact: set[str] = set()
    prefixes: list[str] = []
    for clause in clauses:
        parts = [_text_query(a, directory) if isinstance(a, Text) else _facet_query(a) for a in clause.alternatives]
        (negative if clause.negated else positive).append(_either(parts))
        text_atoms = [a for a in clause.alternatives if isinstance(a, Text)]
        if clause.negated or len(text_atoms) != len(clause.alternatives):
            continue
        words.append(_either([_text_query(a, directory, rank=True) for a in text_atoms]))
        names += [_tier_query(a, directory, NAME_TIER) for a in text_atoms]
        middle += [_tier_query(a, directory, MIDDLE_TIER) for a in text_atoms]
        for atom in text_atoms:
            for alternative in text_alternatives(atom, directory):
                exact.update(alternative.words[:-1] if alternative.prefix else alternative.words)
                if alternative.prefix:
                    prefixes.append(alternative.words[-1])
    if not positive:  # only exclusions: every document but those
        positive.append(_EVERYTHING)
    if not include_deleted:
        negative.append(_TRASH)
    query = " & ".join(positive + [f"!{n}" for n in negative])
    low, high = id_range(date_from, date_until)
    return Plan(query, " | ".join(words) if words else None, _either(names) if names else None,
                _either(middle) if middle else None, low, high, parsed.has_text, frozenset(exact),
                tuple(dict.fromkeys(prefixes)), directory.stamp if directory is not None else None)


# --------------------------------------------------------------------------
# Searching

_TEXTS = ", ".join(f"d.{c}" for c in SNIPPET_ORDER)  # body and places among them
_BODY, _PLACES = SNIPPET_ORDER.index("body"), SNIPPET_ORDER.index("places")
_MATCHES = ("SELECT f.id, f.score FROM chancery_search(%(q)s::tsquery, %(rq)s::tsquery, %(nq)s::tsquery, "
            "%(mq)s::tsquery, %(low)s, %(high)s, %(need)s, %(ranked)s, %(weights)s::real[]) f")
_STAMP = "(SELECT max(id) FROM person_names), (SELECT count(*) FROM person_names)"
_SEARCH_SQL = f"""
WITH found AS MATERIALIZED ({_MATCHES}),
page AS (SELECT id, score FROM found ORDER BY score DESC NULLS LAST, id DESC OFFSET {{offset}} LIMIT {{limit}})
SELECT (SELECT count(*) FROM found), {_STAMP}, p.id,
       coalesce(p.score, CASE WHEN %(ranked)s > 0 THEN
           chancery_search_tier(p.id, %(nq)s::tsquery, %(mq)s::tsquery) END),
       s.meeting_id, {_TEXTS}
FROM (SELECT 1) one
LEFT JOIN (page p JOIN search_map s ON s.id = p.id JOIN search_docs d ON d.id = p.id) ON true
ORDER BY p.score DESC NULLS LAST, p.id DESC
"""


@functools.lru_cache(maxsize=64)
def _search_sql(offset: int, limit: int) -> str:
    """The search statement of a page, its offset and size written in: the same few pages recur, and a statement
    prepared with them (psycopg prepares a statement run five times) gets a generic plan, not one planned at each
    search (0.2-0.3 ms of a search that finds nothing)."""
    return _SEARCH_SQL.replace("{offset}", str(int(offset))).replace("{limit}", str(int(limit)))


_IDS_SQL = (f"SELECT s.meeting_id FROM ({_MATCHES}) f JOIN search_map s ON s.id = f.id "
            "ORDER BY f.score DESC NULLS LAST, f.id DESC")


def _parameters(found: Plan, need: int | None) -> dict[str, Any]:
    return {"q": found.query, "rq": found.words, "nq": found.names, "mq": found.middle, "low": found.low,
            "high": found.high, "need": need, "ranked": shared.RANK_WINDOW if found.ranked else 0,
            "weights": RANK_WEIGHTS}


def _plan(archive, cursor, parsed: ParsedQuery, *, fresh: bool, **filters) -> Plan | None:
    """The plan of a query, with the people directory the archive last read (``fresh``: read its stamp first)."""
    if parsed.is_empty:
        return None
    clauses = query_parts(parsed, **{k: filters.get(k) for k in ("country", "kind", "year", "status")})[0]
    directory = None
    if needs_directory(clauses):
        directory = _directory(archive, cursor) if fresh else _cached_directory(archive) or _directory(archive, cursor)
    return plan(parsed, directory, **filters)


def search(archive, parsed: ParsedQuery, *, limit: int, offset: int, exact_count: bool, **filters) -> SearchResult:
    """One page, best first, with snippets, and the count: one statement (see the module's notes)."""
    read = None if exact_count else max(shared.COUNT_LIMIT, offset + limit)
    need = None if read is None else max(read, shared.RANK_WINDOW) + 1
    with _Reader(archive) as cursor:
        fresh = False
        while True:
            found = _plan(archive, cursor, parsed, fresh=fresh, **filters)
            if found is None:
                return SearchResult([], 0)
            rows = cursor.execute(_search_sql(offset, limit), _parameters(found, need)).fetchall()
            if found.stamp is None or tuple(rows[0][1:3]) == found.stamp or fresh:
                break
            fresh = True  # someone changed the people directory since it was read: again, with theirs
    seen = rows[0][0]
    exact = need is None or seen < need
    if need is not None and not exact:
        seen = need - 1  # the extra match only says there are more
    page = [row for row in rows if row[3] is not None]
    texts = _snippets(found, [(row[3], row[6:]) for row in page])
    hits = [Hit(row[5], float(row[4]) if found.ranked and row[4] is not None else 0.0, texts.get(row[3], ""))
            for row in page]
    total = seen if exact else max(seen, offset + len(hits))
    return SearchResult(hits, total, exact)


def search_ids(archive, parsed: ParsedQuery, **filters) -> list[str]:
    with _Reader(archive) as cursor:
        found = _plan(archive, cursor, parsed, fresh=True, **filters)
        if found is None:
            return []
        return [r[0] for r in cursor.execute(_IDS_SQL, _parameters(found, None))]


def snippets(archive, parsed: ParsedQuery, ids: list[str]) -> dict[str, str]:
    with _Reader(archive) as cursor:
        found = _plan(archive, cursor, parsed, fresh=False, include_deleted=True)
        rows = cursor.execute(f"SELECT s.meeting_id, s.id, {_TEXTS} FROM search_map s "
                              "JOIN search_docs d ON d.id = s.id WHERE s.meeting_id = ANY(%s)", (ids,)).fetchall()
    if found is None:
        found = Plan("", None)
    texts = _snippets(found, [(row[1], row[2:]) for row in rows])
    by_meeting = {row[0]: texts.get(row[1], "") for row in rows}
    return {i: by_meeting.get(i, "") for i in ids}


def _snippets(found: Plan, rows: list[tuple[int, tuple[str, ...]]]) -> dict[int, str]:
    """A snippet per row: the first column of SNIPPET_ORDER holding a word of the query, around that word.

    ``rows``: (id, the texts of SNIPPET_ORDER's columns).
    """
    out: dict[int, str] = {}
    marker = _Marker(found.exact, found.prefixes) if found.exact or found.prefixes else None
    for rowid, texts in rows:
        snippet = None
        if marker is not None:
            snippet = next((s for s in (marker.highlight(t) for t in texts if t) if s), None)
        out[rowid] = snippet or _opening(texts[_BODY] or texts[_PLACES])  # matched on filters alone: opening words
    return out


@functools.lru_cache(maxsize=200_000)
def _word_key(word: str) -> str:
    """A word's folded tokens between spaces (" a b "), what a query's pattern looks in.

    The same few thousand words recur in every meeting: each is folded once.
    """
    return " " + " ".join(tokens(fold(word))) + " "


@functools.lru_cache(maxsize=100_000)
def _chunk_key(chunk: str) -> str:
    """The keys of the words of ``chunk`` (text between spaces), one after the other."""
    return "".join(map(_word_key, _WORD.findall(chunk)))


def _pattern(exact: frozenset[str] | set[str], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """Finds, in a word's key, a token of ``exact`` or one beginning with one of ``prefixes``."""
    parts = [f" {re.escape(word)} " for word in sorted(exact)] + [f" {re.escape(p)}" for p in prefixes]
    return re.compile("|".join(parts))


class _Marker:
    """Finds and marks the words of one query in texts; remembers what it decided for each word it met.

    A text is first split at its spaces (several times cheaper than into
    words) and the keys of its pieces' words (:func:`_chunk_key`, folded
    once per process) are searched with one pattern of the query, so a text
    without a word of the query is dismissed with no Python step per word.
    Only a text that holds one is cut into words, each distinct word judged
    once per query, and cut around the first.
    """

    def __init__(self, exact: frozenset[str] | set[str], prefixes: tuple[str, ...]):
        self.search = _pattern(exact, prefixes).search
        self.known: dict[str, bool] = {}
        self.done: dict[str, str] = {}  # the same names, titles and places recur from meeting to meeting

    def _holds(self, text: str) -> bool:
        """Whether a word of ``text`` is a word of the query (the same answer as judging each of its words)."""
        return self.search("".join(map(_chunk_key, text.split()))) is not None

    def highlight(self, text: str) -> str:
        """``text`` cut to SNIPPET_TOKENS words around its first word of the query, the words marked; "" if none."""
        done = self.done.get(text)
        if done is None and not self._holds(text):
            done = self.done[text] = ""
        if done is None:
            words = _WORD.findall(text)
            distinct = set(words)
            new = distinct.difference(self.known)
            if new:
                self.known.update(zip(new, map(bool, map(self.search, map(_word_key, new))), strict=True))
            found = set(filter(self.known.__getitem__, distinct))
            done = self.done[text] = _cut(text, words, found, SNIPPET_TOKENS) if found else ""
        return done


def _cut(text: str, words: list[str], found: set[str], size: int) -> str:
    """``text`` cut to ``size`` of its ``words`` around the first of ``found``, every word of ``found`` marked."""
    first = min(words.index(word) for word in found)
    start = max(0, min(first - 2, len(words) - size))
    end = min(len(words), start + size)
    spans = list(itertools.islice(_WORD.finditer(text), start, end))
    pieces = []
    cursor = spans[0].start()
    for span in spans:
        word = span.group()
        pieces.append(text[cursor:span.start()])
        pieces.append(f"{MARK_START}{word}{MARK_END}" if word in found else word)
        cursor = span.end()
    result = "".join(pieces) + (text[cursor:] if end == len(words) else "")
    return ("…" if start > 0 else "") + " ".join(result.split()) + ("…" if end < len(words) else "")


def highlight(text: str, exact: frozenset[str] | set[str], prefixes: tuple[str, ...], size: int = 0) -> str:
    """``text`` cut to ``size`` words (SNIPPET_TOKENS) around its first word of the query, the words marked.

    A word matches when one of its folded tokens is in ``exact`` or starts
    with one of ``prefixes``; "" when none does.
    """
    if not exact and not prefixes:
        return ""
    search = _pattern(exact, prefixes).search
    words = _WORD.findall(text)
    found = {word for word in set(words) if search(_word_key(word))}
    return _cut(text, words, found, size or SNIPPET_TOKENS) if found else ""


def index_status(connection: Connection) -> dict[str, int]:
    from . import status_counts

    return status_counts(connection)


class _Reader:
    """A connection for one search call, in autocommit: each statement is its own read (no BEGIN, no ROLLBACK)."""

    def __init__(self, archive):
        self.archive = archive

    def __enter__(self):
        self._connection = self.archive.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        return _raw(self._connection).cursor()

    def __exit__(self, *exc):
        self._connection.close()
        return False
