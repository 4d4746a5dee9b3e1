"""Quitting the window leaves no process behind: the preview's worker, the forkserver and its tracker end too.

The application ends with ``os._exit`` after its last window closes (see
``chancery.ui.app.run_app``), which runs no clean-up of its own; the
workers end because they watch the process that started them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_worker_exit import _kill, _left_behind

ROOT = Path(__file__).resolve().parents[2]

QUIT_SCRIPT = """
import json
from pathlib import Path

from chancery.render import preview

seed = json.loads(Path({fixture!r}).read_text(encoding="utf-8"))["meeting"]
page = preview.preview_page(seed, "communique-fr", exact=True)  # the exact view, made in the worker process
print(len(page), flush=True)
app.quit()
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_quitting_after_an_exact_preview_leaves_no_process(tmp_path):
    script = tmp_path / "quit.py"
    script.write_text(QUIT_SCRIPT.format(fixture=str(ROOT / "tests" / "fixtures" / "seed-meeting.json")),
                      encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "CHANCERY_UI_LANG": "en"}
    env.pop("CHANCERY_HOME", None)
    started = subprocess.Popen([sys.executable, "-m", "tests.app_launcher", str(script), "--data-dir",
                                str(tmp_path / "data")], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    left = _left_behind(started)
    _kill(left)
    assert started.returncode == 0, started.stderr.read()[-2000:]
    assert int(started.stdout.read()) > 1000
    assert left == []
