"""The export dialog: single file, batch with progress, formats offered."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy
import uuid

import pytest
from docx import Document

pytest.importorskip("pytestqt")

from chancery import render  # noqa: E402
from chancery.ui.export_dialog import ExportDialog  # noqa: E402


def test_single_export_writes_the_chosen_file(qtbot, tmp_path, seed):
    dialog = ExportDialog([seed])
    qtbot.addWidget(dialog)
    dialog.quiet = True
    target = tmp_path / "communique.docx"
    dialog.set_choice(template="communique-en", fmt="docx", destination=str(target))
    assert dialog.language() == "en"
    with qtbot.waitSignal(dialog.finished_export, timeout=20000) as blocker:
        dialog.export()
    assert blocker.args[0]["written"] == [str(target)]
    assert "Baku, 2 July, AZERTAC" in [p.text for p in Document(str(target)).paragraphs]


def test_formats_offered(qtbot, seed):
    dialog = ExportDialog([seed])
    qtbot.addWidget(dialog)
    assert ("pdf" in dialog.formats()) == render.pdf_available()
    assert {"docx", "txt", "html"} <= set(dialog.formats())
    dialog.set_choice(template="briefing-fr")
    model = dialog.format_box.model()
    txt = dialog.format_box.findData("txt")
    assert not model.item(txt).isEnabled()


def test_batch_export_with_progress(qtbot, tmp_path, seed):
    meetings = []
    for day in range(1, 4):
        m = copy.deepcopy(seed)
        m["id"] = str(uuid.uuid4())
        m["date"] = f"2021-07-0{day}"
        meetings.append(m)
    broken = copy.deepcopy(seed)
    broken["id"] = str(uuid.uuid4())
    broken["statements"][0]["text"] = {"en": "English only"}
    meetings.append(broken)
    dialog = ExportDialog(meetings)
    qtbot.addWidget(dialog)
    dialog.quiet = True
    dialog.set_choice(template="communique-fr", fmt="txt", destination=str(tmp_path))
    with qtbot.waitSignal(dialog.finished_export, timeout=30000) as blocker:
        dialog.export()
    result = blocker.args[0]
    assert len(result["written"]) == 3
    assert len(result["errors"]) == 1 and "meeting.statements[0].text.fr" in result["errors"][0]
    assert sorted(p.suffix for p in tmp_path.iterdir() if p.is_file()) == [".txt"] * 3
    assert "meeting.statements[0].text.fr" in dialog.last_error


def test_batch_cancel_stops_between_files(qtbot, tmp_path, seed, monkeypatch):
    from chancery.ui import export_dialog

    meetings = [dict(copy.deepcopy(seed), id=str(uuid.uuid4())) for _ in range(6)]
    real = export_dialog.export_meetings

    def cancelling(meetings, *args):
        progress, cancelled = args[-2], args[-1]
        calls = {"n": 0}

        def cancel_after_two():
            calls["n"] += 1
            return calls["n"] > 2
        return real(meetings, *args[:-1], cancel_after_two)

    monkeypatch.setattr(export_dialog, "export_meetings", cancelling)
    dialog = ExportDialog(meetings)
    qtbot.addWidget(dialog)
    dialog.quiet = True
    dialog.set_choice(template="communique-en", fmt="html", destination=str(tmp_path))
    with qtbot.waitSignal(dialog.finished_export, timeout=30000) as blocker:
        dialog.export()
    assert blocker.args[0]["cancelled"] is True
    assert len(blocker.args[0]["written"]) == 2
