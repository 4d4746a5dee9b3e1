"""Typography of the output languages, applied to every string a document prints.

French (Imprimerie nationale usage, as French ministries publish): « » with
no-break spaces inside, a no-break space before : ; ! ?, the typographic
apostrophe ’ (user text included, so a document never mixes ' and ’), and
ordinals written 30e / 1er.  English uses typographic apostrophes and quotes
throughout (“ ” and ‘ ’), user text included, so a straight apostrophe never
stands beside curly quotes.  Russian: «ёлочки» with „лапки“ inside, the em
dash between words (bound to the word before it), no-break spaces after
initials ("Д. Байрамов"), before "г." and between a day and its month.

Prose is assembled with an *apposition mark* (:data:`APPOSITION`) after a name
in apposition ("Le ministre …, Djeyhoun Baïramov, s’est entretenu"): it
becomes a comma unless punctuation already follows, so builders need not know
what comes next.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

NBSP = "\u00a0"
APPOSITION = "\u2063"  # invisible separator, never left in output

# The list styles Babel knows (format_list); the template filter |list takes one of them.
ListStyle = Literal["standard", "standard-short", "or", "or-short", "unit", "unit-short", "unit-narrow"]
LIST_STYLES: dict[str, ListStyle] = {style: style for style in get_args(ListStyle)}

_QUOTES = {"fr": ("«" + NBSP, NBSP + "»"), "en": ("\u201c", "\u201d"), "ru": ("«", "»")}


def quote(text: str, lang: str) -> str:
    """``text`` between the quotation marks of ``lang``."""
    start, end = _QUOTES.get(lang.split("-")[0], ("\u201c", "\u201d"))
    return f"{start}{text.strip()}{end}"


def resolve_appositions(text: str) -> str:
    """Turn apposition marks into commas where the sentence continues."""
    text = re.sub(APPOSITION + r"+(?=\s*(?:[,.;:!?)»]|$))", "", text)
    text = re.sub(APPOSITION + r"+", ",", text)
    return text


def _french(text: str) -> str:
    # An apostrophe between letters (l'entretien, aujourd'hui) is typographic;
    # a ' used as a quotation mark around a word is left as the user typed it.
    text = re.sub(r"(?<=\w)'(?=[\w«\"\u201c])", "\u2019", text)
    # "x" typed with straight quotes -> « x » (an apostrophe-like ' is left alone).
    text = re.sub(r'(^|[\s(\[])"([^"]+)"', "\\1«\\2»", text)
    # « x » typed with ordinary or no spaces -> no-break spaces inside.
    text = re.sub(r"«[ \u00a0\u202f]*", "«" + NBSP, text)
    text = re.sub(r"[ \u00a0\u202f]*»", NBSP + "»", text)
    # No-break space before the high punctuation; not in URLs (http://) or times (10:30).
    text = re.sub(r"[ \u00a0\u202f]*([;!?])(?=\s|$|[»)])", NBSP + r"\1", text)
    text = re.sub(r"(?<=\S)[ \u00a0\u202f]*:(?=\s|$)", NBSP + ":", text)
    return text


def _english(text: str) -> str:
    # Apostrophes inside or at the end of a word (Azerbaijan's, ministers'), then quotes by position.
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r"(?<=s)'(?=\s|[,.;:!?)]|$)", "\u2019", text)
    text = re.sub(r'(^|[\s(\[\u2014\u2013-])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[\u201c\u2014\u2013-])'", "\\1\u2018", text)
    text = text.replace("'", "\u2019")
    return text


_RU_MONTHS = ("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря")
_OPENING_CONTEXT = " \t\n\u00a0([{\u2014\u2013-/«„"


def russian_quotes(text: str) -> str:
    """Russian quotation marks by depth: «ёлочки» outside, „лапки“ inside, whatever the user typed.

    A mark after a space, an opening bracket or another opening mark (or at
    the start) opens a quotation; any other closes one.
    """
    out: list[str] = []
    depth = 0
    for i, ch in enumerate(text):
        if ch not in "\"«»„“”":
            out.append(ch)
            continue
        before = text[i - 1] if i else " "
        if ch in "«„" or (ch in "\"“" and (i == 0 or before in _OPENING_CONTEXT)):
            depth += 1
            out.append("«" if depth == 1 else "„")
        else:
            out.append("»" if depth <= 1 else "“")
            depth = max(depth - 1, 0)
    return "".join(out)


def _russian(text: str) -> str:
    # The apostrophe inside a word (Кот-д'Ивуар) is typographic.
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = russian_quotes(text)
    # A dash between words is an em dash, bound to the word before it.
    text = re.sub(r"[ \u00a0]+[-\u2013\u2014][ \u00a0]+(?=\S)", "\u00a0\u2014 ", text)
    text = re.sub(r",\u00a0\u2014 ", ", \u2014 ", text)
    # No-break space after an initial ("Д.\u00a0Байрамов"), before "г."/"гг." and between a day and its month.
    text = re.sub(r"(?<![\w.])([А-ЯЁA-Z])\.[ ](?=[А-ЯЁA-Z])", "\\1.\u00a0", text)
    text = re.sub(r"(\d)[ ](гг?\.)", "\\1\u00a0\\2", text)
    text = re.sub(rf"\b(\d{{1,2}})[ ]({_RU_MONTHS})\b", "\\1\u00a0\\2", text)
    return text


def clean_spaces(text: str) -> str:
    """Single spaces, none before a comma or full stop, none at the ends."""
    text = re.sub(r"[ \t\r\n]+", " ", text)
    text = re.sub(r" +([,.])", r"\1", text)
    text = re.sub(r"([,.])\1+", r"\1", text)
    text = text.replace(",.", ".")
    return text.strip()


def finish(text: str, lang: str) -> str:
    """The printable form of a generated or typed string in ``lang``."""
    text = resolve_appositions(text)
    text = clean_spaces(text)
    if lang.split("-")[0] == "fr":
        text = _french(text)
    elif lang.split("-")[0] == "en":
        text = _english(text)
    elif lang.split("-")[0] == "ru":
        text = _russian(text)
    return text


def sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop (unless already ended)."""
    text = text.strip()
    if not text:
        return text
    text = capitalize_first(text)
    if text[-1] not in ".!?…»\u201d\"" or text[-1] in "»\u201d\"" and not re.search(r"[.!?…][»\u201d\"]$", text):
        text += "."
    return text


def capitalize_first(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch.isdigit():
            return text  # "30th anniversary" stays as it is
    return text


def strip_final_stop(text: str) -> str:
    """A complement typed as a sentence ("… law.") joined into a longer one."""
    text = text.strip()
    while text and text[-1] in ".;":
        text = text[:-1].rstrip()
    return text
