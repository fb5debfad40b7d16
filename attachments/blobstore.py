"""Where verified attachments live: a local directory by default, or an S3 bucket.

Keys are content addresses (`blob_key`), so putting the same file twice is harmless
and a crashed put leaves at worst an orphan, never a wrong file under a right name.
Encryption at rest wraps any store with a `Sealer` (`SealedBlobStore`), so the tus
logic never knows whether bytes are sealed.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, BinaryIO, Protocol

_READ_CHUNK = 1 << 20


def blob_key(*, study_id: int, sha256: str) -> str:
    """Sharded by hash so no directory (or S3 prefix listing) grows without bound."""
    return f"study-{study_id}/{sha256[:2]}/{sha256[2:4]}/{sha256}"


class BlobReader(Protocol):
    def read(self, size: int = -1, /) -> bytes:
        """Up to `size` bytes; b"" at the end."""

    def close(self) -> None:
        """Release the underlying file or connection."""


class BlobStore(Protocol):
    def put(self, key: str, src: Path) -> None:
        """Store the local file `src` under `key`, consuming it (src is gone afterwards)."""

    def open(self, key: str) -> BlobReader:
        """The stored bytes, for reading; FileNotFoundError if absent."""

    def exists(self, key: str) -> bool:
        """Whether `key` is stored."""

    def delete(self, key: str) -> None:
        """Remove `key`; absent keys are not an error."""


class Sealer(Protocol):
    def seal(self, src: Path) -> Path:
        """Write a sealed (encrypted) copy of `src` and return its path."""

    def unseal(self, sealed: BlobReader) -> BlobReader:
        """Decrypt a sealed stream as it is read."""


class LocalBlobStore:
    """Files under `root`; a put is a rename on the same filesystem, then an fsync."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise ValueError("blob key escapes the store")
        return path

    def put(self, key: str, src: Path) -> None:
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Copy to a temporary name beside the target first when src is on another
        # filesystem, so the final os.replace is atomic: readers see all or nothing.
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
            staging = Path(tmp.name)
        try:
            try:
                os.replace(src, staging)
            except OSError:
                shutil.copyfile(src, staging)
                src.unlink()
            _fsync_file(staging)
            os.replace(staging, target)
        finally:
            staging.unlink(missing_ok=True)
        _fsync_dir(target.parent)

    def open(self, key: str) -> BlobReader:
        return self._path(key).open("rb")

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


class S3BlobStore:
    """Objects in an S3-compatible bucket; needs the optional `s3` extra (boto3)."""

    def __init__(self, bucket: str, *, prefix: str = "", client: Any = None, **options: Any):
        if client is None:
            try:
                boto3 = importlib.import_module("boto3")
            except ImportError:
                hint = "pip install 'chasqui-server[s3]'"
                raise RuntimeError(f"S3 storage needs boto3: {hint}") from None
            client = boto3.client("s3", **options)
        self.client = client
        self.bucket = bucket
        self.prefix = prefix

    def put(self, key: str, src: Path) -> None:
        # upload_file switches to multipart for big recordings and retries parts.
        self.client.upload_file(str(src), self.bucket, self.prefix + key)
        src.unlink()

    def open(self, key: str) -> BlobReader:
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self.prefix + key)
        except self.client.exceptions.NoSuchKey:
            raise FileNotFoundError(key) from None
        body: BlobReader = response["Body"]
        return body

    def exists(self, key: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self.prefix + key)
        except self.client.exceptions.ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.prefix + key)


class SealedBlobStore:
    """Seal on put and unseal on open around any store; keys and existence are unchanged."""

    def __init__(self, inner: BlobStore, sealer: Sealer) -> None:
        self.inner = inner
        self.sealer = sealer

    def put(self, key: str, src: Path) -> None:
        sealed = self.sealer.seal(src)
        try:
            self.inner.put(key, sealed)
        finally:
            sealed.unlink(missing_ok=True)
        # The plaintext goes only once the sealed copy is safely stored.
        src.unlink(missing_ok=True)

    def open(self, key: str) -> BlobReader:
        return self.sealer.unseal(self.inner.open(key))

    def exists(self, key: str) -> bool:
        return self.inner.exists(key)

    def delete(self, key: str) -> None:
        self.inner.delete(key)


def copy_blob(reader: BlobReader, out: BinaryIO) -> int:
    """Stream a blob into `out` without holding it in memory; returns the byte count."""
    total = 0
    with contextlib.closing(reader):
        while chunk := reader.read(_READ_CHUNK):
            out.write(chunk)
            total += len(chunk)
    return total


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
