"""The search index on PostgreSQL: tsvector and GIN, behind the same interface as FTS5.

The documents are the SQLite index's (:func:`chancery.store.search.document`),
with the same date-ordered ids; the query's words, spellings from the people
directory, fields and date range come from the same shared code.  Only the
storage and the query language differ (``db/search/0005_search_index.postgresql.sql``):

- ``terms``: each column's text folded by :func:`chancery.text.fold` and cut
  into the tokens the SQLite tokenizer makes (:func:`chancery.store.query.tokens`),
  written as a tsvector literal: weight A for names, B documents signed,
  C places, D the rest (for ranking); positions leave a gap between
  columns, so a phrase never spans two.  The words of the columns a field
  looks in are there a second time, marked (``n_`` names, ``d_``
  documents, ``p_`` places: a token never holds "_"), at the same
  positions: ``with:``, ``signed:``, ``country:`` and the other spellings
  of a name are then plain lexemes that the GIN index answers exactly,
  without reading the rows (a weight restriction such as ``'x':A`` makes
  PostgreSQL re-read every candidate row's tsvector).  Because the folding
  and the tokens are computed once, in Python, both engines find the same
  meetings whatever the server's locale.
- queries are tsquery literals of the same tokens: ``<->`` for phrases,
  ``:*`` for prefixes, marked lexemes for fields; "near" spellings as every
  order and spacing FTS5's NEAR allows.
- ranking: ``ts_rank`` with weights by column tier, over the newest
  RANK_WINDOW matches (as the SQLite backend ranks a large result), older
  matches by date; snippets: made here from the readable text of the first
  column of SNIPPET_ORDER holding a word of the query, each word folded by
  the same :func:`chancery.text.fold` (``ts_headline`` re-parsed every
  column of every listed row: 20–25 ms a page).  The ``chancery_text``
  configuration (unaccent, then simple) that the migration creates serves
  ad-hoc SQL; Chancery's own folding is :func:`fold`, written once.

Threading: as the package: functions open their own connection.  Qt-free.
psycopg is imported only through SQLAlchemy's engine, when a PostgreSQL
archive is opened.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy.engine import Connection

from ...text import fold
from ..query import Facet, ParsedQuery, Text, tokens

WEIGHT = {"principals": "A", "people": "A", "documents": "B", "places": "C"}  # others: D
RANK_WEIGHTS = [0.1, 0.3, 0.4, 1.0]  # D, C, B, A — names above documents and places above the rest
MARK = {"principals": "n_", "people": "n_", "documents": "d_", "places": "p_"}  # a field's own copy of its words
_FIELD_MARK = {None: "", "with": "n_", "signed": "d_", "country": "p_"}
COLUMN_GAP = 100
MAX_POSITION = 16383  # PostgreSQL's largest token position
MAX_LEXEME_BYTES = 2047
NEAR_ORDERS = 3  # a "near" spelling of more words is looked for as all its words among the names
_WORD = re.compile(r"[^\W_]+")


def _raw(connection: Connection):
    return connection.connection.driver_connection


# --------------------------------------------------------------------------
# Writing


def _literal(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def terms_literal(doc: dict[str, str]) -> str:
    """The ``terms`` tsvector of a document, as a literal: folded tokens, positions and column weights."""
    from . import TEXT_COLUMNS

    positions: dict[str, list[str]] = {}
    start = 1
    for column in TEXT_COLUMNS:
        weight = WEIGHT.get(column, "D")
        found = tokens(doc.get(column) or "")
        mark = MARK.get(column)
        for offset, token in enumerate(found):
            if len(token.encode("utf-8")) > MAX_LEXEME_BYTES - 2:
                continue
            position = min(start + offset, MAX_POSITION)
            positions.setdefault(token, []).append(f"{position}{weight}")
            if mark:
                positions.setdefault(mark + token, []).append(f"{position}{weight}")
        if found:
            start += len(found) + COLUMN_GAP
    return " ".join(f"{_literal(t)}:{','.join(dict.fromkeys(p))}" for t, p in positions.items())


_DOC_COLUMNS = ("principals", "people", "titles", "documents", "places", "topics", "body", "notes", "facets")
_INSERT_DOC = (f"INSERT INTO search_docs (id, {', '.join(_DOC_COLUMNS)}, terms) "
               f"VALUES (%s{', %s' * len(_DOC_COLUMNS)}, %s::tsvector)")
_UPDATE_DOC = (f"UPDATE search_docs SET {', '.join(c + ' = %s' for c in _DOC_COLUMNS)}, terms = %s::tsvector "
               "WHERE id = %s")


def _free_id(cursor, meeting_id: str, day: int) -> int:
    from . import _SLOT_BITS, _SLOT_MASK, _slot

    base = day << _SLOT_BITS
    used = {r[0] for r in cursor.execute("SELECT id FROM search_map WHERE id BETWEEN %s AND %s",
                                         (base, base + _SLOT_MASK))}
    slot = _slot(meeting_id)
    while base + slot in used:
        slot = (slot + 1) & _SLOT_MASK
    return base + slot


def write_document(connection: Connection, meeting: dict, *, trashed: bool = False) -> None:
    """Index (or re-index) one meeting, in the caller's transaction."""
    from . import _SLOT_BITS, _day, document

    cursor = _raw(connection).cursor()
    meeting_id = str(meeting["id"])
    doc = document(meeting, trashed=trashed)
    values = [doc[c] for c in _DOC_COLUMNS]
    day = _day(meeting.get("date"))
    row = cursor.execute("SELECT id FROM search_map WHERE meeting_id = %s", (meeting_id,)).fetchone()
    if row is not None and row[0] >> _SLOT_BITS == day:
        cursor.execute(_UPDATE_DOC, (*values, terms_literal(doc), row[0]))
        return
    if row is not None:
        cursor.execute("DELETE FROM search_map WHERE id = %s", (row[0],))
    new_id = _free_id(cursor, meeting_id, day)
    cursor.execute("INSERT INTO search_map (id, meeting_id) VALUES (%s, %s)", (new_id, meeting_id))
    cursor.execute(_INSERT_DOC, (new_id, *values, terms_literal(doc)))


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
    else:
        cursor.execute("UPDATE search_docs SET facets = 'xtrash' || substr(facets, 6) "
                       "WHERE id = %s AND facets LIKE 'xlive%%'", (row[0],))


