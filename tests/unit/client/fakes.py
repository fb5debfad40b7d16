"""An in-memory fake of the server's push, tus and pull routes, for httpx.MockTransport."""

from __future__ import annotations

import base64
import gzip
import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from client.outbox import NewInterview, Outbox


def tablet(tmp_path, count: int = 0) -> Outbox:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    outbox.set_meta("server_url", "http://chasqui.test")
    outbox.set_meta("token", "chq_test")
    for i in range(count):
        outbox.record(
            NewInterview(f"00000000-0000-4000-8000-{i:012d}", "ngo", 1, {"n": i}),
            now="2026-11-20T18:00:00+00:00",
        )
    return outbox


@dataclass
class FakeServer:
    max_items: int = 1000
    revoked: bool = False
    lose_answers: int = 0  # push answers to lose on the way back
    bodies: dict[str, bytes] = field(default_factory=dict)
    stored: dict[str, int] = field(default_factory=dict)
    pushes: int = 0
    uploads: dict[str, bytearray] = field(default_factory=dict)
    lengths: dict[str, int] = field(default_factory=dict)
    patch_offsets: list[int] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)
    cut_every: int = 0  # store a PATCH, then lose its answer, every n-th time
    pages: list[dict[str, Any]] | None = None
    cursors: list[str | None] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.revoked:
            return httpx.Response(
                401, json={"code": "auth.unauthenticated", "reason": "device_revoked"}
            )
        path = request.url.path
        if path == "/api/v1/sync/push":
            return self.push(request)
        if path.startswith("/api/v1/attachments/"):
            return self.tus(request, path.removeprefix("/api/v1/attachments/"))
        if path == "/api/v1/sync/pull":
            return self.pull(request)
        if path == "/api/v1/forms":
            return httpx.Response(304)
        return httpx.Response(404, json={"code": "http.not_found"})

    def push(self, request: httpx.Request) -> httpx.Response:
        self.pushes += 1
        raw = gzip.decompress(request.content)
        body = json.loads(raw)
        if len(body["items"]) > self.max_items:
            return httpx.Response(
                413, json={"code": "sync.batch_too_large", "limit_items": self.max_items}
            )
        assert self.bodies.setdefault(body["batch_id"], raw) == raw, "same batch_id, same body"
        results = []
        for item in body["items"]:
            seen = item["instance_id"] in self.stored
            self.stored[item["instance_id"]] = self.stored.get(item["instance_id"], 0) + (not seen)
            results.append(
                {
                    "instance_id": item["instance_id"],
                    "outcome": "duplicate" if seen else "created",
                    "code": "ok",
                    "rev": "1-x",
                    "missing_attachments": [a["sha256"] for a in item["attachments"]],
                }
            )
        if self.lose_answers:
            self.lose_answers -= 1
            raise httpx.ReadError("answer lost", request=request)
        return httpx.Response(200, json={"batch_id": body["batch_id"], "results": results})

    def tus(self, request: httpx.Request, upload_id: str) -> httpx.Response:
        if request.method == "POST":
            self.metadata.append(request.headers["Upload-Metadata"])
            upload_id = str(len(self.uploads) + 1)
            self.uploads[upload_id] = bytearray()
            self.lengths[upload_id] = int(request.headers["Upload-Length"])
            return httpx.Response(
                201, headers={"Location": f"/api/v1/attachments/{upload_id}", "Upload-Offset": "0"}
            )
        held = self.uploads[upload_id]
        if request.method == "HEAD":
            return httpx.Response(200, headers={"Upload-Offset": str(len(held))})
        offset = int(request.headers["Upload-Offset"])
        self.patch_offsets.append(offset)
        if offset != len(held):
            return httpx.Response(
                409, json={"code": "attachment.offset_mismatch", "offset": len(held)}
            )
        held.extend(request.content)
        if self.cut_every and len(self.patch_offsets) % self.cut_every == 0:
            raise httpx.ReadError("answer lost", request=request)
        return httpx.Response(204, headers={"Upload-Offset": str(len(held))})

    def pull(self, request: httpx.Request) -> httpx.Response:
        self.cursors.append(request.url.params.get("cursor"))
        if self.pages is None:
            return httpx.Response(404, json={"code": "http.not_found"})
        return httpx.Response(200, json=self.pages.pop(0))


def metadata_keys(header: str) -> dict[str, str]:
    pairs = (p.split(" ") for p in header.split(","))
    return {k: base64.b64decode(v).decode() for k, v in pairs}
