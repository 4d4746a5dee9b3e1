"""Full-text search of the archive, kept in step with every save: the shared parts and the interface.

One backend per engine stores the index and answers queries:
:mod:`~chancery.store.search.fts5` (SQLite FTS5) and
:mod:`~chancery.store.search.postgres` (tsvector and GIN).  Written once,
here, and used by both:

- the documents: one per meeting, its text in columns by weight —
  participants' names in every language (principals above the rest of the
  delegations), titles and organisations, documents signed, places and
  countries (names in en/fr/ru and the code), the labels of kind, topics and
  cooperation areas in every language plus the occasion, statements and next
  steps, notes (:func:`document`).  The internal briefing section is
  deliberately not indexed: it is confidential material, and search results
  show snippets in a list anyone at the screen can read.  Document ids are
  ordered by date (day number × 2^20 + a slot), so "newest first" is id
  order and a date range an id range;
- folding: the text is stored readable and tokenized like
  :func:`chancery.text.fold` (:func:`index_text`); queries are parsed by
  :mod:`chancery.store.query` and folded with ``fold``;
- names across scripts and transliterations, through the people directory:
  a query word that is part of a known person's name also looks for every
  spelling of that person (Bayramov, Baïramov, Ceyhun Bayramov, Байрамов):
  :func:`text_alternatives`;
- the semantics of a result: ranked by relevance when a query matches at
  most :data:`RANK_WINDOW` meetings, else its newest RANK_WINDOW matches
  ranked and older ones after them, newest first; ``search()`` counts
  matches exactly up to :data:`COUNT_LIMIT` (beyond, ``SearchResult.total``
  is a lower bound and ``total_exact`` is False: "1,000+"); snippets from
  the first column of :data:`SNIPPET_ORDER` holding a word of the query.

:class:`SearchIndexHook` is registered in
:data:`chancery.store.archive.WRITE_HOOKS`, so a save, a move to the trash,
a restore or a purge updates the index in the same transaction;
:func:`rebuild_index` recomputes it from the meetings.

Threading: the functions take an :class:`~chancery.store.archive.Archive` and
open their own connection; they may run in a worker thread.  Qt-free.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import re
import sqlite3
import threading
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ...text import fold
from ..archive import WRITE_HOOKS, Archive
from ..models import Anniversary, Meeting, NextStep, Participant, SignedDocument, Statement
from ..query import Clause, Facet, ParsedQuery, QueryError, Text, parse_query, tokens

__all__ = [
    "COLUMNS", "Hit", "ParsedQuery", "QueryError", "SearchResult", "document", "index_status", "index_text",
    "parse_query", "rebuild_index", "search", "search_ids", "snippets",
]

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

COLUMNS = ("principals", "people", "titles", "documents", "places", "topics", "body", "notes", "facets")
TEXT_COLUMNS = COLUMNS[:-1]
NAME_COLUMNS = ("principals", "people")
_FIELD_COLUMNS = {None: TEXT_COLUMNS, "with": NAME_COLUMNS, "signed": ("documents",), "country": ("places",)}

RANK_WINDOW = 300  # a larger result: the newest this many ranked by where the words are, older ones by date
COUNT_LIMIT = 1000  # search() counts matches exactly up to this many
SNIPPET_TOKENS = 12
# Where a snippet comes from: the first column, in this order, holding a word of the query.
SNIPPET_ORDER = ("principals", "people", "documents", "titles", "body", "notes", "topics", "places")
MARK_START, MARK_END = "\x02", "\x03"
SEPARATOR = " · "

_SLOT_BITS = 20
_SLOT_MASK = (1 << _SLOT_BITS) - 1
_UNDATED_DAY = _dt.date.max.toordinal() + 1  # drafts without a date sort as the newest
_DATED_MAX = (_UNDATED_DAY << _SLOT_BITS) - 1
_ROWID_MAX = (1 << 63) - 1

LANGUAGES = ("en", "fr", "ru")


@dataclass(frozen=True)
class Hit:
    """One meeting found: its id, relevance (higher is better; 0 without words) and a snippet."""

    id: str
    score: float
    snippet: str


@dataclass(frozen=True)
class SearchResult:
    """A page of hits and the number of meetings found.

    ``total`` is exact when ``total_exact``; otherwise more meetings match
    than were counted (see :data:`COUNT_LIMIT`) and it is a lower bound.
    """

    hits: list[Hit]
    total: int
    total_exact: bool = True

    def count_text(self) -> str:
        """The number found as a person reads it: "12", or "1,000+" when not counted to the end."""
        return f"{self.total:,}" + ("" if self.total_exact else "+")



# --------------------------------------------------------------------------
# Index text: folding the letters the index tokenizer does not fold
#
# The tokenizer of the SQLite index (``unicode61 remove_diacritics 2``) folds case and Latin diacritics;
# the few letters it does not fold like :func:`chancery.text.fold` (ə, ı, ё, ß, …) are folded in the
# documents' text itself, for both engines (the PostgreSQL index is made of the same tokens).

_fold_lock = threading.Lock()
_char_map: dict[str, str] = {}
_probe: sqlite3.Connection | None = None


def _open_probe() -> sqlite3.Connection:
    """An in-memory FTS5 table with the index's tokenizer, to see what it makes of a text (hold ``_fold_lock``)."""
    global _probe
    if _probe is None:
        _probe = sqlite3.connect(":memory:", check_same_thread=False)
        _probe.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
        _probe.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        _probe.execute("CREATE VIRTUAL TABLE w USING fts5(x, tokenize='unicode61 remove_diacritics 2', "
                       "detail=none, content='')")
        _probe.execute("CREATE VIRTUAL TABLE r USING fts5vocab(w, 'row')")
    return _probe


