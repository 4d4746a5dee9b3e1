"""Small pieces the meeting form is built from: vocabulary combos, problem
marks, record-path parsing and the tab order (dates are in ``dates``).

Threading: GUI thread only.
"""

from __future__ import annotations

import itertools
import time
import weakref
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QWidget,
)

from ... import refdata

# Severity of a mark, from worst to mildest.  "translation" is the in-place
# flag for a language left empty while another language is filled.
SEVERITY_ORDER = ("error", "incomplete", "warning", "translation")

# One style sheet on the editor draws every mark; a widget opts in through the
# dynamic property "problem" (see set_mark).
MARK_STYLE = """
QLineEdit[problem="error"], QPlainTextEdit[problem="error"], QComboBox[problem="error"],
QSpinBox[problem="error"], QListWidget[problem="error"],
QTableView[problem="error"], QGroupBox[problem="error"], QFrame[problem="error"] {
    border: 1px solid #c62828; border-radius: 3px;
}
QLineEdit[problem="incomplete"], QPlainTextEdit[problem="incomplete"], QComboBox[problem="incomplete"],
QSpinBox[problem="incomplete"], QListWidget[problem="incomplete"],
QTableView[problem="incomplete"], QFrame[problem="incomplete"] {
    border: 1px solid #e08a00; border-radius: 3px;
}
QLineEdit[problem="translation"], QPlainTextEdit[problem="translation"] {
    border: 1px dashed #b8860b; border-radius: 3px; background: #fffbea;
}
QLabel[role="langtag"] {
    color: #5f6b7a; font-size: 8pt; font-weight: 600;
}
QLabel[role="hint"] { color: #5f6b7a; }
QFrame[role="row"] {
    background: palette(base); border: 1px solid palette(mid); border-radius: 4px;
}
QLabel[role="rownumber"] { color: #5f6b7a; font-weight: 600; }
"""

def ui_language(settings: dict | None) -> str:
    """The language vocabulary labels and country names are shown in.

    ``settings["ui_language"]`` when given, else the interface language
    (:func:`chancery.ui.i18n.current_language`); anything the reference data
    is not written in falls back to English.
    """
    from .. import i18n

    lang = (settings or {}).get("ui_language") or i18n.current_language()
    lang = str(lang).split("-")[0].lower()
    return lang if lang in refdata.supported_languages() else "en"


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_mark(widget: QWidget, severity: str | None, message: str = "") -> None:
    """Outline ``widget`` for a problem (or clear it), with the message as tooltip.

    Widgets that know better (localised edits, list rows) implement
    ``set_problem(severity, message)`` and are asked instead.
    """
    handler = getattr(widget, "set_problem", None)
    if handler is not None:
        handler(severity, message)
        return
    value = severity or ""
    if (widget.property("problem") or "") != value:
        widget.setProperty("problem", value)
        repolish(widget)
    base = widget.property("baseToolTip")
    if base is None:
        if not severity:
            return  # never marked: nothing to restore
        base = widget.toolTip()
        widget.setProperty("baseToolTip", base)
    widget.setToolTip(message if severity else base)
    if isinstance(widget, QLineEdit):
        _line_edit_icon(widget, severity, message)


def _line_edit_icon(edit: QLineEdit, severity: str | None, message: str) -> None:
    action = getattr(edit, "_problem_action", None)
    if severity in ("error", "incomplete", "warning"):
        if action is None:
            icon = standard_icon(edit, QStyle.StandardPixmap.SP_MessageBoxWarning)
            action = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            edit._problem_action = action  # type: ignore[attr-defined]
        action.setToolTip(message)
        action.setVisible(True)
    elif action is not None:
        action.setVisible(False)


def worst(severities: Iterable[str]) -> str | None:
    found = [s for s in severities if s]
    if not found:
        return None
    return min(found, key=lambda s: SEVERITY_ORDER.index(s) if s in SEVERITY_ORDER else 0)


# --------------------------------------------------------------------------
# Combos


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], *, none_label: str | None = None) -> None:
    """Replace the entries of ``combo``: (label, data) pairs, with an optional "none" first."""
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.blockSignals(False)


def vocab_items(vocab: str, lang: str, codes: Iterable[str] | None = None) -> list[tuple[str, str]]:
    table = refdata.vocabulary(vocab)
    wanted = list(codes) if codes is not None else list(table)
    return [(refdata.label(vocab, code, lang), code) for code in wanted]


def combo_value(combo: QComboBox) -> Any:
    if combo.currentIndex() < 0:
        return None
    return combo.itemData(combo.currentIndex())


def set_combo_value(combo: QComboBox, value: Any, unknown_label: str = "{} (unknown)") -> None:
    """Select the entry holding ``value``; an unknown value is added so it is kept, not lost."""
    for i in range(combo.count()):
        data = combo.itemData(i)
        if (data is None and value is None) or (
            data is not None and type(data) is type(value) and data == value
        ):
            combo.setCurrentIndex(i)
            return
    if value is None:
        combo.setCurrentIndex(-1)
        return
    combo.addItem(unknown_label.format(value), value)
    combo.setCurrentIndex(combo.count() - 1)


