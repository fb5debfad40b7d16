"""Pages, assets and JSON travel gzip-compressed when the browser or tablet asks for it."""

from __future__ import annotations

import pytest

from api.app import create_app


@pytest.mark.parametrize(
    "path",
    ["/dashboard", "/openapi.json", "/docs/assets/swagger-ui.css"],
    ids=["page", "json", "css"],
)
async def test_text_answers_are_compressed_when_asked(client, path):
    response = await client.get(path, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert "Content-Security-Policy" in response.headers  # compression keeps the headers


async def test_a_client_that_does_not_ask_gets_plain_bytes(client):
    response = await client.get("/openapi.json", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in response.headers
    assert response.json()["info"]["title"] == "Chasqui"


def test_octet_streams_and_zips_are_never_recompressed(settings, db):
    app = create_app(settings, database=db)
    gzip_layer = next(m for m in app.user_middleware if m.cls.__name__ == "GZipMiddleware")
    excluded = set(gzip_layer.kwargs["exclude_content_types"])
    assert {
        "application/zip",
        "application/octet-stream",
        "text/event-stream",
        "audio/*",
    } <= excluded
