"""Parsing tus headers: what is kept, what is refused, and what is never read."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime

import pytest

from attachments import tus

SHA = hashlib.sha256(b"x").hexdigest()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_metadata_keeps_only_sha256_and_content_type():
    header = f"filename {_b64('entrevista_rosa_quispe.m4a')},sha256 {_b64(SHA)},content_type {_b64('audio/mp4')},is_draft"
    assert tus.parse_metadata(header) == {"sha256": SHA, "content_type": "audio/mp4"}


def test_a_filename_is_skipped_even_when_it_is_not_base64():
    header = f"filename entrevista_rosa_quispe.m4a,sha256 {_b64(SHA)}"
    assert tus.parse_metadata(header) == {"sha256": SHA}


@pytest.mark.parametrize(
    ("length", "metadata", "error"),
    [
        (None, f"sha256 {_b64(SHA)},content_type {_b64('audio/mp4')}", tus.AttachmentError),
        ("-5", f"sha256 {_b64(SHA)},content_type {_b64('audio/mp4')}", tus.AttachmentError),
        ("2048", f"sha256 {_b64(SHA)},content_type {_b64('audio/mp4')}", tus.UploadTooLarge),
        ("10", f"sha256 {_b64('abc')},content_type {_b64('audio/mp4')}", tus.AttachmentError),
        (
            "10",
            f"sha256 {_b64(SHA)},content_type {_b64('application/pdf')}",
            tus.ContentTypeNotAllowed,
        ),
        ("10", "sha256 !!!,content_type x", tus.AttachmentError),
    ],
    ids=["no-length", "negative", "too-big", "short-hash", "pdf", "not-base64"],
)
def test_bad_declarations_are_refused(length, metadata, error):
    with pytest.raises(error):
        tus.parse_declaration(length=length, metadata=metadata, max_size=1024)


def test_declaration_normalizes_hash_and_type():
    declared = tus.parse_declaration(
        length="10",
        metadata=f"sha256 {_b64(SHA.upper())},content_type {_b64('Image/JPEG')}",
        max_size=1024,
    )
    assert declared == tus.UploadDeclaration(length=10, sha256=SHA, content_type="image/jpeg")


def test_checksum_header_is_sha256_base64_only():
    digest = hashlib.sha256(b"chunk").digest()
    assert tus.parse_checksum("sha256 " + base64.b64encode(digest).decode()) == digest
    assert tus.parse_checksum(None) is None
    for bad in ("md5 " + base64.b64encode(digest).decode(), "sha256 nope!", "sha256 AAAA"):
        with pytest.raises(tus.AttachmentError):
            tus.parse_checksum(bad)


def test_tus_version_and_dates():
    tus.check_tus_resumable("1.0.0")
    with pytest.raises(tus.UnsupportedTusVersion):
        tus.check_tus_resumable(None)
    moment = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)
    assert tus.http_date(moment) == "Fri, 27 Nov 2026 23:00:00 GMT"


@pytest.mark.parametrize(
    "value",
    ["²", "1²", "١٠", "１０", "+5", " 5", "5 ", "1e3", "0x10", "", str(1 << 63), "9" * 40, None],
    ids=[
        "superscript",
        "digit-then-superscript",
        "arabic-indic",
        "fullwidth",
        "plus",
        "leading-space",
        "trailing-space",
        "exponent",
        "hex",
        "empty",
        "past-bigint",
        "forty-digits",
        "missing",
    ],
)
def test_byte_counts_are_ascii_digits_within_a_bigint(value):
    with pytest.raises(tus.InvalidTusHeader):
        tus.parse_offset(value)
    with pytest.raises(tus.InvalidTusHeader):
        tus.parse_declaration(
            length=value,
            metadata=f"sha256 {_b64(SHA)},content_type {_b64('audio/mp4')}",
            max_size=1 << 62,
        )


def test_largest_bigint_offset_is_accepted():
    assert tus.parse_offset(str((1 << 63) - 1)) == (1 << 63) - 1
    assert tus.parse_offset("0") == 0


@pytest.mark.parametrize(
    "content_type",
    [
        "image/svg+xml",
        "text/html",
        "application/xhtml+xml",
        "application/xml",
        "text/xml",
        "application/javascript",
        "text/javascript",
        "image/x-icon",
        "audio/x-whatever",
        "application/pdf",
    ],
)
def test_active_and_unknown_content_types_are_refused(content_type):
    with pytest.raises(tus.ContentTypeNotAllowed):
        tus.parse_declaration(
            length="10",
            metadata=f"sha256 {_b64(SHA)},content_type {_b64(content_type)}",
            max_size=1024,
        )


@pytest.mark.parametrize("content_type", ["audio/mp4", "audio/ogg", "image/jpeg", "video/mp4"])
def test_recordings_photos_and_videos_are_accepted(content_type):
    declared = tus.parse_declaration(
        length="10",
        metadata=f"sha256 {_b64(SHA)},content_type {_b64(content_type)}",
        max_size=1024,
    )
    assert declared.content_type == content_type
