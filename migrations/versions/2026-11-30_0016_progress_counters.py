"""Kept-up counters for the supervision views, maintained by triggers, backfilled here

Progress, device health and quality read small counter tables instead of grouping a
study's `submission_metric` rows on every request (issue 16). Triggers keep each
counter in the same transaction as every write to `submission_metric` (any path:
the metrics refresh, a review, a withdrawal's cascade, a time zone change) and to
`sync_batch` (the push). On SQLite a batch migration that recreates either table
drops its triggers: such a migration must create them again, with this SQL.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 11:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.metadata

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PROGRESS_KEY = (
    "study_id",
    "form_pk",
    "enumerator_id",
    "device_id",
    "has_village",
    "village",
    "review_state",
)
_SUMS = ("n_questions", "n_answered", "n_refused", "n_dont_know", "n_not_asked")
TRIGGERS = (
    "trg_submission_metric_count_insert",
    "trg_submission_metric_count_update",
    "trg_submission_metric_count_delete",
    "trg_sync_batch_count_insert",
    "trg_sync_batch_count_update",
    "trg_sync_batch_count_delete",
)


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _create_tables() -> None:
    big = sa.BigInteger()
    op.create_table(
        "progress_count",
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("form_pk", sa.Integer(), nullable=False),
        sa.Column("enumerator_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("has_village", sa.Boolean(), nullable=False),
        sa.Column("village", sa.String(length=64), nullable=False),
        sa.Column("review_state", sa.String(length=16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("n_timed", sa.Integer(), nullable=False),
        sa.Column("duration_us", big, nullable=False),
        sa.Column("n_lagged", sa.Integer(), nullable=False),
        sa.Column("lag_us", big, nullable=False),
        *(sa.Column(name, big, nullable=False) for name in _SUMS),
        sa.PrimaryKeyConstraint(*_PROGRESS_KEY, name=op.f("pk_progress_count")),
    )
    op.create_table(
        "progress_day_count",
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("study_id", "day", name=op.f("pk_progress_day_count")),
    )
    op.create_table(
        "duration_count",
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("form_pk", sa.Integer(), nullable=False),
        sa.Column("is_rejected", sa.Boolean(), nullable=False),
        sa.Column("minute", big, nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "study_id", "form_pk", "is_rejected", "minute", name=op.f("pk_duration_count")
        ),
    )
    op.create_table(
        "choice_count",
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("form_pk", sa.Integer(), nullable=False),
        sa.Column("enumerator_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "study_id",
            "form_pk",
            "enumerator_id",
            "question",
            "answer",
            name=op.f("pk_choice_count"),
        ),
    )
    op.create_table(
        "quality_mark",
        sa.Column("submission_pk", sa.Integer(), nullable=False),
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("submission_pk", name=op.f("pk_quality_mark")),
    )
    with op.batch_alter_table("quality_mark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quality_mark_study_id"), ["study_id"], unique=False)
    op.create_table(
        "device_sync_count",
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("enumerator_id", sa.Integer(), nullable=False),
        sa.Column("syncs", sa.Integer(), nullable=False),
        sa.Column("last_batch_id", sa.Integer(), nullable=False),
        sa.Column("last_received_at", core.metadata.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint(
            "study_id", "device_id", "enumerator_id", name=op.f("pk_device_sync_count")
        ),
    )
    op.create_index(
        "ix_submission_metric_device_lag",
        "submission_metric",
        ["study_id", "device_id", "lag_s"],
        unique=False,
    )
    op.create_index(
        "ix_submission_metric_duration",
        "submission_metric",
        ["study_id", "form_pk", "duration_s", "review_state"],
        unique=False,
    )


# --- SQL shared by the backfill and the triggers; `r` is a row (NEW, OLD or m) ---------


def _us(pg: bool, value: str) -> str:
    """Seconds as whole microseconds (the metric's times come from timedeltas: exact)."""
    if pg:
        return f"COALESCE(ROUND({value} * 1000000)::bigint, 0)"
    return f"COALESCE(CAST(ROUND({value} * 1000000) AS INTEGER), 0)"


def minute_sql(pg: bool, value: str) -> str:
    """The whole minute of a duration; the views filter with this very expression."""
    return f"FLOOR({value} / 60)::bigint" if pg else f"CAST({value} / 60 AS INTEGER)"


def _progress_values(pg: bool, r: str, s: str) -> list[str]:
    return [
        f"{r}.study_id",
        f"{r}.form_pk",
        f"{r}.enumerator_id",
        f"{r}.device_id",
        f"{r}.village IS NOT NULL",
        f"COALESCE({r}.village, '')",
        f"{r}.review_state",
        f"{s}",
        f"CASE WHEN {r}.duration_s IS NULL THEN 0 ELSE {s} END",
        f"{s} * {_us(pg, f'{r}.duration_s')}",
        f"CASE WHEN {r}.lag_s IS NULL THEN 0 ELSE {s} END",
        f"{s} * {_us(pg, f'{r}.lag_s')}",
        *(f"{s} * {r}.{name}" for name in _SUMS),
    ]


_PROGRESS_COLUMNS = (
    *_PROGRESS_KEY,
    "n",
    "n_timed",
    "duration_us",
    "n_lagged",
    "lag_us",
    *_SUMS,
)


def _upsert(table: str, columns: Sequence[str], key: Sequence[str], select: str) -> str:
    added = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in columns if c not in key)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) {select} "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {added}"
    )


