"""Shared fixtures: every test gets its own data folder, never the user's profile.

PostgreSQL: one cluster per session (``$CHANCERY_TEST_POSTGRES``, which
``.ci/run`` exports, or a throwaway one started here with tests/pgcluster.py),
one archive database migrated and granted once, emptied before each test
that uses it (TRUNCATE, ~20 ms; a copy from a template took ~170 ms); a
test that needs a database of its own asks ``pg_server.create()``.  Without PostgreSQL
installed the PostgreSQL cases are skipped with the reason, except in CI
(``$CI`` set), where that is a failure.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import shutil
import sys
import uuid
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-meeting.json"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """A fresh CHANCERY_HOME per test."""
    from chancery import paths

    home = tmp_path / "chancery-home"
    monkeypatch.setenv("CHANCERY_HOME", str(home))
    paths.set_data_dir(None)
    yield home
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def seed_document() -> dict:
    return json.loads((FIXTURES / "seed-meeting.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed(seed_document) -> dict:
    """The reference meeting record (a fresh copy per test)."""
    return copy.deepcopy(seed_document["meeting"])


@pytest.fixture
def seed_copies(seed_document):
    """``seed_copies(n)``: n copies of the reference meeting, each with an id of its own, dated 1, 2 … July 2021."""
    def make(count: int) -> list[dict]:
        copies = []
        for day in range(1, count + 1):
            meeting = copy.deepcopy(seed_document["meeting"])
            meeting["id"] = str(uuid.uuid4())
            meeting["date"] = f"2021-07-{day:02d}"
            copies.append(meeting)
        return copies
    return make


@pytest.fixture(scope="session")
def migrated_archive(tmp_path_factory) -> Path:
    """An empty SQLite archive at the newest schema, made once per run: copy it, never open it.

    A fresh migration costs 0.2-0.6 s; a copy of its result a few
    milliseconds.  The migrations themselves are tested from nothing and from
    every frozen schema in tests/core/test_migrations.py, and the CLI smoke
    test creates an archive from nothing in a real process.
    """
    from chancery.store import open_archive

    path = tmp_path_factory.mktemp("migrated") / "archive.sqlite"
    open_archive(path).close()  # closing the last connection folds the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


def place_archive(template: Path, target: Path) -> Path:
    """A copy of ``template`` (an SQLite archive) at ``target``, its folder created."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def archive_file(data_dir, migrated_archive) -> Path:
    """The data folder's archive file, empty and migrated (a copy of the session's), not opened."""
    from chancery import paths

    return place_archive(migrated_archive, paths.archive_path())


@pytest.fixture
def sqlite_archive(archive_file):
    """An empty SQLite archive in this test's data folder (a copy of the migrated one), opened."""
    from chancery.store import open_archive

    opened = open_archive(archive_file)
    yield opened
    opened.close()


@pytest.fixture
def archive(sqlite_archive):
    """An empty SQLite archive, opened (modules that test both engines redefine it over ``any_archive``)."""
    return sqlite_archive


@pytest.fixture
def cli(migrated_archive):
    """``cli(*args, data_dir=…, env=…, stdin=…)`` runs the command line in this process (tests/cli_runner.py).

    A ``data_dir`` that has no archive yet gets a copy of the migrated one.
    """
    from .cli_runner import run_chancery

    def run(*args, data_dir=None, env=None, stdin=""):
        if data_dir is not None and not (Path(data_dir) / "archive.sqlite").exists():
            place_archive(migrated_archive, Path(data_dir) / "archive.sqlite")
        return run_chancery(*args, data_dir=data_dir, env=env, stdin=stdin)

    return run


@pytest.fixture
def chancery(cli):
    """``chancery(*args, data_dir=…, check=True)``: ``cli``, the exit status checked unless check=False."""

    def run(*args, data_dir, check=True, **kwargs):
        result = cli(*args, data_dir=data_dir, **kwargs)
        if check and result.returncode != 0:
            raise AssertionError(f"exit {result.returncode}: {result.stderr}")
        return result

    return run


# --------------------------------------------------------------------------
# PostgreSQL

TEMPLATE = "chancery_test"  # the database pg_url empties before each test
PRISTINE = "chancery_template"  # migrated and granted, never used: copied by pg_server.create()
ENGINES = ["sqlite", "postgresql"]


