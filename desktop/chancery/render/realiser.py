"""Realisation, the last stage of the wording pipeline: what every language's realiser shares.

A realiser turns the annotated plan (:mod:`.plan` after :mod:`.microplan`)
into sentences of one language: agreement, articles and contractions, word
order, typography.  :class:`Realiser` walks the plan and dispatches each
message to ``realise_<kind>``; a language module (:mod:`.realise_fr`,
:mod:`.realise_en`, and :mod:`.realise_ru` next) implements those and the
noun phrases (:meth:`Realiser.np`).  Surface forms — including case-inflected
noun phrases for Russian — are produced here, never by the planner.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..text import fold
from . import lexicon, reference
from .checks import sentences
from .facts import Facts, Person
from .microplan import Group
from .plan import DocumentPlan, Item, Message, Paragraph, Referent
from .typography import capitalize_first, finish, sentence, strip_final_stop

NUMBERS = {
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
}
# A headline lists the countries of a group of people with one office up to this many; beyond, it counts them
# ("avec les ministres des Affaires étrangères de cinq pays"): a headline stays one line of news.
HEADLINE_COUNTRIES = 3
# A headline longer than this many characters leaves the host's visitor's status to the lead ("Entretien de X avec
# le président en exercice de l'OSCE, Y", not "…, Y, en visite officielle au Kazakhstan"): one line of news.
HEADLINE_LIMIT = 100

_LINK_WORDS = {"de", "d", "of", "the", "on", "du", "des"}


def same_complement(label: str, head: str, title: str) -> bool:
    """Whether a document title says what its type's label says besides the head noun ("Programme de
    consultations …" for "plan de consultations" or "consultation plan"): the title is then a variant of the type
    and may lend its head noun to a headline; a title about something else may not."""
    complement = [w for w in re.split(r"[\s'\u2019]+", fold(label)) if w and w not in _LINK_WORDS and w != fold(head)]
    title_words = re.split(r"[\s'\u2019]+", fold(title))[:8]
    return all(any(t.startswith(w[:6]) for t in title_words) for w in complement)


class Realiser:
    lang = ""

    # Another referring form when a sentence would open with the same three words as the previous one.
    VARIANT_FORMS = {"pronoun": "short", "short": "role", "plain": "alt", "alt": "plain", "role": "short"}

    def __init__(self, facts: Facts):
        self.f = facts
        self.field_text = facts.texts
        self.last_opening: list[str] = []

    # -- the document ---------------------------------------------------------------

    def document(self, plan: DocumentPlan) -> dict[str, Any]:
        realised: list[list[list]] = []   # per paragraph, [message, text] pairs
        for paragraph in plan.paragraphs:
            realised.append(self.realise_messages(paragraph, realised[-1] if realised else None))
        texts = [" ".join(t for _m, t in pairs if t) for pairs in realised]
        lead, *body = texts
        return {
            "headline": self.fin(self.realise_headline(plan.headline)),
            "lead": self.fin(lead),
            "paragraphs": [self.fin(text) for text in body if text.strip()],
        }

    def paragraph(self, paragraph: Paragraph) -> str:
        return " ".join(t for _m, t in self.realise_messages(paragraph, None) if t)

    def realise_messages(self, paragraph: Paragraph, previous_paragraph: list[list] | None) -> list[list]:
        pairs: list[list] = []
        for message in paragraph.messages:
            before = self.last_opening
            text = self.varied(message)
            # A sentence the engine cannot vary (typed whole) opens like the previous one: vary the previous.
            earlier = pairs[-1] if pairs else (previous_paragraph[-1] if previous_paragraph else None)
            if earlier is not None and text and self.opening(text) == before and message.verb is None:
                form = earlier[0].forms.get("subject")
                if form in self.VARIANT_FORMS:
                    earlier[0].forms["subject"] = self.VARIANT_FORMS[form]
                    earlier[1] = self.message(earlier[0])
            pairs.append([message, text])
        return pairs

    @staticmethod
    def opening(text: str) -> list[str]:
        return re.findall(r"[\w’'-]+", text.lower())[:3]

    def varied(self, message: Message) -> str:
        """The message realised so that it does not open like the previous sentence (variation)."""
        text = self.message(message)
        form = message.forms.get("subject")
        if text and self.opening(text) == self.last_opening and form in self.VARIANT_FORMS:
            message.forms["subject"] = self.VARIANT_FORMS[form]
            text = self.message(message)
        parts = sentences(text) if text else []  # not split after "M." or an initial
        if parts:
            self.last_opening = self.opening(parts[-1])
        return text

    # Whether realise_statement joins coordinated statements (message.data["and"]) into one sentence;
    # a realiser that does not gets them as consecutive sentences, the later ones with a pronoun.
    COORDINATION = False

    def message(self, message: Message) -> str:
        coordinated = message.data.get("and")
        if coordinated and not self.COORDINATION:
            sentences = [self._without_coordination(message)]
            for follower in coordinated:
                follower.forms = {**message.forms, "subject": "pronoun"}
                sentences.append(getattr(self, f"realise_{follower.kind}")(follower))
            return " ".join(s for s in sentences if s)
        return getattr(self, f"realise_{message.kind}")(message)

    def _without_coordination(self, message: Message) -> str:
        coordinated = message.data.pop("and")
        try:
            return getattr(self, f"realise_{message.kind}")(message)
        finally:
            message.data["and"] = coordinated

    def fin(self, text: str) -> str:
        return finish(text, self.lang) if text else ""

    # -- helpers shared by the languages ---------------------------------------------------

    def title_is_only_its_type(self, doc: dict, index: int) -> bool:
        """A title that says no more than its type ("Memorandum of Understanding"): named, not quoted.

        Quoted, it reads as the exact title of a known text («le « Mémorandum d'entente »»); the sentence
        says "signed a memorandum of understanding" instead.
        """
        code = doc.get("type")
        if not code:
            return False
        title = self.field_text.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
        bare = title.strip("«»\"\u201c\u201d\u00a0 .")
        return fold(bare) == fold(reference.label("document_type", code, self.lang))

    def number_word(self, n: int) -> str:
        words = NUMBERS.get(self.lang, [])
        return words[n] if 0 <= n < len(words) else str(n)

    def item_phrase(self, item: Item, vocab: str) -> str:
        """The running-text phrase of a list item: the vocabulary's phrase, or the free text given its article."""
        if item.code:
            return self.spell(reference.phrase(vocab, item.code, self.lang, item.path))
        return self.free_phrase(strip_final_stop(item.text or ""))

    def free_phrase(self, text: str) -> str:
        return text

    def spell(self, text: str) -> str:
        """The house spelling of the engine's own words (English: British or American)."""
        return text

    def texts(self, message: Message) -> list[str]:
        value = message.complement
        return [strip_final_stop(t) for t in (value if isinstance(value, list) else [value])]

    def lead_entry(self, message: Message) -> lexicon.LeadIn:
        return lexicon.lead_in(message.verb or "", self.lang)

    def groups(self, message: Message) -> list[Group]:
        return message.data.get("groups") or []

    def date_of(self, date: dt.date) -> str:
        raise NotImplementedError

    def np(self, referent: Referent | None, form: str) -> str:
        raise NotImplementedError

    def person_np(self, person: Person, form: str) -> str:
        raise NotImplementedError

    def subject(self, message: Message) -> str:
        return capitalize_first(self.np(message.subject, message.forms.get("subject", "full")))

    def close(self, text: str) -> str:
        return sentence(text)

    def realise_headline(self, message: Message) -> str:
        raise NotImplementedError

    def realise_presence(self, message: Message) -> str:
        """Ministers of the delegations who were present; a language without the sentence says nothing."""
        return ""
