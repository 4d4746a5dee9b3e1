"""Full-text search index (SQLite FTS5), filled from the meetings already in the archive.

Creates ``search_map``, ``search_docs``, the FTS5 table ``search_fts`` and the
triggers that keep it in step (``db/search/0002_search_index.sql``), then
indexes every existing meeting so an upgraded archive is searchable at once.
The meetings are read with this revision's table layout (raw SQL below, not
the models of a later version); the documents are built by
``chancery.store.search``, the same code that indexes each save.  A later
revision that changes the index layout drops and rebuilds it itself.

On a database other than SQLite there is no FTS5: nothing is created.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import json

from alembic import op

from chancery.store.db import run_sql_script

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQL_FILE = "0002_search_index.sql"


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _records(cursor):
    """(record, trashed) for each meeting, with the fields the index reads (schema 0001)."""
    meetings = {}
    trashed = {}
    for row in cursor.execute(
        "SELECT id, status, kind, date, place, publication, occasion, topics, cooperation_areas, notes, deleted_at "
        "FROM meetings ORDER BY id"
    ).fetchall():
        (meeting_id, status, kind, date, place, publication, occasion, topics, areas, notes, deleted_at) = row
        meetings[meeting_id] = {
            "id": meeting_id, "status": status, "kind": kind, "date": date, "place": _json(place),
            "publication": _json(publication), "occasion": _json(occasion), "topics": _json(topics) or [],
            "cooperation_areas": _json(areas) or [], "notes": _json(notes), "participants": [],
            "statements": [], "documents_signed": [], "next_steps": [], "anniversaries": [],
        }
        trashed[meeting_id] = deleted_at is not None
    parts = {
        "participants": ("participants", ("role", "name", "title", "country", "organization"),
                         {"name", "title", "organization"}),
        "statements": ("statements", ("text",), {"text"}),
        "documents_signed": ("documents_signed", ("type", "title", "period"), {"title"}),
        "next_steps": ("next_steps", ("text",), {"text"}),
        "anniversaries": ("anniversaries", ("subject",), set()),
    }
    for key, (table, columns, json_columns) in parts.items():
        sql = f"SELECT meeting_id, {', '.join(columns)} FROM {table} ORDER BY meeting_id, position"
        for row in cursor.execute(sql).fetchall():
            item = {c: (_json(v) if c in json_columns else v) for c, v in zip(columns, row[1:], strict=True)}
            if row[0] in meetings:
                meetings[row[0]][key].append(item)
    for meeting_id, record in meetings.items():
        yield record, trashed[meeting_id]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from chancery.store.search.fts5 import load_documents

    run_sql_script(bind, SQL_FILE)
    raw = bind.connection.driver_connection
    load_documents(raw, _records(raw.cursor()))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for statement in (
        "DROP TRIGGER IF EXISTS search_docs_insert",
        "DROP TRIGGER IF EXISTS search_docs_delete",
        "DROP TRIGGER IF EXISTS search_docs_update",
        "DROP TABLE IF EXISTS search_fts",
        "DROP TABLE IF EXISTS search_docs",
        "DROP TABLE IF EXISTS search_map",
    ):
        bind.exec_driver_sql(statement)
