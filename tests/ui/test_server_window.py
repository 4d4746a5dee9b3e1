"""The main window on a server archive: its name shown, other users' changes live, a reader's read-only window."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy.engine import make_url

from chancery.store import open_archive

from .conftest import _dispose, _make_window

SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"


@pytest.fixture
def server_window(qtbot, sample_pg_archive):
    window = _make_window(qtbot, sample_pg_archive)
    yield window
    _dispose(window)


def test_the_window_names_the_server_archive(server_window, sample_pg_archive):
    name = sample_pg_archive.name
    assert name in server_window.windowTitle() and "on this computer" in name
    indicator = server_window.presence.indicator.text()
    assert name in indicator and "chancery_admin" in indicator and "editor" in indicator
    assert server_window.presence.offline_action.isEnabled()
    assert server_window.findChild(object, "readOnlyBanner") is None


def test_another_users_save_appears_within_two_seconds(qtbot, server_window, sample_pg_archive, seed):
    url = sample_pg_archive.engine.url.render_as_string(hide_password=False)
    qtbot.waitUntil(lambda: server_window.model.rowCount() > 0, timeout=5000)
    before = server_window.model.rowCount()
    first = server_window.model.ids()[0]
    assert server_window.open_meeting(first)
    live = server_window.presence.live
    qtbot.waitUntil(lambda: live is not None and live.is_listening(), timeout=5000)
    with open_archive(url=url) as other:
        other.save(seed)  # a new meeting
        qtbot.waitUntil(lambda: server_window.model.rowCount() == before + 1, timeout=2000)
        changed = other.get_meeting(first)
        changed["notes"] = {"en": "Changed in the other office."}
        other.save(changed, expected_version=other.version_of(first))
    bar = server_window.presence.changed_bar
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    assert "Changed by chancery_admin at" in bar.label.text()
    bar.reload_button.click()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    assert server_window.editor.meeting()["notes"]["en"] == "Changed in the other office."
    # our own save does not raise the bar
    meeting = server_window.editor.meeting()
    meeting["notes"] = {"en": "Ours."}
    server_window.editor.load(meeting)
    server_window.editor.set_modified(True)
    reloads: list[int] = []
    server_window.presence._reload_timer.timeout.connect(lambda: reloads.append(1))
    with qtbot.waitSignal(server_window.presence.live.changed, timeout=2000) as notice:
        assert server_window.save()
    assert notice.args[0].meeting_id == first and notice.args[0].action == "saved"
    # the notice has been handled to its end: the list re-read it asked for has run and answered
    qtbot.waitUntil(lambda: bool(reloads) and not server_window.model.loading, timeout=3000)
    assert not bar.isVisible()


@pytest.fixture
def reader_window(qtbot, pg_server, pg_url, seed):
    from chancery.store import server

    seed["internal"]["talking_points"] = [{"en": "Confidential line."}]
    with open_archive(url=pg_url) as admin:
        admin.save(copy.deepcopy(seed))
    pg_server.ensure_user("t_window_reader")
    server.administer(pg_url, lambda c: server.revoke(c, "t_window_reader", "reader"))
    server.administer(pg_url, lambda c: server.grant(c, "t_window_reader", "reader"))
    archive = open_archive(url=make_url(pg_url).set(username="t_window_reader").render_as_string(hide_password=False))
    window = _make_window(qtbot, archive)
    yield window
    _dispose(window)
    archive.close()


def test_a_reader_gets_a_read_only_window_and_a_restricted_internal_tab(qtbot, reader_window):
    window = reader_window
    banner = window.presence.banner
    assert banner.isVisible() and "may read this archive but not change it" in banner.text()
    assert "t_window_reader" in banner.text()
    assert not window.new_action.isEnabled()
    assert "reader" in window.presence.indicator.text()
    assert window.open_meeting(SEED_ID)
    assert not window.save_action.isEnabled() and not window.delete_action.isEnabled()
    editor = window.editor
    tab = editor.TAB_INTERNAL
    assert "restricted" in editor.tabs.tabText(tab)
    editor.tabs.setCurrentIndex(tab)
    notice = window.findChild(object, "internalRestricted")
    assert notice is not None and notice.isVisible() and "Confidential" not in notice.text()
    from PySide6.QtWidgets import QLineEdit

    fields = [e for e in editor.findChildren(QLineEdit) if e.isVisibleTo(editor)]
    assert fields and all(e.isReadOnly() for e in fields)
    assert not editor.is_modified()


def test_take_a_copy_offline_from_the_window_and_refresh_it(qtbot, server_window, sample_pg_archive, seed):
    from chancery.store.copying import offline_copy_path

    window = server_window
    target = offline_copy_path(sample_pg_archive)
    menu_actions = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    assert "offlineCopyAction" in menu_actions  # File ▸ Take a Copy Offline…
    window.presence.offline_action.trigger()
    qtbot.waitUntil(lambda: "Offline copy written to" in window.statusBar().currentMessage(), timeout=60000)
    assert str(target) in window.statusBar().currentMessage()
    progress = window.findChild(object, "offlineCopyProgress")
    assert progress is None or not progress.isVisible()
    with open_archive(target) as offline:
        assert offline.read_only and offline.offline["source"] == sample_pg_archive.name
        assert offline.count() == sample_pg_archive.count()
        offline_window = _make_window(qtbot, offline)
        try:
            banner = offline_window.presence.banner
            assert banner.isVisible() and "offline copy of" in banner.text()
            assert "Take a Copy Offline" in banner.text()
            assert not offline_window.new_action.isEnabled()
            assert not offline_window.presence.offline_action.isEnabled()
        finally:
            _dispose(offline_window)
    # a meeting added on the server reaches the copy when it is refreshed, and only then
    sample_pg_archive.save(seed)
    with open_archive(target) as offline:
        assert seed["id"] not in offline.list_ids(limit=1000)
    window.statusBar().clearMessage()
    window.presence.offline_action.trigger()
    qtbot.waitUntil(lambda: "Offline copy written to" in window.statusBar().currentMessage(), timeout=60000)
    with open_archive(target) as offline:
        assert offline.get_meeting(seed["id"])["id"] == seed["id"]
        assert offline.count() == sample_pg_archive.count()


def test_a_conflicting_save_on_the_server_opens_the_comparison_and_overwrites_nothing(qtbot, server_window,
                                                                                     sample_pg_archive):
    from .conftest import click_button, when_modal

    window = server_window
    url = sample_pg_archive.engine.url.render_as_string(hide_password=False)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    meeting_id = window.model.ids()[0]
    assert window.open_meeting(meeting_id)
    mine = window.editor.meeting()
    mine["notes"] = {"en": "my change"}
    window.editor.load(mine)
    window.editor.set_modified(True)
    with open_archive(url=url) as other:  # another officer saves the same meeting first
        theirs = other.get_meeting(meeting_id)
        theirs["notes"] = {"en": "their change"}
        other.save(theirs, expected_version=other.version_of(meeting_id))
        stored_version = other.version_of(meeting_id)
    qtbot.waitUntil(window.presence.changed_bar.isVisible, timeout=2000)  # told at once, before saving

    seen = {}

    def keep_editing(dialog):
        click_button(dialog, "Compare…")
        seen["diff"] = dialog.diff.toPlainText()
        click_button(dialog, "Keep Editing")

    when_modal(qtbot, keep_editing, name="conflictDialog")
    assert window.save() is False
    assert "their change" in seen["diff"] and "my change" in seen["diff"]
    assert sample_pg_archive.get_meeting(meeting_id)["notes"] == {"en": "their change"}
    assert sample_pg_archive.version_of(meeting_id) == stored_version
    assert window.editor.is_modified()

    when_modal(qtbot, lambda dialog: click_button(dialog, "Save Mine as a Copy"), name="conflictDialog")
    assert window.save() is True
    assert sample_pg_archive.get_meeting(meeting_id)["notes"] == {"en": "their change"}
    copy_id = window.current_id
    assert copy_id != meeting_id
    assert sample_pg_archive.get_meeting(copy_id)["notes"] == {"en": "my change"}
