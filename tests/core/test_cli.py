"""The command line, run as a user types it: ``chancery.cli.main`` with a real data folder.

The commands run in the test's process (the ``cli`` fixture, tests/cli_runner.py);
the last test runs the real entry point as a separate process, once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ..conftest import FIXTURES

SEED = FIXTURES / "seed-meeting.json"
SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"


def test_import_then_export_gives_back_the_same_record(tmp_path, chancery):
    home = tmp_path / "home"
    out = tmp_path / "out.json"
    assert "1 new" in chancery("import", SEED, data_dir=home).stdout
    chancery("export", "--id", SEED_ID, "-o", out, data_dir=home)
    assert out.read_bytes() == SEED.read_bytes()
    again = chancery("import", out, data_dir=home).stdout
    assert "0 new, 0 updated, 1 unchanged" in again
    listing = chancery("list", "--json", data_dir=home).stdout.splitlines()
    assert len(listing) == 1 and json.loads(listing[0])["id"] == SEED_ID


def test_data_dir_after_the_command_works_too(tmp_path, chancery, cli):
    home = tmp_path / "home"
    chancery("import", SEED, data_dir=home)
    result = cli("show", SEED_ID, "--data-dir", home, env={"CHANCERY_HOME": None})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["meeting"]["id"] == SEED_ID


def test_bad_file_is_refused_with_one_line_per_problem(tmp_path, chancery):
    meeting = json.loads(SEED.read_text(encoding="utf-8"))["meeting"]
    meeting["cooperation_areas"].append("telepathy")
    meeting["date"] = "2021-02-30"
    for p in meeting["participants"]:
        if p["side"] == "guest":
            p["role"] = "delegation"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"chancery": 1, "meeting": meeting}), encoding="utf-8")
    result = chancery("import", bad, data_dir=tmp_path / "home", check=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, lines
    assert any("meeting.cooperation_areas[10]" in line and "telepathy" in line for line in lines)
    assert any("meeting.date" in line and "2021-02-30" in line for line in lines)
    assert any("meeting.participants" in line and "guest" in line for line in lines)
    assert "Traceback" not in result.stderr
    assert chancery("list", "--json", data_dir=tmp_path / "home").stdout == ""


def test_unknown_id_is_one_line_not_a_traceback(tmp_path, chancery):
    result = chancery("show", "no-such-id", data_dir=tmp_path / "home", check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == "chancery: no meeting with id no-such-id in the archive"


def test_demo_fills_an_empty_archive_once(tmp_path, chancery):
    home = tmp_path / "home"
    assert "added" in chancery("demo", data_dir=home).stdout
    rows = [json.loads(line) for line in chancery("list", "--json", data_dir=home).stdout.splitlines()]
    assert len(rows) >= 50
    assert len({r["country"] for r in rows}) >= 10
    assert len({r["kind"] for r in rows}) >= 8
    assert len({r["date"][:4] for r in rows}) >= 4
    assert "already holds meetings" in chancery("demo", data_dir=home).stdout


def test_export_of_everything_round_trips(tmp_path, chancery):
    home = tmp_path / "home"
    chancery("demo", "--count", 20, data_dir=home)
    first = tmp_path / "all.json"
    chancery("export", "-o", first, data_dir=home)
    other = tmp_path / "other"
    chancery("import", first, data_dir=other)
    second = tmp_path / "again.json"
    chancery("export", "-o", second, data_dir=other)
    assert first.read_bytes() == second.read_bytes()
    assert len(json.loads(first.read_text(encoding="utf-8"))["meetings"]) == 20


def test_trash_via_cli(tmp_path, chancery):
    home = tmp_path / "home"
    chancery("import", SEED, data_dir=home)
    chancery("delete", SEED_ID, data_dir=home)
    assert chancery("list", "--json", data_dir=home).stdout == ""
    assert SEED_ID in chancery("list", "--trash", data_dir=home).stdout
    chancery("restore", SEED_ID, data_dir=home)
    assert SEED_ID in chancery("list", data_dir=home).stdout


def test_version(cli):
    from chancery import __version__

    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"chancery {__version__}"


@pytest.mark.slow
def test_the_installed_entry_point_runs_and_a_closed_pipe_is_not_an_error(tmp_path):
    """The smoke test of the real process: ``python -m chancery`` creates and migrates an archive from
    nothing, fills it, and a reader that stops early (``| head -n 1``) is not an error."""
    home = tmp_path / "home"
    env = dict(os.environ)
    env.pop("CHANCERY_HOME", None)
    filled = subprocess.run([sys.executable, "-m", "chancery", "--data-dir", str(home), "demo", "--count", "30"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert filled.returncode == 0, filled.stderr
    assert (home / "archive.sqlite").exists()
    pipeline = subprocess.run(
        f'set -o pipefail; "{sys.executable}" -m chancery --data-dir "{home}" list --json | head -n 1',
        shell=True, executable="/bin/bash", capture_output=True, text=True, env=env, timeout=60,
    )
    assert pipeline.returncode == 0, pipeline.stderr
    assert len(pipeline.stdout.splitlines()) == 1
    assert json.loads(pipeline.stdout)["date"]
    assert pipeline.stderr == ""
