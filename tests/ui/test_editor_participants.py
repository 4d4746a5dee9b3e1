"""Participants table: people-directory completion, reordering, refs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from chancery.ui.editor import MeetingEditor
from chancery.ui.editor.participants import PersonNameEdit

from .editor_helpers import commit_cell, key_clicks, open_cell_editor, show_editor, type_cell


@pytest.fixture
def make_editor(qtbot, archive):
    def make(settings=None):
        return show_editor(qtbot, MeetingEditor(archive, {**archive.settings(), **(settings or {})}))

    return make


@pytest.mark.parametrize("typed", ["Baïr", "bayr", "Байр"])
def test_typing_any_spelling_offers_the_person_and_fills_the_row(qtbot, make_editor, archive, seed, typed):
    archive.save(seed)  # the directory now knows both ministers, in every spelling
    editor = make_editor()
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    table = editor.participants_page.participants
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    model = table.model

    name_edit = open_cell_editor(qtbot, table.view, 0, model.column("name", "fr"))
    assert isinstance(name_edit, PersonNameEdit)
    key_clicks(qtbot, name_edit, typed)
    popup = name_edit.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    offered = name_edit.offered()
    assert [p.name["en"] for p in offered] == ["Jeyhun Bayramov"]
    assert popup.model().index(0, 0).data().startswith("Djeyhoun Baïramov")

    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows[0]["name"] == seed["participants"][0]["name"], timeout=3000)
    row = model.rows[0]
    assert row["name"] == seed["participants"][0]["name"]  # every language, az included
    assert row["gender"] == "m"
    assert row["title"] == seed["participants"][0]["title"]
    assert row["country"] == "AZ"
    assert row["ref"] == "p1" and row["side"] == "host" and row["role"] == "principal"
    # The az spelling appears as a column of its own, so nothing is hidden.
    assert model.column("name", "az") >= 0
    assert editor.is_modified()


def test_typing_an_unknown_name_keeps_what_was_typed(qtbot, make_editor, archive, seed):
    archive.save(seed)
    editor = make_editor()
    table = editor.participants_page.participants
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, table.view, 0, table.model.column("name", "en"), "Ann Linde")
    assert table.model.rows[0]["name"] == {"en": "Ann Linde"}
    assert table.model.rows[0]["country"] is None


def test_move_participants_up_and_down(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    table = editor.participants_page.participants
    table.view.setCurrentIndex(table.model.index(1, table.model.column("name", "en")))
    assert table.up_button.isEnabled() and not table.down_button.isEnabled()

    qtbot.mouseClick(table.up_button, Qt.MouseButton.LeftButton)
    built = editor.meeting()
    assert [p["ref"] for p in built["participants"]] == ["p2", "p1"]
    assert [p["name"]["en"] for p in built["participants"]] == ["Ruslan Kazakbaev", "Jeyhun Bayramov"]
    assert table.current_row() == 0  # the selection follows the moved row
    # Statements point at refs, so reordering changes nobody's words.
    assert [s["speaker"] for s in built["statements"]] == [s["speaker"] for s in seed["statements"]]
    assert editor.is_modified()

    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [p["ref"] for p in editor.meeting()["participants"]] == ["p1", "p2"]


def test_add_numbers_refs_and_remove(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    table = editor.participants_page.participants
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.model.rows[2]["ref"] == "p3"
    assert table.model.rows[2]["role"] == "delegation"
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert [p["ref"] for p in editor.meeting()["participants"]] == ["p1", "p2"]


def test_renaming_a_ref_follows_in_statements_documents(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    table = editor.participants_page.participants
    editor_widget = open_cell_editor(qtbot, table.view, 0, table.model.column("ref"))
    editor_widget.selectAll()
    key_clicks(qtbot, editor_widget, "bayramov")
    commit_cell(qtbot, table.view, editor_widget)
    built = editor.meeting()
    assert built["participants"][0]["ref"] == "bayramov"
    assert [s["speaker"] for s in built["statements"]] == ["bayramov", "bayramov", "p2", "both", "bayramov"]
    assert built["documents_signed"][0]["signed_by"] == ["bayramov", "p2"]
    assert editor.problems() == []


def test_country_cell_takes_names_in_any_language(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    table = editor.participants_page.participants
    column = table.model.column("country")
    picker = open_cell_editor(qtbot, table.view, 1, column)
    picker.lineEdit().selectAll()
    key_clicks(qtbot, picker.lineEdit(), "Киргизия")
    commit_cell(qtbot, table.view, picker.lineEdit())
    assert table.model.rows[1]["country"] == "KG"
    assert table.model.index(1, column).data() == "Kyrgyzstan"
