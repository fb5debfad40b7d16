"""SQL steps shared by the outbox's transactions: log a receipt, apply it, release a batch.

Each runs inside a transaction the caller holds, so a receipt, its effect on the
interview and the end of the batch are committed together or not at all.
"""

from __future__ import annotations

import sqlite3

from client.receipts import Action, Receipt


def log_receipt(db: sqlite3.Connection, r: Receipt, batch_id: str | None, now: str) -> None:
    db.execute(
        "INSERT INTO receipt (instance_id, batch_id, outcome, code, rev, conflict_id,"
        " quarantine_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (r.instance_id, batch_id, r.outcome, r.code, r.rev, r.conflict_id, r.quarantine_id, now),
    )


def apply_receipt(db: sqlite3.Connection, r: Receipt, sent_version: int | None) -> list[str]:
    if r.action is Action.delete:
        return delete_interview(db, r.instance_id)
    if r.action is Action.keep:
        db.execute(
            "UPDATE interview SET state = 'pending', batch_id = NULL WHERE instance_id = ?",
            (r.instance_id,),
        )
        return []
    # The server holds this version; a newer local edit stays pending, based on it.
    rev = r.rev if r.outcome != "conflict" else (r.branch_rev or r.rev)
    db.execute(
        "UPDATE interview SET rev = ?, base_rev = ?, batch_id = NULL,"
        " state = CASE WHEN version = ? THEN 'acked' ELSE 'pending' END WHERE instance_id = ?",
        (rev, rev, sent_version, r.instance_id),
    )
    for sha256 in r.missing_attachments:
        # The server's word wins: a file it lacks is sent again even if sent before.
        db.execute("UPDATE file SET is_needed = 1, uploaded_at = NULL WHERE sha256 = ?", (sha256,))
    return []


def release_batch(db: sqlite3.Connection, batch_id: str, *, state: str) -> None:
    db.execute(
        "UPDATE interview SET state = ?, batch_id = NULL"
        " WHERE batch_id = ? AND state = 'in_flight'",
        (state, batch_id),
    )
    db.execute("DELETE FROM batch WHERE batch_id = ?", (batch_id,))


def delete_interview(db: sqlite3.Connection, instance_id: str) -> list[str]:
    db.execute("DELETE FROM interview WHERE instance_id = ?", (instance_id,))
    orphans = db.execute(
        "SELECT sha256, path FROM file WHERE sha256 NOT IN (SELECT sha256 FROM interview_file)"
    ).fetchall()
    db.executemany("DELETE FROM file WHERE sha256 = ?", [(o[0],) for o in orphans])
    return [str(o[1]) for o in orphans]


def is_forgotten(db: sqlite3.Connection, instance_id: str) -> bool:
    """Whether the interview was erased on purpose (`client.forget`): the server keeps it."""
    row = db.execute("SELECT 1 FROM forgotten WHERE instance_id = ?", (instance_id,)).fetchone()
    return row is not None
