"""The demo data generator (chancery.demo): shape, coverage, codes, determinism, speed."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

try:
    from chancery import demo
except ImportError:  # source checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))
    from chancery import demo

# The vocabularies of meeting-format.md, copied by hand on purpose: the
# generator must stay inside the codes the format promises every installation.
MEETING_KINDS = {
    "bilateral_meeting", "official_visit", "working_visit", "state_visit", "phone_call",
    "videoconference", "sidelines", "audience", "signing_ceremony", "political_consultations",
}
TOPICS = {
    "bilateral_agenda", "regional_issues", "international_issues", "international_organizations",
    "regional_security", "peace_process", "multilateral_cooperation", "humanitarian_situation",
    "post_conflict_reconstruction", "mine_action",
}
COOPERATION_AREAS = {
    "political", "economy", "trade", "investment", "transport", "transit", "logistics", "energy",
    "energy_security", "nuclear_energy", "renewable_energy", "agriculture", "tourism", "humanitarian",
    "culture", "education", "science", "health", "security", "defence", "critical_infrastructure",
    "critical_minerals", "space", "climate", "environment", "digital", "migration", "justice",
    "consular", "sport", "youth",
}
REPORTING_VERBS = {
    "said", "noted", "stressed", "informed", "thanked", "welcomed", "congratulated", "agreed",
    "expressed_satisfaction", "expressed_concern", "expressed_confidence", "expressed_support",
    "condemned", "encouraged", "committed", "recalled", "reaffirmed", "invited", "proposed",
}
DOCUMENT_TYPES = {
    "agreement", "memorandum_of_understanding", "cooperation_programme", "joint_declaration",
    "joint_statement", "protocol", "plan_of_consultations", "action_plan", "roadmap",
}
ANNIVERSARY_SUBJECTS = {"diplomatic_relations", "independence", "treaty", "strategic_partnership"}

MEETING_FIELDS = [
    "id", "status", "classification", "kind", "format", "our_side", "date", "end_date", "place",
    "publication", "occasion", "initiated_by", "participants", "topics", "cooperation_areas",
    "statements", "documents_signed", "invitations", "anniversaries", "next_steps", "internal", "notes",
]
PLACE_FIELDS = ["city", "country", "venue"]
PUBLICATION_FIELDS = ["agency", "publisher", "dateline", "date", "attribution"]
OCCASION_FIELDS = ["event", "ordinal", "relation"]
PARTICIPANT_FIELDS = ["ref", "side", "role", "name", "gender", "title", "country", "organization"]
STATEMENT_FIELDS = ["speaker", "verb", "text"]
DOCUMENT_FIELDS = ["type", "title", "period", "signed_by"]
INVITATION_FIELDS = ["from", "to", "visit", "accepted"]
ANNIVERSARY_FIELDS = ["ordinal", "subject", "year"]
NEXT_STEP_FIELDS = ["text", "date"]
INTERNAL_FIELDS = ["objectives", "talking_points", "sensitivities", "recommendation", "prepared_by", "cleared_by"]

ISO_ALPHA2 = re.compile(r"^[A-Z]{2}$")


@pytest.fixture(scope="module")
def meetings() -> list[dict]:
    return demo.generate_meetings()


@pytest.fixture(scope="module")
def many() -> list[dict]:
    """A larger sample, for properties that must hold for every record."""
    return demo.generate_meetings(3000, seed=11)


def _iso(value: str) -> dt.date:
    assert isinstance(value, str) and len(value) == 10, value
    return dt.date.fromisoformat(value)


def _is_map(value, langs=("en", "fr")) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(lang), str) and value[lang] for lang in langs)


# --------------------------------------------------------------------------
# Determinism and coverage


def test_deterministic_for_a_seed():
    assert demo.generate_meetings(40, seed=5) == demo.generate_meetings(40, seed=5)
    assert demo.generate_meetings(40, seed=5) != demo.generate_meetings(40, seed=6)


def test_ids_are_uuid4_from_the_seed(meetings):
    ids = [m["id"] for m in meetings]
    assert len(set(ids)) == len(ids)
    for value in ids:
        assert uuid.UUID(value).version == 4
    assert ids == [m["id"] for m in demo.generate_meetings(seed=2021)]


def test_default_count_is_a_useful_demo(meetings):
    assert len(meetings) >= 50
    assert len(demo.generate_meetings(7)) == 7
    assert demo.generate_meetings(0) == []


def test_all_kinds_statuses_sides_and_formats(meetings):
    assert {m["kind"] for m in meetings} == MEETING_KINDS
    assert {m["status"] for m in meetings} == {"draft", "final"}
    assert Counter(m["status"] for m in meetings)["final"] > len(meetings) / 2
    assert {m["our_side"] for m in meetings} == {"host", "guest"}
    assert {m["format"] for m in meetings} >= {"one_on_one", "extended", "one_on_one_then_extended", None}
    assert {m["initiated_by"] for m in meetings} >= {"host", "guest", None}


def test_every_kind_even_in_a_small_demo():
    assert {m["kind"] for m in demo.generate_meetings(10, seed=3)} == MEETING_KINDS


def test_many_countries_and_organisations(meetings):
    countries = {p["country"] for m in meetings for p in m["participants"] if p["country"] not in (None, "AZ")}
    assert len(countries) >= 15
    orgs = [p for m in meetings for p in m["participants"] if p["organization"]]
    assert orgs and all(p["country"] is None for p in orgs)


def test_every_organisation_appears(many):
    names = {p["organization"]["en"] for m in many for p in m["participants"] if p["organization"]}
    for org in ("United Nations", "Organization for Security and Co-operation in Europe",
                "European Union", "Organisation of Islamic Cooperation"):
        assert org in names


def test_rich_content_appears(many):
    assert {m["classification"] for m in many} == {"public", "internal", "restricted", "confidential"}
    assert any(m["documents_signed"] for m in many)
    assert any(m["invitations"] for m in many)
    assert any(m["anniversaries"] for m in many)
    assert any(m["next_steps"] for m in many)
    assert any(m["internal"]["objectives"] and m["internal"]["prepared_by"] for m in many)
    assert any(m["notes"] for m in many)
    assert any(m["end_date"] for m in many)
    assert {p["gender"] for m in many for p in m["participants"]} == {"m", "f"}
    assert {s["verb"] for m in many for s in m["statements"]} == REPORTING_VERBS | {None}
    assert {d["type"] for m in many for d in m["documents_signed"]} == DOCUMENT_TYPES


def test_names_are_spelt_differently_per_language(meetings):
    """Transliteration variants let the search show spelling-insensitive matching."""
    names = [p["name"] for m in meetings for p in m["participants"]]
    assert all(_is_map(n, ("en", "fr", "ru")) for n in names)
    assert sum(n["en"] != n["fr"] for n in names) > len(names) / 3
    assert any(n["en"] == "Jeyhun Bayramov" and n["fr"] == "Djeyhoun Baïramov" and n["az"] == "Ceyhun Bayramov"
               for n in names)


def test_home_side_is_the_fixed_home_minister_or_another_home_official(meetings):
    homes = [meeting["participants"][0] for meeting in meetings]
    assert all(home["country"] == "AZ" and home["role"] == "principal" for home in homes)
    assert all(home["side"] == meeting["our_side"] for home, meeting in zip(homes, meetings, strict=True))
    ministers = Counter(p["name"]["en"] for p in homes if p["title"]["en"] == "Minister of Foreign Affairs")
    assert len(ministers) == 1 and set(homes[0]["name"]) >= {"en", "fr", "ru", "az"}


def test_other_home_country():
    kg = demo.generate_meetings(80, seed=4, home_country="KG")
    assert all(m["participants"][0]["country"] == "KG" for m in kg)
    counterparts = {p["country"] for m in kg for p in m["participants"] if p["side"] != m["our_side"]}
    assert "KG" not in counterparts
    outside = demo.generate_meetings(20, seed=4, home_country="CH")
    assert all(m["participants"][0]["country"] == "CH" for m in outside)


# --------------------------------------------------------------------------
# Shape: exactly the JSON form of meeting-format.md


def test_field_order_and_presence(many):
    for m in many:
        assert list(m) == MEETING_FIELDS
        assert list(m["place"]) == PLACE_FIELDS
        assert list(m["publication"]) == PUBLICATION_FIELDS
        assert m["occasion"] is None or list(m["occasion"]) == OCCASION_FIELDS
        assert list(m["internal"]) == INTERNAL_FIELDS
        for key, fields in (("participants", PARTICIPANT_FIELDS), ("statements", STATEMENT_FIELDS),
                            ("documents_signed", DOCUMENT_FIELDS), ("invitations", INVITATION_FIELDS),
                            ("anniversaries", ANNIVERSARY_FIELDS), ("next_steps", NEXT_STEP_FIELDS)):
            for item in m[key]:
                assert list(item) == fields, (key, item)


def test_codes_come_from_the_vocabularies(many):
    for m in many:
        assert m["kind"] in MEETING_KINDS
        assert m["status"] in {"draft", "final"}
        assert m["classification"] in {"public", "internal", "restricted", "confidential"}
        assert m["format"] in {"one_on_one", "extended", "one_on_one_then_extended", None}
        assert m["our_side"] in {"host", "guest"}
        assert m["initiated_by"] in {"host", "guest", None}
        assert set(m["topics"]) <= TOPICS and m["topics"]
        assert set(m["cooperation_areas"]) <= COOPERATION_AREAS
        assert len(set(m["topics"])) == len(m["topics"])
        assert len(set(m["cooperation_areas"])) == len(m["cooperation_areas"])
        for s in m["statements"]:
            assert s["verb"] is None or s["verb"] in REPORTING_VERBS
        for d in m["documents_signed"]:
            assert d["type"] in DOCUMENT_TYPES
        for a in m["anniversaries"]:
            assert a["subject"] in ANNIVERSARY_SUBJECTS
            assert isinstance(a["ordinal"], int) and a["ordinal"] > 0 and 1000 <= a["year"] <= 9999
        for inv in m["invitations"]:
            assert inv["visit"] in MEETING_KINDS and inv["accepted"] in (True, False, None)


def test_refs_are_consistent(many):
    for m in many:
        refs = [p["ref"] for p in m["participants"]]
        assert len(set(refs)) == len(refs) and "both" not in refs
        for side in ("host", "guest"):
            assert any(p["side"] == side and p["role"] == "principal" for p in m["participants"]), m["id"]
        for p in m["participants"]:
            assert p["side"] in {"host", "guest", "third"} and p["role"] in {"principal", "delegation"}
            assert p["gender"] in {"m", "f", None}
            assert p["country"] is None or ISO_ALPHA2.match(p["country"])
            assert p["country"] is not None or p["organization"]
            assert _is_map(p["title"], ("en", "fr", "ru"))
        for s in m["statements"]:
            assert s["speaker"] in refs or s["speaker"] in ("both", None)
            assert (s["speaker"] is None) == (s["verb"] is None)
        for d in m["documents_signed"]:
            assert d["signed_by"] and set(d["signed_by"]) <= set(refs)
        for inv in m["invitations"]:
            assert inv["from"] in refs and inv["to"] in refs and inv["from"] != inv["to"]


def test_dates_and_places(many):
    for m in many:
        start = _iso(m["date"])
        assert 2018 <= start.year <= 2026
        if m["end_date"] is not None:
            assert _iso(m["end_date"]) > start
        assert _iso(m["publication"]["date"]) >= start
        for step in m["next_steps"]:
            assert step["date"] is None or _iso(step["date"]) > start
        assert ISO_ALPHA2.match(m["place"]["country"])
        assert _is_map(m["place"]["city"], ("en", "fr", "ru"))
        if m["kind"] in ("phone_call", "videoconference"):
            # the place of a call is the calling (host) side's: a call from Baku is not one we received
            assert m["format"] is None
            assert (m["place"]["country"] == "AZ") == (m["our_side"] == "host")
        if m["kind"] == "sidelines":
            assert m["occasion"] and _is_map(m["occasion"]["event"])
            assert m["occasion"]["relation"] in {"during", "before", "after"}
        else:
            assert m["occasion"] is None


def test_texts_exist_in_french_and_english(many):
    for m in many:
        for s in m["statements"]:
            assert _is_map(s["text"])
            assert "{" not in s["text"]["en"] + s["text"]["fr"]
        for d in m["documents_signed"]:
            assert _is_map(d["title"])
        for step in m["next_steps"]:
            assert _is_map(step["text"])
        for item in m["internal"]["objectives"] + m["internal"]["talking_points"]:
            assert _is_map(item)


def test_records_share_nothing():
    """Callers may edit one record without touching another."""
    first, second = demo.generate_meetings(2, seed=9)

    def containers(value, found):
        if isinstance(value, (dict, list)):
            found.add(id(value))
            for child in value.values() if isinstance(value, dict) else value:
                containers(child, found)
        return found

    assert not containers(first, set()) & containers(second, set())
    again = demo.generate_meetings(2, seed=9)
    first["participants"][0]["name"]["en"] = "changed"
    assert demo.generate_meetings(2, seed=9) == again


def test_json_round_trip(meetings):
    document = demo.demo_document(len(meetings))
    assert document == {"chancery": 1, "meetings": meetings}
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document


def test_iter_meetings_streams_the_same_records():
    assert list(demo.iter_meetings(25, seed=8)) == demo.generate_meetings(25, seed=8)


# --------------------------------------------------------------------------
# Agreement with the record module, and speed


def test_every_generated_meeting_validates(meetings, many):
    from chancery import record

    for m in meetings + many[:1500] + demo.generate_meetings(200, seed=1, home_country="KG"):
        assert record.validate(m) == [], (m["id"], record.validate(m))


def test_fast_enough_for_benchmark_archives():
    start = time.perf_counter()
    demo.generate_meetings(10_000, seed=1)
    # ~1.5 s on a laptop; 100,000 meetings take about ten times as long.
    assert time.perf_counter() - start < 15


def test_readme_examples_work_on_the_demo(archive):
    """Every search the README shows finds something in an archive filled by ``--demo``."""
    from chancery.demo_fill import fill_demo
    from chancery.store import search

    assert fill_demo(archive, count=60) == 60
    reference = demo.reference_meeting()["id"]
    spellings = [set(search.search_ids(archive, query)) for query in
                 ("Bayramov", "Baïramov", "bairamov", "Ceyhun", "Байрамов")]
    assert reference in spellings[0] and len(spellings[0]) > 10
    assert all(found == spellings[0] for found in spellings)
    for query in ('"exact phrase" OR bayramov', "kazak*", "-transit bayramov", "country:KG", "country:Kirghizistan",
                  "country:KG,KZ", "kind:phone_call", "kind:visit", "with:kazakbaev", "signed:programme",
                  "status:draft", "year:2021", "after:2021-01-01", "before:2021-07"):
        assert search.search_ids(archive, query), query
    assert reference in search.search_ids(archive, "with:kazakbaev year:2021 signed:programme")
