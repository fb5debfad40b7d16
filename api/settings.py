"""Configuration from CHASQUI_* environment variables and an optional .env file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from attachments.blobstore import BlobStore

DEV_SECRET_KEY = "dev-only-change-me-dev-only-change-me"
MIN_SECRET_KEY_CHARS = 32


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHASQUI_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./var/chasqui.db"
    attachment_dir: Path = Path("./var/attachments")
    # Keyed pseudonyms and attachment keys derive from this; rotate per study via the CLI.
    # `chasqui serve` refuses the development default unless dev_mode is set.
    secret_key: SecretStr = SecretStr(DEV_SECRET_KEY)
    dev_mode: bool = False
    session_token_hours: int = Field(default=12, ge=1)
    device_token_days: int = Field(default=180, ge=1)
    enrollment_code_minutes: int = Field(default=24 * 60, ge=1)
    max_body_bytes: int = Field(default=1 << 20, ge=1024)
    max_batch_bytes: int = Field(default=32 << 20, ge=1024)
    max_batch_items: int = Field(default=1000, ge=1)
    max_item_bytes: int = Field(default=1 << 20, ge=1024)
    max_json_depth: int = Field(default=32, ge=4)
    max_upload_bytes: int = Field(default=1 << 30, ge=1024)
    upload_expiry_hours: int = 72
    # Worker processes that validate and anonymize large batches in parallel;
    # 0 means one per CPU core, 1 keeps the work in the server process.
    prepare_workers: int = Field(default=0, ge=0, le=64)
    # Failed logins: free attempts per account and per client address, then a lock
    # that doubles with each failure up to the maximum (accounts/throttle.py).
    login_free_failures_account: int = Field(default=5, ge=1)
    login_free_failures_address: int = Field(default=30, ge=1)
    login_lock_max_seconds: int = Field(default=900, ge=1)
    login_failure_window_minutes: int = Field(default=60, ge=1)
    password_min_length: int = Field(default=10, ge=8, le=128)
    # Open (unfinished) uploads one tablet may hold at once, by count and by bytes.
    max_open_uploads_per_device: int = Field(default=20, ge=1)
    max_open_upload_bytes_per_device: int = Field(default=2 << 30, ge=1024)
    log_level: str = "INFO"
    # Background jobs (exports, purges): "auto" is procrastinate on PostgreSQL and
    # threads in the process on SQLite; "threads" forces the latter; "inline" runs
    # each job where it is deferred (tests).
    job_runner: Literal["auto", "threads", "inline"] = "auto"
    # Where verified attachments and export files go: empty for <attachment_dir>/blobs,
    # or s3://bucket/prefix for an S3-compatible store (needs the `s3` extra, boto3).
    blob_store: str = ""
    s3_endpoint_url: str | None = None  # MinIO, Ceph, a cloud's S3 endpoint; None for AWS
    s3_region: str | None = None
    # Without these, boto3 finds credentials as usual (AWS_ACCESS_KEY_ID…, a role).
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None
    # Live dashboard: change signals wake the stream at once (LISTEN/NOTIFY on
    # PostgreSQL); this poll only catches what a signal missed.
    stream_poll_seconds: float = Field(default=10.0, gt=0, le=300)
    # Behind a reverse proxy, trust X-Forwarded-For from these addresses only.
    forwarded_allow_ips: str = "127.0.0.1"

    def secret_key_problem(self) -> str | None:
        """Why this secret key must not protect real interviews, or None when it may."""
        if self.dev_mode:
            return None
        secret = self.secret_key.get_secret_value()
        if secret == DEV_SECRET_KEY:
            return (
                "CHASQUI_SECRET_KEY is the development default; pseudonyms and study keys "
                "depend on it. Set a random secret (python3 -c 'import secrets; "
                "print(secrets.token_urlsafe(48))'), or CHASQUI_DEV_MODE=1 for a demo."
            )
        if len(secret) < MIN_SECRET_KEY_CHARS:
            return f"CHASQUI_SECRET_KEY must have at least {MIN_SECRET_KEY_CHARS} characters."
        return None


def blob_store_from_settings(settings: Settings) -> BlobStore:
    """The store for attachments and export files (ValueError/RuntimeError if unusable)."""
    from attachments.factory import create_blob_store

    secret = settings.s3_secret_access_key
    return create_blob_store(
        settings.blob_store,
        local_root=settings.attachment_dir / "blobs",
        endpoint_url=settings.s3_endpoint_url,
        region=settings.s3_region,
        access_key_id=settings.s3_access_key_id,
        secret_access_key=secret.get_secret_value() if secret is not None else None,
    )
