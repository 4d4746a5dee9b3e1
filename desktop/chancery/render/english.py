"""English grammar helpers: dates, lists, ordinals, possessives, articles.

Dates follow wire style ("July 2", "July 2, 2021"); lists have no serial
comma ("A, B and C"), as in the reference communiqué — Babel's en_GB list
pattern.  Ordinal suffixes come from CLDR's ordinal plural rules.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

_SUFFIX = {"one": "st", "two": "nd", "few": "rd", "other": "th"}
PREPOSITIONS = (" of ", " for ", " to ", " at ", " in ", " on ", " with ")


def ordinal(number: int) -> str:
    return f"{number}{_SUFFIX[Locale('en').ordinal_form(number)]}"


def date_text(date: dt.date, *, year: bool) -> str:
    return format_date(date, "MMMM d, y" if year else "MMMM d", locale="en")


def date_phrase(start: dt.date, end: dt.date | None, *, year: bool) -> str:
    """on July 2 · on July 1-2 · from June 30 to July 2, 2021."""
    if end is None or end == start:
        return "on " + date_text(start, year=year)
    if start.month == end.month and start.year == end.year:
        month = format_date(start, "MMMM", locale="en")
        suffix = f", {end.year}" if year else ""
        return f"on {month} {start.day}-{end.day}{suffix}"
    if start.year == end.year:
        return f"from {date_text(start, year=False)} to {date_text(end, year=year)}"
    return f"from {date_text(start, year=True)} to {date_text(end, year=True)}"


def list_text(items: list[str], style: str = "standard") -> str:
    items = [i for i in items if i]
    if not items:
        return ""
    return format_list(items, style=style, locale="en_GB")


def possessive(name: str) -> str:
    """Azerbaijan's · the Netherlands'."""
    return name + ("'" if name.endswith("s") else "'s")


def indefinite(phrase: str) -> str:
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def is_acronym(name: str) -> bool:
    word = name.strip()
    return " " not in word and len(word) >= 2 and word.replace("-", "").isupper()


def with_the(name: str) -> str:
    """"the United Nations", but acronyms and names already with "the" as typed."""
    name = name.strip()
    if name.lower().startswith("the ") or is_acronym(name):
        return name
    return "the " + name


def title_head(title: str) -> str:
    """"Minister" of "Minister of Foreign Affairs"."""
    for prep in PREPOSITIONS:
        index = title.find(prep)
        if index > 0:
            title = title[:index]
    return title.split(",")[0].strip()


def plural_noun(noun: str) -> str:
    words = noun.split(" ")
    last = words[-1]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    words[-1] = last
    return " ".join(words)
