"""Micro-planning: aggregation, referring expressions and variation.

The second stage of the wording pipeline.  The rules are language-neutral;
the data they read is per language (the lexicon's alternatives, "also"
words, heads and adjectives of subjects).  The micro-planner walks a
:class:`~.plan.DocumentPlan` in reading order, keeps the discourse state, and
annotates each message for the realiser:

- **referring expressions** (``message.forms``): a person is named in full at
  first mention (``full``), by the house style's short form afterwards
  (``short``: "M. Baïramov", "Minister Bayramov"), or by a pronoun
  (``pronoun``) — only when the previous sentence of the same paragraph had
  the same subject; after an impersonal or passive sentence the people are
  named again.  The principals together are ``plain`` ("les ministres"),
  ``alt`` when the previous sentence also had them as subject in another
  paragraph ("les deux ministres"), or ``pronoun``;
- **aggregation**: consecutive statements of one speaker with one verb become
  one sentence ("a souligné A, ainsi que B"); list items sharing a head noun
  are joined ("les questions régionales et internationales"); areas usage
  writes as adjectives are gathered ("la coopération politique et
  économique");
- **variation**: one speaker never gets the same lead-in in consecutive
  sentences (the lexicon's alternatives), and takes the least used one over the
  document ("a déclaré" … "a indiqué"); the principals together take the
  forms of a verb in turn over the whole document, the least used first
  ("sont convenus", "sont également convenus", "ont décidé"), the agreed next
  steps included; "also" is said at most once per
  sentence and not in two sentences running, and the meeting's noun is
  counted (``message.mention``) so the realiser names it in full once, then
  by an anaphor ("cet entretien", "the call").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import fold
from . import lexicon
from .plan import DocumentPlan, Item, Message, Paragraph, Referent, person_ref, step_repeats_frame

MERGE_LIMIT = 240  # characters: two statements longer than this together stay two sentences
COORDINATE_LIMIT = 300  # characters of complement in one sentence of coordinated statements


@dataclass
class Group:
    """A run of list items realised together: ``whole`` (one item), ``head`` (items sharing a head), ``adj``."""

    kind: str
    items: list[Item]
    head: str = ""
    parts: list[str] = field(default_factory=list)


def has_also(text: str, lang: str) -> bool:
    folded = fold(text).replace(",", " ")
    for phrase in lexicon.language(lang).get("not_also") or []:
        folded = folded.replace(fold(str(phrase)), " ")
    words = set(folded.split())
    return any(fold(w) in words for w in lexicon.also_words(lang))


def _free_adjective(text: str, lang: str) -> str | None:
    """"coopération énergétique" / "energy cooperation" -> the adjective, else None."""
    word = str(lexicon.language(lang).get("cooperation") or "")
    if not word:
        return None
    words = text.strip().split()
    if len(words) < 2:
        return None
    if fold(words[0]) == fold(word) and len(words) == 2:
        return words[1]
    if fold(words[-1]) == fold(word) and len(words) == 2:
        return words[0]
    return None


def _strip_cooperation(text: str, lang: str) -> str:
    """"coopération dans le domaine des ports" -> "ports"-like remainder for a list of domains."""
    word = str(lexicon.language(lang).get("cooperation") or "")
    low = fold(text)
    if word and low.startswith(fold(word) + " "):
        rest = text.strip()[len(word):].strip()
        for prefix in ("dans le domaine de ", "dans le domaine des ", "dans le domaine du ", "dans les domaines de ",
                       "en matière de ", "in the field of ", "in the fields of ", "in ", "on "):
            if fold(rest).startswith(fold(prefix)):
                rest = rest[len(prefix):]
                if prefix.endswith(("des ", "du ")):
                    rest = ("les " if prefix.endswith("des ") else "le ") + rest
                break
        return rest
    return text


def group_items(items: list[Item], vocab: str, lang: str) -> list[Group]:
    """Aggregation of a list of subjects by shared head noun, adjectives first for areas."""
    groups: list[Group] = []
    adjectives: Group | None = None
    by_head: dict[str, Group] = {}
    for item in items:
        data = lexicon.phrase_data(vocab, item.code, lang) if item.code else {}
        adjective = data.get("adj") if vocab == "cooperation_area" else None
        if item.text and vocab == "cooperation_area":
            adjective = _free_adjective(item.text, lang)
            if adjective is None:
                item = Item(None, _strip_cooperation(item.text, lang), item.path)
        if adjective:
            if adjectives is None:
                adjectives = Group("adj", [])
                groups.insert(0, adjectives)
            adjectives.items.append(item)
            adjectives.parts.append(str(adjective))
            continue
        head = data.get("head")
        if head:
            group = by_head.get(head)
            if group is None:
                group = Group("head", [], head=str(head))
                by_head[head] = group
                groups.append(group)
            group.items.append(item)
            group.parts.append(str(data.get("mod") or ""))
            continue
        groups.append(Group("whole", [item]))
    for group in groups:
        if group.kind == "head" and len(group.items) == 1:
            group.kind = "whole"
    return groups


def shares_four_words(texts: list[str]) -> bool:
    """Whether two texts have a run of four words in common (they would repeat it in one sentence)."""
    seen: set[tuple[str, ...]] = set()
    for text in texts:
        words = fold(text).replace(",", " ").split()
        grams = {tuple(words[i:i + 4]) for i in range(len(words) - 3)}
        if grams & seen:
            return True
        seen |= grams
    return False


class MicroPlanner:
    """Annotates a document plan for one language; ``mentioned``: people already named in full."""

    def __init__(self, plan_facts, *, mentioned: tuple = ()):
        self.facts = plan_facts
        self.lang = plan_facts.lang
        self.mentioned: set[int] = {id(p) for p in mentioned}
        self.previous: Message | None = None          # the previous sentence's message
        self.previous_subject: Referent | None = None
        self.previous_paragraph_subject: Referent | None = None
        self.last_lead_in: dict[tuple, str] = {}
        self.joint_uses: dict[str, dict[str, int]] = {}  # the principals' lead-ins used so far, by verb
        self.speaker_uses: dict[tuple, dict[str, int]] = {}  # one speaker's, by (verb, speaker)
        self.previous_also = False
        self.mentions = 1  # the lead names the meeting

    # -- entry points ---------------------------------------------------------------

    def document(self, plan: DocumentPlan) -> DocumentPlan:
        self.mentioned.clear()
        self.joint_uses.clear()
        self.speaker_uses.clear()
        self.mentions = 0
        for paragraph in plan.paragraphs:
            self.paragraph(paragraph)
        plan.headline.forms = {"subject": "headline", "object": "headline"}
        return plan

    def paragraphs(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        for paragraph in paragraphs:
            self.paragraph(paragraph)
        return paragraphs

    def paragraph(self, paragraph: Paragraph) -> None:
        paragraph.messages = self.merge_statements(paragraph.messages)
        first = True
        for message in paragraph.messages:
            self.message(message, first)
            first = False
        self.previous_paragraph_subject = self.previous_subject

    # -- aggregation of statements ------------------------------------------------------

    def merge_statements(self, messages: list[Message]) -> list[Message]:
        out: list[Message] = []
        for message in messages:
            last = out[-1] if out else None
            if (last is not None and message.kind == "statement" and last.kind == "statement"
                    and message.verb and message.verb == last.verb and message.subject.key == last.subject.key
                    and not message.data.get("quote") and not last.data.get("quote")
                    and isinstance(last.complement, (str, list))):
                texts = last.complement if isinstance(last.complement, list) else [last.complement]
                if sum(len(t) for t in texts) + len(message.complement) <= MERGE_LIMIT:
                    last.complement = [*texts, message.complement]
                    last.data.setdefault("indices", [last.data.get("index")]).append(message.data.get("index"))
                    continue
            out.append(message)
        return self.coordinate(out)

    @staticmethod
    def coordinate(messages: list[Message]) -> list[Message]:
        """The principals' consecutive statements with different verbs share their subject:
        "Les ministres ont souligné A, se sont félicités de B et ont dit que C" (at most three, if short)."""
        out: list[Message] = []
        for message in messages:
            last = out[-1] if out else None
            if (last is not None and message.kind == "statement" and last.kind == "statement"
                    and message.subject.kind == "both" and last.subject.kind == "both"
                    and message.verb and last.verb and not message.data.get("quote") and not last.data.get("quote")
                    and isinstance(message.complement, str)):
                joined = last.data.setdefault("and", [])
                texts = [last.complement, *[m.complement for m in joined], message.complement]
                length = sum(len(t) if isinstance(t, str) else sum(len(x) for x in t) for t in texts)
                verbs = [last.verb, *[m.verb for m in joined], message.verb]
                flat = [t for x in texts for t in (x if isinstance(x, list) else [x])]
                if (len(joined) < 2 and length <= COORDINATE_LIMIT and len(set(verbs)) == len(verbs)
                        and not shares_four_words(flat)):
                    joined.append(message)
                    continue
                if not joined:
                    del last.data["and"]
            out.append(message)
        return out

    # -- referring expressions --------------------------------------------------------------

    def refer(self, referent: Referent | None, *, subject: bool, first_in_paragraph: bool) -> str:
        if referent is None or referent.kind == "impersonal":
            return "none"
        same_as_previous = (self.previous_subject is not None and self.previous_subject.key == referent.key)
        if referent.kind == "both":
            if subject and same_as_previous and not first_in_paragraph:
                return "pronoun"
            if subject and self.previous_subject is not None and self.previous_subject.kind == "both":
                return "alt"
            return "plain"
        if referent.kind == "side":
            return "plain"
        known = all(id(p) in self.mentioned for p in referent.people)
        if not known:
            for person in referent.people:
                self.mentioned.add(id(person))
            return "full"
        if subject and same_as_previous and not first_in_paragraph:
            return "pronoun"
        return "short"

    def other_side(self, speaker: Referent) -> Referent | None:
        person = speaker.person
        if person is None or person.side == "third":
            return None
        facts = self.facts
        others = facts.theirs if person.side == facts.our_side else facts.ours
        if len(others) == 1:
            return person_ref(others[0])
        return Referent("side", tuple(others), others[0].side if others else None)

    # -- one message ------------------------------------------------------------------

    def message(self, message: Message, first_in_paragraph: bool) -> None:
        kind = message.kind
        if kind == "lead":
            message.forms["subject"] = self.refer(message.subject, subject=True, first_in_paragraph=True)
            message.forms["object"] = self.refer(message.complement, subject=False, first_in_paragraph=True)
            third = message.data.get("third")
            if third is not None:
                message.forms["third"] = self.refer(third, subject=False, first_in_paragraph=True)
            self.mentions = 1
            self.finish(message, message.subject)
            return
        if kind in ("format", "signing"):
            message.mention = self.mentions
            self.mentions += 1
        if kind in ("attendance", "presence"):
            message.forms["subject"] = self.refer(message.subject, subject=True, first_in_paragraph=True)
            self.finish(message, message.subject)
            return
        if kind == "visit_invitation":
            self.finish(message, None)
            return
        if kind in ("format",):
            message.data["groups"] = group_items(message.complement, "topic", self.lang)
            self.finish(message, None)
            return
        if kind == "areas":
            message.data["groups"] = group_items(message.complement, "cooperation_area", self.lang)
        subject_form = self.refer(message.subject, subject=True, first_in_paragraph=first_in_paragraph)
        message.forms["subject"] = subject_form
        if kind == "statement":
            self.statement(message, first_in_paragraph)
        elif kind == "invitation":
            guest = message.slots["object"]
            host = message.subject.person
            if (self.facts.counterparts and host is not None and guest.person is not None
                    and host.role == guest.person.role == "principal"
                    and {host.side, guest.person.side} == {"host", "guest"}):
                message.forms["object"] = "counterpart"
            else:
                message.forms["object"] = self.refer(guest, subject=False, first_in_paragraph=False)
        elif kind == "anniversary":
            message.also = not self.previous_also
        elif kind == "next_steps" and message.verb and message.subject.plural:
            # The agreed next steps take the principals' next form of "agreed": "also" only right after an
            # agreement ("Les deux ministres sont également convenus de tenir …"), else the least used one.
            # A first step that opens with the verb itself takes another verb: "ont décidé de convenir des dates",
            # never "sont convenus de convenir".
            first = message.complement[0].text if message.complement else ""
            chosen = self.joint_form(message.verb, said_also=False, also_allowed=bool(message.data.get("after_agreed")),
                                     other_verb=step_repeats_frame(first, self.lang))
            message.data["joint_form"] = chosen
            plural = lexicon.lead_in(message.verb, self.lang).plural
            message.lead_in = chosen if chosen != plural else None
            message.also = self.says_also(chosen)
        elif kind == "next_steps":
            message.also = bool(message.data.get("after_agreed")) and not self.previous_also
        if kind == "signing" and message.subject.kind == "impersonal":
            self.finish(message, None)
            return
        subject: Referent | None = message.subject
        if kind == "invitation" and message.data.get("accepted") is True:
            subject = None  # "L'invitation a été acceptée": the next sentence names people again
        self.finish(message, subject)

    def statement(self, message: Message, first_in_paragraph: bool) -> None:
        if message.verb is None:
            return
        lead = lexicon.lead_in(message.verb, self.lang)
        texts = message.complement if isinstance(message.complement, list) else [message.complement]
        said_also = any(has_also(t, self.lang) for t in texts)
        continued = (self.previous is not None and not first_in_paragraph
                     and self.previous_subject is not None and self.previous_subject.key == message.subject.key)
        if message.subject.kind == "impersonal":
            message.lead_in = None  # the impersonal form is the realiser's
            # A second impersonal sentence with the same verb right after the first is varied ("Il a en outre
            # été souligné que …", "It was also noted that …"), never opened alike.
            previous = self.previous
            message.data["again"] = bool(
                continued and previous is not None and previous.kind == "statement" and previous.verb == message.verb
                and not said_also and not self.previous_also)
            message.also = message.data["again"]
        elif message.subject.kind == "both":
            # The principals together vary their verb over the whole document ("Les ministres sont convenus …
            # Ils sont également convenus … Les ministres ont décidé …").
            chosen = self.joint_form(message.verb, said_also=said_also)
            message.data["joint_form"] = chosen
            message.lead_in = chosen if chosen != lead.plural else None
            message.also = self.says_also(chosen)
        else:
            candidates = lead.forms()
            if continued and lead.continued:
                candidates = [lead.continued, *candidates]
            says_also = self.says_also
            usable = [f for f in candidates if not (says_also(f) and (said_also or self.previous_also))]
            previous_form = self.last_lead_in.get(message.subject.key) if continued else None
            usable = [f for f in usable if f != previous_form] or usable or candidates
            # Over the whole document too: a speaker's second "a déclaré" two paragraphs later is "a indiqué".
            uses = self.speaker_uses.setdefault((message.verb, message.subject.key), {})
            message.lead_in = min(usable, key=lambda form: uses.get(form, 0))
            uses[message.lead_in] = uses.get(message.lead_in, 0) + 1
            self.last_lead_in[message.subject.key] = message.lead_in
            message.also = says_also(message.lead_in)
        addressee = self.other_side(message.subject) if message.subject.kind == "person" else None
        if addressee is not None:
            if self.facts.counterparts:
                message.forms["addressee"] = "counterpart"
            else:
                message.forms["addressee"] = self.refer(addressee, subject=False, first_in_paragraph=False)
            message.slots["addressee"] = addressee
        if message.data.get("quote") and message.forms.get("subject") == "pronoun":
            message.forms["subject"] = "short"  # « … », a déclaré M. X — never "a-t-il"

    def says_also(self, form: str) -> bool:
        """Whether a lead-in says "also" ("sont également convenus", "also agreed", "также договорились")."""
        words = fold(form).split()
        return any(fold(w) in words for w in lexicon.also_words(self.lang))

    def joint_form(self, verb: str, *, said_also: bool, also_allowed: bool = True, other_verb: bool = False) -> str:
        """The principals' lead-in of ``verb``: the form used least so far in the document (the lexicon's order
        breaks ties), never the form of the sentence just before, never "also" twice in a sentence or in two
        sentences running; with ``other_verb``, only the forms without the plain form's verb ("ont décidé",
        not "sont également convenus"), when there is one."""
        lead = lexicon.lead_in(verb, self.lang)
        forms = lead.plural_forms(self.lang)
        if other_verb:
            own = fold(lead.plural).split()[-1]  # "convenus", "agreed", "договорились"
            forms = [f for f in forms if own not in fold(f).split()] or forms
        uses = self.joint_uses.setdefault(verb, {})
        previous = self.previous
        previous_form = previous.data.get("joint_form") if previous is not None and previous.verb == verb else None
        usable = [f for f in forms if f != previous_form
                  and not (self.says_also(f) and (said_also or self.previous_also or not also_allowed))]
        chosen = min(usable or forms, key=lambda form: uses.get(form, 0))
        uses[chosen] = uses.get(chosen, 0) + 1
        return chosen

    def finish(self, message: Message, subject: Referent | None) -> None:
        texts = message.complement if isinstance(message.complement, list) else [message.complement]
        said_also = message.also or any(isinstance(t, str) and has_also(t, self.lang) for t in texts)
        self.previous_also = said_also
        self.previous = message
        self.previous_subject = subject
