"""Small things users notice: file names, the export folder and notice, the status bar, a new meeting."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from chancery import refdata
from chancery.render.batch import claim_name
from chancery.ui import i18n
from chancery.ui.export_dialog import ExportDialog, default_filename, remembered_folder

from .conftest import click_button, when_modal


def call(seed) -> dict:
    meeting = copy.deepcopy(seed)
    meeting.update(kind="phone_call", date="2026-11-20", our_side="host", format=None)
    meeting["participants"][1]["country"] = "KZ"
    return meeting


def test_export_file_names_say_what_the_file_is_in_the_interface_language(seed, tmp_path):
    assert default_filename(call(seed), "communique-fr", "docx", "en") == \
        "2026-11-20 Kazakhstan telephone conversation communiqué fr.docx"
    i18n.apply_language("fr")
    try:
        assert default_filename(call(seed), "briefing-en", "pdf", "fr") == \
            "2026-11-20 Kazakhstan entretien téléphonique note d’information en.pdf"
    finally:
        i18n.apply_language("en")
    i18n.apply_language("ru")
    try:
        assert default_filename(call(seed), "communique-ru", "docx", "ru") == \
            "2026-11-20 Казахстан телефонный разговор коммюнике ru.docx"
    finally:
        i18n.apply_language("en")
    odd = call(seed)
    odd["date"] = None
    odd["participants"][1].update(country=None, organization={"en": 'Org: "A/B"?'})
    assert default_filename(odd, "communique-en", "txt", "en") == \
        "undated Org A B telephone conversation communiqué en.txt"
    # a name already in the folder is never overwritten: the next file gets " (2)", " (3)"…
    folder = tmp_path / "out"
    folder.mkdir()
    assert [claim_name(folder, "a.docx") for _ in range(3)] == ["a.docx", "a (2).docx", "a (3).docx"]
    assert sorted(p.name for p in folder.iterdir()) == ["a (2).docx", "a (3).docx", "a.docx"]


def test_the_export_dialog_starts_in_the_last_folder(qtbot, tmp_path, seed):
    target = tmp_path / "communiqués"
    target.mkdir()
    dialog = ExportDialog([seed])
    qtbot.addWidget(dialog)
    dialog.quiet = True
    dialog.set_choice(template="communique-fr", fmt="txt",
                      destination=str(target / default_filename(seed, "communique-fr", "txt")))
    with qtbot.waitSignal(dialog.finished_export, timeout=30000):
        dialog.export()
    assert remembered_folder() == target
    again = ExportDialog([seed])
    qtbot.addWidget(again)
    assert again.destination.text().startswith(str(target))
    assert again.destination.text().endswith("2021-07-02 Kyrgyzstan official visit communiqué fr.docx")


def test_after_an_export_the_status_bar_says_where_the_file_is(window, tmp_path):
    path = tmp_path / "2021-07-02 Kyrgyzstan official visit communiqué fr.docx"
    path.write_bytes(b"")
    window.show_export_notice([str(path)])
    notice = window.export_notice
    assert notice.isVisible() and str(path) in notice.label.toolTip()
    assert notice.open_button.isVisible() and notice.folder_button.isVisible()
    QApplication.processEvents()
    # the path is shortened to the room it has, never cut off by the buttons beside it
    metrics = notice.label.fontMetrics()
    assert metrics.horizontalAdvance(notice.label.text()) <= notice.label.width()
    whole = f"Written: {path}"
    if metrics.horizontalAdvance(whole) <= notice.label.width():
        assert notice.label.text() == whole
    else:
        assert "…" in notice.label.text() and notice.label.text().startswith("Written: ")
    window.show_export_notice([str(path), str(path.with_suffix(".pdf"))])
    assert not notice.open_button.isVisible() and notice.folder_button.isVisible()
    assert "2 documents written in" in notice.label.toolTip()


def test_undo_stays_visible_beside_the_message_and_no_count_without_a_meeting(window, qtbot):
    window.resize(1280, 800)
    window.view.setFocus()
    window.view.selectRow(0)
    qtbot.waitUntil(lambda: window.current_id is not None, timeout=3000)
    window.editor.meeting_page.kind_combo.setCurrentIndex(-1)  # a problem: the count shows
    window.editor._edited()
    qtbot.waitUntil(lambda: window.problems_button.isVisible(), timeout=3000)
    window.editor.set_modified(False)
    when_modal(qtbot, lambda box: click_button(box, "Move to Trash"), name="confirmDelete")
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage()  # "1 meeting moved to the trash."
    assert window.undo_button.isVisible()
    message_right = window.statusBar().fontMetrics().horizontalAdvance(window.statusBar().currentMessage()) + 12
    assert window.undo_button.geometry().left() > message_right  # beside the message, not over it
    assert window.current_id is None and not window.problems_button.isVisible()
    assert window.autosave_label.text() == ""


def test_a_new_meeting_opens_on_the_first_tab_and_is_not_called_saved(window, qtbot):
    window.view.selectRow(0)
    qtbot.waitUntil(lambda: window.current_id is not None, timeout=3000)
    window.editor.tabs.setCurrentIndex(window.editor.TAB_OUTCOMES)
    window.new_meeting()
    assert window.editor.current_tab() == window.editor.TAB_MEETING
    assert window.autosave_label.text() == "New meeting, not saved yet"
    window.editor.notes_page.notes_edit.edit("fr").setPlainText("à rappeler lundi")
    assert window.editor.notes_page.notes_edit.missing_languages() == []  # notes are never printed: nothing missing
    assert not any(path.startswith("meeting.notes") for path in window.editor.missing_translations())


def test_a_narrow_list_drops_the_status_column_before_it_cuts_the_kind(window, qtbot):
    from chancery.ui.archive_model import COLUMN_KEYS, fit_columns

    view = window.view
    kind, status = COLUMN_KEYS.index("kind"), COLUMN_KEYS.index("status")
    needed = view.fontMetrics().horizontalAdvance(refdata.label("meeting_kind", "phone_call", "en"))
    window.resize(1280, 800)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([560, total - 560])  # the list's share at 1280 px without the preview
    QApplication.processEvents()
    fit_columns(view)
    assert view.isColumnHidden(status)
    assert view.columnWidth(kind) >= needed  # "Telephone conversation" whole
    first_draft = next(row for row in range(window.model.rowCount())
                       if window.model.index(row, kind).data(Qt.ItemDataRole.FontRole) is not None)
    assert window.model.index(first_draft, COLUMN_KEYS.index("date")).data(Qt.ItemDataRole.ToolTipRole) == "Draft"
    window.splitter.setSizes([total - 300, 300])  # a wide list shows every column
    QApplication.processEvents()
    fit_columns(view)
    assert not view.isColumnHidden(status)
    assert view.columnWidth(kind) >= needed


def test_each_tab_shown_from_the_form_focuses_a_field_of_its_page(empty_window, qtbot, seed):
    # Ctrl+Tab or Alt+letter while typing in the form: the new tab's fields take the focus (never
    # the tab's scroll area, where keys do nothing), so the notes, say, are typed at once.
    window = empty_window
    window.new_action.trigger()  # the form is made now
    editor = window.editor
    editor.load(seed)
    qtbot.waitUntil(editor.meeting_page.kind_combo.hasFocus, timeout=2000)  # Ctrl+N's first field
    for page in editor.pages:
        page.prepare()  # the spare rows the form makes in idle time (they come last in the focus chain)
    editor.update_tab_order()
    for tab in range(1, editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        page = editor.pages[tab]
        qtbot.waitUntil(lambda page=page: page.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    assert editor.notes_page.notes_edit.isAncestorOf(QApplication.focusWidget())
