"""/docs and /redoc served entirely by Chasqui: no CDN, no inline script.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, so a field office without
internet sees a blank page. The assets come from the `fastapi-offline` package (Swagger UI
and ReDoc bundles, MIT and Apache-2.0); the pages and the Swagger UI start-up script are
ours, so that the Content-Security-Policy needs no exception for inline code.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS_URL = "/docs/assets"
_BUNDLED = Path(fastapi_offline.__file__).resolve().parent / "static"
_OURS = Path(__file__).resolve().parent / "static"
# Long-lived caching is safe: a new package version is a new server release.
_CACHE = {"Cache-Control": "public, max-age=604800"}

_SWAGGER_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chasqui API</title>
<link rel="icon" href="{ASSETS_URL}/favicon.png">
<link rel="stylesheet" href="{ASSETS_URL}/swagger-ui.css">
</head><body>
<div id="swagger-ui" data-openapi-url="/openapi.json"></div>
<script src="{ASSETS_URL}/swagger-ui-bundle.js"></script>
<script src="{ASSETS_URL}/swagger-init.js"></script>
</body></html>
"""

_REDOC_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chasqui API</title>
<link rel="icon" href="{ASSETS_URL}/favicon.png">
</head><body>
<redoc spec-url="/openapi.json"></redoc>
<script src="{ASSETS_URL}/redoc.standalone.js"></script>
</body></html>
"""

# Scripts from this server only, as everywhere; but both bundles inject <style> elements
# at run time (ReDoc renders nothing without them), so these two pages allow inline styles.
_DOCS_CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)
_PAGE_HEADERS = {"Content-Security-Policy": _DOCS_CSP, "Cache-Control": "no-cache"}

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def get_swagger_ui() -> HTMLResponse:
    """Swagger UI over this server's OpenAPI, with local assets only."""
    return HTMLResponse(_SWAGGER_PAGE, headers=_PAGE_HEADERS)


@router.get("/redoc")
def get_redoc() -> HTMLResponse:
    """ReDoc over this server's OpenAPI, with local assets only."""
    return HTMLResponse(_REDOC_PAGE, headers=_PAGE_HEADERS)


@router.get(f"{ASSETS_URL}/swagger-init.js")
def get_swagger_init() -> FileResponse:
    return FileResponse(_OURS / "swagger-init.js", media_type="text/javascript", headers=_CACHE)


def install_api_docs(app: FastAPI) -> None:
    """Serve /docs, /redoc and their assets (create the app with docs_url=None, redoc_url=None)."""
    app.include_router(router)
    app.mount(ASSETS_URL, StaticFiles(directory=_BUNDLED), name="api-docs-assets")
