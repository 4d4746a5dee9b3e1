"""The one place where the internal documents call the wording engine.

The record of conversation reports statements in reported speech and its
summary reuses the communiqué's sentences (lead, subjects discussed,
signings, invitations, next steps), so that the engine's rules — agreement,
contractions, lead-ins from the lexicon, typography — apply to the internal
documents too.  Everything the briefing note and the record of conversation
need from the engine goes through :class:`Wording`; when the engine changes,
only this module follows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..prose import Writer, writer
from ..typography import finish


class Wording:
    """The engine's sentences and phrases for one meeting in one language."""

    def __init__(self, meeting: dict, lang: str, settings: dict | None = None):
        self.lang = lang
        self._writer: Writer = writer(meeting, lang, settings)

    # -- the communiqué's parts -----------------------------------------------

    def communique(self) -> dict[str, Any]:
        """headline, dateline, lead, paragraphs, letterhead, kind_label, date_long, place, agency, publisher."""
        return self._writer.communique()

    def summary(self) -> list[str]:
        """The meeting in a few sentences, past tense: the lead and the subjects discussed."""
        w = self._writer
        return [self.fin(text) for text in (w.lead(), w.format_paragraph()) if text]

    def decisions(self) -> list[str]:
        """What was decided: invitations extended, next steps agreed (one paragraph each)."""
        w = self._writer
        return [self.fin(text) for text in (w.invitations(), w.next_steps()) if text]

    def signing(self) -> str:
        """The sentence saying which documents were signed, by whom ("" when none or when the lead says it)."""
        return self.fin(self._writer.documents())

    # -- reported speech -------------------------------------------------------

    def statement(self, statement: dict, index: int, *, continued: bool) -> str:
        """One statement in reported speech; ``continued``: the same speaker as the sentence before."""
        return self.fin(self._writer.statement(statement, index, continued=continued))

    # -- phrases ---------------------------------------------------------------

    def topic_phrases(self) -> list[str]:
        return self._writer.topic_phrases()

    def area_phrases(self) -> list[str]:
        return self._writer.area_phrases()

    def occasion(self) -> str:
        """"en marge de la 76e session …" / "on the sidelines of …" ("" without an occasion)."""
        return self._writer.occasion_phrase()

    def document_np(self, document: dict, index: int) -> str:
        """The document as a noun phrase with its article and quoted title."""
        return self._writer.document_np(document, index)

    def date_long(self, date: dt.date) -> str:
        return self._writer.date_long(date)

    def fin(self, text: str) -> str:
        """Typography of the language (quotes, apostrophes, no-break spaces)."""
        return finish(text, self.lang) if text else ""
