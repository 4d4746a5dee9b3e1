"""English wording of the internal documents: the briefing note for the
Minister and the record of conversation.

The same functions as ``fr.py``, each taking facts already in English and
returning a finished phrase or sentence (typography is applied by the caller).
"""

from __future__ import annotations

import datetime as dt

from .. import english as grammar
from .. import reference
from ..typography import capitalize_first, sentence, strip_final_stop

LANG = "en"

WORDS = {
    "first_meeting": "First meeting with us.",
    "todo_talking_points": "Talking points are still to be written.",
    "to_be_assigned": "to be assigned",
    "not_set": "—",
    "done": "done",
    "head_of_delegation": "head of delegation",
    "other_participants": "Other participants",
    "both": "Both sides",
    "impersonal": "Other points",
    "ministry": "Ministry of Foreign Affairs",
    "cooperation": "Cooperation",
}

MEETING_NOUNS = {  # (noun phrase, plural)
    "bilateral_meeting": ("the meeting", False),
    "official_visit": ("the talks", True),
    "working_visit": ("the talks", True),
    "state_visit": ("the talks", True),
    "phone_call": ("the telephone conversation", False),
    "videoconference": ("the videoconference", False),
    "sidelines": ("the meeting", False),
    "audience": ("the audience", False),
    "signing_ceremony": ("the signing ceremony", False),
    "political_consultations": ("the political consultations", True),
}
KIND_SHORT = {
    "bilateral_meeting": "meeting", "official_visit": "official visit", "working_visit": "working visit",
    "state_visit": "state visit", "phone_call": "telephone conversation", "videoconference": "videoconference",
    "sidelines": "meeting", "audience": "audience", "signing_ceremony": "signing ceremony",
    "political_consultations": "political consultations",
}
VISITS = {"official_visit": "official visit", "working_visit": "working visit", "state_visit": "state visit"}
NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
AREAS_IN_PURPOSE = 4
_COMPOUND_HEADS = ("secretary of state", "minister of state", "secretary-general", "secretary general",
                   "high representative", "chargé d'affaires", "prime minister", "deputy prime minister")
SEMICOLON = "; "


# -- small helpers -----------------------------------------------------------


def american(style: dict | None) -> bool:
    return str((style or {}).get("en_variant", "en-GB")).lower() in ("en-us", "us", "american")


def date(value: dt.date, style: dict | None = None, *, year: bool = True) -> str:
    """2 July 2021 · July 2, 2021 (``style``: the house style, see facts.HOUSE_STYLE_DEFAULTS)."""
    return grammar.date_text(value, year=year, us=american(style))


def list_text(items: list[str]) -> str:
    return grammar.list_text(items)


def country_np(code: str) -> str:
    found = reference.grammar(code)
    return ("the " if found.get("en_the") is True else "") + reference.country_name(code, LANG)


def of_country(code: str) -> str:
    return "of " + country_np(code)


def in_country(code: str) -> str:
    return "in " + country_np(code)


def to_country(code: str) -> str:
    return "to " + country_np(code)


def of_org(org: str) -> str:
    return "of " + grammar.with_the(org)


def org_np(org: str) -> str:
    return grammar.with_the(org)


def title_head(title: str) -> str:
    """"Minister" of "Minister of Foreign Affairs"; "Secretary of State" stays whole."""
    low = title.lower()
    for compound in _COMPOUND_HEADS:
        if low.startswith(compound):
            return title[: len(compound)]
    return grammar.title_head(title)


# -- heading -----------------------------------------------------------------


def addressee(head: str, gender: str | None) -> str:
    """Note for the Minister · Note for the President."""
    if not head:
        return "Note"
    return "Note for the " + " ".join(word[:1].upper() + word[1:] for word in head.split())


def describe(name: str, title: str, of_phrase: str) -> str:
    """Ruslan Kazakbaev, Minister of Foreign Affairs of Kyrgyzstan."""
    if not title:
        return name
    return f"{name}, {title}" + (f" {of_phrase}" if of_phrase else "")


def subject(people: list[str]) -> str:
    return f"Meeting with {list_text(people)}"


def when_where(kind_label: str, when: str, city: str) -> str:
    return f"{kind_label} — {when}" + (f", {city}" if city else "")


