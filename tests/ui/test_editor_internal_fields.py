"""The form's fields for the internal documents: a next step's owner and Done box, the distribution list."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from chancery import record
from chancery.ui.editor import MeetingEditor

from .editor_helpers import show_editor, type_text


@pytest.fixture
def editor(qtbot, archive):
    return show_editor(qtbot, MeetingEditor(archive, archive.settings()))


def test_owner_done_and_distribution_typed_and_read_back(qtbot, editor, seed, archive):
    seed["next_steps"] = [{"text": {"fr": "tenir une réunion", "en": "hold a meeting"}, "date": "2021-10-14"}]
    editor.load(seed)
    editor.tabs.setCurrentIndex(editor.TAB_OUTCOMES)
    row = editor.outcomes_page.next_steps.rows[0]
    assert row.owner.text() == "" and not row.done.isChecked()
    type_text(qtbot, row.owner, "Direction Asie centrale")
    row.done.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(row.done, Qt.Key.Key_Space)

    editor.tabs.setCurrentIndex(editor.TAB_INTERNAL)
    type_text(qtbot, editor.internal_page.distribution_edit, "Cabinet du Ministre")
    qtbot.keyClick(editor.internal_page.distribution_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.internal_page.distribution_edit, "Direction Asie centrale")

    built = editor.meeting()
    assert built["next_steps"][0]["owner"] == "Direction Asie centrale" and built["next_steps"][0]["done"] is True
    assert built["internal"]["distribution"] == ["Cabinet du Ministre", "Direction Asie centrale"]
    archive.save(built)
    stored = archive.get_meeting(seed["id"])
    assert stored["next_steps"][0]["owner"] == "Direction Asie centrale"
    assert stored["internal"]["distribution"] == ["Cabinet du Ministre", "Direction Asie centrale"]

    # Loaded back, the widgets show them; unticking Done says "not done" (false), not "unknown".
    editor.load(stored)
    row = editor.outcomes_page.next_steps.rows[0]
    assert row.owner.text() == "Direction Asie centrale" and row.done.isChecked()
    assert editor.internal_page.distribution_edit.toPlainText() == "Cabinet du Ministre\nDirection Asie centrale"
    row.done.setChecked(False)
    assert editor.meeting()["next_steps"][0]["done"] is False


def test_a_record_without_them_comes_back_unchanged(editor, seed):
    seed["next_steps"] = [{"text": {"fr": "tenir une réunion", "en": "hold a meeting"}, "date": None}]
    editor.load(seed)
    built = editor.meeting()
    assert "owner" not in built["next_steps"][0] and "done" not in built["next_steps"][0]
    assert "distribution" not in built["internal"]
    assert json.loads(record.dumps([built])) == json.loads(record.dumps([seed]))


def test_briefing_heading_set_in_settings_heads_the_note(qtbot, archive, seed):
    import io

    from docx import Document

    from chancery.render import render_document
    from chancery.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(archive, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.addressee.edits["fr"], "Note pour M. le Ministre")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert archive.settings()["briefing_addressee"] == {"fr": "Note pour M. le Ministre"}
    note = Document(io.BytesIO(render_document(seed, "briefing-fr", archive=archive)))
    assert note.paragraphs[0].text == "Note pour M. le Ministre"
    # Empty in English: the note is addressed to our principal's office.
    note = Document(io.BytesIO(render_document(seed, "briefing-en", archive=archive)))
    assert note.paragraphs[0].text == "Note for the Minister"


def test_record_of_conversation_in_the_export_dialog_and_the_preview(qtbot, tmp_path, seed):
    from docx import Document

    from chancery.render import preview_html
    from chancery.ui.export_dialog import ExportDialog

    errors: list[str] = []
    dialog = ExportDialog([seed], report_error=lambda _dialog, _title, message: errors.append(message))
    qtbot.addWidget(dialog)
    assert dialog.template_box.findData("record-fr") >= 0
    target = tmp_path / "compte-rendu.docx"
    dialog.set_choice(template="record-fr", fmt="docx", destination=str(target))
    model = dialog.format_box.model()
    assert not model.item(dialog.format_box.findData("txt")).isEnabled()
    assert not model.item(dialog.format_box.findData("html")).isEnabled()
    with qtbot.waitSignal(dialog.finished_export, timeout=20000):
        dialog.export()
    assert errors == []
    texts = [p.text for p in Document(str(target)).paragraphs]
    assert "Compte rendu d’entretien" in texts and "Déroulement de l’entretien" in texts

    page = preview_html(seed, "record-en")
    assert page.count("INTERNAL") >= 2 and "Record of conversation" in page and "Discussion" in page
