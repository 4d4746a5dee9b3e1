"""Transactions: atomic upgrades and rebuilds, version checks in the write, busy writers, all-or-nothing imports."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

import pytest

from chancery.errors import ArchiveBusyError, ConflictError
from chancery.store import db, open_archive, search
from chancery.store.db import head_revision

from ..conftest import FIXTURES


def _tables(path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    finally:
        connection.close()


def _revision(path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _old_archive(data_dir, revision="0001"):
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "archive.sqlite"
    shutil.copy(FIXTURES / "schemas" / f"schema-{revision}.sqlite", target)
    return target


def test_a_failed_upgrade_leaves_the_archive_at_its_old_revision_and_it_opens_afterwards(data_dir, monkeypatch):
    path = _old_archive(data_dir)
    before = _tables(path)
    from chancery.store.search import fts5 as search_module

    def boom(*_args, **_kwargs):  # migration 0002 fails after creating its tables and triggers
        raise RuntimeError("power cut")

    real = search_module.load_documents
    monkeypatch.setattr(search_module, "load_documents", boom)
    with pytest.raises(RuntimeError, match="power cut"):
        open_archive()
    assert _revision(path) == "0001"
    assert _tables(path) == before, "the tables created before the failure were rolled back with it"
    monkeypatch.setattr(search_module, "load_documents", real)
    with open_archive() as archive:
        assert archive.count() == 3
    assert _revision(path) == head_revision()


def test_retried_upgrades_keep_one_backup_per_revision(data_dir, monkeypatch):
    _old_archive(data_dir)
    from chancery.store.search import fts5 as search_module

    real = search_module.load_documents
    monkeypatch.setattr(search_module, "load_documents", lambda *a, **k: (_ for _ in ()).throw(OSError("full")))
    for _ in range(3):
        with pytest.raises(OSError):
            open_archive()
    monkeypatch.setattr(search_module, "load_documents", real)
    with open_archive() as archive:
        backup = archive.backup
    backups = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert backups == [f"archive-schema-0001-before-upgrade-to-{head_revision()}.sqlite"]
    assert backup is not None and backup.name == backups[0]
    assert _revision(backup) == "0001"


def test_backups_before_upgrades_are_kept_to_a_bounded_number(data_dir):
    """One backup per revision pair, and however many upgrades an archive goes through, at most a few of them."""
    import os

    path = _old_archive(data_dir)
    made = []
    for number in range(db.UPGRADE_BACKUPS_KEPT + 3):
        made.append(db.backup_before_upgrade(path, f"{number:04d}", "head"))
        os.utime(made[-1], (1_000_000 + number, 1_000_000 + number))  # distinct ages, oldest first
    kept = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert kept == sorted(p.name for p in made[-db.UPGRADE_BACKUPS_KEPT:])
    assert _revision(made[-1]) == "0001"


def test_an_interrupted_rebuild_leaves_the_index_and_its_triggers(archive, seed):
    archive.save(seed)
    path = archive.path
    before = _tables(path)

    def progress(fraction, _message):
        if fraction >= 0.9:  # after the documents are rewritten, before FTS5 rebuilds
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        search.rebuild_index(archive, progress=progress)
    assert _tables(path) == before
    seed2 = dict(seed, id="7a0e1c52-6a0e-4c55-9a77-2b1d1f0e7a02", notes={"en": "zanzibarite"})
    archive.save(seed2)
    assert [h.id for h in search.search(archive, "zanzibarite").hits] == [seed2["id"]]


def test_an_archive_whose_index_lost_its_triggers_is_repaired_at_open(data_dir, archive_file, seed):
    with open_archive() as archive:
        archive.save(seed)
        path = archive.path
    connection = sqlite3.connect(path)
    for name in ("search_text_insert", "search_text_delete", "search_text_update"):
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("DELETE FROM search_text")
    connection.commit()
    connection.close()
    with open_archive() as archive:
        assert {"search_text_insert", "search_text_delete", "search_text_update"} <= _tables(path)
        assert search.index_status(archive)["missing"] == 0
        assert search.search(archive, "Bayramov").total == 1


def test_the_version_check_and_the_write_are_one_statement(archive, seed):
    """Even without the write lock (PostgreSQL), a stale version cannot be bumped."""
    first = archive.save(seed)

    def claim_stale(session):
        return archive._claim(session, first.id, first.version - 1 if first.version > 1 else 99)

    with pytest.raises(ConflictError) as caught:
        archive.write(claim_stale)
    assert caught.value.actual == first.version
    assert archive.version_of(first.id) == first.version


def test_two_archives_on_one_file_cannot_both_save_the_same_version(data_dir, archive_file, seed):
    one = open_archive()
    two = open_archive()
    try:
        base = one.save(seed).version
        edited = dict(seed, notes={"en": "from window one"})
        assert one.save(edited, expected_version=base).version == base + 1
        with pytest.raises(ConflictError):
            two.save(dict(seed, notes={"en": "from window two"}), expected_version=base)
        assert two.get_meeting(seed["id"])["notes"] == {"en": "from window one"}
    finally:
        one.close()
        two.close()


def test_trash_and_restore_check_the_version_too(archive, seed):
    saved = archive.save(seed)
    with pytest.raises(ConflictError):
        archive.delete(saved.id, expected_version=saved.version + 5)
    archive.delete(saved.id, expected_version=saved.version)
    assert archive.count() == 0
    archive.restore(saved.id)
    archive.restore(saved.id)  # already back: nothing to do
    assert archive.count() == 1
    assert archive.version_of(saved.id) == saved.version + 2


def _hold_write_lock(path, seconds: float, started: threading.Event) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    connection.execute("ROLLBACK")
    connection.close()


def test_a_writer_that_finds_the_archive_busy_gets_a_clear_error_and_writes_nothing(data_dir, archive_file, seed,
                                                                                     monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    with open_archive() as archive:
        started = threading.Event()
        holder = threading.Thread(target=_hold_write_lock, args=(archive.path, 1.5, started))
        holder.start()
        started.wait()
        try:
            with pytest.raises(ArchiveBusyError, match="busy"):
                archive.save(seed)
        finally:
            holder.join()
        assert archive.count() == 0


def test_a_patient_writer_waits_its_turn(data_dir, archive_file, seed, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    waited = []
    monkeypatch.setattr(db, "busy_policy", db.BusyPolicy(wait_seconds=30, on_wait=lambda: waited.append(1)))
    with open_archive() as archive:
        started = threading.Event()
        holder = threading.Thread(target=_hold_write_lock, args=(archive.path, 0.8, started))
        holder.start()
        started.wait()
        archive.save(seed)
        holder.join()
        assert archive.count() == 1
    assert waited == [1]


def test_an_import_is_all_or_nothing(archive, seed, monkeypatch):
    from chancery.demo import generate_meetings
    from chancery.store import archive as archive_module

    meetings = generate_meetings(250, seed=3)  # two of the import's batches of 200

    class Failing:
        calls = 0

        def saved(self, session, meeting):
            Failing.calls += 1
            if Failing.calls == 220:  # in the second batch: the first is undone too
                raise OSError("disk full")

        def removed(self, session, meeting_id):
            pass

    hooks = archive_module.WRITE_HOOKS
    monkeypatch.setattr(archive_module, "WRITE_HOOKS", [*hooks, Failing()])
    with pytest.raises(OSError):
        archive.import_meetings(meetings)
    assert archive.count() == 0
    monkeypatch.setattr(archive_module, "WRITE_HOOKS", hooks)
    assert archive.import_meetings(meetings).created == 250

    fresh = generate_meetings(250, seed=4)
    calls = iter(range(100))
    result = archive.import_meetings(fresh, cancelled=lambda: next(calls) >= 1)
    assert result.cancelled and result.created == 0
    assert archive.count() == 250
