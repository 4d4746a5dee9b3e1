"""Every bad input and unlucky place gets a short, clean message and exit status 2 — never exit 3, never a flood.

The catalogue is :mod:`tests.reliability.bad_inputs` (run it as a program to
measure another checkout).  Import cases run through ``chancery.cli.main`` in
this process; the cases about places (devices, read-only folders, a full
disk) run the real command in a child process, as another user or in a
private mount namespace when the machine allows it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from chancery import cli

from . import bad_inputs
from .bad_inputs import IMPORT_CASES, PLACE_CASES, Outcome, can_run, judge


@pytest.mark.parametrize("case", IMPORT_CASES, ids=lambda c: c.name)
def test_bad_import_is_refused_cleanly(case, tmp_path, capfd):
    file = tmp_path / "input.json"
    if case.content is not None:
        file.write_bytes(case.content if isinstance(case.content, bytes)
                         else case.content.encode("utf-8", "surrogatepass"))
    folder = tmp_path / "a-folder"
    folder.mkdir()
    home = tmp_path / "home"
    args = [a.format(file=file, folder=folder, work=tmp_path) for a in case.command]
    status = cli.main(["--data-dir", str(home), *args])
    out, err = capfd.readouterr()
    problems = judge(Outcome(case, status, err, out))
    assert not problems, f"{problems}: {err[:500]}"
    if status == 2 and (home / "archive.sqlite").exists():
        connection = sqlite3.connect(home / "archive.sqlite")
        assert connection.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0, "a refused import wrote"
        connection.close()


@pytest.mark.parametrize("case", PLACE_CASES, ids=lambda c: c.name)
def test_unlucky_places_are_reported_cleanly(case, tmp_path):
    reason = can_run(case)
    if reason:
        pytest.skip(reason)
    # A folder of its own under /tmp, open to the unprivileged user some cases run as
    # (pytest's own folders are private to their owner).
    work = Path(tempfile.mkdtemp(prefix="chancery-place-"))
    try:
        work.chmod(0o755)
        outcome = bad_inputs.run_case(case, work / "case", in_process=True)
        problems = judge(outcome)
        assert not problems, f"{problems}: {outcome.stderr[:500]}"
    finally:
        shutil.rmtree(work, ignore_errors=True)
