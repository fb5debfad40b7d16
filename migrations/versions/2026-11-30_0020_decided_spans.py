"""Privacy review queue: remembered decisions (keyed hashes of the words), quarantine holds

A released or confirmed span is remembered for the study as a keyed hash of its words,
so a later edit with the same words is not held again. A quarantined item's held spans
are stored with the item (no interview yet), and name the interview once it is accepted.

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30 14:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import core.metadata

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    with op.batch_alter_table("held_span", schema=None) as batch_op:
        batch_op.alter_column("submission_pk", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("quarantine_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_held_span_quarantine_id_quarantine_item"),
            "quarantine_item",
            ["quarantine_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(
            batch_op.f("ix_held_span_quarantine_id"), ["quarantine_id"], unique=False
        )
    op.create_table(
        "decided_span",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("key_id", text(length=32), nullable=False),
        sa.Column("digest", text(length=64), nullable=False),
        sa.Column("decision", text(length=32), nullable=False),
        sa.Column("hold_id", sa.Integer(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", core.metadata.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["user_account.id"],
            name=op.f("fk_decided_span_decided_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["hold_id"],
            ["held_span.id"],
            name=op.f("fk_decided_span_hold_id_held_span"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["study_id"],
            ["study.id"],
            name=op.f("fk_decided_span_study_id_study"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decided_span")),
        sa.UniqueConstraint("study_id", "key_id", "digest", name=op.f("uq_decided_span_study_id")),
    )
    with op.batch_alter_table("decided_span", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decided_span_study_id"), ["study_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("decided_span", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decided_span_study_id"))
    op.drop_table("decided_span")
    # Quarantined items' spans have no interview to stand beside in the older schema.
    op.execute("DELETE FROM held_span WHERE submission_pk IS NULL")
    with op.batch_alter_table("held_span", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_held_span_quarantine_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_held_span_quarantine_id_quarantine_item"), type_="foreignkey"
        )
        batch_op.drop_column("quarantine_id")
        batch_op.alter_column("submission_pk", existing_type=sa.Integer(), nullable=False)
