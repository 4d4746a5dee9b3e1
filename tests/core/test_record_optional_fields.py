"""Optional fields of version 1: next_steps[].owner, next_steps[].done, internal.distribution."""

from __future__ import annotations

import json

from chancery import record


def test_written_only_when_set_and_kept_by_the_archive(seed, archive):
    plain = json.loads(record.dumps([seed]))["meeting"]
    assert "distribution" not in plain["internal"]

    seed["next_steps"] = [{"text": {"fr": "tenir une réunion", "en": "hold a meeting"}, "date": "2021-10-14",
                           "done": False, "owner": "Direction Asie centrale"},
                          {"text": {"fr": "échanger des listes", "en": "exchange lists"}, "date": None}]
    seed["internal"]["distribution"] = ["Cabinet", "Direction Asie centrale"]
    assert record.validate(seed) == []
    written = json.loads(record.dumps([seed]))["meeting"]
    assert list(written["next_steps"][0]) == ["text", "date", "owner", "done"]  # the spec's order
    assert list(written["next_steps"][1]) == ["text", "date"]
    assert list(written["internal"])[-1] == "distribution"

    archive.save(seed)
    stored = archive.get_meeting(seed["id"])
    assert stored["next_steps"] == written["next_steps"]
    assert stored["internal"]["distribution"] == ["Cabinet", "Direction Asie centrale"]
    assert record.dumps([stored]) == record.dumps([seed])


def test_wrong_types_are_named(seed):
    seed["next_steps"] = [{"text": {"fr": "x", "en": "x"}, "date": None, "owner": 3, "done": "yes"}]
    seed["internal"]["distribution"] = ["Cabinet", 7]
    paths = {p.path for p in record.validate(seed)}
    assert {"meeting.next_steps[0].owner", "meeting.next_steps[0].done", "meeting.internal.distribution[1]"} <= paths
    seed["internal"]["distribution"] = "Cabinet"
    assert "meeting.internal.distribution" in {p.path for p in record.validate(seed)}
