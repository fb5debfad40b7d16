"""Real databases for every test that needs one: SQLite and PostgreSQL.

The `db` fixture is parametrized over both engines. The schema always comes from
`alembic upgrade head`. SQLite: each test gets a copy of a migrated template file.
PostgreSQL: one fresh database per run, each test inside an outer transaction that
is rolled back (app commits become savepoints).

PostgreSQL is taken from CHASQUI_TEST_POSTGRES_URL (an admin URL; default: the
local server as user postgres). When it cannot be reached the PostgreSQL half is
skipped, unless CHASQUI_TEST_REQUIRE_POSTGRES=1 (CI), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import make_url
from sqlmodel import Session

from api.app import create_app
from api.db import Database, alembic_config, create_db_engine
from api.settings import Settings

PG_ADMIN_URL = os.environ.get(
    "CHASQUI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
REQUIRE_PG = os.environ.get("CHASQUI_TEST_REQUIRE_POSTGRES") == "1"
ENGINES = [e for e in os.environ.get("CHASQUI_TEST_ENGINES", "sqlite,postgresql").split(",") if e]


def _share_route_analysis() -> None:
    """Analyse each route's signature once per test process, not once per app.

    Every test builds its own app (its own database and settings), and FastAPI analyses
    the signature and dependencies of every route again for each app, on its first
    request: about 0.4 s a test, a third of the API tests' time. That analysis depends
    only on the route's path, its endpoint and its dependencies, so the suite keeps one
    per route. Only the test process does this; servers started by the end-to-end tests
    analyse their routes as production does. If FastAPI renames the function, the suite
    is merely slower.
    """
    import fastapi.routing as routing

    build = getattr(routing, "_build_dependant_with_parameterless_dependencies", None)
    if build is None:
        return
    memo: dict[object, object] = {}

    def shared(*, path: str, call: object, dependencies: list[object]) -> object:
        key = (
            path,
            call,
            tuple(
                (
                    getattr(d, "dependency", None),
                    getattr(d, "use_cache", None),
                    getattr(d, "scope", None),
                    tuple(getattr(d, "scopes", None) or ()),
                )
                for d in dependencies
            ),
        )
        if key not in memo:
            memo[key] = build(path=path, call=call, dependencies=dependencies)
        return memo[key]

    routing._build_dependant_with_parameterless_dependencies = shared  # type: ignore[assignment]


_share_route_analysis()


def migrate(url: str) -> None:
    command.upgrade(alembic_config(url), "head")


def _pg_admin_engine() -> sa.Engine:
    return sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", pool_pre_ping=True)


def create_pg_database(prefix: str = "chasqui_test", *, template: str | None = None) -> str:
    """A fresh PostgreSQL database, empty or a copy of `template` (a URL); returns its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{make_url(template).database}"' if template else ""
    admin = _pg_admin_engine()
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{copy}')
    finally:
        admin.dispose()
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    name = make_url(url).database
    admin = _pg_admin_engine()
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def postgres_available() -> bool:
    try:
        admin = _pg_admin_engine()
        with admin.connect():
            pass
        admin.dispose()
        return True
    except sa.exc.OperationalError:
        return False


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    if not postgres_available():
        if REQUIRE_PG:
            pytest.fail(
                f"PostgreSQL is required (CHASQUI_TEST_REQUIRE_POSTGRES=1) but {PG_ADMIN_URL} is unreachable"
            )
        pytest.skip(
            "PostgreSQL not reachable; set CHASQUI_TEST_POSTGRES_URL to run the PostgreSQL half"
        )
    url = create_pg_database()
    try:
        migrate(url)
        yield url
    finally:
        drop_pg_database(url)


@pytest.fixture(scope="session")
def pg_engine(pg_url: str) -> Iterator[sa.Engine]:
    engine = create_db_engine(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "chasqui.db"
    migrate(f"sqlite:///{path}")
    return path


def _engine_params() -> list[object]:
    return [pytest.param(e, id=e) for e in ("sqlite", "postgresql") if e in ENGINES]


@pytest.fixture(params=_engine_params())
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        path = tmp_path / "chasqui.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        engine = create_db_engine(f"sqlite:///{path}")
        yield Database(engine)
        engine.dispose()
        return
    engine = request.getfixturevalue("pg_engine")
    connection = engine.connect()
    outer = connection.begin()
    yield Database(
        engine,
        session_factory=lambda _writer: Session(
            bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
        ),
    )
    outer.rollback()
    connection.close()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with db.session() as s:
        yield s


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url="sqlite:///unused.db",
        attachment_dir=tmp_path / "attachments",
        secret_key="test-secret-key-test-secret-key-0123",  # type: ignore[arg-type]
        prepare_workers=1,  # in-process; tests/api/test_push_parallel.py covers the pool
        job_runner="inline",  # jobs run in the request; tests/integration/test_job_queue.py
    )


@pytest.fixture
def app(settings: Settings, db: Database):
    return create_app(settings, database=db)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://chasqui.test") as c:
        yield c
