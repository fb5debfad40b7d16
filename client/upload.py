"""Attachments over tus 1.0 (docs/attachments.md): create, then PATCH in checksummed chunks.

After any break the client asks the server (HEAD) how much it holds and continues
from there, so no byte the server already has is sent twice. A file the study
already holds answers complete at creation and is not sent at all. The file's name
on the tablet is never sent: recordings are often named after the interviewee.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

import httpx

from client.ledger import FileToUpload, files_to_upload, mark_uploaded, save_upload_url
from client.link import LinkDown, Retrier, ServerRefused, problem_of, raise_for_device
from client.outbox import Outbox

log = logging.getLogger("chasqui.client")

ENDPOINT = "/api/v1/attachments/"
TUS = {"Tus-Resumable": "1.0.0"}
COMPLETE = "Chasqui-Upload-Complete"
# Modest chunks: with Upload-Checksum a chunk cut by the link is dropped whole.
DEFAULT_CHUNK = 1 << 20


def tus_metadata(*, sha256: str, content_type: str) -> str:
    """Only the two keys the server reads; never a filename."""
    pairs = {"sha256": sha256, "content_type": content_type}
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs.items())


def chunk_checksum(chunk: bytes) -> str:
    return "sha256 " + base64.b64encode(hashlib.sha256(chunk).digest()).decode()


class StartOver(Exception):
    """The upload is gone (404/410) or failed its whole-file check: create a new one."""


@dataclass
class UploadReport:
    files: int = 0
    deduplicated: int = 0
    bytes_sent: int = 0  # PATCH body bytes handed to the link, including cut ones


@dataclass
class Uploader:
    http: httpx.Client
    outbox: Outbox
    retrier: Retrier
    now: Callable[[], str]
    chunk_size: int = DEFAULT_CHUNK
    on_bytes: Callable[[int], None] = lambda n: None
    report: UploadReport = field(default_factory=UploadReport)

    def upload_all(self) -> UploadReport:
        for f in files_to_upload(self.outbox):
            self.upload(f)
        return self.report

    def upload(self, f: FileToUpload) -> None:
        url, restarts = f.upload_url, 0
        while True:
            try:
                url, offset = self._resume_or_create(f, url)
                self.on_bytes(offset)
                self._send_from(f, url, offset)
                break
            except StartOver:
                restarts += 1
                if restarts > 2:  # the local file does not match its own checksum
                    raise ServerRefused(460, "attachment.checksum_mismatch") from None
                url = None
                save_upload_url(self.outbox, f.sha256, None)
        mark_uploaded(self.outbox, f.sha256, now=self.now())
        self.report.files += 1

    def _resume_or_create(self, f: FileToUpload, url: str | None) -> tuple[str, int]:
        """Where to send and from which offset: a known upload's HEAD, or a new upload."""
        if url is not None:
            try:
                return url, self._head(url)
            except StartOver:
                pass
        return self._create(f)

    def _create(self, f: FileToUpload) -> tuple[str, int]:
        headers = {
            **TUS,
            "Upload-Length": str(f.size),
            "Upload-Metadata": tus_metadata(sha256=f.sha256, content_type=f.content_type),
        }
        response = self.retrier.call(lambda: self.http.post(ENDPOINT, headers=headers))
        raise_for_device(response)
        if response.status_code != 201:
            raise ServerRefused(response.status_code, str(problem_of(response).get("code", "")))
        url = str(self.http.base_url.join(response.headers["Location"]))
        save_upload_url(self.outbox, f.sha256, url)
        offset = int(response.headers.get("Upload-Offset", "0"))
        if response.headers.get(COMPLETE) == "true":
            self.report.deduplicated += 1
            offset = f.size
        return url, offset

    def _head(self, url: str) -> int:
        response = self.retrier.call(lambda: self.http.head(url, headers=TUS))
        raise_for_device(response)
        if response.status_code in (404, 410):
            raise StartOver()
        if response.status_code != 200:
            raise ServerRefused(response.status_code, "attachment.head")
        return int(response.headers["Upload-Offset"])

    def _send_from(self, f: FileToUpload, url: str, offset: int) -> None:
        """PATCH chunks from `offset`; after a break, HEAD and resume. Bounded by backoff."""
        reported, failures = offset, 0
        with open(f.path, "rb") as stream:
            while offset < f.size:
                moved = self._patch(url, stream, offset, f.size)
                if moved is None:  # a break or a lock: ask where the server stands
                    if failures >= self.retrier.backoff.attempts:
                        raise LinkDown("upload made no progress")
                    self.retrier.pause(failures)
                    failures += 1
                    moved = self._head(url)
                elif moved > offset:
                    failures = 0
                offset = moved
                if offset > reported:
                    self.on_bytes(offset - reported)
                    reported = offset

    def _patch(self, url: str, stream: BinaryIO, offset: int, size: int) -> int | None:
        stream.seek(offset)
        chunk = stream.read(min(self.chunk_size, size - offset))
        headers = {
            **TUS,
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": str(offset),
            "Upload-Checksum": chunk_checksum(chunk),
        }
        self.report.bytes_sent += len(chunk)
        try:
            response = self.http.patch(url, content=chunk, headers=headers)
        except httpx.TransportError as exc:
            log.info("upload cut at offset %d (%s); resuming", offset, type(exc).__name__)
            return None
        raise_for_device(response)
        status, problem = response.status_code, problem_of(response)
        if status == 204:
            return int(response.headers["Upload-Offset"])
        if status == 409 and isinstance(problem.get("offset"), int):
            return int(problem["offset"])
        if status in (404, 410) or problem.get("code") == "attachment.checksum_mismatch":
            raise StartOver()
        if status in (409, 423, 460) or status >= 500:
            return None  # locked by the cut request, a bad chunk, or a server hiccup
        raise ServerRefused(status, str(problem.get("code", "")))
