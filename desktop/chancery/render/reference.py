"""The renderer's window on the reference data (:mod:`chancery.refdata`).

Only what documents need: labels and running-text phrases of vocabulary
codes, country names and their grammar.  Unknown codes raise
:class:`RenderError` naming the field, so a bad record is reported rather
than printed half-empty.
"""

from __future__ import annotations

from typing import Any

from .. import refdata
from .errors import RenderError


def _entry(vocab: str, code: str, path: str) -> dict:
    try:
        entry = refdata.vocabulary_entry(vocab, code) if isinstance(code, str) else None
    except Exception as error:  # a broken user vocabulary file
        raise RenderError(f"vocabulary '{vocab}' cannot be read: {error}") from error
    if entry is None:
        raise RenderError(f"{path}: unknown {vocab} code '{code}'", [f"{path}: unknown code '{code}'"])
    return entry if isinstance(entry, dict) else {"en": str(entry)}


def label(vocab: str, code: str, lang: str, path: str = "") -> str:
    entry = _entry(vocab, code, path or vocab)
    text = entry.get(lang) or entry.get(lang.split("-")[0])
    if not text:
        raise RenderError(f"{path or vocab}: no {lang} label for '{code}' in vocabulary '{vocab}'")
    return str(text)


def phrase(vocab: str, code: str, lang: str, path: str = "") -> str:
    """The noun phrase for running text (``fr_phrase``), else the label in lower case."""
    entry = _entry(vocab, code, path or vocab)
    base = lang.split("-")[0]
    text = entry.get(f"{base}_phrase")
    if text:
        return str(text)
    text = label(vocab, code, lang, path)
    return text[:1].lower() + text[1:] if not text[:2].isupper() else text


def country_name(code: str, lang: str) -> str:
    try:
        name = refdata.country_name(code, lang)
    except Exception as error:
        raise RenderError(f"unknown country code '{code}'") from error
    if not name:
        raise RenderError(f"unknown country code '{code}'")
    return name


def grammar(code: str) -> dict[str, Any]:
    try:
        found = refdata.country_grammar(code) or {}
    except Exception:
        found = {}
    return dict(found)


def diplomatic_relations_date(a: str, b: str):
    try:
        return refdata.diplomatic_relations_date(a, b)
    except Exception:
        return None
