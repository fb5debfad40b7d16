"""Read the pull feed per study: index entries by (user, study, seq), unique

The feed used to be read by enumerator alone, mixing the numbers of every study the
enumerator works in. Rows are kept as they are (each already carries its study and a
number from that study's counter); only the index changes. Old cursors are handled by
the server (docs/sync-protocol.md, section 5).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 07:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("feed_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_feed_entry_user_study_seq", ["user_id", "study_id", "seq"], unique=True
        )
        batch_op.drop_index("ix_feed_entry_user_seq")


def downgrade() -> None:
    with op.batch_alter_table("feed_entry", schema=None) as batch_op:
        batch_op.create_index("ix_feed_entry_user_seq", ["user_id", "seq"], unique=False)
        batch_op.drop_index("ix_feed_entry_user_study_seq")
