"""The one place where the internal documents call the wording engine.

The record of conversation reports statements in reported speech, grouped by
speaker, and its summary and decisions are sentences of the communiqué
(lead, subjects discussed, signing; invitations, next steps).  They go
through the engine's pipeline (:mod:`chancery.render.prose`): each part is a
small document plan of its own, micro-planned (so a pronoun or a short form
refers to the sentence before it *in this document*) and realised in the
output language.  Everything the briefing note and the record of
conversation need from the engine goes through :class:`Wording`; when the
engine changes, only this module follows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import prose
from ..microplan import MicroPlanner
from ..plan import DocumentPlan, Paragraph, items, plan_communique, statement_message

# Joint or impersonal statements with these verbs are decisions ("the sides agreed to …").
AGREEMENT_VERBS = ("agreed", "committed")


def is_agreement(statement: dict) -> bool:
    return statement.get("speaker") in ("both", None) and statement.get("verb") in AGREEMENT_VERBS


class Wording:
    """The engine's sentences and phrases for one meeting in one language."""

    def __init__(self, meeting: dict, lang: str, settings: dict | None = None):
        self.lang = lang
        self.meeting = meeting
        self.settings = settings
        self._writer = prose.writer(meeting, lang, settings)
        self._realiser = self._writer.realiser

    # -- the communiqué and its parts ---------------------------------------------------

    def communique(self) -> dict[str, Any]:
        """headline, summary, dateline, lead, paragraphs, letterhead, kind_label, date_long, place, agency…"""
        return self._writer.communique()

    def _realise(self, paragraphs: list[Paragraph], *, introduced: bool) -> list[str]:
        planner = MicroPlanner(self._writer, mentioned=tuple(self._writer.people) if introduced else ())
        planner.paragraphs(paragraphs)
        return [self.fin(text) for text in (self._realiser.paragraph(p) for p in paragraphs) if text.strip()]

    def summary(self) -> list[str]:
        """The meeting in a few sentences, past tense: the lead, the subjects discussed, what was signed."""
        plan = plan_communique(self._writer)
        kinds = ("lead", "visit_invitation", "format", "signing")
        kept = [Paragraph([m for m in p.messages if m.kind in kinds], p.role) for p in plan.paragraphs]
        kept = [p for p in kept if p.messages]
        signing = [p for p in kept if any(m.kind == "signing" for m in p.messages)]
        kept = [p for p in kept if p not in signing] + signing  # the signing closes the summary
        MicroPlanner(self._writer).document(DocumentPlan(self._writer, kept, plan.headline))
        # The record of conversation is written afterwards: the lead in the past ("who was on an official visit").
        self._writer.tense = "past"
        try:
            return [self.fin(text) for text in (self._realiser.paragraph(p) for p in kept) if text.strip()]
        finally:
            self._writer.tense = "present"

    def decisions(self) -> list[str]:
        """What was agreed: joint "agreed" statements, invitations extended, next steps (one paragraph each)."""
        agreements = [statement_message(self._writer, i, s) for i, s in self._writer.statements() if is_agreement(s)]
        plan = plan_communique(self._writer)
        kept = [Paragraph(agreements)] if agreements else []
        kept += [p for p in plan.paragraphs if p.messages and p.messages[0].kind in ("invitation", "next_steps")]
        return self._realise(kept, introduced=True)

    # -- reported speech ---------------------------------------------------------------

    def statements_of(self, speaker: Any) -> list[str]:
        """What ``speaker`` (a participant ref, "both" or None) said, in reported speech; agreements left out."""
        kept = dict(self.meeting)
        kept["statements"] = [s for s in self.meeting.get("statements") or []
                              if isinstance(s, dict) and not is_agreement(s)]
        return prose.statement_paragraphs(kept, self.lang, speaker=speaker, settings=self.settings)

    # -- phrases -------------------------------------------------------------------------

    def topic_phrases(self) -> list[str]:
        return [self._realiser.item_phrase(item, "topic") for item in items(self._writer, "topics")]

    def area_phrases(self) -> list[str]:
        areas = items(self._writer, "cooperation_areas")
        return [self._realiser.item_phrase(item, "cooperation_area") for item in areas]

    def occasion(self) -> str:
        """"en marge de la 76e session …" / "on the sidelines of …" ("" without an occasion)."""
        return self._realiser.occasion_phrase()  # type: ignore[attr-defined]

    def document_np(self, document: dict, index: int) -> str:
        """The document as a noun phrase with its article and quoted title."""
        return self._realiser.document_np(document, index)  # type: ignore[attr-defined]

    def spell(self, text: str) -> str:
        """The house spelling of vocabulary words (British or American English)."""
        return self._realiser.spell(text)

    def date(self, date: dt.date) -> str:
        """A date in full, in the house style ("2 juillet 2021", "2 July 2021" or "July 2, 2021")."""
        return self._writer.date_long(date)

    @property
    def style(self) -> dict:
        """The house style (settings["house_style"] over the engine's defaults)."""
        return self._writer.style

    def fin(self, text: str) -> str:
        """Typography of the language (quotes, apostrophes, no-break spaces)."""
        return self._writer.fin(text)