def delegation_label(side_word: str, country: str | None, org: str | None, adjective: str) -> str:
    """Kyrgyz delegation (visiting side) · Delegation of the OSCE (host side)."""
    role = {"host": "host side", "guest": "visiting side"}.get(side_word, side_word)
    if org:
        return f"Delegation {of_org(org)} ({role})"
    if adjective:
        return f"{adjective} delegation ({role})"
    if country:
        return f"Delegation {of_country(country)} ({role})"
    return capitalize_first(role)


def side_label(country: str | None, org: str | None, adjective: str, *, caller: bool) -> str:
    """A side of a call: Kyrgyz side · European Union — (caller)."""
    if org:
        label = org
    elif adjective:
        label = f"{adjective} side"
    elif country:
        label = capitalize_first(country_np(country))
    else:
        label = "Other side"
    return label + (" (caller)" if caller else "")


def demonym(code: str | None) -> str:
    if not code:
        return ""
    return reference.grammar(code).get("en_adjective") or ""


# -- the briefing note -----------------------------------------------------


def purpose(*, kind: str, our_side: str, who: str, gender: str | None, occasion: str, topics: list[str],
            areas: list[str], partner: str, visit_country: str | None,
            documents: list[tuple[str | None, str]]) -> str:
    """A neutral sentence of what the meeting is for, in the future tense."""
    noun, _plural = MEETING_NOUNS.get(kind, MEETING_NOUNS["bilateral_meeting"])
    if kind == "audience":
        intro = f"{noun} granted to {who}" if our_side == "host" else f"{noun} with {who}"
    else:
        intro = f"{noun} with {who}"
    if occasion:
        intro += f", {occasion},"
    elif kind in VISITS and visit_country:
        visit = VISITS[kind]
        whose = {"m": "his", "f": "her"}.get(gender or "", "their") if our_side == "host" else "the"
        intro += f", during {whose} {visit} {to_country(visit_country)},"
    objects = []
    if topics:
        objects.append(list_text(topics))
    if len(areas) > AREAS_IN_PURPOSE:
        objects.append("cooperation in the areas on the agenda")
    elif areas:
        objects.append(f"cooperation in {list_text(areas)}")
    if objects:
        text = sentence(f"{intro} will review {', as well as '.join(objects)}")
    else:
        text = sentence(f"{intro} will take stock of relations with {partner}")
    if documents:
        text += " " + sentence(f"The signing of {_some_documents(documents)} is planned")
    return text


def _some_documents(documents: list[tuple[str | None, str]]) -> str:
    """a programme of cooperation · two documents."""
    if len(documents) > 1:
        return f"{NUMBERS.get(len(documents), str(len(documents)))} documents"
    _code, label = documents[0]
    return grammar.indefinite(label.lower()) if label else "a document"


def document_np(code: str | None, label: str) -> str:
    """the programme of cooperation."""
    return "the " + label.lower()


def agenda_areas(labels: list[str]) -> str:
    return f"{WORDS['cooperation']}: {list_text([lower_first(label) for label in labels])}"


def document_to_sign(title: str, type_label: str, signatories: list[str]) -> str:
    text = title
    if type_label:
        text += f" ({type_label.lower()})"
    if signatories:
        text += f" — signatories: {list_text(signatories)}"
    return text


def current_title(title: str) -> str:
    return f"Current office: {title}."


def earlier_titles(items: list[tuple[str, int | None, int | None]]) -> str:
    parts = []
    for title, first, last in items:
        years = "" if first is None else f" ({first})" if first == last else f" ({first}–{last})"
        parts.append(title + years)
    return f"Earlier offices: {SEMICOLON.join(parts)}."


def met_before(count: int, since: int | None, shown: int) -> str:
    text = f"Earlier meetings with us ({count}" + (f", since {since}" if since and count > 1 else "") + ")"
    if shown < count:
        text += f", the {shown} latest"
    return text + ":"


def signed_with_us() -> str:
    return "Documents signed with us:"


def earlier_meeting(when: str, kind: str, city: str, occasion: str, ours: str, gist: list[str]) -> str:
    """May 4, 2020 — official visit in Bishkek, with Jeyhun Bayramov: bilateral agenda; signed: plan."""
    text = f"{when} — {KIND_SHORT.get(kind, 'meeting')}"
    if occasion:
        text += f" {occasion}"
    elif city and kind not in ("phone_call", "videoconference"):
        text += f" to {city}" if kind in VISITS else f" in {city}"
    if ours:
        # "entretien téléphonique avec X", but "visite officielle à Bichkek, avec X"
        placed = bool(occasion) or (bool(city) and kind not in ("phone_call", "videoconference"))
        text += f"{',' if placed else ''} with {ours}"
    if gist:
        text += ": " + SEMICOLON.join(gist)
    return text


