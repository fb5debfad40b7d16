"""Blob stores keep a file under its content address; sealing wraps any of them."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from attachments.blobstore import LocalBlobStore, S3BlobStore, SealedBlobStore, blob_key, copy_blob

CONTENT = b"grabacion de prueba " * 1000
SHA = hashlib.sha256(CONTENT).hexdigest()


def _source(tmp_path: Path, name: str = "upload.part") -> Path:
    path = tmp_path / name
    path.write_bytes(CONTENT)
    return path


def _read(store, key: str) -> bytes:
    out = io.BytesIO()
    copy_blob(store.open(key), out)
    return out.getvalue()


def test_key_is_sharded_by_hash_within_the_study():
    assert blob_key(study_id=7, sha256=SHA) == f"study-7/{SHA[:2]}/{SHA[2:4]}/{SHA}"


def test_local_store_moves_the_file_in_and_reads_it_back(tmp_path):
    store = LocalBlobStore(tmp_path / "blobs")
    key = blob_key(study_id=1, sha256=SHA)
    src = _source(tmp_path)
    assert not store.exists(key)
    store.put(key, src)
    assert not src.exists()
    assert store.exists(key)
    assert _read(store, key) == CONTENT
    store.put(key, _source(tmp_path))  # same content again: harmless
    assert [p.name for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == [SHA]
    store.delete(key)
    store.delete(key)
    assert not store.exists(key)
    with pytest.raises(FileNotFoundError):
        store.open(key)


def test_local_store_refuses_keys_outside_its_root(tmp_path):
    with pytest.raises(ValueError, match="escapes"):
        LocalBlobStore(tmp_path / "blobs").exists("../../etc/passwd")


class _ReversingSealer:
    """A stand-in for privacy's envelope encryption: reversible, and visibly not plaintext."""

    def seal(self, src: Path) -> Path:
        sealed = src.with_suffix(".sealed")
        sealed.write_bytes(src.read_bytes()[::-1])
        return sealed

    def unseal(self, sealed):
        try:
            return io.BytesIO(sealed.read()[::-1])
        finally:
            sealed.close()


def test_sealed_store_keeps_only_sealed_bytes_and_opens_them_plain(tmp_path):
    inner = LocalBlobStore(tmp_path / "blobs")
    store = SealedBlobStore(inner, _ReversingSealer())
    key = blob_key(study_id=1, sha256=SHA)
    src = _source(tmp_path)
    store.put(key, src)
    assert not src.exists()
    assert not src.with_suffix(".sealed").exists()
    assert _read(inner, key) == CONTENT[::-1]
    assert _read(store, key) == CONTENT
    assert store.exists(key)
    store.delete(key)
    assert not inner.exists(key)


def test_s3_store_round_trip_against_moto(tmp_path):
    moto = pytest.importorskip("moto")
    boto3 = pytest.importorskip("boto3")
    with moto.mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="chasqui")
        store = S3BlobStore("chasqui", prefix="attachments/", client=client)
        key = blob_key(study_id=3, sha256=SHA)
        assert not store.exists(key)
        src = _source(tmp_path)
        store.put(key, src)
        assert not src.exists()
        assert store.exists(key)
        assert _read(store, key) == CONTENT
        store.delete(key)
        assert not store.exists(key)
        with pytest.raises(FileNotFoundError):
            store.open(key)
