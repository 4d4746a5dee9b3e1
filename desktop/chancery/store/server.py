"""What only a server archive (PostgreSQL) has: roles, privileges, and change notices.

Roles.  Three group roles, shared by the Chancery archives of a cluster:

- ``chancery_reader``: reads meetings, people, settings and the search index;
- ``chancery_editor``: a reader that also saves, deletes, restores and
  imports (and keeps its own autosaves: row level security on ``autosaves``);
- ``chancery_internal``: may read the internal briefing section (talking
  points, sensitivities, clearances: table ``internal_briefings``).  An
  editor with this role may also change it; without it, an editor's saves
  leave the section as it is.

PostgreSQL enforces them (``GRANT`` on each table), not the client: a reader
connecting with psql cannot change anything, nor read the internal section
without ``chancery_internal``.  :func:`setup_privileges` (run by ``chancery
admin upgrade``) creates the roles and grants; :func:`grant` (``chancery admin
grant USER reader|editor|internal``) makes a login role a member.
:func:`access` says what the connected user may do, so the GUI opens
read-only with a banner and the internal tab shows as restricted.

Change notices.  Every save, move to the trash, restore and purge sends
``NOTIFY chancery_changes`` with the meeting id, the action, the database
user and the time, delivered when the transaction commits
(:class:`ChangeNotifier`, a write hook); :class:`ChangeListener` waits for
them on a connection of its own (LISTEN; no polling of the tables).

Qt-free.  Imported only for PostgreSQL archives.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from ..errors import ArchiveError
from .archive import Access

READER, EDITOR, INTERNAL = "chancery_reader", "chancery_editor", "chancery_internal"
ROLES = {"reader": READER, "editor": EDITOR, "internal": INTERNAL}
CHANNEL = "chancery_changes"
# Tables only an editor writes; the internal section and autosaves have rules of their own.
_PRIVATE = ("internal_briefings", "autosaves")


def access(connection: Connection) -> Access:
    """The connected user's rights, as PostgreSQL will enforce them."""
    row = connection.exec_driver_sql(
        "SELECT current_user, has_table_privilege('meetings', 'INSERT'), "
        "has_table_privilege('internal_briefings', 'SELECT')").one()
    return Access(user=row[0], write=bool(row[1]), internal=bool(row[2]))


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def setup_privileges(connection: Connection) -> list[str]:
    """Create the three group roles if needed and grant them their tables; returns what was done."""
    done = []
    existing = {r[0] for r in connection.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname IN ('chancery_reader', 'chancery_editor', 'chancery_internal')")}
    for role in (READER, EDITOR, INTERNAL):
        if role not in existing:
            try:
                with connection.begin_nested():
                    connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
            except Exception as error:
                raise ArchiveError(
                    f"cannot create the role {role} ({_first_line(error)}): run chancery admin upgrade as a user "
                    "who may create roles (CREATEROLE), or ask the server's administrator to create it "
                    f"(CREATE ROLE {role} NOLOGIN)") from None
            done.append(f"created role {role}")
    tables = [r[0] for r in connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
    shared = [t for t in tables if t not in _PRIVATE]
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {READER}, {EDITOR}, {INTERNAL}",
        f"GRANT {READER} TO {EDITOR}",
        f"GRANT SELECT ON {', '.join(map(_ident, shared))} TO {READER}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(_ident(t) for t in shared if t != 'alembic_version')} "
        f"TO {EDITOR}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON autosaves TO {EDITOR}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}",
        # The internal section: read by the internal role only; an editor may add to it, and an editor who is
        # also internal may change it (UPDATE and DELETE need to read the rows they touch).
        f"REVOKE ALL ON internal_briefings FROM PUBLIC, {READER}",
        f"GRANT SELECT ON internal_briefings TO {INTERNAL}",
        f"GRANT INSERT, UPDATE, DELETE ON internal_briefings TO {EDITOR}",
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)
    done.append(f"granted {READER}, {EDITOR} and {INTERNAL} their tables")
    return done


def grant(connection: Connection, user: str, level: str) -> str:
    """Make the login role ``user`` a reader, an editor, or give it the internal section; returns a sentence."""
    if level not in ROLES:
        raise ArchiveError(f"unknown access '{level}': choose reader, editor or internal")
    exists = connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(user)s", {"user": user}).first()
    if exists is None:
        raise ArchiveError(f"there is no user {user} on this server: create it first "
                           f"(CREATE ROLE {_ident(user)} LOGIN; then \\password {_ident(user)} in psql)")
    members = {r[0] for r in connection.exec_driver_sql(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %(user)s", {"user": user})}
    who = _ident(user)
    if level == "reader":
        if EDITOR in members:
            connection.exec_driver_sql(f"REVOKE {EDITOR} FROM {who}")
        connection.exec_driver_sql(f"GRANT {READER} TO {who}")
        return f"{user} may now read the archive (not change it)"
    if level == "editor":
        connection.exec_driver_sql(f"GRANT {EDITOR} TO {who}")
        return f"{user} may now read and change the archive"
    if not members & {READER, EDITOR}:
        connection.exec_driver_sql(f"GRANT {READER} TO {who}")
    connection.exec_driver_sql(f"GRANT {INTERNAL} TO {who}")
    return f"{user} may now read the internal briefing section" + (
        " and change it" if EDITOR in members else "")


def revoke(connection: Connection, user: str, level: str) -> str:
    if level not in ROLES:
        raise ArchiveError(f"unknown access '{level}': choose reader, editor or internal")
    roles = {"reader": (READER, EDITOR, INTERNAL), "editor": (EDITOR,), "internal": (INTERNAL,)}[level]
    for role in roles:
        connection.exec_driver_sql(f"REVOKE {role} FROM {_ident(user)}")
    return f"{user} no longer has {level} access"


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", error)).strip()
    return text.splitlines()[0] if text else error.__class__.__name__


# --------------------------------------------------------------------------
# Change notices


@dataclass(frozen=True)
class Change:
    """Someone changed a meeting: ``action`` is "saved" or "removed"."""

    meeting_id: str
    action: str
    user: str
    at: _dt.datetime
    pid: int = 0  # the server process that sent it (our own connections' are ours)

    @classmethod
    def from_payload(cls, payload: str, pid: int = 0) -> Change | None:
        try:
            data = json.loads(payload)
            return cls(str(data["id"]), str(data["action"]), str(data.get("user") or ""),
                       _dt.datetime.fromisoformat(data["at"]), pid)
        except (ValueError, KeyError, TypeError):
            return None


class ChangeNotifier:
    """A write hook: announce each change to the other clients when the transaction commits."""

    def saved(self, session: Session, meeting: dict) -> None:
        self._notify(session, str(meeting["id"]), "saved")

    def removed(self, session: Session, meeting_id: str) -> None:
        self._notify(session, meeting_id, "removed")

    @staticmethod
    def _notify(session: Session, meeting_id: str, action: str) -> None:
        connection = session.connection()
        if connection.dialect.name != "postgresql":
            return
        connection.exec_driver_sql(
            "SELECT pg_notify(%(channel)s, json_build_object('id', %(id)s::text, 'action', %(action)s::text, "
            "'user', current_user, 'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS'))::text)",
            {"channel": CHANNEL, "id": meeting_id, "action": action})


class ChangeListener:
    """Waits for change notices on a connection of its own and hands each to ``callback`` (in its thread).

    ``run()`` blocks until :meth:`stop`; a lost connection is retried every
    few seconds.  Notices sent by ``own_pids`` (this process's connections)
    are passed on too: the caller decides (a window reloads the list anyway).
    """

    def __init__(self, engine: Engine, callback: Callable[[Change], None]):
        self.engine = engine
        self.callback = callback
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while a connection is listening (notices sent now arrive)

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                raw = self.engine.raw_connection()
            except Exception:
                self._stop.wait(5)
                continue
            try:
                connection = raw.driver_connection
                assert connection is not None
                connection.autocommit = True
                connection.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                while not self._stop.is_set():
                    for notice in connection.notifies(timeout=1.0):
                        change = Change.from_payload(notice.payload, notice.pid)
                        if change is not None:
                            self.callback(change)
            except psycopg.Error:
                self._stop.wait(2)
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):
                    raw.invalidate()  # never back to the pool: it is in autocommit and listening


# --------------------------------------------------------------------------
# The administrator's acts


def upgrade(url: str) -> list[str]:
    """Bring a server archive to this version's schema and (re)grant the roles their tables; returns what was done.

    Run by the archive's owner (``chancery admin upgrade --archive URL``).
    The schema change and the grants are one transaction each; clients
    still on the old version then refuse the newer schema with a message.
    """
    from .db import connection_error, current_revision, head_revision, make_engine, migrate

    engine = make_engine(url)
    try:
        before = current_revision(engine)
        migrate(engine, upgrade=True)
        done = [f"schema {before or 'none'} → {head_revision()}" if before != head_revision()
                else f"schema already at {head_revision()}"]
        with engine.begin() as connection:
            done += setup_privileges(connection)
        return done
    except ArchiveError:
        raise
    except Exception as error:
        raise connection_error(engine.url, error) from None
    finally:
        engine.dispose()


def administer(url: str, act: Callable[[Connection], str]) -> str:
    """Run ``act`` (grant, revoke) on a connection to the server archive, in one transaction."""
    from .db import connection_error, make_engine

    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            return act(connection)
    except ArchiveError:
        raise
    except Exception as error:
        if "permission denied" in str(error) or "must have admin option" in str(error):
            raise ArchiveError(f"cannot change access: {_first_line(error)}; run this as the archive's "
                               "administrator") from None
        raise connection_error(engine.url, error) from None
    finally:
        engine.dispose()
