"""Dialogs that keep work from being lost: unsaved changes, save conflicts, recovered drafts, trash.

Each dialog only asks; the main window acts on the answer.  Threading: GUI
thread only.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import refdata
from .archive_model import COLUMN_KEYS, ArchiveModel
from .datefmt import display_date

if TYPE_CHECKING:
    from ..store import Archive


def meeting_title(meeting: dict, lang: str = "en") -> str:
    """A one-line name for a record: date, kind and principals ("2021-07-02 · Official visit · A – B")."""
    parts = []
    if meeting.get("date"):
        parts.append(display_date(meeting["date"], lang))
    if meeting.get("kind"):
        parts.append(refdata.label("meeting_kind", meeting["kind"], lang))
    names = []
    for person in meeting.get("participants") or []:
        if isinstance(person, dict) and person.get("role") == "principal":
            name = person.get("name")
            if isinstance(name, dict):
                name = name.get(lang) or name.get("en") or next((v for v in name.values() if v), "")
            if name:
                names.append(str(name))
    if names:
        parts.append(" – ".join(names))
    return " · ".join(parts)


def ask_unsaved(parent: QWidget, title: str) -> str:
    """Save / Discard / Cancel for a meeting with unsaved changes: "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Dialogs", "The meeting “%1” has unsaved changes.").replace(
        "%1", title or QCoreApplication.translate("Dialogs", "New meeting")))
    box.setInformativeText(QCoreApplication.translate("Dialogs", "Do you want to save them before continuing?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setObjectName("unsavedChangesBox")
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def json_diff_html(stored: dict, mine: dict, stored_label: str, mine_label: str) -> str:
    """A side-by-side diff of two records as JSON, only the changed parts with some context."""
    left = json.dumps(stored, ensure_ascii=False, indent=2, sort_keys=False).splitlines()
    right = json.dumps(mine, ensure_ascii=False, indent=2, sort_keys=False).splitlines()
    differ = difflib.HtmlDiff(tabsize=2, wrapcolumn=60)
    return differ.make_file(left, right, stored_label, mine_label, context=True, numlines=2)


class ConflictDialog(QDialog):
    """A save found a newer stored version: say so, and offer compare, reload theirs or save as a copy.

    ``choice`` after ``exec()``: "reload", "copy" or None (keep editing, nothing written).
    """

    def __init__(self, stored: dict, mine: dict, *, stored_version: int | None, my_version: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Save conflict"))
        self.choice: str | None = None
        self._stored, self._mine = stored, mine

        message = QLabel(self.tr(
            "<b>This meeting was changed elsewhere since you opened it.</b><br>"
            "Another window or another user saved version %1 while you were editing version %2. "
            "Nothing has been overwritten: your changes are still in the form."
        ).replace("%1", str(stored_version or "?")).replace("%2", str(my_version or "?")))
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.RichText)

        self.diff = QTextBrowser()
        self.diff.setObjectName("conflictDiff")
        self.diff.setVisible(False)
        self.diff.setMinimumSize(900, 420)

        buttons = QDialogButtonBox()
        self.compare_button = buttons.addButton(self.tr("Compare…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button = buttons.addButton(self.tr("Reload Theirs"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.copy_button = buttons.addButton(self.tr("Save Mine as a Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Keep Editing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.setToolTip(self.tr("Replace the form with the stored version; your changes are lost"))
        self.copy_button.setToolTip(self.tr("Store your version as a new draft and leave the other one as it is"))
        self.compare_button.clicked.connect(self.show_comparison)
        self.reload_button.clicked.connect(lambda: self._choose("reload"))
        self.copy_button.clicked.connect(lambda: self._choose("copy"))
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.diff, 1)
        layout.addWidget(buttons)

    def show_comparison(self) -> None:
        self.diff.setHtml(json_diff_html(self._stored, self._mine, self.tr("Stored version"), self.tr("Yours")))
        self.diff.setVisible(True)
        self.compare_button.setEnabled(False)
        self.adjustSize()

    def _choose(self, choice: str) -> None:
        if choice == "reload":
            answer = QMessageBox.question(
                self, self.tr("Reload the stored version"),
                self.tr("Discard your changes and load the stored version?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.choice = choice
        self.accept()


class RecoveryDialog(QDialog):
    """Unsaved drafts found at start-up (after a crash): restore one, discard, or decide later.

    ``choice`` after ``exec()``: ("restore", index), ("discard", [indexes]) or None.
    """

    def __init__(self, drafts: list[tuple[dict, int | None, _dt.datetime]], *, language: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.choice: tuple | None = None
        intro = QLabel(self.tr(
            "Chancery was not closed normally. These meetings had changes that were not saved; "
            "they were kept automatically. Restore one to continue where you left off."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recoveryList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for i, (record, base_version, saved_at) in enumerate(drafts):
            title = meeting_title(record, language) or self.tr("New meeting")
            when = _local_time(saved_at)
            kind = self.tr("new, never saved") if base_version is None else self.tr("changes to a saved meeting")
            saved = self.tr("Autosaved %1").replace("%1", when)
            item = QListWidgetItem(f"{title}\n{saved} — {kind}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Keep the drafts; File ▸ Recover Unsaved Work offers them again"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        later.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 320)

    def _selected(self) -> list[int]:
        return sorted(item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems())

    def _restore(self) -> None:
        selected = self._selected()
        if selected:
            self.choice = ("restore", selected[0])
            self.accept()

    def _discard(self) -> None:
        selected = self._selected()
        if not selected:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard unsaved work"),
            self.tr("Discard the selected unsaved changes for good?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self.choice = ("discard", selected)
            self.accept()


def _local_time(moment: _dt.datetime) -> str:
    """A stored UTC timestamp in local time, to the minute."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class TrashDialog(QDialog):
    """Deleted meetings: restore them, or delete them for good."""

    restored = Signal(list)

    def __init__(self, archive: Archive, *, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.archive = archive
        self.model = ArchiveModel(archive, self, language=language)
        self.model.set_filters(deleted_only=True)
        self.model.sort_key = "updated"
        self.view = QTableView()
        self.view.setObjectName("trashView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setColumnHidden(COLUMN_KEYS.index("snippet"), True)
        self.view.horizontalHeader().setSectionResizeMode(COLUMN_KEYS.index("principals"),
                                                          QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("emptyState")

        self.restore_button = QPushButton(self.tr("Restore"))
        self.purge_button = QPushButton(self.tr("Delete Permanently…"))
        self.empty_button = QPushButton(self.tr("Empty Trash…"))
        close = QPushButton(self.tr("Close"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        close.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        for button in (self.restore_button, self.purge_button, self.empty_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        empty = self.model.rowCount() == 0
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            button.setEnabled(not empty)
        if not empty:
            self.view.selectRow(0)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if self.model.id_at(r)]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        for meeting_id in ids:
            self.archive.restore(meeting_id)
        if ids:
            self.restored.emit(ids)
        self.reload()

    def _purge(self, ids: list[str], question: str) -> None:
        if not ids:
            return
        answer = QMessageBox.warning(self, self.tr("Delete permanently"), question,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        for meeting_id in ids:
            self.archive.purge(meeting_id)
        self.reload()

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        self._purge(ids, self.tr("Delete %n meeting(s) for good? This cannot be undone.", "", len(ids)))

    def empty_trash(self) -> None:
        ids = self.model.ids()
        self._purge(ids, self.tr("Delete all %n meeting(s) in the trash for good? This cannot be undone.", "",
                                 len(ids)))
