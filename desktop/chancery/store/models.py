"""SQLAlchemy 2 models of the archive.

Every part of a meeting record has a table; localised text (language maps)
is kept as JSON so any language tag fits.  Each row keeps the keys it does
not know in ``extra`` so unknown fields survive a round trip.  ``meetings``
also carries a few derived columns (counterpart country, principals' names)
so the archive list sorts and filters in the database.

The schema itself is created by the Alembic migrations under
``db/migrations``; a test checks that these models and the migrations agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, Any: JSON}


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (SQLAlchemy types ``__table__`` as a plain FromClause)."""
    return cast(Table, model.__table__)


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    classification: Mapped[str] = mapped_column(String(16), nullable=False)
    kind: Mapped[str | None] = mapped_column(String(40))
    format: Mapped[str | None] = mapped_column(String(40))
    our_side: Mapped[str] = mapped_column(String(8), nullable=False)
    date: Mapped[str | None] = mapped_column(String(10))
    end_date: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[Any] = mapped_column(JSON, nullable=True)
    place_country: Mapped[str | None] = mapped_column(String(2))
    publication: Mapped[Any] = mapped_column(JSON, nullable=True)
    occasion: Mapped[Any] = mapped_column(JSON, nullable=True)
    initiated_by: Mapped[str | None] = mapped_column(String(8))
    topics: Mapped[Any] = mapped_column(JSON, nullable=True)
    cooperation_areas: Mapped[Any] = mapped_column(JSON, nullable=True)
    notes: Mapped[Any] = mapped_column(JSON, nullable=True)
    extra: Mapped[Any] = mapped_column(JSON, nullable=True)
    # Derived, for listing and sorting in the database.
    counterpart_country: Mapped[str | None] = mapped_column(String(2))
    principals: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)

    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Participant.position"
    )
    statements: Mapped[list[Statement]] = relationship(
        cascade="all, delete-orphan", order_by="Statement.position"
    )
    documents_signed: Mapped[list[SignedDocument]] = relationship(
        cascade="all, delete-orphan", order_by="SignedDocument.position"
    )
    invitations: Mapped[list[Invitation]] = relationship(
        cascade="all, delete-orphan", order_by="Invitation.position"
    )
    anniversaries: Mapped[list[Anniversary]] = relationship(
        cascade="all, delete-orphan", order_by="Anniversary.position"
    )
    next_steps: Mapped[list[NextStep]] = relationship(
        cascade="all, delete-orphan", order_by="NextStep.position"
    )
    internal: Mapped[InternalBriefing | None] = relationship(cascade="all, delete-orphan", uselist=False)

    __table_args__ = (
        Index("ix_meetings_date", "date"),
        Index("ix_meetings_kind", "kind"),
        Index("ix_meetings_counterpart_country", "counterpart_country"),
        Index("ix_meetings_status", "status"),
        Index("ix_meetings_deleted_at", "deleted_at"),
        Index("ix_meetings_principals", "principals"),
        # The archive list: WHERE deleted_at IS NULL ORDER BY <column>, id (migration 0004).
        Index("ix_meetings_list_date", "deleted_at", "date", "id"),
        Index("ix_meetings_list_kind", "deleted_at", "kind", "id"),
        Index("ix_meetings_list_country", "deleted_at", "counterpart_country", "id"),
        Index("ix_meetings_list_principals", "deleted_at", "principals", "id"),
        Index("ix_meetings_list_status", "deleted_at", "status", "id"),
        Index("ix_meetings_list_updated", "deleted_at", "updated_at", "id"),
    )


class _MeetingPart:
    """Columns every child row of a meeting has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    extra: Mapped[Any] = mapped_column(JSON, nullable=True)


class Person(Base):
    """The people directory: one row per person, whatever the spelling."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gender: Mapped[str | None] = mapped_column(String(1))
    country: Mapped[str | None] = mapped_column(String(2))
    title: Mapped[Any] = mapped_column(JSON, nullable=True)
    organization: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

    names: Mapped[list[PersonName]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonName.id"
    )


class PersonName(Base):
    """One spelling of a person's name in one language, kept once."""

    __tablename__ = "person_names"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), nullable=False, index=True)
    lang: Mapped[str] = mapped_column(String(16), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    folded: Mapped[str] = mapped_column(Text, nullable=False, index=True)

    person: Mapped[Person] = relationship(back_populates="names")

    __table_args__ = (UniqueConstraint("person_id", "lang", "name", name="uq_person_names_variant"),)


class Participant(_MeetingPart, Base):
    __tablename__ = "participants"

    ref: Mapped[str | None] = mapped_column(String(40))
    side: Mapped[str | None] = mapped_column(String(8))
    role: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[Any] = mapped_column(JSON, nullable=True)
    gender: Mapped[str | None] = mapped_column(String(1))
    title: Mapped[Any] = mapped_column(JSON, nullable=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    organization: Mapped[Any] = mapped_column(JSON, nullable=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")
    person: Mapped[Person | None] = relationship()


class Statement(_MeetingPart, Base):
    __tablename__ = "statements"

    speaker: Mapped[str | None] = mapped_column(String(40))
    verb: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[Any] = mapped_column(JSON, nullable=True)


class SignedDocument(_MeetingPart, Base):
    __tablename__ = "documents_signed"

    type: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[Any] = mapped_column(JSON, nullable=True)
    period: Mapped[str | None] = mapped_column(String(40))
    signed_by: Mapped[Any] = mapped_column(JSON, nullable=True)


class Invitation(_MeetingPart, Base):
    __tablename__ = "invitations"

    from_ref: Mapped[str | None] = mapped_column(String(40))
    to_ref: Mapped[str | None] = mapped_column(String(40))
    visit: Mapped[str | None] = mapped_column(String(40))
    accepted: Mapped[bool | None] = mapped_column(Boolean)


class Anniversary(_MeetingPart, Base):
    __tablename__ = "anniversaries"

    ordinal: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str | None] = mapped_column(String(40))
    year: Mapped[int | None] = mapped_column(Integer)


class NextStep(_MeetingPart, Base):
    __tablename__ = "next_steps"

    text: Mapped[Any] = mapped_column(JSON, nullable=True)
    date: Mapped[str | None] = mapped_column(String(10))


class InternalBriefing(Base):
    """Briefing-note material: never printed in a communiqué."""

    __tablename__ = "internal_briefings"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    objectives: Mapped[Any] = mapped_column(JSON, nullable=True)
    talking_points: Mapped[Any] = mapped_column(JSON, nullable=True)
    sensitivities: Mapped[Any] = mapped_column(JSON, nullable=True)
    recommendation: Mapped[Any] = mapped_column(JSON, nullable=True)
    prepared_by: Mapped[str | None] = mapped_column(Text)
    cleared_by: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[Any] = mapped_column(JSON, nullable=True)


class Setting(Base):
    """Typed domain settings, stored with the archive (see ``store.settings``)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class Autosave(Base):
    """The editor's latest unsaved state of a meeting, written every few seconds.

    A row here after start-up means the app stopped before the user saved or
    discarded: the editor offers to restore it.  ``base_version`` is the
    meeting version the edit started from, for conflict detection.  On a
    server each user sees only their own (``owner``, the database user; row
    level security), so one officer's unsaved work never appears on another's
    screen; in an SQLite archive ``owner`` is empty.
    """

    __tablename__ = "autosaves"

    meeting_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    owner: Mapped[str] = mapped_column(String(63), primary_key=True, default="")
    record: Mapped[Any] = mapped_column(JSON, nullable=False)
    base_version: Mapped[int | None] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
