"""Exit status 3 is for bugs only: how the command line reports an internal error, and a long-busy archive.

The catalogue of user mistakes (files, folders, disks, addresses) is
``tests/reliability/bad_inputs.py``; these are the cases that need a
process of their own or a planted bug.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy.exc import IntegrityError

from ..conftest import FIXTURES

SECRET = "Confidential remark about the minister"


@pytest.fixture
def log_home(tmp_path, monkeypatch):
    """The per-user log folder, private to the test."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "Chancery" / "log" / "chancery.log"


def _planted_database_bug(*_args, **_kwargs):
    raise IntegrityError("UPDATE meetings SET notes=? WHERE id = ?", (SECRET, "5f1c9d52"),
                         sqlite3.IntegrityError("UNIQUE constraint failed: meetings.id"))


def test_an_internal_database_error_shows_the_drivers_words_not_the_records_values(tmp_path, monkeypatch, cli,
                                                                                    log_home):
    monkeypatch.setattr("chancery.commands.archive.cmd_list", _planted_database_bug)
    result = cli("list", data_dir=tmp_path / "home")
    err = result.stderr
    assert result.returncode == 3
    assert len(err.strip().splitlines()) == 1
    assert "UNIQUE constraint failed: meetings.id" in err
    assert SECRET not in err and "UPDATE" not in err
    log = tmp_path / "home" / "chancery.log"
    assert f"(details in {log})" in err
    assert SECRET in log.read_text(encoding="utf-8")  # the log keeps everything for the bug report


def test_when_the_data_folder_cannot_hold_the_log_it_goes_to_the_user_log_folder(tmp_path, monkeypatch, cli,
                                                                                   log_home):
    monkeypatch.setattr("chancery.commands.archive.cmd_list", _planted_database_bug)
    home = tmp_path / "home"
    home.mkdir()
    (home / "chancery.log").mkdir()  # the data folder's log cannot be written
    result = cli("list", data_dir=home)
    assert result.returncode == 3
    assert f"(details in {log_home})" in result.stderr
    assert "UNIQUE constraint failed" in log_home.read_text(encoding="utf-8")


def test_when_no_log_can_be_written_the_message_says_why(tmp_path, monkeypatch, cli):
    monkeypatch.setattr("chancery.commands.archive.cmd_list", _planted_database_bug)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    home = tmp_path / "home"
    home.mkdir()
    (home / "chancery.log").mkdir()
    result = cli("list", data_dir=home)
    err = result.stderr
    assert result.returncode == 3
    assert "(no log written: " in err and "chancery.log: is a folder" in err, err
    assert "log unavailable" not in err


def test_an_archive_held_by_another_program_for_long_is_exit_2_and_nothing_is_written(tmp_path, monkeypatch, cli):
    """Another process holds the write lock past the CLI's patience: one line, exit 2, the import not half done."""
    home = tmp_path / "home"
    assert cli("list", data_dir=home).returncode == 0  # an empty archive
    archive = home / "archive.sqlite"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        connection = sqlite3.connect({str(archive)!r}, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        print("holding", flush=True)
        sys.stdin.readline()  # until the test has finished waiting
        connection.rollback()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        monkeypatch.setattr("chancery.cli.CLI_BUSY_WAIT_SECONDS", 1)
        monkeypatch.setattr("chancery.store.db.BUSY_TIMEOUT_MS", 200)
        monkeypatch.setattr("chancery.store.archive.IMPORT_BUSY_WAIT", 1)
        result = cli("import", FIXTURES / "seed-meeting.json", data_dir=home)
    finally:
        holder.communicate("done\n", timeout=60)
    err = result.stderr
    assert result.returncode == 2, err
    assert "internal error" not in err
    lines = err.strip().splitlines()
    assert lines[0] == "chancery: another Chancery is writing to the archive; waiting for it to finish…"
    assert len(lines) == 2 and "busy" in lines[1] and "Try again" in lines[1], lines
    connection = sqlite3.connect(archive)
    assert connection.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    connection.close()
