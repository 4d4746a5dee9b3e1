"""Typing into the form as a user does, in the interface's own formats, and reading the record back.

Nothing typed may be changed without a word: a full date typed after Tab is
stored as typed (in any format the interface accepts), an impossible date is
refused where it was typed, and the participant Country cell starts from the
first key pressed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from chancery.ui import i18n
from chancery.ui.editor import MeetingEditor
from chancery.ui.editor.dates import parse_date

from .editor_helpers import focus, key_clicks, press, show_editor


@pytest.fixture
def french(qapp):
    i18n.apply_language("fr")
    yield
    i18n.apply_language("en")


@pytest.fixture
def editor(qtbot, archive, french):
    return show_editor(qtbot, MeetingEditor(archive, archive.settings()))


def tab_into(qtbot, before, field) -> None:
    """Give focus to ``before``, then press Tab until ``field`` has it (as a user moves through the form)."""
    focus(qtbot, before)
    for _ in range(5):
        if QApplication.focusWidget() is field:
            return
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field, QApplication.focusWidget()


@pytest.mark.parametrize("typed", ["25/11/2026", "2026-11-25", "25.11.2026", "25 novembre 2026"])
def test_a_date_typed_after_tab_is_stored_exactly(qtbot, editor, typed):
    tab_into(qtbot, editor.meeting_page.format_combo, editor.meeting_page.date_edit.edit)
    date_edit = editor.meeting_page.date_edit.edit
    assert date_edit.selectedText() == date_edit.text()  # Tab selected it all
    key_clicks(qtbot, editor.meeting_page.date_edit.edit, typed)
    press(qtbot, editor.meeting_page.date_edit.edit, Qt.Key.Key_Tab)
    assert editor.meeting()["date"] == "2026-11-25"
    assert editor.meeting_page.date_edit.edit.text() == "25/11/2026"  # shown the French way once left


def test_an_impossible_date_is_refused_visibly_and_kept(qtbot, editor):
    tab_into(qtbot, editor.meeting_page.format_combo, editor.meeting_page.date_edit.edit)
    key_clicks(qtbot, editor.meeting_page.date_edit.edit, "31/02/2026")
    press(qtbot, editor.meeting_page.date_edit.edit, Qt.Key.Key_Tab)
    problems = {p.path: p for p in editor.problems()}
    assert problems["meeting.date"].severity == "error"  # a draft cannot be saved with it either
    assert editor.meeting()["date"] == "31/02/2026"  # what was typed is kept, never replaced
    qtbot.waitUntil(lambda: editor.meeting_page.date_edit.edit.property("problem") == "error", timeout=2000)
    assert "31/02/2026" in editor.meeting_page.date_edit.edit.toolTip()


def test_end_and_publication_dates_are_empty_until_typed(qtbot, editor):
    assert editor.meeting()["end_date"] is None and editor.meeting()["publication"]["date"] is None
    tab_into(qtbot, editor.meeting_page.date_edit.edit, editor.meeting_page.end_date_edit.edit)
    key_clicks(qtbot, editor.meeting_page.end_date_edit.edit, "26/11/2026")
    press(qtbot, editor.meeting_page.end_date_edit.edit, Qt.Key.Key_Tab)
    assert editor.meeting()["end_date"] == "2026-11-26"
    editor.meeting_page.end_date_edit.edit.clear()
    assert editor.meeting()["end_date"] is None


def test_date_formats_per_interface_language():
    assert parse_date("25/11/2026", "fr") == ("ok", parse_date("2026-11-25", "en")[1])
    assert parse_date("25.11.2026", "ru")[0] == "ok"
    assert parse_date("25 ноября 2026", "ru")[0] == "ok"
    assert parse_date("November 25, 2026", "en")[0] == "ok"
    assert parse_date("11/25/2026", "en") == ("invalid", None)  # no guessing the order in English
    assert parse_date("2026-02-30", "fr") == ("invalid", None)
    assert parse_date("  ", "fr") == ("empty", None)


def test_country_cell_opens_empty_and_completes_from_the_first_key(qtbot, editor):
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    table = editor.participants_page.participants
    row = table.add_participant()
    view, model = table.view, table.model
    view.setCurrentIndex(model.index(row, model.column("country")))
    focus(qtbot, view)
    key_clicks(qtbot, view, "A")  # the first key opens the cell and is its first letter
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState, timeout=2000)
    picker = view.focusWidget() if view.focusWidget() is not view else QApplication.focusWidget()
    line = picker.lineEdit() if hasattr(picker, "lineEdit") else picker
    assert line.text() == "A"
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.isVisible()  # completion from the first key
    key_clicks(qtbot, line, "zer")
    assert line.text() == "Azer"
    press(qtbot, line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)
    assert model.rows[row]["country"] == "AZ"
    assert model.index(row, model.column("country")).data() == "Azerbaïdjan"

