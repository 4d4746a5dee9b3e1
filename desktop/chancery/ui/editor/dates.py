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
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ... import paths
from ..datefmt import DAY_FIRST, DISPLAY_FORMATS, format_date, parse_date
from .marks import set_mark

__all__ = ["DAY_FIRST", "DISPLAY_FORMATS", "DateField", "format_date", "parse_date"]


class _DateLineEdit(QLineEdit):
    """Selects everything when Tab brings focus; Up/Down step the day; Alt+Down/F4 open the calendar."""

    step = Signal(int)
    popupRequested = Signal()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
        self.setMaximumWidth(width + 60)  # a date is short: the field does not stretch across the form
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setIcon(QIcon(str(paths.resources_dir() / "style" / "icons" / "calendar.svg")))
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
