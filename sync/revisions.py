"""Pure: content hashes and CouchDB-style revision ids.

A revision id is ``<generation>-<hash>`` where the hash covers the parent revision
and the (anonymized) content. The same edit made twice, on any tablet, in any order,
gets the same id: that is what makes replays and convergence checkable.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson


def canonical_json(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def content_hash(*, form_id: str, form_version: int, data: Any) -> str:
    """The identity of a submission's content, independent of key order."""
    digest = hashlib.sha256()
    digest.update(f"{form_id}\x00{form_version}\x00".encode())
    digest.update(canonical_json(data))
    return digest.hexdigest()


def generation(rev: str | None) -> int:
    if not rev:
        return 0
    head, _, _ = rev.partition("-")
    return int(head) if head.isdigit() else 0


def make_rev(*, parent_rev: str | None, content: str) -> str:
    """The revision id of `content` (a content hash) written on top of `parent_rev`."""
    digest = hashlib.sha256(f"{parent_rev or ''}\x00{content}".encode()).hexdigest()[:32]
    return f"{generation(parent_rev) + 1}-{digest}"


def rev_sort_key(rev: str) -> tuple[int, str]:
    """CouchDB's winner order: longer history first, then the higher revision id."""
    return (generation(rev), rev.partition("-")[2])
