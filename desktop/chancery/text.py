"""Small text utilities shared by the record, the people directory and search.

``fold`` gives the spelling-insensitive key used to match names: case-folded,
diacritics removed, and the letters Unicode does not decompose (ə, ı, ё, ø…)
mapped to their plain Latin/Cyrillic neighbours, so "Baïramov", "bairamov"
and "BAYRAMOV" compare equal after transliteration variants are stored.
"""

from __future__ import annotations

import re
import unicodedata

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
    text = text.translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    # Cyrillic й decomposes to и + breve; keep it, it is a letter of its own.
    decomposed = decomposed.replace("и\u0306", "й").replace("И\u0306", "Й")
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().translate(_EXTRA_FOLDS).split())


def strip_xml_illegal(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def has_xml_illegal(text: str) -> bool:
    return _XML_ILLEGAL.search(text) is not None
