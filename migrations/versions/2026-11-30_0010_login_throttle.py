"""Failed logins per account and per address, so every server worker throttles alike

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 07:37:52.705257
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import core.metadata

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_throttle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("key_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", core.metadata.UTCDateTime(timezone=True), nullable=False),
        sa.Column("locked_until", core.metadata.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_throttle")),
        sa.UniqueConstraint("scope", "key_hash", name=op.f("uq_login_throttle_scope")),
    )


def downgrade() -> None:
    op.drop_table("login_throttle")
