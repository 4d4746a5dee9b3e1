"""Full-text search of the archive (SQLite FTS5), kept in step with every save.

The index holds one document per meeting (tables ``search_map``,
``search_docs`` and the FTS5 table ``search_fts``, created by migration 0002
from ``db/search/0002_search_index.sql``) and its vocabulary
(``search_terms``, migration 0003).  :class:`SearchIndexHook` is
registered in :data:`chancery.store.archive.WRITE_HOOKS`, so a save, a move
to the trash, a restore or a purge updates the index in the same
transaction; :func:`rebuild_index` recomputes it from the meetings.

A document's columns, by weight: participants' names in every language
(principals above the rest of the delegations), titles and organisations,
documents signed, places and countries (names in en/fr/ru and the code),
the labels of kind, topics and cooperation areas in every language plus
the occasion, statements and next steps, notes.  The internal briefing
section is deliberately not indexed: it is confidential material, and
search results show snippets in a list anyone at the screen can read.

Spelling: the tokenizer (``unicode61 remove_diacritics 2``) folds case and
Latin diacritics; the few letters it does not fold like
:func:`chancery.text.fold` (ə, ı, ё, ß, …) are folded by :func:`index_text`
before indexing, and queries are folded with ``fold``.  Names are matched
across scripts and transliterations through the people directory: a query
word that is part of a known person's name also looks for every spelling of
that person (Bayramov, Baïramov, Ceyhun Bayramov, Байрамов).

Ranking: bm25 with column weights, when a query matches at most
:data:`RANK_WINDOW` meetings.  The document ids are ordered by date, so date
filters are id ranges and FTS5 reads matches newest first, stopping at the
LIMIT whatever the words' frequency.  bm25 cannot stop early (it first
counts every meeting holding each word: all 90,000 meetings naming the
home minister), so a larger result is ranked the cheap way: its newest
RANK_WINDOW matches by the columns holding the words (names above titles,
documents, places and topics, above the rest — :data:`TIERS`), older ones
after them, newest first.  search() counts matches exactly up to
:data:`COUNT_LIMIT`; beyond, ``SearchResult.total`` is a lower bound and
``total_exact`` is False ("1,000+").

Prefixes: search_fts indexes prefixes of 2 and 3 letters; a longer prefix
("ministe*") is expanded through ``search_terms`` (migration 0003, the
index's vocabulary, kept with every save) into the OR of its terms, which
FTS5 reads lazily, where a prefix query would merge every matching term's
doclist in full first.

Threading: the functions take an :class:`~chancery.store.archive.Archive` and
open their own connection; they may run in a worker thread.  Qt-free.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import json
import re
import sqlite3
import threading
import unicodedata
import weakref
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ...text import fold
from .. import models as m
from ..archive import WRITE_HOOKS, Archive
from ..query import Clause, Facet, ParsedQuery, QueryError, Text, parse_query, tokens

__all__ = [
    "COLUMNS", "Hit", "ParsedQuery", "QueryError", "SearchResult", "document", "index_status", "index_text",
    "parse_query", "rebuild_index", "search", "search_ids", "snippets",
]

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

COLUMNS = ("principals", "people", "titles", "documents", "places", "topics", "body", "notes", "facets")
WEIGHTS = (10.0, 6.0, 4.0, 4.0, 3.0, 2.0, 1.0, 0.5, 0.0)
TEXT_COLUMNS = COLUMNS[:-1]
NAME_COLUMNS = ("principals", "people")
_FIELD_COLUMNS = {None: TEXT_COLUMNS, "with": NAME_COLUMNS, "signed": ("documents",), "country": ("places",)}

RANK_WINDOW = 300  # a larger result: the newest this many ranked by where the words are, older ones by date
COUNT_LIMIT = 1000  # search() counts matches exactly up to this many
SNIPPET_TOKENS = 12
SEARCH_CACHE_KIB = 32 * 1024  # page cache of a connection that searches
MARK_START, MARK_END = "\x02", "\x03"
SEPARATOR = " · "

_SLOT_BITS = 20
_SLOT_MASK = (1 << _SLOT_BITS) - 1
_UNDATED_DAY = _dt.date.max.toordinal() + 1  # drafts without a date sort as the newest
_DATED_MAX = (_UNDATED_DAY << _SLOT_BITS) - 1
_ROWID_MAX = (1 << 63) - 1

_BM25 = "bm25(search_fts, " + ", ".join(repr(w) for w in WEIGHTS) + ")"

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
# Index text: folding the letters the tokenizer does not fold

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


def index_terms(texts: Iterable[str]) -> list[str]:
    """The distinct terms the index tokenizer makes of ``texts`` (what FTS5 will hold for them)."""
    with _fold_lock:
        probe = _open_probe()
        probe.execute("INSERT INTO w(w) VALUES ('delete-all')")
        probe.execute("INSERT INTO w(x) VALUES (?)", ("\n".join(texts),))
        return [row[0] for row in probe.execute("SELECT term FROM r")]


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


def _countries(meeting: dict) -> list[str]:
    place = meeting.get("place") if isinstance(meeting.get("place"), dict) else {}
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
    place = meeting.get("place") if isinstance(meeting.get("place"), dict) else {}
    occasion = meeting.get("occasion") if isinstance(meeting.get("occasion"), dict) else {}
    publication = meeting.get("publication") if isinstance(meeting.get("publication"), dict) else {}

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
# Writing


def _raw(connection: Connection) -> sqlite3.Connection:
    return connection.connection.driver_connection


def _free_rowid(cursor: sqlite3.Cursor, meeting_id: str, day: int) -> int:
    base = day << _SLOT_BITS
    used = {r[0] for r in cursor.execute("SELECT id FROM search_map WHERE id BETWEEN ? AND ?",
                                         (base, base + _SLOT_MASK))}
    slot = _slot(meeting_id)
    while base + slot in used:
        slot = (slot + 1) & _SLOT_MASK
    return base + slot


_INSERT_DOC = f"INSERT INTO search_docs(id, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})"
_UPDATE_DOC = f"UPDATE search_docs SET {', '.join(c + ' = ?' for c in COLUMNS)} WHERE id = ?"
_SELECT_DOC = f"SELECT {', '.join(COLUMNS)} FROM search_docs WHERE id = ?"


def write_document(cursor: sqlite3.Cursor, meeting: dict, *, trashed: bool = False) -> None:
    """Index (or re-index) one meeting; the FTS table follows through the triggers."""
    meeting_id = str(meeting["id"])
    doc = document(meeting, trashed=trashed)
    values = tuple(doc[c] for c in COLUMNS)
    day = _day(meeting.get("date"))
    row = cursor.execute("SELECT id FROM search_map WHERE meeting_id = ?", (meeting_id,)).fetchone()
    if row is not None and row[0] >> _SLOT_BITS == day:
        if cursor.execute(_SELECT_DOC, (row[0],)).fetchone() != values:
            cursor.execute(_UPDATE_DOC, (*values, row[0]))
            _add_terms(cursor, values)
        return
    if row is not None:
        _delete(cursor, row[0])
    rowid = _free_rowid(cursor, meeting_id, day)
    cursor.execute("INSERT INTO search_map(id, meeting_id) VALUES (?, ?)", (rowid, meeting_id))
    cursor.execute(_INSERT_DOC, (rowid, *values))
    _add_terms(cursor, values)


def _add_terms(cursor: sqlite3.Cursor, values: Iterable[str]) -> None:
    """Record the terms of a document in ``search_terms`` (the vocabulary long prefixes expand through)."""
    cursor.execute("INSERT OR IGNORE INTO search_terms(term) SELECT value FROM json_each(?)",
                   (json.dumps(index_terms(values), ensure_ascii=False),))


def _delete(cursor: sqlite3.Cursor, rowid: int) -> None:
    cursor.execute("DELETE FROM search_docs WHERE id = ?", (rowid,))
    cursor.execute("DELETE FROM search_map WHERE id = ?", (rowid,))


_local = threading.local()


class SearchIndexHook:
    """Keeps the index in step with the archive, inside the archive's own transaction."""

    def saved(self, session: Session, meeting: dict) -> None:
        connection = session.connection()
        if getattr(_local, "suspended", False):
            return
        if connection.dialect.name == "postgresql":
            from . import postgres

            postgres.write_document(connection, meeting)
            return
        write_document(_raw(connection).cursor(), meeting)

    def removed(self, session: Session, meeting_id: str) -> None:
        connection = session.connection()
        if getattr(_local, "suspended", False):
            return
        if connection.dialect.name == "postgresql":
            from . import postgres

            postgres.removed(connection, meeting_id)
            return
        cursor = _raw(connection).cursor()
        row = cursor.execute("SELECT id FROM search_map WHERE meeting_id = ?", (meeting_id,)).fetchone()
        if row is None:
            return
        if cursor.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is None:
            _delete(cursor, row[0])  # purged
        else:  # moved to the trash: still findable with include_deleted
            cursor.execute("UPDATE search_docs SET facets = 'xtrash' || substr(facets, 6) "
                           "WHERE id = ? AND facets LIKE 'xlive%'", (row[0],))


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
    meetings = m.Meeting.__table__
    ids = [r[0] for r in connection.execute(select(meetings.c.id).order_by(meetings.c.id))]
    parts = {
        "participants": (m.Participant.__table__, ("role", "name", "title", "country", "organization")),
        "statements": (m.Statement.__table__, ("text",)),
        "documents_signed": (m.SignedDocument.__table__, ("type", "title", "period")),
        "next_steps": (m.NextStep.__table__, ("text",)),
        "anniversaries": (m.Anniversary.__table__, ("subject",)),
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


def load_documents(raw: sqlite3.Connection, records: Iterable[tuple[dict, bool]], *,
                   total: int = 0, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bool:
    """Replace the whole index with documents for ``records``, in bulk; False if cancelled.

    The caller owns the transaction.  The triggers are set aside while the
    content table is refilled, then FTS5 rebuilds its index from it in one
    pass; the result is the same index the triggers would have built.
    """
    cursor = raw.cursor()
    triggers = [r[0] for r in cursor.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs' ORDER BY name")]
    for name in [r[0] for r in cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs'")]:
        cursor.execute(f'DROP TRIGGER "{name}"')
    cursor.execute("DELETE FROM search_docs")
    cursor.execute("DELETE FROM search_map")
    done = 0
    for record, trashed in records:
        if cancelled is not None and done % 200 == 0 and cancelled():
            return False
        meeting_id = str(record["id"])
        rowid = _free_rowid(cursor, meeting_id, _day(record.get("date")))
        doc = document(record, trashed=trashed)
        cursor.execute("INSERT INTO search_map(id, meeting_id) VALUES (?, ?)", (rowid, meeting_id))
        cursor.execute(_INSERT_DOC, (rowid, *(doc[c] for c in COLUMNS)))
        done += 1
        if progress is not None and done % 500 == 0:
            progress(0.9 * done / (total or done), f"indexed {done} of {total or done} meetings")
    if progress is not None:
        progress(0.9, "building the search index")
    cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    for sql in triggers:
        cursor.execute(sql)
    if cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_terms'").fetchone():  # from schema 0003
        refill_terms(cursor)
    if progress is not None:
        progress(1.0, f"indexed {done} meetings")
    return True


def refill_terms(cursor: sqlite3.Cursor) -> None:
    """Make ``search_terms`` exactly the index's vocabulary (fts5vocab), dropping terms no longer used."""
    cursor.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search_fts', 'row')")
    cursor.execute("DELETE FROM search_terms")
    cursor.execute("INSERT INTO search_terms(term) SELECT term FROM temp.search_vocab")
    cursor.execute("DROP TABLE temp.search_vocab")


def rebuild_index(archive: Archive, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bool:
    """Recompute the whole index from the meetings; returns False if cancelled.

    One transaction holding the write lock from its BEGIN (the triggers are
    dropped and recreated inside it): a kill, an error or a cancellation
    leaves the index as it was, and no save slips in between.
    """
    with archive.write_connection() as connection:
        with connection.begin() as transaction:
            total = connection.exec_driver_sql("SELECT count(*) FROM meetings").scalar() or 0
            if connection.dialect.name == "postgresql":
                from . import postgres

                done = postgres.load_documents(connection, iter_records(connection), total=total,
                                               progress=progress, cancelled=cancelled)
            else:
                done = load_documents(_raw(connection), iter_records(connection), total=total,
                                      progress=progress, cancelled=cancelled)
            if not done:
                transaction.rollback()
            return done


def repair_index(archive: Archive) -> bool:
    """Rebuild the index if its triggers are missing (an older Chancery killed mid-rebuild); True if it did."""
    with archive.engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            return False
        present = {r[0] for r in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs'")}
        has_index = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'search_docs'").scalar()
    if not has_index or present >= _TRIGGERS:
        return False
    from ... import paths
    from ..db import sql_statements

    script = (paths.db_dir() / "search" / "0002_search_index.sql").read_text(encoding="utf-8")
    triggers = [s for s in sql_statements(script) if s.upper().startswith("CREATE TRIGGER")]
    with archive.write_connection() as connection, connection.begin():
        cursor = _raw(connection).cursor()
        present = {r[0] for r in cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs'")}
        for statement in triggers:
            name = statement.split()[2]
            if name not in present:
                cursor.execute(statement)
        total = connection.exec_driver_sql("SELECT count(*) FROM meetings").scalar() or 0
        load_documents(_raw(connection), iter_records(connection), total=total)
    return True


_TRIGGERS = {"search_docs_insert", "search_docs_delete", "search_docs_update"}


def optimize_index(archive: Archive) -> None:
    """Merge the index's segments into one (after a large import; optional)."""
    with archive.write_connection() as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("ANALYZE search_docs")
            return
        connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def index_status(archive: Archive) -> dict[str, int]:
    """Counts for a health check: meetings, indexed documents, missing and stale entries."""
    with archive.engine.connect() as connection:
        return status_counts(connection)


def status_counts(connection: Connection) -> dict[str, int]:
    one = lambda sql: connection.exec_driver_sql(sql).scalar() or 0  # noqa: E731
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


_directories: "weakref.WeakKeyDictionary[Archive, _Directory]" = weakref.WeakKeyDictionary()
_directory_lock = threading.Lock()
MAX_PEOPLE = 25  # a word shared by more people than this is not a name query
MAX_PEOPLE_PREFIX = 10


def _directory(archive: Archive, cursor: sqlite3.Cursor) -> _Directory:
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


def _server(archive: Archive) -> bool:
    return archive.engine.dialect.name == "postgresql"


def _parsed(query: str | ParsedQuery) -> ParsedQuery:
    return query if isinstance(query, ParsedQuery) else parse_query(query)


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


def _rank(cursor: sqlite3.Cursor, plan: _Plan, read: int | None) -> _Ranking:
    """Read the newest ``read`` matches (None: all) and rank the newest RANK_WINDOW of them.

    FTS5 walks its doclists newest first and stops at the LIMIT, so reading
    the newest matches costs the same whether a word is in 20 meetings or in
    90,000.  bm25 does not: it counts every meeting holding each word of
    the query first.  So bm25 orders a result only when there are at most
    RANK_WINDOW matches; a larger one gets the newest RANK_WINDOW ordered by
    where the words are (:func:`_tier_scores`), the older ones by date.
    """
    window = max(1, RANK_WINDOW)
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


def search_ids(archive: Archive, query: str | ParsedQuery, *, country: str | None = None, kind: str | None = None,
               year: int | None = None, status: str | None = None, include_deleted: bool = False) -> list[str]:
    """Every matching meeting id, best first (an empty query gives []), in the order of :func:`search`."""
    parsed = _parsed(query)
    if _server(archive):
        from . import postgres

        return postgres.search_ids(archive, parsed, country=country, kind=kind, year=year, status=status,
                                   include_deleted=include_deleted)
    with _Reader(archive) as cursor:
        plan = _plan(archive, cursor, parsed, country=country, kind=kind, year=year, status=status,
                     include_deleted=include_deleted)
        if plan is None:
            return []
        if not plan.ranked:
            return [r[1] for r in cursor.execute(_ROWS_SQL, (plan.match, plan.low, plan.high, -1, 0))]
        ranking = _rank(cursor, plan, RANK_WINDOW)
        mapping = _meeting_ids(cursor, [r[0] for r in ranking.ranked] + ranking.newest)
        ids = [mapping[r[0]] for r in ranking.ranked] + [mapping[r] for r in ranking.newest]
        if ranking.below is not None:
            ids += [r[1] for r in cursor.execute(_ROWS_SQL, (plan.match, plan.low, ranking.below - 1, -1, 0))]
        return ids


def search(archive: Archive, query: str | ParsedQuery, *, limit: int = 50, offset: int = 0,
           country: str | None = None, kind: str | None = None, year: int | None = None,
           status: str | None = None, include_deleted: bool = False, exact_count: bool = False) -> SearchResult:
    """One page of results, best first, with snippets, and the number of meetings found.

    The number is exact up to :data:`COUNT_LIMIT` matches; beyond, ``total``
    is a lower bound (COUNT_LIMIT, or the end of the page asked for) and
    ``total_exact`` is False.  ``exact_count=True`` counts every match
    (which takes time in proportion to their number).
    """
    parsed = _parsed(query)
    limit, offset = max(0, int(limit)), max(0, int(offset))
    if _server(archive):
        from . import postgres

        return postgres.search(archive, parsed, limit=limit, offset=offset, exact_count=exact_count,
                               country=country, kind=kind, year=year, status=status,
                               include_deleted=include_deleted)
    with _Reader(archive) as cursor:
        plan = _plan(archive, cursor, parsed, country=country, kind=kind, year=year, status=status,
                     include_deleted=include_deleted)
        if plan is None:
            return SearchResult([], 0)
        read = None if exact_count else max(COUNT_LIMIT, offset + limit)
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
SNIPPET_ORDER = ("principals", "people", "documents", "titles", "body", "notes", "topics", "places")
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


def _opening(text: str, words: int = SNIPPET_TOKENS) -> str:
    parts = (text or "").split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def snippets(archive: Archive, query: str | ParsedQuery, ids: Iterable[str]) -> dict[str, str]:
    """A snippet per meeting id, matched words between "\\x02" and "\\x03" (other spellings included)."""
    ids = [str(i) for i in ids]
    if not ids:
        return {}
    parsed = _parsed(query)
    if _server(archive):
        from . import postgres

        return postgres.snippets(archive, parsed, ids)
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


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its match marks replaced (for plain-text output)."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)
