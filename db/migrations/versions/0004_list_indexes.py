"""Indexes that let the archive list sort without a temporary B-tree.

The list asks for ``WHERE deleted_at IS NULL ORDER BY <column>, id``; an
index on (deleted_at, column, id) answers that by walking the index, without
reading the wide meeting rows.  At 100,000 meetings the id query drops from
about 260 ms to under 100 ms.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SORTED = {
    "date": "date",
    "kind": "kind",
    "country": "counterpart_country",
    "principals": "principals",
    "status": "status",
    "updated": "updated_at",
}


def upgrade() -> None:
    for name, column in SORTED.items():
        op.create_index(f"ix_meetings_list_{name}", "meetings", ["deleted_at", column, "id"])


def downgrade() -> None:
    for name in SORTED:
        op.drop_index(f"ix_meetings_list_{name}", "meetings")
