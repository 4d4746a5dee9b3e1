"""A searchable country combo: names in the UI language, ISO codes as data.

Typing filters the list by any part of the name ("kirg" finds Kyrgyzstan);
on Enter or leaving the field, whatever was typed is resolved with
:func:`chancery.refdata.find_country`, so a code ("kg") or a name in another
language ("Kirghizistan", "Киргизия") also works.  Text that names no
country is reverted to the last choice, never stored.  No country is an
empty field (no "—" entry that typing would append to), so a cell opened by
its first key press starts from that key.

All pickers in one UI language share one item model (250 rows), so a form
with a picker per participant stays cheap to build.

Threading: GUI thread only.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ... import refdata
from ...text import fold

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_models: dict[str, QStandardItemModel] = {}


def country_model(lang: str) -> QStandardItemModel:
    """The shared model for ``lang``: every country by name, code as data."""
    model = _models.get(lang)
    if model is not None and shiboken6.isValid(model):
        return model
    model = QStandardItemModel(QCoreApplication.instance())
    names = refdata.country_names(lang)
    for code, name in sorted(names.items(), key=lambda kv: fold(kv[1])):
        item = QStandardItem(name)
        item.setData(code, CODE_ROLE)
        item.setToolTip(code)
        model.appendRow(item)
    _models[lang] = model
    return model


def country_label(code: Any, lang: str) -> str:
    if not isinstance(code, str) or not code:
        return ""
    try:
        return refdata.country_name(code, lang)
    except KeyError:
        return code


class CountryPicker(QComboBox):
    """Pick a country by typing part of its name; ``value()`` is the ISO code or None."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(country_model(lang))
        self.setModelColumn(0)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.lineEdit().setPlaceholderText(self.tr("Type a country…"))
        self._unknown: str | None = None  # a code not in the list, kept as loaded
        completer = QCompleter(self)
        completer.setModel(self.model())
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        # the list of matches as wide as the longest name, even in a narrow table cell
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=100)
        completer.popup().setMinimumWidth(widest + 40)
        completer.activated[str].connect(self._completed)
        self.lineEdit().editingFinished.connect(self.resolve)
        self.currentIndexChanged.connect(self._index_changed)
        self.setCurrentIndex(-1)

    # ----------------------------------------------------------------- value

    def value(self) -> str | None:
        if self._unknown is not None:
            return self._unknown
        if self.currentIndex() < 0:
            return None
        return self.itemData(self.currentIndex(), CODE_ROLE)

    def set_value(self, code: Any) -> None:
        self.blockSignals(True)
        self._unknown = None
        index = self.findData(code, CODE_ROLE) if isinstance(code, str) else -1
        if index < 0 and code is not None:
            # Not a code we know: keep it (validation names it) rather than drop it.
            self._unknown = code
            self.setCurrentIndex(-1)
            self.setEditText(str(code))
        else:
            self.setCurrentIndex(index)
            if index < 0:
                self.setEditText("")
        self.blockSignals(False)

    # ---------------------------------------------------------------- typing

    def _index_changed(self, _index: int) -> None:
        self._unknown = None
        self.changed.emit()

    def _completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)

    def resolve(self) -> None:
        """Turn the typed text into a country (or revert it)."""
        text = self.currentText().strip()
        current = self.currentIndex()
        if current >= 0 and self.itemText(current) == text:
            return
        if not text:
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            code = refdata.find_country(text)
            index = self.findData(code, CODE_ROLE) if code else -1
        if index < 0:
            # A unique partial match is what the user meant ("kyrg").
            key = fold(text)
            matches = [i for i in range(self.count()) if key in fold(self.itemText(i))]
            index = matches[0] if len(matches) == 1 else -1
        if index >= 0:
            self.setCurrentIndex(index)
        elif self._unknown is not None:
            self.setEditText(str(self._unknown))
        else:
            self.setEditText(self.itemText(current) if current >= 0 else "")

    def focusOutEvent(self, event) -> None:
        self.resolve()
        super().focusOutEvent(event)
