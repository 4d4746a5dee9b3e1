"""The document plan: which messages a communiqué carries, in which order and paragraphs.

Language-neutral (the first stage of the wording pipeline; see
:mod:`chancery.render.prose`).  A :class:`Message` is a structure — who
(:class:`Referent`), a verb (a lexicon code or one of the engine's own event
verbs), its complement, time and place — never a string.  The plan decides:

- the order of the parts: lead, format and topics, statements (ours, theirs,
  joint, as recorded, with the cooperation areas before the first joint
  statement), anniversaries, invitations, next steps, signing;
- **discourse order** of the signing: in the lead for a signing ceremony with
  one document, right after the lead for a signing ceremony with several
  documents or whenever the headline announces it (any meeting but a visit
  or an audience: the headline's news is never left for the last paragraph);
  otherwise (a visit, whose headline names the visit; an audience) at the
  end, unless a statement
  refers to a signed document ("ce mémorandum", "this programme"), in which
  case the signing comes before that statement;
- paragraphs: consecutive statements of one speaker share a paragraph.

Referring expressions, aggregation and variation are the micro-planner's
(:mod:`.microplan`); the words are the realisers'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..text import fold
from . import lexicon
from .errors import RenderError
from .facts import Facts, Person, parse_date


@dataclass(frozen=True)
class Referent:
    """Who a message is about: one person, a group, the principals together, a side, or no one."""

    kind: str                              # person | group | both | side | impersonal
    people: tuple[Person, ...] = ()
    side: str | None = None

    @property
    def key(self) -> tuple:
        return (self.kind, self.side, tuple(id(p) for p in self.people))

    @property
    def plural(self) -> bool:
        return self.kind in ("group", "both") or len(self.people) > 1

    @property
    def feminine(self) -> bool:
        return bool(self.people) and all(p.feminine for p in self.people)

    @property
    def person(self) -> Person | None:
        return self.people[0] if len(self.people) == 1 else None


IMPERSONAL = Referent("impersonal")


def person_ref(person: Person) -> Referent:
    return Referent("person", (person,), person.side)


def people_ref(people: list[Person]) -> Referent:
    if len(people) == 1:
        return person_ref(people[0])
    return Referent("group", tuple(people), people[0].side if people else None)


@dataclass
class Item:
    """One entry of a list of subjects: a vocabulary code or free text (already in the output language)."""

    code: str | None
    text: str | None
    path: str


@dataclass
class Message:
    kind: str                                   # lead | visit_invitation | format | areas | statement | signing |
    #                                              anniversary | invitation | next_steps
    subject: Referent = IMPERSONAL
    verb: str | None = None
    complement: Any = None
    when: Any = None
    place: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    # Filled by the micro-planner:
    forms: dict[str, str] = field(default_factory=dict)        # slot -> referring form
    slots: dict[str, Referent] = field(default_factory=dict)   # other referents (object, addressee…)
    lead_in: str | None = None                                  # chosen lexicon form for a statement
    also: bool = False                                          # may say "also"/"également"
    mention: int = 0                                            # how many times the meeting was named before


@dataclass(frozen=True)
class NextStep:
    """One agreed follow-up of a next_steps message: its text, its date, and whether that date is a deadline."""

    text: str
    date: Any = None                            # datetime.date | None
    deadline: bool = True                       # "by 18 June" (a task) rather than "on 18 June" (an event)


@dataclass
class Paragraph:
    messages: list[Message]
    role: str = "body"                          # lead | body


@dataclass
class DocumentPlan:
    facts: Facts
    paragraphs: list[Paragraph]
    headline: Message


# -- building the plan --------------------------------------------------------------


def items(facts: Facts, field_name: str) -> list[Item]:
    out = []
    for i, item in enumerate(facts.meeting.get(field_name) or []):
        path = f"meeting.{field_name}[{i}]"
        if isinstance(item, str):
            out.append(Item(item, None, path))
        elif item not in (None, "", {}):
            out.append(Item(None, facts.texts.get(item, path), path))
    return out


def check_speaker(facts: Facts, index: int, statement: dict) -> None:
    speaker = statement.get("speaker")
    if speaker not in (None, "both") and speaker not in facts.by_ref:
        raise RenderError(
            f"meeting.statements[{index}].speaker: no participant with ref '{speaker}'",
            [f"meeting.statements[{index}].speaker: unknown ref"],
        )


def statement_message(facts: Facts, index: int, statement: dict) -> Message:
    check_speaker(facts, index, statement)
    path = f"meeting.statements[{index}]"
    text = facts.texts.get(statement.get("text"), f"{path}.text")
    verb = statement.get("verb") or None
    if verb:
        from . import reference

        reference.label("reporting_verb", verb, facts.lang, f"{path}.verb")
        lexicon.lead_in(verb, facts.lang)  # an error naming the verb when the lexicon lacks it
    speaker = statement.get("speaker")
    if speaker == "both":
        subject = Referent("both", tuple(facts.all_principals()))
    elif speaker is None:
        subject = IMPERSONAL
    else:
        subject = person_ref(facts.person(speaker, f"{path}.speaker"))
    return Message("statement", subject, verb, text, data={"index": index, "quote": statement.get("quote") is True})


def refers_to_documents(facts: Facts, text: str) -> bool:
    """Whether a statement points at a signed document ("ce mémorandum", "this programme")."""
    from . import reference

    nouns: list[str] = []
    for doc, index in facts.signed():
        if doc.get("type"):
            label = reference.label("document_type", doc["type"], facts.lang).lower()
            nouns += [label, label.split()[0]]
        title = facts.texts.maybe(doc.get("title"), f"meeting.documents_signed[{index}].title")
        if title:
            nouns.append(title.split()[0].lower())
    pattern = lexicon.document_reference(facts.lang, nouns)
    return bool(pattern and re.search(pattern, text, re.IGNORECASE))


def signing_messages(facts: Facts) -> list[Message]:
    """One message per group of documents with the same signatories, in record order."""
    groups: dict[tuple, list[tuple[dict, int]]] = {}
    for doc, i in facts.signed():
        for ref in doc.get("signed_by") or []:
            facts.person(ref, f"meeting.documents_signed[{i}].signed_by")
        facts.texts.get(doc.get("title"), f"meeting.documents_signed[{i}].title")
        groups.setdefault(tuple(doc.get("signed_by") or []), []).append((doc, i))
    out: list[Message] = []
    for refs, docs in groups.items():
        if facts.signers_are_principals(list(refs)):
            subject = Referent("both", tuple(facts.all_principals()))
        else:
            subject = people_ref([facts.by_ref[r] for r in refs])
        out.append(Message("signing", subject, "sign", docs, data={"more": bool(out)}))
    return out


def plan_communique(facts: Facts) -> DocumentPlan:
    ours = people_ref(facts.lead_ours)
    theirs = people_ref(facts.lead_theirs)
    docs = facts.signed()
    lead = Message("lead", ours, facts.kind, theirs, when=(facts.date, facts.end), place=facts.city,
                   data={"third": people_ref(facts.third) if facts.third else None})
    in_lead = facts.kind == "signing_ceremony" and len(docs) == 1
    if in_lead:
        lead.data["document"] = docs[0]
    lead_paragraph = Paragraph([lead], role="lead")
    if facts.attending:
        lead_paragraph.messages.append(Message("attendance", people_ref(facts.attending), "attend"))
    present = facts.ministers_present()
    if present:
        lead_paragraph.messages.append(Message("presence", people_ref(present), "attend"))
    if facts.kind in ("official_visit", "working_visit", "state_visit") and facts.initiated_by:
        lead_paragraph.messages.append(Message("visit_invitation", IMPERSONAL, data={"side": facts.initiated_by}))
    headline = Message("headline", ours, facts.kind, theirs, data={"documents": docs})

    signing = [] if in_lead else signing_messages(facts)
    paragraphs: list[Paragraph] = [lead_paragraph]
    early = facts.kind == "signing_ceremony"
    if signing and early:
        for message in signing:
            message.data["early"] = True
        paragraphs.append(Paragraph(signing))
        signing = []
    elif signing and facts.signing_in_headline():
        # The headline announces the signing: it is stated right after the lead ("À l'issue de l'entretien, …").
        paragraphs.append(Paragraph(signing))
        signing = []

    topics = items(facts, "topics")
    if topics or facts.format:
        paragraphs.append(Paragraph([Message("format", IMPERSONAL, "discuss", topics, data={"format": facts.format})]))

    areas = items(facts, "cooperation_areas")
    both = Referent("both", tuple(facts.all_principals()))
    areas_message = Message("areas", both, "discuss", areas) if areas else None
    if areas_message is not None and not any(s.get("speaker") == "both" for _i, s in facts.statements()):
        # No joint statement to open: the areas follow the topics.
        paragraphs.append(Paragraph([areas_message]))
        areas_message = None
    current: list[Message] = []
    previous: Any = object()
    for index, statement in facts.statements():
        message = statement_message(facts, index, statement)
        if signing and refers_to_documents(facts, message.complement):
            for early in signing:
                early.data["early"] = True
            if current:
                paragraphs.append(Paragraph(current))
                current = []
            paragraphs.append(Paragraph(signing))
            signing = []
            previous = object()
        speaker = statement.get("speaker")
        # One speaker's run stays in one paragraph; so do consecutive impersonal statements ("Il a été convenu …").
        continued = speaker == previous and bool(current) and (speaker is not None or statement.get("verb"))
        if not continued:
            if current:
                paragraphs.append(Paragraph(current))
            current = []
            if speaker == "both" and areas_message is not None:
                current.append(areas_message)
                areas_message = None
        current.append(message)
        previous = speaker
    if current:
        paragraphs.append(Paragraph(current))
    if areas_message is not None:
        paragraphs.append(Paragraph([areas_message]))

    anniversaries = [a for a in (facts.meeting.get("anniversaries") or []) if isinstance(a, dict)]
    if anniversaries:
        paragraphs.append(Paragraph([Message("anniversary", Referent("both", tuple(facts.all_principals())),
                                             "discuss", anniversaries)]))
    invitations: list[Message] = []
    for i, inv in enumerate(facts.meeting.get("invitations") or []):
        if not isinstance(inv, dict):
            continue
        path = f"meeting.invitations[{i}]"
        host = facts.person(inv.get("from"), f"{path}.from")
        guest = facts.person(inv.get("to"), f"{path}.to")
        message = Message("invitation", person_ref(host), "invite", inv.get("visit"),
                          data={"accepted": inv.get("accepted")})
        message.slots["object"] = person_ref(guest)
        previous = invitations[-1] if invitations else None
        # A reciprocal invitation answers the one before it ("M. Asif a à son tour invité son homologue …");
        # after several invitations, the acceptance points at the last one ("Cette invitation a été acceptée").
        message.data["in_turn"] = bool(previous and previous.subject.person is guest
                                       and previous.slots["object"].person is host)
        message.data["several"] = bool(invitations)
        invitations.append(message)
    if invitations:
        paragraphs.append(Paragraph(invitations))
    steps = []
    for i, step in enumerate(facts.meeting.get("next_steps") or []):
        if not isinstance(step, dict):
            continue
        text = facts.texts.get(step.get("text"), f"meeting.next_steps[{i}].text")
        date = parse_date(step["date"], f"meeting.next_steps[{i}].date") if step.get("date") else None
        steps.append(NextStep(text, date, deadline=not next_step_is_event(step.get("text"))))
    if steps:
        message = Message("next_steps", Referent("both", tuple(facts.all_principals())), "agreed", steps)
        last = paragraphs[-1].messages[-1] if paragraphs[-1].messages else None
        if last is not None and last.kind == "statement" and last.verb == "agreed" and last.subject.kind == "both":
            # Right after the principals agreed on something: "Les deux ministres sont également convenus …".
            message.data["after_agreed"] = True
        paragraphs.append(Paragraph([message]))  # a paragraph of its own (the record of conversation reads it)
    if signing:
        paragraphs.append(Paragraph(signing))
    return DocumentPlan(facts, paragraphs, headline)


def plan_statements(facts: Facts, speaker: Any = ..., *, group_by_speaker: bool = False) -> list[Paragraph]:
    """The statements alone (for the record of conversation): one paragraph per run of one speaker.

    ``speaker``: a participant ref, "both", None (impersonal) or ``...`` (all).
    With ``group_by_speaker`` the statements of each speaker are gathered in
    the order speakers first speak.
    """
    selected = [(i, s) for i, s in facts.statements() if speaker is ... or s.get("speaker") == speaker]
    if group_by_speaker:
        order: list[Any] = []
        for _i, s in selected:
            if s.get("speaker") not in order:
                order.append(s.get("speaker"))
        selected = [(i, s) for who in order for i, s in selected if s.get("speaker") == who]
    paragraphs: list[Paragraph] = []
    current: list[Message] = []
    previous: Any = object()
    for index, statement in selected:
        message = statement_message(facts, index, statement)
        who = statement.get("speaker")
        if current and who != previous:
            paragraphs.append(Paragraph(current))
            current = []
        current.append(message)
        previous = who
    if current:
        paragraphs.append(Paragraph(current))
    return paragraphs


# -- next steps: an event to be held, or a task with a deadline ----------------------------------------------

_STEP_WORDS = re.compile(r"\w+'|\w+(?:-\w+)*|[^\w\s]")
_STEP_OBJECT_WORDS = 6   # "tenir prochainement au Pérou la VIIe Rencontre …": the event noun, six words on
_STEP_AT_WORDS = 3       # "at the next meeting", "на очередном заседании"


def _step_words(text: str) -> list[str]:
    return _STEP_WORDS.findall(fold(text.replace("\u2019", "'")))


_STEP_KEYS = ("skip", "event_verbs", "light_verbs", "not_events", "determiners", "at_event", "event_phrases",
              "repeat_frame")
_step_cache: dict[str, tuple[dict, dict[str, list[list[str]]]]] = {}


def _step_data(lang: str) -> dict[str, list[list[str]]] | None:
    """The lexicon's ``next_steps`` phrases of ``lang`` as word lists, made once per load of the lexicon."""
    data = lexicon.language(lang).get("next_steps")
    if not isinstance(data, dict):
        return None
    cached = _step_cache.get(lang)
    if cached is None or cached[0] is not data:  # lexicon.reload() gives new tables
        entries = {key: [_step_words(str(e)) for e in data.get(key) or [] if str(e).strip()] for key in _STEP_KEYS}
        entries["event_nouns"] = [[fold(str(n))] for n in data.get("event_nouns") or []]
        entries["stops"] = [[fold(str(w))] for w in data.get("stops") or []]
        cached = _step_cache[lang] = (data, entries)
    return cached[1]


