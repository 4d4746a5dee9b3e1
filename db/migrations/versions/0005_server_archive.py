"""Server archives: each user's own autosaves, and PostgreSQL's full-text index.

``autosaves`` gains ``owner`` (part of its key): on a server several
officers share one archive, and one's unsaved work must neither appear on
another's screen nor be overwritten by theirs.  In an SQLite archive it is
empty.  The table is rebuilt (SQLite cannot change a primary key in place);
its rows are kept.

On PostgreSQL: row level security lets each database user see only their
own autosaves, and the full-text index is created
(``db/search/0005_search_index.postgresql.sql``: tsvector, GIN, unaccent);
revision 0006 reshapes it and fills it from the meetings already there.  Revisions 0002 and 0003 built
SQLite's FTS5 index and created nothing on PostgreSQL.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from chancery.store.db import run_sql_script

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SQL_FILE = "0005_search_index.postgresql.sql"
_COLUMNS = "meeting_id, record, base_version, saved_at"


def upgrade() -> None:
    bind = op.get_bind()
    server = bind.dialect.name == "postgresql"
    owner_default = sa.text("CURRENT_USER") if server else sa.text("''")
    op.create_table(
        "autosaves_new",
        sa.Column("meeting_id", sa.String(36), primary_key=True),
        sa.Column("owner", sa.String(63), primary_key=True, server_default=owner_default),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("base_version", sa.Integer),
        sa.Column("saved_at", sa.DateTime, nullable=False),
    )
    op.execute(f"INSERT INTO autosaves_new ({_COLUMNS}) SELECT {_COLUMNS} FROM autosaves")
    op.drop_table("autosaves")
    op.rename_table("autosaves_new", "autosaves")
    if not server:
        return
    op.execute("ALTER TABLE autosaves ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY autosaves_own ON autosaves USING (owner = CURRENT_USER) "
               "WITH CHECK (owner = CURRENT_USER)")
    run_sql_script(bind, SQL_FILE)
    # The index is filled by revision 0006, which gives it the layout today's code writes.


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in ("DROP TABLE IF EXISTS search_docs", "DROP TABLE IF EXISTS search_map",
                          "DROP TEXT SEARCH CONFIGURATION IF EXISTS chancery_text"):
            op.execute(statement)
    op.create_table(
        "autosaves_old",
        sa.Column("meeting_id", sa.String(36), primary_key=True),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("base_version", sa.Integer),
        sa.Column("saved_at", sa.DateTime, nullable=False),
    )
    op.execute(f"INSERT INTO autosaves_old ({_COLUMNS}) SELECT DISTINCT ON (meeting_id) {_COLUMNS} FROM autosaves"
               if bind.dialect.name == "postgresql" else
               f"INSERT OR IGNORE INTO autosaves_old ({_COLUMNS}) SELECT {_COLUMNS} FROM autosaves")
    op.drop_table("autosaves")
    op.rename_table("autosaves_old", "autosaves")
