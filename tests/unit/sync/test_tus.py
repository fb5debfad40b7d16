"""Parsing tus headers: what is kept, what is refused, and what is never read."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime

import pytest

from sync import tus

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
