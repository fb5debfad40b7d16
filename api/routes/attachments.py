"""Interview audio and photos from tablets over tus 1.0 resumable uploads (docs/attachments.md)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, NoReturn

from fastapi import APIRouter, Depends, Header, Request, Response
from fastapi.routing import APIRoute
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import ClientDisconnect
from starlette.types import Message, Receive, Scope, Send

from accounts.models import Device
from api.auth import DevicePrincipalDep
from api.db import SessionDep
from api.settings import Settings
from attachments import store as upload_store
from attachments import tus
from attachments.blobstore import BlobStore, LocalBlobStore
from attachments.models import AttachmentUpload
from attachments.parts import (
    BodyCut,
    PartFile,
    Received,
    part_path,
    receive_chunk,
    remove_part,
)
from attachments.sealing import study_sealer
from privacy.crypto import DecryptionError


class TusRoute(APIRoute):
    """Every response of these routes, problems included, says Tus-Resumable (tus core)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        # At the ASGI edge, so the problems the app's exception handlers render get it too.
        async def send_with_tus(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Tus-Resumable"] = tus.TUS_VERSION
                if message["status"] == 412:
                    headers["Tus-Version"] = tus.TUS_VERSION
            await send(message)

        await super().handle(scope, receive, send_with_tus)


def require_tus(tus_resumable: Annotated[str | None, Header()] = None) -> None:
    tus.check_tus_resumable(tus_resumable)


router = APIRouter(prefix="/api/v1/attachments", tags=["attachments"], route_class=TusRoute)
# Expired uploads purged per creation: bounded, so no tablet waits on a backlog.
_PURGE_BATCH = 50
_TUS = [Depends(require_tus)]


@dataclass(frozen=True, slots=True)
class Uploads:
    """What the routes need from the app: where parts and blobs go, who to tell."""

    parts_dir: Path
    blobs: BlobStore
    expiry: timedelta
    max_size: int
    on_stored: list[upload_store.BlobStoredCallback]
    secret: str
    quota: upload_store.UploadQuota


def get_uploads(request: Request) -> Uploads:
    state = request.app.state
    settings: Settings = state.settings
    # Deployments that keep blobs in S3 set app.state.blob_store themselves.
    if getattr(state, "blob_store", None) is None:
        state.blob_store = LocalBlobStore(settings.attachment_dir / "blobs")
    return Uploads(
        parts_dir=settings.attachment_dir / "parts",
        blobs=state.blob_store,
        expiry=timedelta(hours=settings.upload_expiry_hours),
        max_size=settings.max_upload_bytes,
        on_stored=state.on_blob_stored,
        secret=settings.secret_key.get_secret_value(),
        quota=upload_store.UploadQuota(
            max_open=settings.max_open_uploads_per_device,
            max_open_bytes=settings.max_open_upload_bytes_per_device,
        ),
    )


UploadsDep = Annotated[Uploads, Depends(get_uploads)]


def _state_headers(upload: AttachmentUpload) -> dict[str, str]:
    headers = {
        "Upload-Offset": str(upload.offset),
        "Upload-Length": str(upload.length),
        "Cache-Control": "no-store",
    }
    if upload.completed_at is not None:
        headers[tus.COMPLETE_HEADER] = "true"
    else:
        headers["Upload-Expires"] = tus.http_date(upload.expires_at)
    return headers


def _device(principal: DevicePrincipalDep) -> Device:
    assert principal.device is not None
    return principal.device


DeviceDep = Annotated[Device, Depends(_device)]


@router.options("", include_in_schema=False)
@router.options("/", status_code=204)
def describe_uploads(uploads: UploadsDep) -> Response:
    """The tus version, extensions, size limit and checksum algorithm this server supports."""
    return Response(
        status_code=204,
        headers={
            "Tus-Version": tus.TUS_VERSION,
            "Tus-Extension": tus.TUS_EXTENSIONS,
            "Tus-Max-Size": str(uploads.max_size),
            "Tus-Checksum-Algorithm": tus.CHECKSUM_ALGORITHM,
        },
    )


@router.post("", include_in_schema=False, dependencies=_TUS)
@router.post("/", status_code=201, dependencies=_TUS)
def create_upload(
    session: SessionDep,
    device: DeviceDep,
    uploads: UploadsDep,
    upload_length: Annotated[str | None, Header()] = None,
    upload_metadata: Annotated[str | None, Header()] = None,
) -> Response:
    """Start an upload; if the study already holds this content it is born complete."""
    declared = tus.parse_declaration(
        length=upload_length, metadata=upload_metadata, max_size=uploads.max_size
    )
    # Expired uploads go whenever a new one comes, not only when cron runs the purge.
    upload_store.purge_expired_uploads(session, parts_dir=uploads.parts_dir, limit=_PURGE_BATCH)
    upload = upload_store.create_upload(
        session, device=device, declared=declared, expiry=uploads.expiry, quota=uploads.quota
    )
    headers = _state_headers(upload) | {"Location": f"{router.prefix}/{upload.id.hex}"}
    return Response(status_code=201, headers=headers)


@router.head("/{upload_id}", dependencies=_TUS)
def get_upload_offset(upload_id: str, session: SessionDep, device: DeviceDep) -> Response:
    """How many bytes the server holds (fsync'd): resume from Upload-Offset."""
    upload = upload_store.get_upload(session, upload_id=upload_id, device=device)
    headers = _state_headers(upload) | {
        "Upload-Metadata": tus.encode_metadata(
            sha256=upload.sha256, content_type=upload.content_type
        )
    }
    return Response(status_code=200, headers=headers)


@router.delete("/{upload_id}", status_code=204, dependencies=_TUS)
def terminate_upload(
    upload_id: str, session: SessionDep, device: DeviceDep, uploads: UploadsDep
) -> Response:
    """Abandon an upload and free its part file; stored blobs are kept."""
    upload = upload_store.get_upload(session, upload_id=upload_id, device=device, for_update=True)
    upload_store.delete_upload(session, upload=upload, parts_dir=uploads.parts_dir)
    return Response(status_code=204)


@router.patch("/{upload_id}", status_code=204, dependencies=_TUS)
async def append_to_upload(
    upload_id: str,
    request: Request,
    session: SessionDep,
    device: DeviceDep,
    uploads: UploadsDep,
    content_type: Annotated[str | None, Header()] = None,
    upload_offset: Annotated[str | None, Header()] = None,
    upload_checksum: Annotated[str | None, Header()] = None,
) -> Response:
    """Append the body at Upload-Offset. A cut link keeps what arrived; HEAD, then resume."""
    if (content_type or "").split(";")[0].strip().lower() != tus.OFFSET_OCTET_STREAM:
        raise tus.UnsupportedMediaType(f"Send the chunk as {tus.OFFSET_OCTET_STREAM}.")
    start = tus.parse_offset(upload_offset)
    checksum = tus.parse_checksum(upload_checksum)
    upload, part = await run_in_threadpool(
        _open_for_append, session, uploads, upload_id=upload_id, device=device, start=start
    )
    if part is None:
        return Response(status_code=204, headers=_state_headers(upload))
    try:
        received = await receive_chunk(
            _request_body(request),
            part,
            start=start,
            room=upload.length - start,
            checksum=checksum,
        )
        upload = await run_in_threadpool(
            _record_chunk, session, uploads, upload=upload, device=device, received=received
        )
    finally:
        part.close()
    return Response(status_code=204, headers=_state_headers(upload))


def _open_for_append(
    session: Session, uploads: Uploads, *, upload_id: str, device: Device, start: int
) -> tuple[AttachmentUpload, PartFile | None]:
    upload = upload_store.get_upload(session, upload_id=upload_id, device=device)
    if upload.completed_at is not None:
        if start != upload.offset:
            raise tus.OffsetMismatch("The upload is complete.", offset=upload.offset)
        return upload, None
    ring = study_sealer(session, study_id=device.study_id, secret=uploads.secret).ring
    part = PartFile(part_path(uploads.parts_dir, upload.id.hex), ring=ring, upload_id=upload.id.hex)
    try:
        # Read the offset again under the file lock: a PATCH that just finished moved it.
        session.refresh(upload)
        held = part.resumable(upload.offset)
        if held < upload.offset:
            # The part file lost bytes the database counted (disk trouble, a finished
            # file moved to storage whose commit then failed, or a destroyed key):
            # resume from what is there.
            upload_store.record_offset(
                session,
                upload=upload,
                start=upload.offset,
                offset=held,
                expiry=uploads.expiry,
            )
            session.commit()
        if start != upload.offset:
            raise tus.OffsetMismatch("Resume from the server's offset.", offset=upload.offset)
        # End the transaction before the body streams in: held open, it would block
        # every SQLite writer (and pin a PostgreSQL connection) for the whole upload.
        session.commit()
    except BaseException:
        part.close()
        raise
    return upload, part


async def _request_body(request: Request) -> AsyncIterator[bytes]:
    try:
        async for data in request.stream():
            if data:
                yield data
    except ClientDisconnect:
        raise BodyCut from None


def _record_chunk(
    session: Session,
    uploads: Uploads,
    *,
    upload: AttachmentUpload,
    device: Device,
    received: Received,
) -> AttachmentUpload:
    start = upload.offset
    if received.offset == start:
        return upload
    path = part_path(uploads.parts_dir, upload.id.hex)
    storage_key = None
    if received.offset == upload.length:
        # Reseal, hash and store before taking the row lock: seconds on 200 MB.
        sealer = study_sealer(session, study_id=device.study_id, secret=uploads.secret)
        try:
            sealed, sha256 = sealer.seal_part(path, upload_id=upload.id.hex)
        except DecryptionError:
            _discard(session, uploads, upload_id=upload.id.hex, device=device)
        if sha256 != upload.sha256:
            remove_part(sealed)
            _discard(session, uploads, upload_id=upload.id.hex, device=device)
        # The part is already sealed under the study key: store it as it is.
        storage_key = upload_store.store_blob(uploads.blobs, upload=upload, src=sealed)
        remove_part(path)
    locked = upload_store.get_upload(
        session, upload_id=upload.id.hex, device=device, for_update=True
    )
    upload_store.record_offset(
        session, upload=locked, start=start, offset=received.offset, expiry=uploads.expiry
    )
    if storage_key is not None:
        upload_store.complete_upload(
            session, upload=locked, storage_key=storage_key, on_stored=uploads.on_stored
        )
    return locked


def _discard(session: Session, uploads: Uploads, *, upload_id: str, device: Device) -> NoReturn:
    upload = upload_store.get_upload(session, upload_id=upload_id, device=device, for_update=True)
    upload_store.delete_upload(session, upload=upload, parts_dir=uploads.parts_dir)
    # Commit the discard before answering with a problem (problems roll back): the
    # tablet's HEAD must then find no upload and start a fresh one.
    session.commit()
    raise tus.ChecksumMismatch(
        "The file does not match its declared sha256; upload it again from the start."
    )
