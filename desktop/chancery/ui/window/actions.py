"""Actions, menus and the toolbar of the main window, and their enabled states.

A part of :class:`~chancery.ui.main_window.MainWindow` (a mixin: it shares the window's state);
the methods were moved here unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ... import refdata
from .. import i18n
from . import RECENT_COUNT, icon

# The strings keep the context they had in main_window.py (the .ts files need no change):
# lupdate reads translate("MainWindow", …) as it read self.tr(…) in class MainWindow.
translate = QCoreApplication.translate


class WindowActions:
    """Actions, menus and the toolbar of the main window, and their enabled states."""

    def _action(
        self,
        text: str,
        slot,
        *,
        shortcut=None,
        icon_name: str | None = None,
        tip: str | None = None,
        name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(
                f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                if shortcut is not None
                else tip
            )
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a(
            translate("MainWindow", "&New Meeting"),
            self.new_meeting,
            shortcut=QKeySequence.StandardKey.New,
            icon_name="new",
            tip=translate("MainWindow", "Record a new meeting"),
            name="newAction",
        )
        self.save_action = a(
            translate("MainWindow", "&Save"),
            self.save,
            shortcut=QKeySequence.StandardKey.Save,
            icon_name="save",
            tip=translate("MainWindow", "Save the meeting to the archive"),
            name="saveAction",
        )
        self.duplicate_action = a(
            translate("MainWindow", "&Duplicate as New Draft"),
            self.duplicate,
            shortcut="Ctrl+D",
            icon_name="duplicate",
            tip=translate("MainWindow", "Start a new draft from this meeting"),
            name="duplicateAction",
        )
        self.revert_action = a(
            translate("MainWindow", "Re&vert Changes"),
            self.revert,
            name="revertAction",
            tip=translate("MainWindow", "Throw away unsaved changes and reload the stored meeting"),
        )
        self.import_action = a(
            translate("MainWindow", "&Import…"),
            self.import_file,
            shortcut="Ctrl+I",
            icon_name="import",
            tip=translate("MainWindow", "Import meetings from a Chancery JSON file"),
            name="importAction",
        )
        self.export_action = a(
            translate("MainWindow", "&Export…"),
            self.export_documents,
            shortcut="Ctrl+E",
            icon_name="export",
            tip=translate(
                "MainWindow", "Write a communiqué, briefing note or record of conversation for the selected meetings"
            ),
            name="exportAction",
        )
        self.export_json_action = a(
            translate("MainWindow", "Export as &JSON…"),
            self.export_json,
            shortcut="Ctrl+Shift+E",
            tip=translate("MainWindow", "Save the selected meetings as a Chancery JSON file"),
            name="exportJsonAction",
        )
        self.recover_action = a(
            translate("MainWindow", "Recover &Unsaved Work…"),
            lambda: self.check_recovery(always=True),
            name="recoverAction",
            tip=translate("MainWindow", "Drafts kept automatically after a crash"),
        )
        self.restore_backup_action = a(
            translate("MainWindow", "Restore from &Backup…"),
            self.restore_from_backup,
            name="restoreBackupAction",
            tip=translate("MainWindow", "Replace the archive with one of its backups"),
        )
        self.settings_action = a(
            translate("MainWindow", "Se&ttings…"),
            self.open_settings,
            shortcut=QKeySequence.StandardKey.Preferences,
            icon_name="settings",
            tip=translate("MainWindow", "Ministry, output languages, archive folder"),
            name="settingsAction",
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = a(
            translate("MainWindow", "&Quit"), self.close, shortcut=QKeySequence.StandardKey.Quit, name="quitAction"
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        self.delete_action = a(
            translate("MainWindow", "&Delete"),
            self.delete_selected,
            shortcut=QKeySequence.StandardKey.Delete,
            icon_name="delete",
            tip=translate("MainWindow", "Move the selected meetings to the trash"),
            name="deleteAction",
        )
        # Del belongs to the list: in a text field of the form it deletes characters
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.delete_action)
        self.undo_delete_action = a(
            translate("MainWindow", "&Undo Delete"),
            self.undo_delete,
            icon_name="undo",
            name="undoDeleteAction",
            tip=translate("MainWindow", "Bring back the meetings just deleted"),
        )
        self.find_action = a(
            translate("MainWindow", "&Find"),
            self.focus_search,
            shortcut=QKeySequence.StandardKey.Find,
            icon_name="search",
            tip=translate("MainWindow", "Search the archive"),
            name="findAction",
        )
        self.people_action = a(
            translate("MainWindow", "&People…"),
            self.open_people,
            shortcut="Ctrl+Shift+O",
            name="peopleAction",
            tip=translate(
                "MainWindow", "The people met: spellings of their names, titles, meetings; merge two entries"
            ),
        )
        self.people_window = None
        self.trash_action = a(
            translate("MainWindow", "&Trash…"),
            self.open_trash,
            icon_name="trash",
            name="trashAction",
            tip=translate("MainWindow", "Deleted meetings: restore or delete for good"),
        )

        self.preview_action = self.preview_dock.toggleViewAction()
        self.preview_action.setText(translate("MainWindow", "&Preview"))
        self.preview_action.setIcon(icon("preview"))
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_action.setToolTip(
            translate("MainWindow", "Show the document as it will be written (Ctrl+Shift+P)")
        )
        self.preview_action.setObjectName("previewAction")
        self.problems_action = self.problems_dock.toggleViewAction()
        self.problems_action.setText(translate("MainWindow", "P&roblems"))
        self.problems_action.setIcon(icon("problems"))
        self.problems_action.setObjectName("problemsAction")

        self.about_action = a(translate("MainWindow", "&About Chancery"), self.about, name="aboutAction")
        self.syntax_action = a(translate("MainWindow", "&Search Syntax"), self.show_search_syntax, name="syntaxAction")

        self.language_actions = QActionGroup(self)
        for code, name in i18n.UI_LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_actions.addAction(action)

        for action in (
            self.new_action,
            self.save_action,
            self.duplicate_action,
            self.import_action,
            self.export_action,
            self.export_json_action,
            self.settings_action,
            self.quit_action,
            self.find_action,
            self.preview_action,
            self.people_action,
        ):
            self.addAction(action)  # shortcuts work wherever the focus is in the window

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.new_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
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

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.undo_delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.people_action)
        edit_menu.addAction(self.trash_action)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.preview_action)
        view_menu.addAction(self.problems_action)
        self.view_menu = view_menu
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(translate("MainWindow", "Interface &Language"))
        for action in self.language_actions.actions():
            language_menu.addAction(action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.syntax_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.save_action,
            self.duplicate_action,
            None,
            self.delete_action,
            self.trash_action,
            None,
            self.export_action,
            self.preview_action,
            None,
            self.settings_action,
        ):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.view_menu.insertAction(self.view_menu.actions()[0], toolbar.toggleViewAction())
        toolbar.toggleViewAction().setText(translate("MainWindow", "&Toolbar"))

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

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        ids = self.archive.list_ids(sort="updated", descending=True, limit=RECENT_COUNT)
        rows = self.archive.rows(ids)
        if not ids:
            empty = self.recent_menu.addAction(translate("MainWindow", "No meetings yet"))
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
