"""The archive read with sqlite3 before SQLAlchemy loads (``chancery.store.early``) answers like the Archive."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from chancery.store.early import SCHEMA_HEAD, ArchiveHandle, local_file, schema_revision


def test_schema_head_is_the_newest_migration():
    from chancery.store.db import head_revision

    assert head_revision() == SCHEMA_HEAD


def test_schema_revision_reads_the_file_without_alembic(tmp_path, archive):
    assert schema_revision(archive.path) == SCHEMA_HEAD
    assert schema_revision(tmp_path / "missing.sqlite") is None
    other = tmp_path / "other.sqlite"
    other.write_text("not a database", encoding="utf-8")
    assert schema_revision(other) is None
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert schema_revision(foreign) is None
    assert ArchiveHandle.open_current(foreign) is None


def test_an_older_schema_gets_no_handle(archive):
    with sqlite3.connect(archive.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    assert ArchiveHandle.open_current(archive.path) is None


@pytest.fixture
def filled(archive):
    from chancery.demo import generate_meetings

    meetings = generate_meetings(40, seed=11)
    archive.import_meetings(meetings)
    archive.delete(meetings[3]["id"])
    archive.update_settings(home_country="AZ", dateline={"fr": "Bakou"})
    return archive


@pytest.mark.parametrize("query", [
    {}, {"sort": "kind", "descending": False}, {"sort": "country"}, {"sort": "principals", "descending": False},
    {"sort": "status"}, {"sort": "updated"}, {"include_deleted": True}, {"deleted_only": True},
    {"kind": "official_visit"}, {"status": "draft"}, {"country": "KG"}, {"year": 2021}, {"limit": 5},
])
def test_the_handle_lists_as_the_archive_does(filled, query):
    handle = ArchiveHandle.open_current(filled.path)
    assert handle is not None and not handle.attached
    assert handle.list_ids(**query) == filled.list_ids(**query)


def test_the_handle_reads_rows_settings_and_counts_as_the_archive_does(filled):
    handle = ArchiveHandle.open_current(filled.path)
    ids = filled.list_ids(include_deleted=True)
    assert handle.rows(ids) == filled.rows(ids)
    assert handle.settings() == filled.settings()
    assert handle.count() == filled.count()
    assert handle.count(include_deleted=True) == filled.count(include_deleted=True)
    assert handle.name == str(filled.path) and not handle.server and not handle.read_only and handle.offline is None


def test_a_call_while_the_handle_is_reading_elsewhere_does_not_wait(filled):
    """The list's ids read on the pool hold the handle's connection: the GUI thread opens one of its own."""
    handle = ArchiveHandle.open_current(filled.path)
    with handle._reading():  # as another thread's query would
        assert handle.count() == filled.count()
        assert handle.list_ids(limit=5) == filled.list_ids(limit=5)
    handle.attach(filled)
    assert handle._reader is None  # its connection closed once the archive took over


def test_once_attached_every_call_goes_to_the_archive(filled):
    handle = ArchiveHandle.open_current(filled.path)
    assert handle.claim_opening()  # the window's opener has begun (and attaches below)
    waiting: list[object] = []
    reader = threading.Thread(target=lambda: waiting.append(handle.engine))  # waits for the full archive
    reader.start()
    reader.join(0.2)
    assert reader.is_alive()
    handle.attach(filled)
    reader.join(5)
    assert waiting == [filled.engine]
    meeting = filled.get_meeting(filled.list_ids()[0])
    meeting["notes"] = {"en": "changed through the handle"}
    before = filled.generation
    handle.save(meeting, expected_version=filled.version_of(meeting["id"]))
    assert handle.generation == filled.generation == before + 1
    assert handle.get_meeting(meeting["id"])["notes"]["en"] == "changed through the handle"


def test_a_call_before_anyone_opens_the_archive_opens_it_instead_of_waiting(filled):
    # The window opens the full archive after its first paint; a call from the GUI thread before then
    # waited for an opening that could only start once it returned (a hang for good).
    handle = ArchiveHandle.open_current(filled.path)
    answers: list[object] = []
    caller = threading.Thread(target=lambda: answers.append(handle.version_of(filled.list_ids()[0])), daemon=True)
    caller.start()
    caller.join(30)
    assert not caller.is_alive(), "the call waited for an opening nobody had begun"
    assert answers == [filled.version_of(filled.list_ids()[0])]
    assert handle.attached and not handle.claim_opening()  # the window's opener finds it done
    handle.archive.close()


def test_a_failed_open_is_raised_to_whoever_needs_the_archive(filled):
    handle = ArchiveHandle.open_current(filled.path)
    handle.attach_failed(RuntimeError("disk on fire"))
    with pytest.raises(RuntimeError, match="disk on fire"):
        handle.save({})
    assert handle.list_ids() == filled.list_ids()  # what the window already shows still reads


def test_local_file_tells_a_file_from_a_server(tmp_path):
    assert local_file(str(tmp_path / "a.sqlite")) == tmp_path / "a.sqlite"
    assert local_file(f"sqlite:///{tmp_path}/b.sqlite") == tmp_path / "b.sqlite"
    assert local_file("postgresql://db.example.org/chancery") is None
    assert local_file("sqlite:///:memory:") is None
