"""File and archive actions: import, export (documents, JSON), trash and undo, people, backups.

A part of :class:`~chancery.ui.main_window.MainWindow` (a mixin: it shares the window's state);
the methods were moved here unchanged.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from ...errors import UserError
from ..tasks import run_in_background
from . import UNDO_DELETE_MS

# The strings keep the context they had in main_window.py (the .ts files need no change):
# lupdate reads translate("MainWindow", …) as it read self.tr(…) in class MainWindow.
translate = QCoreApplication.translate


class FileActions:
    """File and archive actions: import, export (documents, JSON), trash and undo, people, backups."""

    def restore_from_backup(self) -> None:
        """File ▸ Restore from Backup (ui/backup_dialog.py); afterwards the list and the form follow the archive."""
        from ..backup_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.archive, parent=self)
        if not dialog.exec() or dialog.restored is None:
            return
        if self.current_id and self.editor is not None and not self.editor.is_modified():
            meeting_id, self.current_id = self.current_id, None
            try:
                self.archive.meeting_for_edit(meeting_id)
            except UserError:  # not in the restored archive
                self.new_meeting()
            else:
                self.open_meeting(meeting_id, ask=False)
        self._fill_year_filter()
        self._reload_list()
        self.statusBar().showMessage(
            translate("MainWindow", "Archive restored from the backup of %1; the archive as it was is in %2.")
            .replace("%1", dialog.restored.made.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", str(dialog.aside)),
            15000,
        )

    def delete_selected(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        ids = self.selected_ids()
        if not ids:
            return False
        if len(ids) == 1:
            row = self.model.meeting_row(self.model.row_of(ids[0]))
            what = translate("MainWindow", "Move the meeting “%1” to the trash?").replace(
                "%1", " · ".join(x for x in (row.date, row.principals) if x) if row else ids[0]
            )
        else:
            what = translate("MainWindow", "Move %n meeting(s) to the trash?", "", len(ids))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Delete"),
            what,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmDelete")
        box.setInformativeText(translate("MainWindow", "You can restore deleted meetings from Edit ▸ Trash."))
        delete_button = box.addButton(translate("MainWindow", "Move to Trash"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(delete_button)
        box.exec()
        if box.clickedButton() is not delete_button:
            return False
        for meeting_id in ids:
            self.archive.delete(meeting_id)
            self.archive.discard_autosave(meeting_id)
            self._autosaved_ids.discard(meeting_id)
        if self.current_id in ids:
            self._close_editor()
        self._last_deleted = ids
        self._reload_list()
        self.statusBar().showMessage(
            translate("MainWindow", "%n meeting(s) moved to the trash.", "", len(ids)), UNDO_DELETE_MS
        )
        self.undo_button.show()
        self.undo_timer.start()
        self._update_actions()
        return True

    def undo_delete(self) -> None:
        ids, self._last_deleted = self._last_deleted, []
        for meeting_id in ids:
            with contextlib.suppress(UserError):  # purged meanwhile
                self.archive.restore(meeting_id)
        self._hide_undo()
        self._reload_list(keep=ids[0] if ids else None)
        if ids:
            self.statusBar().showMessage(translate("MainWindow", "%n meeting(s) restored.", "", len(ids)), 5000)
        self._update_actions()

    def _hide_undo(self) -> None:
        self.undo_button.hide()
        self.undo_timer.stop()

    def open_people(self) -> None:
        """Edit ▸ People: one window, raised if already open."""
        from ..people_window import PeopleWindow

        if self.people_window is None:
            self.people_window = PeopleWindow(
                self.archive,
                language=self.language,
                output_languages=list(self.settings_values.get("output_languages") or []),
                parent=self,
            )
            self.people_window.openMeeting.connect(
                lambda meeting_id: (self.open_meeting(meeting_id), self.select_meeting(meeting_id))
            )
        self.people_window.show()
        self.people_window.raise_()
        self.people_window.activateWindow()

    def open_trash(self) -> None:
        from ..dialogs import TrashDialog  # not before the window's first paint

        dialog = TrashDialog(self.archive, language=self.language, parent=self)
        dialog.restored.connect(lambda ids: self._reload_list(keep=ids[0]))
        dialog.exec()
        self._reload_list()

    def _selected_or_current_meetings(self) -> list[dict]:
        ids = self.selected_ids()
        if not ids and self.current_id:
            ids = [self.current_id]
        stored = [i for i in ids if i != self.current_id]
        by_id = {str(m["id"]): m for m in self.archive.get_meetings(stored)} if stored else {}
        if self.current_id in ids and self.editor is not None:
            by_id[self.current_id] = self.editor.meeting()  # what is on screen, saved or not
        return [by_id[i] for i in ids if i in by_id]

    def export_documents(self) -> None:
        from ..export_dialog import ExportDialog

        ids = self.selected_ids() or ([self.current_id] if self.current_id else [])
        if len(ids) > 1:  # a batch: the workers read the meetings (the form's own as it stands, saved or not)
            on_screen = self.editor.meeting() if self.editor is not None and self.current_id in ids else None
            meetings: list = [on_screen if on_screen is not None and i == self.current_id else i for i in ids]
        else:
            meetings = self._selected_or_current_meetings()
        if not meetings:
            return
        dialog = ExportDialog(meetings, self, archive=self.archive)
        dialog.exec()
        written = (dialog.result_info or {}).get("written") or []
        if written:
            self.show_export_notice(written)

    def show_export_notice(self, paths: list[str]) -> None:
        """Where the files are, with Open and Show in Folder, in the status bar (for half a minute)."""
        from ..export_dialog import ExportNotice

        notice = getattr(self, "export_notice", None)
        if notice is None:
            notice = self.export_notice = ExportNotice(self)
            self.statusBar().insertPermanentWidget(0, notice, 1)
        notice.show_paths(paths)

    def export_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        meetings = self._selected_or_current_meetings()
        if not meetings:
            return
        default = "meeting.json" if len(meetings) == 1 else "meetings.json"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Export as JSON"),
            str(Path.home() / default),
            translate("MainWindow", "Chancery JSON (*.json)"),
        )
        if not path:
            return
        from ...fileio import write_output_file
        from ...record import dumps

        try:
            write_output_file(Path(path), dumps(meetings).encode("utf-8"))
        except UserError as error:
            self._error(translate("MainWindow", "Export failed"), str(error))
            return
        written = translate("MainWindow", "%n meeting(s) written to %1", "", len(meetings))
        self.statusBar().showMessage(written.replace("%1", path), 8000)

    def import_file(self, path: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog, QProgressDialog

        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                translate("MainWindow", "Import meetings"),
                str(Path.home()),
                translate("MainWindow", "Chancery JSON (*.json);;All files (*)"),
            )
        if not path:
            return
        from ...record import read_file

        try:
            meetings = read_file(path)
        except UserError as error:
            self._error(translate("MainWindow", "Nothing was imported"), str(error))
            return
        progress = QProgressDialog(
            translate("MainWindow", "Importing meetings…"), translate("MainWindow", "Cancel"), 0, 1000, self
        )
        progress.setWindowTitle(translate("MainWindow", "Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        archive = self.archive

        def work(report, cancelled):
            return archive.import_meetings(meetings, progress=report, cancelled=cancelled)

        def on_progress(fraction: float, _message: str) -> None:
            progress.setValue(int(fraction * 1000))

        def done(result) -> None:
            progress.close()
            self._fill_year_filter()
            self._reload_list()
            if result.cancelled:
                text = translate("MainWindow", "Import cancelled; nothing was imported.")
            else:
                text = (
                    translate("MainWindow", "Imported: %1 new, %2 updated, %3 unchanged.")
                    .replace("%1", str(result.created))
                    .replace("%2", str(result.updated))
                    .replace("%3", str(result.unchanged))
                )
            self.statusBar().showMessage(text, 10000)

        def failed(error) -> None:
            progress.close()
            self._reload_list()
            self._error(translate("MainWindow", "Import failed"), str(error))

        task = run_in_background(work, done, failed, on_progress=on_progress)
        progress.canceled.connect(task.cancel)
