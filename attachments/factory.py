"""The blob store a deployment configured: a local directory, or an S3-compatible bucket.

`CHASQUI_BLOB_STORE` is empty for `<attachment_dir>/blobs` or `s3://bucket/prefix`.
Attachments and export files go to the same store; tus part files never do (they
are appended to under a file lock, so they stay on the worker's disk).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from attachments.blobstore import BlobStore, LocalBlobStore, S3BlobStore


class BlobStoreConfigError(ValueError):
    """CHASQUI_BLOB_STORE cannot be used as written (the message says why)."""


@dataclass(frozen=True, slots=True)
class S3Location:
    bucket: str
    prefix: str  # "" or ending in "/"


def parse_blob_store(spec: str) -> S3Location | None:
    """Parse CHASQUI_BLOB_STORE: None for the local directory, else the bucket and prefix."""
    spec = spec.strip()
    if spec in ("", "local"):
        return None
    parts = urlsplit(spec)
    if parts.scheme != "s3":
        raise BlobStoreConfigError(
            "CHASQUI_BLOB_STORE must be empty (a local directory) or s3://bucket/prefix."
        )
    if not parts.netloc or parts.query or parts.fragment or "@" in parts.netloc:
        raise BlobStoreConfigError("CHASQUI_BLOB_STORE needs a bucket name: s3://bucket/prefix.")
    prefix = parts.path.strip("/")
    return S3Location(bucket=parts.netloc, prefix=f"{prefix}/" if prefix else "")


def create_blob_store(
    spec: str,
    *,
    local_root: Path,
    endpoint_url: str | None = None,
    region: str | None = None,
    access_key_id: str | None = None,
    secret_access_key: str | None = None,
) -> BlobStore:
    """The configured store; RuntimeError when s3:// is asked for without boto3 installed."""
    location = parse_blob_store(spec)
    if location is None:
        return LocalBlobStore(local_root)
    options: dict[str, Any] = {}
    if endpoint_url:
        options["endpoint_url"] = endpoint_url
    if region:
        options["region_name"] = region
    if access_key_id or secret_access_key:
        if not (access_key_id and secret_access_key):
            raise BlobStoreConfigError(
                "Set both CHASQUI_S3_ACCESS_KEY_ID and CHASQUI_S3_SECRET_ACCESS_KEY, or neither "
                "(boto3 then finds credentials as usual)."
            )
        options["aws_access_key_id"] = access_key_id
        options["aws_secret_access_key"] = secret_access_key
    if endpoint_url:
        # MinIO, Ceph and moto answer path-style requests; AWS keeps virtual hosts.
        options["config"] = _boto_config(addressing_style="path")
    return S3BlobStore(location.bucket, prefix=location.prefix, **options)


def _boto_config(**s3: str) -> Any:
    try:
        config = importlib.import_module("botocore.config")
    except ImportError:
        raise RuntimeError("S3 storage needs boto3: pip install 'chasqui-server[s3]'") from None
    return config.Config(s3=s3)
