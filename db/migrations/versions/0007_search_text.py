"""Search index text stored compressed: ``search_text`` replaces the table ``search_docs`` (now a view).

The eight text columns of each search document are packed together with
zlib against a preset dictionary made from the archive's own documents
(``chancery.store.search.packing``); the view ``search_docs`` shows them as
text again and stays the external content of ``search_fts``, whose index of
words is kept as it is (the words do not change, so nothing is re-indexed).
At 100,000 meetings the index goes from about 585 MiB to under half the size
of the meetings it indexes (see README, Performance).  The SQL is
``db/search/0007_search_text.sql``; the function ``search_column`` the view
and the triggers call is registered on every connection by
``chancery.store.db``.

Runs in the one transaction of the upgrade, like every migration: a kill
leaves the archive at 0006 with its index whole.

On a database other than SQLite there is no FTS5: nothing is changed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from alembic import op

from chancery.store.db import sql_statements

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SQL_FILE = "0007_search_text.sql"
TEXT_COLUMNS = ("principals", "people", "titles", "documents", "places", "topics", "body", "notes")
OLD_TRIGGERS = ("search_docs_insert", "search_docs_delete", "search_docs_update")
BATCH = 2000


def _script() -> list[str]:
    from chancery import paths

    path = paths.db_dir() / "search" / SQL_FILE
    return list(sql_statements(path.read_text(encoding="utf-8"), SQL_FILE))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from chancery.store.search import SEPARATOR, packing
    from chancery.store.search.fts5 import reference_phrases

    statements = _script()
    raw = bind.connection.driver_connection
    cursor = raw.cursor()
    for statement in statements:
        if statement.upper().startswith("CREATE TABLE"):
            cursor.execute(statement)
    columns = ", ".join(TEXT_COLUMNS)
    sample = cursor.execute(f"SELECT {columns} FROM search_docs ORDER BY id LIMIT ?", (BATCH,)).fetchall()
    # an empty archive gets its dictionary at its first save (without loading Babel when it is created)
    dictionary = packing.make_dictionary(sample, separator=SEPARATOR, seeds=reference_phrases()) if sample else b""
    packing.replace_dictionary(cursor, dictionary)
    last = -1
    while True:
        rows = cursor.execute(f"SELECT id, {columns}, facets FROM search_docs WHERE id > ? ORDER BY id LIMIT ?",
                              (last, BATCH)).fetchall()
        if not rows:
            break
        cursor.executemany("INSERT INTO search_text(id, packed, facets) VALUES (?, ?, ?)",
                           [(row[0], packing.pack(row[1:-1], dictionary), row[-1]) for row in rows])
        last = rows[-1][0]
    for name in OLD_TRIGGERS:
        cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
    cursor.execute("DROP TABLE search_docs")
    for statement in statements:
        if not statement.upper().startswith("CREATE TABLE"):
            cursor.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from chancery import paths

    cursor = bind.connection.driver_connection.cursor()
    columns = ", ".join(TEXT_COLUMNS)
    cursor.execute(f"CREATE TABLE search_docs_text AS SELECT id, {columns}, facets FROM search_docs")
    for name in ("search_text_insert", "search_text_delete", "search_text_update"):
        cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
    cursor.execute("DROP VIEW search_docs")
    cursor.execute("DROP TABLE search_text")
    cursor.execute("DROP TABLE search_dictionary")
    old = (paths.db_dir() / "search" / "0002_search_index.sql").read_text(encoding="utf-8")
    for statement in sql_statements(old, "0002_search_index.sql"):
        if statement.upper().startswith("CREATE TABLE SEARCH_DOCS"):
            cursor.execute(statement)
    cursor.execute(f"INSERT INTO search_docs(id, {columns}, facets) SELECT id, {columns}, facets "
                   "FROM search_docs_text")
    cursor.execute("DROP TABLE search_docs_text")
    for statement in sql_statements(old, "0002_search_index.sql"):
        if statement.upper().startswith("CREATE TRIGGER"):
            cursor.execute(statement)
