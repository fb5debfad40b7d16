"""Attachments over tus 1.0 (docs/attachments.md): create, then PATCH in chunks.

After any break the client asks the server (HEAD) how much it holds and continues
from there, so no byte the server already has is sent twice. Chunks go without
`Upload-Checksum` by default: the server then keeps every byte of a cut chunk that
reached it, and the whole file is still checked against its sha256 at the end. With
a per-chunk checksum a cut chunk is dropped whole (it cannot be verified), which on
a link cut every 7 MB re-sent 15 % of a recording with 1 MiB chunks. The chunk size
follows the link: halved after a cut, doubled again after a run of good chunks.
A file the study already holds answers complete at creation and is not sent at all.
The file's name on the tablet is never sent: recordings are often named after the
interviewee.
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
# Few requests on a good link (headers cost ~450 bytes each); smaller after cuts.
DEFAULT_CHUNK = 4 << 20
MIN_CHUNK = 64 << 10
# Good chunks in a row before the chunk size doubles again.
GROW_AFTER = 4
# Seconds before a second HEAD when the first one shows nothing of a cut chunk.
RECHECK_PAUSE = 0.2


def next_chunk_size(current: int, *, cut: bool, streak: int, ceiling: int) -> int:
    """Pure: the next chunk size: half after a cut, double after GROW_AFTER good chunks."""
    if cut:
        return max(MIN_CHUNK, min(current, ceiling) // 2)
    if streak > 0 and streak % GROW_AFTER == 0:
        return min(ceiling, current * 2)
    return min(current, ceiling)


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
    chunk_size: int = DEFAULT_CHUNK  # the largest chunk; the link may get smaller ones
    chunk_checksums: bool = False  # Upload-Checksum per chunk: a cut chunk is then lost whole
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
        reported, failures, streak, probe = offset, 0, 0, False
        chunk = self.chunk_size
        with open(f.path, "rb") as stream:
            while offset < f.size:
                # The first chunk after a cut is small: a HEAD that reached the server
                # before the cut request did gives an older offset, and the PATCH
                # refused for it (409) has crossed the link for nothing.
                size = min(chunk, MIN_CHUNK) if probe else chunk
                moved = self._patch(url, stream, offset, f.size, size)
                probe = moved is None
                if moved is None:  # a break or a lock: ask where the server stands
                    if failures >= self.retrier.backoff.attempts:
                        raise LinkDown("upload made no progress")
                    self.retrier.pause(failures)
                    failures, streak = failures + 1, 0
                    chunk = next_chunk_size(chunk, cut=True, streak=0, ceiling=self.chunk_size)
                    moved = self._head(url)
                    if moved == offset:
                        # Nothing of the cut chunk recorded: the HEAD may have overtaken
                        # the cut request on the server; ask again after a moment.
                        self.retrier.sleep(RECHECK_PAUSE)
                        moved = self._head(url)
                    log.info("upload resumes at offset %d, chunks of %d", moved, chunk)
                elif moved > offset:
                    failures, streak = 0, streak + 1
                    chunk = next_chunk_size(
                        chunk, cut=False, streak=streak, ceiling=self.chunk_size
                    )
                offset = moved
                if offset > reported:
                    self.on_bytes(offset - reported)
                    reported = offset

    def _patch(
        self, url: str, stream: BinaryIO, offset: int, size: int, chunk_size: int | None = None
    ) -> int | None:
        """Send one chunk from `offset`; the server's new offset, or None to ask HEAD."""
        stream.seek(offset)
        chunk = stream.read(min(chunk_size or self.chunk_size, size - offset))
        headers = {
            **TUS,
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": str(offset),
        }
        if self.chunk_checksums:
            headers["Upload-Checksum"] = chunk_checksum(chunk)
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
