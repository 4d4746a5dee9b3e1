"""A user template that runs away (an endless loop) in the preview and the export dialog.

The render runs in the sandbox worker with a time limit; the window stays
responsive meanwhile (its event loop keeps turning) and says what went wrong.
The limit is shortened here so the test is quick; a blocked event loop
would show a gap as long as the limit.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer

from chancery import paths
from chancery.render import engine, sandbox
from chancery.ui.export_dialog import ExportDialog
from chancery.ui.preview import PreviewPane

from ..reliability import hostile_templates

LIMIT = 4.0  # seconds the sandbox allows a render here


@pytest.fixture
def runaway(monkeypatch):
    monkeypatch.setattr(sandbox, "TIME_LIMIT", LIMIT)
    engine._checked.clear()
    target = paths.user_templates_dir() / "runaway-en.docx"
    hostile_templates.with_paragraph(hostile_templates.LOOPS_AND_SIZES["nested ranges"], target)
    return "user/runaway-en"


class Heartbeat:
    """Ticks every 20 ms on the GUI thread; the longest gap between ticks shows whether the thread was blocked."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self.timer.start()

    def longest_gap(self) -> float:
        self.timer.stop()
        return max((b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)), default=float("inf"))


def test_the_preview_reports_a_runaway_template_and_the_window_stays_responsive(qtbot, seed, runaway):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template(runaway)
    heartbeat = Heartbeat()
    with qtbot.waitSignal(pane.failed, timeout=int(4 * LIMIT * 1000 + 60_000)) as blocker:
        pane.set_record(seed)
    gap = heartbeat.longest_gap()
    assert "takes too long" in blocker.args[0]
    assert not pane.status.isHidden() and "takes too long" in pane.status.text()
    print(f"\npreview says: {pane.status.text()}")
    assert len(heartbeat.ticks) > 10 and gap < LIMIT / 2, f"the event loop stalled for {gap:.1f} s"


def test_the_export_dialog_reports_a_runaway_template_and_writes_nothing(qtbot, seed, runaway, tmp_path):
    errors: list[str] = []
    dialog = ExportDialog([seed], report_error=lambda _dialog, _title, message: errors.append(message))
    qtbot.addWidget(dialog)
    target = tmp_path / "communique.docx"
    dialog.set_choice(template=runaway, fmt="docx", destination=str(target))
    heartbeat = Heartbeat()
    with qtbot.waitSignal(dialog.finished_export, timeout=int(4 * LIMIT * 1000 + 60_000)) as blocker:
        dialog.export()
    gap = heartbeat.longest_gap()
    result = blocker.args[0]
    assert result["written"] == []
    shown = errors + result["errors"]
    print(f"\nexport dialog says: {shown}")
    assert any("takes too long" in message for message in shown), shown
    assert not target.exists() and not list(tmp_path.glob(".*communique*"))
    assert len(heartbeat.ticks) > 10 and gap < LIMIT / 2, f"the event loop stalled for {gap:.1f} s"