def _choices_from(pg: bool, r: str) -> str:
    if pg:
        return (
            f"jsonb_each_text(CASE WHEN jsonb_typeof({r}.choices) = 'object' "
            f"THEN {r}.choices ELSE '{{}}'::jsonb END) AS j"
        )
    return f"json_each({r}.choices) AS j"


def _is_object(pg: bool, r: str) -> str:
    return "TRUE" if pg else f"json_type({r}.choices) = 'object'"


def _has_clock_flags(pg: bool, r: str) -> str:
    if pg:
        return (
            f"(CASE WHEN jsonb_typeof({r}.clock_flags) = 'array' "
            f"THEN jsonb_array_length({r}.clock_flags) ELSE 0 END) > 0"
        )
    return f"COALESCE(json_array_length({r}.clock_flags), 0) > 0"


def _metric_statements(pg: bool, r: str, sign: int) -> list[str]:
    """Add (sign 1) or remove (sign -1) one metric row `r` from every counter."""
    s = str(sign)
    key = " AND ".join(
        f"{c} = ({v})" for c, v in zip(_PROGRESS_KEY, _progress_values(pg, r, s)[:7], strict=True)
    )
    minute = minute_sql(pg, f"{r}.duration_s")
    rejected = f"{r}.review_state = 'rejected'"
    statements = [
        _upsert(
            "progress_count",
            _PROGRESS_COLUMNS,
            _PROGRESS_KEY,
            f"SELECT {', '.join(_progress_values(pg, r, s))} WHERE TRUE",
        ),
        _upsert(
            "progress_day_count",
            ("study_id", "day", "n"),
            ("study_id", "day"),
            f"SELECT {r}.study_id, {r}.day, {s} WHERE {r}.day IS NOT NULL",
        ),
        _upsert(
            "duration_count",
            ("study_id", "form_pk", "is_rejected", "minute", "n"),
            ("study_id", "form_pk", "is_rejected", "minute"),
            f"SELECT {r}.study_id, {r}.form_pk, {rejected}, {minute}, {s} "
            f"WHERE {r}.duration_s IS NOT NULL",
        ),
        _upsert(
            "choice_count",
            ("study_id", "form_pk", "enumerator_id", "question", "answer", "n"),
            ("study_id", "form_pk", "enumerator_id", "question", "answer"),
            f"SELECT {r}.study_id, {r}.form_pk, {r}.enumerator_id, j.key, j.value, {s} "
            f"FROM {_choices_from(pg, r)} WHERE NOT ({rejected}) AND {_is_object(pg, r)} "
            "AND j.key IS NOT NULL AND j.value IS NOT NULL",
        ),
    ]
    if sign < 0:
        return [
            *statements,
            f"DELETE FROM progress_count WHERE {key} AND n = 0",
            f"DELETE FROM progress_day_count WHERE study_id = {r}.study_id "
            f"AND day = {r}.day AND n = 0",
            f"DELETE FROM duration_count WHERE study_id = {r}.study_id "
            f"AND form_pk = {r}.form_pk AND n = 0",
            f"DELETE FROM choice_count WHERE study_id = {r}.study_id "
            f"AND form_pk = {r}.form_pk AND enumerator_id = {r}.enumerator_id AND n = 0",
            f"DELETE FROM quality_mark WHERE submission_pk = {r}.submission_pk",
        ]
    return [
        *statements,
        f"INSERT INTO quality_mark (submission_pk, study_id) "
        f"SELECT {r}.submission_pk, {r}.study_id WHERE NOT ({rejected}) AND "
        f"({_has_clock_flags(pg, r)} OR {r}.n_dont_know * 4 > {r}.n_questions) "
        "ON CONFLICT (submission_pk) DO NOTHING",
    ]


