"""Pure: the tus 1.0 headers Chasqui speaks, parsed and checked, and the errors they raise.

https://tus.io/protocols/resumable-upload — Core plus creation, checksum (sha256),
termination and expiration. Nothing here touches the database, disk or clock.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from typing import Final

from core.errors import DomainError

TUS_VERSION: Final = "1.0.0"
TUS_EXTENSIONS: Final = "creation,checksum,termination,expiration"
CHECKSUM_ALGORITHM: Final = "sha256"
OFFSET_OCTET_STREAM: Final = "application/offset+octet-stream"
# Not part of tus: tells the tablet the server holds the whole file (dedupe or last chunk).
COMPLETE_HEADER: Final = "Chasqui-Upload-Complete"

_HEX_SHA256 = re.compile(r"[0-9a-f]{64}")
# str.isdigit() accepts "²" and other Unicode digits that int() then refuses: only ASCII.
_ASCII_COUNT = re.compile(r"[0-9]{1,19}")
# Byte counts are stored in BIGINT columns.
MAX_COUNT: Final = (1 << 63) - 1
# Attachments are interview recordings and photos. An allow-list, not a deny-list:
# active content (SVG, HTML, XML, JavaScript) could run in a reader's browser.
ALLOWED_CONTENT_TYPES: Final = frozenset(
    {
        "audio/aac",
        "audio/x-aac",
        "audio/amr",
        "audio/3gpp",
        "audio/flac",
        "audio/m4a",
        "audio/mp4",
        "audio/mpeg",
        "audio/ogg",
        "audio/opus",
        "audio/wav",
        "audio/wave",
        "audio/webm",
        "audio/x-m4a",
        "audio/x-wav",
        "image/avif",
        "image/gif",
        "image/heic",
        "image/heif",
        "image/jpeg",
        "image/png",
        "image/webp",
        "video/3gpp",
        "video/mp4",
        "video/ogg",
        "video/quicktime",
        "video/webm",
    }
)


class AttachmentError(DomainError):
    code = "attachment.invalid_request"


class InvalidTusHeader(AttachmentError):
    code = "attachment.invalid_header"


class UnsupportedTusVersion(AttachmentError):
    code = "attachment.unsupported_version"


class ContentTypeNotAllowed(AttachmentError):
    code = "attachment.content_type_not_allowed"


class UnsupportedMediaType(AttachmentError):
    code = "attachment.unsupported_media_type"


class UploadTooLarge(AttachmentError):
    code = "attachment.too_large"


class UploadNotFound(AttachmentError):
    code = "attachment.not_found"


class UploadExpired(AttachmentError):
    code = "attachment.upload_expired"


class OffsetMismatch(AttachmentError):
    code = "attachment.offset_mismatch"


class UploadLocked(AttachmentError):
    code = "attachment.upload_locked"


class TooManyOpenUploads(AttachmentError):
    code = "attachment.too_many_open_uploads"


class OpenBytesExceeded(AttachmentError):
    code = "attachment.open_bytes_exceeded"


class ChunkChecksumMismatch(AttachmentError):
    code = "attachment.chunk_checksum_mismatch"


class ChecksumMismatch(AttachmentError):
    code = "attachment.checksum_mismatch"


@dataclass(frozen=True, slots=True)
class UploadDeclaration:
    """What a creation request declares; any other metadata key is dropped unread."""

    length: int
    sha256: str
    content_type: str


def check_tus_resumable(value: str | None) -> None:
    """Refuse a request that does not speak tus 1.0.0."""
    if value != TUS_VERSION:
        raise UnsupportedTusVersion(f"Send Tus-Resumable: {TUS_VERSION}.")


def parse_metadata(header: str) -> dict[str, str]:
    """Decode `key base64,key2 base64` pairs; only `sha256` and `content_type` are kept.

    Other keys (tablets send `filename`, which names the interviewee) are skipped
    without decoding, so they never reach a variable, a log line or a row.
    """
    kept: dict[str, str] = {}
    for pair in header.split(","):
        parts = pair.strip().split(" ")
        if not parts[0] or len(parts) > 2:
            raise AttachmentError("Upload-Metadata is not `key base64value` pairs.")
        if parts[0] not in ("sha256", "content_type"):
            continue
        try:
            raw = base64.b64decode(parts[1] if len(parts) == 2 else "", validate=True)
            kept[parts[0]] = raw.decode("ascii")
        except (binascii.Error, UnicodeDecodeError):
            raise AttachmentError(f"Upload-Metadata `{parts[0]}` is not base64.") from None
    return kept


def parse_declaration(
    *, length: str | None, metadata: str | None, max_size: int
) -> UploadDeclaration:
    """Check a creation request: a length within limits, a hex SHA-256, a media type."""
    size = parse_count(length, header="Upload-Length")
    if size < 1:
        raise AttachmentError("Send Upload-Length, a positive byte count (no deferred lengths).")
    if size > max_size:
        raise UploadTooLarge(f"The file is larger than {max_size} bytes.", max_bytes=max_size)
    values = parse_metadata(metadata or "")
    sha256 = values.get("sha256", "").strip().lower()
    if not _HEX_SHA256.fullmatch(sha256):
        raise AttachmentError("Upload-Metadata needs `sha256`: the file's digest in hex.")
    content_type = values.get("content_type", "").strip().lower()
    if content_type not in ALLOWED_CONTENT_TYPES:
        raise ContentTypeNotAllowed(
            "Upload-Metadata `content_type` must be an audio, image or video type this "
            "server accepts (docs/attachments.md)."
        )
    return UploadDeclaration(length=size, sha256=sha256, content_type=content_type)


def parse_count(value: str | None, *, header: str) -> int:
    """A byte count header: ASCII digits only, within a BIGINT, else a 400 problem."""
    if value is None or not _ASCII_COUNT.fullmatch(value) or int(value) > MAX_COUNT:
        raise InvalidTusHeader(
            f"Send {header} as a byte count in ASCII digits (at most {MAX_COUNT}).",
            header=header,
        )
    return int(value)


def parse_offset(value: str | None) -> int:
    return parse_count(value, header="Upload-Offset")


def parse_checksum(value: str | None) -> bytes | None:
    """The digest an Upload-Checksum header promises for this chunk, if any."""
    if value is None:
        return None
    algorithm, _, encoded = value.strip().partition(" ")
    if algorithm.lower() != CHECKSUM_ALGORITHM:
        raise AttachmentError("Upload-Checksum supports sha256 only.")
    try:
        digest = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise AttachmentError("Upload-Checksum is not `sha256 <base64 digest>`.") from None
    if len(digest) != 32:
        raise AttachmentError("Upload-Checksum is not a SHA-256 digest.")
    return digest


def encode_metadata(*, sha256: str, content_type: str) -> str:
    """The Upload-Metadata a HEAD echoes: only what the server kept."""
    pairs = {"sha256": sha256, "content_type": content_type}
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs.items())


def http_date(moment: datetime) -> str:
    """RFC 9110 date, as the expiration extension's Upload-Expires requires."""
    return format_datetime(moment, usegmt=True)
