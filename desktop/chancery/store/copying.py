"""Copying a whole archive between engines: SQLite ⇄ PostgreSQL, and offline copies for travel.

:func:`copy_archive` copies every table row for row — ids, versions, people
and their spellings, the trash, settings — into an empty target archive at
this version's schema, in one transaction, then rebuilds the target's search
index.  Autosaves (one user's unsaved work) stay behind.  The internal
briefing section is copied when the source lets its user read it (a server
reader without the internal grant copies everything else).

An *offline copy* (:func:`take_offline_copy`, File ▸ Take a Copy Offline) is
an SQLite file copied from a server archive and marked as such: it opens
read-only (``OFFLINE_KEY`` in ``settings``) and is refreshed by copying
again.

Threading: any thread; long work takes ``progress(fraction, message)`` and
``cancelled()``.  Qt-free.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.engine import Connection

from ..errors import ArchiveError
from .archive import Archive
from .early import OFFLINE_KEY
from .models import (
    Anniversary,
    Autosave,
    InternalBriefing,
    Invitation,
    Meeting,
    NextStep,
    Participant,
    Person,
    PersonName,
    Setting,
    SignedDocument,
    Statement,
    table_of,
)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

BATCH = 1000

# Parents before children, so foreign keys hold while rows go in.
TABLES = (Meeting, Person, PersonName, Participant, Statement, SignedDocument, Invitation,
          Anniversary, NextStep, InternalBriefing, Setting)


class CopyCancelled(Exception):
    pass


def copy_archive(source: Archive, target: Archive, *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, replace: bool = False,
                 extra_settings: dict | None = None) -> dict[str, int]:
    """Copy ``source`` into ``target`` (which must be empty unless ``replace``); returns rows copied per table.

    Returns without changing the target when ``cancelled()`` says so (then the
    result is empty).
    """
    from . import search

    if not target.access.write:
        from ..errors import ReadOnlyError

        raise ReadOnlyError(target.name)
    tables = [t for t in TABLES if t is not InternalBriefing or source.access.internal]
    counts: dict[str, int] = {}
    with source.engine.connect() as reader:
        totals = {t.__tablename__: reader.execute(select(func.count()).select_from(t)).scalar() or 0 for t in tables}
    grand_total = sum(totals.values()) or 1
    done = 0
    try:
        with source.engine.connect() as reader, target.engine.begin() as writer:
            held = writer.execute(select(func.count()).select_from(Meeting)).scalar() or 0
            if held and not replace:
                raise ArchiveError(f"{target.name} already holds {held} meeting(s): copy into an empty archive "
                                   "(a new file, or a database just set up with chancery admin upgrade)")
            if replace:
                _empty(writer)
            for model in tables:
                table = table_of(model)
                name = table.name
                columns = list(table.columns)
                key = list(table.primary_key.columns)
                counts[name] = 0
                last = None
                while True:
                    if cancelled is not None and cancelled():
                        raise CopyCancelled
                    query = select(*columns).order_by(key[0]).limit(BATCH)  # every copied table has a one-column key
                    if last is not None:
                        query = query.where(key[0] > last)
                    rows = [dict(r._mapping) for r in reader.execute(query)]
                    if not rows:
                        break
                    writer.execute(insert(table), rows)
                    counts[name] += len(rows)
                    last = rows[-1][key[0].name]
                    done += len(rows)
                    if progress is not None:
                        progress(0.8 * done / grand_total, f"copied {counts[name]:,} of {totals[name]:,} {name}")
            if extra_settings:
                for key_name, value in extra_settings.items():
                    writer.execute(insert(Setting), [{"key": key_name, "value": value}])
            if writer.dialect.name == "postgresql":
                for serial in ("people", "person_names", "participants", "statements", "documents_signed",
                               "invitations", "anniversaries", "next_steps"):
                    writer.execute(text(f"SELECT setval(pg_get_serial_sequence('{serial}', 'id'), "
                                        f"coalesce((SELECT max(id) FROM {serial}), 0) + 1, false)"))
            if progress is not None:
                progress(0.8, "building the search index")
            total = counts.get("meetings", 0)
            step = (lambda f, msg: progress(0.8 + 0.2 * f, msg)) if progress is not None else None
            if writer.dialect.name == "postgresql":
                from .search import postgres

                finished = postgres.load_documents(writer, search.iter_records(writer), total=total, progress=step,
                                                   cancelled=cancelled)
            else:
                from .search import fts5

                finished = fts5.load_documents(writer.connection.driver_connection,  # type: ignore[arg-type]
                                               search.iter_records(writer),
                                               total=total, progress=step, cancelled=cancelled)
            if not finished:
                raise CopyCancelled
    except CopyCancelled:
        return {}
    target.generation += 1
    if progress is not None:
        progress(1.0, f"copied {counts.get('meetings', 0):,} meetings")
    return counts


def _empty(connection: Connection) -> None:
    for model in (*reversed(TABLES), Autosave):
        connection.execute(delete(model))
    text_table = "search_text" if connection.dialect.name == "sqlite" else "search_docs"  # SQLite: see search.packing
    for name in (text_table, "search_map"):
        connection.execute(text(f"DELETE FROM {name}"))


def offline_copy_path(source: Archive) -> Path:
    """Where the offline copy of a server archive goes: ``offline/DATABASE@HOST.sqlite`` in the data folder."""
    from .. import paths

    url = source.engine.url
    host = str(url.host or url.query.get("host") or "localhost").strip("/").replace("/", "_")
    folder = paths.data_dir() / "offline"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{url.database}@{host}.sqlite"


def take_offline_copy(source: Archive, target: Path | None = None, *, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> Path:
    """Write (or refresh) a read-only SQLite copy of ``source`` for travel; returns its path.

    The copy is written beside its final place and swapped in when complete,
    so an interrupted refresh keeps the previous copy.
    """
    from . import open_archive

    target = Path(target) if target is not None else offline_copy_path(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    copy = open_archive(partial)
    try:
        stamp = {"source": source.name, "at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")}
        counts = copy_archive(source, copy, progress=progress, cancelled=cancelled,
                              extra_settings={OFFLINE_KEY: stamp})
    finally:
        copy.close()
    if not counts:
        partial.unlink(missing_ok=True)
        raise ArchiveError("the offline copy was cancelled; the previous copy, if any, is unchanged")
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    partial.replace(target)
    return target


def offline_origin(archive: Archive) -> dict | None:
    """Where an offline copy came from and when ({"source", "at"}), or None for an ordinary archive."""
    with archive.engine.connect() as connection:
        return connection.execute(select(Setting.value).where(Setting.key == OFFLINE_KEY)).scalar()
