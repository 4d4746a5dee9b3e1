"""Search index vocabulary (``search_terms``), filled from the FTS5 index already built.

Creates the table of ``db/search/0003_search_terms.sql`` and copies into it
every term of ``search_fts`` (through a temporary fts5vocab table), so that
long prefixes of an upgraded archive are expanded at once.  Everything here
is derived from the index and can be rebuilt
(chancery.store.search.rebuild_index).

On a database other than SQLite there is no FTS5: nothing is created.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlite3

from alembic import op

from chancery import paths

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQL_FILE = "0003_search_terms.sql"


def _statements(sql: str):
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise ValueError(f"{SQL_FILE}: incomplete statement at the end: {buffer[:60]!r}")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    sql = (paths.db_dir() / "search" / SQL_FILE).read_text(encoding="utf-8")
    for statement in _statements(sql):
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.search_terms_fill USING fts5vocab(main, 'search_fts', 'row')")
    bind.exec_driver_sql("INSERT INTO search_terms(term) SELECT term FROM temp.search_terms_fill")
    bind.exec_driver_sql("DROP TABLE temp.search_terms_fill")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql("DROP TABLE IF EXISTS search_terms")