def load_documents(connection: Connection, records: Iterable[tuple[dict, bool]], *, total: int = 0,
                   progress=None, cancelled=None) -> bool:
    """Replace the whole index with documents for ``records``, in bulk (the caller owns the transaction)."""
    from . import _SLOT_BITS, _SLOT_MASK, _day, _slot, document

    raw = _raw(connection)
    cursor = raw.cursor()
    cursor.execute("DELETE FROM search_docs")
    cursor.execute("DELETE FROM search_map")
    used: set[int] = set()
    done = 0
    batch_map: list[tuple[int, str]] = []
    batch_docs: list[tuple[Any, ...]] = []

    def flush() -> None:
        if batch_map:
            cursor.executemany("INSERT INTO search_map (id, meeting_id) VALUES (%s, %s)", batch_map)
            cursor.executemany(_INSERT_DOC, batch_docs)
            batch_map.clear()
            batch_docs.clear()

    for record, trashed in records:
        if cancelled is not None and done % 200 == 0 and cancelled():
            return False
        meeting_id = str(record["id"])
        base = _day(record.get("date")) << _SLOT_BITS
        slot = _slot(meeting_id)
        while base + slot in used:
            slot = (slot + 1) & _SLOT_MASK
        used.add(base + slot)
        doc = document(record, trashed=trashed)
        batch_map.append((base + slot, meeting_id))
        batch_docs.append((base + slot, *(doc[c] for c in _DOC_COLUMNS), terms_literal(doc)))
        done += 1
        if len(batch_map) >= 500:
            flush()
            if progress is not None:
                progress(0.95 * done / (total or done), f"indexed {done} of {total or done} meetings")
    flush()
    cursor.execute("ANALYZE search_docs")
    if progress is not None:
        progress(1.0, f"indexed {done} meetings")
    return True


# --------------------------------------------------------------------------
# Compiling a query into tsquery literals


def _words_query(words: tuple[str, ...], prefix: bool, mark: str) -> str:
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


