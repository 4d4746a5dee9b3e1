"""Initial archive: meetings and their parts, people directory, settings, autosaves.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _part_columns():
    """Columns every child table of a meeting has."""
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.String(36), sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("extra", sa.JSON),
    ]


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("classification", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(40)),
        sa.Column("format", sa.String(40)),
        sa.Column("our_side", sa.String(8), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("end_date", sa.String(10)),
        sa.Column("place", sa.JSON),
        sa.Column("place_country", sa.String(2)),
        sa.Column("publication", sa.JSON),
        sa.Column("occasion", sa.JSON),
        sa.Column("initiated_by", sa.String(8)),
        sa.Column("topics", sa.JSON),
        sa.Column("cooperation_areas", sa.JSON),
        sa.Column("notes", sa.JSON),
        sa.Column("extra", sa.JSON),
        sa.Column("counterpart_country", sa.String(2)),
        sa.Column("principals", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime),
    )
    for column in ("date", "kind", "counterpart_country", "status", "deleted_at", "principals"):
        op.create_index(f"ix_meetings_{column}", "meetings", [column])

    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("gender", sa.String(1)),
        sa.Column("country", sa.String(2)),
        sa.Column("title", sa.JSON),
        sa.Column("organization", sa.JSON),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "person_names",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
        sa.Column("lang", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("folded", sa.Text, nullable=False),
        sa.UniqueConstraint("person_id", "lang", "name", name="uq_person_names_variant"),
    )
    op.create_index("ix_person_names_person_id", "person_names", ["person_id"])
    op.create_index("ix_person_names_folded", "person_names", ["folded"])

    op.create_table(
        "participants",
        *_part_columns(),
        sa.Column("ref", sa.String(40)),
        sa.Column("side", sa.String(8)),
        sa.Column("role", sa.String(16)),
        sa.Column("name", sa.JSON),
        sa.Column("gender", sa.String(1)),
        sa.Column("title", sa.JSON),
        sa.Column("country", sa.String(2)),
        sa.Column("organization", sa.JSON),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="SET NULL")),
    )
    op.create_index("ix_participants_country", "participants", ["country"])
    op.create_index("ix_participants_person_id", "participants", ["person_id"])

    children = {
        "statements": [
            sa.Column("speaker", sa.String(40)),
            sa.Column("verb", sa.String(40)),
            sa.Column("text", sa.JSON),
        ],
        "documents_signed": [
            sa.Column("type", sa.String(40)),
            sa.Column("title", sa.JSON),
            sa.Column("period", sa.String(40)),
            sa.Column("signed_by", sa.JSON),
        ],
        "invitations": [
            sa.Column("from_ref", sa.String(40)),
            sa.Column("to_ref", sa.String(40)),
            sa.Column("visit", sa.String(40)),
            sa.Column("accepted", sa.Boolean),
        ],
        "anniversaries": [
            sa.Column("ordinal", sa.Integer),
            sa.Column("subject", sa.String(40)),
            sa.Column("year", sa.Integer),
        ],
        "next_steps": [
            sa.Column("text", sa.JSON),
            sa.Column("date", sa.String(10)),
        ],
    }
    for table, columns in children.items():
        op.create_table(table, *_part_columns(), *columns)
    for table in ("participants", *children):
        op.create_index(f"ix_{table}_meeting_id", table, ["meeting_id"])

    op.create_table(
        "internal_briefings",
        sa.Column("meeting_id", sa.String(36), sa.ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("objectives", sa.JSON),
        sa.Column("talking_points", sa.JSON),
        sa.Column("sensitivities", sa.JSON),
        sa.Column("recommendation", sa.JSON),
        sa.Column("prepared_by", sa.Text),
        sa.Column("cleared_by", sa.Text),
        sa.Column("extra", sa.JSON),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON),
    )
    op.create_table(
        "autosaves",
        sa.Column("meeting_id", sa.String(36), primary_key=True),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("base_version", sa.Integer),
        sa.Column("saved_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "autosaves", "settings", "internal_briefings", "next_steps", "anniversaries", "invitations",
        "documents_signed", "statements", "participants", "person_names", "people", "meetings",
    ):
        op.drop_table(table)
