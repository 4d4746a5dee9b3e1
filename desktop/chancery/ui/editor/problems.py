"""The list of a record's problems, for a dock beside the form.

:class:`ProblemsList` shows :class:`chancery.record.Problem` objects (and the
missing translations) in the user's words (:mod:`chancery.ui.messages`: "Write
the name of participant 2: Participants tab, Name column."; the record path
is in the tooltip), and emits ``pathActivated(path)`` on click or Enter so
the window can call :meth:`MeetingEditor.focus_path`.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from ..messages import describe_path, missing_translation_message, problem_message

__all__ = ["ProblemsList", "describe_path"]

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2


class ProblemsList(QListWidget):
    """Problems of the record being edited; click or Enter jumps to the field."""

    pathActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problems_list")
        self.setAccessibleName(self.tr("Problems"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(False)
        self._problems: list = []
        self._missing: list[str] = []
        self._kind_source = lambda: None  # the kind of meeting, for the names of the sides
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._refresh()

    def follow(self, editor) -> None:
        """Show ``editor``'s problems and jump to a field when one is chosen."""
        self._kind_source = editor.kind
        editor.problemsChanged.connect(self.set_problems)
        editor.translationsChanged.connect(self.set_missing_translations)
        self.pathActivated.connect(editor.focus_path)
        self.set_problems(editor.problems())
        self.set_missing_translations(editor.missing_translations())

    def set_problems(self, problems: Iterable) -> None:
        self._problems = list(problems)
        self._refresh()

    def set_missing_translations(self, paths: Iterable[str]) -> None:
        self._missing = list(paths)
        self._refresh()

    def paths(self) -> list[str]:
        return [self.item(i).data(PATH_ROLE) for i in range(self.count()) if self.item(i).data(PATH_ROLE)]

    def _refresh(self) -> None:
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "incomplete": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            "translation": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        current = self.currentItem().data(PATH_ROLE) if self.currentItem() else None
        self.clear()
        kind = self._kind_source()
        rows = [(p.path, problem_message(p, kind), p.severity) for p in self._problems]
        rows += [(path, missing_translation_message(path), "translation") for path in self._missing]
        if not rows:
            item = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                   self.tr("No problems: the record is complete."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            return
        for path, message, severity in rows:
            item = QListWidgetItem(icons.get(severity, icons["warning"]), message)
            item.setData(PATH_ROLE, path)
            item.setData(SEVERITY_ROLE, severity)
            item.setToolTip(f"{message}\n{path}")
            self.addItem(item)
            if path == current:
                self.setCurrentItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.pathActivated.emit(path)
