"""The live dashboard's stream hears every change, whichever process received it.

The stream's safety-net poll is set to 300 s, so within the tests' deadline only a
change signal can deliver an event: PostgreSQL LISTEN/NOTIFY between `chasqui serve`
processes and between `--workers`, the in-process signal on SQLite.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import queue
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import ENGINE_PARAMS, Server, free_port, running_server
from tests.unit.forms.submissions import household_answers, ngo_answers

pytestmark = pytest.mark.e2e

SLOW_POLL = {"CHASQUI_STREAM_POLL_SECONDS": "300"}
DEADLINE_S = 30


class EventStream:
    """An SSE client on its own event loop: `progress` events land in a queue as they arrive."""

    def __init__(self, base_url: str, url: str) -> None:
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._loop = asyncio.new_event_loop()
        self._task = self._loop.create_task(self._read(base_url, url))
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        with contextlib.suppress(asyncio.CancelledError, httpx.HTTPError):
            self._loop.run_until_complete(self._task)
        self._loop.close()

    async def _read(self, base_url: str, url: str) -> None:
        timeout = httpx.Timeout(10, read=None)
        async with (
            httpx.AsyncClient(base_url=base_url, timeout=timeout) as http,
            http.stream("GET", url) as response,
        ):
            fields: dict[str, str] = {}
            async for line in response.aiter_lines():
                if line:
                    name, _, value = line.partition(": ")
                    fields[name] = value
                    continue
                if fields.get("event") == "progress":
                    self.events.put({"id": fields["id"], **json.loads(fields["data"])})
                fields = {}

    def next_until(self, predicate: Any, what: str) -> dict[str, Any]:
        """The first event that satisfies `predicate`, waiting at most DEADLINE_S."""
        deadline = time.monotonic() + DEADLINE_S
        while (left := deadline - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                break
            if predicate(event):
                return event
        raise AssertionError(f"no progress event with {what} within {DEADLINE_S} s")

    def close(self) -> None:
        """Hang up at once (the server notices and ends the stream)."""
        with contextlib.suppress(RuntimeError):  # already ended: the loop is closed
            self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(timeout=10)


def _login(http: httpx.Client, username: str) -> dict[str, str]:
    login = http.post(
        "/api/v1/auth/login", json={"username": username, "password": f"{username}-demo"}
    )
    assert login.status_code == 200, login.text
    return {"Authorization": f"Bearer {login.json()['token']}"}


@contextlib.contextmanager
def _stream(server: Server, supervisor: dict[str, str]) -> Iterator[EventStream]:
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        ticket = http.post("/api/v1/studies/demo/progress/stream-ticket", headers=supervisor)
        assert ticket.status_code == 201, ticket.text
    stream = EventStream(server.base_url, ticket.json()["url"])
    try:
        yield stream
    finally:
        stream.close()


def _enroll(server: Server, http: httpx.Client) -> dict[str, str]:
    code = server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
    enrolled = http.post(
        "/api/v1/devices/enroll",
        json={"code": code.strip().splitlines()[-1], "device_label": "Tableta"},
    )
    assert enrolled.status_code == 201, enrolled.text
    return {"Authorization": f"Bearer {enrolled.json()['token']}"}


def _push(base_url: str, tablet: dict[str, str], form_id: str, data: dict[str, Any]) -> Any:
    item = {
        "instance_id": str(uuid.uuid4()),
        "form_id": form_id,
        "form_version": 1,
        "base_rev": None,
        "started_at": "2026-11-20T14:00:00Z",
        "ended_at": "2026-11-20T15:10:00Z",
        "data": data,
        "attachments": [],
    }
    # A new connection each time: with several workers, any of them may take it.
    with httpx.Client(base_url=base_url, timeout=60) as http:
        pushed = http.post(
            "/api/v1/sync/push",
            json={"batch_id": str(uuid.uuid4()), "items": [item]},
            headers=tablet,
        )
    assert pushed.status_code == 200, pushed.text
    return pushed.json()["results"][0]


def _collected(event: dict[str, Any]) -> int:
    return int(event["totals"]["collected"])


@pytest.fixture(params=ENGINE_PARAMS)
def live_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """Two uvicorn workers on PostgreSQL; one process on SQLite (which cannot have more)."""
    workers = ("--workers", "2") if request.param == "postgresql" else ()
    with running_server(
        request, request.param, tmp_path, extra_env=SLOW_POLL, serve_args=workers
    ) as server:
        yield server


def test_a_push_reaches_every_open_stream(live_server: Server):
    with httpx.Client(base_url=live_server.base_url, timeout=30) as http:
        supervisor = _login(http, "supervisor")
        tablet = _enroll(live_server, http)
    # Several streams, each on its own connection, so that on two workers some are
    # (very likely) held by the worker that does not receive the push.
    with contextlib.ExitStack() as streams:
        opened = [streams.enter_context(_stream(live_server, supervisor)) for _ in range(4)]
        first = [s.next_until(lambda e: True, "the initial summary") for s in opened]
        outcome = _push(live_server.base_url, tablet, "household", household_answers())
        assert outcome["outcome"] == "created", outcome
        for stream, before in zip(opened, first, strict=True):
            after = stream.next_until(
                lambda e, n=_collected(before): _collected(e) == n + 1, "the new interview"
            )
            assert after["id"] != before["id"]


def test_a_change_on_one_server_reaches_a_stream_on_another(request, tmp_path: Path):
    """Two `chasqui serve` processes over one PostgreSQL: stream on A, writes on B."""
    with running_server(request, "postgresql", tmp_path, extra_env=SLOW_POLL) as first:
        port = free_port()
        second = Server(
            base_url=f"http://127.0.0.1:{port}",
            env=first.env,
            workdir=tmp_path / "second",
            port=port,
        )
        second.workdir.mkdir()
        second.start()
        try:
            with httpx.Client(base_url=second.base_url, timeout=30) as http:
                supervisor = _login(http, "supervisor")
                tablet = _enroll(second, http)
            with _stream(first, supervisor) as stream:
                before = stream.next_until(lambda e: True, "the initial summary")
                invalid = ngo_answers() | {"staff_total": "muchos"}
                kept = _push(second.base_url, tablet, "ngo", invalid)
                assert kept["outcome"] == "quarantined", kept
                held = stream.next_until(
                    lambda e: e["queues"]["open_quarantine"] == 1, "the quarantined item"
                )
                assert held["id"] != before["id"]
                # A supervisor's decision writes no sync batch: it must reach the stream too.
                with httpx.Client(base_url=second.base_url, timeout=30) as http:
                    dismissed = http.post(
                        f"/api/v1/studies/demo/quarantine/{kept['quarantine_id']}/dismiss",
                        headers=supervisor,
                    )
                assert dismissed.status_code == 200, dismissed.text
                cleared = stream.next_until(
                    lambda e: e["queues"]["open_quarantine"] == 0, "the dismissal"
                )
                assert cleared["id"] != held["id"]
        finally:
            second.kill()
