"""Checkable vocabulary lists (topics, areas of cooperation) with free entries.

Codes of the vocabulary are check boxes labelled in the UI language; an
"Other" row adds a free entry (a language map) for a subject the vocabulary
lacks.  The order in which items are checked is the order of the record's
list — it is the order the communiqué names them in — and the label under
the list shows it.  Unknown codes of a loaded record are kept, shown as
"(unknown code)", so validation can name them.

Threading: GUI thread only.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import record, refdata
from .localized import LocalizedEdit
from .marks import set_mark

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class VocabularyChecklist(QWidget):
    """``values()`` is the record's list: codes and language maps, in checking order."""

    changed = Signal()

    def __init__(self, vocab: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocab = vocab
        self._lang = lang
        self._langs: list[str] = [lang]
        self._order: list[QListWidgetItem] = []
        self._marked: list[QListWidgetItem] = []
        self._entries: dict[int, Any] = {}
        self._entry_key = 0

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)

        self.list = QListWidget(self)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(1)
        self.list.itemChanged.connect(self._item_changed)
        self._codes: dict[str, QListWidgetItem] = {}
        for code in refdata.vocabulary(vocab):
            self._codes[code] = self._add_item(refdata.label(vocab, code, lang), code=code)
        self._fit_columns()

        self.order_label = QLabel(self)
        self.order_label.setProperty("role", "hint")
        self.order_label.setWordWrap(True)

        self.other = LocalizedEdit(parent=self, per_row=1)  # one language a line: room for a whole subject
        self.other.setObjectName(f"{vocab}_other")
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add a subject the list does not have, written in each language"))
        self.add_button.clicked.connect(self.add_free_entry)
        other_row = QHBoxLayout()
        other_label = QLabel(self.tr("Other:"), self)
        other_row.addWidget(other_label)
        other_row.addWidget(self.other, 1)
        other_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.order_label)
        layout.addLayout(other_row)
        self.setFocusProxy(self.list)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show_order()

    # ------------------------------------------------------------------ items

    def _add_item(self, text: str, *, code: str | None = None, entry: Any = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if code is not None:
            item.setData(CODE_ROLE, code)
        else:
            # Qt would turn the map into a QVariantMap (keys re-sorted): keep the value here.
            self._entry_key += 1
            self._entries[self._entry_key] = copy.deepcopy(entry)
            item.setData(ENTRY_ROLE, self._entry_key)
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(self.tr("Free entry; uncheck to remove it"))
        was_blocked = self.list.blockSignals(True)
        self.list.addItem(item)
        self.list.blockSignals(was_blocked)
        return item

    def _fit_columns(self) -> None:
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.list.item(i).text())
                      for i in range(self.list.count())), default=100)
        self.list.setGridSize(QSize(widest + 40, metrics.height() + 8))
        self.list.setMinimumHeight(min(self.list.count(), 11) * (metrics.height() + 8) + 8)
        # one whole column at least: a label is never cut (the form puts the lists one under the other instead)
        scroll_bar = self.list.style().pixelMetric(self.list.style().PixelMetric.PM_ScrollBarExtent)
        self.list.setMinimumWidth(widest + 40 + scroll_bar + 2 * self.list.frameWidth() + 4)

    def item_for(self, code: str) -> QListWidgetItem | None:
        return self._codes.get(code)

    def _entry_text(self, entry: Any) -> str:
        return record.text_in(entry, self._lang, self._langs) or (
            next((v for v in entry.values() if isinstance(v, str) and v.strip()), "?")
            if isinstance(entry, dict) else str(entry)
        )

    # ------------------------------------------------------------------ value

    def values(self) -> list:
        out: list = []
        for item in self._order:
            code = item.data(CODE_ROLE)
            out.append(code if code is not None else copy.deepcopy(self._entries.get(item.data(ENTRY_ROLE))))
        return out

    def set_values(self, values: Any) -> None:
        self.list.blockSignals(True)
        for i in reversed(range(self.list.count())):
            item = self.list.item(i)
            if item.data(CODE_ROLE) is None or item.data(CODE_ROLE) not in self._codes:
                self.list.takeItem(i)
        for item in self._codes.values():
            item.setCheckState(Qt.CheckState.Unchecked)
        self._order = []
        for value in values if isinstance(values, list) else []:
            if isinstance(value, str) and value in self._codes:
                item = self._codes[value]
            elif isinstance(value, str) and refdata.is_code(self.vocab, value) is False and value.isidentifier():
                item = self._add_item(self.tr("{} (unknown code)").format(value), code=value)
            else:
                item = self._add_item(self._entry_text(value), entry=value)
            if item in self._order:
                continue
            item.setCheckState(Qt.CheckState.Checked)
            self._order.append(item)
        self.list.blockSignals(False)
        self._show_order()

    def set_languages(self, shown: list[str], required: list[str]) -> None:
        self._langs = list(shown)
        self.other.set_languages(shown, required)

    def add_free_entry(self) -> None:
        value = self.other.value()
        if not value:
            self.other.focus()
            return
        item = self._add_item(self._entry_text(value), entry=value)
        self.list.blockSignals(True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._order.append(item)
        self.other.set_value(None)
        self._show_order()
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        if checked == (item in self._order):
            return  # a change of colour or tooltip, not of the choice
        if checked and item not in self._order:
            self._order.append(item)
        elif not checked and item in self._order:
            self._order.remove(item)
            if item.data(CODE_ROLE) is None or item.data(CODE_ROLE) not in self._codes:
                self.list.takeItem(self.list.row(item))
        self._show_order()
        self.changed.emit()

    def _show_order(self) -> None:
        if not self._order:
            self.order_label.setText(self.tr("Nothing checked. Items appear in the text in the order you check them."))
            return
        names = ", ".join(item.text() for item in self._order)
        self.order_label.setText(self.tr("In the text, in this order: {}").format(names))

    def _filter(self, text: str) -> None:
        from ...text import fold

        key = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in fold(item.text()))

    # ------------------------------------------------------------------ marks

    def set_problem(self, severity: str | None, message: str) -> None:
        set_mark(self.list, severity, message)

    def mark_entry(self, index: int, severity: str | None, message: str) -> None:
        if not 0 <= index < len(self._order):
            return
        item = self._order[index]
        color = {"error": "#fde0e0", "incomplete": "#fff0d6", "translation": "#fffbea"}.get(severity or "")
        was_blocked = self.list.blockSignals(True)
        item.setBackground(QBrush(QColor(color)) if color else QBrush())
        item.setToolTip(message)
        self.list.blockSignals(was_blocked)
        self._marked.append(item)

    def clear_entry_marks(self) -> None:
        was_blocked = self.list.blockSignals(True)
        for item in self._marked:
            if item in self._order or self.list.row(item) >= 0:
                item.setBackground(QBrush())
                item.setToolTip("")
        self.list.blockSignals(was_blocked)
        self._marked = []

    def focus(self, index: int | None = None) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if index is not None and 0 <= index < len(self._order):
            self.list.setCurrentItem(self._order[index])
            self.list.scrollToItem(self._order[index])
