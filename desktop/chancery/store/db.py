"""Opening the archive database: engine, pragmas, migrations, backups.

An SQLite archive runs in WAL mode (switched on once the file is known to
be ours) with foreign keys on.  At open, Alembic
brings the schema to the newest revision; before it changes an existing
file it copies it to ``backups/`` with SQLite's online-backup API.  A file
whose schema is newer than this program knows, or that is not a database, is
refused with an :class:`~chancery.errors.ArchiveError` and left untouched.

Threading: an Engine is shared; each thread takes its own Session.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine

from .. import paths
from ..errors import ArchiveError


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def sql_statements(sql: str, source: str = "SQL script"):
    """The statements of an SQL script, whole (trigger bodies hold semicolons)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise ValueError(f"{source}: incomplete statement at the end: {buffer[:60]!r}")


def run_sql_script(connection, name: str) -> None:
    """Run ``db/search/<name>`` (a migration's SQL) statement by statement on ``connection``."""
    path = paths.db_dir() / "search" / name
    for statement in sql_statements(path.read_text(encoding="utf-8"), name):
        connection.exec_driver_sql(statement)


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.db_dir() / "migrations"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise ArchiveError(
            f"{path} is not a Chancery archive (not an SQLite database); it was left untouched. "
            "Restore a backup from the backups folder or choose another data folder."
        )


def backup_sqlite(path: Path, reason: str) -> Path:
    """A consistent copy of the archive in ``backups/``; returns its path."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir() / f"{path.stem}-{reason}-{stamp}.sqlite"
    counter = 1
    while target.exists():
        target = target.with_name(f"{path.stem}-{reason}-{stamp}-{counter}.sqlite")
        counter += 1
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def migrate(engine: Engine, *, sqlite_path: Path | None = None) -> Path | None:
    """Bring the schema to head; returns the backup made before changing it, if any."""
    from alembic import command

    head = head_revision()
    try:
        current = current_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
    except Exception as error:  # sqlite3.DatabaseError: file is encrypted or is not a database
        raise ArchiveError(
            f"the archive cannot be read ({error.__class__.__name__}: {error}); it was left untouched. "
            "Restore a backup from the backups folder or choose another data folder."
        ) from None
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise ArchiveError(
            f"this archive was written by a newer version of Chancery (schema {current}; this version knows "
            f"up to {head}). It was left untouched: update Chancery, or choose another data folder."
        )
    if current is None and has_tables:
        raise ArchiveError(
            "this database was not created by Chancery (it has tables but no schema version); "
            "it was left untouched. Choose another data folder."
        )
    backup = None
    if sqlite_path is not None and current is not None:
        backup = backup_sqlite(sqlite_path, f"before-{head}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def open_engine(path: Path | None = None, *, url: str | None = None) -> tuple[Engine, Path | None]:
    """An engine on the migrated archive (SQLite file ``path`` or any SQLAlchemy ``url``)."""
    sqlite_path = None
    if url is None:
        sqlite_path = Path(path) if path is not None else paths.archive_path()
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        _check_sqlite_file(sqlite_path)
        url = f"sqlite:///{sqlite_path}"
    engine = make_engine(url)
    try:
        backup = migrate(engine, sqlite_path=sqlite_path)
    except BaseException:
        engine.dispose()
        raise
    if sqlite_path is not None:
        # Only now, once the file is known to be ours: WAL persists in the file.
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    return engine, backup
