"""Backups: daily and manual copies, listed and pruned; restore checks the file, keeps the archive aside."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from chancery import paths
from chancery.errors import ArchiveError, ConflictError
from chancery.store import backup, open_archive
from chancery.store.db import head_revision

from ..conftest import FIXTURES


def test_one_daily_backup_a_day_and_only_the_newest_are_kept(archive, seed):
    archive.save(seed)
    first = backup.daily_backup(archive)
    assert first is not None and first.name == f"archive-daily-{dt.date.today().isoformat()}.sqlite"
    assert backup.daily_backup(archive) is None  # already made today
    for day in range(1, 12):  # older daily backups, as if made on earlier days
        old = paths.backups_dir() / f"archive-daily-{dt.date.today() - dt.timedelta(days=day)}.sqlite"
        shutil.copy(first, old)
    archive.update_settings(backups_kept=4)
    (paths.backups_dir() / first.name).unlink()
    backup.daily_backup(archive)
    daily = sorted(p.name for p in paths.backups_dir().glob("archive-daily-*.sqlite"))
    assert len(daily) == 4 and daily[-1] == first.name


def test_a_backup_is_one_complete_file(archive, seed):
    archive.save(seed)
    made = backup.make_backup(archive)
    info = backup.describe_file(made)
    assert (info.kind, info.meetings, info.revision) == ("manual", 1, head_revision())
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no -wal or -shm beside it
    assert [i.path for i in backup.list_backups()] == [made]


def test_restore_replaces_the_archive_and_keeps_the_old_one_aside(archive, seed):
    saved = archive.save(seed)
    made = backup.make_backup(archive)
    archive.save(dict(seed, notes={"en": "after the backup"}), expected_version=saved.version)
    other = open_archive()  # another window on the same archive
    try:
        info, aside = backup.restore_backup(archive, made)
        assert info.meetings == 1
        assert archive.get_meeting(seed["id"]).get("notes") != {"en": "after the backup"}
        assert other.get_meeting(seed["id"]) == archive.get_meeting(seed["id"])
        with pytest.raises(ConflictError):  # the other window edited the version the restore undid
            other.save(dict(seed, notes={"en": "stale"}), expected_version=saved.version + 1)
        assert backup.describe_file(aside).kind == "before restore"
        connection = sqlite3.connect(aside)
        assert "after the backup" in connection.execute("SELECT notes FROM meetings").fetchone()[0]
        connection.close()
    finally:
        other.close()


def test_a_backup_of_an_older_schema_is_upgraded_when_restored(archive):
    old = paths.backups_dir() / "archive-from-last-year.sqlite"
    shutil.copy(FIXTURES / "schemas" / "schema-0001.sqlite", old)
    backup.restore_backup(archive, old)
    assert archive.count() == 3
    with archive.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()


@pytest.mark.parametrize("problem", ["text", "damaged", "foreign", "newer", "itself", "missing"])
def test_restore_refuses_a_file_that_is_not_a_good_backup_and_changes_nothing(archive, seed, tmp_path, problem):
    archive.save(seed)
    path = tmp_path / "candidate.sqlite"
    if problem == "text":
        path.write_text("not a database")
    elif problem == "damaged":
        shutil.copy(backup.make_backup(archive), path)
        data = bytearray(path.read_bytes())
        data[4096:8192] = b"\xff" * 4096  # a page of the meetings table
        path.write_bytes(bytes(data))
    elif problem == "foreign":
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()
        connection.close()
    elif problem == "newer":
        shutil.copy(backup.make_backup(archive), path)
        connection = sqlite3.connect(path)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
        connection.close()
    elif problem == "itself":
        path = archive.path
    before = archive.get_meeting(seed["id"])
    with pytest.raises(ArchiveError):
        backup.restore_backup(archive, path)
    assert archive.get_meeting(seed["id"]) == before
    assert not list(paths.backups_dir().glob("*before-restore*"))


def test_backup_and_restore_on_the_command_line(tmp_path, chancery):
    home = tmp_path / "home"
    chancery("import", FIXTURES / "seed-meeting.json", data_dir=home)
    made = chancery("backup", data_dir=home).stdout.split(" to ")[-1].strip()
    chancery("delete", "5F1C9D52-6A0E-4C55-9A77-2B1D1F0E7A01", data_dir=home)
    assert "the archive is empty" in chancery("list", data_dir=home).stdout
    listing = chancery("backup", "--list", data_dir=home).stdout
    assert "manual" in listing and "daily" in listing
    restored = chancery("restore", made, data_dir=home)
    assert "restored the archive" in restored.stdout and "before-restore" in restored.stdout
    assert "Bayramov" in chancery("list", data_dir=home).stdout
    refused = chancery("restore", tmp_path / "missing.sqlite", data_dir=home, check=False)
    assert refused.returncode == 2 and "no such file" in refused.stderr


def test_a_damaged_archive_can_be_restored_from_the_command_line(tmp_path, chancery):
    home = tmp_path / "home"
    chancery("import", FIXTURES / "seed-meeting.json", data_dir=home)
    made = chancery("backup", data_dir=home).stdout.split(" to ")[-1].strip()
    archive_file = home / "archive.sqlite"
    data = bytearray(archive_file.read_bytes())
    data[:16] = b"garbage garbage!"
    archive_file.write_bytes(bytes(data))
    refused = chancery("list", data_dir=home, check=False)
    assert refused.returncode == 2 and "Restore one of the 2 backup(s)" in refused.stderr
    restored = chancery("restore", made, data_dir=home)
    assert "unusable archive was moved" in restored.stdout
    assert "Bayramov" in chancery("list", data_dir=home).stdout
    assert list((home / "backups").glob("archive-unusable-*.sqlite"))
