"""Small widgets and helpers the form is built from: vocabulary combos, an optional spin box,
participant labels, standard icons.

Threading: GUI thread only.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSpinBox,
    QStyle,
    QWidget,
)

from ... import refdata


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


_icons: dict[tuple[int, int], object] = {}


def standard_icon(widget: QWidget, pixmap: QStyle.StandardPixmap):
    """A style's standard icon, cached (asking the style costs ~0.4 ms)."""
    key = (id(widget.style()), int(pixmap.value))
    icon = _icons.get(key)
    if icon is None:
        icon = _icons[key] = widget.style().standardIcon(pixmap)
    return icon
