"""The people directory, as the People window edits it: spellings, gender, country, titles over time, merges.

The store links every participant it saves to a person of the directory
(:meth:`chancery.store.archive.Archive._person_for`) and keeps each spelling
of a name once.  This module is the directory's own editing surface:

* :func:`list_people` — the directory, filtered by any spelling, with the
  number of meetings each person took part in;
* :func:`person_details` — one person's spellings (in any language tag),
  gender, country, current title and organisation, the titles they held
  over time as the meetings recorded them (first and last meeting with each
  title) and those meetings;
* :func:`update_person` — replace the spellings and set gender, country and
  current title (what the next meeting is filled with);
* :func:`merge_people` — two entries that are the same person become one:
  the spellings join, and the meetings of the other entry follow.

Meeting records themselves are never changed here: a participant keeps the
name and title the meeting was recorded with.  Search finds a person's
meetings by every spelling of the directory, so a spelling added here (say
in Cyrillic) finds the meetings recorded in Latin script at once.

Problems are returned as :class:`chancery.record.Problem` (path, code,
parameters), like the record's.  Qt-free; every function opens its own
session, writes go through :meth:`Archive.write`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from .. import record
from ..errors import NotFoundError, RecordError
from ..text import fold
from .archive import Archive
from .models import Meeting, Participant, Person, PersonName

__all__ = [
    "PersonDetails", "PersonMeeting", "PersonSummary", "Spelling", "TitleSpan",
    "list_people", "merge_people", "person_details", "update_person",
]

GENDERS = (None, "m", "f")


@dataclass(frozen=True)
class Spelling:
    lang: str   # a language tag (BCP 47), or "*" for a name recorded once for every language
    name: str


@dataclass(frozen=True)
class PersonSummary:
    """A line of the directory."""

    id: int
    name: dict[str, str]          # newest spelling per language
    country: str | None
    title: Any                    # the current title (a language map), or None
    meetings: int


@dataclass(frozen=True)
class TitleSpan:
    """A title as meetings recorded it: from the first to the last meeting that gave it."""

    title: Any
    organization: Any
    first: str | None
    last: str | None
    meetings: int


@dataclass(frozen=True)
class PersonMeeting:
    id: str
    date: str | None
    kind: str | None
    principals: str


@dataclass(frozen=True)
class PersonDetails:
    id: int
    spellings: tuple[Spelling, ...]
    gender: str | None
    country: str | None
    title: Any
    organization: Any
    titles: tuple[TitleSpan, ...]       # oldest first
    meetings: tuple[PersonMeeting, ...]  # newest first


def _names(person: Person) -> dict[str, str]:
    name: dict[str, str] = {}
    for spelling in person.names:  # ordered by id: later spellings win
        name[spelling.lang] = spelling.name
    return name


def _meeting_counts(session: Session, ids: Iterable[int]) -> dict[int, int]:
    ids = list(ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Participant.person_id, func.count(func.distinct(Participant.meeting_id)))
        .join(Meeting, Meeting.id == Participant.meeting_id)
        .where(Participant.person_id.in_(ids), Meeting.deleted_at.is_(None))
        .group_by(Participant.person_id)
    ).all()
    return {person_id: count for person_id, count in rows if person_id is not None}


def list_people(archive: Archive, text: str = "", *, limit: int = 2000) -> list[PersonSummary]:
    """People of the directory (any of whose spellings has a word starting with ``text``), by name."""
    key = fold(text)
    with archive.session() as session:
        query = select(Person).options(selectinload(Person.names))
        if key:
            escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            matching = select(PersonName.person_id).where(
                PersonName.folded.like(f"{escaped}%", escape="\\")
                | PersonName.folded.like(f"% {escaped}%", escape="\\"))
            query = query.where(Person.id.in_(matching))
        people = session.scalars(query.limit(limit)).unique().all()
        counts = _meeting_counts(session, (p.id for p in people))
        summaries = [PersonSummary(p.id, _names(p), p.country, p.title, counts.get(p.id, 0)) for p in people]
    return sorted(summaries, key=lambda s: fold(record.text_in(s.name, "en", ("fr", "ru", "*"))
                                                 or next(iter(s.name.values()), "")))


def person_details(archive: Archive, person_id: int) -> PersonDetails:
    """Everything the directory and the archive know of one person."""
    with archive.session() as session:
        person = session.get(Person, person_id, options=[selectinload(Person.names)])
        if person is None:
            raise NotFoundError(f"no person {person_id} in the directory")
        rows = session.execute(
            select(Participant.title, Participant.organization, Meeting.id, Meeting.date, Meeting.kind,
                   Meeting.principals)
            .join(Meeting, Meeting.id == Participant.meeting_id)
            .where(Participant.person_id == person_id, Meeting.deleted_at.is_(None))
            .order_by(Meeting.date, Meeting.id)
        ).all()
        spellings = tuple(Spelling(n.lang, n.name) for n in person.names)
        details = dict(gender=person.gender, country=person.country, title=person.title,
                       organization=person.organization)
    spans: list[dict] = []
    meetings: dict[str, PersonMeeting] = {}
    for title, organization, meeting_id, date, kind, principals in rows:
        meetings.setdefault(meeting_id, PersonMeeting(meeting_id, date, kind, principals or ""))
        if not title:
            continue
        span = spans[-1] if spans and spans[-1]["title"] == title else None
        if span is None:  # a new title, or a title held again after another one
            span = {"title": title, "organization": organization, "first": date, "last": date, "meetings": 0}
            spans.append(span)
        span["last"] = date or span["last"]
        span["meetings"] += 1
    newest_first = sorted(meetings.values(), key=lambda x: (x.date or "", x.id), reverse=True)
    return PersonDetails(person_id, spellings, titles=tuple(TitleSpan(**s) for s in spans),
                         meetings=tuple(newest_first), **details)


def _check(spellings: list[Spelling], gender: Any, country: Any) -> list[record.Problem]:
    from .. import refdata

    problems = []
    if not spellings:
        problems.append(record.Problem("person.spellings", "a person needs at least one spelling of the name",
                                    "error", "required"))
    seen = set()
    for index, spelling in enumerate(spellings):
        path = f"person.spellings[{index}]"
        if spelling.lang != "*" and not record._looks_like_lang(spelling.lang):
            problems.append(record.Problem(f"{path}.lang", f"{spelling.lang!r} is not a language tag such as az or ru",
                                        "error", "bad_language_tag", {"value": spelling.lang}))
        if not spelling.name.strip():
            problems.append(record.Problem(f"{path}.name", "is empty; write the name or remove the line",
                                        "error", "required"))
        if (spelling.lang, spelling.name.strip()) in seen:
            problems.append(record.Problem(f"{path}.name", f"{spelling.name!r} is listed twice",
                                        "error", "duplicate_spelling", {"value": spelling.name}))
        seen.add((spelling.lang, spelling.name.strip()))
    if gender not in GENDERS:
        problems.append(record.Problem("person.gender", f"{gender!r} is not allowed; use m, f or nothing",
                                    "error", "not_allowed", {"value": gender, "allowed": ("m", "f")}))
    if country is not None and not refdata.is_country(country):
        problems.append(record.Problem("person.country", f"{country!r} is not an ISO 3166 country code",
                                    "error", "unknown_country", {"value": country}))
    return problems


def update_person(archive: Archive, person_id: int, *, spellings: Iterable[Spelling], gender: str | None,
                  country: str | None, title: Any, organization: Any = None) -> PersonDetails:
    """Replace the person's spellings; set gender, country, current title and organisation.

    Raises :class:`RecordError` (paths ``person.…``) when a value cannot be stored.
    """
    spellings = [Spelling(s.lang.strip(), s.name.strip()) for s in spellings]
    problems = _check(spellings, gender, country)
    if problems:
        raise RecordError(problems)

    def change(session: Session) -> None:
        person = session.get(Person, person_id, options=[selectinload(Person.names)])
        if person is None:
            raise NotFoundError(f"no person {person_id} in the directory")
        wanted = [(s.lang, s.name) for s in spellings]
        for spelling in list(person.names):
            if (spelling.lang, spelling.name) not in wanted:
                person.names.remove(spelling)
        session.flush()
        known = {(n.lang, n.name) for n in person.names}
        for lang, name in wanted:
            if (lang, name) not in known:
                person.names.append(PersonName(lang=lang, name=name, folded=fold(name)))
        person.gender = gender
        person.country = country
        person.title = title or None
        person.organization = organization or None
        person.updated_at = _now()

    archive.write(change, meetings_changed=False)
    return person_details(archive, person_id)


def merge_people(archive: Archive, keep_id: int, other_id: int) -> PersonDetails:
    """``other_id`` is the same person as ``keep_id``: one entry remains, with both's spellings and meetings.

    The kept entry's gender, country and title win; where it has none, the
    other's are taken.
    """
    if keep_id == other_id:
        raise RecordError([record.Problem("person", "a person cannot be merged with itself", "error", "same_person")])

    def merge(session: Session) -> None:
        keep = session.get(Person, keep_id, options=[selectinload(Person.names)])
        other = session.get(Person, other_id, options=[selectinload(Person.names)])
        if keep is None or other is None:
            raise NotFoundError(f"no person {keep_id if keep is None else other_id} in the directory")
        known = {(n.lang, n.name) for n in keep.names}
        for spelling in list(other.names):
            if (spelling.lang, spelling.name) not in known:
                keep.names.append(PersonName(lang=spelling.lang, name=spelling.name, folded=spelling.folded))
                known.add((spelling.lang, spelling.name))
        keep.gender = keep.gender or other.gender
        keep.country = keep.country or other.country
        keep.title = keep.title or other.title
        keep.organization = keep.organization or other.organization
        keep.updated_at = _now()
        session.execute(update(Participant).where(Participant.person_id == other_id).values(person_id=keep_id))
        session.delete(other)

    archive.write(merge, meetings_changed=False)
    return person_details(archive, keep_id)


def _now():
    from .archive import _now as now

    return now()
