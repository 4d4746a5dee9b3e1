"""File ▸ Restore from Backup: the dialog lists the backups, asks, restores off the GUI thread, the list follows."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from chancery.store import backup

from .conftest import when_modal


def test_restore_from_backup_brings_back_the_archive_and_keeps_the_old_one(window, qtbot, monkeypatch):
    archive = window.archive
    before = archive.count()
    made = backup.make_backup(archive)
    victims = archive.list_ids()[:3]
    for meeting_id in victims:
        archive.delete(meeting_id)
    window._reload_list()
    qtbot.waitUntil(lambda: window.model.rowCount() == before - 3)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    seen = {}

    def restore(dialog):
        seen["rows"] = dialog.table.rowCount()
        seen["intro"] = dialog.intro.text()
        assert dialog.table.item(0, 0).toolTip() == str(made)
        dialog.restore_button.click()

    when_modal(qtbot, restore, name="restoreBackupDialog")
    window.restore_backup_action.trigger()
    assert seen["rows"] == 1 and f"{before - 3} meeting" in seen["intro"]
    qtbot.waitUntil(lambda: window.model.rowCount() == before, timeout=10000)
    assert archive.count() == before
    assert "restored" in window.statusBar().currentMessage()
    kinds = sorted(info.kind for info in backup.list_backups())
    assert kinds == ["before restore", "manual"]


def test_a_bad_file_is_refused_with_a_message(window, qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "letter.sqlite"
    bad.write_text("Dear colleague")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr("chancery.ui.backup_dialog.QFileDialog.getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = window.archive.count()

    def other_file(dialog):
        dialog.file_button.click()
        dialog.reject()

    when_modal(qtbot, other_file, name="restoreBackupDialog")
    window.restore_backup_action.trigger()
    assert warnings and "not a Chancery archive" in warnings[0]
    assert window.archive.count() == before


def test_an_archive_that_cannot_be_opened_is_restored_from_the_start_up_message(qtbot, qapp, data_dir, monkeypatch):
    from chancery import paths
    from chancery.errors import ArchiveUnusableError
    from chancery.store import open_archive
    from chancery.ui.app import Startup

    from ..conftest import FIXTURES

    with open_archive() as archive:
        from chancery import record

        archive.import_meetings(record.read_file(FIXTURES / "seed-meeting.json"))
        made = backup.make_backup(archive)
    paths.archive_path().write_bytes(b"this is no longer a database" * 100)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(made), ""))
    startup = Startup(qapp, demo=False)
    restarted = []
    monkeypatch.setattr(startup, "start", lambda: restarted.append(True))
    exits = []
    monkeypatch.setattr(qapp, "exit", lambda code=0: exits.append(code))

    def choose_restore(box):
        button = next(b for b in box.buttons() if "Backup" in b.text())
        button.click()

    when_modal(qtbot, choose_restore, name="archiveErrorBox")
    startup._failed(ArchiveUnusableError("the archive is damaged"))
    qtbot.waitUntil(lambda: bool(restarted), timeout=5000)
    assert exits == []
    with open_archive() as archive:
        assert archive.count() == 1
    assert list(paths.backups_dir().glob("archive-unusable-*.sqlite"))
