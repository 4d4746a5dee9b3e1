"""A server archive on a real PostgreSQL: roles enforced by the server, upgrades, passwords, copies, notices."""

from __future__ import annotations

import copy
import json
import threading
import time

import psycopg
import pytest
from sqlalchemy.engine import make_url

from chancery import record
from chancery.errors import ArchiveError, ReadOnlyError
from chancery.store import open_archive
from chancery.store import search as S

from ..cli_runner import run_chancery
from ..conftest import TEMPLATE

SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"


def chancery(*args, data_dir, env=None, stdin=""):
    """The command line, in this process (tests/cli_runner.py)."""
    return run_chancery(*args, data_dir=data_dir, env=env, stdin=stdin)


def as_user(url: str, user: str) -> str:
    return make_url(url).set(username=user).render_as_string(hide_password=False)


def raw(url: str):
    """A plain psycopg connection, as a user with psql would have (autocommit)."""
    parsed = make_url(url)
    return psycopg.connect(dbname=parsed.database, user=parsed.username, host=parsed.query.get("host") or parsed.host,
                           port=parsed.query.get("port") or parsed.port, password=parsed.password, autocommit=True)


@pytest.fixture
def team(pg_server, pg_url, seed, data_dir):
    """The seed meeting (with an internal section) in a server archive, and four users granted through the CLI."""
    seed["internal"].update(talking_points=[{"en": "Raise the transit corridor."}],
                            sensitivities={"en": "Border incident of March."}, prepared_by="Desk officer")
    with open_archive(url=pg_url) as archive:
        archive.save(seed)
    users = {"reader": ["reader"], "editor": ["editor"], "internal_reader": ["reader", "internal"],
             "internal_editor": ["editor", "internal"]}
    for user, levels in users.items():
        name = f"t_{user}"
        pg_server.ensure_user(name)
        with pg_server.admin() as connection:
            for role in ("chancery_reader", "chancery_editor", "chancery_internal"):
                connection.execute(f"REVOKE {role} FROM {name}")
        for level in levels:
            result = chancery("--archive", pg_url, "admin", "grant", name, level, data_dir=data_dir)
            assert result.returncode == 0, result.stderr
    return {user: as_user(pg_url, f"t_{user}") for user in users}


def test_each_role_reads_and_writes_what_postgresql_grants_it(team, pg_url, seed):
    talking_points = seed["internal"]["talking_points"]
    assert talking_points, "the seed meeting has an internal section"

    with open_archive(url=team["reader"]) as reader:
        assert (reader.access.write, reader.access.internal) == (False, False)
        meeting = reader.get_meeting(SEED_ID)  # no error: the internal section is simply not there
        assert meeting["participants"] == record.normalize(seed)["participants"]
        assert not meeting.get("internal") or not meeting["internal"].get("talking_points")
        assert S.search_ids(reader, "bayramov") == [SEED_ID]
        with pytest.raises(ReadOnlyError, match="read-only for you"):
            reader.save(copy.deepcopy(seed))
        with pytest.raises(ReadOnlyError):
            reader.delete(SEED_ID)
    # The server itself refuses, whatever the client does.
    with raw(team["reader"]) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT talking_points FROM internal_briefings")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE meetings SET status = 'draft'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM search_docs")
        assert connection.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1

    with open_archive(url=team["editor"]) as editor:
        assert (editor.access.write, editor.access.internal) == (True, False)
        meeting = editor.get_meeting(SEED_ID)
        meeting["notes"] = {"en": "edited by an editor without the internal grant"}
        assert editor.save(meeting, expected_version=1).version == 2
    with raw(team["editor"]) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT * FROM internal_briefings")
    with open_archive(url=pg_url) as admin:  # the editor's save left the internal section as it was
        stored = admin.get_meeting(SEED_ID)
        assert stored["internal"]["talking_points"] == talking_points
        assert stored["notes"] == {"en": "edited by an editor without the internal grant"}

    with open_archive(url=team["internal_reader"]) as internal_reader:
        assert (internal_reader.access.write, internal_reader.access.internal) == (False, True)
        assert internal_reader.get_meeting(SEED_ID)["internal"]["talking_points"] == talking_points
        with pytest.raises(ReadOnlyError):
            internal_reader.save(internal_reader.get_meeting(SEED_ID))
    with raw(team["internal_reader"]) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE internal_briefings SET cleared_by = 'nobody'")

    with open_archive(url=team["internal_editor"]) as internal_editor:
        meeting = internal_editor.get_meeting(SEED_ID)
        meeting["internal"]["cleared_by"] = "Head of the press service"
        internal_editor.save(meeting, expected_version=2)
        assert internal_editor.get_meeting(SEED_ID)["internal"]["cleared_by"] == "Head of the press service"


