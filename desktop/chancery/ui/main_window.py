"""The main window: the archive list with its search box, the meeting form beside it, and docks.

It owns the life cycle of the meeting in the form: open, new, duplicate,
save (with conflict detection through the record's version), autosave of
unsaved work every few seconds and when focus leaves a field, recovery of
that work after a crash, delete to the trash with an undo.  The form itself
(``chancery.ui.editor.MeetingEditor``), the preview pane and the export
dialog are separate widgets it hosts.

This module is the shell (editor panel, docks, status bar, window state,
settings and language); the rest lives by concern in ``chancery.ui.window``
(actions and menus, the list panel, the editing session, file actions),
mixed into :class:`MainWindow`.

Threading: GUI thread only.  Searches run on the pool through
``run_in_background``; an answer that arrives after the user typed more is
dropped (each search carries a generation number).  Saves and autosaves
write a single small record (a few ms) and run on the GUI thread so that the
one database writer is the GUI's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from . import i18n
from .window import (
    ASYNC_LISTING_ABOVE,
    AUTOSAVE_DELAY_MS,
    PREVIEW_DELAY_MS,
    RECENT_COUNT,
    SEARCH_DEBOUNCE_MS,
    UNDO_DELETE_MS,
    icon,
)
from .window.actions import WindowActions
from .window.file_actions import FileActions
from .window.list_panel import ListPanel
from .window.session import EditingSession

if TYPE_CHECKING:
    from ..store import Archive

__all__ = ["ASYNC_LISTING_ABOVE", "AUTOSAVE_DELAY_MS", "PREVIEW_DELAY_MS", "RECENT_COUNT", "SEARCH_DEBOUNCE_MS",
           "UNDO_DELETE_MS", "MainWindow", "icon"]


class MainWindow(WindowActions, ListPanel, EditingSession, FileActions, QMainWindow):
    """Archive list + meeting form.  ``archive`` stays open for the window's life."""

    meetingOpened = Signal(str)   # id of the meeting now in the form
    meetingSaved = Signal(str)

    def __init__(self, archive: Archive, *, language: str | None = None, parent: QWidget | None = None,
                 staged: bool = False):
        """``staged``: leave what the first paint does not need to :meth:`finish_building` (the application
        calls it once the window has painted); otherwise the window is finished here."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.archive = archive
        self.language = language or i18n.current_language()
        self.settings_values = archive.settings()
        self.editor = None
        self.current_id: str | None = None
        self.base_version: int | None = None
        self.last_autosave_ms: float | None = None
        self._autosaved_ids: set[str] = set()
        self._search_generation = 0
        self._search_task = None
        self._last_deleted: list[str] = []
        self._pending_select: str | None = None

        self.setWindowTitle(self.tr("Chancery"))
        self.setWindowIcon(icon("chancery"))
        self.setDocumentMode(True)

        self._build_list_panel()
        self._build_editor_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor_panel)
        # Both give way when the window narrows or the preview opens; the form never below the width
        # its pages need (MeetingEditor.minimumSizeHint), the list never below its own.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        from .archive_presence import ArchivePresence  # which archive, read-only, other users' changes

        self.presence = ArchivePresence.attach(self)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_DELETE_MS)
        self.undo_timer.timeout.connect(self._hide_undo)

        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1360, screen.width()) if screen else 1360, min(820, screen.height()) if screen else 820)
        self.restore_window_state()
        self._fill_year_filter()
        self.model.listed.connect(self._list_ready)
        self.model.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.model.reload()
        self._update_actions()
        self._finished = False
        if not staged:
            self.finish_building()

    def finish_building(self) -> None:
        """The parts the first paint does not show: keyboard handling of the search box, the country completer."""
        if self._finished:
            return
        self._finished = True
        self._finish_list_panel()

    # ================================================================ building

    def _build_editor_panel(self) -> None:
        self.editor_panel = QStackedWidget()
        self.editor_panel.setObjectName("editorPanel")
        placeholder = QWidget()
        placeholder.setObjectName("editorPlaceholder")
        column = QVBoxLayout(placeholder)
        column.addStretch(2)
        title = QLabel(self.tr("No meeting open"))
        title.setObjectName("placeholderTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "Choose a meeting in the list to read or edit it,\n"
            "or press %1 to record a new one."
        ).replace("%1", QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)))
        text.setObjectName("placeholderText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        new_button = QPushButton(icon("new"), self.tr("New Meeting"))
        new_button.setObjectName("placeholderNew")
        new_button.clicked.connect(self.new_meeting)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(new_button)
        button_row.addStretch(1)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        column.addLayout(button_row)
        column.addStretch(3)
        self.placeholder = placeholder
        self.editor_panel.addWidget(placeholder)

    def _build_docks(self) -> None:
        self.problem_list = None  # the form's ProblemsList, once the form exists
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(QWidget())
        self.problems_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                                           | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self.preview_dock = QDockWidget(self.tr("Preview"), self)
        self.preview_dock.setObjectName("previewDock")
        self.preview = None  # created when first shown: it loads the document libraries
        self.preview_dock.setWidget(QWidget())
        self.preview_dock.setMinimumWidth(340)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.preview_dock.hide()
        self.preview_dock.visibilityChanged.connect(self._preview_visibility)

    def _preview_visibility(self, visible: bool) -> None:
        if visible:
            self._ensure_preview()
            self.refresh_preview()

    def _ensure_preview(self) -> None:
        if self.preview is not None:
            return
        from .preview import PreviewPane

        self.preview = PreviewPane(archive=self.archive)
        self.preview.setObjectName("previewPane")
        self.preview_dock.setWidget(self.preview)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo"))
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        status.addPermanentWidget(self.undo_button)  # permanent: a message in the status bar never covers it
        self.problems_button = QToolButton()
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setIcon(icon("problems"))
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setAutoRaise(True)
        self.problems_button.setToolTip(self.tr("Show the list of problems (click one to go to its field)"))
        self.problems_button.clicked.connect(lambda: self.problems_dock.setVisible(not self.problems_dock.isVisible()))
        self.problems_button.hide()
        status.addPermanentWidget(self.problems_button)
        self.autosave_label = QLabel()
        self.autosave_label.setObjectName("autosaveState")
        status.addPermanentWidget(self.autosave_label)

    # ================================================================ state

    def restore_window_state(self) -> None:
        settings = i18n.ui_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([640, 760])

    def save_window_state(self) -> None:
        settings = i18n.ui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.sync()

    def _update_title(self) -> None:
        presence = getattr(self, "presence", None)
        where = f" — {presence.title()}" if presence is not None else ""
        if self.editor is not None and self.current_id is not None:
            from .dialogs import meeting_title

            title = meeting_title(self.editor.meeting(), self.language) or self.tr("New meeting")
            self.setWindowTitle(f"{title}[*]{where} — {self.tr('Chancery')}")
            self.setWindowModified(self.editor.is_modified())
        else:
            self.setWindowTitle(f"{self.tr('Chancery')}{where}")
            self.setWindowModified(False)

    # ================================================================ preview

    def refresh_preview(self) -> None:
        if self.preview is None or not self.preview_dock.isVisible() or self.editor is None or self.current_id is None:
            return
        self.preview.set_record(self.editor.meeting())

    # ================================================================ settings, language, about

    def open_settings(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.archive, language=self.language, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.settings_values = dialog.saved
            if self.editor is not None:
                self.editor.set_output_languages(list(dialog.saved.get("output_languages") or []))
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)
            if dialog.restart_needed:
                QMessageBox.information(self, self.tr("Settings"),
                                        self.tr("Some changes take effect the next time Chancery starts."))
                self._check_language_menu()

    def choose_language(self, code: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if code == i18n.stored_language() or (i18n.stored_language() is None and code == self.language):
            return
        i18n.set_stored_language(code)
        QMessageBox.information(self, self.tr("Interface language"),
                                self.tr("The interface will be in %1 the next time Chancery starts.")
                                .replace("%1", i18n.language_name(code)))

    def _check_language_menu(self) -> None:
        chosen = i18n.stored_language() or self.language
        for action in self.language_actions.actions():
            action.setChecked(action.data() == chosen)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Chancery"), self.tr(
            "<h3>Chancery %1</h3>"
            "<p>Record diplomatic meetings, keep an offline archive, and write communiqués, "
            "briefing notes and records of conversation from it.</p>"
            "<p>Archive: %2</p>").replace("%1", __version__).replace("%2", str(self.archive.path or "")))

    def _error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text.split("\n\n")[0], QMessageBox.StandardButton.Ok, self)
        if "\n\n" in text:
            box.setInformativeText(text.split("\n\n", 1)[1])
        box.setObjectName("errorBox")
        box.exec()

    # ---------------------------------------------------------------- closing

    def closeEvent(self, event) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        self.save_window_state()
        if self._search_task is not None:
            self._search_task.cancel()
        self.presence.stop()
        event.accept()
