"""The poor link: bounded retries with backoff, and the problems that stop a sync.

Only transport failures and answers that mean "try later" (429, 5xx) are retried.
Everything the client sends is safe to send twice: batches replay under their
batch_id, and tus resumes from the server's offset.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from client.batching import Backoff

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class SyncStopped(Exception):
    """A sync ended early; everything not acknowledged is still in the outbox."""

    key = "sync_stopped"


class LinkDown(SyncStopped):
    key = "link_down"


class DeviceRefused(SyncStopped):
    """401/403: the token no longer works. The outbox is kept for re-enrollment."""

    key = "device_refused"

    def __init__(self, status: int, code: str, reason: str | None) -> None:
        super().__init__(f"{status} {code} {reason or ''}".strip())
        self.status, self.code, self.reason = status, code, reason
        if reason == "device_revoked":
            self.key = "device_revoked"


class ServerRefused(SyncStopped):
    key = "server_refused"

    def __init__(self, status: int, code: str) -> None:
        super().__init__(f"{status} {code}")
        self.status, self.code = status, code


class NotEnrolled(SyncStopped):
    key = "not_enrolled"


def problem_of(response: httpx.Response) -> dict[str, Any]:
    """The RFC 9457 problem in an error answer, or {} (HEAD answers have no body)."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def raise_for_device(response: httpx.Response) -> None:
    if response.status_code in (401, 403):
        problem = problem_of(response)
        reason = problem.get("reason")
        raise DeviceRefused(
            response.status_code,
            str(problem.get("code", "")),
            str(reason) if reason is not None else None,
        )


@dataclass
class Retrier:
    """Call a request until it gets an answer worth reading, pausing with jitter between."""

    backoff: Backoff = field(default_factory=Backoff)
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = random.random
    retries: int = 0  # how many times a request was tried again, for reports

    def pause(self, attempt: int) -> None:
        """Sleep before retry number `attempt` (0-based), on the same schedule as `call`."""
        delays = list(self.backoff.delays(self.rand))
        self.retries += 1
        self.sleep(delays[min(attempt, len(delays) - 1)] if delays else 0.0)

    def call(self, send: Callable[[], httpx.Response]) -> httpx.Response:
        """Send; retry transport failures and 429/5xx; raise LinkDown when out of attempts."""
        delays = self.backoff.delays(self.rand)
        while True:
            try:
                response = send()
                if response.status_code not in RETRY_STATUSES:
                    return response
                failure = f"HTTP {response.status_code}"
            except httpx.TransportError as exc:
                failure = type(exc).__name__
            delay = next(delays, None)
            if delay is None:
                raise LinkDown(failure)
            self.retries += 1
            self.sleep(delay)
