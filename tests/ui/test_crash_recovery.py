"""Nothing typed is lost: a real ``chancery`` process is killed after typing, and the restart restores it.

Each process is the application's own entry point started by tests/app_launcher.py,
which runs a script once the window is shown; the scripts below type into the form
like a user and, after the restart, click "Restore" in the recovery dialog and
report what the form holds.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TYPED = "Agreed to meet again in Bishkek"

TYPE_SCRIPT = textwrap.dedent(f"""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.new_meeting()
    window.editor.focus_path("meeting.notes.en")
    QTest.keyClicks(QApplication.focusWidget(), {TYPED!r})
    print("typed", flush=True)
""")

RESTORE_SCRIPT = textwrap.dedent("""
    import json, os
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "recoveryDialog":
            for button in dialog.findChildren(QAbstractButton):
                if button.text().replace("&", "") == "Restore":
                    button.click()
            QTimer.singleShot(300, report)
            return
        QTimer.singleShot(50, poll)

    def report():
        state = {"modified": window.editor.is_modified(), "meeting": window.editor.meeting(),
                 "current": window.current_id}
        with open(os.environ["CHANCERY_TEST_OUT"], "w", encoding="utf-8") as handle:
            json.dump(state, handle)
        window.editor.set_modified(False)
        window.close()

    poll()
""")


def _start(tmp_path, script_text: str, name: str, extra_env=None) -> subprocess.Popen:
    script = tmp_path / f"{name}.py"
    script.write_text(script_text, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "CHANCERY_UI_LANG": "en", **(extra_env or {})}
    env.pop("CHANCERY_HOME", None)
    return subprocess.Popen([sys.executable, "-m", "tests.app_launcher", str(script), "--data-dir",
                             str(tmp_path / "data")], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.timeout(120)
def test_a_killed_process_loses_nothing_typed(tmp_path):
    from chancery.store import open_archive

    first = _start(tmp_path, TYPE_SCRIPT, "type")
    try:
        assert first.stdout.readline().strip() == "typed", first.stderr.read() if first.poll() is not None else ""
        archive = None
        deadline = time.monotonic() + 30
        drafts = []
        while time.monotonic() < deadline:
            if archive is None and (tmp_path / "data" / "archive.sqlite").exists():
                archive = open_archive(tmp_path / "data" / "archive.sqlite")
            if archive is not None:
                drafts = archive.autosaves()
                if drafts:
                    break
            time.sleep(0.2)
        assert drafts, "no autosave within 30 s"
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert first.returncode == -signal.SIGKILL
        record = drafts[0][0]
        assert TYPED in json.dumps(record, ensure_ascii=False)
        assert archive.count() == 0  # never saved: only the autosave holds it
        archive.close()
    finally:
        if first.poll() is None:
            first.kill()

    out = tmp_path / "restored.json"
    second = _start(tmp_path, RESTORE_SCRIPT, "restore", {"CHANCERY_TEST_OUT": str(out)})
    try:
        second.wait(60)
    finally:
        if second.poll() is None:
            second.kill()
    assert out.exists(), second.stderr.read()
    state = json.loads(out.read_text(encoding="utf-8"))
    assert state["modified"] is True
    assert state["current"] == record["id"]
    assert state["meeting"]["notes"]["en"] == TYPED