class PostgresServer:
    """The session's cluster: an administrator's URL and fresh archive databases on demand."""

    def __init__(self, admin_url: str):
        from sqlalchemy.engine import make_url

        self.admin_url = make_url(admin_url)
        self._created: list[str] = []

    def url(self, database: str, user: str | None = None) -> str:
        url = self.admin_url.set(database=database)
        if user is not None:
            url = url.set(username=user)
        return url.render_as_string(hide_password=False)

    def admin(self):
        """A psycopg connection to the maintenance database, in autocommit."""
        import psycopg

        url = self.admin_url
        return psycopg.connect(dbname="postgres", user=url.username, host=url.query.get("host") or url.host,
                               port=url.query.get("port") or url.port, password=url.password, autocommit=True)

    def create(self, *, template: str | None = PRISTINE) -> str:
        name = "t_" + uuid.uuid4().hex[:16]
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self._created.append(name)
        return name

    def drop(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def ensure_user(self, name: str, password: str | None = None) -> None:
        with self.admin() as connection:
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
                connection.execute(f'CREATE ROLE "{name}" LOGIN')
            if password is not None:
                connection.execute(f"ALTER ROLE \"{name}\" PASSWORD '{password}'")


def _postgres_missing(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    """The session's PostgreSQL cluster with a migrated, granted template archive."""
    sys.path.insert(0, str(Path(__file__).parent))
    import pgcluster

    folder = None
    url = os.environ.get("CHANCERY_TEST_POSTGRES")
    if not url:
        if pgcluster.binaries() is None:
            _postgres_missing("no initdb found (Debian: apt-get install postgresql); .ci/run installs it")
        try:
            url, folder = pgcluster.start()
        except Exception as error:
            _postgres_missing(f"the test cluster did not start: {error}")
        pgcluster.start_watchdog(folder)  # stops the cluster even if this run is killed
    server = PostgresServer(url)
    from chancery.store import server as admin

    with server.admin() as connection:
        for name in (TEMPLATE, PRISTINE):
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{PRISTINE}"')
    admin.upgrade(server.url(PRISTINE))
    with server.admin() as connection:
        connection.execute(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE "{PRISTINE}"')
    yield server
    for name in server._created:
        with contextlib.suppress(Exception):
            server.drop(name)
    if folder is not None:
        pgcluster.stop(folder)


@pytest.fixture
def pg_url(pg_server):
    """The URL of the session's archive database, emptied (migrated and granted; no meetings, people, settings)."""
    import psycopg

    url = pg_server.admin_url
    with psycopg.connect(dbname=TEMPLATE, user=url.username, host=url.query.get("host") or url.host,
                         port=url.query.get("port") or url.port, password=url.password, autocommit=True) as db:
        db.execute("SET lock_timeout = '10s'")
        names = [r[0] for r in db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                          "AND tablename <> 'alembic_version'")]
        db.execute(f"TRUNCATE {', '.join(names)} RESTART IDENTITY CASCADE")
    return pg_server.url(TEMPLATE)


@pytest.fixture
def pg_archive(pg_url):
    from chancery.store import open_archive

    opened = open_archive(url=pg_url)
    yield opened
    opened.close()


@pytest.fixture(params=ENGINES)
def location(request, data_dir):
    """Where an archive is, on each engine in turn: None (the data folder's SQLite file), then a database URL."""
    yield None if request.param == "sqlite" else request.getfixturevalue("pg_url")


@pytest.fixture(params=ENGINES)
def any_archive(request, data_dir):
    """An empty archive on each engine in turn: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        yield request.getfixturevalue("archive")
    else:
        yield request.getfixturevalue("pg_archive")


def pytest_sessionfinish(session, exitstatus):
    session.config._chancery_exit_status = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """End the process once pytest has reported, skipping interpreter finalization.

    PySide6 6.12 can abort while Python finalizes leftover Qt wrappers
    ("bool_dealloc: deallocating True or False"), after every test has run and
    passed; that would turn a green run into a crash. The results and summary
    are already written (in sessionfinish); exit with pytest's own status.
    First, not last: pytest's unraisable-exception plugin collects garbage in
    its own unconfigure, which can hit the same abort ("none_dealloc").
    """
    if "PySide6" in sys.modules and hasattr(config, "_chancery_exit_status"):
        workers = sys.modules.get("chancery.render.workers")
        if workers is not None:  # the preview's worker, as the application ends it before its own os._exit
            workers.shut_down()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config._chancery_exit_status)


def pytest_addoption(parser):
    parser.addoption("--long", action="store_true",
                     help="run the reliability suite's long profile "
                          "(tests/reliability; also CHANCERY_RELIABILITY=long)")


def pytest_configure(config):
    if config.getoption("--long", default=False):
        os.environ["CHANCERY_RELIABILITY"] = "long"
