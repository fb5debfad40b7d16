"""Pure: parse a large pushed batch one item at a time, keeping where each item lies.

`sync/intake.py:parse_batch` builds the whole decoded tree of a batch; for a 32 MB
batch that tree is several times the body. Here the envelope is scanned item by item:
each item is checked exactly as `parse_batch` checks it (size, depth, protocol shape,
repeated ids) and then dropped; only its protocol fields and its place in the body
(byte offsets) are kept. `SpannedBatch.answers(index)` reads an item's answers again
from the body when the pipeline gets to it, a few hundred items at a time.

The same reader semantics as `sync/text.py:read_json`: the standard library with the
same number and constant rules here, orjson (or the same fallback) on each item later,
and every string cleaned the same way when the body holds a suspect character.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any, Final, TypeVar

import orjson
from pydantic import ValidationError

from sync.intake import (
    BatchInvalid,
    BatchTooLarge,
    PushBatch,
    PushItem,
    _Envelope,
    _problems,
    _stand_in,
    json_depth,
    parse_batch,
)
from sync.text import (
    _float_or_text,
    _int_or_text,
    _is_suspect,
    _refuse_constant,
    clean_json,
    clean_text,
    read_json,
)

_DECODER: Final = json.JSONDecoder(
    parse_constant=_refuse_constant, parse_int=_int_or_text, parse_float=_float_or_text
)
_SPACE: Final = re.compile(r"[ \t\n\r]*")
_NOT_JSON = "The body is not valid UTF-8 JSON."
# Bytes of body decoded at a time: the text held while scanning (a larger item, more).
WINDOW: Final = 1 << 20


@dataclass(frozen=True, slots=True)
class SpannedBatch:
    """A parsed batch whose items hold no answers yet (`data` is empty): `answers`
    reads them from `body` at `spans[index]` (byte offsets of the item)."""

    batch: PushBatch
    body: bytes
    spans: list[tuple[int, int]]
    suspect: bool

    def answers(self, index: int) -> dict[str, Any]:
        start, end = self.spans[index]
        item, needs_cleaning = read_json(self.body[start:end])
        if needs_cleaning or self.suspect:
            item = clean_json(item)
        data: dict[str, Any] = item["data"]
        return data

    def item_bytes(self, index: int) -> int:
        start, end = self.spans[index]
        return end - start


def parse_batch_spans(
    body: bytes, *, max_items: int, max_item_bytes: int, max_depth: int
) -> SpannedBatch:
    """`parse_batch`, without ever holding more than one item's decoded answers."""
    if not body.lstrip(b" \t\r\n").startswith(b"{"):
        # Not an object (or not JSON): the whole-tree reader says which, as always.
        whole = parse_batch(
            body, max_items=max_items, max_item_bytes=max_item_bytes, max_depth=max_depth
        )
        return SpannedBatch(whole, b"", [], False)
    scan = _Scan(body, max_items, max_item_bytes, max_depth, _is_suspect(body))
    try:
        envelope = scan.envelope()
    except (ValueError, RecursionError, IndexError):  # UnicodeDecodeError is a ValueError
        raise BatchInvalid(_NOT_JSON) from None
    try:
        parsed = _Envelope.model_validate({**envelope, "items": []} if scan.saw_items else envelope)
    except ValidationError as exc:
        raise BatchInvalid(
            "The batch does not follow the sync protocol.", errors=_problems(exc, "")
        ) from None
    if scan.repeated is not None:
        raise BatchInvalid(
            "The same instance_id appears twice in one batch.",
            errors=[
                {
                    "pointer": f"/items/{scan.repeated}/instance_id",
                    "code": "duplicate",
                    "message": "repeated",
                }
            ],
        )
    batch = PushBatch(parsed.batch_id, parsed.device_time, scan.items, scan.refused)
    return SpannedBatch(batch, body, scan.spans, scan.suspect)


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


T = TypeVar("T")


