"""Pure: parse a pushed batch and check its shape before anything else looks at it.

A batch whose envelope is wrong (bad JSON, wrong types in the envelope, the same
instance twice) is refused whole: the tablet gets one problem and nothing is stored
half-way. An item that does not follow the protocol (a field of the wrong type or
format, a number out of range) is refused on its own, and so is per-item trouble after
this point (an unknown form, invalid answers): one bad item never blocks the others.
Every string is cleaned of characters that the databases do not store alike (sync/text.py).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any, Final, Literal

import orjson
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from core.errors import DomainError
from sync.text import BodyNotJson, clean_json, read_json


class BatchInvalid(DomainError):
    code = "sync.batch_invalid"


class BatchTooLarge(DomainError):
    code = "sync.batch_too_large"


# Documented formats (docs/sync-protocol.md, docs/forms.md). A string that does not
# match its format is refused, never stored: an id field is the easiest place for a
# tablet (or a person) to put a name or a DNI.
INSTANCE_ID = r"^[0-9a-fA-F-]{32,36}$"
FORM_ID = r"^[a-z][a-z0-9_-]{0,63}$"
REV = r"^[1-9][0-9]{0,8}-[0-9a-f]{32}$"
INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1
ITEM_INVALID = "sync.item_invalid"
# Years outside this range overflow datetime arithmetic after the clock correction.
_YEARS = (1900, 2999)


def _plausible_time(value: datetime | None) -> datetime | None:
    if value is not None and not _YEARS[0] <= value.year <= _YEARS[1]:
        raise ValueError(f"must be a time between the years {_YEARS[0]} and {_YEARS[1]}")
    return value


DeviceTime = Annotated[AwareDatetime | None, AfterValidator(_plausible_time)]


class AttachmentRef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(max_length=200)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0, le=INT64_MAX)
    content_type: str = Field(max_length=100)


class PushItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    instance_id: str = Field(pattern=INSTANCE_ID)
    form_id: str = Field(pattern=FORM_ID)
    form_version: int = Field(ge=1, le=INT32_MAX)
    base_rev: str | None = Field(default=None, pattern=REV)
    started_at: DeviceTime = None
    ended_at: DeviceTime = None
    data: dict[str, Any]
    attachments: list[AttachmentRef] = Field(default_factory=list, max_length=200)

    @field_validator("instance_id")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower()


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid")

    batch_id: str = Field(pattern=INSTANCE_ID)
    device_time: DeviceTime = None
    items: list[Any]


@dataclass(frozen=True, slots=True)
class PushBatch:
    """A parsed batch. `refused` holds, by position, the problems of items that do not
    follow the protocol; their place in `items` holds an empty stand-in (no answers)."""

    batch_id: str
    device_time: datetime | None
    items: list[PushItem]
    refused: Mapping[int, list[dict[str, Any]]] = field(default_factory=dict)


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


# A tuple: `isinstance` with a `dict | list` union is about twice as slow, and this
# walk visits every value of a batch.
_CONTAINERS: Final = (dict, list)


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
            if isinstance(node, _CONTAINERS)
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, _CONTAINERS)
        ]
    return depth - 1 if depth else 0


def parse_batch(body: bytes, *, max_items: int, max_item_bytes: int, max_depth: int) -> PushBatch:
    """Parse and check a batch envelope; raise BatchInvalid or BatchTooLarge.

    Items that do not follow the protocol are not a reason to refuse the batch: each is
    kept in `PushBatch.refused` (pointers and codes only) and answered on its own.
    """
    try:
        raw, needs_cleaning = read_json(body)
    except BodyNotJson:
        raise BatchInvalid("The body is not valid UTF-8 JSON.") from None
    if not isinstance(raw, dict):
        raise BatchInvalid("The body must be a JSON object.")
    items = raw.get("items")
    if isinstance(items, list) and len(items) > max_items:
        raise BatchTooLarge(f"A batch may hold at most {max_items} items.", limit_items=max_items)
    if json_depth(raw, max_depth + 3) > max_depth + 3:  # envelope adds items/[i]/data
        raise BatchInvalid(f"Answers nest deeper than {max_depth} levels.", limit_depth=max_depth)
    if needs_cleaning:
        raw = clean_json(raw)
        items = raw.get("items")
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
        envelope = _Envelope.model_validate(raw)
    except ValidationError as exc:
        raise BatchInvalid(
            "The batch does not follow the sync protocol.", errors=_problems(exc, "")
        ) from None
    parsed: list[PushItem] = []
    refused: dict[int, list[dict[str, Any]]] = {}
    seen: set[str] = set()
    for index, item in enumerate(envelope.items):
        try:
            parsed.append(PushItem.model_validate(item))
        except ValidationError as exc:
            refused[index] = _problems(exc, f"/items/{index}")
            parsed.append(_stand_in(item))
            continue
        if parsed[-1].instance_id in seen:
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
        seen.add(parsed[-1].instance_id)
    return PushBatch(envelope.batch_id, envelope.device_time, parsed, refused)


# Field names of the protocol; any other key in an error location is the tablet's
# own text and is never echoed.
_KNOWN_KEYS: Final = frozenset(
    {*_Envelope.model_fields, *PushItem.model_fields, *AttachmentRef.model_fields}
)


def _problems(exc: ValidationError, prefix: str) -> list[dict[str, Any]]:
    """Pointers and codes of a validation error; unknown keys become `<unknown>`."""
    return [
        {
            "pointer": prefix
            + "".join(
                f"/{p}" if isinstance(p, int) or p in _KNOWN_KEYS else "/<unknown>"
                for p in e["loc"]
            ),
            "code": e["type"],
            "message": e["msg"],
        }
        for e in exc.errors(include_input=False, include_url=False, include_context=False)
    ]


def _stand_in(item: Any) -> PushItem:
    """An empty item in the place of one that was refused: its instance id if well formed."""
    sent = item.get("instance_id") if isinstance(item, dict) else None
    well_formed = isinstance(sent, str) and re.fullmatch(INSTANCE_ID, sent) is not None
    return PushItem.model_construct(
        instance_id=sent.lower() if well_formed and isinstance(sent, str) else "",
        form_id="",
        form_version=0,
        base_rev=None,
        started_at=None,
        ended_at=None,
        data={},
        attachments=[],
    )
