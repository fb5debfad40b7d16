"""CHASQUI_BLOB_STORE: what each spelling selects, and what is refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from attachments.blobstore import LocalBlobStore, S3BlobStore
from attachments.factory import (
    BlobStoreConfigError,
    S3Location,
    create_blob_store,
    parse_blob_store,
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("", None),
        ("local", None),
        ("s3://chasqui", S3Location(bucket="chasqui", prefix="")),
        ("s3://chasqui/", S3Location(bucket="chasqui", prefix="")),
        ("s3://chasqui/blobs", S3Location(bucket="chasqui", prefix="blobs/")),
        ("s3://chasqui/estudio/blobs/", S3Location(bucket="chasqui", prefix="estudio/blobs/")),
        (" s3://chasqui/blobs ", S3Location(bucket="chasqui", prefix="blobs/")),
    ],
    ids=["empty", "local", "bucket", "bucket-slash", "prefix", "nested-prefix", "spaces"],
)
def test_spellings_select_a_store(spec: str, expected: S3Location | None) -> None:
    assert parse_blob_store(spec) == expected


@pytest.mark.parametrize(
    "spec",
    ["ftp://host/blobs", "/var/blobs", "s3://", "s3:///blobs", "s3://key:secret@bucket/x"],
    ids=["other-scheme", "a-path", "no-bucket", "empty-bucket", "credentials-in-url"],
)
def test_malformed_specs_are_refused_by_name(spec: str) -> None:
    with pytest.raises(BlobStoreConfigError, match="CHASQUI_BLOB_STORE") as refused:
        parse_blob_store(spec)
    assert "secret" not in str(refused.value)


def test_the_default_is_the_local_directory(tmp_path: Path) -> None:
    store = create_blob_store("", local_root=tmp_path / "blobs")
    assert isinstance(store, LocalBlobStore)
    assert store.root == tmp_path / "blobs"


def test_s3_takes_endpoint_region_and_credentials(tmp_path: Path) -> None:
    pytest.importorskip("boto3")
    store = create_blob_store(
        "s3://chasqui/blobs",
        local_root=tmp_path,
        endpoint_url="http://127.0.0.1:9",
        region="sa-east-1",
        access_key_id="AKIDEXAMPLE",
        secret_access_key="example-secret",
    )
    assert isinstance(store, S3BlobStore)
    assert (store.bucket, store.prefix) == ("chasqui", "blobs/")
    assert store.client.meta.endpoint_url == "http://127.0.0.1:9"
    assert store.client.meta.region_name == "sa-east-1"


def test_half_a_credential_pair_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BlobStoreConfigError, match="CHASQUI_S3_SECRET_ACCESS_KEY"):
        create_blob_store("s3://chasqui", local_root=tmp_path, access_key_id="AKIDEXAMPLE")