def test_each_user_sees_only_their_own_autosaves(team, seed):
    with open_archive(url=team["editor"]) as one, open_archive(url=team["internal_editor"]) as two:
        one.autosave(dict(seed, notes={"en": "one's draft"}), base_version=1)
        two.autosave(dict(seed, notes={"en": "two's draft"}), base_version=1)
        assert [r[0]["notes"] for r in one.autosaves()] == [{"en": "one's draft"}]
        assert [r[0]["notes"] for r in two.autosaves()] == [{"en": "two's draft"}]
        one.discard_autosave(SEED_ID)
        assert one.autosaves() == [] and len(two.autosaves()) == 1
    with raw(team["editor"]) as connection:
        assert connection.execute("SELECT count(*) FROM autosaves").fetchone()[0] == 0  # row level security


def test_the_cli_refuses_a_readers_writes_with_a_clear_message(team, tmp_path):
    result = chancery("--archive", team["reader"], "delete", SEED_ID, data_dir=tmp_path / "home")
    assert result.returncode == 2
    assert "read-only for you" in result.stderr and "Traceback" not in result.stderr
    listing = chancery("list", "--json", data_dir=tmp_path / "home", env={"CHANCERY_ARCHIVE": team["reader"]})
    assert listing.returncode == 0 and json.loads(listing.stdout.splitlines()[0])["id"] == SEED_ID


def test_a_client_leaves_an_older_schema_to_the_administrator(pg_server, tmp_path, seed):
    from alembic import command

    from chancery.store.db import _alembic_config, head_revision, make_engine

    name = pg_server.create(template=None)
    url = pg_server.url(name)
    engine = make_engine(url)
    config = _alembic_config()
    with engine.begin() as connection:  # an archive made by the version before server archives were searchable
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    with pytest.raises(ArchiveError, match="ask your administrator to upgrade"):
        open_archive(url=url)
    refused = chancery("--archive", url, "list", data_dir=tmp_path / "home")
    assert refused.returncode == 2 and "chancery admin upgrade" in refused.stderr
    upgraded = chancery("--archive", url, "admin", "upgrade", data_dir=tmp_path / "home")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"0004 → {head_revision()}" in upgraded.stdout
    with open_archive(url=url) as archive:
        archive.save(seed)
        assert S.search_ids(archive, "Байрамов") == [SEED_ID]
    with raw(url) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(ArchiveError, match="newer version of Chancery"):
        open_archive(url=url)


def test_saves_naming_the_same_person_do_not_wait_for_each_other(pg_archive, pg_url, seed):
    """A save locks only what it changes: a person whose entry is already right is not rewritten."""
    pg_archive.save(seed)
    other = copy.deepcopy(seed)
    other["id"] = "7d0b7c2e-2222-4c55-9a77-2b1d1f0e7a03"
    other["notes"] = {"en": "A second meeting with the same people."}
    with raw(pg_url) as holder:
        holder.autocommit = False
        # as another save in progress that wrote every person of the seed meeting would
        locked = holder.execute("SELECT id FROM people FOR NO KEY UPDATE").fetchall()
        assert locked
        done = threading.Event()
        failure: list[BaseException] = []

        def save() -> None:
            try:
                pg_archive.save(other)
            except BaseException as error:  # reported below
                failure.append(error)
            done.set()

        worker = threading.Thread(target=save, daemon=True)
        worker.start()
        finished = done.wait(10)
        holder.rollback()
        worker.join(30)
    assert finished, "the save waited for another transaction's lock on the people it names"
    assert not failure, failure
    changed = copy.deepcopy(other)
    changed["participants"][0]["title"] = {"en": "Minister of Foreign Affairs and Trade"}
    pg_archive.save(changed)  # a new title is still recorded
    assert pg_archive.find_people("bayramov")[0].title == {"en": "Minister of Foreign Affairs and Trade"}