def _probe_tokens(text: str) -> list[str]:
    """How the index tokenizer splits and folds ``text`` (caller holds ``_fold_lock``)."""
    probe = _open_probe()
    probe.execute("DELETE FROM t")
    probe.execute("INSERT INTO t(x) VALUES (?)", (text,))
    return [row[0] for row in probe.execute("SELECT term FROM v ORDER BY offset")]



def _char_form(ch: str) -> str:
    """``ch`` itself when the tokenizer already folds it as :func:`fold` does, else its fold."""
    form = _char_map.get(ch)
    if form is not None:
        return form
    with _fold_lock:
        if ch.isspace():
            form = " "
        else:
            sample = f"x{ch}x"
            form = ch if _probe_tokens(sample) == _probe_tokens(fold(sample)) else fold(ch)
        _char_map[ch] = form
    return form


def index_text(text: str) -> str:
    """``text`` as stored in the index: readable (case and accents kept) and tokenized like ``fold(text)``."""
    if text.isascii():
        return text
    return "".join(ch if ch < "\x80" else _char_form(ch) for ch in unicodedata.normalize("NFC", text))


# --------------------------------------------------------------------------
# Documents


def _texts(value: Any) -> list[str]:
    """Every string of a language map (or the string itself)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return [v for v in value.values() if isinstance(v, str) and v.strip()]
    return []


def _labels(vocab: str, value: Any) -> list[str]:
    """A vocabulary code's label in every language, or a free entry's own texts."""
    if isinstance(value, str):
        from ... import refdata

        try:
            return [refdata.label(vocab, value, lang) for lang in LANGUAGES]
        except KeyError:
            return [value]
    return _texts(value)


def _country_texts(code: Any) -> list[str]:
    if not isinstance(code, str) or not code:
        return []
    from ... import refdata

    out = [code]
    for lang in LANGUAGES:
        try:
            out.append(refdata.country_name(code, lang))
        except KeyError:
            break
    return out


def _join(parts: Iterable[str]) -> str:
    return index_text(SEPARATOR.join(dict.fromkeys(p.strip() for p in parts if p and p.strip())))


def facet_token(field: str, value: str) -> str:
    """The token standing for a coded property in the ``facets`` column."""
    return "x" + field[0] + re.sub(r"[^0-9a-z]", "", value.lower())


def _section(meeting: dict, key: str) -> dict:
    """The object field ``key`` of ``meeting`` (place, occasion…), or {} when it is missing or not an object."""
    value = meeting.get(key)
    return value if isinstance(value, dict) else {}


def _countries(meeting: dict) -> list[str]:
    place = _section(meeting, "place")
    codes = [place.get("country")]
    codes += [p.get("country") for p in meeting.get("participants") or [] if isinstance(p, dict)]
    return list(dict.fromkeys(c for c in codes if isinstance(c, str) and c))


def facets(meeting: dict, *, trashed: bool = False) -> str:
    out = ["xtrash" if trashed else "xlive", "xall"]
    if isinstance(meeting.get("kind"), str):
        out.append(facet_token("kind", meeting["kind"]))
    if isinstance(meeting.get("status"), str):
        out.append(facet_token("status", meeting["status"]))
    out += [facet_token("country", c) for c in _countries(meeting)]
    return " ".join(dict.fromkeys(out))


def document(meeting: dict, *, trashed: bool = False) -> dict[str, str]:
    """The text of each index column for a meeting record (interchange form)."""
    participants = [p for p in meeting.get("participants") or [] if isinstance(p, dict)]
    principals = [p for p in participants if p.get("role") == "principal"]
    others = [p for p in participants if p.get("role") != "principal"]
    place = _section(meeting, "place")
    occasion = _section(meeting, "occasion")
    publication = _section(meeting, "publication")

    titles: list[str] = []
    for p in participants:
        titles += _texts(p.get("title")) + _texts(p.get("organization"))
    documents: list[str] = []
    for d in meeting.get("documents_signed") or []:
        if isinstance(d, dict):
            documents += _texts(d.get("title")) + (_labels("document_type", d["type"]) if d.get("type") else [])
            documents += _texts(d.get("period"))
    places = _texts(place.get("city")) + _texts(place.get("venue"))
    for code in _countries(meeting):
        places += _country_texts(code)
    topics = _labels("meeting_kind", meeting["kind"]) if meeting.get("kind") else []
    for code in meeting.get("topics") or []:
        topics += _labels("topic", code)
    for code in meeting.get("cooperation_areas") or []:
        topics += _labels("cooperation_area", code)
    topics += _texts(occasion.get("event"))
    for a in meeting.get("anniversaries") or []:
        if isinstance(a, dict) and a.get("subject"):
            topics += _labels("anniversary_subject", a["subject"])
    body: list[str] = []
    for s in meeting.get("statements") or []:
        if isinstance(s, dict):
            body += _texts(s.get("text"))
    for n in meeting.get("next_steps") or []:
        if isinstance(n, dict):
            body += _texts(n.get("text"))
    for key in ("agency", "publisher", "attribution"):
        body += _texts(publication.get(key))
    return {
        "principals": _join(t for p in principals for t in _texts(p.get("name"))),
        "people": _join(t for p in others for t in _texts(p.get("name"))),
        "titles": _join(titles),
        "documents": _join(documents),
        "places": _join(places),
        "topics": _join(topics),
        "body": _join(body),
        "notes": _join(_texts(meeting.get("notes"))),
        "facets": facets(meeting, trashed=trashed),
    }


def _day(date: Any) -> int:
    try:
        return _dt.date.fromisoformat(date).toordinal() if isinstance(date, str) else _UNDATED_DAY
    except ValueError:
        return _UNDATED_DAY


def _slot(meeting_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(meeting_id.encode("utf-8"), digest_size=4).digest(), "big") & _SLOT_MASK


# --------------------------------------------------------------------------
# Writing: the hook dispatches to the archive's engine


def _backend(dialect: str):
    if dialect == "postgresql":
        from . import postgres

        return postgres
    from . import fts5

    return fts5


_local = threading.local()


class SearchIndexHook:
    """Keeps the index in step with the archive, inside the archive's own transaction."""

    def saved(self, session: Session, meeting: dict) -> None:
        connection = session.connection()
        if getattr(_local, "suspended", False):
            return
        _backend(connection.dialect.name).saved(connection, meeting)

    def removed(self, session: Session, meeting_id: str) -> None:
        connection = session.connection()
        if getattr(_local, "suspended", False):
            return
        _backend(connection.dialect.name).removed(connection, meeting_id)


