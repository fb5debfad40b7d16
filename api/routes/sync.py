"""The tablet's push: one request carries many interviews, each answered with a receipt.

Part of the sync protocol (docs/sync-protocol.md): keep it stable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from api.auth import DevicePrincipalDep
from api.db import SessionDep
from feed import store as feed
from sync.intake import Outcome
from sync.pipeline import PushLimits, receive_push

router = APIRouter(prefix="/api/v1/sync", tags=["tablet"])


async def read_body(request: Request) -> bytes:
    return await request.body()


PUSH_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["batch_id", "items"],
                    "properties": {
                        "batch_id": {"type": "string", "format": "uuid"},
                        "device_time": {"type": "string", "format": "date-time"},
                        "items": {"type": "array", "items": {"type": "object"}},
                    },
                }
            }
        },
    }
}


class PushReceipt(BaseModel):
    """One item's answer (docs/sync-protocol.md): what the tablet does next follows `outcome`."""

    model_config = ConfigDict(extra="allow")

    instance_id: str | None = Field(description="null when the item's own id was malformed.")
    outcome: Outcome
    code: str = Field(description="Stable: ok, sync.duplicate, sync.merged, answer.invalid…")
    rev: str | None
    missing_attachments: list[str] = Field(description="sha256 of declared files to upload.")
    conflict_id: int | None = None
    branch_rev: str | None = None
    quarantine_id: int | None = None
    problems: list[dict[str, Any]] | None = Field(
        default=None, description="JSON pointers and reasons, never values."
    )
    detail: str | None = None


class PushAnswer(BaseModel):
    batch_id: str
    server_time: datetime
    results: list[PushReceipt] = Field(description="One per item, in the order sent.")


@router.post(
    "/push",
    openapi_extra=PUSH_DOC,
    responses={200: {"model": PushAnswer, "description": "One receipt per item."}},
)
def push_batch(
    request: Request,
    principal: DevicePrincipalDep,
    session: SessionDep,
    body: Annotated[bytes, Depends(read_body)],
) -> Response:
    """Store a batch of interviews; one receipt per item, in order. Replays write nothing."""
    settings = request.app.state.settings
    device = principal.device
    assert device is not None
    response = receive_push(
        session,
        device=device,
        body=body,
        content_encoding=request.headers.get("content-encoding"),
        limits=PushLimits(
            max_bytes=settings.max_batch_bytes,
            max_items=settings.max_batch_items,
            max_item_bytes=settings.max_item_bytes,
            max_depth=settings.max_json_depth,
        ),
        secret=settings.secret_key.get_secret_value(),
        runner=request.app.state.prepare,
    )
    return Response(content=orjson.dumps(response), media_type="application/json")


class FeedChange(BaseModel):
    seq: int = Field(
        description="Orders changes within this study's feed (commit order); numbers of"
        " different studies are unrelated."
    )
    kind: str = Field(description="form | edit | resolution | review | tombstone")
    ref: str = Field(description="The form_id or instance_id the change is about.")
    payload: dict[str, Any]


class PullPage(BaseModel):
    changes: list[FeedChange]
    next_cursor: str
    has_more: bool
    reset: bool = Field(
        default=False,
        description="The cursor sent predates per-study feeds and could not be trusted:"
        " this page starts again from the beginning of the study's feed. Apply it as usual"
        " (changes are idempotent).",
    )


@router.get("/pull", response_model=PullPage)
def pull_changes(
    principal: DevicePrincipalDep,
    session: SessionDep,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> PullPage:
    """What this tablet must apply in its study since `cursor`, oldest first; follow `has_more`."""
    device = principal.device
    assert device is not None
    page = feed.read_feed(
        session, study_id=device.study_id, user_id=principal.user_id, cursor=cursor, limit=limit
    )
    return PullPage(
        changes=[
            FeedChange(seq=r.seq, kind=r.kind, ref=r.ref, payload=r.payload) for r in page.entries
        ],
        next_cursor=page.next_cursor,
        has_more=page.has_more,
        reset=page.is_reset,
    )
