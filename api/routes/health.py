"""Liveness and readiness for load balancers and the Docker HEALTHCHECK."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.db import DatabaseUnreachable, migration_heads
from api.deps import DatabaseDep
from api.problems import problem

router = APIRouter(tags=["health"])


class HealthPublic(BaseModel):
    status: str = Field(examples=["ok"])


class ReadyPublic(BaseModel):
    status: str = Field(examples=["ready"])
    revision: str = Field(description="The schema's migration head(s), comma-separated.")


@router.get("/healthz", response_model=HealthPublic)
def get_healthz() -> HealthPublic:
    """The process is up."""
    return HealthPublic(status="ok")


@router.get("/readyz", response_model=ReadyPublic)
def get_readyz(database: DatabaseDep) -> JSONResponse | ReadyPublic:
    """The database answers and its schema is at the migrations' head."""
    try:
        current = database.schema_revisions()
    except DatabaseUnreachable:
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
    return ReadyPublic(status="ready", revision=",".join(sorted(current)))
