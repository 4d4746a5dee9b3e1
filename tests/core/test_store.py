"""The archive on a real SQLite file and a real PostgreSQL database: round trips, versions, people, trash, settings."""

from __future__ import annotations

import copy
import sqlite3

import pytest

from chancery import record
from chancery.errors import ConflictError, NotFoundError, RecordError
from chancery.store import open_archive

from ..conftest import ENGINES


@pytest.fixture(params=ENGINES)
def archive(request, data_dir):
    """Every test here runs on SQLite and on PostgreSQL, unless it asks for ``sqlite_archive``."""
    yield request.getfixturevalue("pg_archive" if request.param == "postgresql" else "sqlite_archive")


def test_seed_round_trips_exactly(archive, seed):
    result = archive.save(seed)
    assert result.created and result.version == 1
    assert archive.get_meeting(seed["id"]) == record.normalize(seed)
    assert record.dumps([archive.get_meeting(seed["id"])]) == record.dumps([seed])


def test_sqlite_file_uses_wal_and_foreign_keys(sqlite_archive, data_dir):
    archive = sqlite_archive
    assert archive.path == data_dir / "archive.sqlite"
    with archive.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_unknown_fields_survive_at_every_level(archive, seed):
    seed["x_desk"] = {"officer": "N. N."}
    seed["participants"][0]["x_protocol_rank"] = 3
    seed["statements"][0]["x_source"] = "verbatim"
    seed["place"]["x_room"] = "Hall 2"
    seed["internal"]["x_reviewed"] = True
    archive.save(seed)
    back = archive.get_meeting(seed["id"])
    assert back["x_desk"] == {"officer": "N. N."}
    assert back["participants"][0]["x_protocol_rank"] == 3
    assert back["statements"][0]["x_source"] == "verbatim"
    assert back["place"]["x_room"] == "Hall 2"
    assert back["internal"]["x_reviewed"] is True


def test_stale_save_is_a_conflict_not_an_overwrite(archive, seed):
    archive.save(seed)
    first = archive.get_meeting(seed["id"])
    second = copy.deepcopy(first)
    first["notes"] = {"en": "window one"}
    assert archive.save(first, expected_version=1).version == 2
    second["notes"] = {"en": "window two"}
    with pytest.raises(ConflictError) as caught:
        archive.save(second, expected_version=1)
    assert caught.value.actual == 2
    assert archive.get_meeting(seed["id"])["notes"] == {"en": "window one"}


def test_the_losing_version_of_a_conflict_is_saved_as_a_new_draft(archive, seed):
    archive.save(dict(seed, status="final"))
    mine = archive.get_meeting(seed["id"])
    mine["notes"] = {"en": "my version"}
    archive.autosave(mine, 1)
    result = archive.save_as_copy(mine, original_id=seed["id"])
    assert result.id != seed["id"] and result.version == 1
    copied = archive.get_meeting(result.id)
    assert copied["status"] == "draft" and copied["notes"] == {"en": "my version"}
    original = archive.get_meeting(seed["id"])
    assert original["status"] == "final" and original["notes"] != mine["notes"]
    assert archive.autosaves() == []


def test_final_record_must_be_valid_draft_may_be_incomplete(archive):
    draft = record.new_meeting(kind="phone_call")
    archive.save(draft)
    final = dict(draft, status="final")
    with pytest.raises(RecordError) as caught:
        archive.save(final)
    assert any(p.path == "meeting.participants" for p in caught.value.problems)


def test_save_strips_illegal_characters_with_a_warning(archive, seed):
    seed["notes"] = {"en": "bell\x07 here"}
    result = archive.save(seed)
    assert [w.path for w in result.warnings] == ["meeting.notes.en"]
    assert archive.get_meeting(seed["id"])["notes"] == {"en": "bell here"}


def test_import_is_idempotent_by_id(archive, seed):
    first = archive.import_meetings([seed])
    again = archive.import_meetings([seed])
    assert (first.created, again.created, again.unchanged) == (1, 0, 1)
    changed = dict(seed, notes={"en": "updated"})
    assert archive.import_meetings([changed]).updated == 1
    assert archive.count() == 1
    assert archive.version_of(seed["id"]) == 2


def test_a_value_equal_in_python_but_not_in_json_is_a_change(archive, seed):
    # false == 0 == 0.0 and true == 1 in Python; a record keeps them apart, on import and on save.
    archive.import_meetings([dict(seed, flag=False, place={**seed["place"], "x": [False]})])
    result = archive.import_meetings([dict(seed, flag=0.0, place={**seed["place"], "x": [0]})])
    assert result.updated == 1
    stored = archive.get_meeting(seed["id"])
    assert (stored["flag"], stored["place"]["x"]) == (0.0, [0])
    assert type(stored["flag"]) is float and type(stored["place"]["x"][0]) is int
    stored["flag"] = True
    archive.save(stored, expected_version=archive.version_of(seed["id"]))
    stored = archive.get_meeting(seed["id"])
    stored["flag"] = 1
    archive.save(stored, expected_version=archive.version_of(seed["id"]))
    assert type(archive.get_meeting(seed["id"])["flag"]) is int


