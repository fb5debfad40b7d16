"""Pure: decide what an incoming item is, given what the server holds for its instance.

new      nothing stored under this instance id yet
replay   this exact revision is already stored: write nothing
edit     an edit on top of the current head: fast-forward
stale    an edit on an older or unknown base, or a second first version: a branch
         that the reconciliation step merges or queues as a conflict
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from sync.revisions import make_rev

Kind = Literal["new", "replay", "edit", "stale"]


@dataclass(frozen=True, slots=True)
class Existing:
    """What the server holds for one instance id."""

    head_rev: str
    head_hash: str
    revs: Collection[str]


@dataclass(frozen=True, slots=True)
class Decision:
    kind: Kind
    rev: str  # the incoming revision's id; for a replay, the stored revision to report


def classify(*, existing: Existing | None, base_rev: str | None, content: str) -> Decision:
    """Classify one incoming item; deterministic and free of I/O."""
    rev = make_rev(parent_rev=base_rev, content=content)
    if existing is None:
        return Decision("new", rev)
    if rev in existing.revs:
        return Decision("replay", rev)
    # No shortcut for "same answers as the head": which answers the head holds depends
    # on the order edits arrived in, and the receipt must not. An edit equal to its
    # parent is a duplicate of the parent (sync/apply.py checks that against the store).
    if base_rev is not None and base_rev == existing.head_rev:
        return Decision("edit", rev)
    return Decision("stale", rev)
