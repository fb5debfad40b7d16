"""Interview audio and photos from tablets over tus 1.0 resumable uploads (docs/attachments.md)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response
from fastapi.routing import APIRoute
from starlette.datastructures import MutableHeaders
from starlette.requests import ClientDisconnect
from starlette.types import Message, Receive, Scope, Send

from accounts.models import Device
from api.auth import DevicePrincipalDep
from api.db import SessionDep
from api.deps import BlobStoreDep, SettingsDep
from attachments import store as upload_store
from attachments import tus
from attachments import uploads as upload_steps
from attachments.models import AttachmentUpload
from attachments.parts import BodyCut
from attachments.uploads import Uploads


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
_TUS = [Depends(require_tus)]


def get_uploads(request: Request, settings: SettingsDep, blobs: BlobStoreDep) -> Uploads:
    """Where parts and blobs go and the limits, from the settings and the app's blob store."""
    return Uploads(
        parts_dir=settings.attachment_dir / "parts",
        blobs=blobs,
        expiry=timedelta(hours=settings.upload_expiry_hours),
        max_size=settings.max_upload_bytes,
        on_stored=request.app.state.on_blob_stored,
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
@router.post("/", status_code=201, dependencies=_TUS, response_class=Response)
def create_upload(
    session: SessionDep,
    device: DeviceDep,
    uploads: UploadsDep,
    upload_length: Annotated[str | None, Header()] = None,
    upload_metadata: Annotated[str | None, Header()] = None,
) -> Response:
    """Start an upload; if the study already holds this content it is born complete."""
    upload = upload_steps.start_upload(
        session, uploads, device=device, length=upload_length, metadata=upload_metadata
    )
    headers = _state_headers(upload) | {"Location": f"{router.prefix}/{upload.id.hex}"}
    return Response(status_code=201, headers=headers)


@router.head("/{upload_id}", dependencies=_TUS, response_class=Response)
def get_upload_offset(
    upload_id: str, session: SessionDep, device: DeviceDep, uploads: UploadsDep
) -> Response:
    """How many bytes the server holds (fsync'd): resume from Upload-Offset."""
    upload = upload_steps.read_upload(session, uploads, upload_id=upload_id, device=device)
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
    upload_steps.terminate_upload(session, uploads, upload_id=upload_id, device=device)
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
    upload = await upload_steps.append_chunk(
        session,
        uploads,
        upload_id=upload_id,
        device=device,
        start=tus.parse_offset(upload_offset),
        checksum=tus.parse_checksum(upload_checksum),
        body=_request_body(request),
    )
    return Response(status_code=204, headers=_state_headers(upload))


async def _request_body(request: Request) -> AsyncIterator[bytes]:
    try:
        async for data in request.stream():
            if data:
                yield data
    except ClientDisconnect:
        raise BodyCut from None
