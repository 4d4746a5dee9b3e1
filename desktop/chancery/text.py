"""Small text utilities shared by the record, the people directory and search.

``fold`` gives the spelling-insensitive key used to match names: case-folded,
diacritics removed, and the letters Unicode does not decompose (ə, ı, ё, ø…)
mapped to their plain Latin/Cyrillic neighbours, so "Baïramov", "bairamov"
and "BAYRAMOV" compare equal after transliteration variants are stored.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

MESSAGE_LIMIT = 400  # characters of one message line (a problem, an error), at most

# Letters without a canonical decomposition that people type without the mark.
_EXTRA_FOLDS = str.maketrans(
    {
        "ə": "e", "Ə": "e", "ı": "i", "İ": "i", "ё": "е", "Ё": "е", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "œ": "oe",
        "ŋ": "n", "ħ": "h", "ʼ": "'", "’": "'", "‘": "'",
    }
)

# Characters XML 1.0 cannot hold (Word documents would be unreadable).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def fold(text: str) -> str:
    """Spelling-insensitive key: lower case, no diacritics, single spaces."""
    if len(text) <= _FOLD_CACHED_LENGTH:
        return _fold_short(text)  # the same words are folded again and again (names, lexicon entries)
    return _fold(text)


_FOLD_CACHED_LENGTH = 600  # names and lexicon entries, and most statements (folded again by the wording engine)


def _fold(text: str) -> str:
    text = text.translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    # Cyrillic й decomposes to и + breve; keep it, it is a letter of its own.
    decomposed = decomposed.replace("и\u0306", "й").replace("И\u0306", "Й")
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().translate(_EXTRA_FOLDS).split())


_fold_short = functools.lru_cache(maxsize=16384)(_fold)


def strip_xml_illegal(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def has_xml_illegal(text: str) -> bool:
    return _XML_ILLEGAL.search(text) is not None


def printable(text: str, limit: int | None = None) -> str:
    """``text`` safe for a terminal or a log line: control and invisible characters escaped, cut at ``limit``.

    Escapes what ``str.isprintable`` refuses (C0/C1 controls, bidi overrides,
    lone surrogates…) as ``\\x1b``, ``\\u202e``; keeps every printable letter of
    every script.  A cut text ends with "…".
    """
    cut = False
    if limit is not None and len(text) > limit:
        text, cut = text[:limit], True
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else _escaped(ch) for ch in text)
        if limit is not None and len(text) > limit:  # escapes are longer than what they stand for
            text, cut = text[:limit], True
    return text + "…" if cut else text


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(value: object, limit: int = 60) -> str:
    """A value quoted for a message: its repr, shortened to about ``limit`` characters, never a flood.

    A huge integer is described by its number of digits (its repr may not
    even be computable), a long string is cut with "…" inside the quotes.
    """
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int) and value.bit_length() > 200:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, str) and len(value) > limit:
        quoted = repr(value[:limit])[:-1][:limit + 1]  # invisible characters are escaped: \\u200b is six
        return printable(quoted + f"…' ({len(value):,} characters)")
    if isinstance(value, (list, dict)):
        text = _short_json(value, limit)
        return printable(text, limit + 20)
    return printable(repr(value), limit + 20)


def _short_json(value: object, limit: int) -> str:
    """A container described briefly without walking all of it."""
    if limit < 4:
        return "[…]" if isinstance(value, list) else "{…}"
    if isinstance(value, list):
        inner = ", ".join(shown(item, limit // 3) for item in value[:3])
        return f"[{inner}{', …' if len(value) > 3 else ''}]"
    if isinstance(value, dict):
        items = list(value.items())[:3]
        inner = ", ".join(f"{shown(k, limit // 4)}: {shown(v, limit // 4)}" for k, v in items)
        return "{" + inner + (", …" if len(value) > 3 else "") + "}"
    return repr(value)


def short_path(path: object, limit: int = 120) -> str:
    """A path for a message: printable, and shortened in the middle when long (the end names the file)."""
    text = printable(str(path))
    if len(text) <= limit:
        return text
    return text[: limit // 2 - 1] + "…" + text[-(limit // 2):]


def text_in(value: object, lang: str, fallback: Iterable[str] = ()) -> str | None:
    """A localised value in ``lang`` (a plain string counts for every language).

    (Here, not in :mod:`chancery.record`, which re-exports it: the archive list names an organisation
    with it in the window's first paint, before the record module is needed.)
    """
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in (lang, *fallback):
            if isinstance(value.get(key), str) and value[key].strip():
                return value[key]
    return None
