"""Part files: the bytes of an upload in progress, sealed as they arrive from the request.

No plaintext byte of an upload rests on disk. A part file is a header (a fresh data
key for this upload, wrapped by the study's current attachment key) followed by
records, each one slice of the body sealed with AES-256-GCM under that data key:

    header:  MAGIC | kek_id length (1) | kek_id | wrap nonce (12) | wrapped data key (48)
    record:  plaintext length (4, big-endian) | nonce (12) | ciphertext + tag

Each record's associated data names the upload and the plaintext offset where it
starts, so records cannot be moved, swapped between uploads or replayed elsewhere.
Offsets the tablet sees count plaintext bytes, and always fall on record boundaries.

Invariants a resuming tablet relies on:
- The database offset counts only bytes that were fsync'd before it was written, so
  after a crash the part file may be longer than the offset, never shorter; every
  append first truncates back to the offset. A torn last record is ignored.
- One appender per part file, enforced with flock: the lock lives exactly as long as
  the open file, so a killed worker never leaves a stale lock behind, and no database
  transaction stays open while a slow link trickles in a 200 MB recording.
- A request that finds the lock taken waits for it a moment (LOCK_WAIT) before it
  answers 423, and HEAD waits the same way before reading the offset: after a cut,
  the tablet's HEAD and PATCH usually arrive while the cut request is still writing
  what reached it, and answering then would give an older offset (measured: a 423 or
  409 PATCH whose body crossed the link for nothing, up to a chunk per cut).
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import os
import struct
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from anyio import to_thread
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from attachments.tus import ChunkChecksumMismatch, UploadLocked, UploadTooLarge
from privacy import KeyRing
from privacy.crypto import DecryptionError

# Write in slices this big: few thread hops, and memory stays bounded per request.
_FLUSH_BYTES = 1 << 20
MAGIC: Final = b"CHQPART1"
_NONCE: Final = 12
_TAG: Final = 16
_LEN: Final = struct.Struct(">I")
_MAX_RECORD: Final = 64 << 20  # a larger length field is a torn or damaged record
# How long a request waits for the appender before it stands down (seconds).
LOCK_WAIT: Final = 5.0
_LOCK_POLL: Final = 0.01


class BodyCut(Exception):
    """The link broke before the request body ended (raised by the HTTP layer)."""


@dataclass(frozen=True, slots=True)
class Received:
    offset: int  # the fsync'd plaintext size of the part file after this chunk
    is_cut: bool


def part_path(parts_dir: Path, upload_id: str) -> Path:
    return parts_dir / f"{upload_id}.part"


def _take_lock(fd: int, operation: int, *, wait: float) -> bool:
    """flock `fd`, polling for up to `wait` seconds; False if it stayed taken."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, operation | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(_LOCK_POLL)


def wait_for_appender(path: Path, *, wait: float = LOCK_WAIT) -> None:
    """Return once no request is appending to this part file (or after `wait` seconds)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return
    try:
        _take_lock(fd, fcntl.LOCK_SH, wait=wait)
    finally:
        os.close(fd)  # releases the shared lock at once


def _record_aad(upload_id: str, start: int) -> bytes:
    return b"chasqui-part\x00" + upload_id.encode() + b"\x00" + struct.pack(">Q", start)


def _read_header(fd: int, ring: KeyRing, upload_id: str) -> tuple[bytes, int] | None:
    """The upload's data key and where records start, or None if unreadable."""
    head = os.pread(fd, len(MAGIC) + 1, 0)
    if len(head) != len(MAGIC) + 1 or head[: len(MAGIC)] != MAGIC:
        return None
    kid = os.pread(fd, head[-1], len(head))
    wrapped = os.pread(fd, _NONCE + 32 + _TAG, len(head) + len(kid))
    kek = ring.keys.get(kid.decode("utf-8", "replace"))
    if kek is None or len(wrapped) != _NONCE + 32 + _TAG:
        return None  # the key it was sealed with was destroyed, or a torn header
    try:
        key = AESGCM(kek).decrypt(
            wrapped[:_NONCE], wrapped[_NONCE:], head + kid + upload_id.encode()
        )
    except InvalidTag:
        return None
    return key, len(head) + len(kid) + len(wrapped)


def _new_header(ring: KeyRing, upload_id: str) -> tuple[bytes, bytes]:
    kid = ring.current.encode()
    head = MAGIC + bytes([len(kid)]) + kid
    key, nonce = os.urandom(32), os.urandom(_NONCE)
    wrapped = nonce + AESGCM(ring.current_key).encrypt(nonce, key, head + upload_id.encode())
    return key, head + wrapped


