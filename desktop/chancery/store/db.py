"""Opening the archive database: where it is, engine, pragmas, transactions, migrations, backups.

Where: an SQLite file (the default, ``archive.sqlite`` in the data folder)
or a PostgreSQL server, named by a URL (``postgresql://host/db?sslmode=…``;
every libpq option passes through).  :func:`archive_location` says which:
the ``--archive`` option (:func:`set_archive_location`), then
``$CHANCERY_ARCHIVE``, then the data folder's file.  psycopg is imported
only when a PostgreSQL URL is opened.  Passwords come from libpq's password
file (``~/.pgpass``, ``$PGPASSFILE``) or the system keyring
(:func:`keyring_key`); Chancery never writes one down.  A server archive is
upgraded only by its administrator (``chancery admin upgrade``,
:func:`migrate` with ``upgrade=True``); a client finding an older schema
says so and changes nothing.

An SQLite archive runs in WAL mode (switched on once the file is known to
be ours) with foreign keys on.  Transactions are SQLite's own: pysqlite's
legacy transaction handling (which starts a transaction only before an
INSERT/UPDATE/DELETE, so DDL and reads ran outside it) is switched off and
every SQLAlchemy transaction starts with an explicit ``BEGIN`` — or ``BEGIN
IMMEDIATE`` on a connection made by :func:`writer` (the execution option
:data:`BEGIN_OPTION`), which takes the write lock up front so that a
read-then-write (a version check, a migration, an index rebuild) is one
atomic step and waits its turn instead of failing half-way.

At open, Alembic brings the schema to the newest revision in one
transaction (SQLite's DDL is transactional): a kill at any point leaves the
archive at the old revision or the new one.  Before it changes an existing
file it copies it to ``backups/`` with SQLite's online-backup API, one copy
per revision upgraded from, replaced (never added to) when an upgrade is
tried again.  A file whose schema is newer than this program knows, or that
is not a database, is refused with an :class:`~chancery.errors.ArchiveError`
and left untouched.

Threading: an Engine is shared; each thread takes its own Session.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import ArgumentError, DBAPIError

from .. import paths
from ..errors import ArchiveBusyError, ArchiveError, ArchiveUnusableError
from .early import (  # noqa: F401  (ARCHIVE_ENV, archive_location, set_archive_location: callers use them from here)
    ARCHIVE_ENV,
    SCHEMA_HEAD,
    archive_location,
    names_server,
    schema_revision,
    set_archive_location,
)

BEGIN_OPTION = "chancery_begin"  # execution option: "IMMEDIATE" makes a transaction take the write lock at BEGIN
BUSY_TIMEOUT_MS = 5000  # how long SQLite itself waits for a lock before reporting "busy"
UPGRADE_BACKUPS_KEPT = 5  # backups made before upgrades: at most one per revision, and at most this many

T = TypeVar("T")


@dataclass
class BusyPolicy:
    """How long a write waits for another writer (beyond SQLite's own wait), and whom to tell it is waiting.

    The GUI keeps the default (a save waits a few seconds, then says the
    archive is busy); the CLI waits minutes and prints that it is waiting.
    """

    wait_seconds: float = 0.0
    on_wait: Callable[[], None] | None = None


busy_policy = BusyPolicy()


def _sqlite_connect(dbapi_connection, _record) -> None:
    from .search import packing

    # SQLAlchemy, not pysqlite, decides where transactions start (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged save survives a power cut too (one fsync a commit)
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    database = cursor.execute("PRAGMA database_list").fetchone()[2] or None
    cursor.close()
    packing.register(dbapi_connection, database)  # the search index's text is stored compressed


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine, its transactions taking the write lock at BEGIN (SQLite; elsewhere the same engine)."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


def is_busy(error: BaseException) -> bool:
    """Whether a database error means another connection holds the lock."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    return isinstance(original, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def database_error(error: BaseException, where: Path | str | None = None) -> ArchiveError | None:
    """A user-facing error for a database failure the user can act on (busy, read-only, full, unreadable)."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    place = f"the archive {where}" if where else "the archive"
    if is_busy(error):
        return ArchiveBusyError(
            f"{place} is busy: another Chancery window or program is writing to it. Try again in a moment.")
    if "readonly" in text or "read-only" in text:
        return ArchiveError(f"{place} is read-only (check the file's and its folder's permissions, "
                            "or copy it to a folder you can write to); nothing was changed")
    if "disk is full" in text or "database or disk is full" in text:
        return ArchiveError(f"the disk holding {place} is full; free some space and try again (nothing was lost)")
    if "disk i/o error" in text or "unable to open database file" in text:
        return ArchiveError(f"{place} cannot be read or written (disk or permission problem: {original}); "
                            "check the data folder and try again")
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return ArchiveUnusableError(f"{place} is damaged ({original}). {restore_hint()}")
    return None


def restore_hint() -> str:
    """What to do about an archive that cannot be used: restore a backup if there is one, else start afresh."""
    try:
        count = len(list(paths.backups_dir().glob("*.sqlite")))
    except OSError:
        count = 0
    if count:
        return (f"Restore one of the {count} backup(s) in {paths.backups_dir()} (chancery restore FILE, or "
                "Restore a Backup in the window that reports this).")
    return ("There is no backup of it: move the file elsewhere (Chancery then starts a new, empty archive) "
            "or choose another data folder.")


def with_retry(action: Callable[[], T], where: Path | str | None = None, *, wait: float = 0.0,
               should_stop: Callable[[], bool] | None = None) -> T:
    """Run a write ``action`` (one whole transaction), again while another writer holds the lock.

    Waits up to ``wait`` seconds or the :data:`busy_policy`'s, whichever is
    longer, unless ``should_stop()`` says to give up.  A busy error arrives at BEGIN IMMEDIATE (or, without WAL, at
    COMMIT), when the transaction has been rolled back, so running it again
    is safe.
    """
    deadline = time.monotonic() + max(wait, busy_policy.wait_seconds)
    told = False
    while True:
        try:
            return action()
        except DBAPIError as error:
            if not is_busy(error) or time.monotonic() >= deadline or (should_stop is not None and should_stop()):
                translated = database_error(error, where)
                if translated is None:
                    raise
                raise translated from None
            if not told and busy_policy.on_wait is not None:
                busy_policy.on_wait()
                told = True
            time.sleep(0.05)


def sql_statements(sql: str, source: str = "SQL script"):
    """The statements of an SQL script, whole (trigger bodies and $$-quoted function bodies hold semicolons)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if buffer.count("$$") % 2 == 0 and sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise ValueError(f"{source}: incomplete statement at the end: {buffer[:60]!r}")


def run_sql_script(connection, name: str) -> None:
    """Run ``db/search/<name>`` (a migration's SQL) statement by statement on ``connection``."""
    path = paths.db_dir() / "search" / name
    for statement in sql_statements(path.read_text(encoding="utf-8"), name):
        connection.exec_driver_sql(statement)


KEYRING_SERVICE = "chancery"


def is_server(location: str | URL | None) -> bool:
    """Whether ``location`` names a PostgreSQL archive."""
    if isinstance(location, URL):
        return location.get_backend_name() == "postgresql"
    return names_server(location)


def database_url(location: str | Path) -> URL:
    """The SQLAlchemy URL for a file path, an ``sqlite:///`` URL or a PostgreSQL URL (driver: psycopg 3)."""
    text = str(location)
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text.replace("postgres://", "postgresql://", 1) if text.startswith("postgres://") else text)
    except ArgumentError:
        raise ArchiveError(f"{_hide_password(text)} is not an archive address; write a file path or "
                           "postgresql://SERVER/DATABASE") from None
    backend = url.get_backend_name()
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return url
    raise ArchiveError(f"{backend} archives are not supported; use a file path (SQLite) or postgresql://SERVER/DATABASE")


