"""The archive before SQLAlchemy is loaded: what the window shows first, read with the sqlite3 module.

Starting the application should paint the window with the first page of the
archive list as fast as a bare Qt window appears.  Loading SQLAlchemy's ORM
and Alembic takes longer than that on its own, so the window starts on an
:class:`ArchiveHandle`: when the archive is an SQLite file whose schema is
already the newest (:func:`schema_revision`, one query, no Alembic), the
handle answers the few questions the first paint asks — the settings, the
number of meetings, the list's ids in any order and filter, the rows of the
visible ones — with plain SQL.  The full :class:`~chancery.store.archive.Archive`
opens on a worker thread meanwhile; once it is :meth:`~ArchiveHandle.attach`-ed,
the handle passes every call on to it, and anything else asked before then
(a save, a search) waits for it.

The light types the list needs (:class:`MeetingRow`, :class:`Access`,
:data:`DEFAULT_SETTINGS`) live here too, so that importing them loads
nothing heavy.

Threading: each early call opens its own read-only connection (a pool
thread may list while the GUI thread paints).  Qt-free.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The newest schema revision (the last file of db/migrations/versions; a test keeps them equal).
SCHEMA_HEAD = "0008"

DEFAULT_SETTINGS: dict[str, Any] = {
    "home_country": None,
    "ministry": {},
    "agency": None,
    "dateline": {},
    "output_languages": ["fr", "en"],
    "house_style": {},
    "briefing_addressee": {},  # "Note pour le Ministre"; empty: from our principal's title
    "backups_kept": 7,  # daily backups of the archive file kept in backups/ (chancery.store.backup)
}

OFFLINE_KEY = "offline_copy_of"  # in settings: where an offline copy came from, and when

ARCHIVE_ENV = "CHANCERY_ARCHIVE"
_location_override: str | None = None


def set_archive_location(location: str | None) -> None:
    """Use this archive (a file path or URL) for this process (the ``--archive`` option)."""
    global _location_override
    _location_override = location or None


def archive_location() -> str | None:
    """The archive asked for by --archive or $CHANCERY_ARCHIVE (None: the data folder's file)."""
    return _location_override or os.environ.get(ARCHIVE_ENV) or None


def names_server(location: str | None) -> bool:
    """Whether the text ``location`` names a PostgreSQL archive (a ``postgresql://`` URL)."""
    if location is None:
        return False
    return str(location).split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def local_file(location: str | None) -> Path | None:
    """The SQLite file ``location`` names (a path or an ``sqlite:///`` URL), or None for a server or memory."""
    if location is None or names_server(location):
        return None
    text = str(location)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):].split("?", 1)[0]
    elif "://" in text:
        return None
    if not text or text == ":memory:":
        return None
    return Path(text).expanduser()


@dataclass(frozen=True)
class MeetingRow:
    """What the archive list shows of a meeting."""

    id: str
    date: str | None
    kind: str | None
    counterpart_country: str | None
    principals: str
    status: str
    classification: str
    version: int
    updated_at: _dt.datetime
    deleted_at: _dt.datetime | None = None
    # The counterpart's organisation (a language map) when it is not a country.
    counterpart_organization: Any = None


@dataclass(frozen=True)
class Access:
    """What the user may do: everything in an SQLite file; on a server, what PostgreSQL grants (store.server)."""

    user: str = ""
    write: bool = True
    internal: bool = True


SORT_COLUMNS = {
    "date": "date",
    "kind": "kind",
    "country": "counterpart_country",
    "principals": "principals",
    "status": "status",
    "updated": "updated_at",
}


