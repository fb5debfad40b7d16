"""Migration 0009 keeps every feed entry and makes (user, study, seq) unique, both ways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from api.db import alembic_config, create_db_engine
from tests.conftest import ENGINES, create_pg_database, drop_pg_database


@pytest.fixture(params=[e for e in ("sqlite", "postgresql") if e in ENGINES])
def url(request, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'm.db'}"
        return
    request.getfixturevalue("pg_url")  # skips or fails as the suite is configured
    created = create_pg_database("chasqui_migr_feed")
    yield created
    drop_pg_database(created)


def _seed(connection: sa.Connection) -> None:
    connection.exec_driver_sql(
        "INSERT INTO study (id, slug, name, k_anonymity, created_at)"
        " VALUES (1, 'demo', 'Demo', 5, '2026-11-28 00:00:00'),"
        " (2, 'otra', 'Otra', 5, '2026-11-28 00:00:00')"
    )
    connection.exec_driver_sql(
        "INSERT INTO user_account (id, username, display_name, password_hash, is_superuser,"
        " is_active, created_at) VALUES (1, 'enum', '', 'x', false, true, '2026-11-28 00:00:00')"
    )
    # The same numbers in both studies: allowed, since each study counts on its own.
    for study_id in (1, 2):
        for seq in (1, 2):
            connection.exec_driver_sql(
                "INSERT INTO feed_entry (study_id, user_id, seq, kind, ref, payload, created_at)"
                f" VALUES ({study_id}, 1, {seq}, 'form', 'ngo', '{{}}', '2026-11-28 00:00:00')"
            )


def _entries(engine: sa.Engine) -> list[tuple[int, int, int]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT study_id, user_id, seq FROM feed_entry ORDER BY study_id, seq"
        ).all()
    return [tuple(r) for r in rows]


def test_feed_entries_survive_and_numbers_are_unique_per_study(url: str):
    config = alembic_config(url)
    command.upgrade(config, "0008")
    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            _seed(connection)
        before = _entries(engine)
        command.upgrade(config, "0009")
        assert _entries(engine) == before
        indexes = {i["name"]: i for i in sa.inspect(engine).get_indexes("feed_entry")}
        assert "ix_feed_entry_user_seq" not in indexes
        assert indexes["ix_feed_entry_user_study_seq"]["unique"]
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO feed_entry (study_id, user_id, seq, kind, ref, payload, created_at)"
                " VALUES (1, 1, 2, 'form', 'ngo', '{}', '2026-11-28 00:00:00')"
            )
        command.downgrade(config, "0008")
        assert _entries(engine) == before
    finally:
        engine.dispose()
