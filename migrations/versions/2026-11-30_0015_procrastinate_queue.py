"""Job queue tables (procrastinate 3.10.0), PostgreSQL only

Background work on PostgreSQL runs on procrastinate (docs/decisions/0006-job-queue.md).
Its schema is applied here, from a copy of the library's `schema.sql` shipped beside
the migrations (MIT), so the schema changes only through alembic. On SQLite the jobs
run in the server process and this migration does nothing. Upgrading procrastinate
means a new migration applying its files in `procrastinate/sql/migrations`.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 11:10:00
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = Path(__file__).parent.parent / "procrastinate" / "schema-3.10.0.sql"


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _is_postgresql():
        return
    # The driver's own connection: the file is many statements with `::` casts and
    # `%` signs that SQLAlchemy's text() and paramstyles would misread.
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    driver.execute(SCHEMA.read_text(encoding="utf-8"))


def downgrade() -> None:
    if not _is_postgresql():
        return
    sql = SCHEMA.read_text(encoding="utf-8")
    for table in re.findall(r"^CREATE TABLE (procrastinate_\w+)", sql, re.M):
        op.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
    for function in re.findall(r"^CREATE FUNCTION (procrastinate_\w+)", sql, re.M):
        op.execute(f"DROP FUNCTION IF EXISTS {function} CASCADE")
    for kind in re.findall(r"^CREATE TYPE (procrastinate_\w+)", sql, re.M):
        op.execute(f"DROP TYPE IF EXISTS {kind} CASCADE")
