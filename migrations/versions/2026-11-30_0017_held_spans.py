"""Privacy review queue: held spans, their sealed originals and the decisions on them

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import core.metadata

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "held_span",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("submission_pk", sa.Integer(), nullable=False),
        sa.Column("rev", text(length=80), nullable=False),
        sa.Column("pointer", text(length=1000), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reason", text(length=32), nullable=False),
        sa.Column("kind", text(length=32), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=True),
        sa.Column("key_id", text(length=16), nullable=True),
        sa.Column("context", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", core.metadata.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", core.metadata.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decision_rev", text(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["user_account.id"],
            name=op.f("fk_held_span_decided_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["study_id"],
            ["study.id"],
            name=op.f("fk_held_span_study_id_study"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submission_pk"],
            ["submission.id"],
            name=op.f("fk_held_span_submission_pk_submission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_span")),
        sa.UniqueConstraint(
            "submission_pk",
            "rev",
            "pointer",
            "number",
            name=op.f("uq_held_span_submission_pk"),
        ),
    )
    with op.batch_alter_table("held_span", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_held_span_study_id"), ["study_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_held_span_submission_pk"), ["submission_pk"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_held_span_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("held_span", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_held_span_state"))
        batch_op.drop_index(batch_op.f("ix_held_span_submission_pk"))
        batch_op.drop_index(batch_op.f("ix_held_span_study_id"))
    op.drop_table("held_span")
