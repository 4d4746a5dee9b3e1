"""The briefing note: what the principal needs before the meeting, in the future tense.

``build_brief`` returns the ``brief`` a briefing template prints (see the
README's "Documents" section): the heading (addressee, subject, prepared by
/ cleared by / date / reference), purpose and objectives, agenda, documents
to be signed, a profile of each counterpart drawn from the people directory
and the archive, talking points and sensitivities (left out when empty),
background from the archive (earlier meetings, documents, what is still
open, coming anniversaries) and the delegations for the annex.

Without an archive nothing is claimed about the past: no "first meeting",
no background from other records.
"""

from __future__ import annotations

import datetime as dt
import logging
from types import ModuleType
from typing import Any

from ... import record
from ...anniversaries import SUBJECT, next_relations_anniversary
from ...text import fold
from .. import reference
from ..errors import RenderError
from ..plan import next_step_is_event
from ..typography import capitalize_first, quote, sentence
from . import common
from .common import Party
from .wording import Wording

log = logging.getLogger(__name__)


def build_brief(meeting: dict, lang: str, wording: Wording, doc: dict, *, archive: Any = None,
                settings: dict | None = None) -> dict[str, Any]:
    settings = settings or {}
    words = common.language(lang)
    fin = wording.fin
    people = common.parties(meeting, lang)
    our_side = meeting.get("our_side") or "host"
    their_side = "guest" if our_side == "host" else "host"
    ours = [p for p in people if p.side == our_side and p.role == "principal"]
    theirs = [p for p in people if p.side == their_side and p.role == "principal"]
    internal: dict[str, Any] = meeting["internal"] if isinstance(meeting.get("internal"), dict) else {}
    start = common.parse_date(meeting.get("date")) or dt.date.today()
    end = common.parse_date(meeting.get("end_date"))
    kind = meeting.get("kind") or "bilateral_meeting"
    occasion = wording.occasion()
    city = common.maybe((meeting.get("place") or {}).get("city"), lang, "meeting.place.city")

    history = _history(archive, meeting)
    brief: dict[str, Any] = common.heading(meeting, words, fin, doc["letterhead"], wording.date)

    configured = settings.get("briefing_addressee")
    addressee = record.text_in(configured, lang) if configured else None
    if not addressee and ours:
        head = words.title_head(ours[0].title) if ours[0].title else ""
        addressee = words.addressee(head, ours[0].gender) if head else ""
    brief["addressee"] = fin(addressee or words.addressee("", None))

    described = [common.describe(words, p, lang) for p in theirs]
    brief["subject"] = fin(words.subject(described))
    brief["title"] = brief["subject"]
    label = capitalize_first(words.KIND_SHORT.get(kind, kind)) + (f" {occasion}" if occasion else "")
    brief["when_where"] = fin(words.when_where(label, words.date_range(start, end, wording.style), city))

    # Purpose and objectives.
    partner = _partner(words, theirs)
    visit_country = (meeting.get("place") or {}).get("country") or (
        (ours if our_side == "host" else theirs)[0].country if (ours if our_side == "host" else theirs) else None)
    signed = [(d, i) for i, d in enumerate(meeting.get("documents_signed") or []) if isinstance(d, dict)]
    brief["purpose"] = fin(words.purpose(
        kind=kind, our_side=our_side, who=words.list_text([p.name for p in theirs]),
        gender=theirs[0].gender if len(theirs) == 1 else None, occasion=occasion,
        topics=wording.topic_phrases(), areas=wording.area_phrases(), partner=partner,
        visit_country=visit_country, documents=[_type(d, i, lang, wording.spell) for d, i in signed],
    ))
    brief["objectives"] = [fin(sentence(common.text(o, lang, f"meeting.internal.objectives[{i}]")))
                           for i, o in enumerate(internal.get("objectives") or []) if o not in (None, "", {})]

    brief["agenda"] = [fin(item) for item in _agenda(meeting, words, lang, wording.spell)]
    brief["documents_to_sign"] = [fin(_document_to_sign(words, lang, people, d, i, wording.spell)) for d, i in signed]

    brief["counterparts"] = [_profile(words, lang, fin, p, history, wording.style, wording.spell) for p in theirs]

    points = [fin(sentence(common.text(o, lang, f"meeting.internal.talking_points[{i}]")))
              for i, o in enumerate(internal.get("talking_points") or []) if o not in (None, "", {})]
    brief["talking_points"] = points
    brief["todo"] = "" if points else fin(words.WORDS["todo_talking_points"])
    brief["sensitivities"] = _paragraphs(internal.get("sensitivities"), lang, "meeting.internal.sensitivities", fin)
    brief["recommendation"] = _paragraphs(internal.get("recommendation"), lang,
                                          "meeting.internal.recommendation", fin)

    _background(brief, words, lang, fin, meeting, history, partner, start, kind, wording.style, wording.spell,
                settings.get("home_country"), _relations_lookup(archive))
    brief["delegations"] = common.delegations(words, people, meeting, fin)
    brief["remote"] = kind in common.REMOTE_KINDS
    return brief


