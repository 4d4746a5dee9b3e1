"""The archive store (Qt-free): SQLAlchemy models, migrations, repositories.

``open_archive()`` is the way in: it opens (creating if needed) the SQLite
archive in the data folder, or the archive named by ``--archive`` /
``$CHANCERY_ARCHIVE`` (a file path or a ``postgresql://`` URL), migrates an
SQLite file, checks a server's schema, and returns an
:class:`~chancery.store.archive.Archive` that knows what its user may do.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .early import Access, MeetingRow

if TYPE_CHECKING:
    from .archive import WRITE_HOOKS, Archive, ImportResult, PersonEntry, SaveResult
    from .db import archive_location, database_url

__all__ = [
    "WRITE_HOOKS", "Access", "Archive", "ImportResult", "MeetingRow", "PersonEntry", "SaveResult", "archive_location",
    "database_url", "open_archive",
]

# SQLAlchemy loads on first use of these names (PEP 562), so that the window can
# import the light ones (MeetingRow, Access, chancery.store.early) and paint first.
_LAZY = {
    "WRITE_HOOKS": "archive", "Archive": "archive", "ImportResult": "archive", "PersonEntry": "archive",
    "SaveResult": "archive", "archive_location": "db", "database_url": "db", "describe": "db",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def open_archive(path: str | Path | None = None, *, url: str | None = None, upgrade: bool | None = None) -> Archive:
    """Open the archive at ``path`` or ``url`` (default: --archive, $CHANCERY_ARCHIVE, the data folder's file).

    An SQLite archive is migrated to the newest schema; a server archive must
    already be at it (``upgrade=True`` upgrades it: the administrator's act).
    """
    from . import search as _search  # also registers the search index's write hook
    from .archive import WRITE_HOOKS, Archive
    from .db import archive_location, describe, open_engine, sqlite_file

    if path is None and url is None:
        url = archive_location()
    engine, backup = open_engine(Path(path) if path is not None else None, url=url, upgrade=upgrade)
    if engine.dialect.name == "postgresql":
        from . import server

        try:
            with engine.connect() as connection:
                access = server.access(connection)
        except BaseException:
            engine.dispose()
            raise
        if not any(isinstance(hook, server.ChangeNotifier) for hook in WRITE_HOOKS):
            WRITE_HOOKS.append(server.ChangeNotifier())
        return Archive(engine, backup=backup, access=access, name=describe(engine.url))
    sqlite_path = sqlite_file(engine.url)
    archive = Archive(engine, path=sqlite_path, backup=backup, name=str(sqlite_path))
    try:
        _search.repair_index(archive)  # an index left without its triggers by an older Chancery
    except BaseException:
        archive.close()
        raise
    from .copying import offline_origin

    archive.offline = offline_origin(archive)
    if archive.offline:  # a copy of a server archive taken for travel: read-only, refreshed by copying again
        archive.access = Access(write=False)
    return archive