class VocabCombo(QComboBox):
    """A combo over one vocabulary: labels in the UI language, codes as data."""

    def __init__(self, vocab: str, lang: str, *, none_label: str | None = None,
                 placeholder: str = "", codes: Iterable[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocab = vocab
        # As wide as its longest entry: a chosen kind or verb is never cut off (the form reflows instead).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if placeholder:
            self.setPlaceholderText(placeholder)
        fill_combo(self, vocab_items(vocab, lang, codes), none_label=none_label)

    def value(self) -> Any:
        return combo_value(self)

    def set_value(self, value: Any) -> None:
        set_combo_value(self, value, self.tr("{} (unknown code)"))

    _typed_at = 0.0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing the start of a label selects it, spaces included ("Entretien t" is "Entretien téléphonique").

        Qt's combo opens its list on Space; while the user is still typing a label
        (within the keyboard-search interval) a space continues the search instead.
        """
        now = time.monotonic()
        typing = now - self._typed_at < QApplication.keyboardInputInterval() / 1000
        if event.key() == Qt.Key.Key_Space and not event.modifiers() and typing and not self.isEditable():
            self._typed_at = now
            super().keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                            " "))
            return
        if event.text() and event.text().isprintable() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self._typed_at = now
        super().keyPressEvent(event)

    def relabel(self, labels: dict[str, str]) -> None:
        """Change the labels of some codes (the sides of a call are "calling" and "called")."""
        for index in range(self.count()):
            code = self.itemData(index)
            if code in labels and self.itemText(index) != labels[code]:
                self.setItemText(index, labels[code])


# --------------------------------------------------------------------------
# Numbers


class OptionalSpinBox(QSpinBox):
    """A whole number or nothing (0 shows as "—" and means None)."""

    changed = Signal()

    def __init__(self, maximum: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText("—")
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.valueChanged.connect(lambda _v: self.changed.emit())

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        # Typing replaces the number (or the "—"), whatever brought focus here;
        # again after the event, since a mouse press would move the cursor.
        self.selectAll()
        QTimer.singleShot(0, self.selectAll)

    def number(self) -> int | None:
        return self.value() or None

    def set_number(self, value: Any) -> None:
        self.blockSignals(True)
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value <= self.maximum()
        self.setValue(value if ok else 0)
        self.blockSignals(False)


def participant_label(participant: dict, lang: str, langs: Iterable[str] = ()) -> str:
    """"p1 · Jeyhun Bayramov" for combos and check boxes."""
    from ... import record

    name = record.text_in(participant.get("name"), lang, (*langs, "en", "fr", "ru"))
    if name is None and isinstance(participant.get("name"), dict):
        name = next((v for v in participant["name"].values() if isinstance(v, str) and v.strip()), None)
    ref = participant.get("ref") or "?"
    return f"{ref} · {name}" if name else str(ref)


# --------------------------------------------------------------------------
# Tab order
#
# Qt appends a widget created later at the end of the window's focus chain,
# so rows added to a list, or edits rebuilt for a new language, would be
# reached last by Tab.  The editor therefore recomputes the chain from the
# layouts (their visual order) whenever the structure changes.


_tab_order_roots: weakref.WeakValueDictionary[int, QWidget] = weakref.WeakValueDictionary()


def register_tab_order_root(root: QWidget) -> None:
    """``root`` (the editor) has ``schedule_tab_order()``; rows below it will call it."""
    _tab_order_roots[id(root)] = root


def request_tab_order(widget: QWidget) -> None:
    """Ask the enclosing editor to recompute the tab order (coalesced)."""
    parent = widget
    while parent is not None:
        root = _tab_order_roots.get(id(parent))
        if root is parent:
            root.schedule_tab_order()
            return
        parent = parent.parentWidget()


_icons: dict[tuple[int, int], object] = {}


def standard_icon(widget: QWidget, pixmap: QStyle.StandardPixmap):
    """A style's standard icon, cached (asking the style costs ~0.4 ms)."""
    key = (id(widget.style()), int(pixmap.value))
    icon = _icons.get(key)
    if icon is None:
        icon = _icons[key] = widget.style().standardIcon(pixmap)
    return icon


def focus_order(root: QWidget) -> list[QWidget]:
    """Focusable widgets under ``root`` in the order their layouts show them."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                visit_widget(widget.widget(i))
            return
        if isinstance(widget, QStackedWidget):
            for i in range(widget.count()):
                visit_widget(widget.widget(i))
            return
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            visit_widget(widget.widget())
            return
        layout = widget.layout()
        if layout is not None and not isinstance(widget, QAbstractScrollArea):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                found.append(widget)
            visit_layout(layout)
        elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)

    def visit_layout(layout: QLayout) -> None:
        items = [layout.itemAt(i) for i in range(layout.count())]
        if isinstance(layout, QGridLayout):  # row by row, then column
            positions = {}
            for i, item in enumerate(items):
                row, col, _rs, _cs = layout.getItemPosition(i)
                positions[id(item)] = (row, col)
            items.sort(key=lambda it: positions[id(it)])
        for item in items:
            if item.widget() is not None:
                visit_widget(item.widget())
            elif item.layout() is not None:
                visit_layout(item.layout())

    visit_widget(root)
    return found


def apply_tab_order(widgets: list[QWidget]) -> None:
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
