"""The People window (Edit ▸ People), driven through its widgets, and names in any script in the form."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from chancery.store import people, search

from .conftest import click_button, when_modal
from .editor_helpers import focus, key_clicks, press

SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"


def open_people(qtbot, window):
    window.people_action.trigger()
    dialog = window.people_window
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    return dialog


def test_people_window_lists_filters_and_edits_a_person(qtbot, empty_window, seed):
    archive = empty_window.archive
    seed["participants"][0]["name"] = {"en": "Jeyhun Bayramov", "fr": "Djeyhoun Baïramov"}
    archive.save(seed)
    dialog = open_people(qtbot, empty_window)
    assert dialog.model.rowCount() == 2
    key_clicks(qtbot, dialog.filter_edit, "baïr")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: dialog.heading.text() == "Jeyhun Bayramov", timeout=3000)
    assert dialog.titles.rowCount() == 1 and dialog.titles.item(0, 0).text() == "Minister of Foreign Affairs"
    assert dialog.meetings.count() == 1 and "Official visit" in dialog.meetings.item(0).text()

    # A spelling in Cyrillic, typed through the keyboard: Add Spelling, the tag, Tab, the name.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    qtbot.mouseClick(dialog.add_spelling_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    editor = QApplication.focusWidget()
    key_clicks(qtbot, editor, "ru")
    press(qtbot, editor, Qt.Key.Key_Tab)
    dialog.spellings.editItem(dialog.spellings.item(dialog.spellings.rowCount() - 1, 1))
    key_clicks(qtbot, QApplication.focusWidget(), "Джейхун Байрамов")
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.is_modified()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.is_modified()
    assert ("ru", "Джейхун Байрамов") in {(s.lang, s.name) for s in dialog._person.spellings}
    assert search.search_ids(archive, "Байрамов") == [SEED_ID]  # found by the Cyrillic spelling at once

    # The meeting opens from the list of meetings.
    item = dialog.meetings.item(0)
    dialog.meetings.setCurrentItem(item)
    focus(qtbot, dialog.meetings)
    with qtbot.waitSignal(empty_window.meetingOpened, timeout=3000):
        press(qtbot, dialog.meetings, Qt.Key.Key_Return)
    assert empty_window.current_id == SEED_ID
    dialog.close()


def test_a_wrong_language_tag_is_refused_in_words(qtbot, empty_window, seed):
    empty_window.archive.save(seed)
    dialog = open_people(qtbot, empty_window)
    dialog.select_person(next(p.id for p in people.list_people(empty_window.archive, "Bayramov")))
    qtbot.waitUntil(lambda: dialog._person is not None and "Bayramov" in dialog.heading.text(), timeout=3000)
    row = dialog._add_spelling_row("Russian", "Байрамов")
    assert row >= 0
    dialog._edited()
    assert not dialog.save()
    assert dialog.error_label.isVisible()
    assert "“Russian”" in dialog.error_label.text() and "language" in dialog.error_label.text()
    dialog.spellings.removeRow(row)
    assert dialog.save()
    dialog.close()


def test_merge_two_entries_of_one_person(qtbot, empty_window, seed):
    archive = empty_window.archive
    archive.save(seed)
    other = copy.deepcopy(seed)
    other["id"] = "7b3f7a4e-1d1f-4b39-9a4e-0c6c1f1f5a03"
    other["participants"][0].update(name={"ru": "Дж. Байрамов"}, country=None)
    archive.save(other)
    dialog = open_people(qtbot, empty_window)
    assert dialog.model.rowCount() == 3
    keep = next(p.id for p in people.list_people(archive, "Bayramov"))
    duplicate = next(p.id for p in people.list_people(archive, "Байрамов") if "en" not in p.name)
    dialog.select_person(keep)
    qtbot.waitUntil(lambda: dialog._person is not None and dialog._person.id == keep, timeout=3000)

    def choose(box):
        if isinstance(box, QDialog) and box.objectName() == "mergeDialog":
            assert box.combo.findData(keep) < 0  # not itself
            box.combo.setCurrentIndex(box.combo.findData(duplicate))
            when_modal(qtbot, lambda confirm: confirm.button(QMessageBox.StandardButton.Yes).click())
            click_button(box, "OK")

    when_modal(qtbot, choose, name="mergeDialog")
    assert dialog.merge_with()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=3000)
    assert dialog.meetings.count() == 2
    assert len(people.list_people(archive, "Байрамов")) == 1
    dialog.close()


def test_a_name_typed_in_cyrillic_in_the_form_is_found_by_a_cyrillic_search(qtbot, empty_window):
    """Participants: add a Russian column (+ language), type the name in Cyrillic, save, search in Cyrillic."""
    window = empty_window
    window.new_meeting()
    editor = window.editor
    key_clicks(qtbot, editor.language_entry, "ru")
    press(qtbot, editor.language_entry, Qt.Key.Key_Return)
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    table = editor.participants_page.participants
    row = table.add_participant()
    view, model = table.view, table.model
    view.setCurrentIndex(model.index(row, model.column("name", "ru")))
    focus(qtbot, view)
    key_clicks(qtbot, view, "Р")  # the first key opens the cell, the rest goes to its editor
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    key_clicks(qtbot, QApplication.focusWidget(), "услан Казакбаев")
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows[row]["name"].get("ru") == "Руслан Казакбаев", timeout=3000)
    assert window.save()
    assert search.search_ids(window.archive, "Казакбаев") == [window.current_id]
    assert search.search_ids(window.archive, "казак*") == [window.current_id]
