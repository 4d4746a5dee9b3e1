"""English grammar helpers: dates, lists, ordinals, possessives, articles, spelling.

Two house styles: British (``us=False``: "2 July", "2 July 2021",
"organisation") and American (``us=True``: "July 2", "July 2, 2021",
"organization").  Lists have no serial comma ("A, B and C") — Babel's en_GB
list pattern.  Ordinal suffixes come from CLDR's ordinal plural rules.
"""

from __future__ import annotations

import datetime as dt
import re

from babel import Locale
from babel.dates import format_date, get_month_names
from babel.lists import format_list

from .typography import ListStyle

_SUFFIX = {"one": "st", "two": "nd", "few": "rd", "other": "th"}
PREPOSITIONS = (" of ", " for ", " to ", " at ", " in ", " on ", " with ")


def speech_act(clause: str, verbs: list[str]) -> str | None:
    """A reported clause that performs an act, as the act: "he offered his condolences …" -> "offered his
    condolences …" (the lexicon's verbs, in the past tense); None when the clause is not one."""
    found = re.match(r"(?:that\s+)?(?:he|she|they)\s+(.+)\Z", clause.strip(), re.S | re.I)
    if not found:
        return None
    rest = found.group(1)
    verb = next((v for v in verbs if rest.lower().startswith(v.lower() + " ")), None)
    if verb is not None and not rest[len(verb):].lstrip().lower().startswith("to "):  # "wished to …": a wish
        return rest
    return None


def ordinal(number: int) -> str:
    return f"{number}{_SUFFIX[Locale('en').ordinal_form(number)]}"


_MONTH = "(?:" + "|".join(get_month_names("wide", locale="en").values()) + ")"  # Babel's month names
_YEAR = r"(?:1[89]|2\d)\d\d\b(?![-\u2013/]\d)"   # a year, not a period ("2027-2028")
# "in June 2027" / "in 2027" / "on 18 June" / "on June 18" typed in a next step's text ("in the first half …" is left)
_TYPED_WHEN = re.compile(rf"\b(?:in|during)\s+(?={_MONTH}\b|{_YEAR})|\bon\s+(?=\d{{1,2}}\s+{_MONTH}\b|{_MONTH}\s+\d)")
_DEADLINE_WORDS = re.compile(r"\b(?:by|before|until|no later than|not later than|deadline)\b", re.IGNORECASE)


def deadline_in_text(text: str) -> str:
    """A date typed in a task's text made a deadline: "exchange draft texts in June 2027" -> "… by June 2027"."""
    if _DEADLINE_WORDS.search(text):
        return text
    return _TYPED_WHEN.sub("by ", text)


def date_text(date: dt.date, *, year: bool, us: bool = False) -> str:
    """2 July · 2 July 2021 (British) · July 2 · July 2, 2021 (American)."""
    if us:
        return format_date(date, "MMMM d, y" if year else "MMMM d", locale="en")
    return format_date(date, "d MMMM y" if year else "d MMMM", locale="en")


def date_phrase(start: dt.date, end: dt.date | None, *, year: bool, us: bool = False) -> str:
    """on 2 July · on 1–2 July · from 30 June to 2 July 2021 (British; American: on July 1–2)."""
    if end is None or end == start:
        return "on " + date_text(start, year=year, us=us)
    if start.month == end.month and start.year == end.year:
        month = format_date(start, "MMMM", locale="en")
        if us:
            return f"on {month} {start.day}\u2013{end.day}" + (f", {end.year}" if year else "")
        return f"on {start.day}\u2013{end.day} {month}" + (f" {end.year}" if year else "")
    if start.year == end.year:
        return f"from {date_text(start, year=False, us=us)} to {date_text(end, year=year, us=us)}"
    return f"from {date_text(start, year=True, us=us)} to {date_text(end, year=True, us=us)}"


def list_text(items: list[str], style: ListStyle = "standard") -> str:
    items = [i for i in items if i]
    if not items:
        return ""
    return format_list(items, style=style, locale="en_GB")


def series(items: list[str]) -> str:
    """A list whose items may contain "and": the last one joined with ", as well as"."""
    items = [i for i in items if i]
    if len(items) > 1 and any(re.search(r"\band\b", i) for i in items):
        return f"{', '.join(items[:-1])}, as well as {items[-1]}"
    return list_text(items)


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
    """"Minister" of "Minister of Foreign Affairs", "Deputy Prime Minister" of "… and Minister of …"."""
    for prep in (*PREPOSITIONS, " and ", " \u2013 ", " - ", " ("):
        index = title.find(prep)
        if index > 0:
            title = title[:index]
    return title.split(",")[0].strip()


def plural_noun(noun: str) -> str:
    words = noun.split(" ")
    last = words[-1]
    if last.lower().endswith("man") and not last.lower().endswith(("human", "german", "roman")):
        last = last[:-3] + last[-3] + "en"  # chairman -> chairmen, Ombudsman -> Ombudsmen
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    words[-1] = last
    return " ".join(words)


# The engine's own words and the vocabulary labels in the other spelling (user text is left as typed).
_US_SPELLING = {
    "organisation": "organization", "organisations": "organizations", "organising": "organizing",
    "organise": "organize", "organised": "organized", "programme": "program", "programmes": "programs",
    "defence": "defense", "normalisation": "normalization", "emphasised": "emphasized",
    "emphasise": "emphasize", "centre": "center", "centres": "centers", "labour": "labor",
    "favour": "favor", "honour": "honor", "recognised": "recognized", "prioritise": "prioritize",
}
_GB_SPELLING = {us: gb for gb, us in _US_SPELLING.items() if us not in ("program", "programs")}


def spelling(text: str, us: bool) -> str:
    """British or American spelling of the words in the tables above, keeping their capital."""
    table = _US_SPELLING if us else _GB_SPELLING

    def swap(match: re.Match) -> str:
        word = match.group(0)
        other = table.get(word.lower())
        if other is None:
            return word
        return other[:1].upper() + other[1:] if word[:1].isupper() else other

    return re.sub(r"[A-Za-z]+", swap, text)