def test_the_search_index_survives_a_downgrade_and_an_upgrade(pg_server, seed):
    """Revision 0006 moves the words into search_keys and fills it from the meetings already there; 0008 splits
    it by year, moving the rows: both ways, nothing is lost."""
    from alembic import command

    from chancery.store.db import _alembic_config, make_engine

    url = pg_server.url(pg_server.create())
    with open_archive(url=url) as archive:
        archive.save(seed)
        other = copy.deepcopy(seed)
        other["id"] = "7d0b7c2e-1111-4c55-9a77-2b1d1f0e7a02"
        other["notes"] = {"en": "Windpower cooperation was discussed."}
        other["date"] = other["publication"]["date"] = "1998-05-04"  # before the first yearly partition
        archive.save(other)
        archive.delete(other["id"])
        before = {q: S.search_ids(archive, q, include_deleted=True) for q in ("Байрамов", "windpower", "bay*")}
    assert before["windpower"] == [other["id"]] and before["Байрамов"]
    engine = make_engine(url)
    config = _alembic_config()
    for target in ("0005", "head"):
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if target == "0005" else command.upgrade)(config, target)
    engine.dispose()
    with open_archive(url=url) as archive:
        assert {q: S.search_ids(archive, q, include_deleted=True) for q in before} == before
        assert S.search_ids(archive, "windpower") == []  # still in the trash


def test_an_empty_database_is_not_set_up_by_a_client(pg_server):
    url = pg_server.url(pg_server.create(template=None))
    with pytest.raises(ArchiveError, match="not set up yet"):
        open_archive(url=url)
    with raw(url) as connection:
        assert connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0


# --------------------------------------------------------------------------
# Passwords: the PostgreSQL password file or the keyring, never Chancery's own files


@pytest.fixture
def tcp_user(pg_server, pg_url):
    """A user who must give a password, and the archive's URL over TCP without one."""
    pg_server.ensure_user("t_password_user", password="s3cret-pw")
    with pg_server.admin() as connection:
        connection.execute("GRANT chancery_editor TO t_password_user")
    port = make_url(pg_url).query["port"]
    return f"postgresql://t_password_user@127.0.0.1:{port}/{TEMPLATE}", port


def test_the_password_comes_from_the_password_file(tcp_user, tmp_path, monkeypatch):
    url, port = tcp_user
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(ArchiveError, match="password file"):
        open_archive(url=url)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{port}:{TEMPLATE}:t_password_user:s3cret-pw\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with open_archive(url=url) as archive:
        assert archive.access.user == "t_password_user" and archive.access.write
    home = tmp_path / "home"
    listed = chancery("--archive", url, "list", data_dir=home, env={"PGPASSFILE": str(pgpass)})
    assert listed.returncode == 0, listed.stderr
    assert "s3cret" not in "".join(p.read_text(errors="ignore") for p in home.rglob("*") if p.is_file())


def test_the_password_comes_from_the_keyring(tcp_user, tmp_path, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self):
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.entries.get((service, username))

        def set_password(self, service, username, password):
            self.entries[(service, username)] = password

        def delete_password(self, service, username):
            self.entries.pop((service, username), None)

    url, port = tcp_user
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        from chancery.store.db import database_url, store_keyring_password

        store_keyring_password(database_url(url), "s3cret-pw")
        assert memory.entries == {("chancery", f"t_password_user@127.0.0.1:{port}/{TEMPLATE}"): "s3cret-pw"}
        with open_archive(url=url) as archive:
            assert archive.access.user == "t_password_user"
    finally:
        keyring.set_keyring(previous)


