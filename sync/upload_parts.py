"""Part files: the bytes of an upload in progress, appended from a streamed request body.

Invariants a resuming tablet relies on:
- The database offset counts only bytes that were fsync'd before it was written, so
  after a crash the part file may be longer than the offset, never shorter; every
  append first truncates back to the offset.
- One appender per part file, enforced with flock: the lock lives exactly as long as
  the open file, so a killed worker never leaves a stale lock behind, and no database
  transaction stays open while a slow link trickles in a 200 MB recording.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from anyio import to_thread

from sync.tus import ChunkChecksumMismatch, UploadLocked, UploadTooLarge

# Write in slices this big: few thread hops, and memory stays bounded per request.
_FLUSH_BYTES = 1 << 20


class BodyCut(Exception):
    """The link broke before the request body ended (raised by the HTTP layer)."""


@dataclass(frozen=True, slots=True)
class Received:
    offset: int  # the fsync'd size of the part file after this chunk
    is_cut: bool


def part_path(parts_dir: Path, upload_id: str) -> Path:
    return parts_dir / f"{upload_id}.part"


class PartFile:
    """An open part file, held under an exclusive lock until `close`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise UploadLocked("Another request is appending to this upload.") from None

    def size(self) -> int:
        return os.fstat(self.fd).st_size

    def truncate(self, size: int) -> None:
        os.ftruncate(self.fd, size)
        os.lseek(self.fd, size, os.SEEK_SET)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]

    def sync(self) -> int:
        os.fsync(self.fd)
        return self.size()

    def close(self) -> None:
        os.close(self.fd)  # releases the flock


async def receive_chunk(
    body: AsyncIterator[bytes], part: PartFile, *, start: int, room: int, checksum: bytes | None
) -> Received:
    """Append `body` at `start`, keeping what arrived if the link breaks.

    With a promised `checksum` a cut chunk cannot be verified, so it is dropped whole;
    a chunk that does not match is dropped and refused. More than `room` bytes is
    refused too: the upload would outgrow its declared length.
    """
    hasher = hashlib.sha256()
    pending = bytearray()
    received = 0
    is_cut = False
    await to_thread.run_sync(part.truncate, start)
    try:
        async for data in body:
            received += len(data)
            if received > room:
                await to_thread.run_sync(part.truncate, start)
                raise UploadTooLarge("The chunk runs past Upload-Length.")
            hasher.update(data)
            pending += data
            if len(pending) >= _FLUSH_BYTES:
                await to_thread.run_sync(part.write, bytes(pending))
                pending.clear()
    except BodyCut:
        is_cut = True
    await to_thread.run_sync(part.write, bytes(pending))
    if checksum is not None and (is_cut or not hmac.compare_digest(hasher.digest(), checksum)):
        await to_thread.run_sync(part.truncate, start)
        if not is_cut:
            raise ChunkChecksumMismatch("The chunk does not match Upload-Checksum; send it again.")
    return Received(offset=await to_thread.run_sync(part.sync), is_cut=is_cut)


def file_sha256(path: Path) -> str:
    """Hex digest of a whole file, read in slices (recordings run to hundreds of MB)."""
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        while data := handle.read(_FLUSH_BYTES):
            hasher.update(data)
    return hasher.hexdigest()


def remove_part(path: Path) -> None:
    path.unlink(missing_ok=True)
