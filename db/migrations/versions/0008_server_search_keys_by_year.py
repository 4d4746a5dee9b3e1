"""PostgreSQL search: ``search_keys`` in one partition per year, read newest first.

On PostgreSQL (``db/search/0008_search_keys_by_year.postgresql.sql``): the
table of words becomes a table partitioned by year (its ids are date-ordered),
each year with its own GIN index, and ``chancery_search`` reads the years
newest first, stopping once it has the matches a page and its count need — a
word found in most meetings no longer visits every row of the archive.  The
rows are moved as they are (nothing is re-indexed).

On SQLite nothing changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from alembic import op

from chancery.store.db import run_sql_script, sql_statements

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SQL_FILE = "0008_search_keys_by_year.postgresql.sql"
PREVIOUS_SQL_FILE = "0006_search_keys.postgresql.sql"
FUNCTION = "chancery_search(tsquery, tsquery, tsquery, tsquery, bigint, bigint, integer, integer, real[])"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    run_sql_script(bind, SQL_FILE)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from chancery import paths

    for statement in (
        "ALTER TABLE search_keys RENAME TO search_keys_0008",
        "ALTER INDEX search_keys_pkey RENAME TO search_keys_0008_pkey",
        "CREATE TABLE search_keys (id BIGINT PRIMARY KEY REFERENCES search_map(id) ON DELETE CASCADE, "
        "terms TSVECTOR NOT NULL) WITH (toast_tuple_target = 128)",
        "ALTER TABLE search_keys ALTER COLUMN terms SET STORAGE EXTERNAL",
        "INSERT INTO search_keys (id, terms) SELECT id, terms FROM search_keys_0008",
        "DROP TABLE search_keys_0008",
        "CREATE INDEX ix_search_keys ON search_keys USING gin (terms) WITH (fastupdate = off)",
        f"DROP FUNCTION {FUNCTION}",
        "DROP FUNCTION chancery_search_part(tsquery, bigint, bigint, integer)",
        "DROP FUNCTION chancery_search_part_start(bigint)",
        "DROP FUNCTION chancery_search_tier(bigint, tsquery, tsquery)",
    ):
        op.execute(statement)
    # the function of revision 0006, as its script creates it
    script = (paths.db_dir() / "search" / PREVIOUS_SQL_FILE).read_text(encoding="utf-8")
    function = next(s for s in sql_statements(script, PREVIOUS_SQL_FILE) if s.startswith("CREATE FUNCTION"))
    bind.exec_driver_sql(function)
