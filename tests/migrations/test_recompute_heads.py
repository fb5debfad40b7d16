"""Migration 0012 recomputes branched interviews under the set-based rule; no revision id changes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from api.db import alembic_config, create_db_engine
from sync.history import Revision, make_merge_revision, merge_history
from sync.revisions import content_hash, make_rev
from tests.conftest import ENGINES, create_pg_database, drop_pg_database

T0 = datetime(2026, 11, 28)
FORM = "household"


@pytest.fixture(params=[e for e in ("sqlite", "postgresql") if e in ENGINES])
def url(request, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'm.db'}"
        return
    request.getfixturevalue("pg_url")  # skips or fails as the suite is configured
    created = create_pg_database("chasqui_migr_heads")
    yield created
    drop_pg_database(created)


def revision(parent: Revision | None, data: dict[str, Any]) -> Revision:
    content = content_hash(form_id=FORM, form_version=1, data=data)
    parent_rev = parent.rev if parent else None
    return Revision(make_rev(parent_rev=parent_rev, content=content), parent_rev, data)


ROOT = revision(None, {"q": 0, "r": "a"})
A1 = revision(ROOT, {"q": 1, "r": "a"})
B1 = revision(ROOT, {"q": 2, "r": "a"})
A2 = revision(A1, {"q": 3, "r": "a"})  # tablet A corrected its own edit
C1 = revision(ROOT, {"q": 0, "r": "b"})
CLEAN = [ROOT, A1, C1]


def insert(connection: sa.Connection, table_name: str, **values: Any) -> None:
    """Insert a row, filling required columns the test does not care about."""
    table = sa.Table(table_name, sa.MetaData(), autoload_with=connection)
    for column in table.columns:
        if column.name in values or column.nullable or column.server_default is not None:
            continue
        if column.primary_key and isinstance(column.type, sa.Integer):
            continue
        python = column.type.python_type if not isinstance(column.type, sa.JSON) else dict
        values[column.name] = {
            bool: False,
            int: 0,
            float: 0.0,
            str: "x",
            datetime: T0,
            dict: [],
        }.get(python, "x")
    connection.execute(sa.insert(table).values(**values))


def seed(connection: sa.Connection) -> None:
    insert(connection, "study", id=1, slug="demo", name="Demo", k_anonymity=5, created_at=T0)
    insert(connection, "user_account", id=1, username="enum", created_at=T0)
    insert(connection, "form", id=1, study_id=1, form_id=FORM, state="published")
    insert(
        connection,
        "form_version",
        form_pk=1,
        version=1,
        document={"x-form": {"form_id": FORM, "conflict_policy": "manual"}},
        changes=[],
        published_at=T0,
    )
    # What the old rule left: a head and a conflict record offering A's first value.
    stale = [{"pointer": "/q", "base": 0, "ours": 1, "theirs": 2, "shown": "theirs"}]
    for pk, revisions, head in ((1, [ROOT, A1, B1, A2, C1], A1), (2, CLEAN, C1)):
        insert(
            connection,
            "submission",
            id=pk,
            study_id=1,
            instance_id=f"00000000-0000-4000-8000-00000000000{pk}",
            form_pk=1,
            form_version=1,
            device_id="d",
            enumerator_id=1,
            head_rev=head.rev,
            content_hash="0" * 64,
            data=dict(head.data),
            state="complete",
            attachments=[],
            respondent_pseudonyms=[],
            flags=[],
            received_at=T0,
            updated_at=T0,
        )
        for r in revisions:
            insert(
                connection,
                "submission_revision",
                submission_pk=pk,
                rev=r.rev,
                parent_rev=r.parent_rev,
                form_version=1,
                content_hash=content_hash(form_id=FORM, form_version=1, data=dict(r.data)),
                data=dict(r.data),
                device_id="d",
                batch_id="b",
                received_at=T0,
                kind="tablet",
                merged_revs=[],
            )
    insert(
        connection,
        "sync_conflict",
        study_id=1,
        submission_pk=1,
        server_rev=A1.rev,
        tablet_rev=B1.rev,
        fields=stale,
        is_open=True,
        created_at=T0,
    )


def test_branched_interviews_are_recomputed_and_keep_every_revision(url: str):
    config = alembic_config(url)
    command.upgrade(config, "0011")
    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            seed(connection)
        command.upgrade(config, "0012")
        with engine.connect() as connection:
            revs = {
                (pk, rev)
                for pk, rev in connection.exec_driver_sql(
                    "SELECT submission_pk, rev FROM submission_revision"
                )
            }
            heads: dict[int, str] = dict(
                connection.exec_driver_sql("SELECT id, head_rev FROM submission").all()  # type: ignore[arg-type]
            )
            data = {
                pk: (d if isinstance(d, dict) else json.loads(d))
                for pk, d in connection.exec_driver_sql("SELECT id, data FROM submission")
            }
            (fields,) = connection.exec_driver_sql(
                "SELECT fields FROM sync_conflict WHERE is_open"
            ).one()
        fields = fields if isinstance(fields, list) else json.loads(fields)
        # No revision id changed and none was removed.
        assert {(1, r.rev) for r in (ROOT, A1, B1, A2, C1)} | {(2, r.rev) for r in CLEAN} <= revs
        # The queue offers A's later value, never its first; the stored value is the shown one.
        (record,) = fields
        assert sorted(c["value"] for c in record["candidates"]) == [2, 3]
        assert data[1] == {"q": record[record["shown"]], "r": "b"}
        assert heads[1] == A2.rev
        # A clean merge's head is the merge revision every server derives from its leaves.
        reconciled = merge_history(CLEAN)
        merge = make_merge_revision(
            reconciled,
            reconciled.answers,
            content=content_hash(form_id=FORM, form_version=1, data=reconciled.answers),
        )
        assert (heads[2], data[2]) == (merge.rev, {"q": 1, "r": "b"})
        assert (2, merge.rev) in revs
        command.downgrade(config, "0011")
        command.upgrade(config, "0012")  # running it again changes nothing
        with engine.connect() as connection:
            again: dict[int, str] = dict(
                connection.exec_driver_sql("SELECT id, head_rev FROM submission").all()  # type: ignore[arg-type]
            )
        assert again == heads
    finally:
        engine.dispose()