def sqlite_file(url: URL) -> Path:
    """The file of an SQLite archive address; ArchiveError when it names none (``sqlite://``, in memory)."""
    if url.database in (None, "", ":memory:"):
        raise ArchiveError(f"{url}: an SQLite archive address must name a file (sqlite:///PATH)")
    return Path(url.database)


def _hide_password(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text


def describe(url: URL) -> str:
    """The archive as a person names it: the file's path, or "database on server"."""
    if url.get_backend_name() == "sqlite":
        return str(url.database or ":memory:")
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = ",".join(host)
    if str(host).startswith("/"):
        host = "this computer"
    return f"{url.database} on {host}"


def keyring_key(url: URL) -> str:
    """The keyring entry (service ``chancery``) holding the password for ``url``: user@host:port/database."""
    host = url.host or url.query.get("host") or "localhost"
    port = url.port or url.query.get("port") or 5432
    user = url.username or os.environ.get("PGUSER") or getpass.getuser()
    return f"{user}@{host}:{port}/{url.database}"


def keyring_password(url: URL) -> str | None:
    """The password the system keyring holds for ``url``, if any (no keyring: None)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except (KeyringError, RuntimeError):
        return None


def store_keyring_password(url: URL, password: str) -> None:
    """Keep ``password`` for ``url`` in the system keyring (never in a file of Chancery's)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
    except (KeyringError, RuntimeError) as error:
        raise ArchiveError(f"the system keyring cannot store the password ({error}); put it in your PostgreSQL "
                           "password file instead (~/.pgpass, see the README)") from None


def make_engine(url: str | URL) -> Engine:
    url = database_url(url) if not isinstance(url, URL) else url
    if url.get_backend_name() == "postgresql":
        engine = create_engine(url, future=True, pool_size=4, max_overflow=8)
        event.listen(engine, "checkout", _ping_if_idle)
        event.listen(engine, "checkin", _note_use)
        if not url.password:
            @event.listens_for(engine, "do_connect")
            def _password(_dialect, _record, _cargs, cparams):  # libpq's password file first, then the keyring
                if "password" not in cparams and not _in_password_file(url):
                    password = keyring_password(url)
                    if password:
                        cparams["password"] = password
        return engine
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


IDLE_PING_SECONDS = 20.0  # a pooled server connection unused this long is checked before it is handed out


def _ping_if_idle(dbapi_connection, record, _proxy) -> None:
    """Check a pooled connection that has been idle a while (the server may have closed it); a fresh one is not.

    A ping on every checkout (``pool_pre_ping``) is one more round trip to the
    server per search; a connection used a moment ago is alive.  A dead one
    is replaced by the pool (DisconnectionError), and a statement failing on
    a connection lost meanwhile is reported as usual.
    """
    used = record.info.get("chancery_used")
    if used is not None and time.monotonic() - used < IDLE_PING_SECONDS:
        return
    from sqlalchemy.exc import DisconnectionError

    try:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            dbapi_connection.execute("SELECT 1")
        finally:
            dbapi_connection.autocommit = autocommit
    except Exception as error:
        raise DisconnectionError() from error


def _note_use(_dbapi_connection, record) -> None:
    record.info["chancery_used"] = time.monotonic()


def _in_password_file(url: URL) -> bool:
    """Whether libpq's password file has a line for this server (then libpq reads it itself)."""
    path = Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    host = str(url.host or url.query.get("host") or "localhost")
    port = str(url.port or url.query.get("port") or 5432)
    user = url.username or os.environ.get("PGUSER") or getpass.getuser()
    wanted = (host, port, str(url.database), user)
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.replace("\0", ":") for f in line.replace("\\:", "\0").split(":")]
        if len(fields) < 5:
            continue
        pairs = zip(fields[:4], wanted, strict=True)
        if all(f in ("*", w) or (w.startswith("/") and f == "localhost") for f, w in pairs):
            return True
    return False


def connection_error(url: URL, error: BaseException) -> ArchiveError:
    """A user's message for a server that cannot be reached or refuses us."""
    detail = str(getattr(error, "orig", error)).strip().splitlines()
    text = detail[0] if detail else error.__class__.__name__
    for line in detail:
        if "password" in line or "does not exist" in line or "permission denied" in line:
            text = line.strip()
            break
    if "password" in text:
        hint = ("put your password in your PostgreSQL password file (~/.pgpass) or in the system keyring "
                f"(chancery login --archive URL; keyring entry '{keyring_key(url)}')")
    elif "does not exist" in text or "permission denied" in text:
        hint = "ask your administrator for access (chancery admin grant USER reader|editor|internal)"
    else:
        hint = "check the server name and port, your network, and that the server is running"
    where = url.render_as_string(hide_password=True).replace("+psycopg", "")
    return ArchiveError(f"cannot open the archive {where}: {text.removeprefix('FATAL:  ').strip()}; {hint}")


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.db_dir() / "migrations"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no head revision"
    return head


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
        raise ArchiveUnusableError(
            f"{path} is not a Chancery archive (not an SQLite database); it was left untouched. {restore_hint()}"
        )


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of the SQLite database ``source`` at ``target``, written under a temporary name first.

    Uses SQLite's online-backup API (other connections may keep writing);
    the copy appears under its name only once complete, so a kill never
    leaves a half backup that looks whole.
    """
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(temporary)
            try:
                source_connection.backup(destination)
                # One self-contained file: a WAL-mode copy would grow -wal and -shm files when read.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source_connection.close()
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def upgrade_backup_path(path: Path, current: str, head: str) -> Path:
    """Where the copy made before upgrading ``path`` from revision ``current`` to ``head`` goes (one per pair)."""
    return paths.backups_dir() / f"{path.stem}-schema-{current}-before-upgrade-to-{head}.sqlite"


def backup_before_upgrade(path: Path, current: str, head: str) -> Path:
    """Copy the archive before its schema changes: one file per revision, replaced if an upgrade is tried again."""
    target = upgrade_backup_path(path, current, head)
    try:
        copy_sqlite(path, target)
    except (OSError, sqlite3.Error) as error:
        raise ArchiveError(
            f"the archive could not be backed up to {target.parent} before its upgrade ({error}); it was left "
            "untouched. Free some disk space or make that folder writable, then start Chancery again."
        ) from None
    kept = sorted(paths.backups_dir().glob(f"{path.stem}-schema-*-before-upgrade-to-*.sqlite"),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[UPGRADE_BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return target


def _upgrade(connection: Connection, head: str) -> None:
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, head)


def migrate(engine: Engine, *, sqlite_path: Path | None = None, upgrade: bool | None = None) -> Path | None:
    """Bring the schema to head in one transaction; returns the backup made before changing it, if any.

    The transaction takes the write lock first (BEGIN IMMEDIATE), so two
    programs opening an old archive at once upgrade it once: the second
    waits, then finds it at head.  ``upgrade``: whether this call may change
    the schema (default: yes for SQLite, no for a server, which only
    ``chancery admin upgrade`` upgrades).
    """
    if sqlite_path is not None and schema_revision(sqlite_path) == SCHEMA_HEAD:
        return None  # already the newest schema: one query, without loading Alembic
    head = head_revision()
    server = engine.dialect.name == "postgresql"
    if upgrade is None:
        upgrade = not server
    try:
        current = current_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
    except DBAPIError as error:
        if server:
            raise connection_error(engine.url, error) from None
        translated = database_error(error, sqlite_path)
        if translated is not None and not isinstance(translated, ArchiveBusyError) and "damaged" not in str(translated):
            raise translated from None
        raise ArchiveUnusableError(
            f"the archive cannot be read ({error.orig.__class__.__name__}: {error.orig}); it was left untouched. "
            f"{restore_hint()}"
        ) from None
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise ArchiveError(
            f"this archive was written by a newer version of Chancery (schema {current}; this version knows "
            f"up to {head}). It was left untouched: update Chancery, or choose another data folder."
        )
    if current is None and has_tables:
        raise ArchiveUnusableError(
            "this database was not created by Chancery (it has tables but no schema version); "
            "it was left untouched. Choose another data folder."
        )
    if not upgrade:
        if current is None:
            raise ArchiveError(f"the server archive {describe(engine.url)} is not set up yet: ask your administrator "
                               "to create it (chancery admin upgrade --archive URL)")
        raise ArchiveError(f"the server archive {describe(engine.url)} has an older schema ({current}; this version "
                           f"of Chancery needs {head}): ask your administrator to upgrade it "
                           "(chancery admin upgrade --archive URL)")
    backup = None
    if sqlite_path is not None and current is not None:
        backup = backup_before_upgrade(sqlite_path, current, head)

    def run() -> None:
        with writer(engine).begin() as connection:
            _upgrade(connection, head)  # Alembic reads the revision again, under the lock

    with_retry(run, sqlite_path)
    return backup


def open_engine(path: Path | None = None, *, url: str | URL | None = None,
                upgrade: bool | None = None) -> tuple[Engine, Path | None]:
    """An engine on the migrated archive (SQLite file ``path`` or a URL; a file path is taken as a URL too)."""
    sqlite_path = None
    parsed = database_url(url) if isinstance(url, str) else url
    if parsed is not None and parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path, parsed = Path(parsed.database), None
    if parsed is None:
        sqlite_path = Path(path) if path is not None else paths.archive_path()
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        _check_sqlite_file(sqlite_path)
        parsed = URL.create("sqlite", database=str(sqlite_path))
    engine = make_engine(parsed)
    try:
        backup = migrate(engine, sqlite_path=sqlite_path, upgrade=upgrade)
    except BaseException:
        engine.dispose()
        raise
    if sqlite_path is not None:
        # Only now, once the file is known to be ours: WAL persists in the file.  Outside a
        # transaction (the raw connection: SQLAlchemy would BEGIN first, and WAL cannot be set inside one).
        try:
            with engine.connect() as connection:
                raw = connection.connection.driver_connection
                assert raw is not None
                raw.execute("PRAGMA journal_mode=WAL")
        except (DBAPIError, sqlite3.Error) as error:
            engine.dispose()
            raise database_error(error, sqlite_path) or ArchiveError(
                f"the archive {sqlite_path} cannot be opened for writing ({getattr(error, 'orig', error)}); "
                "check the permissions of the file and its folder") from None
    return engine, backup
