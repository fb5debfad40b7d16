"""Recompute interviews with several revisions under the set-based reconciliation rule

Data only. Revision ids do not change, and no revision is removed. What the new rule
changes (docs/reconciliation.md) is which stored revisions count (server merges nobody
edited on no longer do, an edit equal to its parent stands for it), so the head, the
shown answers and the open conflict record of an interview with several branches may
differ from what was stored. This recomputes them once, so no stale conflict record
(one offering a value a later edit replaced) survives the upgrade. A clean merge head
is stored as a merge revision, as the server does at every edit. Downgrade keeps the
recomputed state: the old code recomputes an interview at its next edit anyway.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 08:20:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from core.metadata import JSONType, UTCDateTime, utcnow
from sync.history import Revision, make_merge_revision, reconcile_history
from sync.revisions import content_hash

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables as they stand at this revision (not the models, which may move on).
submission = sa.table(
    "submission",
    sa.column("id", sa.Integer),
    sa.column("study_id", sa.Integer),
    sa.column("form_pk", sa.Integer),
    sa.column("form_version", sa.Integer),
    sa.column("head_rev", sa.String),
    sa.column("content_hash", sa.String),
    sa.column("data", JSONType),
)
revision_table = sa.table(
    "submission_revision",
    sa.column("id", sa.Integer),
    sa.column("submission_pk", sa.Integer),
    sa.column("rev", sa.String),
    sa.column("parent_rev", sa.String),
    sa.column("form_version", sa.Integer),
    sa.column("content_hash", sa.String),
    sa.column("data", JSONType),
    sa.column("device_id", sa.String),
    sa.column("batch_id", sa.String),
    sa.column("received_at", UTCDateTime(timezone=True)),
    sa.column("kind", sa.String),
    sa.column("merged_revs", JSONType),
)
form = sa.table("form", sa.column("id", sa.Integer), sa.column("form_id", sa.String))
form_version = sa.table(
    "form_version",
    sa.column("form_pk", sa.Integer),
    sa.column("version", sa.Integer),
    sa.column("document", JSONType),
)
conflict_table = sa.table(
    "sync_conflict",
    sa.column("id", sa.Integer),
    sa.column("study_id", sa.Integer),
    sa.column("submission_pk", sa.Integer),
    sa.column("base_rev", sa.String),
    sa.column("server_rev", sa.String),
    sa.column("tablet_rev", sa.String),
    sa.column("fields", JSONType),
    sa.column("is_open", sa.Boolean),
    sa.column("created_at", UTCDateTime(timezone=True)),
    sa.column("resolved_at", UTCDateTime(timezone=True)),
)


def upgrade() -> None:
    bind = op.get_bind()
    branched = (
        sa.select(revision_table.c.submission_pk)
        .group_by(revision_table.c.submission_pk)
        .having(sa.func.count() > 1)
        .order_by(revision_table.c.submission_pk)
    )
    for pk in bind.execute(branched).scalars().all():
        _recompute(bind, pk)


def downgrade() -> None:
    pass


def _recompute(bind: sa.Connection, pk: int) -> None:
    row = bind.execute(sa.select(submission).where(submission.c.id == pk)).one()
    rows = bind.execute(
        sa.select(revision_table)
        .where(revision_table.c.submission_pk == pk)
        .order_by(revision_table.c.id)
    ).all()
    revisions = _connected(rows)
    if not revisions:
        return
    form_id = bind.execute(sa.select(form.c.form_id).where(form.c.id == row.form_pk)).scalar_one()
    document = bind.execute(
        sa.select(form_version.c.document).where(
            form_version.c.form_pk == row.form_pk, form_version.c.version == row.form_version
        )
    ).scalar_one_or_none()
    policy = ((document or {}).get("x-form") or {}).get("conflict_policy", "manual")
    try:
        reconciled = reconcile_history(revisions, policy=policy)
    except ValueError:
        return  # an inconsistent history (never written by Chasqui): leave it as it is
    answers = reconciled.answers
    content = content_hash(form_id=form_id, form_version=row.form_version, data=answers)
    head = reconciled.head_rev
    by_rev = {r.rev: r for r in rows}
    if len(reconciled.leaves) > 1 and not reconciled.needs_review:
        merge = make_merge_revision(reconciled, answers, content=content)
        head = merge.rev
        if head not in by_rev:
            bind.execute(
                sa.insert(revision_table).values(
                    submission_pk=pk,
                    rev=head,
                    parent_rev=merge.parent_rev,
                    form_version=row.form_version,
                    content_hash=content,
                    data=answers,
                    device_id="",
                    batch_id="",
                    received_at=utcnow(),
                    kind="merge",
                    merged_revs=list(merge.merged_revs),
                )
            )
    elif head in by_rev and by_rev[head].data == answers:
        content = by_rev[head].content_hash
    bind.execute(
        sa.update(submission)
        .where(submission.c.id == pk)
        .values(head_rev=head, data=answers, content_hash=content)
    )
    _sync_conflict(bind, pk, row.study_id, reconciled)


def _connected(rows: Sequence[Any]) -> list[Revision]:
    """Revisions whose ancestry is complete (held ones wait for their parent)."""
    by_rev = {r.rev: r for r in rows}
    rooted: dict[str, bool] = {}
    for r in sorted(rows, key=lambda r: int(r.rev.partition("-")[0] or 0)):
        rooted[r.rev] = r.parent_rev is None or rooted.get(r.parent_rev, False)
    return [
        Revision(
            rev=r.rev,
            parent_rev=r.parent_rev,
            data=r.data,
            merged_revs=tuple(r.merged_revs or ()),
            is_merge=r.kind == "merge",
            content=r.content_hash,
        )
        for r in by_rev.values()
        if rooted[r.rev]
    ]


def _sync_conflict(bind: sa.Connection, pk: int, study_id: int, reconciled: Any) -> None:
    open_id = bind.execute(
        sa.select(conflict_table.c.id).where(
            conflict_table.c.submission_pk == pk, conflict_table.c.is_open.is_(True)
        )
    ).scalar()
    if not reconciled.needs_review:
        if open_id is not None:
            bind.execute(
                sa.update(conflict_table)
                .where(conflict_table.c.id == open_id)
                .values(is_open=False, resolved_at=utcnow())
            )
        return
    values = {
        "server_rev": reconciled.head_rev,
        "tablet_rev": reconciled.leaves[1] if len(reconciled.leaves) > 1 else reconciled.head_rev,
        "base_rev": None,
        "fields": [c.as_record() for c in reconciled.conflicts],
    }
    if open_id is None:
        bind.execute(
            sa.insert(conflict_table).values(
                study_id=study_id, submission_pk=pk, is_open=True, created_at=utcnow(), **values
            )
        )
    else:
        bind.execute(
            sa.update(conflict_table).where(conflict_table.c.id == open_id).values(**values)
        )
