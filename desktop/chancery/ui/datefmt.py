"""Dates as the interface language writes them, and dates as users type them.

English shows 2026-11-25, French 25/11/2026, Russian 25.11.2026.
:func:`parse_date` accepts, in any interface, the ISO form, a day-first form
(25/11/2026, 25.11.2026, 25-11-2026) where the language writes days first,
and the month in words ("25 novembre 2026", "November 25, 2026").

Threading: any thread (QLocale and QDate only).
"""

from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import QDate, QLocale

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


def display_date(value: object, lang: str) -> str:
    """A record's ISO date shown the interface's way; anything else as it is."""
    if not isinstance(value, str) or not value:
        return ""
    state, date = parse_date(value, "en")
    return format_date(date, lang) if state == "ok" and date is not None else value
