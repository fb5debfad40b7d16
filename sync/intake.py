"""Pure: parse a pushed batch and check its shape before anything else looks at it.

A batch whose envelope is wrong (bad JSON, wrong types, an item without a usable
instance id, the same instance twice) is refused whole: the tablet gets one problem
and nothing is stored half-way. Per-item trouble after this point (an unknown form,
invalid answers) is answered per item.
"""

from __future__ import annotations

import zlib
from typing import Any, Literal

import orjson
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, field_validator

from core.errors import DomainError


class BatchInvalid(DomainError):
    code = "sync.batch_invalid"


class BatchTooLarge(DomainError):
    code = "sync.batch_too_large"


class AttachmentRef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(max_length=200)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)
    content_type: str = Field(max_length=100)


class PushItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    instance_id: str = Field(pattern=r"^[0-9a-fA-F-]{32,36}$")
    form_id: str = Field(min_length=1, max_length=64)
    form_version: int = Field(ge=1)
    base_rev: str | None = Field(default=None, max_length=80)
    started_at: AwareDatetime | None = None
    ended_at: AwareDatetime | None = None
    data: dict[str, Any]
    attachments: list[AttachmentRef] = Field(default_factory=list, max_length=200)

    @field_validator("instance_id")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower()


class PushBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    batch_id: str = Field(pattern=r"^[0-9a-fA-F-]{32,36}$")
    device_time: AwareDatetime | None = None
    items: list[PushItem]


Outcome = Literal[
    "created", "duplicate", "updated", "merged", "conflict", "quarantined", "rejected", "retry"
]


def decode_body(raw: bytes, *, content_encoding: str | None, max_bytes: int) -> bytes:
    """Undo Content-Encoding gzip without ever inflating past `max_bytes` (zip bombs)."""
    if not content_encoding or content_encoding.strip().lower() == "identity":
        return raw
    if content_encoding.strip().lower() != "gzip":
        raise BatchInvalid("Only gzip content encoding is accepted.")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, max_bytes + 1)
    except zlib.error:
        raise BatchInvalid("The gzip body is corrupt.") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise BatchTooLarge(f"The batch inflates past {max_bytes} bytes.", limit_bytes=max_bytes)
    return out


def json_depth(value: Any, limit: int) -> int:
    """Depth of nested containers, stopping early once past `limit`."""
    depth, level = 0, [value]
    while level:
        depth += 1
        if depth > limit:
            return depth
        level = [
            child
            for node in level
            if isinstance(node, dict | list)
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, dict | list)
        ]
    return depth - 1 if depth else 0


def parse_batch(body: bytes, *, max_items: int, max_item_bytes: int, max_depth: int) -> PushBatch:
    """Parse and check a batch envelope; raise BatchInvalid or BatchTooLarge."""
    try:
        raw = orjson.loads(body)
    except orjson.JSONDecodeError:
        # orjson refuses invalid UTF-8 and lone surrogates here too.
        raise BatchInvalid("The body is not valid UTF-8 JSON.") from None
    if not isinstance(raw, dict):
        raise BatchInvalid("The body must be a JSON object.")
    items = raw.get("items")
    if isinstance(items, list) and len(items) > max_items:
        raise BatchTooLarge(f"A batch may hold at most {max_items} items.", limit_items=max_items)
    if json_depth(raw, max_depth + 3) > max_depth + 3:  # envelope adds items/[i]/data
        raise BatchInvalid(f"Answers nest deeper than {max_depth} levels.", limit_depth=max_depth)
    if isinstance(items, list):
        for index, item in enumerate(items):
            size = len(orjson.dumps(item))
            if size > max_item_bytes:
                raise BatchTooLarge(
                    f"Item {index} is larger than {max_item_bytes} bytes.",
                    limit_item_bytes=max_item_bytes,
                    item_index=index,
                )
    try:
        batch = PushBatch.model_validate(raw)
    except ValidationError as exc:
        raise BatchInvalid(
            "The batch does not follow the sync protocol.",
            errors=[
                {
                    "pointer": "/" + "/".join(str(p) for p in e["loc"]),
                    "code": e["type"],
                    "message": e["msg"],
                }
                for e in exc.errors(include_input=False, include_url=False)
            ],
        ) from None
    seen: set[str] = set()
    for index, item in enumerate(batch.items):
        if item.instance_id in seen:
            raise BatchInvalid(
                "The same instance_id appears twice in one batch.",
                errors=[
                    {
                        "pointer": f"/items/{index}/instance_id",
                        "code": "duplicate",
                        "message": "repeated",
                    }
                ],
            )
        seen.add(item.instance_id)
    return batch