def schema_revision(path: Path) -> str | None:
    """The schema revision of the SQLite file at ``path`` (None: no file, not ours, unreadable)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return None
        connection = _connect(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return None
    return row[0] if row else None


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def _datetime(value: Any) -> _dt.datetime | None:
    if value is None or isinstance(value, _dt.datetime):
        return value
    try:
        return _dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _json(value: Any) -> Any:
    if value is None or not isinstance(value, (str, bytes)):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return None


def listing_sql(*, sort: str, descending: bool, include_deleted: bool, deleted_only: bool, status: str | None,
                kind: str | None, country: str | None, year: int | None, limit: int | None) -> tuple[str, list]:
    """The id query of the archive list (the same as ``Archive.list_ids``): SQL and its arguments."""
    where: list[str] = []
    args: list[Any] = []
    if deleted_only:
        where.append("deleted_at IS NOT NULL")
    elif not include_deleted:
        where.append("deleted_at IS NULL")
    for column, value in (("status", status), ("kind", kind), ("counterpart_country", country)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    if year:
        where.append("date LIKE ?")
        args.append(f"{int(year):04d}-%")
    column = SORT_COLUMNS[sort]
    direction = "DESC" if descending else "ASC"
    sql = "SELECT id FROM meetings" + (" WHERE " + " AND ".join(where) if where else "")
    sql += f" ORDER BY {column} {direction}, id {direction}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, args


class ArchiveHandle:
    """An SQLite archive read with sqlite3 until its :class:`Archive` is attached, then that Archive.

    Create it with :meth:`open_current`, which gives None unless the file's
    schema is the newest (then the archive must be opened, and perhaps
    upgraded, the ordinary way).
    """

    server = False
    backup = None

    def __init__(self, path: Path):
        self.path = path
        self.name = str(path)
        self._archive: Any = None
        self._attached = threading.Event()
        self._failed: BaseException | None = None
        self._opening_lock = threading.Lock()
        self._opening = False
        self._reader: sqlite3.Connection | None = None  # one read-only connection until the archive attaches
        self._reader_lock = threading.Lock()
        self._offline = self._read_offline()

    @classmethod
    def open_current(cls, path: Path) -> ArchiveHandle | None:
        if schema_revision(path) != SCHEMA_HEAD:
            return None
        try:
            return cls(path)
        except sqlite3.Error:
            return None

    # -- the full archive --------------------------------------------------------

    def claim_opening(self) -> bool:
        """True for the one caller that is to open the full archive; False once someone has begun."""
        with self._opening_lock:
            if self._opening:
                return False
            self._opening = True
            return True

    def open_now(self) -> Any:
        """Open the full archive on this thread and attach it (the caller has claimed the opening)."""
        from . import open_archive

        try:
            archive = open_archive(self.path)
        except BaseException as error:
            self.attach_failed(error)
            raise
        self.attach(archive)
        return archive

    def attach(self, archive: Any) -> None:
        """From now on every call goes to ``archive`` (opened on another thread)."""
        self._archive = archive
        self._attached.set()
        with self._reader_lock:
            reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()

    def attach_failed(self, error: BaseException) -> None:
        """The full archive could not be opened: calls that need it raise ``error``."""
        self._failed = error
        self._attached.set()

    @property
    def archive(self) -> Any:
        """The full Archive, waiting for it if it is still opening, opening it here if nobody has begun.

        The window opens it behind the first paint; a call that needs it before
        then (on the GUI thread, which that opening waits for) must not wait for
        an opening that cannot start.
        """
        if not self._attached.is_set() and self.claim_opening():
            self.open_now()
        self._attached.wait()
        if self._archive is None:
            raise self._failed or RuntimeError("the archive is not open")
        return self._archive

    @property
    def attached(self) -> bool:
        return self._archive is not None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.archive, name)

    # -- what the first paint asks ---------------------------------------------

    @property
    def generation(self) -> int:
        return self._archive.generation if self._archive is not None else 0

    @property
    def offline(self) -> dict | None:
        return self._archive.offline if self._archive is not None else self._offline

    @property
    def access(self) -> Access:
        if self._archive is not None:
            return self._archive.access
        return Access(write=False) if self._offline else Access()

    @property
    def read_only(self) -> bool:
        return not self.access.write

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """The handle's read-only connection (its schema read once, its pages cached between calls).

        When another thread is using it (the list's ids read on the pool), a connection of its own: the
        GUI thread never waits for another query.
        """
        if not self._reader_lock.acquire(blocking=False):
            connection = _connect(self.path)
            try:
                yield connection
            finally:
                connection.close()
            return
        try:
            if self._reader is None:
                self._reader = _connect(self.path)
            yield self._reader
        finally:
            self._reader_lock.release()

    def _read_offline(self) -> dict | None:
        with self._reading() as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (OFFLINE_KEY,)).fetchone()
        value = _json(row[0]) if row else None
        return value if isinstance(value, dict) else None

    def settings(self) -> dict[str, Any]:
        if self._archive is not None:
            return self._archive.settings()
        with self._reading() as connection:
            stored = {key: _json(value) for key, value in connection.execute("SELECT key, value FROM settings")}
        return {key: stored.get(key, default) for key, default in DEFAULT_SETTINGS.items()}

    def count(self, *, include_deleted: bool = False) -> int:
        if self._archive is not None:
            return self._archive.count(include_deleted=include_deleted)
        # All rows less the deleted ones: SQLite counts a whole index page by page (cheap), while the rows
        # "WHERE deleted_at IS NULL" would be counted one by one (10 ms at 100,000 meetings).
        sql = "SELECT (SELECT count(*) FROM meetings)" + (
            "" if include_deleted else " - (SELECT count(*) FROM meetings WHERE deleted_at IS NOT NULL)")
        with self._reading() as connection:
            return connection.execute(sql).fetchone()[0]

    def list_ids(self, *, sort: str = "date", descending: bool = True, include_deleted: bool = False,
                 deleted_only: bool = False, status: str | None = None, kind: str | None = None,
                 country: str | None = None, year: int | None = None, limit: int | None = None) -> list[str]:
        if self._archive is not None:
            return self._archive.list_ids(sort=sort, descending=descending, include_deleted=include_deleted,
                                          deleted_only=deleted_only, status=status, kind=kind, country=country,
                                          year=year, limit=limit)
        sql, args = listing_sql(sort=sort, descending=descending, include_deleted=include_deleted,
                                deleted_only=deleted_only, status=status, kind=kind, country=country, year=year,
                                limit=limit)
        with self._reading() as connection:
            return [row[0] for row in connection.execute(sql, args)]

    def rows(self, ids: Iterable[str]) -> dict[str, MeetingRow]:
        if self._archive is not None:
            return self._archive.rows(ids)
        with self._reading() as connection:
            return read_rows(self.path, list(ids), connection)


def read_rows(path: Path, ids: list[str], connection: sqlite3.Connection | None = None) -> dict[str, MeetingRow]:
    """The list rows of ``ids`` (what ``Archive.rows`` gives), read with sqlite3 (on ``connection`` if given)."""
    out: dict[str, MeetingRow] = {}
    own = connection is None
    connection = _connect(path) if connection is None else connection
    try:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            sides: dict[str, str] = {}
            for (meeting_id, date, kind, country, principals, status, classification, version, updated_at,
                 deleted_at, our_side) in connection.execute(
                    "SELECT id, date, kind, counterpart_country, principals, status, classification, version, "
                    f"updated_at, deleted_at, our_side FROM meetings WHERE id IN ({marks})", chunk):
                updated = _datetime(updated_at)
                assert updated is not None, "meetings.updated_at is NOT NULL"
                out[meeting_id] = MeetingRow(meeting_id, date, kind, country, principals or "", status, classification,
                                             version, updated, _datetime(deleted_at))
                if country is None:
                    sides[meeting_id] = "guest" if our_side == "host" else "host"
            if not sides:
                continue
            marks = ",".join("?" * len(sides))
            for meeting_id, side, organization in connection.execute(
                    "SELECT meeting_id, side, organization FROM participants "
                    f"WHERE meeting_id IN ({marks}) AND role = 'principal' AND organization IS NOT NULL "
                    "ORDER BY position", list(sides)):
                organization = _json(organization)
                row = out[meeting_id]
                if side == sides[meeting_id] and organization and row.counterpart_organization is None:
                    out[meeting_id] = MeetingRow(**{**row.__dict__, "counterpart_organization": organization})
    finally:
        if own:
            connection.close()
    return out
