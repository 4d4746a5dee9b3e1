"""Schema migrations: fresh, from each frozen released schema, backups, refusals."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from chancery.errors import ArchiveError
from chancery.store import open_archive
from chancery.store.db import head_revision

from ..conftest import FIXTURES

FROZEN = sorted((FIXTURES / "schemas").glob("schema-*.sqlite"))


def test_models_match_the_migrations(archive):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from chancery.store.models import Base

    with archive.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        diff = [d for d in compare_metadata(context, Base.metadata)
                if not (isinstance(d, tuple) and d[0] == "remove_table" and d[1].name.startswith("search"))]
    assert diff == []


def test_there_is_a_frozen_database_for_every_released_schema():
    """One frozen archive per revision the migrations know, each at the revision its name says."""
    from chancery.store.db import known_revisions

    frozen = {path.stem.removeprefix("schema-"): path for path in FROZEN}
    assert sorted(frozen) == sorted(known_revisions()), "tests/fixtures/schemas/README.md says how to freeze one"
    for revision, path in frozen.items():
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert connection.execute("select version_num from alembic_version").fetchall() == [(revision,)]
        finally:
            connection.close()


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.stem)
def test_frozen_archive_upgrades_with_a_backup_and_keeps_its_meetings(frozen, data_dir):
    target = data_dir / "archive.sqlite"
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(frozen, target)
    revision = frozen.stem.split("-")[1]
    before = sqlite3.connect(target).execute("select id from meetings order by id").fetchall()
    assert before, "frozen archives hold meetings"
    archive = open_archive()
    try:
        with archive.engine.connect() as connection:
            assert connection.exec_driver_sql("select version_num from alembic_version").scalar() == head_revision()
        ids = sorted(row.id for row in archive.list_meetings())
        assert ids == [r[0] for r in before]
        for meeting_id in ids:
            archive.get_meeting(meeting_id)
        if revision != head_revision():
            assert archive.backup is not None and archive.backup.exists()
            frozen_bytes = sqlite3.connect(archive.backup).execute("select count(*) from meetings").fetchone()
            assert frozen_bytes[0] == len(before)
        else:
            assert archive.backup is None
    finally:
        archive.close()


def test_newer_schema_is_refused_and_left_untouched(data_dir, seed):
    archive = open_archive()
    archive.save(seed)
    archive.close()
    path = data_dir / "archive.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("update alembic_version set version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(ArchiveError, match="newer version of Chancery"):
        open_archive()
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "archive.sqlite"
    path.write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(ArchiveError, match="not a Chancery archive"):
        open_archive()
    assert path.read_bytes().startswith(b"this is a letter")


def test_a_foreign_sqlite_database_is_refused(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "archive.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("create table recipes (name text)")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="not created by Chancery"):
        open_archive()


@pytest.mark.parametrize("address", ["sqlite://", "sqlite:///:memory:"])
def test_an_sqlite_address_without_a_file_is_refused_by_name(address):
    from chancery.store import db

    with pytest.raises(ArchiveError, match="must name a file"):
        db.sqlite_file(db.database_url(address))
    assert db.sqlite_file(db.database_url("sqlite:////tmp/a.sqlite")).name == "a.sqlite"