def _step_start(words: list[str], skip: list[list[str]]) -> int:
    """Where a step's own words begin, after "to", "de" …"""
    start = 0
    while start < len(words) and _starts_with(words, start, skip):
        start += _starts_with(words, start, skip)
    return start


def _starts_with(words: list[str], at: int, phrases: list[list[str]]) -> int:
    """The length of the longest of ``phrases`` found at ``words[at:]`` (0 when none)."""
    found = [len(p) for p in phrases if p and words[at:at + len(p)] == p]
    return max(found, default=0)


def _is_event_noun(word: str, nouns: list[str]) -> bool:
    head = word.rsplit("-", 1)[-1]  # "бизнес-форум", "follow-up meeting"
    return any(head == noun or (noun.endswith("*") and head.startswith(noun[:-1])) for noun in nouns)


def _names_event(words: list[str], nouns: list[str], stops: list[str], limit: int) -> bool:
    """An event noun among the first ``limit`` words, before punctuation or a stop word."""
    for word in words[:limit]:
        if not word[:1].isalnum() or word in stops:
            return False
        if _is_event_noun(word, nouns):
            return True
    return False


def _step_is_event_in(text: str, data: dict[str, list[list[str]]]) -> bool:
    words = _step_words(text)
    nouns = [n[0] for n in data["event_nouns"]]
    stops = [w[0] for w in data["stops"]]
    start = _step_start(words, data["skip"])
    if _starts_with(words, start, data["event_verbs"]):
        return True                     # "meet again", "se réunir", "созвать рабочую группу"
    if not _starts_with(words, start, data["not_events"]):
        light = _starts_with(words, start, data["light_verbs"])
        if light and _names_event(words[start + light:], nouns, stops, _STEP_OBJECT_WORDS):
            return True                 # "hold the next round of consultations", "провести очередное заседание"
    opening = _starts_with(words, start, data["determiners"])
    if (opening or (start < len(words) and _is_event_noun(words[start], nouns))) and _names_event(
            words[start:], nouns, stops, 4):
        return True                     # a noun phrase: "a new meeting in Astana"
    markers = data["at_event"]
    phrases = data["event_phrases"]
    for at in range(start, len(words)):
        if _starts_with(words, at, phrases):
            return True                 # "on that occasion"
        marker = _starts_with(words, at, markers)
        if marker and _names_event(words[at + marker:], nouns, stops, _STEP_AT_WORDS):
            return True                 # "discuss, at the meeting of NATO Foreign Ministers, …"
    return False


