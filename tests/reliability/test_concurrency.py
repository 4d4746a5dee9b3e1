"""Several writers on one archive: no acknowledged save is ever silently overwritten; imports take turns."""

from __future__ import annotations

import json
import subprocess

import pytest

from . import harness

pytestmark = pytest.mark.slow


def test_two_processes_saving_the_same_meeting_never_overwrite_silently(head_template, tmp_path, profile):
    """Both writers start together and run until each has saves acknowledged and a conflict was reported."""
    data_dir = harness.copy_data_dir(head_template, tmp_path / "race")
    result = harness.race_same_meeting(data_dir, profile.race_seconds, min_saves=profile.race_saves)
    print(f"\ntwo processes, one meeting: {result.summary()}")
    assert result.raced, f"the writers never raced: {result.summary()}"
    assert result.acknowledged >= 2 * profile.race_saves
    assert result.overwritten == 0
    assert result.final_ok


def test_two_imports_at_once_both_succeed_one_after_the_other(head_template, tmp_path):
    """Two imports, loaded and ready, are let go at the same moment: the second waits its turn, both complete."""
    from chancery import record
    from chancery.demo import generate_meetings

    data_dir = harness.copy_data_dir(head_template, tmp_path / "imports")
    files = []
    for n in range(2):
        path = tmp_path / f"import-{n}.json"
        path.write_text(record.dumps(generate_meetings(200, seed=500 + n)), encoding="utf-8")
        files.append(path)
    processes = [harness.actor("import", str(data_dir), str(path), str(tmp_path / f"acks-{n}.jsonl"), "--together",
                               stdin=subprocess.PIPE)
                 for n, path in enumerate(files)]
    harness.start_together(processes)
    for process in processes:
        _out, err = process.communicate(timeout=900)
        assert process.returncode == 0, err[-2000:]
    acks = [harness.read_acks(tmp_path / f"acks-{n}.jsonl")[0] for n in range(2)]
    assert [a["created"] for a in acks] == [200, 200]
    health = harness.check_sqlite(data_dir / "archive.sqlite")
    assert health.ok, health.problems
    assert json.loads(harness.run_actor("open", str(data_dir)).stdout.splitlines()[-1])["meetings"] == health.meetings
