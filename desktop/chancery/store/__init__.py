"""The archive store (Qt-free): SQLAlchemy models, migrations, repositories.

``open_archive()`` is the way in: it opens (creating if needed) the SQLite
archive in the data folder, or any SQLAlchemy URL, migrates it, and returns
an :class:`~chancery.store.archive.Archive`.
"""

from __future__ import annotations

from pathlib import Path

from .archive import WRITE_HOOKS, Archive, ImportResult, MeetingRow, PersonEntry, SaveResult
from .db import open_engine
from . import search as _search  # noqa: F401,I001  (registers the search index's write hook)

__all__ = ["Archive", "ImportResult", "MeetingRow", "PersonEntry", "SaveResult", "WRITE_HOOKS", "open_archive"]


def open_archive(path: str | Path | None = None, *, url: str | None = None) -> Archive:
    """Open the archive at ``path`` (default: the data folder's) or ``url``, migrated to the newest schema."""
    engine, backup = open_engine(Path(path) if path is not None else None, url=url)
    sqlite_path = None if url else Path(engine.url.database)
    archive = Archive(engine, path=sqlite_path, backup=backup)
    try:
        _search.repair_index(archive)  # an index left without its triggers by an older Chancery
    except BaseException:
        archive.close()
        raise
    return archive
