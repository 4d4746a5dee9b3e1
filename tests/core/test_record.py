"""The meeting record: validation, cleaning, canonical JSON."""

from __future__ import annotations

import json

import pytest

from chancery import record
from chancery.errors import RecordError

from ..conftest import FIXTURES, SHARED_SEED


def paths_of(problems):
    return [p.path for p in problems]


def test_seed_is_valid(seed):
    assert record.validate(seed) == []


def test_fixture_seed_matches_shared_copy_when_present():
    if not SHARED_SEED.exists():
        pytest.skip("../shared is not beside this checkout")
    assert (FIXTURES / "seed-meeting.json").read_bytes() == SHARED_SEED.read_bytes()


def test_dumps_of_seed_is_byte_identical_to_the_file(seed):
    assert record.dumps([seed]) == (FIXTURES / "seed-meeting.json").read_text(encoding="utf-8")


def test_normalize_fills_defaults_in_spec_order_and_keeps_unknown_fields():
    meeting = {"zeta": 1, "kind": "phone_call", "alpha": {"x": 1}, "id": "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"}
    out = record.normalize(meeting)
    keys = list(out)
    assert keys[: len(record.MEETING_FIELDS)] == list(record.MEETING_FIELDS)
    assert keys[-2:] == ["alpha", "zeta"]
    assert out["internal"]["objectives"] == [] and out["place"] == {"city": {}, "country": None, "venue": None}


def test_unknown_vocabulary_code_impossible_date_and_missing_guest_principal(seed):
    seed["topics"][1] = "space_cowboys"
    seed["date"] = "2021-02-30"
    seed["participants"][1]["role"] = "delegation"
    problems = record.validate(seed)
    assert "meeting.topics[1]" in paths_of(problems)
    assert "meeting.date" in paths_of(problems)
    assert any("no principal on the guest side" in p.message for p in problems)
    assert all(p.message for p in problems)


def test_problem_paths_name_the_field(seed):
    seed["participants"][1]["country"] = "XX"
    seed["statements"][0]["speaker"] = "p9"
    seed["documents_signed"][0]["signed_by"] = ["p1", "nobody"]
    seed["end_date"] = "2021-07-01"
    problems = {p.path: p.message for p in record.validate(seed)}
    assert "meeting.participants[1].country" in problems
    assert "meeting.statements[0].speaker" in problems
    assert "meeting.documents_signed[0].signed_by[1]" in problems
    assert "before the start date" in problems["meeting.end_date"]


def test_draft_may_be_incomplete_but_final_may_not():
    draft = record.new_meeting(kind="phone_call")
    problems = record.validate(draft)
    assert problems, "a new meeting lacks participants and place"
    assert record.blocking_problems(problems, "draft") == []
    assert record.blocking_problems(problems, "final")


def test_clean_removes_xml_illegal_characters_and_names_the_field(seed):
    seed["statements"][2]["text"]["en"] = "his country\x00 attaches\x0b importance"
    cleaned, warnings = record.clean(seed)
    assert cleaned["statements"][2]["text"]["en"] == "his country attaches importance"
    assert [w.path for w in warnings] == ["meeting.statements[2].text.en"]
    assert seed["statements"][2]["text"]["en"].count("\x00") == 1, "the input is not modified"


def test_plain_string_is_accepted_as_every_language(seed):
    seed["participants"][0]["name"] = "Jeyhun Bayramov"
    assert record.validate(seed) == []
    assert record.text_in(seed["participants"][0]["name"], "fr") == "Jeyhun Bayramov"


def test_read_file_refuses_higher_version(tmp_path, seed):
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"chancery": 2, "meeting": seed}), encoding="utf-8")
    with pytest.raises(RecordError, match="format version 2"):
        record.read_file(path)


def test_read_file_reports_every_problem_with_its_field(tmp_path, seed):
    seed["kind"] = "tea_party"
    seed["date"] = "2021-13-01"
    seed["participants"] = [p for p in seed["participants"] if p["side"] != "guest"]
    seed["statements"] = [s for s in seed["statements"] if s["speaker"] != "p2"]
    seed["documents_signed"][0]["signed_by"] = ["p1"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"chancery": 1, "meeting": seed}), encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        record.read_file(path)
    lines = str(caught.value).splitlines()
    assert len(lines) == 3, lines
    assert any("meeting.kind" in line and "tea_party" in line for line in lines)
    assert any("meeting.date" in line for line in lines)
    assert any("meeting.participants" in line and "guest" in line for line in lines)
    assert all(line.startswith(str(path)) for line in lines)


def test_read_file_reports_bad_json_position(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"chancery": 1, "meeting": {"id": }', encoding="utf-8")
    with pytest.raises(RecordError, match="line 1, column"):
        record.read_file(path)


def test_meetings_list_and_missing_id_gets_one(tmp_path, seed):
    second = dict(seed)
    del second["id"]
    path = tmp_path / "two.json"
    path.write_text(json.dumps({"chancery": 1, "meetings": [seed, second]}), encoding="utf-8")
    meetings = record.read_file(path)
    assert len(meetings) == 2 and meetings[1]["id"] and meetings[1]["id"] != seed["id"]


def test_missing_translations_lists_paths(seed):
    del seed["statements"][3]["text"]["en"]
    assert record.missing_translations(seed, ["fr", "en"]) == ["meeting.statements[3].text.en"]
    assert "meeting.participants[0].name.ru" not in record.missing_translations(seed, ["fr", "en"])


def test_record_paths_split_and_nest():
    assert record.split_path("meeting.participants[1].country") == ["meeting", "participants", 1, "country"]
    assert record.split_path("meetings[3].statements[0].text.fr") == ["meetings", 3, "statements", 0, "text", "fr"]
    assert record.path_under("meeting.statements[2].text.en", "meeting.statements") == "[2].text.en"
    assert record.path_under("meeting.statements", "meeting.statements") == ""
    assert record.path_under("meeting.statements_extra", "meeting.statements") is None
    assert record.first_index("[2].text.en") == (2, "text")
    assert record.first_index(".notes") == (None, "notes")
    assert record.first_index("") == (None, "")


def test_a_principal_on_each_side_is_one_rule_for_validation_and_documents(seed):
    from chancery.render import RenderError, render_document

    assert record.sides_without_principal(seed) == []
    for person in seed["participants"]:
        if person["side"] == "guest":
            person["role"] = "delegation"
    assert record.sides_without_principal(seed) == ["guest"]
    problems = [p for p in record.validate(seed) if p.code == "no_principal"]
    assert [p.params.get("side") for p in problems] == ["guest"]
    with pytest.raises(RenderError, match="no principal on the other side"):
        render_document(seed, "communique-en")
