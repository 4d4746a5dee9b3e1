"""File ▸ Restore from Backup: choose one of the archive's backups (or any backup file) and restore it.

The list is :func:`chancery.store.backup.list_backups` (newest first: daily,
manual, before an upgrade, before an earlier restore).  Restoring asks
first, runs off the GUI thread (:func:`chancery.store.backup.restore_backup`
checks the file, keeps the current archive aside, copies the backup in),
and closes the dialog with ``restored`` set; the main window then re-reads
the list.  A server archive has no file to restore here: the dialog says
to ask its administrator.

Threading: GUI thread; the restore itself runs on a task thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from .tasks import run_in_background


class RestoreBackupDialog(QDialog):
    """Pick a backup, confirm, restore; ``restored`` is the restored backup's info afterwards."""

    def __init__(self, archive: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from ..store import backup

        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setObjectName("restoreBackupDialog")
        self.archive = archive
        self.restored: Any = None
        self.aside: Path | None = None
        self._progress: QProgressDialog | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Meetings"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore_selected())
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button = QPushButton(self.tr("Other &File…"), self)
        self.file_button.clicked.connect(self._restore_file)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._backups: list[Any] = []
        if archive.path is None:
            self.intro.setText(self.tr("This archive is on a server: it is backed up on the server. "
                                       "Ask its administrator to restore a backup."))
            self.table.hide()
            self.file_button.setEnabled(False)
        else:
            self.intro.setText(self.tr("Restoring replaces the whole archive (%n meeting(s) now) with the backup you "
                                       "choose. The archive as it is now is kept in the backups folder first, so a "
                                       "restore can be undone.", "", archive.count()))
            self._backups = backup.list_backups()
            self._fill()
        self.resize(640, 380)

    def _fill(self) -> None:
        locale = QLocale()
        kinds = {
            "daily": self.tr("Daily"),
            "manual": self.tr("Made on request"),
            "before upgrade": self.tr("Before an upgrade"),
            "before restore": self.tr("Before a restore"),
            "file": self.tr("Other"),
        }
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            made = QTableWidgetItem(locale.toString(info.made, QLocale.FormatType.ShortFormat))
            made.setToolTip(str(info.path))
            meetings = QTableWidgetItem(self.tr("unreadable") if info.meetings is None
                                        else locale.toString(info.meetings))
            meetings.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            size = QTableWidgetItem(locale.formattedDataSize(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((made, QTableWidgetItem(kinds.get(info.kind, info.kind)), meetings, size)):
                self.table.setItem(row, column, item)
        if not self._backups:
            self.intro.setText(self.intro.text() + "\n\n" + self.tr(
                "There are no backups yet. Chancery makes one each day you use it and before every upgrade; "
                "you can also restore a backup file from elsewhere with Other File…"))
        else:
            self.table.selectRow(0)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._confirm_and_restore(self._backups[rows[0].row()].path)

    def _restore_file(self) -> None:
        from .. import paths

        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore a backup file"), str(paths.backups_dir()),
                                                    self.tr("Chancery archives (*.sqlite);;All files (*)"))
        if path:
            self._confirm_and_restore(Path(path))

    def _confirm_and_restore(self, path: Path) -> None:
        from ..store import backup

        try:
            info = backup.check_backup(path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Restore from Backup"), str(error))
            return
        locale = QLocale()
        question = self.tr("Replace the archive with the backup made %1 (%n meeting(s))?", "", info.meetings or 0) \
            .replace("%1", locale.toString(info.made, QLocale.FormatType.LongFormat))
        answer = QMessageBox.question(self, self.tr("Restore from Backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._progress = QProgressDialog(self.tr("Restoring the archive…"), "", 0, 0, self)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        archive = self.archive
        run_in_background(lambda: backup.restore_backup(archive, path), self._done, self._failed)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _done(self, result: tuple) -> None:
        self._close_progress()
        self.restored, self.aside = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        text = str(error) if isinstance(error, UserError) else f"{error.__class__.__name__}: {error}"
        QMessageBox.warning(self, self.tr("Restore from Backup"),
                            self.tr("The archive was not restored: %1").replace("%1", text))
