"""The request dependencies of `api/deps.py` share the request's session and app state."""

from __future__ import annotations

from api.db import SessionDep
from api.deps import AuditDep, BlobStoreDep, KeyRingsDep


async def test_audit_writer_and_key_rings_use_the_request_session(app, client):
    # Audit rows and keys made on first use must commit (or roll back) with the route's writes.
    @app.get("/probe-deps")
    def probe(
        session: SessionDep, audit: AuditDep, rings: KeyRingsDep, blobs: BlobStoreDep
    ) -> dict[str, bool]:
        return {
            "audit": audit.session is session,
            "rings": rings.session is session,
            "blobs": blobs is app.state.blob_store,
        }

    answer = await client.get("/probe-deps")
    assert answer.json() == {"audit": True, "rings": True, "blobs": True}
