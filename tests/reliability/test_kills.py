"""SIGKILL during upgrades, index rebuilds, saves and imports: the archive opens, is whole, loses nothing acknowledged.

Each trial kills a child process at a random moment of its work, reopens the
archive with today's code and checks it: SQLite's integrity check, FTS5's,
the index's triggers, the search documents equal to a rebuild's, and every
save the killed process was told had succeeded.
"""

from __future__ import annotations

import pytest

from . import harness

pytestmark = pytest.mark.slow


def _report(what: str, result: harness.TrialResult) -> None:
    print(f"\n{what}: {result.summary()}")
    assert not result.failures, "\n".join(result.failures[:10])


def test_kills_during_upgrades(old_template, tmp_path, profile):
    result = harness.kill_upgrades(old_template, tmp_path, profile.kills)
    _report("upgrade 0001→head", result)
    assert result.opened == result.healthy == result.trials


def test_kills_during_index_rebuilds(head_template, tmp_path, profile):
    result = harness.kill_rebuilds(head_template, tmp_path, profile.kills)
    _report("search --rebuild", result)
    assert result.healthy == result.trials


def test_kills_during_saves(head_template, tmp_path, profile):
    result = harness.kill_saves(head_template, tmp_path, profile.kills, max_delay=2.5, writers=2)
    _report("saves (two writers)", result)
    assert result.lost == 0 and result.healthy == result.trials


def test_kills_during_imports(head_template, tmp_path, profile):
    from chancery import record
    from chancery.demo import generate_meetings

    source = tmp_path / "import.json"
    source.write_text(record.dumps(generate_meetings(max(200, profile.meetings // 2), seed=99)), encoding="utf-8")
    result = harness.kill_imports(head_template, tmp_path, source, profile.kills)
    _report("imports", result)
    assert result.lost == 0 and result.healthy == result.trials
    assert "half imported" not in result.states


def test_kills_during_restores(head_template, tmp_path, profile):
    from .harness import build_archive

    other = build_archive(tmp_path / "other", max(50, profile.meetings // 3), seed=11).parent
    result = harness.kill_restores(head_template, tmp_path, other, profile.kills)
    _report("restore from a backup", result)
    assert result.healthy == result.trials
    assert not [state for state in result.states if "neither" in state]
