"""Dates of diplomatic relations the archive records, where the reference data has none.

``resources/diplomatic_relations.toml`` knows when many pairs of countries
established relations; for any other partner the user records the date once
(the form's anniversary Suggest offers to), and it is kept with the archive's
settings — shared by everyone using the archive — and used from then on.

:func:`relations_date` answers from the reference data first, then from the
archive.  Qt-free.
"""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import select

from .. import record, refdata
from ..errors import RecordError
from .archive import Archive
from .models import Setting

SETTING_KEY = "relations_dates"

__all__ = ["SETTING_KEY", "recorded_relations_dates", "relations_date", "record_relations_date"]


def _pair(a: str, b: str) -> str:
    return "-".join(sorted((str(a).upper(), str(b).upper())))


def recorded_relations_dates(archive: Archive) -> dict[str, str | int]:
    """Every date recorded in the archive: {"AZ-XX": "1992-05-04" or 1992}."""
    with archive.session() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    return dict(stored) if isinstance(stored, dict) else {}


def relations_date(archive: Archive | None, a: str, b: str) -> str | int | None:
    """When ``a`` and ``b`` established relations: the reference data's date, else the archive's, else None."""
    known = refdata.diplomatic_relations_date(a, b)
    if known is not None or archive is None:
        return known
    return recorded_relations_dates(archive).get(_pair(a, b))


def record_relations_date(archive: Archive, a: str, b: str, value: str | int) -> None:
    """Keep the date (an ISO date "1993-01-19", or a year) for the pair; RecordError when it is no date."""
    problems = []
    for path, code in (("relations.a", a), ("relations.b", b)):
        if not refdata.is_country(code):
            problems.append(record.Problem(path, f"{code!r} is not an ISO 3166 country code", "error",
                                        "unknown_country", {"value": code}))
    year = None
    if isinstance(value, int) and not isinstance(value, bool):
        year = value
    elif isinstance(value, str) and value.strip().isdigit():
        value = year = int(value.strip())
    elif isinstance(value, str):
        try:
            year = _dt.date.fromisoformat(value.strip()).year
            value = value.strip()
        except ValueError:
            year = None
    if year is None or not 1000 <= year <= _dt.date.today().year:
        problems.append(record.Problem("relations.date", f"{value!r} is not a date or a year of the past",
                                    "error", "not_a_date", {"value": value}))
    if problems:
        raise RecordError(problems)

    def store(session) -> None:
        row = session.get(Setting, SETTING_KEY)
        dates = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
        dates[_pair(a, b)] = value
        session.merge(Setting(key=SETTING_KEY, value=dates))

    archive.write(store, meetings_changed=False)