def next_step_is_event(text: Any) -> bool:
    """Whether a next step is itself a dated event rather than a task whose date is a deadline.

    An event — a meeting, visit, session, round of consultations, forum … to be held — keeps its date as
    the day it takes place ("to hold the next round of consultations in Astana on 18 June"); any other
    step is a task and its date a deadline ("to exchange draft texts by 18 June").  Decided from the
    step's text with the ``next_steps`` data of the lexicon (``language.toml``), in every language the
    record gives: a step that reads as an event in one language is an event in all of them, so the
    communiqués of one meeting never disagree.
    """
    texts = text.items() if isinstance(text, dict) else [(lang, text) for lang in ("fr", "en", "ru")]
    for lang, typed in texts:
        data = _step_data(str(lang))
        if isinstance(typed, str) and typed.strip() and data is not None and _step_is_event_in(typed, data):
            return True
    return False


def step_repeats_frame(text: str, lang: str) -> bool:
    """Whether a step opens with the verb of agreeing itself (the lexicon's ``next_steps.repeat_frame``:
    "convenir des dates", "agree on the dates"): after "sont convenus de" it would say it twice."""
    data = _step_data(lang)
    if data is None:
        return False
    words = _step_words(text)
    return bool(_starts_with(words, _step_start(words, data["skip"]), data["repeat_frame"]))
