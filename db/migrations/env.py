"""Alembic environment for the Chancery archive.

Chancery runs migrations itself at start-up (``chancery.store.db.migrate``),
passing a connection in ``config.attributes["connection"]`` that is already
inside one transaction (``BEGIN IMMEDIATE`` on SQLite, whose DDL is
transactional once pysqlite's legacy transaction handling is off, as
``chancery.store.db`` does): every pending migration runs in that single
transaction, so a kill or an error leaves the archive at the revision it
started from.  Alembic sees the transaction is external and opens none of
its own; ``transactional_ddl`` says the DDL belongs to it.  The command-line
``alembic`` tool is not needed.

For a future migration: ``PRAGMA foreign_keys`` cannot change inside a
transaction; a batch-mode table rebuild should use ``PRAGMA
defer_foreign_keys = ON`` instead.
"""

from alembic import context

from chancery.store.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        transactional_ddl=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Chancery migrations run online only")
run_migrations_online()
