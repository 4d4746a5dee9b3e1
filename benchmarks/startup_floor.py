"""The floor of the start-up benchmark: Chancery's first window built with plain PySide6, no Chancery code.

    python benchmarks/startup_floor.py PROBE.json ARCHIVE.sqlite

Used by ``benchmarks/startup.py --floor``.  It builds, in straight-line code,
the widgets the main window shows at its first paint — the menus (with their
actions, shortcuts and icons), the toolbar, the search box, the three filters,
the archive list on a Python table model with the first page of meetings read
with the sqlite3 module, the form's placeholder, the two hidden docks, the
status bar — with Chancery's style sheet and icons, and reports the first paint
of the list the way ``startup_probe.py`` does.  What this costs over the bare
window is what these Qt widgets cost in PySide6 (each Qt class's Python side,
its enums made as Python enums, the painting); what Chancery costs over this
is its own code.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "style"
COLUMNS = ("Date", "Kind", "Country", "Principals", "Status")


class FirstPage(QAbstractTableModel):
    def __init__(self, rows: list[tuple]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()] or "")
        return None


class ListView(QTableView):
    painted = Signal()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.emit()


def first_page(archive: str) -> list[tuple]:
    connection = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT date, kind, counterpart_country, principals, status FROM meetings "
            "WHERE deleted_at IS NULL ORDER BY date DESC LIMIT 40").fetchall()
    except sqlite3.Error:
        return []
    finally:
        connection.close()


def main() -> None:
    probe, archive = sys.argv[1], sys.argv[2]
    app = QApplication([sys.argv[0], "-style", "Fusion"])
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "chancery.svg")))
    app.setStyleSheet((RESOURCES / "chancery.qss").read_text(encoding="utf-8"))
    window = QMainWindow()
    window.setWindowTitle("Chancery — this computer")
    window.resize(1360, 820)

    def action(text: str, icon: str | None = None, shortcut=None) -> QAction:
        made = QAction(text, window)
        if icon and (RESOURCES / "icons" / f"{icon}.svg").exists():
            made.setIcon(QIcon(str(RESOURCES / "icons" / f"{icon}.svg")))
        if shortcut is not None:
            made.setShortcut(QKeySequence(shortcut))
            made.setToolTip(f"{text} ({made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        made.triggered.connect(lambda _checked=False: None)
        return made

    actions = {name: action(name, icon, key) for name, icon, key in (
        ("New Meeting", "new", QKeySequence.StandardKey.New), ("Save", "save", QKeySequence.StandardKey.Save),
        ("Duplicate", "duplicate", "Ctrl+D"), ("Revert", None, None), ("Import…", None, "Ctrl+I"),
        ("Export…", "export", "Ctrl+E"), ("Export as JSON…", None, None), ("Recover…", None, None),
        ("Restore a Backup…", None, None), ("Settings…", "settings", "Ctrl+,"),
        ("Quit", None, QKeySequence.StandardKey.Quit), ("Move to Trash", "delete", QKeySequence.StandardKey.Delete),
        ("Undo Delete", None, None), ("Find", None, QKeySequence.StandardKey.Find), ("People", None, None),
        ("Trash", "trash", None), ("Preview", "preview", "Ctrl+P"), ("Problems", None, None),
        ("Search Syntax", None, None), ("About Chancery", None, None))}
    menus = {"&File": ["New Meeting", "Save", "Duplicate", "Revert", "Import…", "Export…", "Export as JSON…",
                       "Recover…", "Restore a Backup…", "Settings…", "Quit"],
             "&Edit": ["Move to Trash", "Undo Delete", "Find", "People", "Trash"],
             "&View": ["Preview", "Problems"], "&Help": ["Search Syntax", "About Chancery"]}
    for title, names in menus.items():
        menu = window.menuBar().addMenu(title)
        for name in names:
            menu.addAction(actions[name])
    toolbar = window.addToolBar("Main toolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in ("New Meeting", "Save", "Duplicate", None, "Move to Trash", "Trash", None, "Export…", "Preview",
                 None, "Settings…"):
        toolbar.addSeparator() if name is None else toolbar.addAction(actions[name])

    panel = QWidget()
    column = QVBoxLayout(panel)
    search = QLineEdit()
    search.setClearButtonEnabled(True)
    search.setPlaceholderText("Search: names in any spelling, places, topics, country:KG, with:…")
    search.addAction(QIcon(str(RESOURCES / "icons" / "search.svg")), QLineEdit.ActionPosition.LeadingPosition)
    column.addWidget(search)
    filters = QHBoxLayout()
    for first in ("All countries", "All kinds", "All years"):
        combo = QComboBox()
        combo.addItem(first)
        filters.addWidget(combo)
    column.addLayout(filters)
    view = ListView()
    view.setModel(FirstPage(first_page(archive)))
    view.verticalHeader().hide()
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    column.addWidget(view, 1)
    column.addWidget(QLabel("100,000 meetings"))

    placeholder = QWidget()
    lines = QVBoxLayout(placeholder)
    title = QLabel("No meeting open")
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    lines.addWidget(title)
    lines.addWidget(QPushButton(QIcon(str(RESOURCES / "icons" / "new.svg")), "New Meeting"))
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(panel)
    splitter.addWidget(placeholder)
    window.setCentralWidget(splitter)
    for name, area in (("Problems", Qt.DockWidgetArea.BottomDockWidgetArea),
                       ("Preview", Qt.DockWidgetArea.RightDockWidgetArea)):
        dock = QDockWidget(name, window)
        dock.setWidget(QWidget())
        window.addDockWidget(area, dock)
        dock.hide()
    window.statusBar().addPermanentWidget(QLabel("Archive: this computer"))

    def report() -> None:
        Path(probe).write_text(json.dumps({"painted": time.monotonic(), "cpu": time.process_time(),
                                           "modules": sorted(sys.modules)}), encoding="utf-8")
        os._exit(0)

    view.painted.connect(lambda: QTimer.singleShot(0, report))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