if not any(isinstance(hook, SearchIndexHook) for hook in WRITE_HOOKS):
    WRITE_HOOKS.append(SearchIndexHook())


class suspended:
    """``with suspended():`` saves in this thread skip the index (for a bulk load followed by a rebuild)."""

    def __enter__(self):
        self._before = getattr(_local, "suspended", False)
        _local.suspended = True
        return self

    def __exit__(self, *exc):
        _local.suspended = self._before
        return False


def iter_records(connection: Connection, *, batch: int = 1000) -> Iterator[tuple[dict, bool]]:
    """(record, trashed) for every meeting, with the fields the index reads, straight from the tables."""
    meetings = Meeting.__table__
    ids = [r[0] for r in connection.execute(select(meetings.c.id).order_by(meetings.c.id))]
    parts = {
        "participants": (Participant.__table__, ("role", "name", "title", "country", "organization")),
        "statements": (Statement.__table__, ("text",)),
        "documents_signed": (SignedDocument.__table__, ("type", "title", "period")),
        "next_steps": (NextStep.__table__, ("text",)),
        "anniversaries": (Anniversary.__table__, ("subject",)),
    }
    fields = ("id", "status", "kind", "date", "place", "publication", "occasion", "topics", "cooperation_areas",
              "notes", "deleted_at")
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        records: dict[str, dict] = {}
        trashed: dict[str, bool] = {}
        for row in connection.execute(select(*[meetings.c[f] for f in fields]).where(meetings.c.id.in_(chunk))):
            record = {f: getattr(row, f) for f in fields if f != "deleted_at"}
            for key in parts:
                record[key] = []
            records[row.id] = record
            trashed[row.id] = row.deleted_at is not None
        for key, (table, columns) in parts.items():
            query = (select(table.c.meeting_id, *[table.c[c] for c in columns])
                     .where(table.c.meeting_id.in_(chunk)).order_by(table.c.meeting_id, table.c.position))
            for row in connection.execute(query):
                records[row.meeting_id][key].append({c: getattr(row, c) for c in columns})
        for meeting_id in chunk:
            yield records[meeting_id], trashed[meeting_id]


