"""Request dependencies that hand services what the app holds: settings, the database,
the blob store, the study key rings and the audit writer.

Each is built in one place so that routes name what they need instead of assembling it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlmodel import Session

from accounts.audit import record_audit
from accounts.keyrings import StudyKeyRings
from accounts.throttle import ThrottleKey, ThrottlePolicy, throttle_key
from api.auth import StudyAccess, client_addr
from api.db import Database, SessionDep
from api.settings import Settings
from attachments.blobstore import BlobStore


def get_settings(request: Request) -> Settings:
    """The settings `create_app()` was built with."""
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_database(request: Request) -> Database:
    """The app's database, for services that open their own short transactions."""
    database: Database = request.app.state.database
    return database


DatabaseDep = Annotated[Database, Depends(get_database)]


def get_blob_store(request: Request) -> BlobStore:
    """The blob store `create_app()` built from CHASQUI_BLOB_STORE (attachments, exports)."""
    blobs: BlobStore = request.app.state.blob_store
    return blobs


BlobStoreDep = Annotated[BlobStore, Depends(get_blob_store)]


def login_throttle(settings: Settings, *, username: str, addr: str | None) -> list[ThrottleKey]:
    """The throttle keys a login attempt counts against: its account and its address."""
    secret = settings.secret_key.get_secret_value()
    window = timedelta(minutes=settings.login_failure_window_minutes)
    keys = [
        throttle_key(
            "account",
            username,
            secret=secret,
            policy=ThrottlePolicy(
                free=settings.login_free_failures_account,
                max_seconds=settings.login_lock_max_seconds,
                window=window,
            ),
        )
    ]
    if addr is not None:
        policy = ThrottlePolicy(
            free=settings.login_free_failures_address,
            max_seconds=settings.login_lock_max_seconds,
            window=window,
        )
        keys.append(throttle_key("address", addr, secret=secret, policy=policy))
    return keys


def get_key_rings(session: SessionDep, settings: SettingsDep) -> StudyKeyRings:
    """The study key rings, unwrapped with the server secret in this request's session."""
    return StudyKeyRings(session=session, secret=settings.secret_key.get_secret_value())


KeyRingsDep = Annotated[StudyKeyRings, Depends(get_key_rings)]


@dataclass(frozen=True, slots=True)
class Auditor:
    """Writes audit rows in the request's transaction, with the caller's address."""

    session: Session
    remote_addr: str | None

    def __call__(
        self,
        access: StudyAccess,
        action: str,
        *,
        target_type: str | None = None,
        target_id: str | int | None = None,
        **detail: Any,
    ) -> None:
        """Record what the caller did in this study (never interview content)."""
        self.record(
            action,
            study_id=access.study_id,
            actor_user_id=access.principal.user_id,
            target_type=target_type,
            target_id=target_id,
            detail=detail,
        )

    def record(
        self,
        action: str,
        *,
        study_id: int | None = None,
        actor_user_id: int | None = None,
        actor_device_id: str | None = None,
        target_type: str | None = None,
        target_id: str | int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Record an event outside a study route (logins, accounts, enrollment)."""
        record_audit(
            self.session,
            action=action,
            study_id=study_id,
            actor_user_id=actor_user_id,
            actor_device_id=actor_device_id,
            target_type=target_type,
            target_id=target_id,
            remote_addr=self.remote_addr,
            detail=detail,
        )


def get_auditor(session: SessionDep, request: Request) -> Auditor:
    """The audit writer for this request."""
    return Auditor(session=session, remote_addr=client_addr(request))


AuditDep = Annotated[Auditor, Depends(get_auditor)]