def _batch_statements(pg: bool, r: str, sign: int) -> list[str]:
    """Add or remove one `sync_batch` row `r` from `device_sync_count`."""
    key = (
        f"study_id = {r}.study_id AND device_id = {r}.device_id "
        f"AND enumerator_id = {r}.enumerator_id"
    )
    if sign > 0:
        greatest = "GREATEST" if pg else "MAX"
        return [
            "INSERT INTO device_sync_count (study_id, device_id, enumerator_id, syncs, "
            f"last_batch_id, last_received_at) SELECT {r}.study_id, {r}.device_id, "
            f"{r}.enumerator_id, 1, {r}.id, {r}.received_at WHERE TRUE "
            "ON CONFLICT (study_id, device_id, enumerator_id) DO UPDATE SET "
            "syncs = device_sync_count.syncs + 1, "
            f"last_batch_id = {greatest}(device_sync_count.last_batch_id, excluded.last_batch_id), "
            f"last_received_at = {greatest}(device_sync_count.last_received_at, "
            "excluded.last_received_at)"
        ]
    # A batch is removed only when its study goes (or by hand): recount that key.
    return [
        "UPDATE device_sync_count SET syncs = syncs - 1, "
        f"last_batch_id = COALESCE((SELECT MAX(id) FROM sync_batch WHERE {key}), 0), "
        "last_received_at = COALESCE((SELECT MAX(received_at) FROM sync_batch "
        f"WHERE {key}), last_received_at) WHERE {key}",
        f"DELETE FROM device_sync_count WHERE {key} AND syncs <= 0",
    ]


def backfill_statements(pg: bool) -> list[str]:
    """Count what is already stored (also used by the progress bench after bulk seeding)."""
    progress = _progress_values(pg, "m", "1")
    grouped = ", ".join(progress[:7])
    sums = ", ".join(f"SUM({v})" for v in progress[7:])
    minute = minute_sql(pg, "duration_s")
    return [
        f"INSERT INTO progress_count ({', '.join(_PROGRESS_COLUMNS)}) "
        f"SELECT {grouped}, {sums} FROM submission_metric AS m GROUP BY {grouped}",
        "INSERT INTO progress_day_count (study_id, day, n) SELECT study_id, day, COUNT(*) "
        "FROM submission_metric WHERE day IS NOT NULL GROUP BY study_id, day",
        "INSERT INTO duration_count (study_id, form_pk, is_rejected, minute, n) "
        f"SELECT study_id, form_pk, review_state = 'rejected', {minute}, COUNT(*) "
        "FROM submission_metric WHERE duration_s IS NOT NULL "
        f"GROUP BY study_id, form_pk, review_state = 'rejected', {minute}",
        "INSERT INTO choice_count (study_id, form_pk, enumerator_id, question, answer, n) "
        "SELECT m.study_id, m.form_pk, m.enumerator_id, j.key, j.value, COUNT(*) "
        f"FROM submission_metric AS m, {_choices_from(pg, 'm')} "
        f"WHERE m.review_state <> 'rejected' AND {_is_object(pg, 'm')} "
        "AND j.key IS NOT NULL AND j.value IS NOT NULL "
        "GROUP BY m.study_id, m.form_pk, m.enumerator_id, j.key, j.value",
        "INSERT INTO quality_mark (submission_pk, study_id) SELECT submission_pk, study_id "
        "FROM submission_metric AS m WHERE m.review_state <> 'rejected' AND "
        f"({_has_clock_flags(pg, 'm')} OR m.n_dont_know * 4 > m.n_questions)",
        "INSERT INTO device_sync_count (study_id, device_id, enumerator_id, syncs, "
        "last_batch_id, last_received_at) SELECT study_id, device_id, enumerator_id, "
        "COUNT(*), MAX(id), MAX(received_at) FROM sync_batch "
        "GROUP BY study_id, device_id, enumerator_id",
    ]


