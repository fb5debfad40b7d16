"""SyncClient: the reference tablet client, one object per client home directory.

    client = SyncClient(Path("~/.chasqui").expanduser())
    client.enroll("JDV3-JXFR-PE66", server_url="https://chasqui.example", label="Tableta 3")
    client.collect_file(Path("export.json"))
    report = client.sync()          # push, upload attachments, refresh forms, pull
    client.status()                 # waiting / acknowledged / conflicts / quarantined

The home holds `outbox.sqlite` and `files/` (recordings kept under their sha256).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import httpx

from client import ledger, wording
from client.batching import Backoff, Limits
from client.collect import read_export, to_interview
from client.forget import Forgotten, forget_acknowledged
from client.link import (
    DeviceRefused,
    NotEnrolled,
    Retrier,
    ServerRefused,
    SyncStopped,
    problem_of,
)
from client.outbox import Outbox
from client.pull import PullReport, pull_changes, refresh_forms
from client.push import Pusher, PushReport
from client.upload import DEFAULT_CHUNK, Uploader, UploadReport


class Progress(Protocol):
    """Told about work as it happens; the CLI draws bars from it."""

    def start(self, *, items: int, bytes_total: int) -> None: ...
    def advance_items(self, n: int) -> None: ...
    def advance_bytes(self, n: int) -> None: ...


class NoProgress:
    def start(self, *, items: int, bytes_total: int) -> None:
        return None

    def advance_items(self, n: int) -> None:
        return None

    def advance_bytes(self, n: int) -> None:
        return None


@dataclass
class ClientConfig:
    limits: Limits = field(default_factory=Limits)
    backoff: Backoff = field(default_factory=Backoff)
    chunk_size: int = DEFAULT_CHUNK  # the largest tus chunk; halved after each cut
    chunk_checksums: bool = False  # Upload-Checksum per chunk (a cut chunk is lost whole)
    timeout: float = 60.0
    pull_limit: int = 200


@dataclass
class SyncReport:
    push: PushReport
    upload: UploadReport
    pull: PullReport
    forms_changed: bool
    retries: int


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SyncClient:
    def __init__(
        self,
        home: Path,
        *,
        config: ClientConfig | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        transport: httpx.BaseTransport | None = None,
        now: Callable[[], str] = utc_now,
    ) -> None:
        self.home = home
        self.config = config or ClientConfig()
        self.outbox = Outbox(home / "outbox.sqlite")
        self.sleep, self.rand, self.transport, self.now = sleep, rand, transport, now

    def close(self) -> None:
        self.outbox.close()

    def _http(self, server_url: str, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(
            base_url=server_url,
            headers=headers,
            timeout=self.config.timeout,
            transport=self.transport,
        )

    def enroll(self, code: str, *, server_url: str, label: str) -> dict[str, Any]:
        """Exchange a one-time code for a device token; the outbox keeps it."""
        with self._http(server_url) as http:
            retrier = Retrier(self.config.backoff, self.sleep, self.rand)
            body = {"code": code, "device_label": label}
            response = retrier.call(lambda: http.post("/api/v1/devices/enroll", json=body))
        if response.status_code != 201:
            raise ServerRefused(response.status_code, str(problem_of(response).get("code", "")))
        enrolled: dict[str, Any] = response.json()
        for key, value in (
            ("server_url", server_url),
            ("device_id", enrolled["device_id"]),
            ("token", enrolled["token"]),
            ("study", enrolled["study"]),
        ):
            self.outbox.set_meta(key, value)
        return {"device_id": enrolled["device_id"], "study": enrolled["study"]}

    def collect(self, entry: dict[str, Any], *, base: Path) -> str:
        """Queue one exported interview; returns its instance_id."""
        interview = to_interview(entry, base=base, files_dir=self.home / "files")
        self.outbox.record(interview, now=self.now())
        return interview.instance_id

    def collect_file(self, path: Path) -> list[str]:
        """Queue every interview in an export file; all are checked before any is queued.

        Collecting the same export twice queues nothing new: instance ids already on
        the tablet are skipped.
        """
        interviews = [
            to_interview(e, base=path.parent, files_dir=self.home / "files")
            for e in read_export(path)
        ]
        for interview in interviews:
            self.outbox.record(interview, now=self.now())
        return [i.instance_id for i in interviews]

    def edit(self, instance_id: str, data: dict[str, Any]) -> None:
        self.outbox.edit(instance_id.lower(), data, now=self.now())

    def status(self) -> ledger.Status:
        return ledger.read_status(self.outbox)

    def receipts(self, instance_id: str | None = None) -> list[ledger.ReceiptEntry]:
        return ledger.read_receipts(self.outbox, instance_id)

    def describe(self, report: PushReport, lang: str) -> list[wording.Said]:
        """What the push did to each interview, in words (fields by the form's labels)."""
        said = []
        for r in report.latest.values():
            document = ledger.form_document_of(self.outbox, r.instance_id)
            reason = wording.explain(
                outcome=r.outcome, code=r.code, problems=r.problems, lang=lang, document=document
            )
            said.append(wording.Said(r.instance_id, wording.group_of(r.outcome, r.code), reason))
        return said

    def forget(self, instance_ids: list[str] | None = None) -> Forgotten:
        """Erase acknowledged interviews (all when None); refuses if one named is not."""
        forgotten = forget_acknowledged(self.outbox, instance_ids=instance_ids, now=self.now())
        for path in forgotten.freed_files:
            Path(path).unlink(missing_ok=True)
        return forgotten

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Push, upload what the server lacks, refresh forms, pull; stop on a refusal."""
        progress = progress or NoProgress()
        server_url, token = self.outbox.get_meta("server_url"), self.outbox.get_meta("token")
        if not server_url or not token:
            raise NotEnrolled("not enrolled")
        before = self.status()
        progress.start(items=before.waiting, bytes_total=before.bytes_waiting)
        retrier = Retrier(self.config.backoff, self.sleep, self.rand)
        with self._http(server_url, token) as http:
            pusher = Pusher(
                http,
                self.outbox,
                retrier,
                self.config.limits,
                self.now,
                on_items=progress.advance_items,
            )
            pushed = pusher.push_all()
            uploader = Uploader(
                http,
                self.outbox,
                retrier,
                self.now,
                self.config.chunk_size,
                self.config.chunk_checksums,
                on_bytes=progress.advance_bytes,
            )
            uploaded = uploader.upload_all()
            forms_changed, pulled = self._news(http, retrier)
        return SyncReport(pushed, uploaded, pulled, forms_changed, retrier.retries)

    def _news(self, http: httpx.Client, retrier: Retrier) -> tuple[bool, PullReport]:
        """Forms and the pull feed. Best effort: what was sent is already safe, so a
        failure here is reported, not raised (a refused device still stops the sync)."""
        forms_changed, pulled = False, PullReport()
        try:
            forms_changed = refresh_forms(http, self.outbox, retrier)
            pulled = pull_changes(
                http, self.outbox, retrier, now=self.now, limit=self.config.pull_limit
            )
        except DeviceRefused:
            raise
        except SyncStopped as exc:
            pulled.error = exc.key  # a message key (client/messages.py), never an exception name
        return forms_changed, pulled