# -- parts ---------------------------------------------------------------------


def _history(archive: Any, meeting: dict):
    if archive is None or not hasattr(archive, "session"):
        return None
    from ...store.history import counterpart_history  # the render works without a store too

    try:
        return counterpart_history(archive, meeting)
    except Exception:  # an unreadable archive must not stop the note; it then claims nothing
        log.exception("archive history unavailable")
        return None


def _relations_lookup(archive: Any):
    """When two countries established relations: the reference data's date, else the one recorded in the archive
    (the form's Suggest offers to record it); None without an archive."""
    if archive is None or not hasattr(archive, "session"):
        return None
    from ...store.relations import relations_date

    def lookup(a: str, b: str):
        try:
            return relations_date(archive, a, b)
        except Exception:  # an unreadable archive must not stop the note; the reference data still answers
            log.exception("recorded relations dates unavailable")
            from ... import refdata

            return refdata.diplomatic_relations_date(a, b)

    return lookup


def _partner(words: ModuleType, theirs: list[Party]) -> str:
    if not theirs:
        return ""
    first = theirs[0]
    if first.org:
        return words.org_np(first.org)
    if first.country:
        return words.country_np(first.country)
    return first.name


def _paragraphs(value: Any, lang: str, path: str, fin) -> list[str]:
    if value in (None, "", {}):
        return []
    found = common.text(value, lang, path)
    return [fin(part) for part in found.replace("\r\n", "\n").split("\n") if part.strip()]


def _label(vocab: str, item: Any, lang: str, path: str, spell=str) -> str:
    """A vocabulary code's label in the house spelling, or free text as typed."""
    if isinstance(item, str):
        return spell(reference.label(vocab, item, lang, path))
    return capitalize_first(common.text(item, lang, path))


def _agenda(meeting: dict, words: ModuleType, lang: str, spell) -> list[str]:
    items = [_label("topic", t, lang, f"meeting.topics[{i}]", spell) for i, t in enumerate(meeting.get("topics") or [])]
    areas = [_label("cooperation_area", a, lang, f"meeting.cooperation_areas[{i}]", spell)
             for i, a in enumerate(meeting.get("cooperation_areas") or [])]
    if areas:
        items.append(words.agenda_areas(areas))
    return items


def _type(document: dict, index: int, lang: str, spell=str) -> tuple[str | None, str]:
    """A document's type code and its label ("" when the record gives no type)."""
    code = document.get("type")
    if not code:
        return None, ""
    return code, spell(reference.label("document_type", code, lang, f"meeting.documents_signed[{index}].type"))


def _names(people: list[Party], refs: list[Any]) -> list[str]:
    by_ref = {p.ref: p for p in people}
    return [by_ref[r].name for r in refs if r in by_ref]


def _document_to_sign(words: ModuleType, lang: str, people: list[Party], document: dict, index: int,
                      spell=str) -> str:
    title = common.text(document.get("title"), lang, f"meeting.documents_signed[{index}].title")
    type_label = ""
    if document.get("type"):
        path = f"meeting.documents_signed[{index}].type"
        type_label = spell(reference.label("document_type", document["type"], lang, path))
        if fold(title).startswith(fold(type_label)):
            type_label = ""
    return words.document_to_sign(quote(title, lang), type_label, _names(people, document.get("signed_by") or []))


