"""The main window driven through its real widgets: list, search, shortcuts, delete and undo, saving."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from chancery.ui import i18n
from chancery.ui.archive_model import COLUMN_KEYS, SNIPPET_COLUMN

from .conftest import SAMPLE_SIZE, click_button, when_modal


def _principal(meeting, side):
    for person in meeting["participants"]:
        if person["side"] == side and person["role"] == "principal":
            return person
    return None


def test_window_lists_the_archive_and_opens_the_selected_meeting(window):
    assert window.model.rowCount() == SAMPLE_SIZE
    assert window.result_count.text() == f"{SAMPLE_SIZE} meetings"
    assert window.view.isColumnHidden(SNIPPET_COLUMN)
    window.view.selectRow(3)
    meeting_id = window.model.id_at(3)
    assert window.current_id == meeting_id
    assert window.editor is not None and window.editor.isVisible()
    assert window.editor.meeting()["id"] == meeting_id
    assert window.base_version == window.archive.version_of(meeting_id)
    assert not window.editor.is_modified()


def test_header_click_sorts_through_the_database(window, qtbot, monkeypatch):
    calls = []
    original = window.archive.list_ids
    monkeypatch.setattr(window.archive, "list_ids", lambda **kw: calls.append(kw) or original(**kw))
    header = window.view.horizontalHeader()
    column = COLUMN_KEYS.index("country")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    assert calls and calls[-1]["sort"] == "country"
    assert window.model.ids() == original(sort="country", descending=calls[-1]["descending"])


def test_quick_filters_narrow_the_list(window, qtbot):
    kind_filter = window.kind_filter
    kind_filter.setCurrentIndex(kind_filter.findData("phone_call"))
    expected = window.archive.list_ids(kind="phone_call")
    assert window.model.ids() == expected
    assert window.result_count.text() == f"{len(expected)} meetings match the filters"
    year = window.year_filter.itemData(1)
    window.year_filter.setCurrentIndex(1)
    assert window.model.ids() == window.archive.list_ids(kind="phone_call", year=year)
    window.kind_filter.setCurrentIndex(0)
    window.year_filter.setCurrentIndex(0)
    assert window.model.rowCount() == SAMPLE_SIZE


def test_empty_archive_shows_a_readable_empty_state(empty_window):
    assert empty_window.list_stack.currentWidget() is empty_window.empty_label
    assert "The archive is empty" in empty_window.empty_label.text()
    assert empty_window.editor_panel.currentWidget() is empty_window.placeholder


def test_typing_in_the_search_box_filters_ranked_with_snippets(window, qtbot, seed):
    from chancery.store.search import search_ids

    seed["status"] = "final"
    window.archive.save(seed)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "bairamov")
    qtbot.waitUntil(lambda: window.model.searching and seed["id"] in window.model.ids(), timeout=5000)
    assert window.model.ids() == search_ids(window.archive, "bairamov")
    assert not window.view.isColumnHidden(SNIPPET_COLUMN)
    assert "result" in window.result_count.text()
    row = window.model.row_of(seed["id"])
    from chancery.ui.archive_model import SnippetRole

    assert "\x02" in window.model.data(window.model.index(row, SNIPPET_COLUMN), SnippetRole)

    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "zzqxnothingmatches")
    qtbot.waitUntil(lambda: window.list_stack.currentWidget() is window.empty_label, timeout=5000)
    assert "No meetings match" in window.empty_label.text()
    window.search_box.clear()
    qtbot.waitUntil(lambda: not window.model.searching and window.model.rowCount() == SAMPLE_SIZE + 1,
                    timeout=5000)


def test_search_is_debounced_and_runs_once_per_pause(window, qtbot, monkeypatch):
    calls = []
    original = window.run_search
    monkeypatch.setattr(window, "run_search", lambda *a, **k: (calls.append(1), original(*a, **k)))
    window.search_timer.timeout.disconnect()
    window.search_timer.timeout.connect(window.run_search)
    qtbot.keyClicks(window.search_box, "minist")
    assert calls == []
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=2000)
    # the results are listed and no pause is pending: nothing is left that could search again
    qtbot.waitUntil(lambda: window.model.searching and not window.search_timer.isActive(), timeout=5000)
    assert len(calls) == 1


def test_a_malformed_query_shows_where_it_is_wrong(window, qtbot):
    qtbot.keyClicks(window.search_box, '"unclosed phrase')
    qtbot.waitUntil(lambda: window.query_error.isVisible(), timeout=5000)
    assert window.query_error.text()


def test_shortcuts(window, qtbot):
    window.activateWindow()
    window.view.setFocus()
    QTest.keySequence(window, "Ctrl+N")
    assert window.editor is not None and window.base_version is None
    new_id = window.current_id
    QTest.keySequence(window, "Ctrl+F")
    assert window.search_box.isVisible() and window.search_box.hasFocus()
    window.editor.set_modified(True)
    QTest.keySequence(window, "Ctrl+S")
    assert window.archive.version_of(new_id) == 1
    assert not window.editor.is_modified()
    QTest.keySequence(window, "Ctrl+D")
    assert window.current_id != new_id and window.editor.is_modified()
    assert window.editor.meeting()["status"] == "draft"
    window.editor.set_modified(False)


def test_delete_asks_then_undo_restores(window, qtbot):
    window.view.setFocus()
    window.view.selectRow(0)
    meeting_id = window.model.id_at(0)
    state = when_modal(qtbot, lambda box: click_button(box, "Move to Trash"), name="confirmDelete")
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert state["done"]
    assert window.archive.count() == SAMPLE_SIZE - 1
    assert meeting_id not in window.model.ids()
    assert window.current_id is None  # the deleted meeting was open: the form closed
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert window.archive.count() == SAMPLE_SIZE
    assert meeting_id in window.model.ids()
    assert not window.undo_button.isVisible()


def test_delete_can_be_cancelled(window, qtbot):
    window.view.selectRow(1)
    when_modal(qtbot, lambda box: click_button(box, "Cancel"), name="confirmDelete")
    assert not window.delete_selected()
    assert window.archive.count() == SAMPLE_SIZE


def test_trash_restores_a_deleted_meeting(window, qtbot):
    from chancery.ui.dialogs import TrashDialog

    meeting_id = window.model.id_at(5)
    window.archive.delete(meeting_id)
    dialog = TrashDialog(window.archive, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.model.ids() == [meeting_id]
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.archive.count() == SAMPLE_SIZE
    assert dialog.empty_label.isVisibleTo(dialog)


def test_a_stale_save_opens_the_conflict_dialog_and_never_overwrites(window, qtbot):
    window.view.selectRow(0)
    meeting_id = window.current_id
    # another window saves a newer version meanwhile
    theirs = window.archive.get_meeting(meeting_id)
    theirs["notes"] = {"en": "their change"}
    window.archive.save(theirs, expected_version=window.base_version)
    stored_version = window.archive.version_of(meeting_id)

    mine = window.editor.meeting()
    mine["notes"] = {"en": "my change"}
    window.editor.load(mine)
    window.editor.set_modified(True)

    seen = {}

    def keep_editing(dialog):
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(type(window.result_count)))
        click_button(dialog, "Compare…")
        seen["diff"] = dialog.diff.toPlainText()
        click_button(dialog, "Keep Editing")

    when_modal(qtbot, keep_editing, name="conflictDialog")
    assert window.save() is False
    assert "changed elsewhere" in seen["text"]
    assert "their change" in seen["diff"] and "my change" in seen["diff"]
    assert window.archive.get_meeting(meeting_id)["notes"] == {"en": "their change"}
    assert window.archive.version_of(meeting_id) == stored_version
    assert window.editor.is_modified()

    when_modal(qtbot, lambda dialog: click_button(dialog, "Save Mine as a Copy"), name="conflictDialog")
    assert window.save() is True
    assert window.archive.get_meeting(meeting_id)["notes"] == {"en": "their change"}
    copy_id = window.current_id
    assert copy_id != meeting_id
    copy_ = window.archive.get_meeting(copy_id)
    assert copy_["notes"] == {"en": "my change"} and copy_["status"] == "draft"


def test_conflict_reload_theirs(window, qtbot):
    window.view.selectRow(0)
    meeting_id = window.current_id
    theirs = window.archive.get_meeting(meeting_id)
    theirs["notes"] = {"en": "their change"}
    window.archive.save(theirs, expected_version=window.base_version)
    window.editor.set_modified(True)

    def reload(dialog):
        when_modal(qtbot, lambda box: click_button(box, "Yes"))  # "discard your changes?"
        click_button(dialog, "Reload Theirs")

    when_modal(qtbot, reload, name="conflictDialog")
    assert window.save() is True
    assert window.editor.meeting()["notes"] == {"en": "their change"}
    assert window.base_version == window.archive.version_of(meeting_id)
    assert not window.editor.is_modified()


def test_closing_with_unsaved_changes_asks(window, qtbot):
    window.view.selectRow(0)
    window.editor.set_modified(True)
    window.autosave_now()
    assert window.archive.autosaves()

    when_modal(qtbot, lambda box: click_button(box, "Cancel"), name="unsavedChangesBox")
    window.close()
    assert window.isVisible()
    assert window.editor.is_modified()

    when_modal(qtbot, lambda box: click_button(box, "Discard"), name="unsavedChangesBox")
    window.close()
    assert not window.isVisible()
    assert window.archive.autosaves() == []  # an explicit discard clears the kept draft


def test_switching_meetings_with_unsaved_changes_can_save(window, qtbot):
    window.view.selectRow(0)
    first = window.current_id
    version = window.base_version
    window.editor.set_modified(True)
    when_modal(qtbot, lambda box: click_button(box, "Save"), name="unsavedChangesBox")
    window.view.selectRow(1)
    assert window.archive.version_of(first) == version + 1
    assert window.current_id == window.model.id_at(1)


def test_autosave_is_quick_and_a_save_clears_it(window, qtbot):
    window.new_meeting()
    window.editor.changed.emit()
    window.editor.set_modified(True)
    assert window.autosave_timer.isActive()
    window.autosave_now()
    assert window.last_autosave_ms is not None and window.last_autosave_ms < 50
    assert [r[0]["id"] for r in window.archive.autosaves()] == [window.current_id]
    assert window.save()
    assert window.archive.autosaves() == []


def test_field_left_autosaves_at_once(window, qtbot):
    window.new_meeting()
    window.editor.set_modified(True)
    window.editor.fieldLeft.emit()
    assert [r[0]["id"] for r in window.archive.autosaves()] == [window.current_id]


def test_startup_recovery_restores_a_draft_as_modified(qtbot, sample_archive):
    from chancery.ui.main_window import MainWindow

    meeting_id = sample_archive.list_ids()[0]
    draft = sample_archive.get_meeting(meeting_id)
    draft["notes"] = {"en": "typed before the crash"}
    sample_archive.autosave(draft, sample_archive.version_of(meeting_id))
    window = MainWindow(sample_archive, language="en")
    qtbot.addWidget(window)
    window.show()
    when_modal(qtbot, lambda dialog: click_button(dialog, "Restore"), name="recoveryDialog")
    assert window.check_recovery()
    assert window.current_id == meeting_id
    assert window.editor.is_modified()
    assert window.editor.meeting()["notes"] == {"en": "typed before the crash"}
    assert window.selected_ids() == [meeting_id]
    assert window.save()
    assert sample_archive.get_meeting(meeting_id)["notes"] == {"en": "typed before the crash"}
    assert sample_archive.autosaves() == []


def test_problems_list_jumps_to_the_field(window, qtbot):
    window.new_meeting()
    meeting = window.editor.meeting()
    meeting["place"]["country"] = None
    window.editor.load(meeting)
    qtbot.waitUntil(lambda: "meeting.place.country" in window.problem_list.paths(), timeout=3000)
    qtbot.waitUntil(window.problems_button.isVisible, timeout=3000)
    qtbot.mouseClick(window.problems_button, Qt.MouseButton.LeftButton)
    assert window.problems_dock.isVisible()
    assert "Problems (" in window.problems_dock.windowTitle()
    row = window.problem_list.paths().index("meeting.place.country")
    item = window.problem_list.item(row)
    window.problem_list.setCurrentItem(item)
    window.problem_list.itemActivated.emit(item)
    focused = QApplication.focusWidget()
    assert focused is not None and window.editor.isAncestorOf(focused)


def test_window_state_is_kept_in_qsettings(qtbot, sample_archive):
    from chancery.ui.main_window import MainWindow

    first = MainWindow(sample_archive, language="en")
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 520)  # the offscreen screen is small
    first.splitter.setSizes([300, 500])
    size, sizes = first.size(), first.splitter.sizes()
    first.close()
    settings = i18n.ui_settings()
    assert isinstance(settings.value("window/geometry"), QByteArray)
    second = MainWindow(sample_archive, language="en")
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.splitter.sizes() == sizes
    assert sorted(settings.allKeys()) == ["window/geometry", "window/splitter", "window/state"]


def test_recent_menu_lists_recently_updated_meetings(window, qtbot):
    meeting_id = window.model.id_at(7)
    meeting = window.archive.get_meeting(meeting_id)
    window.archive.save(meeting, expected_version=window.archive.version_of(meeting_id))
    window._fill_recent_menu()
    actions = window.recent_menu.actions()
    assert actions and len(actions) <= 10
    actions[0].trigger()
    assert window.current_id == meeting_id


def test_french_interface_shows_french_menus(qtbot, sample_archive):
    from chancery.ui.main_window import MainWindow

    assert i18n.apply_language("fr")
    window = MainWindow(sample_archive, language="fr")
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Fichier", "&Édition", "&Affichage", "Aid&e"]
    assert window.new_action.text() == "&Nouvelle réunion"
    assert window.result_count.text() == f"{SAMPLE_SIZE} réunions"
    i18n.apply_language("en")


def test_interface_language_choice_is_stored(window, qtbot):
    when_modal(qtbot, lambda box: box.accept())
    window.choose_language("fr")
    assert i18n.stored_language() == "fr"
    assert i18n.chosen_language() == "fr"


def test_startup_does_not_load_document_libraries(tmp_path):
    """After the window is shown: no python-docx, docxtpl, jinja2 (and Babel only off the GUI thread, later)."""
    script = textwrap.dedent(f"""
        import json, os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from chancery import paths
        paths.set_data_dir({str(tmp_path / "data")!r})
        from chancery.store import open_archive
        from chancery.ui.app import make_application
        app = make_application([])
        from chancery.ui.main_window import MainWindow
        window = MainWindow(open_archive())
        window.show()
        app.processEvents()
        heavy = ["docx", "docxtpl", "jinja2", "mammoth", "babel"]
        at_start = [m for m in heavy if m in sys.modules]
        window.new_meeting()  # the form's country picker may load Babel for country names
        app.processEvents()
        print(json.dumps([at_start, [m for m in heavy[:4] if m in sys.modules]]))
        window.editor.set_modified(False)
        os._exit(0)
    """)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    import os

    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    at_start, after_opening = json.loads(result.stdout.strip().splitlines()[-1])
    assert at_start == [], f"loaded at start-up: {at_start}"
    assert after_opening == [], f"loaded by opening the form: {after_opening}"


def test_country_names_arrive_after_startup(window, qtbot):
    column = COLUMN_KEYS.index("country")
    row = next(r for r in range(window.model.rowCount())
               if window.model.meeting_row(r) and window.model.meeting_row(r).counterpart_country)
    code = window.model.meeting_row(row).counterpart_country
    assert window.model.data(window.model.index(row, column)) == code
    window.load_country_names()
    qtbot.waitUntil(lambda: window.model.data(window.model.index(row, column)) != code, timeout=5000)
    assert window.country_filter.count() > 100
    window.country_filter.setCurrentIndex(window.country_filter.findData(code))
    assert window.model.ids() == window.archive.list_ids(country=code)
    QApplication.processEvents()
