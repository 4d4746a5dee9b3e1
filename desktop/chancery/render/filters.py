"""Jinja filters for templates: Babel dates, lists and ordinals, country helpers.

All take the document language from the render context (``lang``), so a
template writes ``{{ meeting.date|date }}`` and gets "2 juillet 2021",
"July 2, 2021" or "2 июля 2021 г.".  Every filter returns finished text (French typography
included) and never None.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.dates import format_date
from jinja2 import pass_context

from . import english as en
from . import french as fr
from . import reference
from . import russian as ru
from .typography import LIST_STYLES, finish, quote


def _lang(ctx) -> str:
    return str(ctx.get("lang") or "en")


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


@pass_context
def date_filter(ctx, value: Any, fmt: str = "long") -> str:
    """long: 2 juillet 2021 / July 2, 2021 · short: 2 juillet / July 2 · or a CLDR pattern."""
    date = _as_date(value)
    if date is None:
        return ""
    lang = _lang(ctx)
    if fmt in ("long", "short"):
        year = fmt == "long"
        if lang == "ru":
            return finish(ru.date_text(date, year=year), lang)
        return fr.date_text(date, year=year) if lang == "fr" else en.date_text(date, year=year)
    return format_date(date, fmt, locale=lang)


@pass_context
def list_filter(ctx, items: Any, style: str = "standard") -> str:
    """A, B et C / A, B and C."""
    items = [str(i) for i in (items or []) if i not in (None, "")]
    lang = _lang(ctx)
    if lang == "ru":
        return finish(ru.list_text(items, "или" if style == "or" else "и"), lang)
    babel_style = LIST_STYLES.get(style)
    if babel_style is None:
        raise ValueError(f"|list: unknown style {style!r}; use one of {', '.join(LIST_STYLES)}")
    return finish(fr.list_text(items, babel_style) if lang == "fr" else en.list_text(items, babel_style), lang)


@pass_context
def ordinal_filter(ctx, number: Any, gender: str = "m") -> str:
    """30e / 1er / 1re · 30th · 30-й / 30-я."""
    n = int(number)
    if _lang(ctx) == "ru":
        return ru.ordinal(n, "femn" if gender == "f" else "neut" if gender == "n" else "masc")
    return fr.ordinal(n, feminine=gender == "f") if _lang(ctx) == "fr" else en.ordinal(n)


@pass_context
def tr_filter(ctx, value: Any) -> str:
    """The output language's text of a language map (a plain string as is)."""
    lang = _lang(ctx)
    if isinstance(value, dict):
        value = value.get(lang) or ""
    return finish(str(value or ""), lang)


@pass_context
def country_filter(ctx, code: Any, form: str = "name") -> str:
    """name: Kirghizistan · article: le Kirghizistan · in: au Kirghizistan · of: du Kirghizistan
    · formal: République kirghize (English: name, the, formal; Russian: name, in, to, of, formal
    or a case: gen, dat, acc, ins, loc)."""
    if not code:
        return ""
    lang = _lang(ctx)
    grammar = reference.grammar(str(code))
    name = reference.country_name(str(code), lang)
    if lang == "fr":
        key = {"article": "fr_article", "in": "fr_in", "of": "fr_of", "formal": "fr_formal",
               "formal_in": "fr_formal_in"}.get(form)
        return finish(grammar.get(key) or name if key else name, lang)
    if lang == "ru":
        # in: в Азербайджане / на Кубе · to: в Азербайджан · of: Азербайджана · formal · a case: gen, dat, …
        if form == "formal":
            return grammar.get("ru_formal") or name
        case = {"of": "gen", "in": "loc", "to": "acc"}.get(form, form)
        if case not in ru.CASES or case == "nom":
            return name
        declined = (grammar.get("ru_cases") or {}).get(case) or ru.noun_phrase(name, case, place=True)
        if form in ("in", "to"):
            return ru.with_preposition(grammar.get("ru_prep") or "в", declined)
        return declined
    if form == "formal" and grammar.get("en_formal"):
        return ("the " if grammar.get("en_formal_the") else "") + grammar["en_formal"]
    if form in ("the", "article") and grammar.get("en_the") is True:
        return "the " + name
    return name


@pass_context
def demonym_filter(ctx, code: Any, gender: str = "m", number: str = "s") -> str:
    """kirghiz / kirghize / kirghizes · Kyrgyz · кыргызский / кыргызская / кыргызские."""
    if not code:
        return ""
    grammar = reference.grammar(str(code))
    plural = number in ("p", "pl", "plural")
    if _lang(ctx) == "fr":
        key = ("f" if gender == "f" else "m") + ("p" if plural else "s")
        return (grammar.get("fr_demonym") or {}).get(key, "")
    if _lang(ctx) == "ru":
        return (grammar.get("ru_adjective") or {}).get("p" if plural else ("f" if gender == "f" else "m"), "")
    return grammar.get("en_adjective") or ""


@pass_context
def quote_filter(ctx, text: Any) -> str:
    """« titre » / “title”."""
    lang = _lang(ctx)
    return finish(quote(str(text or ""), lang), lang)


@pass_context
def label_filter(ctx, code: Any, vocabulary: str) -> str:
    """The label of a vocabulary code: {{ meeting.kind|label('meeting_kind') }}."""
    if not code:
        return ""
    return finish(reference.label(vocabulary, str(code), _lang(ctx)), _lang(ctx))


FILTERS = {
    "date": date_filter,
    "list": list_filter,
    "ordinal": ordinal_filter,
    "tr": tr_filter,
    "country": country_filter,
    "demonym": demonym_filter,
    "quote": quote_filter,
    "label": label_filter,
}
