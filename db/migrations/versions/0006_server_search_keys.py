"""PostgreSQL search: the words in a narrow table of their own, ``search_keys``.

On PostgreSQL (``db/search/0006_search_keys.postgresql.sql``): the tsvector
leaves ``search_docs`` for ``search_keys``, which also holds the coded
properties and the first two and three letters of every word, stored out of
line so that the table is small and a query's matches are one GIN bitmap
scan; the function ``chancery_search`` answers a search in one call.  The
index is rebuilt from the meetings
(``chancery.store.search.postgres.load_documents``).

On SQLite nothing changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from alembic import op

from chancery.store.db import run_sql_script

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SQL_FILE = "0006_search_keys.postgresql.sql"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    run_sql_script(bind, SQL_FILE)
    from chancery.store.search import iter_records
    from chancery.store.search.postgres import load_documents

    load_documents(bind, iter_records(bind))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for statement in (
        "DROP FUNCTION IF EXISTS chancery_search(tsquery, tsquery, tsquery, tsquery, bigint, bigint, integer, integer, "
        "real[])",
        "ALTER TABLE search_docs ADD COLUMN terms TSVECTOR NOT NULL DEFAULT ''",
        "UPDATE search_docs d SET terms = k.terms FROM search_keys k WHERE k.id = d.id",
        "ALTER TABLE search_docs ALTER COLUMN terms DROP DEFAULT",
        "ALTER TABLE search_docs ADD COLUMN facet_terms TSVECTOR GENERATED ALWAYS AS "
        "(to_tsvector('pg_catalog.simple'::regconfig, facets)) STORED",
        "CREATE INDEX ix_search_docs_terms ON search_docs USING gin (terms)",
        "CREATE INDEX ix_search_docs_facet_terms ON search_docs USING gin (facet_terms)",
        "DROP TABLE search_keys",
    ):
        op.execute(statement)
