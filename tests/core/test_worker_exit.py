"""No process outlives Chancery: worker processes, the forkserver and its resource tracker end with it.

The window and pytest end with ``os._exit`` (PySide6 can abort while Python
finalizes Qt wrappers), which runs no clean-up: a worker of the preview's
exact view or of a batch then waited for work for ever, and the forkserver
and resource tracker with it, adopted by init.  Each test starts a real
process in a session of its own, lets it make documents in workers and end,
then waits until no process of that session is left.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def _session_members(session: int) -> list[str]:
    """The processes of ``session`` still running (zombies are gone for good): "pid command" each."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:  # ended meanwhile
            continue
        state, _ppid, _group, member_of = stat[stat.rindex(")") + 2:].split()[:4]
        if int(member_of) == session and state != "Z":
            found.append(f"{entry.name} {command[:160]}")
    return found


def _left_behind(started: subprocess.Popen, within: float = 20.0) -> list[str]:
    """Wait for ``started`` (a session leader) to end, then up to ``within`` seconds for the rest of its session."""
    started.wait(timeout=180)
    deadline = time.monotonic() + within
    while True:
        left = _session_members(started.pid)
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


def _kill(processes: list[str]) -> None:
    for line in processes:
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(line.split()[0]), 9)


pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")]


def test_workers_end_with_a_process_that_ends_with_os_exit(tmp_path, seed):
    """The preview's exact view and a batch pool left open, then os._exit: every worker ends by itself."""
    (tmp_path / "meeting.json").write_text(json.dumps(seed), encoding="utf-8")
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(f"""
        import json, os, sys
        sys.path.insert(0, {str(DESKTOP)!r})
        from chancery.render import preview, workers

        if __name__ == "__main__":
            meeting = json.loads(open({str(tmp_path / "meeting.json")!r}, encoding="utf-8").read())
            page = preview.preview_page(meeting, "communique-fr", exact=True)
            batch_pool = workers.pool(2)
            assert list(batch_pool.map(abs, [-1, -2, -3])) == [1, 2, 3]
            print(len(page), flush=True)
            os._exit(0)
    """), encoding="utf-8")
    env = {**os.environ, "CHANCERY_HOME": str(tmp_path / "home")}
    started = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    left = _left_behind(started)
    _kill(left)
    assert started.returncode == 0, started.stderr.read()
    assert int(started.stdout.read()) > 1000  # the exact view was made (in the worker)
    assert left == []


def test_a_batch_on_the_command_line_leaves_no_process(tmp_path, seed_copies):
    meetings = seed_copies(6)
    source = tmp_path / "meetings.json"
    source.write_text(json.dumps({"chancery": 1, "meetings": meetings}), encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    env = {**os.environ, "CHANCERY_HOME": str(tmp_path / "home"),
           "PYTHONPATH": os.pathsep.join(filter(None, (str(DESKTOP), os.environ.get("PYTHONPATH"))))}
    started = subprocess.Popen([sys.executable, "-m", "chancery", "render", str(source), "-t", "communique-fr",
                                "--jobs", "2", "-o", str(folder)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    left = _left_behind(started)
    _kill(left)
    assert started.returncode == 0, started.stderr.read()
    assert len(list(folder.glob("*.docx"))) == len(meetings)
    assert left == []
