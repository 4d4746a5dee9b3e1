"""Start-up: the real ``chancery`` entry point paints the list before loading anything heavy.

Each test starts the real entry point in a subprocess through
``benchmarks/startup_probe.py``, which watches it from outside: at the first
paint of the archive list the process writes the modules it has loaded and
what the list showed, then ends.  The window must paint on the sqlite3
module alone — no SQLAlchemy ORM, Alembic, docxtpl, python-docx, Jinja,
Babel, mammoth, psycopg or pymorphy3 before it — and still show the first
page of the archive.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).resolve().parents[2] / "benchmarks" / "startup_probe.py"

HEAVY = ("sqlalchemy", "alembic", "docxtpl", "docx", "jinja2", "babel", "mammoth", "psycopg", "pymorphy3",
         "pytrovich", "lxml")


def _first_paint(tmp_path, *args: str) -> dict:
    probe = tmp_path / "probe.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "CHANCERY_UI_LANG": "en"}
    env.pop("CHANCERY_HOME", None)
    env.pop("CHANCERY_ARCHIVE", None)
    done = subprocess.run([sys.executable, str(PROBE), str(probe), "--data-dir", str(tmp_path / "data"), *args],
                          env=env, capture_output=True, text=True, timeout=120)
    assert probe.exists(), f"no first paint (exit {done.returncode}): {done.stderr[-2000:]}"
    return json.loads(probe.read_text(encoding="utf-8"))


def _heavy(modules: list[str]) -> list[str]:
    return sorted({name for name in modules if name.split(".")[0] in HEAVY})


def _archive_with(tmp_path, meetings: list[dict]) -> None:
    from chancery.store import open_archive

    archive = open_archive(tmp_path / "data" / "archive.sqlite")
    try:
        archive.import_meetings(meetings)
    finally:
        archive.close()


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_the_list_paints_before_anything_heavy_is_loaded(tmp_path):
    from chancery.demo import generate_meetings

    meetings = generate_meetings(30, seed=5)
    _archive_with(tmp_path, meetings)
    report = _first_paint(tmp_path)
    assert _heavy(report["modules"]) == []
    assert report["listed"] == "archiveList"  # the list itself, not the empty notice
    assert report["rows"] == len(meetings)


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_an_empty_archive_paints_its_notice_before_anything_heavy(tmp_path):
    _archive_with(tmp_path, [])
    report = _first_paint(tmp_path)
    assert _heavy(report["modules"]) == []
    assert report["listed"] == "emptyState"
    assert report["rows"] == 0


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_an_archive_that_needs_an_upgrade_opens_the_ordinary_way(tmp_path):
    """No file yet (or an older schema): the archive is created or migrated first, then the list is painted."""
    report = _first_paint(tmp_path)
    assert report["listed"] == "emptyState"
    assert "alembic" in {name.split(".")[0] for name in report["modules"]}
    assert (tmp_path / "data" / "archive.sqlite").exists()


OPEN_AT_ONCE = """
window.open_meeting({meeting_id!r})  # before the first paint: it needs the full archive
print("opened", window.editor is not None and window.current_id == {meeting_id!r}, flush=True)
app.quit()
"""


AFTER_THE_PAINT = """
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

print("finished at show", window._finished, flush=True)  # the first paint has not happened yet


def check():
    if not window._finished:  # built after the first paint, on the event loop
        QTimer.singleShot(20, check)
        return
    window.activateWindow()
    window.search_box.setFocus()
    QApplication.sendEvent(window.search_box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                        Qt.KeyboardModifier.NoModifier))
    print("down moves into the list", window.view.hasFocus() or QApplication.focusWidget() is window.view,
          flush=True)
    print("filter", window.country_filter.completer().filterMode() == Qt.MatchFlag.MatchContains, flush=True)
    app.setStyleSheet("")  # the style sheet's style wraps the style the application was started with
    print("style", app.style().name(), flush=True)
    app.quit()


check()
"""


def _launch(tmp_path, script_text: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    script = tmp_path / "script.py"
    script.write_text(script_text, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "CHANCERY_UI_LANG": "en"}
    env.pop("CHANCERY_HOME", None)
    env.pop("CHANCERY_ARCHIVE", None)
    return subprocess.run([sys.executable, "-m", "tests.app_launcher", str(script), "--data-dir",
                           str(tmp_path / "data"), *args], cwd=Path(__file__).resolve().parents[2], env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.timeout(120)
def test_what_the_first_paint_does_not_need_is_built_right_after_it(tmp_path):
    """The search box's keys and the country completer come once the window has painted; the style is Fusion."""
    from chancery.demo import generate_meetings

    _archive_with(tmp_path, generate_meetings(3, seed=11))
    done = _launch(tmp_path, AFTER_THE_PAINT)
    assert "finished at show False" in done.stdout, done.stderr[-2000:]
    assert "down moves into the list True" in done.stdout, done.stdout + done.stderr[-2000:]
    assert "filter True" in done.stdout
    assert "style fusion" in done.stdout


@pytest.mark.timeout(120)
def test_a_meeting_opened_before_the_first_paint_does_not_hang_the_window(tmp_path):
    # The full archive opens behind the first paint; asking for it on the GUI thread before then used to
    # wait for an opening that could only begin once the call returned: the window hung for good.
    from chancery.demo import generate_meetings

    meetings = generate_meetings(3, seed=7)
    _archive_with(tmp_path, meetings)
    script = tmp_path / "open_at_once.py"
    script.write_text(OPEN_AT_ONCE.format(meeting_id=str(meetings[0]["id"])), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "CHANCERY_UI_LANG": "en"}
    env.pop("CHANCERY_HOME", None)
    env.pop("CHANCERY_ARCHIVE", None)
    try:
        done = subprocess.run([sys.executable, "-m", "tests.app_launcher", str(script), "--data-dir",
                               str(tmp_path / "data")], cwd=Path(__file__).resolve().parents[2], env=env,
                              capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the window hung: a meeting opened before the first paint never opened")
    assert "opened True" in done.stdout, done.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_row_naming_an_organisation_paints_without_the_record_module(tmp_path, seed):
    """A counterpart that is an organisation (no country) is named from the row alone (chancery.text.text_in)."""
    seed["participants"][1].update(country=None, organization={"en": "OSCE", "fr": "OSCE", "ru": "ОБСЕ"},
                                   title={"en": "Secretary General", "fr": "secrétaire général"})
    _archive_with(tmp_path, [seed])
    report = _first_paint(tmp_path)
    assert report["listed"] == "archiveList" and report["rows"] == 1
    assert "chancery.record" not in report["modules"]
    assert _heavy(report["modules"]) == []