def _text_query(atom: Text, directory) -> str:
    """The tsquery of a text atom: its words where its field looks, and the other spellings among the names."""
    from . import NAME_COLUMNS, text_alternatives

    parts = []
    for alternative in text_alternatives(atom, directory):
        mark = "n_" if alternative.columns == NAME_COLUMNS else _FIELD_MARK[atom.field]
        if alternative.kind == "words":
            parts.append(_words_query(alternative.words, alternative.prefix, mark))
        elif alternative.kind == "near":
            parts.append(_near_query(alternative.words, mark))
        else:
            parts.append("(" + " | ".join(_literal(mark + w) for w in alternative.words) + ")")
    return parts[0] if len(parts) == 1 else "(" + " | ".join(dict.fromkeys(parts)) + ")"


def _facet_query(atom: Facet) -> str:
    from . import facet_token

    found = [_literal(facet_token(atom.field, v)) for v in atom.values]
    return found[0] if len(found) == 1 else "(" + " | ".join(found) + ")"


@dataclass(frozen=True)
class Plan:
    where: str  # an SQL condition on search_docs (alias d), with %(name)s parameters
    params: dict[str, Any]
    words: str | None  # the positive word clauses, for ranking
    low: int
    high: int
    ranked: bool
    exact: frozenset[str] = field(default_factory=frozenset)  # words to mark in snippets
    prefixes: tuple[str, ...] = ()  # … and beginnings of words


def plan(archive, cursor, parsed: ParsedQuery, *, country=None, kind=None, year=None, status=None,
         include_deleted: bool = False) -> Plan | None:
    from . import _directory, id_range, needs_directory, query_parts, text_alternatives

    if parsed.is_empty:
        return None
    clauses, date_from, date_until = query_parts(parsed, country=country, kind=kind, year=year, status=status)
    directory = _directory(archive, cursor) if needs_directory(clauses) else None
    params: dict[str, Any] = {}

    def bind(value: str) -> str:
        name = f"q{len(params)}"
        params[name] = value
        return f"%({name})s::tsquery"

    text_parts: list[str] = []  # one tsquery on terms for every clause that looks only for words
    facet_parts: list[str] = []
    mixed: list[str] = []
    words: list[str] = []
    exact: set[str] = set()
    prefixes: list[str] = []
    for clause in clauses:
        texts = [_text_query(a, directory) for a in clause.alternatives if isinstance(a, Text)]
        facets = [_facet_query(a) for a in clause.alternatives if isinstance(a, Facet)]
        sign = "!" if clause.negated else ""
        if texts and not facets:
            query = texts[0] if len(texts) == 1 else "(" + " | ".join(texts) + ")"
            text_parts.append(sign + query)
            if not clause.negated:
                words.append(query)
                for atom in clause.alternatives:
                    assert isinstance(atom, Text)
                    for alternative in text_alternatives(atom, directory):
                        exact.update(alternative.words[:-1] if alternative.prefix else alternative.words)
                        if alternative.prefix:
                            prefixes.append(alternative.words[-1])
        elif facets and not texts:
            facet_parts.append(sign + (facets[0] if len(facets) == 1 else "(" + " | ".join(facets) + ")"))
        else:
            either = (f"(d.terms @@ {bind(' | '.join(texts))} OR "
                      f"d.facet_terms @@ {bind(' | '.join(facets))})")
            mixed.append(("NOT " if clause.negated else "") + either)
    conditions = []
    if any(not p.startswith("!") for p in text_parts):
        conditions.append(f"d.terms @@ {bind(' & '.join(text_parts))}")
    elif text_parts:  # only exclusions: GIN cannot look for an absence, so test each row
        conditions.append(f"NOT (d.terms @@ {bind(' | '.join(p[1:] for p in text_parts))})")
    if any(not p.startswith("!") for p in facet_parts):
        conditions.append(f"d.facet_terms @@ {bind(' & '.join(facet_parts))}")
    elif facet_parts:
        conditions.append(f"NOT (d.facet_terms @@ {bind(' | '.join(p[1:] for p in facet_parts))})")
    conditions += mixed
    if not include_deleted:  # a filter on the small facet column of the rows found, not an index search
        conditions.append("NOT d.facet_terms @@ 'xtrash'::tsquery")
    low, high = id_range(date_from, date_until)
    return Plan(" AND ".join(conditions) or "TRUE", params, " | ".join(words) if words else None, low, high,
                parsed.has_text, frozenset(exact), tuple(dict.fromkeys(prefixes)))


