"""The next round anniversary of diplomatic relations: one rule for the form and the briefing note.

Our country is the archive's home country (Settings), else the country of
our side's principal; the counterpart's is the country of the other side's
principal (a side with no principal's country: anyone's on that side).  The
reference data says when the two established relations; the anniversary is
the first multiple of five years that falls in the meeting's year or later
(today's year for an undated meeting).  The form's Suggest button adds it
whatever the year; the briefing note mentions it when it falls in the
meeting's year or the next.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import record, refdata

ROUND_YEARS = 5
SUBJECT = "diplomatic_relations"


@dataclass(frozen=True)
class RelationsAnniversary:
    """What the rule found, and the facts it used (to say why when it found nothing)."""

    home: str | None  # our country
    counterpart: str | None  # the counterpart's country
    established: str | int | None  # as the reference data has it: "1993-01-19" or 1993
    ordinal: int | None = None  # 30 for the 30th anniversary
    year: int | None = None  # when it falls

    def entry(self) -> dict | None:
        """The record's ``anniversaries`` item, or None when there is no anniversary."""
        if self.ordinal is None or self.year is None:
            return None
        return {"ordinal": self.ordinal, "subject": SUBJECT, "year": self.year}


def side_country(meeting: dict, side: str) -> str | None:
    """The country of ``side``: its principal's, else the first participant's on that side that has one."""
    people = [p for p in meeting.get("participants") or [] if isinstance(p, dict) and p.get("side") == side]
    people.sort(key=lambda person: person.get("role") != "principal")
    return next((person["country"] for person in people if person.get("country")), None)


def meeting_year(meeting: dict, today: _dt.date | None = None) -> int:
    date = meeting.get("date")
    if isinstance(date, str) and date[:4].isdigit():
        return int(date[:4])
    return (today or _dt.date.today()).year


def next_relations_anniversary(meeting: dict, home_country: str | None = None, *,
                               today: _dt.date | None = None,
                               relations_date: Callable[[str, str], Any] | None = None) -> RelationsAnniversary:
    """The next round anniversary of relations between our country and the counterpart's (see the module).

    ``relations_date(a, b)`` says when two countries established relations; by
    default the reference data's (the form also asks the dates recorded with the archive).
    """
    home = home_country or side_country(meeting, meeting.get("our_side") or "host")
    counterpart = side_country(meeting, record.counterpart_side(meeting))
    if not home or not counterpart or home == counterpart:
        return RelationsAnniversary(home, counterpart, None)
    try:
        established = (relations_date or refdata.diplomatic_relations_date)(home, counterpart)
    except (KeyError, ValueError):
        established = None
    if established is None:
        return RelationsAnniversary(home, counterpart, None)
    start = int(str(established)[:4])
    age = meeting_year(meeting, today) - start
    ordinal = max(ROUND_YEARS, -(-age // ROUND_YEARS) * ROUND_YEARS)  # the next multiple of five, at least 5
    return RelationsAnniversary(home, counterpart, established, ordinal, start + ordinal)
