"""Attachment encryption at rest: envelope AES-256-GCM in a chunked streaming format.

A random data key per file (passed in by the caller: this module reads no randomness)
encrypts the file in 64 KiB chunks; the study key (KEK) wraps the data key. Each chunk
nonce is a 7-byte per-file prefix + 4-byte chunk counter + 1-byte final flag, and the
same counter and flag are authenticated, so chunks cannot be reordered, dropped or the
file cut short without decryption failing. A 200 MB recording never sits in memory.

Layout: MAGIC | kek_id length (1) | kek_id | nonce_prefix (7) | wrapped key (60) |
chunks of (ciphertext + 16-byte tag).
"""

from __future__ import annotations

import struct
from datetime import datetime, timedelta
from typing import BinaryIO, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC: Final = b"CHQENC1\n"
CHUNK: Final = 64 * 1024
PREFIX_BYTES: Final = 7
TAG_BYTES: Final = 16
_WRAP_NONCE: Final = b"\x00" * 12  # safe: each data key is wrapped exactly once


class DecryptionError(ValueError):
    """The file was tampered with, truncated, or the key is wrong."""

    code = "privacy.decryption_failed"


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + struct.pack(">I?", index, final)


def encrypt_stream(
    src: BinaryIO, dst: BinaryIO, *, kek: bytes, kek_id: str, data_key: bytes, nonce_prefix: bytes
) -> None:
    """Encrypt ``src`` into ``dst`` under a fresh data key wrapped by the study key."""
    if len(data_key) != 32 or len(kek) != 32 or len(nonce_prefix) != PREFIX_BYTES:
        raise ValueError("keys are 32 bytes and the nonce prefix 7 bytes")
    kid = kek_id.encode("utf-8")
    header = MAGIC + bytes([len(kid)]) + kid + nonce_prefix
    # The header is bound to the wrapped key, so a swapped key id or prefix fails.
    wrapped = _WRAP_NONCE + AESGCM(kek).encrypt(_WRAP_NONCE, data_key, header)
    dst.write(header + wrapped)
    aead = AESGCM(data_key)
    index, chunk = 0, src.read(CHUNK)
    while True:
        following = src.read(CHUNK)
        final = not following
        dst.write(aead.encrypt(_nonce(nonce_prefix, index, final), chunk, header))
        if final:
            return
        index, chunk = index + 1, following


def read_kek_id(src: BinaryIO) -> str:
    """Return the id of the study key a file was encrypted under (and rewind)."""
    start = src.tell()
    header = src.read(len(MAGIC) + 1)
    if header[: len(MAGIC)] != MAGIC or len(header) != len(MAGIC) + 1:
        raise DecryptionError("not a Chasqui encrypted file")
    kek_id = src.read(header[-1]).decode("utf-8")
    src.seek(start)
    return kek_id


def decrypt_stream(src: BinaryIO, dst: BinaryIO, *, kek: bytes) -> None:
    """Decrypt a file written by `encrypt_stream`; raises `DecryptionError` on any damage."""
    magic = src.read(len(MAGIC) + 1)
    if magic[: len(MAGIC)] != MAGIC or len(magic) != len(MAGIC) + 1:
        raise DecryptionError("not a Chasqui encrypted file")
    kid = src.read(magic[-1])
    prefix = src.read(PREFIX_BYTES)
    header = magic + kid + prefix
    wrapped = src.read(12 + 32 + TAG_BYTES)
    try:
        data_key = AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], header)
        aead = AESGCM(data_key)
        index, block = 0, src.read(CHUNK + TAG_BYTES)
        while True:
            following = src.read(CHUNK + TAG_BYTES)
            final = not following
            dst.write(aead.decrypt(_nonce(prefix, index, final), block, header))
            if final:
                return
            index, block = index + 1, following
    except (InvalidTag, ValueError) as exc:
        raise DecryptionError("attachment failed authentication") from exc


def is_expired(stored_at: datetime, *, retention: timedelta, now: datetime) -> bool:
    """Whether a file stored at ``stored_at`` is past its retention period at ``now``."""
    return now - stored_at >= retention