def _profile(words: ModuleType, lang: str, fin, party: Party, history, style: dict, spell=str) -> dict[str, Any]:
    """Current title, earlier titles, earlier meetings and documents with us — or "first meeting"."""
    lines = []
    if party.title:
        of_phrase = common.of_phrase(words, party, lang)
        lines.append(words.current_title(party.title + (f" {of_phrase}" if of_phrase else "")))
    profile: dict[str, Any] = {"name": fin(party.name), "lines": [], "meetings_label": "", "meetings": [],
                               "documents_label": "", "documents": []}
    person = None
    if history is not None:
        person = next((h for h in history.people if h.ref == party.ref), None)
    if person is not None:
        titles = [(title, _year(earlier.first), _year(earlier.last)) for earlier in person.earlier_titles
                  if (title := record.text_in(earlier.title, lang))]
        if titles:
            lines.append(words.earlier_titles(titles))
        if person.meeting_count:
            profile["meetings_label"] = fin(words.met_before(person.meeting_count, _year(person.first_date),
                                                             len(person.meetings)))
            lines_met = (_earlier_line(words, lang, a.meeting, with_ours=True, style=style, spell=spell)
                         for a in person.meetings)
            profile["meetings"] = [fin(line) for line in lines_met if line]
            if person.documents:
                profile["documents_label"] = fin(words.signed_with_us())
                signed = (_signed_line(words, lang, s, style) for s in person.documents)
                profile["documents"] = [fin(line) for line in signed if line]
        else:
            lines.append(words.WORDS["first_meeting"])
    profile["lines"] = [fin(line) for line in lines]
    return profile


def _year(value: str | None) -> int | None:
    return int(value[:4]) if isinstance(value, str) and value[:4].isdigit() else None


def _earlier_line(words: ModuleType, lang: str, other: dict, *, with_ours: bool, style: dict, spell=str) -> str:
    """One line on an earlier meeting: date, kind, place, whom we sent, what it was about."""
    when = common.parse_date(other.get("date"))
    if when is None:
        return ""
    kind = other.get("kind") or "bilateral_meeting"
    city = record.text_in((other.get("place") or {}).get("city"), lang) or ""
    occasion = ""
    if other.get("occasion"):
        try:
            occasion = Wording(other, lang, {"house_style": style}).occasion()
        except RenderError:
            occasion = ""
    our_side = other.get("our_side") or "host"
    ours = ""
    if with_ours:
        names = [record.text_in(p.get("name"), lang) for p in record.principals(other, our_side)]
        ours = words.list_text([n for n in names if n])
    gist = []
    topics = []
    for item in (other.get("topics") or [])[:3]:
        try:
            topics.append(_label("topic", item, lang, "topic", spell))
        except RenderError:
            continue
    if topics:
        gist.append(words.gist_topics(topics))
    types = []
    for document in other.get("documents_signed") or []:
        if isinstance(document, dict) and document.get("type"):
            try:
                types.append(spell(reference.label("document_type", document["type"], lang)))
            except RenderError:
                continue
    if types:
        gist.append(words.gist_signed(types))
    for invitation in other.get("invitations") or []:
        if isinstance(invitation, dict) and invitation.get("visit"):
            gist.append(words.gist_invitation(invitation["visit"]))
            break
    return words.earlier_meeting(words.date(when, style), kind, city, occasion, ours, gist)


def _signed_line(words: ModuleType, lang: str, signed, style: dict) -> str:
    title = record.text_in(signed.document.get("title"), lang)
    when = common.parse_date(signed.meeting.get("date"))
    if not title or when is None:
        return ""
    return words.signed_earlier(quote(title, lang), words.date(when, style))


def _person_name(meeting: dict, ref: Any, lang: str) -> str:
    for p in meeting.get("participants") or []:
        if isinstance(p, dict) and p.get("ref") == ref:
            return record.text_in(p.get("name"), lang) or ""
    return ""


def _person_country(meeting: dict, ref: Any) -> str | None:
    for p in meeting.get("participants") or []:
        if isinstance(p, dict) and p.get("ref") == ref:
            return p.get("country")
    return None


