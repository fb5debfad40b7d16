"""Liveness and readiness for load balancers and the Docker HEALTHCHECK."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from api.db import Database, current_revisions, migration_heads
from api.problems import problem

router = APIRouter(tags=["health"])


@router.get("/healthz")
def get_healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz", response_model=None)
def get_readyz(request: Request) -> JSONResponse | dict[str, str]:
    """The database answers and its schema is at the migrations' head."""
    database: Database = request.app.state.database
    try:
        with database.engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
            current = current_revisions(connection)
    except sa.exc.SQLAlchemyError:
        return problem(503, "health.database_unreachable", "Database unreachable")
    heads = migration_heads()
    if current != heads:
        return problem(
            503,
            "health.migrations_behind",
            "Migrations behind",
            "Run `chasqui db upgrade`.",
            current=sorted(current),
            head=sorted(heads),
        )
    return {"status": "ready", "revision": ",".join(sorted(current))}
