"""Backups of an SQLite archive: daily and on demand, listed, checked, restored.

Every backup is a complete SQLite file in ``backups/`` in the data folder,
made with SQLite's online-backup API (the archive stays usable meanwhile)
under a temporary name, then renamed, so a half-made backup never looks
whole.  Kinds, by file name:

* ``archive-daily-2026-11-30.sqlite`` — the first time Chancery opens the
  archive on a day (the window, or a command that writes); the newest
  ``backups_kept`` (a setting, 7 by default) are kept;
* ``archive-manual-20261130-142501.sqlite`` — ``chancery backup``; kept
  until you delete them;
* ``archive-schema-0003-before-upgrade-to-0004.sqlite`` — before a schema
  upgrade (:mod:`chancery.store.db`); one per revision, at most five;
* ``archive-before-restore-20261130-142501.sqlite`` — the archive as it was
  before a restore replaced it; the newest five are kept.

:func:`restore_backup` checks the file first (an SQLite database that
passes ``PRAGMA quick_check``, made by Chancery, with a schema this version
knows), keeps the current archive aside, then copies the backup into the
archive file through the same API, in one transaction: other windows and
programs with the archive open see the restored meetings at their next
read (a save based on a version the restore undid is a conflict, as with
any other change).  A backup of an older schema is upgraded at once.

A server (PostgreSQL) archive is backed up on the server (``pg_dump``);
these functions refuse it with a message saying so.
"""

from __future__ import annotations

import datetime as _dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..errors import ArchiveError, UserError
from ..fileio import describe_os_error
from ..text import short_path

if TYPE_CHECKING:
    from .archive import Archive

DEFAULT_KEPT = 7
RESTORE_ASIDES_KEPT = 5
_KINDS = (
    ("daily", re.compile(r"-daily-(\d{4}-\d{2}-\d{2})\.sqlite$")),
    ("manual", re.compile(r"-manual-(\d{8}-\d{6})\.sqlite$")),
    ("before restore", re.compile(r"-before-restore-(\d{8}-\d{6})\.sqlite$")),
    ("before upgrade", re.compile(r"-schema-(\w+)-before-upgrade-to-(\w+)\.sqlite$")),
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "daily" | "manual" | "before restore" | "before upgrade" | "file"
    made: _dt.datetime  # when the file was written (local time)
    size: int
    meetings: int | None  # None when the file cannot be read
    revision: str | None


def _stamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _require_file(archive: Archive) -> Path:
    if archive.path is None:
        raise UserError("this archive is on a server: back it up on the server (pg_dump), or ask its administrator")
    return archive.path


def _unique(target: Path) -> Path:
    counter = 1
    candidate = target
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}-{counter}{target.suffix}")
        counter += 1
    return candidate


def make_backup(archive: Archive, kind: str = "manual") -> Path:
    """Copy the archive into ``backups/`` now; returns the file."""
    from .db import copy_sqlite

    source = _require_file(archive)
    folder = paths.backups_dir()
    if kind == "daily":
        target = folder / f"{source.stem}-daily-{_dt.date.today().isoformat()}.sqlite"
    elif kind == "before restore":
        target = _unique(folder / f"{source.stem}-before-restore-{_stamp()}.sqlite")
    else:
        target = _unique(folder / f"{source.stem}-manual-{_stamp()}.sqlite")
    try:
        return copy_sqlite(source, target)
    except (OSError, sqlite3.Error) as error:
        detail = (describe_os_error(error, target) if isinstance(error, OSError)
                  else f"{target}: {error}; check that its disk has free space and the folder is writable")
        raise ArchiveError(f"the backup could not be made: {detail}") from None


def kept_count(archive: Archive) -> int:
    try:
        value = archive.settings().get("backups_kept")
    except UserError:
        value = None
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else DEFAULT_KEPT


def daily_backup(archive: Archive) -> Path | None:
    """Today's backup, if none was made today (then the oldest daily ones beyond the kept number go)."""
    if archive.path is None:
        return None
    today = paths.backups_dir() / f"{archive.path.stem}-daily-{_dt.date.today().isoformat()}.sqlite"
    made = None
    if not today.exists():
        made = make_backup(archive, "daily")
    prune(archive.path.stem, "daily", kept_count(archive))
    return made


