"""The main window's parts, one module per concern, mixed into :class:`~chancery.ui.main_window.MainWindow`.

* :mod:`.actions`: actions, menus, toolbar and their enabled states;
* :mod:`.list_panel`: the archive list with its filters and search box;
* :mod:`.session`: the meeting in the form (open, save, conflicts, autosave, recovery);
* :mod:`.file_actions`: import, export, trash and undo, people, backups.

The window shell (``main_window.py``) builds the editor panel, docks and status bar, keeps the
window's state and hosts the timers.  Each part reads and sets the window's attributes (``archive``,
``model``, ``editor``, ``current_id``…): they are parts of one object, not separate widgets.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ... import paths

AUTOSAVE_DELAY_MS = 3000  # at most this much typing is at risk after a crash
SEARCH_DEBOUNCE_MS = 150
PREVIEW_DELAY_MS = 600
UNDO_DELETE_MS = 15000
RECENT_COUNT = 10
ASYNC_LISTING_ABOVE = 5_000  # meetings: a larger archive lists off the GUI thread, its first page at once


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resources_dir() / "style" / "icons" / f"{name}.svg"))