# --------------------------------------------------------------------------
# Searching


def _matching(cursor, plan: Plan, low: int, high: int, limit: int | None, offset: int = 0) -> list[int]:
    sql = (f"SELECT d.id FROM search_docs d WHERE {plan.where} AND d.id BETWEEN %(low)s AND %(high)s "
           "ORDER BY d.id DESC")
    params = dict(plan.params, low=low, high=high)
    if limit is not None:
        sql += " LIMIT %(limit)s OFFSET %(offset)s"
        params.update(limit=limit, offset=offset)
    return [r[0] for r in cursor.execute(sql, params)]


def _scores(cursor, plan: Plan, ids: list[int]) -> dict[int, float]:
    if not ids or plan.words is None:
        return dict.fromkeys(ids, 0.0)
    rows = cursor.execute("SELECT id, ts_rank(%(weights)s::float4[], terms, %(words)s::tsquery) FROM search_docs "
                          "WHERE id = ANY(%(ids)s)", {"weights": RANK_WEIGHTS, "words": plan.words, "ids": ids})
    return {rowid: float(score) for rowid, score in rows}


def rank(cursor, plan: Plan, read: int | None):
    """The newest ``read`` matches (None: all), the newest RANK_WINDOW of them ranked (see the FTS5 backend)."""
    from . import RANK_WINDOW, _Ranking

    window = max(1, RANK_WINDOW)
    limit = None if read is None else max(read, window) + 1
    rows = _matching(cursor, plan, plan.low, plan.high, limit)
    below = None
    if limit is not None and len(rows) == limit:
        rows.pop()
        below = rows[-1]
    if not plan.ranked:
        return _Ranking([], rows, below)
    scores = _scores(cursor, plan, rows[:window])
    ranked = [(rowid, 1.0 + 10.0 * scores.get(rowid, 0.0)) for rowid in rows[:window]]
    ranked.sort(key=lambda r: (-r[1], -r[0]))
    return _Ranking(ranked, rows[window:], below)


