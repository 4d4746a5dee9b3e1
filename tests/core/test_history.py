"""The archive's history of a counterpart (store/history.py), on a real SQLite archive."""

from __future__ import annotations

import copy
from pathlib import Path

from chancery import record
from chancery.store import history as store_history
from chancery.store.history import counterpart_history

HISTORY = sorted((Path(__file__).parents[1] / "fixtures" / "history").glob("*.json"))


def fill(archive) -> list[dict]:
    meetings = [m for path in HISTORY for m in record.read_file(path)]
    for meeting in meetings:
        archive.save(meeting)
    return meetings


def test_history_of_the_seed_counterpart(seed, archive):
    call, consultations, antalya = fill(archive)
    found = counterpart_history(archive, seed)
    assert [m["id"] for m in found.meetings] == [antalya["id"], consultations["id"], call["id"]]
    assert found.meeting_count == 3
    person = found.people[0]
    assert person.ref == "p2" and person.person_id is not None
    assert [a.meeting["id"] for a in person.meetings] == [antalya["id"], call["id"]]
    assert [a.ref for a in person.meetings] == ["p2", "p2"]
    assert person.meeting_count == 2 and person.first_date == "2020-12-10"
    assert [(s.meeting["id"], s.index) for s in person.documents] == [(antalya["id"], 0)]
    assert person.earlier_titles == []
    assert [(i.meeting["id"], i.index) for i in found.open_invitations] == [(antalya["id"], 0)]
    assert [(i.meeting["id"], i.index) for i in found.honoured] == [(call["id"], 0)]
    assert [(s.meeting["id"], s.index) for s in found.open_steps] == [(antalya["id"], 0), (consultations["id"], 0)]
    assert found.open_step_count == 2


def test_only_earlier_and_not_deleted_meetings_count(seed, archive):
    call, _consultations, antalya = fill(archive)
    archive.delete(antalya["id"])
    found = counterpart_history(archive, seed)
    assert [a.meeting["id"] for a in found.people[0].meetings] == [call["id"]]
    assert found.open_invitations == []
    # A meeting dated before all of them has no history, and no invitation it could honour.
    early = copy.deepcopy(seed)
    early["date"] = "2019-01-01"
    found = counterpart_history(archive, early)
    assert found.meetings == [] and found.people[0].meetings == [] and found.honoured == []


def test_the_saved_meeting_itself_is_not_its_own_history(seed, archive):
    fill(archive)
    archive.save(seed)
    found = counterpart_history(archive, seed)
    assert seed["id"] not in [m["id"] for m in found.meetings]
    assert found.people[0].meeting_count == 2


def test_lists_are_capped_newest_first_with_totals(seed, archive, monkeypatch):
    base = record.read_file(HISTORY[0])[0]
    for n in range(6):
        meeting = copy.deepcopy(base)
        meeting["id"] = f"7c0a1e52-01{n:02d}-4c55-9a77-2b1d1f0e7a01"
        meeting["date"] = f"2020-0{n + 1}-15"
        meeting["invitations"] = []
        meeting["next_steps"] = [{"text": {"fr": f"étape {n}", "en": f"step {n}"}, "date": None}]
        archive.save(meeting)
    monkeypatch.setattr(store_history, "PERSON_MEETINGS", 4)
    monkeypatch.setattr(store_history, "COUNTRY_MEETINGS", 3)
    monkeypatch.setattr(store_history, "OPEN_ITEMS", 2)
    found = counterpart_history(archive, seed)
    person = found.people[0]
    assert person.meeting_count == 6 and len(person.meetings) == 4
    assert [a.meeting["date"] for a in person.meetings] == ["2020-06-15", "2020-05-15", "2020-04-15", "2020-03-15"]
    assert found.meeting_count == 6 and len(found.meetings) == 3
    assert found.open_step_count == 6 and [s.step["text"]["en"] for s in found.open_steps] == ["step 5", "step 4"]


def test_organisation_counterpart(seed, archive):
    org = copy.deepcopy(seed)
    org["participants"][1].update(country=None, organization={"fr": "Organisation des États turciques",
                                                              "en": "Organization of Turkic States"},
                                  title={"fr": "secrétaire général", "en": "Secretary General"},
                                  name={"fr": "Koubanytchbek Omouraliev", "en": "Kubanychbek Omuraliev"})
    earlier = copy.deepcopy(org)
    earlier.update(id="7c0a1e52-0201-4c55-9a77-2b1d1f0e7a01", date="2020-03-03")
    earlier["participants"][1]["organization"] = {"en": "Organization of Turkic States"}  # one language is enough
    archive.save(earlier)
    other = copy.deepcopy(earlier)
    other.update(id="7c0a1e52-0202-4c55-9a77-2b1d1f0e7a01", date="2020-06-06")
    other["participants"][1].update(organization={"fr": "Organisation des États turciques"},  # accents, one language
                                    name={"fr": "Baghdad Amreyev", "en": "Baghdad Amreyev"})
    archive.save(other)
    fill(archive)  # Kyrgyz meetings: not with the organisation
    found = counterpart_history(archive, org)
    assert [m["id"] for m in found.meetings] == [other["id"], earlier["id"]]
    assert [a.meeting["id"] for a in found.people[0].meetings] == [earlier["id"]]