def test_people_directory_keeps_each_variant_once(archive, seed):
    archive.save(seed)
    later = copy.deepcopy(seed)
    later["id"] = "6f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a02"
    later["participants"][0]["name"] = {"en": "Jeyhun Bayramov", "fr": "Djeyhoun Bairamov"}
    later["participants"][0]["title"] = {"en": "Foreign Minister"}
    archive.save(later)
    archive.save(later)  # saving again adds nothing
    found = archive.find_people("baïram")
    assert len(found) == 1
    person = found[0]
    assert set(person.variants) == {"Jeyhun Bayramov", "Djeyhoun Baïramov", "Джейхун Байрамов",
                                    "Ceyhun Bayramov", "Djeyhoun Bairamov"}
    assert person.title == {"en": "Foreign Minister"}, "the newest meeting gives the current title"
    assert person.country == "AZ"
    assert archive.people_count() == 2
    assert archive.find_people("Байр")[0].id == person.id
    assert archive.find_people("ruslan")[0].name["fr"] == "Rouslan Kazakbaïev"
    assert "Djeyhoun Baïramov" in archive.name_variants("bayramov")


def test_list_sorts_and_filters_in_the_database(archive, seed):
    archive.save(seed)
    other = copy.deepcopy(seed)
    other["id"] = "6f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a02"
    other["date"] = "2023-03-01"
    other["kind"] = "phone_call"
    other["status"] = "draft"
    archive.save(other)
    assert archive.list_ids(sort="date") == [other["id"], seed["id"]]
    assert archive.list_ids(sort="date", descending=False) == [seed["id"], other["id"]]
    assert archive.list_ids(kind="phone_call") == [other["id"]]
    assert archive.list_ids(year=2021) == [seed["id"]]
    row = archive.rows([seed["id"]])[seed["id"]]
    assert row.counterpart_country == "KG"
    assert row.principals == "Jeyhun Bayramov – Ruslan Kazakbaev"


def test_our_side_decides_the_counterpart(archive, seed):
    seed["our_side"] = "guest"
    archive.save(seed)
    assert archive.rows([seed["id"]])[seed["id"]].counterpart_country == "AZ"


def test_trash_and_restore(archive, seed):
    archive.save(seed)
    archive.delete(seed["id"])
    assert archive.list_ids() == [] and archive.list_ids(deleted_only=True) == [seed["id"]]
    archive.restore(seed["id"])
    assert archive.list_ids() == [seed["id"]]
    archive.purge(seed["id"])
    with pytest.raises(NotFoundError):
        archive.get_meeting(seed["id"])


def test_settings_are_typed_and_checked(archive):
    assert archive.settings()["output_languages"] == ["fr", "en"]
    archive.update_settings(home_country="AZ", output_languages=["fr", "en", "ru"])
    assert archive.settings()["home_country"] == "AZ"
    with pytest.raises(RecordError, match="settings.home_country"):
        archive.update_settings(home_country="ZZ")


def test_autosave_survives_reopening(location, seed):
    first = open_archive(url=location)
    first.autosave(seed, base_version=None)
    first.engine.dispose()  # as if the process died
    second = open_archive(url=location)
    [(restored, base, _when)] = second.autosaves()
    assert restored == seed and base is None
    second.discard_autosave(seed["id"])
    assert second.autosaves() == []
    second.close()


def test_related_meetings_are_earlier_with_the_same_counterpart(archive, seed):
    earlier = copy.deepcopy(seed)
    earlier["id"] = "6f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a02"
    earlier["date"] = "2019-05-01"
    archive.save(earlier)
    archive.save(seed)
    related = archive.related_meetings(seed)
    assert [m["id"] for m in related] == [earlier["id"]]


def test_two_connections_see_each_others_writes(location, seed):
    one, two = open_archive(url=location), open_archive(url=location)
    one.save(seed)
    assert two.get_meeting(seed["id"])["id"] == seed["id"]
    one.close()
    two.close()


def test_raw_sqlite_foreign_keys_cascade(sqlite_archive, seed):
    archive = sqlite_archive
    archive.save(seed)
    archive.purge(seed["id"])
    connection = sqlite3.connect(archive.path)
    assert connection.execute("select count(*) from participants").fetchone()[0] == 0
    connection.close()


def test_an_sqlite_archive_never_loads_the_server_driver(tmp_path):
    """psycopg, keyring and the server module load only for a PostgreSQL URL (start-up stays as light as it was)."""
    import subprocess
    import sys

    code = ("import sys; from chancery.store import open_archive; a = open_archive(sys.argv[1]); a.close(); "
            "print(sorted(m for m in ('psycopg', 'keyring', 'chancery.store.server') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.sqlite")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
