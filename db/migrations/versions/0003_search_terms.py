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


from alembic import op

from chancery.store.db import run_sql_script

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQL_FILE = "0003_search_terms.sql"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    run_sql_script(bind, SQL_FILE)
    bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.search_terms_fill USING fts5vocab(main, 'search_fts', 'row')")
    bind.exec_driver_sql("INSERT INTO search_terms(term) SELECT term FROM temp.search_terms_fill")
    bind.exec_driver_sql("DROP TABLE temp.search_terms_fill")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql("DROP TABLE IF EXISTS search_terms")