class PartFile:
    """An open part file, held under an exclusive lock until `close`; sizes are plaintext."""

    def __init__(
        self, path: Path, *, ring: KeyRing, upload_id: str, wait: float = LOCK_WAIT
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _take_lock(self.fd, fcntl.LOCK_EX, wait=wait):
            os.close(self.fd)
            raise UploadLocked("Another request is appending to this upload.")
        self.upload_id = upload_id
        try:
            self._open(ring)
        except BaseException:
            os.close(self.fd)
            raise

    def _open(self, ring: KeyRing) -> None:
        found = _read_header(self.fd, ring, self.upload_id)
        if found is None:
            # Empty, torn or sealed under a destroyed key: what it held is lost; start over.
            key, header = _new_header(ring, self.upload_id)
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, header, 0)
            os.fsync(self.fd)
            found = key, len(header)
        self.aead = AESGCM(found[0])
        # plaintext offset -> file position, at every record boundary
        self.bounds: dict[int, int] = {0: found[1]}
        self.plain, self.end = 0, found[1]
        file_size = os.fstat(self.fd).st_size
        while self.end + _LEN.size <= file_size:
            (length,) = _LEN.unpack(os.pread(self.fd, _LEN.size, self.end))
            record_end = self.end + _LEN.size + _NONCE + length + _TAG
            if length == 0 or length > _MAX_RECORD or record_end > file_size:
                break  # a torn last record
            self.plain, self.end = self.plain + length, record_end
            self.bounds[self.plain] = self.end

    def size(self) -> int:
        return self.plain

    def resumable(self, offset: int) -> int:
        """The largest record boundary at or below `offset`: where appending may go on."""
        return max(b for b in self.bounds if b <= offset)

    def truncate(self, size: int) -> None:
        size = self.resumable(size)
        self.plain, self.end = size, self.bounds[size]
        self.bounds = {b: p for b, p in self.bounds.items() if b <= size}
        os.ftruncate(self.fd, self.end)

    def write(self, data: bytes) -> None:
        if not data:
            return
        nonce = os.urandom(_NONCE)
        sealed = self.aead.encrypt(nonce, data, _record_aad(self.upload_id, self.plain))
        view = memoryview(_LEN.pack(len(data)) + nonce + sealed)
        position = self.end
        while view:
            written = os.pwrite(self.fd, view, position)
            view, position = view[written:], position + written
        self.plain, self.end = self.plain + len(data), position
        self.bounds[self.plain] = self.end

    def sync(self) -> int:
        os.fsync(self.fd)
        return self.size()

    def close(self) -> None:
        os.close(self.fd)  # releases the flock


class PartReader:
    """The plaintext of a complete part file, read in exact sizes (for resealing).

    Raises DecryptionError if any record fails authentication.
    """

    def __init__(self, path: Path, *, ring: KeyRing, upload_id: str) -> None:
        self.handle = path.open("rb")
        found = _read_header(self.handle.fileno(), ring, upload_id)
        if found is None:
            self.handle.close()
            raise DecryptionError("the part file cannot be read")
        self.aead = AESGCM(found[0])
        self.handle.seek(found[1])
        self.upload_id = upload_id
        self.offset = 0
        self.buffer = bytearray()
        self.sha256 = hashlib.sha256()

    def _next_record(self) -> bytes:
        prefix = self.handle.read(_LEN.size + _NONCE)
        if len(prefix) < _LEN.size + _NONCE:
            return b""
        (length,) = _LEN.unpack(prefix[: _LEN.size])
        sealed = self.handle.read(length + _TAG)
        try:
            plain = self.aead.decrypt(
                prefix[_LEN.size :], sealed, _record_aad(self.upload_id, self.offset)
            )
        except (InvalidTag, ValueError) as exc:
            raise DecryptionError("a part record failed authentication") from exc
        self.offset += len(plain)
        self.sha256.update(plain)
        return plain

    def read(self, size: int = -1, /) -> bytes:
        while size < 0 or len(self.buffer) < size:
            plain = self._next_record()
            if not plain:
                break
            self.buffer += plain
        if size < 0:
            size = len(self.buffer)
        out = bytes(self.buffer[:size])
        del self.buffer[:size]
        return out

    def close(self) -> None:
        self.handle.close()


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


def remove_part(path: Path) -> None:
    path.unlink(missing_ok=True)