def meeting_ids(cursor, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(cursor.execute("SELECT id, meeting_id FROM search_map WHERE id = ANY(%s)", (ids,)).fetchall())


def _snippets(cursor, plan: Plan, ids: list[int]) -> dict[int, str]:
    """A snippet per row: the first column of SNIPPET_ORDER holding a word of the query, around that word."""
    from . import SNIPPET_ORDER, _opening

    if not ids:
        return {}
    out: dict[int, str] = {}
    columns = ", ".join(SNIPPET_ORDER)
    for rowid, *texts in cursor.execute(f"SELECT id, {columns}, body, places FROM search_docs WHERE id = ANY(%s)",
                                        (ids,)):
        body, places = texts[-2:]
        found = None
        if plan.exact or plan.prefixes:
            found = next((s for s in (highlight(t, plan.exact, plan.prefixes) for t in texts[:-2] if t) if s), None)
        out[rowid] = found or _opening(body or places)  # matched on filters alone: the opening words
    return out


@functools.lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> tuple[str, ...]:
    """A word's folded tokens (the same few thousand words recur in every meeting: fold each once)."""
    return tokens(fold(word))


def highlight(text: str, exact: frozenset[str] | set[str], prefixes: tuple[str, ...], size: int = 0) -> str:
    """``text`` cut to ``size`` words (SNIPPET_TOKENS) around its first word of the query, the words marked.

    A word matches when one of its folded tokens is in ``exact`` or starts
    with one of ``prefixes``; "" when none does.
    """
    from . import MARK_END, MARK_START, SNIPPET_TOKENS

    size = size or SNIPPET_TOKENS

    def matches(word: str) -> bool:
        return any(t in exact or (prefixes and t.startswith(prefixes)) for t in _word_tokens(word))

    spans = list(_WORD.finditer(text))
    first = next((i for i, span in enumerate(spans) if matches(span.group())), None)
    if first is None:
        return ""
    start = max(0, min(first - 2, len(spans) - size))
    end = min(len(spans), start + size)
    hits = [i for i in range(start, end) if i == first or matches(spans[i].group())]
    marked = set(hits)
    pieces = []
    cursor = spans[start].start()
    for i in range(start, end):
        span = spans[i]
        pieces.append(text[cursor:span.start()])
        pieces.append(f"{MARK_START}{span.group()}{MARK_END}" if i in marked else span.group())
        cursor = span.end()
    result = "".join(pieces) + (text[cursor:] if end == len(spans) else "")
    return ("…" if start > 0 else "") + " ".join(result.split()) + ("…" if end < len(spans) else "")


def search_ids(archive, parsed: ParsedQuery, **filters) -> list[str]:
    from . import RANK_WINDOW

    with _Reader(archive) as cursor:
        found = plan(archive, cursor, parsed, **filters)
        if found is None:
            return []
        if not found.ranked:
            sql = (f"SELECT m.meeting_id FROM search_docs d JOIN search_map m ON m.id = d.id WHERE {found.where} "
                   "AND d.id BETWEEN %(low)s AND %(high)s ORDER BY d.id DESC")
            return [r[0] for r in cursor.execute(sql, dict(found.params, low=found.low, high=found.high))]
        ranking = rank(cursor, found, RANK_WINDOW)
        order = [r[0] for r in ranking.ranked] + ranking.newest
        if ranking.below is not None:
            order += _matching(cursor, found, found.low, ranking.below - 1, None)
        mapping = meeting_ids(cursor, order)
        return [mapping[r] for r in order]


def search(archive, parsed: ParsedQuery, *, limit: int, offset: int, exact_count: bool, **filters):
    from . import COUNT_LIMIT, Hit, SearchResult

    with _Reader(archive) as cursor:
        found = plan(archive, cursor, parsed, **filters)
        if found is None:
            return SearchResult([], 0)
        read = None if exact_count else max(COUNT_LIMIT, offset + limit)
        ranking = rank(cursor, found, read)
        listing: list[tuple[int, float | None]] = ranking.ranked + [(r, None) for r in ranking.newest]
        page = listing[offset:offset + limit]
        if len(page) < limit and ranking.below is not None:
            skip = max(0, offset - len(listing))
            page += [(r, None) for r in _matching(cursor, found, found.low, ranking.below - 1, limit - len(page),
                                                  skip)]
        total, exact = ranking.seen, ranking.below is None
        if not exact:
            total = max(total, offset + len(page))
        unscored = [r for r, score in page if score is None]
        scores = _scores(cursor, found, unscored) if found.ranked and unscored else {}
        mapping = meeting_ids(cursor, [r for r, _ in page])
        texts = _snippets(cursor, found, [r for r, _ in page])
        hits = [Hit(mapping[r], score if score is not None else 1.0 + 10.0 * scores.get(r, 0.0), texts.get(r, ""))
                for r, score in page]
        return SearchResult(hits, total, exact)


def snippets(archive, parsed: ParsedQuery, ids: list[str]) -> dict[str, str]:
    with _Reader(archive) as cursor:
        found = plan(archive, cursor, parsed, include_deleted=True)
        rows = dict(cursor.execute("SELECT id, meeting_id FROM search_map WHERE meeting_id = ANY(%s)",
                                   (ids,)).fetchall())
        if found is None:
            found = Plan("TRUE", {}, None, 0, 0, False)
        texts = _snippets(cursor, found, list(rows))
    by_meeting = {rows[r]: texts.get(r, "") for r in rows}
    return {i: by_meeting.get(i, "") for i in ids}


def index_status(connection: Connection) -> dict[str, int]:
    from . import status_counts

    return status_counts(connection)


class _Reader:
    """A read connection (a psycopg cursor) for one search call."""

    def __init__(self, archive):
        self.archive = archive

    def __enter__(self):
        self._connection = self.archive.engine.connect()
        cursor = _raw(self._connection).cursor()
        # The GIN index answers plain lexemes exactly; the planner, costing a row's tsvector as cheap, would
        # rather scan the table and test every (compressed, out-of-line) tsvector for a common word: 25×
        # slower.  For this read transaction only.
        cursor.execute("SET LOCAL enable_seqscan = off")
        return cursor

    def __exit__(self, *exc):
        self._connection.close()
        return False

