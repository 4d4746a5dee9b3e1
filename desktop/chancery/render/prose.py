"""The wording engine: a meeting record turned into sentences, in the classic NLG pipeline.

1. **Document plan** (:mod:`.plan`, language-neutral): the messages, their
   order and paragraphs — each a structure, not a string.
2. **Micro-planning** (:mod:`.microplan`, language-neutral rules over each
   language's data): aggregation, referring expressions, lexical variation.
3. **Realisation** (:mod:`.realise_fr`, :mod:`.realise_en`,
   :mod:`.realise_ru`; one module per language): agreement, articles and contractions, word order; then
   typography (:mod:`.typography`).

:mod:`.facts` reads the record once, in one language; a missing text raises
:class:`RenderError` naming the field (``meeting.statements[2].text.fr``).

Public API (also for other documents, e.g. the record of conversation)::

    communique(meeting, lang, settings=None) -> dict
        headline, dateline, lead, paragraphs, all_paragraphs, letterhead,
        kind_label, date_long, place, agency, publisher
    statement_paragraphs(meeting, lang, *, speaker=..., settings=None) -> list[str]
        the statements in reported speech (past tense), one paragraph per run
        of a speaker; ``speaker`` a participant ref, "both", None (impersonal)
        or ... (all).  People are taken as already introduced (short forms,
        pronouns within a paragraph, varied verbs).
    statements_by_speaker(meeting, lang, *, settings=None) -> list[SpeakerStatements]
        the same grouped by speaker in the order they first speak, each with
        the speaker's ref, a heading (full name and office) and paragraphs.
    writer(meeting, lang, settings=None) -> Writer   the facts plus headline/communique
    realiser(facts) -> Realiser                      the language's realiser

House style comes from ``settings["house_style"]`` (see
:data:`.facts.HOUSE_STYLE_DEFAULTS`).  A new output language is one realiser
module registered in :data:`REALISERS` plus its data in ``resources/lexicon``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from . import lexicon, reference
from .errors import RenderError
from .facts import Facts, Person, parse_date  # noqa: F401  (parse_date re-exported)
from .microplan import MicroPlanner
from .plan import plan_communique, plan_statements
from .realise_en import EnglishRealiser
from .realise_fr import FrenchRealiser
from .realise_ru import RussianRealiser
from .realiser import Realiser
from .typography import capitalize_first, finish

REALISERS: dict[str, type[Realiser]] = {"fr": FrenchRealiser, "en": EnglishRealiser, "ru": RussianRealiser}


def realiser(facts: Facts) -> Realiser:
    return REALISERS[facts.lang](facts)


def _language(lang: str) -> str:
    base = lang.split("-")[0]
    if base not in REALISERS:
        raise RenderError(
            f"documents cannot be written in '{lang}' yet (available: {', '.join(sorted(REALISERS))})"
        )
    return base


class Writer(Facts):
    """The facts of a meeting in one language, with the communiqué's wording."""

    def __init__(self, meeting: dict, lang: str, settings: dict | None = None):
        super().__init__(meeting, _language(lang), settings)
        self.realiser = realiser(self)

    def fin(self, text: str) -> str:
        return finish(text, self.lang) if text else ""

    def date_long(self, date: dt.date) -> str:
        return self.realiser.date_long(date)  # type: ignore[attr-defined]

    def letterhead(self) -> str:
        if self.publisher:
            return capitalize_first(self.publisher)
        ministry = self.settings.get("ministry")
        if isinstance(ministry, dict):
            ministry = ministry.get(self.lang) or ""
        return capitalize_first(str(ministry or ""))

    def headline(self) -> str:
        plan = MicroPlanner(self).document(plan_communique(self))
        return self.fin(self.realiser.realise_headline(plan.headline))

    def summary(self) -> str:
        """Who met whom, without the news (the briefing note's title, a line of earlier meetings)."""
        plan = MicroPlanner(self).document(plan_communique(self))
        plan.headline.data["news"] = False
        return self.fin(self.realiser.realise_headline(plan.headline))

    def communique(self) -> dict[str, Any]:
        plan = MicroPlanner(self).document(plan_communique(self))
        text = self.realiser.document(plan)
        doc = {
            "headline": text["headline"],
            "summary": self.summary(),
            "dateline": self.fin(self.realiser.dateline()),  # type: ignore[attr-defined]
            "lead": text["lead"],
            "paragraphs": text["paragraphs"],
            "letterhead": self.fin(self.letterhead()),
            "kind_label": reference.label("meeting_kind", self.kind, self.lang, "meeting.kind"),
            "date_long": self.date_long(self.date),
            "place": self.fin(self.city),
            "agency": self.fin(self.agency),
            "publisher": self.fin(self.publisher),
        }
        doc["all_paragraphs"] = [doc["lead"], *doc["paragraphs"]]
        return doc


def writer(meeting: dict, lang: str, settings: dict | None = None) -> Writer:
    return Writer(meeting, lang, settings)


def communique(meeting: dict, lang: str, settings: dict | None = None) -> dict[str, Any]:
    return Writer(meeting, lang, settings).communique()


def statement_paragraphs(meeting: dict, lang: str, *, speaker: Any = ..., settings: dict | None = None,
                         group_by_speaker: bool = False) -> list[str]:
    """The statements as paragraphs of reported speech, people taken as already introduced."""
    facts = Writer(meeting, lang, settings)
    paragraphs = plan_statements(facts, speaker, group_by_speaker=group_by_speaker)
    MicroPlanner(facts, mentioned=tuple(facts.people)).paragraphs(paragraphs)
    return [facts.fin(text) for text in (facts.realiser.paragraph(p) for p in paragraphs) if text.strip()]


@dataclass
class SpeakerStatements:
    speaker: str | None          # participant ref, "both", or None (impersonal)
    heading: str                 # "Djeyhoun Baïramov, ministre des Affaires étrangères" / "Les deux parties"
    paragraphs: list[str]


def statements_by_speaker(meeting: dict, lang: str, *, settings: dict | None = None) -> list[SpeakerStatements]:
    """The statements grouped by speaker, in the order speakers first speak (for a record of conversation)."""
    facts = Writer(meeting, lang, settings)
    order: list[Any] = []
    for _i, statement in facts.statements():
        if statement.get("speaker") not in order:
            order.append(statement.get("speaker"))
    out = []
    for who in order:
        paragraphs = statement_paragraphs(meeting, lang, speaker=who, settings=settings)
        out.append(SpeakerStatements(who, facts.fin(_heading(facts, who)), paragraphs))
    return out


def _heading(facts: Facts, who: Any) -> str:
    headings = lexicon.language(facts.lang).get("headings") or {}
    if who is None:
        return str(headings.get("agreed") or "Points agreed")
    if who == "both":
        return str(headings.get("both") or "Both sides")
    person: Person = facts.person(who, "meeting.statements[].speaker")
    return f"{person.name}, {person.title}" if person.title else person.name