def prune(stem: str, kind: str, keep: int) -> list[Path]:
    """Delete the oldest backups of ``kind`` beyond ``keep``; returns what was deleted."""
    pattern = dict(_KINDS)[kind]
    found = sorted((p for p in paths.backups_dir().glob(f"{stem}-*.sqlite") if pattern.search(p.name)),
                   key=lambda p: p.name, reverse=True)
    removed = []
    for old in found[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass
    return removed


def describe_file(path: Path) -> BackupInfo:
    """What a backup file holds, read without changing it (``meetings`` None if it cannot be read)."""
    kind = next((name for name, pattern in _KINDS if pattern.search(path.name)), "file")
    stat = path.stat()
    meetings = revision = None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meetings = connection.execute("SELECT count(*) FROM meetings WHERE deleted_at IS NULL").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        pass
    return BackupInfo(path, kind, _dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size, meetings, revision)


def list_backups() -> list[BackupInfo]:
    """The backups in ``backups/``, newest first."""
    found = []
    for path in paths.backups_dir().glob("*.sqlite"):
        try:
            found.append(describe_file(path))
        except OSError:
            continue
    return sorted(found, key=lambda info: info.made, reverse=True)


def check_backup(path: Path) -> BackupInfo:
    """A backup fit to restore, or ArchiveError saying why not (the file is only read)."""
    from .db import head_revision, known_revisions

    name = short_path(path)
    if path.is_dir():
        raise ArchiveError(f"{name}: is a folder; give a backup file (see chancery backup --list)")
    if not path.is_file():
        raise ArchiveError(f"{name}: no such file; see chancery backup --list for the backups there are")
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise ArchiveError(describe_os_error(error, path, "read")) from None
    if header != b"SQLite format 3\x00":
        raise ArchiveError(f"{name}: is not a Chancery archive or backup (not an SQLite database)")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchall()
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
                if "alembic_version" in tables else None
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise ArchiveError(f"{name}: cannot be read as a database ({error}); choose another backup") from None
    if result != [("ok",)]:
        raise ArchiveError(f"{name}: is damaged ({str(result[0][0])[:100]}); choose another backup")
    if "meetings" not in tables or revision is None:
        raise ArchiveError(f"{name}: is an SQLite database but not a Chancery archive")
    if revision not in known_revisions():
        raise ArchiveError(f"{name}: was written by a newer version of Chancery (schema {revision}; this version "
                           f"knows up to {head_revision()}); update Chancery to restore it")
    return describe_file(path)


def restore_backup(archive: Archive, backup: Path) -> tuple[BackupInfo, Path]:
    """Replace the archive's content with ``backup``'s; returns what was restored and where the old archive went.

    The archive stays open: its engine sees the restored file.  A backup of
    an older schema is upgraded right after (with its own backup first).
    """
    from .db import database_error, migrate

    target = _require_file(archive)
    backup = Path(backup)
    info = check_backup(backup)
    if backup.resolve() == target.resolve():
        raise ArchiveError("that file is the archive itself; choose a backup")
    aside = make_backup(archive, "before restore")
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(target, timeout=30)
            try:
                source.backup(destination)  # one transaction on the archive: all of the backup or none
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        translated = database_error(error, target)
        raise (translated or ArchiveError(f"the archive could not be restored ({error}); it is unchanged")) from None
    archive.engine.dispose()  # connections opened before the restore start afresh
    migrate(archive.engine, sqlite_path=target)
    archive.generation += 1
    prune(target.stem, "before restore", RESTORE_ASIDES_KEPT)
    return info, aside


def restore_file(target: Path, backup: Path) -> tuple[BackupInfo, Path | None]:
    """Put ``backup`` in place of an archive file that cannot be opened (damaged, not a database).

    The unusable file (and its -wal and -shm) is moved into ``backups/``
    as ``…-unusable-<time>.sqlite``, never deleted; the backup is copied in
    (under a temporary name, then renamed).  Open the archive afterwards to
    upgrade an older backup.
    """
    import os
    import shutil

    from .db import copy_sqlite

    info = check_backup(Path(backup))
    aside = None
    if target.exists():
        aside = _unique(paths.backups_dir() / f"{target.stem}-unusable-{_stamp()}.sqlite")
        shutil.move(str(target), aside)
        for suffix in ("-wal", "-shm"):
            companion = target.with_name(target.name + suffix)
            if companion.exists():
                shutil.move(str(companion), aside.with_name(aside.name + suffix))
    try:
        copy_sqlite(Path(backup), target)
    except (OSError, sqlite3.Error) as error:
        if aside is not None and not target.exists():
            os.replace(aside, target)  # put the old file back rather than leave no archive at all
        raise ArchiveError(f"the backup could not be copied into place ({error}); nothing was changed") from None
    return info, aside


def describe_size(size: int) -> str:
    amount = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{amount:,.0f} {unit}" if unit == "bytes" else f"{amount:,.1f} {unit}"
        amount /= 1024
    return str(amount)


__all__ = ["BackupInfo", "check_backup", "daily_backup", "describe_file", "list_backups", "make_backup",
           "prune", "restore_backup", "restore_file"]
