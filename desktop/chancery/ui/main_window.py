"""The main window: the archive list with its search box, the meeting form beside it, and docks.

It owns the life cycle of the meeting in the form: open, new, duplicate,
save (with conflict detection through the record's version), autosave of
unsaved work every few seconds and when focus leaves a field, recovery of
that work after a crash, delete to the trash with an undo.  The form itself
(``chancery.ui.editor.MeetingEditor``), the preview pane and the export
dialog are separate widgets it hosts.

Threading: GUI thread only.  Searches run on the pool through
``run_in_background``; an answer that arrives after the user typed more is
dropped (each search carries a generation number).  Saves and autosaves
write a single small record (a few ms) and run on the GUI thread so that the
one database writer is the GUI's.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as _dt
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, paths, refdata
from .. import record as rec
from ..errors import ConflictError, RecordError, UserError
from . import i18n
from .archive_model import CHUNK, COLUMN_KEYS, SNIPPET_COLUMN, ArchiveModel, SnippetDelegate, fit_columns
from .dialogs import ConflictDialog, RecoveryDialog, TrashDialog, ask_unsaved, meeting_title
from .messages import problem_message
from .tasks import run_in_background

if TYPE_CHECKING:
    from ..store import Archive

AUTOSAVE_DELAY_MS = 3000     # at most this much typing is at risk after a crash
SEARCH_DEBOUNCE_MS = 150
PREVIEW_DELAY_MS = 600
UNDO_DELETE_MS = 15000
RECENT_COUNT = 10
ASYNC_LISTING_ABOVE = 5_000  # meetings: a larger archive lists off the GUI thread, its first page at once


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resources_dir() / "style" / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    """Archive list + meeting form.  ``archive`` stays open for the window's life."""

    meetingOpened = Signal(str)   # id of the meeting now in the form
    meetingSaved = Signal(str)

    def __init__(self, archive: Archive, *, language: str | None = None, parent: QWidget | None = None):
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

    # ================================================================ building

    def _build_list_panel(self) -> None:
        self.list_panel = QWidget()
        self.list_panel.setObjectName("listPanel")
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search: names in any spelling, places, topics, country:KG, with:…"))
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.textChanged.connect(self._search_text_changed)
        self.search_box.returnPressed.connect(self._search_now)
        self.search_box.installEventFilter(self)
        layout.addWidget(self.search_box)

        from .editor.reflow import Reflow

        filters = Reflow(self.list_panel, spacing=6)  # on one line when the list is wide, else wrapped
        self.country_filter = QComboBox()
        self.country_filter.setObjectName("countryFilter")
        self.country_filter.setEditable(True)
        self.country_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_filter.addItem(self.tr("All countries"), None)
        self.country_filter.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country_filter.completer().setCompletionMode(self.country_filter.completer().CompletionMode.PopupCompletion)
        self.country_filter.setToolTip(self.tr("Counterpart country"))
        self.country_filter.currentIndexChanged.connect(self._filters_changed)
        self.country_filter.lineEdit().editingFinished.connect(self._country_typed)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for code in refdata.vocabulary("meeting_kind"):
            self.kind_filter.addItem(refdata.label("meeting_kind", code, self.language), code)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("yearFilter")
        self.year_filter.addItem(self.tr("All years"), None)
        self.year_filter.currentIndexChanged.connect(self._filters_changed)
        for combo in (self.country_filter, self.kind_filter, self.year_filter):
            # as narrow as "All countries" allows: long kind or country names do not widen the list
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(1)
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 44)
        filters.add(self.country_filter, 3)
        filters.add(self.kind_filter, 3)
        filters.add(self.year_filter, 2)
        layout.addWidget(filters)

        self.model = ArchiveModel(self.archive, self, language=self.language)
        # a large archive lists off the GUI thread (the id query takes 0.1-0.5 s at 100,000),
        # including the listing the sort indicator below asks for
        self.model.asynchronous = self.archive.count() > ASYNC_LISTING_ABOVE
        self.view = QTableView()
        self.view.setObjectName("archiveList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring at 100k rows
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(COLUMN_KEYS.index("date"), Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.view.viewport().installEventFilter(self)  # columns follow the list's width (fit_columns)
        self.view.setItemDelegateForColumn(SNIPPET_COLUMN, SnippetDelegate(self.view))
        self.view.setColumnHidden(SNIPPET_COLUMN, True)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.doubleClicked.connect(lambda _index: self._focus_editor())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_label)
        layout.addWidget(self.list_stack, 1)

        counts = QHBoxLayout()
        self.result_count = QLabel()
        self.result_count.setObjectName("resultCount")
        self.query_error = QLabel()
        self.query_error.setObjectName("queryError")
        self.query_error.setVisible(False)
        counts.addWidget(self.result_count)
        counts.addStretch(1)
        counts.addWidget(self.query_error)
        layout.addLayout(counts)

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

    def _action(self, text: str, slot, *, shortcut=None, icon_name: str | None = None, tip: str | None = None,
                name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                              if shortcut is not None else tip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a(self.tr("&New Meeting"), self.new_meeting, shortcut=QKeySequence.StandardKey.New,
                            icon_name="new", tip=self.tr("Record a new meeting"), name="newAction")
        self.save_action = a(self.tr("&Save"), self.save, shortcut=QKeySequence.StandardKey.Save, icon_name="save",
                             tip=self.tr("Save the meeting to the archive"), name="saveAction")
        self.duplicate_action = a(self.tr("&Duplicate as New Draft"), self.duplicate, shortcut="Ctrl+D",
                                  icon_name="duplicate", tip=self.tr("Start a new draft from this meeting"),
                                  name="duplicateAction")
        self.revert_action = a(self.tr("Re&vert Changes"), self.revert, name="revertAction",
                               tip=self.tr("Throw away unsaved changes and reload the stored meeting"))
        self.import_action = a(self.tr("&Import…"), self.import_file, shortcut="Ctrl+I", icon_name="import",
                               tip=self.tr("Import meetings from a Chancery JSON file"), name="importAction")
        self.export_action = a(self.tr("&Export…"), self.export_documents, shortcut="Ctrl+E", icon_name="export",
                               tip=self.tr("Write a communiqué, briefing note or record of conversation "
                                           "for the selected meetings"),
                               name="exportAction")
        self.export_json_action = a(self.tr("Export as &JSON…"), self.export_json, shortcut="Ctrl+Shift+E",
                                    tip=self.tr("Save the selected meetings as a Chancery JSON file"),
                                    name="exportJsonAction")
        self.recover_action = a(self.tr("Recover &Unsaved Work…"), lambda: self.check_recovery(always=True),
                                name="recoverAction", tip=self.tr("Drafts kept automatically after a crash"))
        self.restore_backup_action = a(self.tr("Restore from &Backup…"), self.restore_from_backup,
                                       name="restoreBackupAction",
                                       tip=self.tr("Replace the archive with one of its backups"))
        self.settings_action = a(self.tr("Se&ttings…"), self.open_settings,
                                 shortcut=QKeySequence.StandardKey.Preferences, icon_name="settings",
                                 tip=self.tr("Ministry, output languages, archive folder"), name="settingsAction")
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = a(self.tr("&Quit"), self.close, shortcut=QKeySequence.StandardKey.Quit, name="quitAction")
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        self.delete_action = a(self.tr("&Delete"), self.delete_selected, shortcut=QKeySequence.StandardKey.Delete,
                               icon_name="delete", tip=self.tr("Move the selected meetings to the trash"),
                               name="deleteAction")
        # Del belongs to the list: in a text field of the form it deletes characters
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.delete_action)
        self.undo_delete_action = a(self.tr("&Undo Delete"), self.undo_delete, icon_name="undo",
                                    name="undoDeleteAction", tip=self.tr("Bring back the meetings just deleted"))
        self.find_action = a(self.tr("&Find"), self.focus_search, shortcut=QKeySequence.StandardKey.Find,
                             icon_name="search", tip=self.tr("Search the archive"), name="findAction")
        self.people_action = a(self.tr("&People…"), self.open_people, shortcut="Ctrl+Shift+O", name="peopleAction",
                               tip=self.tr("The people met: spellings of their names, titles, meetings; merge two entries"))  # noqa: E501 (one literal for lupdate)
        self.people_window = None
        self.trash_action = a(self.tr("&Trash…"), self.open_trash, icon_name="trash", name="trashAction",
                              tip=self.tr("Deleted meetings: restore or delete for good"))

        self.preview_action = self.preview_dock.toggleViewAction()
        self.preview_action.setText(self.tr("&Preview"))
        self.preview_action.setIcon(icon("preview"))
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_action.setToolTip(self.tr("Show the document as it will be written (Ctrl+Shift+P)"))
        self.preview_action.setObjectName("previewAction")
        self.problems_action = self.problems_dock.toggleViewAction()
        self.problems_action.setText(self.tr("P&roblems"))
        self.problems_action.setIcon(icon("problems"))
        self.problems_action.setObjectName("problemsAction")

        self.about_action = a(self.tr("&About Chancery"), self.about, name="aboutAction")
        self.syntax_action = a(self.tr("&Search Syntax"), self.show_search_syntax, name="syntaxAction")

        self.language_actions = QActionGroup(self)
        for code, name in i18n.UI_LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_actions.addAction(action)

        for action in (self.new_action, self.save_action, self.duplicate_action, self.import_action,
                       self.export_action, self.export_json_action, self.settings_action, self.quit_action,
                       self.find_action, self.preview_action, self.people_action):
            self.addAction(action)  # shortcuts work wherever the focus is in the window

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.new_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.duplicate_action)
        file_menu.addAction(self.revert_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_json_action)
        file_menu.addSeparator()
        file_menu.addAction(self.recover_action)
        file_menu.addAction(self.restore_backup_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.undo_delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.people_action)
        edit_menu.addAction(self.trash_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.preview_action)
        view_menu.addAction(self.problems_action)
        self.view_menu = view_menu
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("Interface &Language"))
        for action in self.language_actions.actions():
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.syntax_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.save_action, self.duplicate_action, None, self.delete_action,
                       self.trash_action, None, self.export_action, self.preview_action, None, self.settings_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.view_menu.insertAction(self.view_menu.actions()[0], toolbar.toggleViewAction())
        toolbar.toggleViewAction().setText(self.tr("&Toolbar"))

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

    def _update_actions(self) -> None:
        has_meeting = self.editor is not None and self.current_id is not None
        modified = has_meeting and self.editor.is_modified()
        selected = bool(self.selected_ids())
        self.save_action.setEnabled(has_meeting)
        self.duplicate_action.setEnabled(has_meeting)
        self.revert_action.setEnabled(bool(modified) and self.base_version is not None)
        self.delete_action.setEnabled(selected)
        self.export_action.setEnabled(selected or has_meeting)
        self.export_json_action.setEnabled(selected or has_meeting)
        self.undo_delete_action.setEnabled(bool(self._last_deleted))
        self.recover_action.setEnabled(True)
        if getattr(self, "presence", None) is not None:
            self.presence.update_actions()
        self._update_title()

    def _update_title(self) -> None:
        presence = getattr(self, "presence", None)
        where = f" — {presence.title()}" if presence is not None else ""
        if self.editor is not None and self.current_id is not None:
            title = meeting_title(self.editor.meeting(), self.language) or self.tr("New meeting")
            self.setWindowTitle(f"{title}[*]{where} — {self.tr('Chancery')}")
            self.setWindowModified(self.editor.is_modified())
        else:
            self.setWindowTitle(f"{self.tr('Chancery')}{where}")
            self.setWindowModified(False)

    # ================================================================ the form

    def _ensure_editor(self):
        """Create the form the first time a meeting is opened (keeps start-up light)."""
        if self.editor is not None:
            return self.editor
        from .editor import MeetingEditor, ProblemsList

        editor = MeetingEditor(self.archive, self.settings_values, self.editor_panel)
        editor.setObjectName("meetingEditor")
        editor.set_output_languages(list(self.settings_values.get("output_languages") or []))
        editor.changed.connect(self._editor_changed)
        editor.fieldLeft.connect(self._field_left)
        problems = ProblemsList()
        problems.setObjectName("problemList")
        problems.follow(editor)  # lists problems and missing translations; a click calls focus_path
        self.problems_dock.setWidget(problems)
        self.problem_list = problems
        editor.problemsChanged.connect(self._problems_changed)
        editor.translationsChanged.connect(self._problems_changed)
        self.editor_panel.addWidget(editor)
        self.editor = editor
        self.presence.editor_created(editor)
        return editor

    def warm_up(self) -> None:
        """Build the form in idle time after start-up, so the first meeting opens at once."""
        if self.editor is None:
            self._ensure_editor()

    def _show_editor(self, meeting: dict, *, version: int | None, modified: bool) -> None:
        editor = self._ensure_editor()
        editor.load(meeting)
        editor.set_modified(modified)
        self.current_id = str(meeting["id"])
        self.base_version = version
        self.editor_panel.setCurrentWidget(editor)
        QTimer.singleShot(0, self._problems_changed)  # the list may already be up to date
        self._set_autosave_label(modified)
        self._update_actions()
        self.preview_timer.start()
        self.meetingOpened.emit(self.current_id)

    def _close_editor(self) -> None:
        self.autosave_timer.stop()
        self.current_id = None
        self.base_version = None
        if self.editor is not None:
            self.editor.set_modified(False)
        self.editor_panel.setCurrentWidget(self.placeholder)
        if self.problem_list is not None:
            self.problem_list.set_problems([])
            self.problem_list.set_missing_translations([])
        self._problems_changed()  # no meeting, no problem count
        self._set_autosave_label(False)
        self._update_actions()

    def _focus_editor(self) -> None:
        if self.editor is not None and self.editor_panel.currentWidget() is self.editor:
            self.editor.focus_first_field()  # the first field of the tab, not the tab bar

    def open_meeting(self, meeting_id: str, *, ask: bool = True) -> bool:
        """Load a stored meeting into the form (asking first about unsaved changes)."""
        if meeting_id == self.current_id and self.editor is not None:
            return True
        if ask and not self.confirm_leave():
            return False
        try:
            meeting, version = self.archive.meeting_for_edit(meeting_id)
        except UserError as error:
            self._error(self.tr("Cannot open the meeting"), str(error))
            return False
        self._show_editor(meeting, version=version, modified=False)
        self.select_meeting(meeting_id)
        return True

    def new_meeting(self) -> bool:
        if not self.confirm_leave():
            return False
        self._show_editor(self._new_record(), version=None, modified=False)
        self.editor.tabs.setCurrentIndex(self.editor.TAB_MEETING)  # a new meeting starts at the beginning
        self.view.clearSelection()
        self._focus_editor()
        return True

    def _new_record(self) -> dict:
        """A fresh draft with the ministry's defaults (home country, dateline, agency)."""
        s = self.settings_values
        meeting = rec.new_meeting()
        if s.get("home_country"):
            meeting["place"]["country"] = s["home_country"]
        if s.get("dateline"):
            meeting["place"]["city"] = dict(s["dateline"])
            meeting["publication"]["dateline"] = dict(s["dateline"])
        if s.get("agency"):
            meeting["publication"]["agency"] = s["agency"]
        elif s.get("ministry"):
            meeting["publication"]["publisher"] = dict(s["ministry"])
        return meeting

    def duplicate(self) -> bool:
        """Start a new draft from the meeting in the form (the original stays as it is)."""
        if self.editor is None or self.current_id is None:
            return False
        if not self.confirm_leave():
            return False
        source = self.editor.meeting() if self.current_id else None
        if source is None:
            return False
        copy_ = copy.deepcopy(source)
        copy_["id"] = str(uuid.uuid4())
        copy_["status"] = "draft"
        self._show_editor(copy_, version=None, modified=True)
        self.view.clearSelection()
        self.statusBar().showMessage(self.tr("A copy of the meeting is open as a new draft; save it to keep it."), 8000)
        self.autosave_timer.start()
        return True

    def revert(self) -> None:
        if self.current_id is None or self.base_version is None:
            return
        meeting_id = self.current_id
        self.archive.discard_autosave(meeting_id)
        self._autosaved_ids.discard(meeting_id)
        self.current_id = None
        self.open_meeting(meeting_id, ask=False)

    def confirm_leave(self) -> bool:
        """Before the form changes meeting or the window closes: Save / Discard / Cancel."""
        if self.editor is None or self.current_id is None or not self.editor.is_modified():
            return True
        answer = ask_unsaved(self, meeting_title(self.editor.meeting(), self.language))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.archive.discard_autosave(self.current_id)
            self._autosaved_ids.discard(self.current_id)
            self.editor.set_modified(False)
            self.autosave_timer.stop()
            return True
        return False

    # ---------------------------------------------------------------- saving

    def save(self) -> bool:
        """Store the form's record; a stale version opens the conflict dialog instead of overwriting."""
        if self.editor is None or self.current_id is None:
            return False
        meeting = self.editor.meeting()
        try:
            result = self.archive.save(meeting, expected_version=self.base_version)
        except ConflictError as error:
            return self._resolve_conflict(meeting, error)
        except RecordError as error:
            if self.problem_list is not None:
                self.problem_list.set_problems(error.problems)
            self.problems_dock.show()
            why = (self.tr("A final record must be complete and valid. Fix the problems listed, "
                           "or save it as a draft.") if meeting.get("status") == "final" else
                   self.tr("Some fields hold what cannot be stored, even in a draft. Fix the problems listed."))
            self._error(self.tr("The meeting was not saved"),
                        why + "\n\n" + "\n".join(
                            problem_message(p, meeting.get("kind")) for p in error.problems[:12]))
            return False
        except UserError as error:
            self._error(self.tr("The meeting was not saved"), str(error))
            return False
        self.autosave_timer.stop()
        self.archive.discard_autosave(result.id)
        self._autosaved_ids.discard(result.id)
        self.base_version = result.version
        self.current_id = result.id
        self.editor.set_modified(False)
        self._set_autosave_label(False)
        if result.created:
            self._reload_list(keep=result.id)
        else:
            self.model.refresh_ids([result.id])
        message = self.tr("Saved.")
        if result.warnings:
            message += " " + " ".join(problem_message(w, meeting.get("kind")) for w in result.warnings[:3])
        self.statusBar().showMessage(message, 6000)
        self._update_actions()
        self.meetingSaved.emit(result.id)
        return True

    def _resolve_conflict(self, mine: dict, error: ConflictError) -> bool:
        try:
            stored, stored_version = self.archive.meeting_for_edit(error.meeting_id)
        except UserError:
            stored, stored_version = {}, error.actual
        dialog = ConflictDialog(stored, mine, stored_version=stored_version, my_version=error.expected, parent=self)
        dialog.exec()
        if dialog.choice == "reload":
            self.archive.discard_autosave(error.meeting_id)
            self._autosaved_ids.discard(error.meeting_id)
            self._show_editor(stored, version=stored_version, modified=False)
            self.model.refresh_ids([error.meeting_id])
            self.statusBar().showMessage(self.tr("Reloaded the stored version."), 6000)
            return True
        if dialog.choice == "copy":
            return self._save_as_copy(mine, error.meeting_id)
        self.statusBar().showMessage(self.tr("Not saved: the meeting was changed elsewhere."), 8000)
        return False

    def _save_as_copy(self, mine: dict, original_id: str) -> bool:
        copy_ = copy.deepcopy(mine)
        copy_["id"] = str(uuid.uuid4())
        copy_["status"] = "draft"
        try:
            result = self.archive.save(copy_)
        except UserError as error:
            self._error(self.tr("The copy was not saved"), str(error))
            return False
        self.archive.discard_autosave(original_id)
        self._autosaved_ids.discard(original_id)
        self._show_editor(self.archive.get_meeting(result.id), version=result.version, modified=False)
        self._reload_list(keep=result.id)
        self.statusBar().showMessage(self.tr("Your version was saved as a new draft."), 8000)
        return True

    # ---------------------------------------------------------------- autosave

    def _editor_changed(self) -> None:
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()  # not restarted per key: typing non-stop still autosaves
        self._set_autosave_label(True)
        self.save_action.setEnabled(True)
        self.revert_action.setEnabled(self.base_version is not None)
        self.setWindowModified(True)
        if self.preview_dock.isVisible():
            self.preview_timer.start()

    def _field_left(self) -> None:
        if self.editor is not None and self.editor.is_modified():
            self.autosave_now()

    def autosave_now(self) -> None:
        """Keep the form's unsaved state in the archive (survives a crash or a kill)."""
        self.autosave_timer.stop()
        if self.editor is None or self.current_id is None or not self.editor.is_modified():
            return
        started = time.perf_counter()
        try:
            meeting = self.editor.meeting()
            self.archive.autosave(meeting, self.base_version)
        except Exception as error:  # never let a background safety net interrupt typing
            self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", str(error)), 8000)
            return
        self.last_autosave_ms = (time.perf_counter() - started) * 1000
        self._autosaved_ids.add(str(meeting["id"]))
        self.autosave_label.setText(self.tr("Unsaved changes — kept safe at %1").replace(
            "%1", _dt.datetime.now().strftime("%H:%M:%S")))

    def _set_autosave_label(self, modified: bool) -> None:
        if self.current_id is None:
            self.autosave_label.setText("")
        elif modified:
            self.autosave_label.setText(self.tr("Unsaved changes"))
        elif self.base_version is None:
            self.autosave_label.setText(self.tr("New meeting, not saved yet"))
        else:
            self.autosave_label.setText(self.tr("All changes saved"))

    def check_recovery(self, *, always: bool = False) -> bool:
        """Offer drafts left by a crash; True if one was restored into the form."""
        drafts = [d for d in self.archive.autosaves() if str(d[0].get("id")) != self.current_id]
        if not drafts:
            if always:
                QMessageBox.information(self, self.tr("Recover unsaved work"),
                                        self.tr("There is no unsaved work to recover."))
            return False
        dialog = RecoveryDialog(drafts, language=self.language, parent=self)
        dialog.exec()
        if dialog.choice is None:
            return False
        action, which = dialog.choice
        if action == "discard":
            for index in which:
                self.archive.discard_autosave(str(drafts[index][0]["id"]))
            return False
        record, base_version, _saved_at = drafts[which]
        if not self.confirm_leave():
            return False
        self._show_editor(rec.normalize(record), version=base_version, modified=True)
        self._autosaved_ids.add(str(record["id"]))
        if base_version is not None:
            self.select_meeting(str(record["id"]))
        self.statusBar().showMessage(self.tr("Unsaved work restored. Save it to keep it in the archive."), 10000)
        return True

    # ---------------------------------------------------------------- problems, preview

    def _problems_changed(self, *_args) -> None:
        count = len(self.problem_list.paths()) if self.problem_list is not None else 0
        if count:
            self.problems_dock.setWindowTitle(self.tr("Problems (%1)").replace("%1", str(count)))
            self.problems_button.setText(self.tr("%n problem(s)", "", count))
            self.problems_button.show()
        else:
            self.problems_dock.setWindowTitle(self.tr("Problems"))
            self.problems_button.hide()

    def refresh_preview(self) -> None:
        if self.preview is None or not self.preview_dock.isVisible() or self.editor is None or self.current_id is None:
            return
        self.preview.set_record(self.editor.meeting())

    # ================================================================ the list

    def selected_ids(self) -> list[str]:
        model = self.view.selectionModel()
        if model is None:
            return []
        rows = sorted({index.row() for index in model.selectedRows()})
        return [mid for mid in (self.model.id_at(r) for r in rows) if mid]

    def select_meeting(self, meeting_id: str) -> None:
        row = self.model.row_of(meeting_id)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                self.view.clearSelection()
            else:
                index = self.model.index(row, 0)
                self.view.setCurrentIndex(index)
                self.view.selectRow(row)
                self.view.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()
        self._update_actions()

    def _current_row_changed(self, current, previous) -> None:
        meeting_id = self.model.id_at(current.row()) if current.isValid() else None
        if meeting_id is None or meeting_id == self.current_id:
            return
        if not self.open_meeting(meeting_id) and self.current_id:  # cancelled: keep the selection on the open one
            QTimer.singleShot(0, lambda: self.select_meeting(self.current_id))

    def restore_from_backup(self) -> None:
        """File ▸ Restore from Backup (ui/backup_dialog.py); afterwards the list and the form follow the archive."""
        from .backup_dialog import RestoreBackupDialog

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
        self.statusBar().showMessage(self.tr("Archive restored from the backup of %1; the archive as it was is in %2.")
                                     .replace("%1", dialog.restored.made.strftime("%Y-%m-%d %H:%M"))
                                     .replace("%2", str(dialog.aside)), 15000)

    def _reload_list(self, keep: str | None = None) -> None:
        """Re-read the list (same query, sort and filters), keeping ``keep`` selected."""
        self.run_search(select=keep)

    def _list_ready(self) -> None:
        """A new id list is in the model (listing or search): counts, empty state, selection."""
        self._after_list_change()
        target, self._pending_select = self._pending_select or self.current_id, None
        if target:
            self.select_meeting(target)

    def _after_list_change(self) -> None:
        count = self.model.rowCount()
        query = self.search_box.text().strip()
        filtered = any(self.model.filters.get(k) for k in ("country", "kind", "year"))
        self.view.setColumnHidden(SNIPPET_COLUMN, not self.model.searching)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(not self.model.searching)
        fit_columns(self.view)
        if self.model.searching:
            text = self.tr("%n result(s)", "", count)
        elif filtered:
            text = self.tr("%n meeting(s) match the filters", "", count)
        else:
            text = self.tr("%n meeting(s)", "", count)
        self.result_count.setText(text)
        if count:
            self.list_stack.setCurrentWidget(self.view)
            return
        if self.model.searching:
            message = self.tr("No meetings match “%1”.\nCheck the spelling, try fewer words, or clear the filters.") \
                .replace("%1", query)
        elif filtered:
            message = self.tr("No meetings match these filters.")
        else:
            message = self.tr("The archive is empty.\n\nPress %1 to record a meeting,\nor use File ▸ Import… "
                              "to bring in meetings from a JSON file.").replace(
                "%1", self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.empty_label.setText(message)
        self.list_stack.setCurrentWidget(self.empty_label)

    def _fill_year_filter(self) -> None:
        oldest = self.archive.list_ids(sort="date", descending=False, limit=1)
        newest = self.archive.list_ids(sort="date", descending=True, limit=1)
        rows = self.archive.rows(oldest + newest)
        years = [int(r.date[:4]) for r in rows.values() if r.date and r.date[:4].isdigit()]
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        while self.year_filter.count() > 1:
            self.year_filter.removeItem(1)
        if years:
            for year in range(max(years), min(years) - 1, -1):
                self.year_filter.addItem(str(year), year)
        if current is not None:
            self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(current)))
        self.year_filter.blockSignals(False)

    def set_country_names(self, names: dict[str, str]) -> None:
        """Country names arrived (loaded off the GUI thread after start-up)."""
        self.model.set_country_names(names)
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        while self.country_filter.count() > 1:
            self.country_filter.removeItem(1)
        for code, name in sorted(names.items(), key=lambda item: item[1]):
            self.country_filter.addItem(name, code)
        if current is not None:
            self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(current)))
        self.country_filter.blockSignals(False)

    def load_country_names(self) -> None:
        language = self.language
        run_in_background(lambda: refdata.country_names(language), self.set_country_names)

    def _country_typed(self) -> None:
        text = self.country_filter.currentText().strip()
        if not text:
            self.country_filter.setCurrentIndex(0)
            return
        index = self.country_filter.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            code = refdata.find_country(text)
            index = self.country_filter.findData(code) if code else -1
        if index >= 0 and index != self.country_filter.currentIndex():
            self.country_filter.setCurrentIndex(index)

    def _filters_changed(self, *_args) -> None:
        self.model.set_filters(country=self.country_filter.currentData(), kind=self.kind_filter.currentData(),
                               year=self.year_filter.currentData())
        self._search_now()

    # ---------------------------------------------------------------- search

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _search_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.run_search()

    def run_search(self, select: str | None = None) -> None:
        """List what the search box and filters ask for: ranked search off the GUI thread, or the DB listing."""
        self.search_timer.stop()
        query = self.search_box.text().strip()
        self._search_generation += 1
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None
        self.query_error.setVisible(False)
        self._pending_select = select
        if not query:
            self.model.reload()
            return
        generation = self._search_generation
        archive = self.archive
        filters = {k: v for k, v in self.model.filters.items() if v and k in ("country", "kind", "year")}

        def work():
            from ..store import search  # on this worker: SQLAlchemy may still be loading at start-up

            ids = search.search_ids(archive, query, **filters)
            return ids, search.snippets(archive, query, ids[:CHUNK]), search

        def done(result):
            if generation != self._search_generation:
                return  # the user typed more meanwhile
            self._search_task = None
            ids, first_snippets, search = result
            self.model.show_results(ids, first_snippets,
                                    snippet_source=lambda more: search.snippets(archive, query, more))

        def failed(error):
            if generation != self._search_generation:
                return
            self._search_task = None
            if isinstance(error, UserError):
                position = getattr(error, "position", None)
                text = str(error)
                if isinstance(position, int):
                    text += " — " + self.tr("at: %1").replace("%1", (query[position:position + 12] or "…"))
                self.query_error.setText(text)
                self.query_error.setToolTip(text)
                self.query_error.setVisible(True)
            else:
                self.query_error.setText(self.tr("Search failed: %1").replace("%1", str(error)))
                self.query_error.setVisible(True)

        self._search_task = run_in_background(work, done, failed)

    def show_search_syntax(self) -> None:
        QMessageBox.information(self, self.tr("Search syntax"), self.tr(
            "<p>Type words to find meetings that contain all of them, in any language or spelling.</p>"
            "<table cellspacing=4>"
            "<tr><td><code>bayramov</code></td><td>a name, a place, a topic…</td></tr>"
            "<tr><td><code>\"energy security\"</code></td><td>an exact phrase</td></tr>"
            "<tr><td><code>kazak*</code></td><td>words starting with…</td></tr>"
            "<tr><td><code>-transit</code></td><td>without this word</td></tr>"
            "<tr><td><code>a OR b</code></td><td>either word</td></tr>"
            "<tr><td><code>country:KG</code></td><td>counterpart country (code or name)</td></tr>"
            "<tr><td><code>kind:phone_call</code></td><td>kind of meeting</td></tr>"
            "<tr><td><code>with:kazakbaev</code></td><td>a participant</td></tr>"
            "<tr><td><code>after:2021-01-01 before:…</code></td><td>dates</td></tr>"
            "<tr><td><code>year:2021 status:draft</code></td><td>year, status</td></tr>"
            "<tr><td><code>signed:programme</code></td><td>documents signed</td></tr>"
            "</table>"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = getattr(self, "view", None)
        if view is not None and watched is view.viewport() and event.type() == QEvent.Type.Resize:
            fit_columns(self.view)
        # Down arrow in the search box moves into the results; Escape clears the search
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- delete, trash

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        if len(ids) == 1:
            row = self.model.meeting_row(self.model.row_of(ids[0]))
            what = self.tr("Move the meeting “%1” to the trash?").replace(
                "%1", " · ".join(x for x in (row.date, row.principals) if x) if row else ids[0])
        else:
            what = self.tr("Move %n meeting(s) to the trash?", "", len(ids))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), what,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmDelete")
        box.setInformativeText(self.tr("You can restore deleted meetings from Edit ▸ Trash."))
        delete_button = box.addButton(self.tr("Move to Trash"), QMessageBox.ButtonRole.AcceptRole)
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
        self.statusBar().showMessage(self.tr("%n meeting(s) moved to the trash.", "", len(ids)), UNDO_DELETE_MS)
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
            self.statusBar().showMessage(self.tr("%n meeting(s) restored.", "", len(ids)), 5000)
        self._update_actions()

    def _hide_undo(self) -> None:
        self.undo_button.hide()
        self.undo_timer.stop()

    def open_people(self) -> None:
        """Edit ▸ People: one window, raised if already open."""
        from .people_window import PeopleWindow

        if self.people_window is None:
            self.people_window = PeopleWindow(
                self.archive, language=self.language,
                output_languages=list(self.settings_values.get("output_languages") or []), parent=self)
            self.people_window.openMeeting.connect(lambda meeting_id: (self.open_meeting(meeting_id),
                                                                       self.select_meeting(meeting_id)))
        self.people_window.show()
        self.people_window.raise_()
        self.people_window.activateWindow()

    def open_trash(self) -> None:
        dialog = TrashDialog(self.archive, language=self.language, parent=self)
        dialog.restored.connect(lambda ids: self._reload_list(keep=ids[0]))
        dialog.exec()
        self._reload_list()

    # ---------------------------------------------------------------- recent

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        ids = self.archive.list_ids(sort="updated", descending=True, limit=RECENT_COUNT)
        rows = self.archive.rows(ids)
        if not ids:
            empty = self.recent_menu.addAction(self.tr("No meetings yet"))
            empty.setEnabled(False)
            return
        for number, meeting_id in enumerate(ids, 1):
            row = rows.get(meeting_id)
            if row is None:
                continue
            kind = refdata.label("meeting_kind", row.kind, self.language) if row.kind else ""
            text = " · ".join(x for x in (row.date, kind, row.principals) if x)
            label = f"&{number % 10} {text}" if number <= 10 else text
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, i=meeting_id: self.open_meeting(i))

    # ---------------------------------------------------------------- import / export

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
        from .export_dialog import ExportDialog

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
        from .export_dialog import ExportNotice

        notice = getattr(self, "export_notice", None)
        if notice is None:
            notice = self.export_notice = ExportNotice(self)
            self.statusBar().insertPermanentWidget(0, notice, 1)
        notice.show_paths(paths)

    def export_json(self) -> None:
        meetings = self._selected_or_current_meetings()
        if not meetings:
            return
        default = "meeting.json" if len(meetings) == 1 else "meetings.json"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export as JSON"), str(Path.home() / default),
                                                    self.tr("Chancery JSON (*.json)"))
        if not path:
            return
        from ..fileio import write_output_file

        try:
            write_output_file(Path(path), rec.dumps(meetings).encode("utf-8"))
        except UserError as error:
            self._error(self.tr("Export failed"), str(error))
            return
        written = self.tr("%n meeting(s) written to %1", "", len(meetings))
        self.statusBar().showMessage(written.replace("%1", path), 8000)

    def import_file(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import meetings"), str(Path.home()),
                                                        self.tr("Chancery JSON (*.json);;All files (*)"))
        if not path:
            return
        try:
            meetings = rec.read_file(path)
        except UserError as error:
            self._error(self.tr("Nothing was imported"), str(error))
            return
        progress = QProgressDialog(self.tr("Importing meetings…"), self.tr("Cancel"), 0, 1000, self)
        progress.setWindowTitle(self.tr("Import"))
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
                text = self.tr("Import cancelled; nothing was imported.")
            else:
                text = self.tr("Imported: %1 new, %2 updated, %3 unchanged.").replace("%1", str(result.created)) \
                    .replace("%2", str(result.updated)).replace("%3", str(result.unchanged))
            self.statusBar().showMessage(text, 10000)

        def failed(error) -> None:
            progress.close()
            self._reload_list()
            self._error(self.tr("Import failed"), str(error))

        task = run_in_background(work, done, failed, on_progress=on_progress)
        progress.canceled.connect(task.cancel)

    # ---------------------------------------------------------------- settings, language, about

    def open_settings(self) -> None:
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
        QMessageBox.about(self, self.tr("About Chancery"), self.tr(
            "<h3>Chancery %1</h3>"
            "<p>Record diplomatic meetings, keep an offline archive, and write communiqués, "
            "briefing notes and records of conversation from it.</p>"
            "<p>Archive: %2</p>").replace("%1", __version__).replace("%2", str(self.archive.path or "")))

    def _error(self, title: str, text: str) -> None:
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
