"""Index submissions by (study, id): the interview list's first page is an index range

On PostgreSQL the list (`WHERE study_id = ? AND id > ? ORDER BY id LIMIT n`) otherwise
walks the primary key and filters on the study, reading other studies' rows first.
SQLite's (study_id) index already ends with the rowid; the index is made there too so
that models and migrations agree.

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30 11:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_submission_study_id_id", "submission", ["study_id", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_submission_study_id_id", table_name="submission")
