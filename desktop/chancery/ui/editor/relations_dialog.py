"""Recording when two countries established diplomatic relations, for the anniversary Suggest.

The reference data knows many pairs; for any other partner the user types
the date once — a full date (19/01/1993, 1993-01-19) or a year (1993) — and
the archive keeps it with its settings (:mod:`chancery.store.relations`).

Threading: GUI thread only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...errors import RecordError, UserError
from ..datefmt import parse_date
from ..messages import problem_message


def typed_relations_date(text: str, lang: str) -> str | int:
    """A year as an int, a date as "YYYY-MM-DD", anything else as typed (the store names the problem)."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    state, date = parse_date(text, lang)
    return date.isoformat() if state == "ok" and date is not None else text


class RelationsDateDialog(QDialog):
    """Ask for the date; ``store(value)`` keeps it (and may raise RecordError, shown here)."""

    def __init__(self, home: str, counterpart: str, lang: str, store: Callable[[str | int], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relationsDateDialog")
        self.setWindowTitle(self.tr("Diplomatic relations"))
        self._lang = lang
        self._store = store
        question = QLabel(self.tr("When did %1 and %2 establish diplomatic relations?")
                          .replace("%1", home).replace("%2", counterpart), self)
        question.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("relationsDate")
        label = QLabel(self.tr("&Date or year:"), self)
        label.setBuddy(self.edit)
        hint = QLabel(self.tr("A date such as %1, or a year such as 1993. It is kept with the archive, for "
                              "everyone who uses it.").replace("%1", {"fr": "19/01/1993", "ru": "19.01.1993"}
                                                                .get(lang, "1993-01-19")), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            self._store(typed_relations_date(self.edit.text(), self._lang))
        except RecordError as error:
            self.error.setText("\n".join(problem_message(p) for p in error.problems))
            self.error.show()
            return
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
