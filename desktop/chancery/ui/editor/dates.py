"""Date fields that keep exactly the date typed: a line edit with a calendar button.

A :class:`DateField` shows its date in the interface's usual format
(25/11/2026 in French, 25.11.2026 in Russian, 2026-11-25 in English) and
accepts, whatever the interface, an ISO date (2026-11-25), a day-first date
(25/11/2026, 25.11.2026, 25-11-2026) where the interface writes days first,
and a date with the month in words ("25 novembre 2026", "25 Nov 2026").
Tab into the field selects it, so typing replaces it.  Up and Down change the
day; Alt+Down or F4 opens the calendar.

Nothing typed is dropped or changed silently: text that is not a date in the
calendar (31/02/2026) stays in the field and is the field's value, so the
record's validation names it and a save refuses it; an empty field is "no
date" (None).

Threading: GUI thread only.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Callable

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from .common import set_mark, standard_icon

#: How each interface language shows a date (Qt format) and whether it writes the day first.
DISPLAY_FORMATS = {"fr": "dd/MM/yyyy", "ru": "dd.MM.yyyy", "en": "yyyy-MM-dd"}
DAY_FIRST = {"fr": True, "ru": True, "en": False}

_ISO = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")
_WORDS = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})")         # 25 novembre 2026
_WORDS_MONTH_FIRST = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")  # November 25, 2026

_month_names: dict[str, dict[str, int]] = {}


def _months(lang: str) -> dict[str, int]:
    """Month names and abbreviations of ``lang`` (and English), lower-case, in every grammatical form."""
    names = _month_names.get(lang)
    if names is None:
        names = {}
        for locale in (QLocale(lang), QLocale(QLocale.Language.English)):
            for month in range(1, 13):
                for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                    for name in (locale.monthName(month, fmt), locale.standaloneMonthName(month, fmt)):
                        key = name.lower().rstrip(".")
                        if key:
                            names.setdefault(key, month)
        _month_names[lang] = names
    return names


def parse_date(text: str, lang: str) -> tuple[str, _dt.date | None]:
    """``("empty", None)``, ``("ok", date)`` or ``("invalid", None)`` for what was typed."""
    text = " ".join(text.split())
    if not text:
        return "empty", None
    numbers: tuple[int, int, int] | None = None
    match = _ISO.fullmatch(text)
    if match:
        numbers = (int(match[1]), int(match[2]), int(match[3]))
    elif DAY_FIRST.get(lang, True) and (match := _DAY_FIRST.fullmatch(text)):
        numbers = (int(match[3]), int(match[2]), int(match[1]))
    elif match := _WORDS.fullmatch(text):
        month = _months(lang).get(match[2].lower())
        numbers = (int(match[3]), month, int(match[1])) if month else None
    elif match := _WORDS_MONTH_FIRST.fullmatch(text):
        month = _months(lang).get(match[1].lower())
        numbers = (int(match[3]), month, int(match[2])) if month else None
    if numbers is None:
        return "invalid", None
    try:
        return "ok", _dt.date(*numbers)
    except ValueError:
        return "invalid", None


def format_date(date: _dt.date, lang: str) -> str:
    return QDate(date.year, date.month, date.day).toString(DISPLAY_FORMATS.get(lang, DISPLAY_FORMATS["en"]))


class _DateLineEdit(QLineEdit):
    """Selects everything when Tab brings focus; Up/Down step the day; Alt+Down/F4 open the calendar."""

    step = Signal(int)
    popupRequested = Signal()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier):
            self.popupRequested.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers:
            self.step.emit(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date as typed: ``value()`` is "YYYY-MM-DD", the text itself when it is no date, or None."""

    changed = Signal()

    def __init__(self, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang if lang in DISPLAY_FORMATS else "en"
        self._reference: Callable[[], _dt.date | None] | None = None
        self.edit = _DateLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(self.example())
        width = self.edit.fontMetrics().horizontalAdvance(format_date(_dt.date(2026, 12, 28), self._lang) + "MM")
        self.edit.setMinimumWidth(width + 12)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setIcon(standard_icon(self, QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.button.setToolTip(self.tr("Choose in a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.edit.step.connect(self._step)
        self.edit.popupRequested.connect(self.show_calendar)
        self.button.clicked.connect(self.show_calendar)

    # ----------------------------------------------------------------- value

    def example(self) -> str:
        """The format, as a hint: "jj/mm/aaaa" in French."""
        return {"fr": self.tr("dd/mm/yyyy"), "ru": self.tr("dd.mm.yyyy")}.get(self._lang, self.tr("yyyy-mm-dd"))

    def state(self) -> tuple[str, _dt.date | None]:
        return parse_date(self.edit.text(), self._lang)

    def date(self) -> _dt.date | None:
        return self.state()[1]

    def value(self) -> str | None:
        state, date = self.state()
        if state == "ok":
            return date.isoformat()
        if state == "invalid":
            return self.edit.text().strip()  # kept, so that validation names it and nothing is lost
        return None

    def set_value(self, value: Any) -> None:
        """Show a record's value: an ISO date, other text as it is, None as empty."""
        text = ""
        if isinstance(value, str) and value:
            state, date = parse_date(value, "en")
            text = format_date(date, self._lang) if state == "ok" and date is not None else value
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.setCursorPosition(0)
        self.edit.blockSignals(False)

    def set_date(self, date: _dt.date | None) -> None:
        """Set a date as if the user had chosen it (emits ``changed``)."""
        self.edit.setText(format_date(date, self._lang) if date else "")
        self.changed.emit()

    def set_reference(self, reference: Callable[[], _dt.date | None]) -> None:
        """Where the calendar opens when the field is empty (e.g. the meeting's date)."""
        self._reference = reference

    def _tidy(self) -> None:
        """On leaving the field, show a valid date in the interface's format."""
        state, date = self.state()
        if state == "ok" and date is not None:
            text = format_date(date, self._lang)
            if text != self.edit.text():
                self.edit.blockSignals(True)
                self.edit.setText(text)
                self.edit.blockSignals(False)

    def _step(self, days: int) -> None:
        state, date = self.state()
        if state == "empty":
            date = (self._reference() if self._reference else None) or _dt.date.today()
            days = 0
        if state != "invalid" and date is not None:
            try:
                self.set_date(date + _dt.timedelta(days=days))
            except OverflowError:
                return
            self.edit.selectAll()

    # -------------------------------------------------------------- calendar

    def show_calendar(self) -> None:
        state, date = self.state()
        if date is None:
            date = (self._reference() if self._reference else None) or _dt.date.today()
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("calendarPopup")
        calendar.setLocale(QLocale(self._lang))
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(date.year, date.month, date.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(qdate: QDate) -> None:
            self.set_date(_dt.date(qdate.year(), qdate.month(), qdate.day()))
            menu.close()
            self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        self.calendar_popup = menu
        calendar.setFocus()
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    # ----------------------------------------------------------------- marks

    def set_problem(self, severity: str | None, message: str) -> None:
        set_mark(self.edit, severity, message)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()
