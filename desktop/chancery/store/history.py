"""What the archive knows of a meeting's counterpart, for the internal documents.

:func:`counterpart_history` answers the questions a briefing note asks before
a meeting: every earlier meeting with the same person (through the people
directory, whatever the spelling), the documents that person signed with us,
the titles they held before, earlier meetings and documents with the same
country or organisation, and what is still open from them — next steps not
marked done, invitations not yet followed by a visit (and the ones this very
meeting honours).

Read-only.  The meeting asked about need not be saved (the form's current
state works); "earlier" means dated before it.  Lists are capped (newest
first) so that a counterpart met a thousand times still gives a readable
note; the totals say how many were left out.

Threading: like :class:`~chancery.store.archive.Archive`, safe from any
thread (each query opens its own session); meant to run off the GUI thread,
with the render.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, cast, or_, select

from .. import record
from ..text import fold
from .archive import Archive
from .models import Invitation, Meeting, NextStep, Participant, Person, PersonName

VISIT_KINDS = frozenset({"official_visit", "working_visit", "state_visit"})
REMOTE_KINDS = frozenset({"phone_call", "videoconference"})

# How many items of each list are returned (newest first); the rest is counted.
PERSON_MEETINGS = 10
COUNTRY_MEETINGS = 8
OPEN_ITEMS = 8


@dataclass(frozen=True)
class Appearance:
    """An earlier meeting of a person, and the ref they had in it."""

    meeting: dict
    ref: str


@dataclass(frozen=True)
class Signed:
    """A document signed at an earlier meeting (``index`` in its ``documents_signed``)."""

    meeting: dict
    index: int
    document: dict


@dataclass(frozen=True)
class EarlierTitle:
    """A title a person held at earlier meetings, with the first and last dates seen."""

    title: Any
    first: str | None
    last: str | None


@dataclass
class PersonHistory:
    """One counterpart principal as the archive knows them."""

    ref: str
    person_id: int | None
    meetings: list[Appearance] = field(default_factory=list)  # newest first, capped
    meeting_count: int = 0  # all earlier meetings with this person
    first_date: str | None = None  # of the oldest one
    documents: list[Signed] = field(default_factory=list)
    earlier_titles: list[EarlierTitle] = field(default_factory=list)


@dataclass(frozen=True)
class OpenInvitation:
    meeting: dict
    index: int
    invitation: dict


@dataclass(frozen=True)
class OpenStep:
    meeting: dict
    index: int
    step: dict


@dataclass
class CounterpartHistory:
    people: list[PersonHistory] = field(default_factory=list)
    # Earlier meetings with the counterpart country or organisation, newest first (capped).
    meetings: list[dict] = field(default_factory=list)
    meeting_count: int = 0
    documents: list[Signed] = field(default_factory=list)
    open_invitations: list[OpenInvitation] = field(default_factory=list)
    honoured: list[OpenInvitation] = field(default_factory=list)  # earlier invitations this meeting honours
    open_steps: list[OpenStep] = field(default_factory=list)
    open_step_count: int = 0


@dataclass(frozen=True)
class _Row:
    id: str
    date: str | None
    kind: str | None
    our_side: str | None
    place_country: str | None


def _variants(value: Any) -> set[str]:
    if isinstance(value, str):
        return {fold(value)} if value.strip() else set()
    if isinstance(value, dict):
        return {fold(v) for v in value.values() if isinstance(v, str) and v.strip()}
    return set()


def _folded(value: Any) -> dict[str, str]:
    """{lang: folded text} of a language map ("*" for a plain string)."""
    if isinstance(value, str):
        return {"*": fold(value)} if value.strip() else {}
    if isinstance(value, dict):
        return {k: fold(v) for k, v in value.items() if isinstance(v, str) and v.strip()}
    return {}


def _same_folded(a: dict[str, str], b: dict[str, str]) -> bool:
    shared = [k for k in a if k in b and k != "*"]
    if shared:
        return all(a[k] == b[k] for k in shared)
    return bool(set(a.values()) & set(b.values()))


def counterpart_history(archive: Archive, meeting: dict) -> CounterpartHistory:
    """The archive's history of ``meeting``'s counterpart (see the module docstring)."""
    meeting = record.normalize(meeting)
    meeting_id = str(meeting.get("id") or "")
    date = meeting.get("date") if isinstance(meeting.get("date"), str) else None
    side = record.counterpart_side(meeting)
    theirs = [p for p in meeting["participants"] if isinstance(p, dict) and p.get("side") == side]
    principals = [p for p in theirs if p.get("role") == "principal"]

    history = CounterpartHistory()
    rows = _counterpart_rows(archive, meeting_id, date, theirs)
    earlier = [r for r in rows if date is None or (r.date or "") < date]
    earlier.sort(key=lambda r: r.date or "", reverse=True)
    history.meeting_count = len(earlier)

    people: list[tuple[PersonHistory, list[tuple[str, str, Any, str | None]]]] = []
    for person in principals:
        ref = person.get("ref")
        if not isinstance(ref, str):
            continue
        person_ids = _person_ids(archive, meeting_id, person)
        seen = _appearances(archive, person_ids, meeting_id, date)
        people.append((PersonHistory(ref=ref, person_id=min(person_ids) if person_ids else None), seen))

    # Full records only for what will be printed.
    wanted: list[str] = [r.id for r in earlier[:COUNTRY_MEETINGS]]
    for _entry, seen in people:
        wanted += [mid for mid, _ref, _title, _date in seen[:PERSON_MEETINGS]]
    steps = _open_steps(archive, [r.id for r in earlier])
    history.open_step_count = len(steps)
    wanted += [mid for mid, _index in steps[:OPEN_ITEMS]]
    invitations, honoured = _invitations(archive, meeting, rows, earlier)
    wanted += [mid for mid, _index in invitations[:OPEN_ITEMS]] + [mid for mid, _index in honoured]
    records = {r["id"]: r for r in archive.get_meetings(list(dict.fromkeys(wanted)))} if wanted else {}

    history.meetings = [records[r.id] for r in earlier[:COUNTRY_MEETINGS]]
    for entry, seen in people:
        entry.meeting_count = len(seen)
        entry.first_date = seen[-1][3] if seen else None
        entry.meetings = [Appearance(records[mid], ref) for mid, ref, _title, _date in seen[:PERSON_MEETINGS]]
        for appearance in entry.meetings:
            for index, document in enumerate(appearance.meeting.get("documents_signed") or []):
                if isinstance(document, dict) and appearance.ref in (document.get("signed_by") or []):
                    entry.documents.append(Signed(appearance.meeting, index, document))
        current = next((p.get("title") for p in principals if p.get("ref") == entry.ref), None)
        entry.earlier_titles = _earlier_titles(current, seen)
        history.people.append(entry)
    for other in history.meetings:
        for index, document in enumerate(other.get("documents_signed") or []):
            if isinstance(document, dict):
                history.documents.append(Signed(other, index, document))
    history.open_steps = [OpenStep(records[mid], i, records[mid]["next_steps"][i]) for mid, i in steps[:OPEN_ITEMS]]
    history.open_invitations = [OpenInvitation(records[mid], i, records[mid]["invitations"][i])
                                for mid, i in invitations[:OPEN_ITEMS]]
    history.honoured = [OpenInvitation(records[mid], i, records[mid]["invitations"][i]) for mid, i in honoured]
    return history


# -- queries -------------------------------------------------------------------


def _counterpart_rows(archive: Archive, meeting_id: str, date: str | None, theirs: list[dict]) -> list[_Row]:
    """Other meetings with the same counterpart country or organisation, up to ``date`` included."""
    countries = {p["country"] for p in theirs if p.get("country") and not p.get("organization")}
    organizations: set[str] = set()
    spellings: set[str] = set()
    for p in theirs:
        organizations |= _variants(p.get("organization"))
        value = p.get("organization")
        spellings |= ({value} if isinstance(value, str) else
                      {v for v in value.values() if isinstance(v, str)} if isinstance(value, dict) else set())
    conditions = []
    with archive.session() as session:
        if countries:
            conditions.append(Meeting.counterpart_country.in_(countries))
        if organizations:
            # The JSON text holds each spelling as json.dumps wrote it: the database narrows
            # the rows to those naming the organisation in some language, Python checks them.
            as_text = cast(Participant.organization, Text)
            named = [as_text.like(f"%{_like_escape(json.dumps(spelling))}%", escape="\\")
                     for spelling in sorted(spellings) if spelling.strip()]
            found = session.execute(
                select(Participant.meeting_id, Participant.organization)
                .where(Participant.organization.is_not(None), or_(*named))
            )
            matching = {mid for mid, org in found if _variants(org) & organizations}
            if matching:
                conditions.append(Meeting.id.in_(matching))
        if not conditions:
            return []
        # Only the counterpart condition in SQL, so SQLite takes its index; a condition on the
        # date would make it walk the list index over the whole archive (15× slower at 20,000).
        query = select(Meeting.id, Meeting.date, Meeting.kind, Meeting.our_side,
                       Meeting.place_country, Meeting.deleted_at).where(or_(*conditions))
        rows = session.execute(query).all()
    return [_Row(mid, when, kind, side, place) for mid, when, kind, side, place, deleted in rows
            if deleted is None and mid != meeting_id and (not date or (when or "") <= date)]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _person_ids(archive: Archive, meeting_id: str, participant: dict) -> set[int]:
    """Directory entries of a participant: the saved link, else every spelling of the name."""
    names = _variants(participant.get("name"))
    country = participant.get("country")
    found: set[int] = set()
    with archive.session() as session:
        linked = session.scalar(select(Participant.person_id).where(
            Participant.meeting_id == meeting_id, Participant.ref == participant.get("ref")))
        if linked is not None:
            found.add(linked)
        if names:
            candidates = session.execute(
                select(Person.id, Person.country).join(PersonName)
                .where(PersonName.folded.in_(names)).distinct()
            )
            found |= {pid for pid, pcountry in candidates if not country or not pcountry or pcountry == country}
    return found


def _appearances(archive: Archive, person_ids: set[int], meeting_id: str,
                 date: str | None) -> list[tuple[str, str, Any, str | None]]:
    """(meeting id, ref, title, date) of every earlier meeting of these people, newest first."""
    if not person_ids:
        return []
    query = (
        select(Participant.meeting_id, Participant.ref, Participant.title, Meeting.date)
        .join(Meeting, Meeting.id == Participant.meeting_id)
        .where(Participant.person_id.in_(person_ids), Meeting.deleted_at.is_(None),
               Meeting.id != meeting_id)
        .order_by(Meeting.date.desc(), Meeting.id)
    )
    if date:
        query = query.where(Meeting.date < date)
    with archive.session() as session:
        rows = session.execute(query).all()
    seen: dict[str, tuple[str, str, Any, str | None]] = {}
    for mid, ref, title, when in rows:
        seen.setdefault(mid, (mid, ref, title, when))
    return list(seen.values())


def _earlier_titles(current: Any, seen: list[tuple[str, str, Any, str | None]]) -> list[EarlierTitle]:
    now = _folded(current)
    titles: list[list[Any]] = []  # [title, folded, first, last]
    cache: dict[str, dict[str, str]] = {}  # a person keeps the same title over many meetings
    for _mid, _ref, title, when in seen:  # newest first
        key = json.dumps(title, sort_keys=True)
        folded = cache[key] if key in cache else cache.setdefault(key, _folded(title))
        if not folded or (now and _same_folded(folded, now)):
            continue
        entry = next((t for t in titles if _same_folded(t[1], folded)), None)
        if entry is None:
            titles.append([title, folded, when, when])
        else:
            entry[2] = when
    return [EarlierTitle(title, first, last) for title, _folded_title, first, last in titles]


def _open_steps(archive: Archive, meeting_ids: list[str]) -> list[tuple[str, int]]:
    """(meeting id, index) of next steps not marked done, newest meeting first."""
    if not meeting_ids:
        return []
    order = {mid: i for i, mid in enumerate(meeting_ids)}
    found: list[tuple[str, int]] = []
    with archive.session() as session:
        for chunk in _chunks(meeting_ids):
            rows = session.execute(select(NextStep.meeting_id, NextStep.position, NextStep.extra)
                                   .where(NextStep.meeting_id.in_(chunk)))
            found += [(mid, position) for mid, position, extra in rows
                      if not (isinstance(extra, dict) and extra.get("done") is True)]
    found.sort(key=lambda item: (order[item[0]], item[1]))
    return found


def _invitations(archive: Archive, meeting: dict, rows: list[_Row],
                 earlier: list[_Row]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Earlier invitations not yet followed by a visit, and those this meeting honours.

    An invitation is honoured by a later meeting (up to this one) held in
    person where the invited side is the guest — a visit, or a meeting in
    the inviting side's country — and, when the directory knows the invited
    person, where that person is among the guests (consultations between
    deputies do not honour an invitation to the minister).  Declined
    invitations (accepted = false) are never open.
    """
    if not earlier:
        return [], []
    by_id = {r.id: r for r in earlier}
    ids = list(by_id)
    invitations: list[tuple[str, int, str | None, str | None]] = []
    with archive.session() as session:
        for chunk in _chunks(ids):
            invitations += list(session.execute(
                select(Invitation.meeting_id, Invitation.position, Invitation.from_ref, Invitation.to_ref)
                .where(Invitation.meeting_id.in_(chunk),
                       or_(Invitation.accepted.is_(None), Invitation.accepted.is_(True)))
            ))
        if not invitations:
            return [], []
        first_date = min((by_id[i[0]].date or "") for i in invitations)
        candidates = [r for r in rows if (r.date or "") > first_date and r.kind not in REMOTE_KINDS]
        wanted = list({i[0] for i in invitations} | {r.id for r in candidates})
        people: dict[tuple[str, str | None], tuple[str | None, str | None, int | None]] = {}
        guests: dict[str, set[int]] = {}
        for chunk in _chunks(wanted):
            for mid, ref, side, country, person_id in session.execute(
                select(Participant.meeting_id, Participant.ref, Participant.side, Participant.country,
                       Participant.person_id)
                .where(Participant.meeting_id.in_(chunk))
            ):
                people[(mid, ref)] = (side, country, person_id)
                if side == "guest" and person_id is not None:
                    guests.setdefault(mid, set()).add(person_id)

    current = _Row(str(meeting.get("id") or ""), meeting.get("date"), meeting.get("kind"),
                   meeting.get("our_side"), (meeting.get("place") or {}).get("country"))
    guests[current.id] = set()
    for participant in meeting.get("participants") or []:
        if isinstance(participant, dict) and participant.get("side") == "guest":
            guests[current.id] |= _person_ids(archive, current.id, participant)
    later_meetings = sorted([*candidates, current], key=lambda r: r.date or "")
    open_ones: list[tuple[str, int]] = []
    honoured: list[tuple[str, int]] = []
    for mid, position, from_ref, to_ref in invitations:
        row = by_id[mid]
        _side, inviter_country, _person = people.get((mid, from_ref or ""), (None, None, None))
        invited_side, _country, invited = people.get((mid, to_ref or ""), (None, None, None))
        if invited_side not in ("host", "guest") or row.our_side not in ("host", "guest"):
            continue
        we_are_invited = invited_side == row.our_side
        visit = next((later for later in later_meetings
                      if (later.date or "") > (row.date or "")
                      and _honours(later, we_are_invited, inviter_country)
                      and (invited is None or invited in guests.get(later.id, set()))),
                     None)
        if visit is None:
            open_ones.append((mid, position))
        elif visit is current:
            honoured.append((mid, position))
    order = {mid: i for i, mid in enumerate(ids)}
    open_ones.sort(key=lambda item: (order[item[0]], item[1]))
    return open_ones, honoured


def _honours(later: _Row, we_are_invited: bool, inviter_country: str | None) -> bool:
    """Whether ``later`` is, by its kind and place, the invited side's visit to the inviting side."""
    if later.our_side not in ("host", "guest"):
        return False
    if (later.our_side == "guest") != we_are_invited:
        return False
    if later.kind in VISIT_KINDS:
        return True
    if later.kind in REMOTE_KINDS:
        return False
    return bool(inviter_country) and later.place_country == inviter_country


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


__all__ = [
    "Appearance", "CounterpartHistory", "EarlierTitle", "OpenInvitation", "OpenStep", "PersonHistory", "Signed",
    "counterpart_history",
]
