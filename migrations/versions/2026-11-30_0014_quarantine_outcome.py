"""How a quarantined item was closed: dismissed, or accepted (and as which revision)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 08:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.metadata

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("quarantine_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("accepted_rev", sa.String(length=80), nullable=True))
        batch_op.add_column(
            sa.Column("closed_at", core.metadata.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("quarantine_item", schema=None) as batch_op:
        batch_op.drop_column("closed_at")
        batch_op.drop_column("accepted_rev")
        batch_op.drop_column("outcome")