def create_triggers() -> None:
    """The counters' triggers, on the dialect at hand."""
    pg = _pg()
    for table, statements, columns in (
        ("submission_metric", _metric_statements, None),
        ("sync_batch", _batch_statements, "study_id, device_id, enumerator_id, received_at"),
    ):
        if pg:
            _create_pg_trigger(table, statements, columns)
        else:
            _create_sqlite_triggers(table, statements, columns)


def _create_sqlite_triggers(table: str, statements: object, columns: str | None) -> None:
    make = statements  # (pg, row, sign) -> list[str]
    assert callable(make)
    of = f" OF {columns}" if columns else ""
    bodies = {
        "insert": ("INSERT", make(False, "NEW", 1)),
        "update": (f"UPDATE{of}", [*make(False, "OLD", -1), *make(False, "NEW", 1)]),
        "delete": ("DELETE", make(False, "OLD", -1)),
    }
    for event, (when, body) in bodies.items():
        op.execute(
            f"CREATE TRIGGER trg_{table}_count_{event} AFTER {when} ON {table} "
            f"FOR EACH ROW BEGIN {'; '.join(body)}; END"
        )


def _create_pg_trigger(table: str, statements: object, columns: str | None) -> None:
    make = statements
    assert callable(make)
    removed = "; ".join(make(True, "OLD", -1))
    added = "; ".join(make(True, "NEW", 1))
    op.execute(
        f"CREATE OR REPLACE FUNCTION {table}_count() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        f"  IF TG_OP IN ('UPDATE', 'DELETE') THEN {removed}; END IF;\n"
        f"  IF TG_OP IN ('INSERT', 'UPDATE') THEN {added}; END IF;\n"
        "  RETURN NULL;\n"
        "END\n$$"
    )
    of = f" OF {columns}" if columns else ""
    for event, when in (("insert", "INSERT"), ("update", f"UPDATE{of}"), ("delete", "DELETE")):
        op.execute(
            f"CREATE TRIGGER trg_{table}_count_{event} AFTER {when} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_count()"
        )


def drop_triggers() -> None:
    for name in TRIGGERS:
        table = "submission_metric" if "submission_metric" in name else "sync_batch"
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if _pg() else ""))
    if _pg():
        op.execute("DROP FUNCTION IF EXISTS submission_metric_count()")
        op.execute("DROP FUNCTION IF EXISTS sync_batch_count()")


def upgrade() -> None:
    _create_tables()
    for statement in backfill_statements(_pg()):
        op.execute(statement)
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    op.drop_index("ix_submission_metric_duration", table_name="submission_metric")
    op.drop_index("ix_submission_metric_device_lag", table_name="submission_metric")
    for table in (
        "device_sync_count",
        "quality_mark",
        "choice_count",
        "duration_count",
        "progress_day_count",
        "progress_count",
    ):
        op.drop_table(table)
