"""Migrations are the only source of the schema: they run both ways and match the models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import api.models  # noqa: F401
from api.db import alembic_config, create_db_engine
from core.metadata import metadata
from migrations.env_filters import include_name
from tests.conftest import ENGINES, create_pg_database, drop_pg_database


@pytest.fixture(params=[e for e in ("sqlite", "postgresql") if e in ENGINES])
def empty_url(request, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'm.db'}"
        return
    request.getfixturevalue("pg_url")  # skips or fails as the suite is configured
    url = create_pg_database("chasqui_migr")
    yield url
    drop_pg_database(url)


def test_upgrade_downgrade_upgrade(empty_url: str):
    config = alembic_config(empty_url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    engine = create_db_engine(empty_url)
    with engine.connect() as connection:
        assert set(sa.inspect(connection).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    command.upgrade(config, "head")


def test_models_and_migrations_agree(empty_url: str):
    command.upgrade(alembic_config(empty_url), "head")
    engine = create_db_engine(empty_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert diff == []