def _background(brief: dict, words: ModuleType, lang: str, fin, meeting: dict, history, partner: str,
                start: dt.date, kind: str, style: dict, spell=str, home_country: str | None = None,
                relations_date=None) -> None:
    brief["honoured"] = []
    brief["earlier_meetings"] = []
    brief["earlier_meetings_label"] = ""
    brief["earlier_documents"] = []
    brief["open_items"] = []
    if history is not None:
        listed_ids = {a.meeting.get("id") for p in history.people for a in p.meetings}
        for item in history.honoured:
            inv = item.invitation
            when = common.parse_date(item.meeting.get("date"))
            if when is None:
                continue
            brief["honoured"].append(fin(words.honoured_invitation(
                when=words.date(when, style), inviter=_person_name(item.meeting, inv.get("from"), lang),
                invited=_person_name(item.meeting, inv.get("to"), lang), visit_now=kind in words.VISITS)))
        others = [m for m in history.meetings if m.get("id") not in listed_ids]
        lines_met = (_earlier_line(words, lang, m, with_ours=True, style=style, spell=spell) for m in others)
        brief["earlier_meetings"] = [fin(line) for line in lines_met if line]
        if brief["earlier_meetings"]:
            brief["earlier_meetings_label"] = fin(words.other_meetings_heading(partner, bool(listed_ids)))
        person_documents = {(s.meeting.get("id"), s.index) for p in history.people for s in p.documents}
        brief["earlier_documents"] = [
            fin(line) for line in (_signed_line(words, lang, s, style) for s in history.documents
                                   if (s.meeting.get("id"), s.index) not in person_documents) if line]
        for item in history.open_invitations:
            inv = item.invitation
            when = common.parse_date(item.meeting.get("date"))
            if when is None:
                continue
            brief["open_items"].append(fin(words.open_invitation(
                when=words.date(when, style), inviter=_person_name(item.meeting, inv.get("from"), lang),
                invited=_person_name(item.meeting, inv.get("to"), lang), visit=inv.get("visit") or "",
                where=_person_country(item.meeting, inv.get("from")) or "", accepted=inv.get("accepted"), style=style)))
        for item in history.open_steps:
            step = item.step
            step_text = record.text_in(step.get("text"), lang)
            agreed = common.parse_date(item.meeting.get("date"))
            if not step_text or agreed is None:
                continue
            due = common.parse_date(step.get("date"))
            brief["open_items"].append(fin(words.open_step(
                text=step_text, agreed=words.date(agreed, style), due=words.date(due, style) if due else "",
                overdue=bool(due and due < start), owner=str(step.get("owner") or ""),
                event=next_step_is_event(step.get("text")))))
        if history.open_step_count > len(history.open_steps):
            brief["open_items"].append(fin(words.more_items(history.open_step_count - len(history.open_steps))))
    brief["anniversaries"] = [fin(line) for line in _anniversaries(words, lang, meeting, history, start,
                                                                   home_country, relations_date)]
    brief["background"] = any(brief[key] for key in ("honoured", "earlier_meetings", "earlier_documents",
                                                      "open_items", "anniversaries"))


def _anniversaries(words: ModuleType, lang: str, meeting: dict, history, start: dt.date,
                   home_country: str | None, relations_date=None) -> list[str]:
    """This record's anniversaries, those earlier records announced for now or later, and the next round one
    of diplomatic relations (chancery.anniversaries: the rule the form's Suggest uses) when it is this year or
    the next."""
    found: list[str] = []
    seen: set[tuple[Any, Any]] = set()

    def add(ordinal: Any, subject: Any, year: Any) -> None:
        if not isinstance(ordinal, int) or ordinal <= 0 or (subject, year) in seen:
            return
        try:
            phrase = reference.phrase("anniversary_subject", subject, lang)
        except RenderError:
            return
        seen.add((subject, year))
        found.append(words.anniversary(ordinal, phrase, year if isinstance(year, int) else None))

    for a in meeting.get("anniversaries") or []:
        if isinstance(a, dict):
            add(a.get("ordinal"), a.get("subject"), a.get("year"))
    for other in (history.meetings if history is not None else []):
        for a in other.get("anniversaries") or []:
            if isinstance(a, dict) and isinstance(a.get("year"), int) and a["year"] >= start.year:
                add(a.get("ordinal"), a.get("subject"), a.get("year"))
    relations = next_relations_anniversary(meeting, home_country, today=start, relations_date=relations_date)
    if relations.year is not None and relations.year <= start.year + 1:  # this year or the next
        add(relations.ordinal, SUBJECT, relations.year)
    return found