def gist_topics(labels: list[str]) -> str:
    return ", ".join(lower_first(label) for label in labels)


def gist_signed(type_labels: list[str]) -> str:
    return "signed: " + ", ".join(label.lower() for label in type_labels)


def gist_invitation(visit: str) -> str:
    return f"invitation to {grammar.indefinite(VISITS.get(visit, 'visit'))}"


def signed_earlier(title: str, when: str) -> str:
    return f"{title} ({when})"


def other_meetings_heading(partner: str, any_listed_above: bool) -> str:
    return ("Other meetings with " if any_listed_above else "Earlier meetings with ") + partner


def open_invitation(*, when: str, inviter: str, invited: str, visit: str, where: str, accepted: bool | None,
                    style: dict | None = None) -> str:
    what = grammar.indefinite(VISITS.get(visit, "visit"))
    text = f"Invitation extended on {when} by {inviter} to {invited} to pay {what}"
    if where:
        text += f" {to_country(where)}"
    status = "accepted, not yet honoured" if accepted else "not yet honoured"
    if american(style):
        status = status.replace("honoured", "honored")
    return f"{text}: {status}."


def honoured_invitation(*, when: str, inviter: str, invited: str, visit_now: bool) -> str:
    what = "This visit will follow up on" if visit_now else "This meeting will follow up on"
    return f"{what} the invitation extended on {when} by {inviter} to {invited}."


def open_step(*, text: str, agreed: str, due: str, overdue: bool, owner: str, event: bool = False) -> str:
    """An open next step of an earlier meeting; the date of an event (a meeting to be held) is when it is planned,
    any other step's a deadline."""
    line = capitalize_first(strip_final_stop(text)) + f" — agreed on {agreed}"
    if due:
        if event:
            line += f", planned for {due}" + (" (date passed)" if overdue else "")
        else:
            line += f", due {due}" + (" (overdue)" if overdue else "")
    if owner:
        line += f", owner: {owner}"
    return line + "."


def more_items(count: int) -> str:
    return f"… and {count} more, not listed here."


def anniversary(ordinal: int, subject_phrase: str, year: int | None) -> str:
    text = f"{grammar.ordinal(ordinal)} anniversary of {subject_phrase}"
    return text + (f" ({year})" if year else "")


def prepared_on(when: str) -> str:
    return when


# -- the record of conversation --------------------------------------------


def speaker_heading(name: str, title: str) -> str:
    return f"{name} ({title})" if title else name


def signed_document(title: str, signatories: list[str]) -> str:
    return title + (f", signed by {list_text(signatories)}" if signatories else "")


def follow_visit(*, visitor: str, visit: str, where: str) -> str:
    what = VISITS.get(visit, "visit")
    return f"Prepare the {what} of {visitor}" + (f" {to_country(where)}" if where else "")


def follow_document(document: str, period: str | None) -> str:
    """Follow up the implementation of the programme of cooperation for 2021-2022."""
    text = f"Follow up the implementation of {document}"
    if period and period not in document:
        text += f" for {period}"
    return text


def follow_anniversary(ordinal: int, subject_phrase: str) -> str:
    return f"Prepare the celebration of the {grammar.ordinal(ordinal)} anniversary of {subject_phrase}"


def due_year(year: int) -> str:
    return str(year)


def lower_first(text: str) -> str:
    if len(text) > 1 and text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def date_range(start: dt.date, end: dt.date | None, style: dict | None = None) -> str:
    """2 July 2021 · 2–3 July 2021 · 30 June – 2 July 2021 (American: July 2–3, 2021)."""
    if end is None or end == start:
        return date(start, style)
    if start.year == end.year and start.month == end.month:
        if american(style):
            return f"{date(start, style, year=False)}–{end.day}, {end.year}"
        return f"{start.day}–{date(end, style)}"
    if start.year == end.year:
        return f"{date(start, style, year=False)} – {date(end, style)}"
    return f"{date(start, style)} – {date(end, style)}"
