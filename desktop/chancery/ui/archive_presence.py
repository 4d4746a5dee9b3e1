"""Which archive is open and what others do in it: the window's archive indicator, the read-only
banner, live updates from a server, "changed by … at …" with Reload, File ▸ Take a Copy Offline.

:class:`ArchivePresence` is attached to the main window once
(:meth:`attach`); the window calls it back at two points only (a form was
created, the window closes), so the window's own code stays as it was.

- Status bar: "Archive: chancery on db.example.org — editor" (or the file's
  path, or the offline copy and when it was taken); the window title says
  the same in short.
- Read-only (a reader on a server, or an offline copy): a banner above the
  list says so and why; actions that would change the archive are disabled
  and the form's fields cannot be edited.
- Without the internal grant the form's Internal tab shows as restricted,
  with no error.
- Server archives: :class:`LiveUpdates` waits for the server's change
  notices on a thread of its own (LISTEN/NOTIFY, no polling) and hands them
  to the GUI thread: the list reloads at once, and a meeting open in the
  form that someone else changed gets a bar "Changed by USER at TIME" with
  Reload.

Threading: GUI thread, except :class:`LiveUpdates`' listener thread, which
only emits a signal (delivered queued to the GUI thread).
"""

from __future__ import annotations

import datetime as _dt
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from .tasks import run_in_background

if TYPE_CHECKING:
    from ..store import Archive
    from .main_window import MainWindow


def archive_label(archive: Archive, tr=None) -> str:
    """The archive in a few words, for the window title (``tr`` is ignored: the context is fixed,
    so that the translation files find these strings)."""
    if archive.server:
        return archive.name
    if archive.offline:
        return QCoreApplication.translate("ArchivePresence", "offline copy of %1").replace(
            "%1", str(archive.offline.get("source", "")))
    return QCoreApplication.translate("ArchivePresence", "this computer")


def _local_time(stamp: str | _dt.datetime) -> str:
    when = stamp if isinstance(stamp, _dt.datetime) else _dt.datetime.fromisoformat(str(stamp))
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.UTC)
    local = when.astimezone()
    today = _dt.datetime.now().astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


class LiveUpdates(QObject):
    """Change notices from a server archive, delivered on the GUI thread."""

    changed = Signal(object)  # a chancery.store.server.Change

    def __init__(self, archive: Archive, parent: QObject | None = None):
        super().__init__(parent)
        from ..store.server import ChangeListener

        self._listener = ChangeListener(archive.engine, self.changed.emit)
        self._thread = threading.Thread(target=self._listener.run, name="chancery-listen", daemon=True)
        self._thread.start()

    def is_listening(self) -> bool:
        """True once notices sent by others reach this window (the listener's connection is up)."""
        return self._listener.listening.is_set()

    def stop(self) -> None:
        self._listener.stop()
        self._thread.join(3)


