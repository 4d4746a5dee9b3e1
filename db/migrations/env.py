"""Alembic environment for the Chancery archive.

Chancery runs migrations itself at start-up (``chancery.store.db``), passing
an open connection in ``config.attributes["connection"]``; the command-line
``alembic`` tool is not needed.  Each migration runs in a transaction.
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
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Chancery migrations run online only")
run_migrations_online()
