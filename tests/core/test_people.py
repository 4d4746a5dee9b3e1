"""The people directory's editing surface (store/people.py) and recorded relations dates (store/relations.py)."""

from __future__ import annotations

import copy
import io

import pytest
from docx import Document

from chancery.errors import RecordError
from chancery.store import people, relations, search

SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"


def bayramov(archive) -> int:
    return next(p.id for p in people.list_people(archive, "Bayramov"))


def test_the_directory_lists_people_by_any_spelling_with_their_meetings(archive, seed):
    archive.save(seed)
    later = copy.deepcopy(seed)
    later["id"] = "7b3f7a4e-1d1f-4b39-9a4e-0c6c1f1f5a01"
    later["date"] = "2023-03-01"
    archive.save(later)
    listed = people.list_people(archive)
    assert len(listed) == 2
    for spelling in ("Bayramov", "baïr", "Байрамов", "Ceyhun"):
        found = people.list_people(archive, spelling)
        assert [p.name["en"] for p in found] == ["Jeyhun Bayramov"], spelling
    assert people.list_people(archive, "Bayramov")[0].meetings == 2
    archive.delete(later["id"])
    assert people.list_people(archive, "Bayramov")[0].meetings == 1  # the trash does not count


def test_titles_held_over_time_come_from_the_meetings(archive, seed):
    archive.save(seed)  # 2021: Minister of Foreign Affairs
    earlier = copy.deepcopy(seed)
    earlier["id"] = "7b3f7a4e-1d1f-4b39-9a4e-0c6c1f1f5a02"
    earlier["date"] = "2019-05-04"
    earlier["participants"][0]["title"] = {"en": "Deputy Minister of Foreign Affairs",
                                           "fr": "vice-ministre des Affaires étrangères"}
    archive.save(earlier)
    details = people.person_details(archive, bayramov(archive))
    assert [(t.title["en"], t.first, t.last, t.meetings) for t in details.titles] == [
        ("Deputy Minister of Foreign Affairs", "2019-05-04", "2019-05-04", 1),
        ("Minister of Foreign Affairs", "2021-07-02", "2021-07-02", 1),
    ]
    assert [m.date for m in details.meetings] == ["2021-07-02", "2019-05-04"]  # newest first
    assert {(s.lang, s.name) for s in details.spellings} >= {("az", "Ceyhun Bayramov"), ("ru", "Джейхун Байрамов")}


def test_a_spelling_added_in_cyrillic_is_found_by_search(archive, seed):
    seed["participants"][0]["name"] = {"en": "Jeyhun Bayramov", "fr": "Djeyhoun Baïramov"}  # no Cyrillic recorded
    archive.save(seed)
    assert search.search_ids(archive, "Байрамов") == []
    person = people.person_details(archive, bayramov(archive))
    people.update_person(archive, person.id, spellings=[*person.spellings, people.Spelling("ru", "Джейхун Байрамов")],
                         gender=person.gender, country=person.country, title=person.title)
    assert search.search_ids(archive, "Байрамов") == [SEED_ID]
    assert archive.get_meeting(SEED_ID)["participants"][0]["name"] == {"en": "Jeyhun Bayramov",
                                                                      "fr": "Djeyhoun Baïramov"}  # record untouched


def test_update_refuses_what_cannot_be_stored(archive, seed):
    archive.save(seed)
    person = people.person_details(archive, bayramov(archive))
    with pytest.raises(RecordError) as raised:
        people.update_person(archive, person.id, spellings=[people.Spelling("Russian", "Байрамов"),
                                                            people.Spelling("en", " ")],
                             gender="x", country="XX", title=None)
    codes = {(p.path, p.code) for p in raised.value.problems}
    assert codes == {("person.spellings[0].lang", "bad_language_tag"), ("person.spellings[1].name", "required"),
                     ("person.gender", "not_allowed"), ("person.country", "unknown_country")}
    assert people.person_details(archive, person.id).spellings == person.spellings  # nothing half-written


def test_merging_two_entries_of_one_person_brings_their_meetings_together(archive, seed):
    archive.save(seed)
    other = copy.deepcopy(seed)
    other["id"] = "7b3f7a4e-1d1f-4b39-9a4e-0c6c1f1f5a03"
    other["date"] = "2022-10-10"
    # the same man, recorded only in Russian and without a country: a second directory entry
    other["participants"][0].update(name={"ru": "Дж. Байрамов"}, country=None)
    archive.save(other)
    entries = people.list_people(archive, "Байрамов")
    assert len(entries) == 2
    keep = next(p.id for p in entries if "en" in p.name)
    duplicate = next(p.id for p in entries if p.id != keep)
    merged = people.merge_people(archive, keep, duplicate)
    assert ("ru", "Дж. Байрамов") in {(s.lang, s.name) for s in merged.spellings}
    assert {m.id for m in merged.meetings} == {SEED_ID, other["id"]}
    assert len(people.list_people(archive, "Байрамов")) == 1
    with pytest.raises(RecordError):
        people.merge_people(archive, keep, keep)
    # a later save of either meeting links to the entry kept
    archive.save(archive.get_meeting(other["id"]))
    assert people.list_people(archive, "Байрамов")[0].meetings == 2


def test_a_relations_date_recorded_once_is_used_from_then_on(archive):
    assert relations.relations_date(archive, "AZ", "FJ") is None
    relations.record_relations_date(archive, "FJ", "AZ", "2008-06-05")
    assert relations.relations_date(archive, "AZ", "FJ") == "2008-06-05"
    relations.record_relations_date(archive, "AZ", "TV", 2011)
    assert relations.relations_date(archive, "TV", "AZ") == 2011
    assert relations.relations_date(archive, "AZ", "KG") == "1993-01-19"  # the reference data still answers first
    with pytest.raises(RecordError) as raised:
        relations.record_relations_date(archive, "AZ", "FJ", "31/02/2008")
    assert [p.code for p in raised.value.problems] == ["not_a_date"]
    assert archive.settings()  # the archive's own settings are untouched by the extra key


def test_the_briefing_note_names_the_anniversary_of_a_recorded_relations_date(seed, archive):
    from chancery.render import render_document

    meeting = copy.deepcopy(seed)
    meeting.update(date="2028-03-01", anniversaries=[])
    meeting["participants"][1]["country"] = "FJ"
    meeting["publication"]["date"] = "2028-03-01"

    def background() -> str:
        document = Document(io.BytesIO(render_document(meeting, "briefing-en", archive=archive)))
        return "\n".join(p.text for p in document.paragraphs)

    assert "25th anniversary of" not in background()  # nothing known about Fiji
    relations.record_relations_date(archive, "AZ", "FJ", "2003-06-05")
    assert "25th anniversary of the establishment of diplomatic relations (2028)" in background()
