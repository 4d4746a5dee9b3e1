"""The export dialog: single file, batch with progress, formats offered."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy
import uuid

import pytest
from docx import Document
from PySide6.QtCore import Qt

pytest.importorskip("pytestqt")

from chancery import render
from chancery.ui.export_dialog import ExportDialog


def reported(errors: list[str]):
    """An error reporter for the dialog that keeps the messages (instead of a warning box)."""
    return lambda _dialog, _title, message: errors.append(message)


def test_single_export_writes_the_chosen_file(qtbot, tmp_path, seed):
    errors: list[str] = []
    dialog = ExportDialog([seed], report_error=reported(errors))
    qtbot.addWidget(dialog)
    target = tmp_path / "communique.docx"
    dialog.set_choice(template="communique-en", fmt="docx", destination=str(target))
    assert dialog.language() == "en"
    with qtbot.waitSignal(dialog.finished_export, timeout=20000) as blocker:
        dialog.export()
    assert blocker.args[0]["written"] == [str(target)]
    assert "Baku, 2 July, AZERTAC" in [p.text for p in Document(str(target)).paragraphs]
    assert errors == []


def test_formats_offered(qtbot, seed):
    dialog = ExportDialog([seed])
    qtbot.addWidget(dialog)
    assert ("pdf" in dialog.formats()) == render.pdf_available()
    assert {"docx", "txt", "html"} <= set(dialog.formats())
    dialog.set_choice(template="briefing-fr")
    model = dialog.format_box.model()
    txt = dialog.format_box.findData("txt")
    assert not model.item(txt).isEnabled()


def test_batch_export_with_progress(qtbot, tmp_path, seed, seed_copies):
    meetings = seed_copies(3)
    broken = copy.deepcopy(seed)
    broken["id"] = str(uuid.uuid4())
    broken["statements"][0]["text"] = {"en": "English only"}
    meetings.append(broken)
    errors: list[str] = []
    dialog = ExportDialog(meetings, report_error=reported(errors))
    qtbot.addWidget(dialog)
    dialog.set_choice(template="communique-fr", fmt="txt", destination=str(tmp_path))
    with qtbot.waitSignal(dialog.finished_export, timeout=30000) as blocker:
        dialog.export()
    result = blocker.args[0]
    assert len(result["written"]) == 3
    assert len(result["errors"]) == 1 and "meeting.statements[0].text.fr" in result["errors"][0]
    assert sorted(p.suffix for p in tmp_path.iterdir() if p.is_file()) == [".txt"] * 3
    assert len(errors) == 1 and "meeting.statements[0].text.fr" in errors[0]  # shown once, naming the field


def test_batch_cancel_stops_between_files(qtbot, tmp_path, seed):
    """The progress dialog's Cancel button: the files written stay, the rest are never started."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    meetings = [dict(copy.deepcopy(seed), id=str(uuid.uuid4())) for _ in range(40)]
    errors: list[str] = []
    dialog = ExportDialog(meetings, report_error=reported(errors))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_choice(template="communique-en", fmt="docx", destination=str(tmp_path))
    results = []
    dialog.finished_export.connect(results.append)
    dialog.export_button.click()
    progress = dialog.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: progress.isVisible() and progress.labelText().startswith("Writing"), timeout=30000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text().replace("&", "") == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    result = results[0]
    assert result["cancelled"] is True and result["errors"] == [] and errors == []
    assert 1 <= len(result["written"]) < len(meetings)
    assert sorted(str(p) for p in tmp_path.glob("*.docx")) == sorted(result["written"])
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # the user can export again
    assert len(results) == 1  # one report, not one per Cancel and another at the end
