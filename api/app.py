"""The FastAPI application: settings in, routes and guards wired, nothing global."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

from api.apidocs import install_api_docs
from api.background import build_queue, running
from api.db import Database, create_db_engine
from api.guards import guard_request
from api.middleware import (
    BodyRule,
    RequestGuard,
    SecurityHeaders,
    content_security_policy,
    hide_query_strings_in_access_log,
)
from api.openapi import install_openapi
from api.pages import install_pages
from api.problems import UnhandledAsProblem, install_problem_handlers
from api.routes import (
    attachments,
    auth,
    conflicts,
    dashboard,
    devices,
    exports,
    forms,
    health,
    holds,
    interviews,
    privacy,
    progress,
    quarantine,
    review,
    studies,
    sync,
)
from api.settings import Settings, blob_store_from_settings
from forms.xlsform import MAX_BYTES as XLSFORM_MAX_BYTES
from monitor.changes import ChangeHub, install_change_signals
from sync.parallel import PreparePool, default_workers
from sync.store import mark_attachments_received

log = logging.getLogger("chasqui.api")

API_DESCRIPTION = """
Chasqui receives interviews that tablets collected offline, anonymizes them before
anything is written, and lets supervisors follow the fieldwork.

Tablets authenticate with a **device token** (from `POST /api/v1/devices/enroll`);
people with a **session token** (from `POST /api/v1/auth/login`). Every error is an
RFC 9457 problem (`application/problem+json`) with a stable `code`.
"""


def serve_app() -> FastAPI:
    """The app `chasqui serve` runs in each worker process.

    Start-up leaves about 190,000 long-lived objects (the routes, models, form and
    privacy lexicons) that the garbage collector would otherwise walk again in every full
    collection, and a large push triggers several. Frozen once built, they are skipped.
    """
    app = create_app()
    gc.collect()
    gc.freeze()
    return app


def create_app(settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or Settings()
    database = database or Database(create_db_engine(settings.database_url))

    pool = PreparePool(settings.prepare_workers or default_workers())
    install_change_signals()
    changes = ChangeHub()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if not database.is_migrated():
            log.warning("database schema is behind the migrations; run `chasqui db upgrade`")
        pool.warm_up()
        await changes.start(settings.database_url)
        async with running(_app.state.jobs):
            yield
        await changes.stop()
        pool.close()

    app = FastAPI(
        title="Chasqui",
        version="0.1.0",
        description=API_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by api/apidocs.py with local assets
        redoc_url=None,
        dependencies=[Depends(guard_request)],
    )
    app.state.settings = settings
    app.state.database = database
    app.state.prepare = pool
    app.state.blob_store = blob_store_from_settings(settings)  # attachments and exports
    app.state.changes = changes  # wakes the live dashboard's streams (monitor/changes.py)
    # callables(session, *, study_id, sha256), see attachments/store
    app.state.on_blob_stored = [mark_attachments_received]
    app.state.jobs = build_queue(app, settings, database)  # exports, purges: api/background.py
    install_problem_handlers(app)
    install_api_docs(app)
    hide_query_strings_in_access_log()
    # Innermost: a 500 is answered here, so the server keeps the connection open.
    app.add_middleware(UnhandledAsProblem)
    app.add_middleware(
        RequestGuard,
        rules=[
            BodyRule(
                prefix="/api/v1/attachments",
                max_bytes=settings.max_upload_bytes,
                media_types=("application/offset+octet-stream",),
                buffered=False,  # tus PATCH bodies stream to disk as they arrive
            ),
            # Gzip bodies are counted compressed here and inflated under the same cap.
            BodyRule(prefix="/api/v1/sync/push", max_bytes=settings.max_batch_bytes),
            # Web app forms (api/pages): posted as HTML forms, not JSON.
            BodyRule(
                prefix="/app/",
                max_bytes=settings.max_body_bytes,
                media_types=("application/x-www-form-urlencoded", "multipart/form-data"),
            ),
            BodyRule(
                prefix="/api/v1/studies/",
                suffix="/forms/import-xlsform",
                max_bytes=XLSFORM_MAX_BYTES + 64 * 1024,  # the workbook plus multipart framing
                media_types=("multipart/form-data",),
            ),
        ],
        default=BodyRule(prefix="", max_bytes=settings.max_body_bytes),
    )
    # Outermost, so the guard's own problems carry the headers too.
    app.add_middleware(SecurityHeaders, csp=content_security_policy())
    # Pages, JSON and assets travel compressed on a field office's poor link; recordings,
    # zips, byte ranges and the live stream are left alone (Starlette's defaults + octet streams).
    app.add_middleware(
        GZipMiddleware,
        minimum_size=1024,
        exclude_content_types=(
            *DEFAULT_EXCLUDED_CONTENT_TYPES,
            "application/octet-stream",
            "application/offset+octet-stream",
        ),
    )
    for router in (
        health.router,
        auth.router,
        studies.router,
        devices.router,
        forms.router,
        attachments.router,
        sync.router,
        privacy.router,
        progress.router,
        review.router,
        dashboard.router,
        conflicts.router,
        quarantine.router,
        holds.router,
        interviews.router,
        exports.router,
        exports.jobs_router,
    ):
        app.include_router(router)
    install_pages(app)
    install_openapi(app)
    return app