class _Scan:
    """One pass over a batch: the envelope's values, and each item checked.

    The body is decoded a window at a time (`WINDOW` bytes, never the whole of it):
    a step that runs past the end of the text decoded so far starts again with more.
    """

    def __init__(
        self, body: bytes, max_items: int, max_item_bytes: int, max_depth: int, suspect: bool
    ) -> None:
        self.body, self.suspect = body, suspect
        self.max_items, self.max_item_bytes, self.max_depth = max_items, max_item_bytes, max_depth
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.text, self.pos, self.step_at, self.read = "", 0, 0, 0
        self.is_ascii = body.isascii()  # then a character's offset is its byte offset
        self.dropped, self.char_at, self.byte_at = 0, 0, 0
        self.saw_items = False
        self.items: list[PushItem] = []
        self.refused: dict[int, list[dict[str, Any]]] = {}
        self.spans: list[tuple[int, int]] = []
        self.seen: set[str] = set()
        self.repeated: int | None = None

    def _refill(self, size: int) -> bool:
        """Decode `size` more bytes, dropping the text before the current step."""
        if self.read >= len(self.body):
            return False
        keep = self.step_at
        self._byte(keep)
        chunk = self.body[self.read : self.read + size]
        self.read += len(chunk)
        more = self.decoder.decode(chunk, final=self.read >= len(self.body))
        self.text = self.text[keep:] + more
        self.dropped += keep
        self.char_at -= keep
        self.pos -= keep
        self.step_at = 0
        return True

    def _run(self, step: Callable[[], T]) -> T:
        """Run a step that reads from `self.pos`, with more text until it can finish."""
        self.step_at, size = self.pos, WINDOW
        while True:
            try:
                return step()
            except (ValueError, IndexError):
                self.pos = self.step_at
                if not self._refill(size):
                    raise
                size *= 2

    def _byte(self, pos: int) -> int:
        """The byte offset in the body of the character at `pos` (moving forward only)."""
        if self.is_ascii:
            return self.dropped + pos
        self.byte_at += len(self.text[self.char_at : pos].encode("utf-8"))
        self.char_at = pos
        return self.byte_at

    def _after(self, end: int, closing: str) -> tuple[int, str]:
        """Skip to the delimiter after a value: a comma or `closing`."""
        pos = _skip(self.text, end)
        mark = self.text[pos]
        if mark != "," and mark != closing:
            raise ValueError("a delimiter")
        return pos, mark

    def _open(self) -> None:
        pos = _skip(self.text, self.pos)
        if self.text[pos] != "{":
            raise ValueError("an object")
        self.pos = _skip(self.text, pos + 1)
        self.text[self.pos]

    def _key(self) -> str:
        text, pos = self.text, self.pos
        if text[pos] != '"':
            raise ValueError("a key")
        key, pos = scanstring(text, pos + 1)
        pos = _skip(text, pos)
        if text[pos] != ":":
            raise ValueError("a colon")
        self.pos = _skip(text, pos + 1)
        text[self.pos]
        return clean_text(key) if self.suspect else str(key)

    def _value(self, closing: str) -> tuple[Any, int, int, str]:
        value, end = _DECODER.raw_decode(self.text, self.pos)
        mark_at, mark = self._after(end, closing)
        return value, end, mark_at, mark

    def _next(self) -> str:
        self.pos = _skip(self.text, self.pos)
        return self.text[self.pos]

    def envelope(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        self._refill(WINDOW)
        self._run(self._open)
        if self.text[self.pos] == "}":
            return self._end(out)
        while True:
            key = self._run(self._key)
            if key == "items" and self.text[self.pos] == "[":
                self._items()
                mark = self._run(self._next)
                if mark != "," and mark != "}":
                    raise ValueError("a delimiter")
            else:
                value, _, mark_at, mark = self._run(lambda: self._value("}"))
                if json_depth(value, self.max_depth + 2) > self.max_depth + 2:
                    self._too_deep()
                out[key] = clean_json(value) if self.suspect else value
                self.saw_items = self.saw_items and key != "items"
                self.pos = mark_at
            if mark == "}":
                return self._end(out)
            self.pos += 1
            self._run(self._next)

    def _end(self, out: dict[str, Any]) -> dict[str, Any]:
        self.pos += 1
        while True:
            self.pos = _skip(self.text, self.pos)
            if self.pos != len(self.text):
                raise ValueError("text after the batch")
            self.step_at = self.pos
            if not self._refill(WINDOW):
                return out

    def _too_deep(self) -> None:
        limit = self.max_depth
        raise BatchInvalid(f"Answers nest deeper than {limit} levels.", limit_depth=limit)

    def _items(self) -> None:
        """Check every item of the `items` array, leaving `pos` after it."""
        self.saw_items = True
        self.items, self.refused, self.spans = [], {}, []  # a repeated key: the last counts
        self.seen, self.repeated = set(), None
        self.pos += 1
        if self._run(self._next) == "]":
            self.pos += 1
            return
        while True:
            item, end, mark_at, mark = self._run(lambda: self._value("]"))
            if len(self.items) >= self.max_items:
                limit = self.max_items
                raise BatchTooLarge(f"A batch may hold at most {limit} items.", limit_items=limit)
            self.spans.append((self._byte(self.pos), self._byte(end)))
            self._check(item)
            self.pos = mark_at + 1
            if mark == "]":
                return
            self._run(self._next)

    def _check(self, item: Any) -> None:
        """What `parse_batch` checks of one item; only its protocol fields are kept."""
        index = len(self.items)
        if json_depth(item, self.max_depth + 1) > self.max_depth + 1:
            self._too_deep()
        if self.suspect:
            item = clean_json(item)
        if len(orjson.dumps(item)) > self.max_item_bytes:
            raise BatchTooLarge(
                f"Item {index} is larger than {self.max_item_bytes} bytes.",
                limit_item_bytes=self.max_item_bytes,
                item_index=index,
            )
        # The answers are read again later: validate the envelope of the item only.
        has_answers = isinstance(item, dict) and isinstance(item.get("data"), dict)
        probe = {**item, "data": {}} if has_answers else item
        try:
            parsed = PushItem.model_validate(probe)
        except ValidationError as exc:
            self.refused[index] = _problems(exc, f"/items/{index}")
            self.items.append(_stand_in(item))
            return
        self.items.append(parsed)
        if parsed.instance_id in self.seen and self.repeated is None:
            self.repeated = index
        self.seen.add(parsed.instance_id)
