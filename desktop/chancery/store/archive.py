"""The archive: meeting records in and out of the database.

:class:`Archive` is the one entry point the CLI and the GUI use.  It takes
and returns records in the interchange form of ``meeting-format.md`` (plain
dicts), so nothing outside the store sees a table.  Saves are checked
against the stored ``version`` (a stale save raises ConflictError instead of
overwriting), link each participant to the people directory, and call the
registered :data:`WRITE_HOOKS` (the search index) in the same transaction.

Writers: every write is one transaction that takes the write lock first
(``BEGIN IMMEDIATE`` on SQLite, see :mod:`chancery.store.db`) and checks the
version in the same statement that bumps it (``UPDATE meetings … WHERE id =
:id AND version = :expected``, rowcount checked), so on SQLite and on
PostgreSQL alike two windows or two programs saving the same meeting cannot
both be told "saved": the later one gets :class:`ConflictError`.  A writer
that finds the lock taken waits (``db.busy_policy``) and then gets
:class:`~chancery.errors.ArchiveBusyError`; nothing is half written.  An
import is one transaction: all of it or nothing.

Threading: one Archive may be shared; every method opens its own Session.
Long operations take Qt-free ``progress(fraction, message)`` and
``cancelled()`` callables.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as _dt
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.engine import Connection, CursorResult, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, raiseload, selectinload, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from .. import record
from ..errors import ArchiveBusyError, ConflictError, NotFoundError, ReadOnlyError, RecordError
from ..text import fold
from . import db
from .early import DEFAULT_SETTINGS, Access, MeetingRow
from .models import (
    Anniversary,
    Autosave,
    InternalBriefing,
    Invitation,
    Meeting,
    NextStep,
    Participant,
    Person,
    PersonName,
    Setting,
    SignedDocument,
    Statement,
    table_of,
)

IMPORT_BUSY_WAIT = 300.0  # seconds an import waits for another writer (it runs in the background)
_JSON_COLUMNS = ("place", "publication", "occasion", "topics", "cooperation_areas", "notes", "extra")

Progress = Callable[[float, str], None]


def _same_json(a: Any, b: Any) -> bool:
    """Equal as JSON: ``==`` holds false == 0 == 0.0 and true == 1, which a record keeps apart."""
    return a == b and json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)
Cancelled = Callable[[], bool]



class WriteHook(Protocol):
    """Something kept in step with the archive inside the same transaction."""

    def saved(self, session: Session, meeting: dict) -> None: ...

    def removed(self, session: Session, meeting_id: str) -> None: ...


WRITE_HOOKS: list[WriteHook] = []


@dataclass
class SaveResult:
    id: str
    version: int
    created: bool
    warnings: list[record.Problem] = field(default_factory=list)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: list[record.Problem] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class PersonEntry:
    """A person of the directory, with the newest spelling per language."""

    id: int
    name: dict[str, str]
    variants: tuple[str, ...]
    gender: str | None
    country: str | None
    title: dict | None
    organization: dict | None


SORT_COLUMNS = {
    "date": Meeting.date,
    "kind": Meeting.kind,
    "country": Meeting.counterpart_country,
    "principals": Meeting.principals,
    "status": Meeting.status,
    "updated": Meeting.updated_at,
}


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(tzinfo=None)


def _extra(obj: dict, fields: dict) -> dict | None:
    extra = {k: v for k, v in obj.items() if k not in fields}
    return extra or None


def _display_name(name: Any) -> str:
    return record.text_in(name, "en", ("fr", "ru")) or (
        next((v for v in name.values() if isinstance(v, str) and v), "") if isinstance(name, dict) else ""
    )


class Archive:
    """The meeting archive on one database."""

    def __init__(self, engine: Engine, *, path: Path | None = None, backup: Path | None = None,
                 access: Access | None = None, name: str | None = None):
        self.engine = engine
        self.path = path
        self.backup = backup  # the copy made before the last migration, if any
        self.access = access or Access()
        self.name = name or str(path or engine.url.render_as_string(hide_password=True))
        self.server = engine.dialect.name == "postgresql"
        self.offline: dict | None = None  # an offline copy: {"source": server archive, "at": when copied}
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(db.writer(engine), expire_on_commit=False)
        # Bumped by every write through this object, so views can keep a listing
        # until the archive changes (e.g. the full list while a search is cleared).
        self.generation = 0

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        """A reader's archive on a server, or an offline copy: every write raises ReadOnlyError."""
        return not self.access.write

    def _translated(self, error: DBAPIError) -> Exception | None:
        if getattr(error.orig, "sqlstate", None) == "42501":  # insufficient_privilege: the server said no
            return ReadOnlyError(self.name)
        return db.database_error(error, self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read transaction (it may write, but a write should go through :meth:`write`)."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as error:
            translated = self._translated(error)
            if translated is None:
                raise
            raise translated from None

    def write(self, action: Callable[[Session], Any], *, meetings_changed: bool = True, wait: float = 0.0,
              should_stop: Callable[[], bool] | None = None) -> Any:
        """Run ``action(session)`` as one write transaction holding the write lock; again if the archive was busy.

        ``wait``: seconds to wait for another writer at least (beyond SQLite's
        own few seconds), for long background work such as an import.
        """
        if not self.access.write:
            raise ReadOnlyError(self.name)

        def attempt() -> Any:
            try:
                with self._write_sessions.begin() as session:
                    return action(session)
            except DBAPIError as error:
                if getattr(error.orig, "sqlstate", None) == "42501":
                    raise ReadOnlyError(self.name) from None
                raise

        result = db.with_retry(attempt, self.path, wait=wait, should_stop=should_stop)
        if meetings_changed:
            self.generation += 1
        return result

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection whose transaction (``connection.begin()``) takes the write lock (index rebuilds)."""
        try:
            with db.writer(self.engine).connect() as connection:
                yield connection
        except DBAPIError as error:
            translated = self._translated(error)
            if translated is None:
                raise
            raise translated from None

    # ------------------------------------------------------------------ write

    def save(self, meeting: dict, *, expected_version: int | None = None) -> SaveResult:
        """Store ``meeting`` (new or updated).

        ``expected_version`` is the version the edit started from: if the
        archive holds another, :class:`ConflictError` is raised and nothing
        is written.  ``None`` overwrites (import).  Drafts may be incomplete;
        final records must be valid.
        """
        meeting, warnings = record.clean(record.normalize(meeting))
        blocking = record.blocking_problems(record.validate(meeting), meeting.get("status", "draft"))
        if blocking:
            raise RecordError(blocking)
        return self.write(lambda session: self._save(session, meeting, expected_version, warnings))

    def save_as_copy(self, meeting: dict, *, original_id: str | None = None) -> SaveResult:
        """Save ``meeting`` as a new draft with a new id (the user's version when a save met a conflict).

        The original stays as stored; its autosave (the unsaved work, now in the copy) is discarded.
        """
        copied = copy.deepcopy(meeting)
        copied["id"] = str(uuid.uuid4())
        copied["status"] = "draft"
        result = self.save(copied)
        if original_id is not None:
            self.discard_autosave(original_id)
        return result

    @staticmethod
    def _claim(session: Session, meeting_id: str, expected_version: int | None) -> int | None:
        """Bump the stored version if it is ``expected_version`` (any, when None), in one statement.

        Returns the new version, or None when no such meeting is stored.
        Raises ConflictError when another save got there first.
        """
        table = table_of(Meeting)
        condition = table.c.id == meeting_id
        if expected_version is not None:
            condition &= table.c.version == expected_version
        bumped = session.execute(update(table).where(condition).values(version=table.c.version + 1))
        stored = session.scalar(select(table.c.version).where(table.c.id == meeting_id))
        if cast(CursorResult[Any], bumped).rowcount == 1:
            return stored
        if stored is None:
            return None
        raise ConflictError(meeting_id, expected_version if expected_version is not None else stored, stored)

    def _save(self, session: Session, meeting: dict, expected_version: int | None,
              warnings: list[record.Problem]) -> SaveResult:
        meeting_id = str(meeting["id"])
        version = self._claim(session, meeting_id, expected_version)
        now = _now()
        created = version is None
        if version is None:
            row = Meeting(id=meeting_id, version=1, status=meeting["status"],
                            classification=meeting["classification"], our_side=meeting["our_side"],
                            created_at=now, updated_at=now)
            session.add(row)
            try:
                with session.begin_nested():
                    session.flush()
            except IntegrityError:  # created meanwhile by another writer (PostgreSQL; SQLite holds the lock)
                raise ConflictError(meeting_id, 0, 1) from None
        else:
            existing = session.get(Meeting, meeting_id, populate_existing=True)
            assert existing is not None and existing.version == version
            row = existing
            for relation in ("participants", "statements", "documents_signed", "invitations",
                             "anniversaries", "next_steps"):
                getattr(row, relation).clear()
            if self.access.internal:  # without the right to read it, the internal section is left as it is
                row.internal = None
            session.flush()
        row.updated_at = now
        row.deleted_at = None
        with session.no_autoflush:
            self._fill(session, row, meeting)
        session.flush()
        for hook in WRITE_HOOKS:
            hook.saved(session, meeting)
        return SaveResult(meeting_id, row.version, created, warnings)

    def _fill(self, session: Session, row: Meeting, meeting: dict) -> None:
        for key in ("status", "classification", "kind", "format", "our_side", "date", "end_date",
                    "place", "publication", "occasion", "initiated_by", "topics", "cooperation_areas", "notes"):
            setattr(row, key, meeting[key])
        row.extra = _extra(meeting, record.MEETING_FIELDS)
        # The ORM compares a JSON value with ==, for which false == 0 == 0.0 and true == 1: a change from one
        # to the other would not be written. Always write the JSON columns.
        for key in _JSON_COLUMNS:
            flag_modified(row, key)
        row.place_country = meeting["place"].get("country")
        other = record.counterpart_side(meeting)
        ours = meeting["our_side"]
        counterparts = record.principals(meeting, other)
        row.counterpart_country = next((p.get("country") for p in counterparts if p.get("country")), None)
        names = [_display_name(p.get("name")) for p in record.principals(meeting, ours) + counterparts]
        row.principals = " – ".join(n for n in names if n)

        for i, p in enumerate(meeting["participants"]):
            row.participants.append(Participant(
                position=i, ref=p["ref"], side=p["side"], role=p["role"], name=p["name"], gender=p["gender"],
                title=p["title"], country=p["country"], organization=p["organization"],
                extra=_extra(p, record.PARTICIPANT_FIELDS), person=self._person_for(session, p),
            ))
        for i, s in enumerate(meeting["statements"]):
            row.statements.append(Statement(
                position=i, speaker=s["speaker"], verb=s["verb"], text=s["text"],
                extra=_extra(s, record.STATEMENT_FIELDS),
            ))
        for i, d in enumerate(meeting["documents_signed"]):
            row.documents_signed.append(SignedDocument(
                position=i, type=d["type"], title=d["title"], period=d["period"], signed_by=d["signed_by"],
                extra=_extra(d, record.DOCUMENT_FIELDS),
            ))
        for i, v in enumerate(meeting["invitations"]):
            row.invitations.append(Invitation(
                position=i, from_ref=v["from"], to_ref=v["to"], visit=v["visit"], accepted=v["accepted"],
                extra=_extra(v, record.INVITATION_FIELDS),
            ))
        for i, a in enumerate(meeting["anniversaries"]):
            row.anniversaries.append(Anniversary(
                position=i, ordinal=a["ordinal"], subject=a["subject"], year=a["year"],
                extra=_extra(a, record.ANNIVERSARY_FIELDS),
            ))
        for i, n in enumerate(meeting["next_steps"]):
            row.next_steps.append(NextStep(
                position=i, text=n["text"], date=n["date"], extra=_extra(n, record.NEXT_STEP_FIELDS),
            ))
        internal = meeting["internal"]
        if not self.access.internal:
            return
        row.internal = InternalBriefing(
            objectives=internal["objectives"], talking_points=internal["talking_points"],
            sensitivities=internal["sensitivities"], recommendation=internal["recommendation"],
            prepared_by=internal["prepared_by"], cleared_by=internal["cleared_by"],
            extra=_extra(internal, record.INTERNAL_FIELDS),
        )

    # ------------------------------------------------------------ people

    def _person_for(self, session: Session, participant: dict) -> Person | None:
        """The directory entry for a participant, created or enriched as needed.

        People touched in this session are remembered by every folded spelling
        (``session.info``), so a batch import finds them without flushing.
        """
        name = participant.get("name")
        variants: list[tuple[str, str]]
        if isinstance(name, str):
            variants = [("*", name.strip())] if name.strip() else []
        elif isinstance(name, dict):
            variants = [(lang, v.strip()) for lang, v in name.items() if isinstance(v, str) and v.strip()]
        else:
            variants = []
        if not variants:
            return None
        folded = {fold(v) for _, v in variants}
        country = participant.get("country")
        cache: dict[str, list[Person]] = session.info.setdefault("chancery_people", {})
        def same(p: Person) -> bool:
            return p.country is None or country is None or p.country == country

        cached = list(dict.fromkeys(p for key in folded for p in cache.get(key, ())))
        with session.no_autoflush:
            person = next((p for p in cached if same(p)), None)
            if person is None:
                query = (
                    select(Person)
                    .join(PersonName)
                    .where(PersonName.folded.in_(folded))
                    .options(selectinload(Person.names))
                )
                person = next((p for p in session.scalars(query).unique().all() if same(p)), None)
            if person is None:
                person = Person(updated_at=_now(), names=[])
                session.add(person)
            changed = person.id is None
            known = {(n.lang, n.name) for n in person.names}
            for lang, value in variants:
                if (lang, value) not in known:
                    person.names.append(PersonName(lang=lang, name=value, folded=fold(value)))
                    known.add((lang, value))
                    changed = True
        # The newest meeting tells the current title; keep earlier facts when absent.  A person whose entry
        # says it all already is not written: an update would lock the row until this save commits, and
        # every other save naming the same person (a minister is in most meetings) would wait for it.
        facts = {"gender": participant.get("gender"), "country": country, "title": participant.get("title"),
                 "organization": participant.get("organization")}
        for field_name, fact in facts.items():
            if fact and getattr(person, field_name) != fact:
                setattr(person, field_name, fact)
                changed = True
        if changed:
            person.updated_at = _now()
        for key in {fold(n.name) for n in person.names}:
            bucket = cache.setdefault(key, [])
            if person not in bucket:
                bucket.append(person)
        return person

    def find_people(self, text: str, limit: int = 10) -> list[PersonEntry]:
        """People any of whose spellings starts with ``text`` (or has a word that does)."""
        key = fold(text)
        if not key:
            return []
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self.session() as session:
            ids = session.scalars(
                select(PersonName.person_id)
                .where(or_(
                    PersonName.folded.like(f"{escaped}%", escape="\\"),
                    PersonName.folded.like(f"% {escaped}%", escape="\\"),
                ))
                .group_by(PersonName.person_id)
                .limit(limit)
            ).all()
            people = session.scalars(
                select(Person).where(Person.id.in_(ids)).options(selectinload(Person.names))
            ).all()
            entries = [self._entry(p) for p in people]
        return sorted(entries, key=lambda e: fold(_display_name(e.name)))

    def person(self, person_id: int) -> PersonEntry:
        with self.session() as session:
            person = session.get(Person, person_id, options=[selectinload(Person.names)])
            if person is None:
                raise NotFoundError(f"no person {person_id} in the directory")
            return self._entry(person)

    def people_count(self) -> int:
        with self.session() as session:
            return session.scalar(select(func.count()).select_from(Person)) or 0

    @staticmethod
    def _entry(person: Person) -> PersonEntry:
        name: dict[str, str] = {}
        for n in person.names:  # ordered by id: later spellings win
            name[n.lang] = n.name
        return PersonEntry(
            id=person.id, name=name, variants=tuple(dict.fromkeys(n.name for n in person.names)),
            gender=person.gender, country=person.country, title=person.title,
            organization=person.organization,
        )

    def name_variants(self, text: str) -> list[str]:
        """Every spelling of every person one of whose names folds to a word of ``text``."""
        key = fold(text)
        if not key:
            return []
        with self.session() as session:
            person_ids = select(PersonName.person_id).where(
                or_(PersonName.folded == key, PersonName.folded.like(f"% {key}"),
                    PersonName.folded.like(f"{key} %"), PersonName.folded.like(f"% {key} %"))
            )
            names = session.scalars(select(PersonName.name).where(PersonName.person_id.in_(person_ids))).all()
        return list(dict.fromkeys(names))

    # ------------------------------------------------------------------ read

    def get_meeting(self, meeting_id: str, *, include_deleted: bool = True) -> dict:
        with self.session() as session:
            row = self._load(session, meeting_id)
            if row is None or (row.deleted_at is not None and not include_deleted):
                raise NotFoundError(f"no meeting with id {meeting_id} in the archive")
            return self._to_record(row)

    def meeting_for_edit(self, meeting_id: str) -> tuple[dict, int]:
        """A meeting and the version it is at, read in one transaction (the base of a later save)."""
        with self.session() as session:
            row = self._load(session, meeting_id)
            if row is None:
                raise NotFoundError(f"no meeting with id {meeting_id} in the archive")
            return self._to_record(row), row.version

    def get_meetings(self, ids: Iterable[str]) -> list[dict]:
        ids = list(ids)
        with self.session() as session:
            rows = {r.id: r for r in session.scalars(self._full_query().where(Meeting.id.in_(ids))).all()}
            missing = [i for i in ids if i not in rows]
            if missing:
                raise NotFoundError(f"no meeting with id {missing[0]} in the archive")
            return [self._to_record(rows[i]) for i in ids]

    def version_of(self, meeting_id: str) -> int | None:
        with self.session() as session:
            return session.scalar(select(Meeting.version).where(Meeting.id == meeting_id))

    def _full_query(self):
        return select(Meeting).options(
            selectinload(Meeting.participants), selectinload(Meeting.statements),
            selectinload(Meeting.documents_signed), selectinload(Meeting.invitations),
            selectinload(Meeting.anniversaries), selectinload(Meeting.next_steps),
            selectinload(Meeting.internal) if self.access.internal else raiseload(Meeting.internal),
        )

    def _load(self, session: Session, meeting_id: str) -> Meeting | None:
        return session.scalars(self._full_query().where(Meeting.id == meeting_id)).first()

    @staticmethod
    def _to_record(row: Meeting) -> dict:
        def with_extra(obj: dict, extra: Any) -> dict:
            return {**obj, **(extra or {})}

        internal = row.__dict__.get("internal")  # not loaded when the user may not read it (a server's roles)
        meeting = {
            "id": row.id, "status": row.status, "classification": row.classification, "kind": row.kind,
            "format": row.format, "our_side": row.our_side, "date": row.date, "end_date": row.end_date,
            "place": row.place, "publication": row.publication, "occasion": row.occasion,
            "initiated_by": row.initiated_by,
            "participants": [with_extra({
                "ref": p.ref, "side": p.side, "role": p.role, "name": p.name, "gender": p.gender,
                "title": p.title, "country": p.country, "organization": p.organization,
            }, p.extra) for p in row.participants],
            "topics": row.topics or [], "cooperation_areas": row.cooperation_areas or [],
            "statements": [with_extra({"speaker": s.speaker, "verb": s.verb, "text": s.text}, s.extra)
                           for s in row.statements],
            "documents_signed": [with_extra({
                "type": d.type, "title": d.title, "period": d.period, "signed_by": d.signed_by or [],
            }, d.extra) for d in row.documents_signed],
            "invitations": [with_extra({
                "from": v.from_ref, "to": v.to_ref, "visit": v.visit, "accepted": v.accepted,
            }, v.extra) for v in row.invitations],
            "anniversaries": [with_extra({"ordinal": a.ordinal, "subject": a.subject, "year": a.year}, a.extra)
                              for a in row.anniversaries],
            "next_steps": [with_extra({"text": n.text, "date": n.date}, n.extra) for n in row.next_steps],
            "internal": with_extra({
                "objectives": internal.objectives or [], "talking_points": internal.talking_points or [],
                "sensitivities": internal.sensitivities, "recommendation": internal.recommendation,
                "prepared_by": internal.prepared_by, "cleared_by": internal.cleared_by,
            }, internal.extra) if internal else None,
            "notes": row.notes,
            **(row.extra or {}),
        }
        if meeting["internal"] is None:
            del meeting["internal"]
        return record.normalize(meeting)

    def _listing(self, *, include_deleted: bool, deleted_only: bool, status: str | None, kind: str | None,
                 country: str | None, year: int | None):
        query = select(Meeting.id)
        if deleted_only:
            query = query.where(Meeting.deleted_at.is_not(None))
        elif not include_deleted:
            query = query.where(Meeting.deleted_at.is_(None))
        if status:
            query = query.where(Meeting.status == status)
        if kind:
            query = query.where(Meeting.kind == kind)
        if country:
            query = query.where(Meeting.counterpart_country == country)
        if year:
            query = query.where(Meeting.date.like(f"{int(year):04d}-%"))
        return query

    def list_ids(self, *, sort: str = "date", descending: bool = True, include_deleted: bool = False,
                 deleted_only: bool = False, status: str | None = None, kind: str | None = None,
                 country: str | None = None, year: int | None = None, limit: int | None = None) -> list[str]:
        """Meeting ids in list order; sorting and filtering happen in the database."""
        column = SORT_COLUMNS[sort]
        order = [column.desc() if descending else column.asc(), Meeting.id.desc() if descending else Meeting.id]
        query = self._listing(include_deleted=include_deleted, deleted_only=deleted_only, status=status,
                              kind=kind, country=country, year=year).order_by(*order)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as connection:  # Core, not ORM: 100,000 plain strings
            return list(connection.execute(query).scalars().all())

    def rows(self, ids: Iterable[str]) -> dict[str, MeetingRow]:
        """List rows for ``ids`` (the table model fetches the visible ones lazily)."""
        ids = list(ids)
        out: dict[str, MeetingRow] = {}
        with self.session() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                result = session.execute(select(
                    Meeting.id, Meeting.date, Meeting.kind, Meeting.counterpart_country,
                    Meeting.principals, Meeting.status, Meeting.classification, Meeting.version,
                    Meeting.updated_at, Meeting.deleted_at, Meeting.our_side,
                ).where(Meeting.id.in_(chunk)))
                sides: dict[str, str] = {}
                for r in result:
                    out[r.id] = MeetingRow(r.id, r.date, r.kind, r.counterpart_country, r.principals or "",
                                           r.status, r.classification, r.version, r.updated_at, r.deleted_at)
                    if r.counterpart_country is None:
                        sides[r.id] = "guest" if r.our_side == "host" else "host"
                if sides:  # an international organisation instead of a country
                    for meeting_id, side, organization in session.execute(
                        select(Participant.meeting_id, Participant.side, Participant.organization)
                        .where(Participant.meeting_id.in_(sides), Participant.role == "principal",
                               Participant.organization.is_not(None))
                        .order_by(Participant.position)
                    ):
                        row = out[meeting_id]
                        if side == sides[meeting_id] and organization and row.counterpart_organization is None:
                            out[meeting_id] = dataclasses.replace(row, counterpart_organization=organization)
        return out

    def list_meetings(self, **filters: Any) -> list[MeetingRow]:
        ids = self.list_ids(**filters)
        rows = self.rows(ids)
        return [rows[i] for i in ids]

    def count(self, *, include_deleted: bool = False) -> int:
        query = select(func.count()).select_from(Meeting)
        if not include_deleted:
            query = query.where(Meeting.deleted_at.is_(None))
        with self.session() as session:
            return session.scalar(query) or 0

    def related_meetings(self, meeting: dict, limit: int = 10) -> list[dict]:
        """Earlier meetings with the same counterpart country or organisation, newest first."""
        meeting = record.normalize(meeting)
        side = record.counterpart_side(meeting)
        others = [p for p in meeting["participants"] if isinstance(p, dict) and p.get("side") == side]
        countries = {p["country"] for p in others if p.get("country")}
        organizations = {fold(_display_name(p["organization"])) for p in others if p.get("organization")}
        query = select(Meeting.id).where(Meeting.deleted_at.is_(None), Meeting.id != str(meeting["id"]))
        if meeting.get("date"):
            query = query.where(Meeting.date < meeting["date"])
        conditions = []
        if countries:
            conditions.append(Meeting.counterpart_country.in_(countries))
        if organizations:
            org_meetings = select(Participant.meeting_id, Participant.organization).where(
                Participant.organization.is_not(None)
            )
            with self.session() as session:
                matching = {mid for mid, org in session.execute(org_meetings)
                            if fold(_display_name(org)) in organizations}
            conditions.append(Meeting.id.in_(matching))
        if not conditions:
            return []
        query = query.where(or_(*conditions)).order_by(Meeting.date.desc()).limit(limit)
        with self.session() as session:
            ids = list(session.scalars(query).all())
        return self.get_meetings(ids)

    # ------------------------------------------------------- delete, trash

    def delete(self, meeting_id: str, *, expected_version: int | None = None) -> None:
        """Move a meeting to the trash (restorable); ConflictError if it is no longer ``expected_version``."""
        def trash(session: Session) -> None:
            table = table_of(Meeting)
            if self._claim(session, meeting_id, expected_version) is None:
                raise NotFoundError(f"no meeting with id {meeting_id} in the archive")
            session.execute(update(table).where(table.c.id == meeting_id).values(deleted_at=_now()))
            for hook in WRITE_HOOKS:
                hook.removed(session, meeting_id)

        self.write(trash)

    def restore(self, meeting_id: str, *, expected_version: int | None = None) -> None:
        """Bring a meeting back from the trash (nothing to do if it is not there)."""
        def bring_back(session: Session) -> None:
            deleted = session.scalar(select(Meeting.deleted_at).where(Meeting.id == meeting_id))
            if deleted is None and session.scalar(select(Meeting.id).where(Meeting.id == meeting_id)) is None:
                raise NotFoundError(f"no meeting with id {meeting_id} in the archive")
            if deleted is None:
                return  # restored meanwhile (another window): nothing to do
            self._claim(session, meeting_id, expected_version)
            row = self._load(session, meeting_id)
            assert row is not None
            row.deleted_at = None
            session.flush()
            restored = self._to_record(row)
            for hook in WRITE_HOOKS:
                hook.saved(session, restored)

        self.write(bring_back)

    def purge(self, meeting_id: str) -> None:
        """Delete for good (emptying the trash)."""
        def purge(session: Session) -> None:
            session.execute(delete(Meeting).where(Meeting.id == meeting_id))
            session.execute(delete(Autosave).where(Autosave.meeting_id == meeting_id))
            for hook in WRITE_HOOKS:
                hook.removed(session, meeting_id)

        self.write(purge)

    # ------------------------------------------------------ import, export

    def import_meetings(self, meetings: list[dict], *, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> ImportResult:
        """Store records by id: a known id is updated (never duplicated), an unchanged one skipped.

        The whole import is one transaction: a failure, a kill or a
        cancellation leaves the archive as it was (``result.cancelled``,
        nothing imported).  Records are validated before anything is written.
        """
        prepared = []
        for meeting in meetings:
            meeting, warnings = record.clean(record.normalize(meeting))
            blocking = record.blocking_problems(record.validate(meeting), meeting.get("status", "draft"))
            if blocking:
                raise RecordError(blocking)
            prepared.append((meeting, warnings))
        total = len(prepared) or 1
        batch = 200

        def run(session: Session) -> ImportResult:
            result = ImportResult()
            for start in range(0, len(prepared), batch):
                if cancelled is not None and cancelled():
                    raise _Cancelled
                for meeting, warnings in prepared[start:start + batch]:
                    row = self._load(session, str(meeting["id"]))
                    if row is not None and row.deleted_at is None and _same_json(self._to_record(row), meeting):
                        result.unchanged += 1
                        continue
                    saved = self._save(session, meeting, None, warnings)
                    result.warnings.extend(saved.warnings)
                    if saved.created:
                        result.created += 1
                    else:
                        result.updated += 1
                session.flush()
                session.expunge_all()  # keep memory flat over a large import
                session.info.pop("chancery_people", None)
                if progress is not None:
                    done = min(start + batch, len(prepared))
                    progress(done / total, f"imported {done} of {len(prepared)}")
            return result

        try:  # another import may hold the archive for a while: wait, unless cancelled
            return self.write(run, wait=IMPORT_BUSY_WAIT, should_stop=cancelled)
        except _Cancelled:
            return ImportResult(cancelled=True)
        except ArchiveBusyError:
            if cancelled is not None and cancelled():
                return ImportResult(cancelled=True)
            raise

    def export_meetings(self, ids: Iterable[str] | None = None) -> list[dict]:
        if ids is None:
            ids = self.list_ids(sort="date", descending=False)
        return self.get_meetings(list(ids))

    # ------------------------------------------------------------ settings

    def settings(self) -> dict[str, Any]:
        with self.session() as session:
            stored = {s.key: s.value for s in session.scalars(select(Setting)).all()}
        return {key: stored.get(key, default) for key, default in DEFAULT_SETTINGS.items()}

    def update_settings(self, **values: Any) -> dict[str, Any]:
        unknown = set(values) - set(DEFAULT_SETTINGS)
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        problems = _check_settings(values)
        if problems:
            raise RecordError(problems)

        def store(session: Session) -> None:
            for key, value in values.items():
                session.merge(Setting(key=key, value=value))

        self.write(store, meetings_changed=False)
        return self.settings()

    # ------------------------------------------------------------ autosave

    def autosave(self, meeting: dict, base_version: int | None) -> None:
        """Keep the editor's unsaved state; cheap enough to call every few seconds."""
        if not self.access.write:
            return
        self.write(lambda session: session.merge(Autosave(
            meeting_id=str(meeting["id"]), owner=self.access.user, record=meeting, base_version=base_version,
            saved_at=_now())), meetings_changed=False)

    def autosaves(self) -> list[tuple[dict, int | None, _dt.datetime]]:
        """Unsaved editor states left behind (after a crash): record, base version, when (this user's, on a server)."""
        if not self.access.write:
            return []
        with self.session() as session:
            rows = session.scalars(select(Autosave).order_by(Autosave.saved_at.desc())).all()
            return [(r.record, r.base_version, r.saved_at) for r in rows]

    def discard_autosave(self, meeting_id: str) -> None:
        if not self.access.write:
            return
        self.write(lambda session: session.execute(delete(Autosave).where(
            Autosave.meeting_id == meeting_id, Autosave.owner == self.access.user)), meetings_changed=False)


class _Cancelled(Exception):
    """Raised inside an import's transaction to roll it back when the user cancels."""


def _check_settings(values: dict[str, Any]) -> list[record.Problem]:
    from .. import refdata

    problems = []
    country = values.get("home_country")
    if country is not None and not refdata.is_country(country):
        problems.append(record.Problem("settings.home_country", f"{country!r} is not an ISO 3166 country code"))
    languages = values.get("output_languages")
    if languages is not None and (
        not isinstance(languages, list) or not languages
        or any(lang not in refdata.supported_languages() for lang in languages)
    ):
        problems.append(record.Problem(
            "settings.output_languages",
            f"choose one or more of {', '.join(refdata.supported_languages())}",
        ))
    kept = values.get("backups_kept")
    if kept is not None and (not isinstance(kept, int) or isinstance(kept, bool) or not 1 <= kept <= 366):
        problems.append(record.Problem("settings.backups_kept", "must be a whole number of daily backups, 1 to 366"))
    style = values.get("house_style")
    if style is not None:
        choices = record.HOUSE_STYLE_CHOICES
        if not isinstance(style, dict) or any(k not in choices or v not in choices[k] for k, v in style.items()):
            problems.append(record.Problem(
                "settings.house_style",
                "house style keys and values: " + "; ".join(f"{k}: {' or '.join(v)}" for k, v in choices.items()),
            ))
    return problems


from . import search as _search  # noqa: E402, F401  (registers the search index's write hook)