def test_an_unreachable_server_is_one_line_and_exit_2(tmp_path):
    result = chancery("--archive", "postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=2", "list",
                      data_dir=tmp_path / "home")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "cannot open the archive postgresql://nobody@127.0.0.1:1/nothing" in result.stderr


# --------------------------------------------------------------------------
# Copies between engines


def test_copy_sqlite_to_postgresql_and_back_keeps_everything(pg_url, tmp_path, seed, data_dir):
    from chancery.demo import generate_meetings

    home = tmp_path / "home"
    source = tmp_path / "source.sqlite"
    with open_archive(source) as archive:
        archive.import_meetings([seed, *generate_meetings(40, seed=5)])
        archive.save(dict(archive.get_meeting(SEED_ID), notes={"en": "second version"}), expected_version=1)
        trashed = archive.list_ids()[3]
        archive.delete(trashed)
        archive.update_settings(home_country="AZ", agency="AZERTAC")
        exported = record.dumps(archive.export_meetings(archive.list_ids(include_deleted=True)))
        people = archive.people_count()
    forward = chancery("copy", source, pg_url, data_dir=home)
    assert forward.returncode == 0, forward.stderr
    assert "copied 41 meeting(s)" in forward.stdout
    back = tmp_path / "back.sqlite"
    backward = chancery("copy", pg_url, back, data_dir=home)
    assert backward.returncode == 0, backward.stderr
    with open_archive(source) as archive:
        found = S.search_ids(archive, "Байрамов")
    assert SEED_ID in found
    for location in (pg_url, str(back)):
        with open_archive(url=location) as archive:
            assert record.dumps(archive.export_meetings(archive.list_ids(include_deleted=True))) == exported
            assert archive.version_of(SEED_ID) == 2
            assert archive.list_ids(deleted_only=True) == [trashed]
            assert archive.settings()["agency"] == "AZERTAC" and archive.people_count() == people
            assert sorted(S.search_ids(archive, "Байрамов")) == sorted(found)
            assert S.index_status(archive)["missing"] == 0
    again = chancery("copy", source, pg_url, data_dir=home)
    assert again.returncode == 2 and "already holds 41 meeting(s)" in again.stderr


def test_an_offline_copy_is_read_only_and_refreshes(pg_archive, seed, tmp_path):
    from chancery.store.copying import take_offline_copy

    pg_archive.save(seed)
    steps: list[float] = []
    path = take_offline_copy(pg_archive, tmp_path / "travel.sqlite", progress=lambda f, _m: steps.append(f))
    assert steps[-1] == 1.0
    with open_archive(path) as offline:
        assert offline.read_only and offline.offline["source"] == pg_archive.name
        assert S.search_ids(offline, "bayramov") == [SEED_ID]
        with pytest.raises(ReadOnlyError):
            offline.save(seed)
    pg_archive.save(dict(seed, id="6f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a02"))
    take_offline_copy(pg_archive, path)
    with open_archive(path) as offline:
        assert offline.count() == 2


# --------------------------------------------------------------------------
# Change notices


def test_other_clients_hear_of_each_change_within_two_seconds(pg_url, seed):
    from chancery.store.server import ChangeListener

    heard = []
    arrived = threading.Event()
    with open_archive(url=pg_url) as watcher, open_archive(url=pg_url) as other:
        listener = ChangeListener(watcher.engine, lambda change: (heard.append(change), arrived.set()))
        thread = threading.Thread(target=listener.run, daemon=True)
        thread.start()
        time.sleep(0.5)  # LISTEN is in place
        started = time.monotonic()
        other.save(seed)
        assert arrived.wait(2), "no notice within two seconds"
        assert time.monotonic() - started < 2
        other.delete(SEED_ID)
        deadline = time.monotonic() + 2
        while len(heard) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        listener.stop()
        thread.join(5)
    assert [(c.meeting_id, c.action) for c in heard] == [(SEED_ID, "saved"), (SEED_ID, "removed")]
    assert heard[0].user == "chancery_admin"