class ChangedBar(QFrame):
    """"Changed by … at …" above the form, with Reload."""

    reload = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changedBar")
        self.setProperty("role", "notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setObjectName("changedLabel")
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("changedReload")
        self.reload_button.setToolTip(self.tr("Show the stored version (you are asked first about unsaved changes)"))
        self.reload_button.clicked.connect(self.reload.emit)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        self.hide()

    def show_change(self, user: str, when: str, *, removed: bool) -> None:
        text = (self.tr("Moved to the trash by %1 at %2.") if removed else
                self.tr("Changed by %1 at %2. Your form shows the earlier version."))
        self.label.setText(text.replace("%1", user or self.tr("another user")).replace("%2", when))
        self.reload_button.setVisible(not removed)
        self.show()


class ArchivePresence(QObject):
    """Everything the window shows about the open archive and its other users."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.archive = window.archive
        self.live: LiveUpdates | None = None
        self._restricted_page: QWidget | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)  # several notices in a burst: one reload
        self._reload_timer.timeout.connect(self._reload_list)

    # ------------------------------------------------------------------ building

    @classmethod
    def attach(cls, window: MainWindow) -> ArchivePresence:
        presence = cls(window)
        presence._build()
        return presence

    def _build(self) -> None:
        window, archive = self.window, self.archive
        self.indicator = QLabel(window)
        self.indicator.setObjectName("archiveIndicator")
        self.indicator.setText(self._indicator_text())
        self.indicator.setToolTip(self.tr("The archive this window shows (Settings ▸ Archive chooses another)"))
        window.statusBar().addPermanentWidget(self.indicator)

        self.banner: QLabel | None = None
        if archive.read_only:
            banner = QLabel(self._banner_text())
            banner.setObjectName("readOnlyBanner")
            banner.setProperty("role", "notice")
            banner.setWordWrap(True)
            banner.setContentsMargins(10, 6, 10, 6)
            banner.setStyleSheet("QLabel#readOnlyBanner { background: palette(alternate-base); "
                                 "border-bottom: 1px solid palette(mid); }")
            self._above_everything(banner)
            self.banner = banner

        self.changed_bar = ChangedBar()
        self.changed_bar.reload.connect(self._reload_meeting)
        self._place_changed_bar()

        self.offline_action = window._action(
            self.tr("Take a Copy &Offline…"), self.take_offline_copy, name="offlineCopyAction",
            tip=self.tr("Write a read-only copy of this server archive on this computer, for travel"))
        self.offline_action.setEnabled(archive.server)
        file_menu = window.menuBar().findChild(QMenu, "fileMenu")
        if file_menu is not None:
            file_menu.insertAction(window.recover_action, self.offline_action)

        window.meetingOpened.connect(lambda _id: self.changed_bar.hide())
        window.meetingSaved.connect(lambda _id: self.changed_bar.hide())
        if archive.server:
            self.live = LiveUpdates(archive, self)
            self.live.changed.connect(self._changed)
        self.update_actions()

    def _above_everything(self, widget: QWidget) -> None:
        """A strip across the whole window above the list and the form (the splitter stays the window's)."""
        window = self.window
        splitter = window.takeCentralWidget()  # taken, not deleted
        column = QWidget()
        column.setObjectName("centralColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        window.setCentralWidget(column)

    def _place_changed_bar(self) -> None:
        """Above the form and its placeholder: the editor panel gets a column of its own."""
        window = self.window
        splitter, panel = window.splitter, window.editor_panel
        index = splitter.indexOf(panel)
        column = QWidget()
        column.setObjectName("editorColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.changed_bar)
        layout.addWidget(panel, 1)  # takes the panel out of the splitter
        splitter.insertWidget(index, column)
        splitter.setStretchFactor(index, 3)

    def _indicator_text(self) -> str:
        archive = self.archive
        if archive.server:
            role = self.tr("editor") if archive.access.write else self.tr("reader")
            if not archive.access.internal:
                role += self.tr(", internal section restricted")
            return self.tr("Archive: %1 (%2, %3)").replace("%1", archive.name).replace(
                "%2", archive.access.user).replace("%3", role)
        if archive.offline:
            return self.tr("Offline copy of %1, taken %2 (read-only)").replace(
                "%1", str(archive.offline.get("source", ""))).replace("%2", _local_time(archive.offline["at"]))
        return self.tr("Archive: %1").replace("%1", archive.name)

    def _banner_text(self) -> str:
        archive = self.archive
        if archive.offline:
            return self.tr("Read-only: this is an offline copy of %1 taken %2. Changes are made on the server; "
                           "refresh the copy there with File ▸ Take a Copy Offline.").replace(
                "%1", str(archive.offline.get("source", ""))).replace("%2", _local_time(archive.offline["at"]))
        return self.tr("Read-only: your account (%1) may read this archive but not change it. Ask your "
                       "administrator for editor access.").replace("%1", archive.access.user)

    # ------------------------------------------------------------------ window hooks

    def title(self) -> str:
        return archive_label(self.archive, self.tr)

    def update_actions(self) -> None:
        if not self.archive.read_only:
            return
        window = self.window
        for action in (window.new_action, window.save_action, window.duplicate_action, window.revert_action,
                       window.import_action, window.delete_action, window.undo_delete_action, window.recover_action):
            action.setEnabled(False)
            action.setToolTip(self.tr("Read-only archive"))
        for button in window.findChildren(QPushButton, "placeholderNew"):
            button.setEnabled(False)

    def editor_created(self, editor: QWidget) -> None:
        """Make a new form fit the user's rights: read-only fields, a restricted Internal tab."""
        if not self.archive.access.internal:
            self._restrict_internal(editor)
        if self.archive.read_only:
            _read_only(editor)

    def _restrict_internal(self, editor) -> None:
        from PySide6.QtWidgets import QScrollArea

        tab = editor.TAB_INTERNAL
        scroll = editor._scrolls[tab]
        if not isinstance(scroll, QScrollArea):
            return
        self._restricted_page = scroll.takeWidget()  # kept alive: the form still reads its (empty) fields
        notice = QLabel(self.tr(
            "The internal section (objectives, talking points, sensitivities, clearances) is restricted: "
            "your account may not read it. Ask your administrator for internal access if you need it."))
        notice.setObjectName("internalRestricted")
        notice.setWordWrap(True)
        notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        notice.setContentsMargins(12, 12, 12, 12)
        scroll.setWidget(notice)
        editor.tabs.setTabText(tab, self.tr("&Internal (restricted)"))
        editor.tabs.setTabToolTip(tab, self.tr("Restricted: ask your administrator for internal access"))

    def stop(self) -> None:
        """The window closes: no more notices, and none still queued or a reload pending is acted on."""
        if self.live is not None:
            self.live.stop()
            self.live = None
        self._reload_timer.stop()

    # ------------------------------------------------------------------ changes by others

    def _changed(self, change) -> None:
        if self.live is None:  # a notice delivered after the window stopped listening
            return
        self.archive.generation += 1  # the list's cached listing is out of date
        self._reload_timer.start()
        window = self.window
        if change.meeting_id != window.current_id or window.base_version is None:
            return
        try:
            stored = self.archive.version_of(change.meeting_id)
        except UserError:
            return
        if change.action == "saved" and stored == window.base_version:
            return  # our own save (the form already shows this version)
        removed = change.action == "removed" and stored is not None and stored != window.base_version
        if change.action == "removed" and not removed and stored is not None:
            return
        self.changed_bar.show_change(change.user, _local_time(change.at), removed=change.action == "removed")

    def _reload_list(self) -> None:
        self.window._reload_list(keep=self.window.current_id)

    def _reload_meeting(self) -> None:
        window = self.window
        meeting_id = window.current_id
        if meeting_id is None or not window.confirm_leave():
            return
        window.current_id = None  # open_meeting skips the meeting already in the form
        window.open_meeting(meeting_id, ask=False)
        self.changed_bar.hide()

    # ------------------------------------------------------------------ offline copy

    def take_offline_copy(self) -> None:
        from PySide6.QtWidgets import QMessageBox, QProgressDialog

        from ..store.copying import offline_copy_path, take_offline_copy

        archive = self.archive
        target = offline_copy_path(archive)
        progress = QProgressDialog(self.tr("Copying %1 to this computer…").replace("%1", archive.name),
                                   self.tr("Cancel"), 0, 1000, self.window)
        progress.setObjectName("offlineCopyProgress")
        progress.setWindowTitle(self.tr("Take a Copy Offline"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        state = {"cancelled": False}
        progress.canceled.connect(lambda: state.update(cancelled=True))

        def work(report, cancelled):
            return take_offline_copy(archive, target, progress=report,
                                     cancelled=lambda: cancelled() or state["cancelled"])

        def on_progress(fraction: float, _message: str) -> None:
            progress.setValue(int(fraction * 1000))

        def done(path) -> None:
            progress.close()
            self.window.statusBar().showMessage(
                self.tr("Offline copy written to %1 (read-only). Open it with Settings ▸ Archive ▸ This computer, "
                        "or chancery --archive %1.").replace("%1", str(path)), 15000)

        def failed(error: BaseException) -> None:
            progress.close()
            QMessageBox.warning(self.window, self.tr("Take a Copy Offline"),
                                self.tr("The offline copy was not written: %1").replace("%1", str(error)))

        run_in_background(work, done, failed, on_progress=on_progress)


def _read_only(widget: QWidget) -> None:
    """Fields can be read, selected and copied, not changed; buttons that change the record are off."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QPlainTextEdit, QTabBar, QTextEdit

    for edit in widget.findChildren(QLineEdit) + widget.findChildren(QTextEdit) + widget.findChildren(QPlainTextEdit):
        edit.setReadOnly(True)
    for control in widget.findChildren(QComboBox) + widget.findChildren(QAbstractSpinBox):
        control.setEnabled(False)
    for button in widget.findChildren(QAbstractButton):
        if not isinstance(button.parent(), QTabBar):
            button.setEnabled(False)
