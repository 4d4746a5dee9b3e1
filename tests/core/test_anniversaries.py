"""The next round anniversary of diplomatic relations: the form's Suggest and the briefing note use one rule."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from chancery.anniversaries import next_relations_anniversary, side_country
from chancery.render import render_document

# AZ and KG established relations on 1993-01-19 (resources/diplomatic_relations.toml).


def at(seed: dict, date: str) -> dict:
    meeting = copy.deepcopy(seed)
    meeting["date"] = date
    meeting["publication"]["date"] = date
    meeting["anniversaries"] = []
    return meeting


@pytest.mark.parametrize(("date", "ordinal", "year"), [
    ("2021-07-02", 30, 2023),  # 28 years: the 30th comes in 2023
    ("2023-03-01", 30, 2023),  # in the anniversary's own year
    ("2024-05-05", 35, 2028),
    ("1994-02-01", 5, 1998),  # never a 0th or 1st: at least the 5th
])
def test_the_first_multiple_of_five_years_in_the_meetings_year_or_later(seed, date, ordinal, year):
    found = next_relations_anniversary(at(seed, date))
    assert (found.home, found.counterpart, found.established) == ("AZ", "KG", "1993-01-19")
    assert found.entry() == {"ordinal": ordinal, "subject": "diplomatic_relations", "year": year}


def test_our_country_comes_from_the_settings_first(seed):
    meeting = at(seed, "2021-07-02")
    assert next_relations_anniversary(meeting, "NZ").entry() is None  # no date for NZ-KG in the data
    assert next_relations_anniversary(meeting, "NZ").home == "NZ"


def test_a_side_without_a_principals_country_takes_anyone_elses_on_it(seed):
    meeting = at(seed, "2021-07-02")
    guests = [p for p in meeting["participants"] if p["side"] == "guest"]
    for person in guests:
        person["country"] = None
    assert side_country(meeting, "guest") is None
    assert next_relations_anniversary(meeting).entry() is None
    guests[-1]["country"] = "KG"
    assert side_country(meeting, "guest") == "KG"
    assert next_relations_anniversary(meeting).entry() == {"ordinal": 30, "subject": "diplomatic_relations",
                                                           "year": 2023}


def test_an_undated_meeting_counts_from_today(seed):
    meeting = at(seed, "2021-07-02")
    meeting["date"] = None
    found = next_relations_anniversary(meeting, today=dt.date(2032, 6, 1))
    assert (found.ordinal, found.year) == (40, 2033)


def briefing_text(meeting: dict) -> str:
    import io

    from docx import Document

    document = Document(io.BytesIO(render_document(meeting, "briefing-en")))
    return "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize(("date", "mentioned"), [
    ("2022-09-01", True),  # the 30th falls next year: the note mentions what Suggest adds
    ("2023-03-01", True),  # this year
    ("2021-07-02", False),  # two years off: Suggest still offers it, the note leaves it out
])
def test_the_briefing_note_names_the_anniversary_suggest_adds(seed, date, mentioned):
    meeting = at(seed, date)
    found = next_relations_anniversary(meeting)
    assert (found.ordinal, found.year) == (30, 2023)
    text = briefing_text(meeting)
    assert ("30th anniversary" in text) == mentioned, text