def rebuild_index(archive: Archive, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bool:
    """Recompute the whole index from the meetings; returns False if cancelled.

    One transaction holding the write lock from its BEGIN (on SQLite the
    triggers are dropped and recreated inside it): a kill, an error or a
    cancellation leaves the index as it was, and no save slips in between.
    """
    with archive.write_connection() as connection, connection.begin() as transaction:
        total = connection.exec_driver_sql("SELECT count(*) FROM meetings").scalar() or 0
        if connection.dialect.name == "postgresql":
            from . import postgres

            done = postgres.load_documents(connection, iter_records(connection), total=total,
                                           progress=progress, cancelled=cancelled)
        else:
            from . import fts5

            done = fts5.load_documents(fts5._raw(connection), iter_records(connection), total=total,
                                       progress=progress, cancelled=cancelled)
        if not done:
            transaction.rollback()
        return done


def repair_index(archive: Archive) -> bool:
    """Rebuild an SQLite index whose triggers are missing (an older Chancery killed mid-rebuild); True if it did."""
    if _server(archive):
        return False
    from . import fts5

    return fts5.repair_index(archive)


def optimize_index(archive: Archive) -> None:
    """Compact the index after a large import (optional): FTS5 merges its segments, PostgreSQL analyzes."""
    with archive.write_connection() as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("ANALYZE search_map, search_docs, search_keys")
            return
        from . import fts5

        fts5.optimize(connection)


def index_status(archive: Archive) -> dict[str, int]:
    """Counts for a health check: meetings, indexed documents, missing and stale entries."""
    with archive.engine.connect() as connection:
        return status_counts(connection)


def status_counts(connection: Connection) -> dict[str, int]:
    def one(sql: str) -> int:
        return connection.exec_driver_sql(sql).scalar() or 0

    return {
        "meetings": one("SELECT count(*) FROM meetings"),
        "indexed": one("SELECT count(*) FROM search_map"),
        "documents": one("SELECT count(*) FROM search_docs"),
        "trashed": one("SELECT count(*) FROM search_docs WHERE facets LIKE 'xtrash%%'"
                       if connection.dialect.name == "postgresql" else
                       "SELECT count(*) FROM search_docs WHERE facets LIKE 'xtrash%'"),
        "missing": one("SELECT count(*) FROM meetings WHERE id NOT IN (SELECT meeting_id FROM search_map)"),
        "orphaned": one("SELECT count(*) FROM search_map WHERE meeting_id NOT IN (SELECT id FROM meetings)"),
    }


# --------------------------------------------------------------------------
# The people directory, for name expansion


@dataclass
class _Directory:
    stamp: tuple
    words: list[str]
    people_by_word: dict[str, set[int]]
    spellings: dict[int, list[tuple[str, ...]]]


_directories: weakref.WeakKeyDictionary[Archive, _Directory] = weakref.WeakKeyDictionary()
_directory_lock = threading.Lock()
MAX_PEOPLE = 25  # a word shared by more people than this is not a name query
MAX_PEOPLE_PREFIX = 10


def _cached_directory(archive: Archive) -> _Directory | None:
    """The people directory last read for ``archive``, without asking the database whether it changed."""
    with _directory_lock:
        return _directories.get(archive)


def _directory(archive: Archive, cursor: Any) -> _Directory:
    """The people directory of ``archive`` (re-read when its names changed); ``cursor``: sqlite3 or psycopg."""
    stamp = tuple(cursor.execute("SELECT max(id), count(*) FROM person_names").fetchone())
    with _directory_lock:
        cached = _directories.get(archive)
        if cached is not None and cached.stamp == stamp:
            return cached
    people_by_word: dict[str, set[int]] = {}
    spellings: dict[int, list[tuple[str, ...]]] = {}
    for person_id, folded in cursor.execute("SELECT person_id, folded FROM person_names"):
        found = tokens(folded)
        if not found:
            continue
        known = spellings.setdefault(person_id, [])
        if found not in known:
            known.append(found)
        for word in found:
            people_by_word.setdefault(word, set()).add(person_id)
    directory = _Directory(stamp, sorted(people_by_word), people_by_word, spellings)
    with _directory_lock:
        _directories[archive] = directory
    return directory


def _spellings(directory: _Directory, atom: Text) -> list[tuple[str, ...]]:
    """Other spellings of the people whose name contains the atom's words."""
    first = atom.tokens[0]
    if atom.prefix and len(atom.tokens) == 1:
        if len(first) < 3:
            return []
        start = bisect.bisect_left(directory.words, first)
        people: set[int] = set()
        for word in directory.words[start:]:
            if not word.startswith(first):
                break
            people |= directory.people_by_word[word]
            if len(people) > MAX_PEOPLE_PREFIX:
                return []
    else:
        people = directory.people_by_word.get(first, set())
        if len(people) > MAX_PEOPLE:
            return []
    n = len(atom.tokens)
    out: list[tuple[str, ...]] = []
    for person in sorted(people):
        names = directory.spellings[person]
        if n > 1 and not any(_contains(name, atom.tokens, atom.prefix) for name in names):
            continue
        out += [name for name in names if name != atom.tokens and name not in out]
    return out


def _contains(name: tuple[str, ...], words: tuple[str, ...], prefix: bool) -> bool:
    n = len(words)
    for i in range(len(name) - n + 1):
        window = name[i:i + n]
        if window[:-1] == words[:-1] and (window[-1] == words[-1] or (prefix and window[-1].startswith(words[-1]))):
            return True
    return False


# --------------------------------------------------------------------------
# Compiling a parsed query into an FTS5 expression


@dataclass(frozen=True)
class Alternative:
    """One way a text atom may match, whatever the engine.

    ``kind``: "words" (the words in a row, the last one possibly a prefix),
    "any" (any one of the words), "near" (all the words within
    ``len(words)`` tokens of each other, in any order).  ``columns``: where.
    """

    kind: str
    columns: tuple[str, ...]
    words: tuple[str, ...]
    prefix: bool = False


def text_alternatives(atom: Text, directory: _Directory | None) -> list[Alternative]:
    """What a text atom looks for: its own words, and every other spelling of the people it names."""
    out = [Alternative("words", _FIELD_COLUMNS[atom.field], atom.tokens, atom.prefix)]
    if directory is not None and atom.field in (None, "with"):
        words: list[str] = []
        for spelling in _spellings(directory, atom):
            # A word of the spelling that names this person alone ("гаджиев", not "фарид") is enough,
            # and far cheaper to look for than the whole name; failing one, the whole name, nearby.
            own = [w for w in spelling if len(directory.people_by_word.get(w, ())) == 1]
            if own:
                words += [w for w in own if w not in words and w not in atom.tokens]
            elif len(spelling) == 1:
                out.append(Alternative("words", NAME_COLUMNS, spelling))
            else:
                out.append(Alternative("near", NAME_COLUMNS, spelling))
        if words:
            out.append(Alternative("any", NAME_COLUMNS, tuple(words)))
    return out


def query_parts(parsed: ParsedQuery, *, country=None, kind=None, year=None,
                status=None) -> tuple[list[Clause], str | None, str | None]:
    """The clauses of a query with the list's filters added, and its date range (from inclusive, until exclusive)."""
    clauses = list(parsed.clauses)
    if country:
        clauses.append(Clause((Facet("country", (str(country).upper(),)),)))
    if kind:
        clauses.append(Clause((Facet("kind", (str(kind),)),)))
    if status:
        clauses.append(Clause((Facet("status", (str(status),)),)))
    date_from, date_until = parsed.date_from, parsed.date_until
    if year:
        start, until = f"{int(year):04d}-01-01", f"{int(year) + 1:04d}-01-01"
        date_from = max(date_from or start, start)
        date_until = min(date_until or until, until)
    return clauses, date_from, date_until


def needs_directory(clauses: Iterable[Clause]) -> bool:
    return any(isinstance(a, Text) and a.field in (None, "with") for c in clauses for a in c.alternatives)


def id_range(date_from: str | None, date_until: str | None) -> tuple[int, int]:
    """The document ids of a date range (ids are date-ordered; undated drafts are outside any range)."""
    low, high = 0, _ROWID_MAX
    if date_from is not None or date_until is not None:
        high = _DATED_MAX
        if date_from is not None:
            low = _dt.date.fromisoformat(date_from).toordinal() << _SLOT_BITS
        if date_until is not None:
            high = min(high, (_dt.date.fromisoformat(date_until).toordinal() << _SLOT_BITS) - 1)
    return low, high


# --------------------------------------------------------------------------
# Searching: one interface, the archive's engine behind it


def _server(archive: Archive) -> bool:
    return archive.engine.dialect.name == "postgresql"


def _parsed(query: str | ParsedQuery) -> ParsedQuery:
    return query if isinstance(query, ParsedQuery) else parse_query(query)


@dataclass
class _Ranking:
    """The order of a query's matches, as far as it was looked at.

    ``ranked``: (rowid, score) best first — every match when there are at
    most RANK_WINDOW of them, else the newest RANK_WINDOW.  ``newest``: the
    matches after those, newest first.  ``below``: None when that is every
    match, else the rowid under which further (older) matches were not read.
    """

    ranked: list[tuple[int, float]]
    newest: list[int]
    below: int | None

    @property
    def seen(self) -> int:
        return len(self.ranked) + len(self.newest)


def search_ids(archive: Archive, query: str | ParsedQuery, *, country: str | None = None, kind: str | None = None,
               year: int | None = None, status: str | None = None, include_deleted: bool = False) -> list[str]:
    """Every matching meeting id, best first (an empty query gives []), in the order of :func:`search`."""
    backend = _backend(archive.engine.dialect.name)
    return backend.search_ids(archive, _parsed(query), country=country, kind=kind, year=year, status=status,
                              include_deleted=include_deleted)


def search(archive: Archive, query: str | ParsedQuery, *, limit: int = 50, offset: int = 0,
           country: str | None = None, kind: str | None = None, year: int | None = None,
           status: str | None = None, include_deleted: bool = False, exact_count: bool = False) -> SearchResult:
    """One page of results, best first, with snippets, and the number of meetings found.

    The number is exact up to :data:`COUNT_LIMIT` matches; beyond, ``total``
    is a lower bound (COUNT_LIMIT, or the end of the page asked for) and
    ``total_exact`` is False.  ``exact_count=True`` counts every match
    (which takes time in proportion to their number).
    """
    backend = _backend(archive.engine.dialect.name)
    return backend.search(archive, _parsed(query), limit=max(0, int(limit)), offset=max(0, int(offset)),
                          exact_count=exact_count, country=country, kind=kind, year=year, status=status,
                          include_deleted=include_deleted)


def snippets(archive: Archive, query: str | ParsedQuery, ids: Iterable[str]) -> dict[str, str]:
    """A snippet per meeting id, matched words between "\\x02" and "\\x03" (other spellings included)."""
    ids = [str(i) for i in ids]
    if not ids:
        return {}
    return _backend(archive.engine.dialect.name).snippets(archive, _parsed(query), ids)


def _opening(text: str, words: int = SNIPPET_TOKENS) -> str:
    parts = (text or "").split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its match marks replaced (for plain-text output)."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)
