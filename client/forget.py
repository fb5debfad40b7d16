"""Erase interviews the server already holds from the tablet (a lost tablet holds raw answers).

Only acknowledged interviews go: stored on the server (any acknowledged outcome, also
quarantined or in conflict, which the server keeps), with no local edit waiting and no
recording the server still asked for. Everything else stays, and naming it refuses the
whole request. The interview, its files, its receipts and its review note are deleted;
only its instance_id is kept, so the pull feed does not bring the server's copy back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from client.settle import delete_interview

if TYPE_CHECKING:
    from client.outbox import Outbox

# Acknowledged, and no file of it that the server still lacks.
_ERASABLE = (
    "SELECT i.instance_id FROM interview i WHERE i.state = 'acked' AND NOT EXISTS ("
    " SELECT 1 FROM interview_file f JOIN file USING (sha256)"
    " WHERE f.instance_id = i.instance_id AND file.is_needed = 1 AND file.uploaded_at IS NULL)"
)


@dataclass
class Forgotten:
    erased: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # named, but not safe on the server yet
    kept: int = 0  # interviews on the tablet that the server does not hold yet
    freed_files: list[str] = field(default_factory=list)


def forget_acknowledged(
    outbox: Outbox, *, instance_ids: Sequence[str] | None, now: str
) -> Forgotten:
    """Erase the named interviews (all acknowledged ones when None); refuse all if one is not."""
    result = Forgotten()
    with outbox.transaction() as db:
        erasable = {str(r[0]) for r in db.execute(_ERASABLE)}
        wanted = sorted(erasable) if instance_ids is None else [i.lower() for i in instance_ids]
        result.refused = [i for i in wanted if i not in erasable]
        if result.refused:
            return result
        for instance_id in wanted:
            result.freed_files += delete_interview(db, instance_id)
            db.execute("DELETE FROM receipt WHERE instance_id = ?", (instance_id,))
            if _has_table(db, "review"):
                db.execute("DELETE FROM review WHERE instance_id = ?", (instance_id,))
            db.execute(
                "INSERT OR REPLACE INTO forgotten (instance_id, forgotten_at) VALUES (?, ?)",
                (instance_id, now),
            )
        result.erased = wanted
        remaining = int(db.execute("SELECT COUNT(*) FROM interview").fetchone()[0])
        result.kept = remaining - len(erasable - set(wanted))
    if result.erased:
        # Rows of sent batches were deleted before secure_delete was on: rebuild the file
        # so no free page keeps old answers, and empty the write-ahead log.
        outbox.db.execute("VACUUM")
        outbox.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return result


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None
