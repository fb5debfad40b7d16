"""The tablet's outbox: interviews recorded offline, kept until the server acknowledges them.

One SQLite file the client owns, in WAL mode with synchronous=FULL: a tablet's battery
dies mid-sync, so every state change is committed before the next network call.
Write-ahead rule: a batch's exact body and batch_id are stored, and its interviews
marked in flight, *before* it is sent. After a crash the same bytes go out under the
same batch_id, and the server answers from its replay record instead of storing twice.

Interview states: pending -> in_flight -> acked (or back to pending on `retry`, or
deleted on `withdrawn`); `blocked` when the server cannot take it even alone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from client.receipts import Receipt
from client.schema import SCHEMA
from client.settle import (
    apply_receipt,
    delete_interview,
    is_forgotten,
    log_receipt,
    release_batch,
)


@dataclass(frozen=True, slots=True)
class FileRef:
    name: str  # the form's field name, never the file's name on the tablet
    sha256: str
    size: int
    content_type: str
    path: str


@dataclass(frozen=True, slots=True)
class NewInterview:
    instance_id: str
    form_id: str
    form_version: int
    data: dict[str, Any]
    started_at: str | None = None
    ended_at: str | None = None
    files: tuple[FileRef, ...] = ()
    base_rev: str | None = None


@dataclass(frozen=True, slots=True)
class PendingItem:
    instance_id: str
    version: int
    item: dict[str, Any]  # the push item, as the protocol shapes it


@dataclass(frozen=True, slots=True)
class Batch:
    batch_id: str
    body: bytes
    members: tuple[tuple[str, int], ...]  # (instance_id, local version sent)


class Outbox:
    """Interviews, batches in flight, files to upload, receipts: one SQLite file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # isolation_level=None: transactions are explicit (see `transaction`).
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten with zeros: erased answers must not linger in
        # free pages of a tablet that gets lost.
        self.db.execute("PRAGMA secure_delete=ON")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # --- recording ---------------------------------------------------------------------

    def record(self, interview: NewInterview, *, now: str) -> None:
        """Queue an interview recorded offline (with its files, already in the home).

        An instance already on the tablet is left alone: re-importing an export must
        not turn sent interviews into edits.
        """
        with self.transaction() as db:
            if db.execute(
                "SELECT 1 FROM interview WHERE instance_id = ?", (interview.instance_id,)
            ).fetchone():
                return
            db.execute(
                "INSERT INTO interview (instance_id, form_id, form_version, base_rev, rev,"
                " started_at, ended_at, data, recorded_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    interview.instance_id,
                    interview.form_id,
                    interview.form_version,
                    interview.base_rev,
                    interview.base_rev,
                    interview.started_at,
                    interview.ended_at,
                    json.dumps(interview.data, ensure_ascii=False),
                    now,
                    now,
                ),
            )
            for f in interview.files:
                db.execute(
                    "INSERT OR IGNORE INTO file (sha256, path, size, content_type)"
                    " VALUES (?, ?, ?, ?)",
                    (f.sha256, f.path, f.size, f.content_type),
                )
                db.execute(
                    "INSERT INTO interview_file (instance_id, name, sha256) VALUES (?, ?, ?)",
                    (interview.instance_id, f.name, f.sha256),
                )

    def edit(self, instance_id: str, data: dict[str, Any], *, now: str) -> None:
        """Change an interview's answers; it is sent again as an edit of its last `rev`.

        An edit made while the previous version is in flight bumps `version`, so the
        receipt for the older version does not mark the newer answers as sent.
        """
        with self.transaction() as db:
            found = db.execute(
                "UPDATE interview SET data = ?, version = version + 1, updated_at = ?,"
                " state = CASE WHEN state = 'in_flight' THEN state ELSE 'pending' END"
                " WHERE instance_id = ?",
                (json.dumps(data, ensure_ascii=False), now, instance_id),
            ).rowcount
        if not found:
            raise KeyError(instance_id)

    def adopt_server_copy(
        self,
        *,
        instance_id: str,
        form_id: str | None,
        form_version: int,
        rev: str,
        data: dict[str, Any],
        now: str,
    ) -> bool:
        """Take the server's copy (a pull) unless the tablet has unsent changes to it.

        The feed may leave out `form_id` for interviews the tablet already holds.
        """
        with self.transaction() as db:
            row = db.execute(
                "SELECT state, form_id FROM interview WHERE instance_id = ?", (instance_id,)
            ).fetchone()
            if row is not None and row["state"] != "acked":
                return False  # never overwrite answers the enumerator has not sent yet
            if row is None and is_forgotten(db, instance_id):
                return False  # erased on purpose (`forget`): the server keeps it
            form_id = form_id or (row["form_id"] if row is not None else None)
            if form_id is None:
                return False  # an interview this tablet never had, of an unknown form
            db.execute(
                "INSERT INTO interview (instance_id, form_id, form_version, base_rev, rev,"
                " data, state, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'acked', ?, ?)"
                " ON CONFLICT (instance_id) DO UPDATE SET form_id = excluded.form_id,"
                " form_version = excluded.form_version, base_rev = excluded.rev,"
                " rev = excluded.rev, data = excluded.data, updated_at = excluded.updated_at",
                (
                    instance_id,
                    form_id,
                    form_version,
                    rev,
                    rev,
                    json.dumps(data, ensure_ascii=False),
                    now,
                    now,
                ),
            )
        return True

    def forget(self, instance_id: str) -> list[str]:
        """Delete an interview's local copy; returns paths of files nothing else uses."""
        with self.transaction() as db:
            return delete_interview(db, instance_id)

    def log_receipt(self, receipt: Receipt, *, now: str) -> None:
        """Note what the server said outside a push (a pull's resolution or review)."""
        with self.transaction() as db:
            log_receipt(db, receipt, None, now)

    # --- batches -----------------------------------------------------------------------

    def in_flight(self) -> list[Batch]:
        """Batches sent (or about to be) whose answer never arrived: send them again."""
        batches = []
        for row in self.db.execute("SELECT batch_id, body FROM batch ORDER BY created_at"):
            members = self.db.execute(
                "SELECT instance_id, version FROM batch_member WHERE batch_id = ?",
                (row["batch_id"],),
            ).fetchall()
            batches.append(
                Batch(row["batch_id"], bytes(row["body"]), tuple((m[0], m[1]) for m in members))
            )
        return batches

    def pending(self, limit: int) -> list[PendingItem]:
        rows = self.db.execute(
            "SELECT * FROM interview WHERE state = 'pending' ORDER BY seq LIMIT ?", (limit,)
        ).fetchall()
        return [PendingItem(r["instance_id"], r["version"], self._item(r)) for r in rows]

    def _item(self, row: sqlite3.Row) -> dict[str, Any]:
        files = self.db.execute(
            "SELECT f.name, file.sha256, file.size, file.content_type FROM interview_file f"
            " JOIN file ON file.sha256 = f.sha256 WHERE f.instance_id = ? ORDER BY f.name",
            (row["instance_id"],),
        ).fetchall()
        return {
            "instance_id": row["instance_id"],
            "form_id": row["form_id"],
            "form_version": row["form_version"],
            "base_rev": row["base_rev"],
            "started_at": row["started_at"],
            "ended_at": row["ended_at"],
            "data": json.loads(row["data"]),
            "attachments": [
                {"name": f[0], "sha256": f[1], "size": f[2], "content_type": f[3]} for f in files
            ],
        }

    def begin_batch(self, batch: Batch, *, now: str) -> None:
        """Write ahead: store the exact body and mark its interviews before sending."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO batch (batch_id, body, created_at) VALUES (?, ?, ?)",
                (batch.batch_id, batch.body, now),
            )
            for instance_id, version in batch.members:
                db.execute(
                    "INSERT INTO batch_member (batch_id, instance_id, version) VALUES (?, ?, ?)",
                    (batch.batch_id, instance_id, version),
                )
                db.execute(
                    "UPDATE interview SET state = 'in_flight', batch_id = ? WHERE instance_id = ?",
                    (batch.batch_id, instance_id),
                )

    def abandon_batch(self, batch_id: str) -> None:
        """The server refused the whole batch and stored nothing: its items wait again."""
        with self.transaction() as db:
            release_batch(db, batch_id, state="pending")

    def block(self, batch_id: str, *, instance_ids: Sequence[str], code: str, now: str) -> None:
        """Interviews the server refuses whole even alone: keep them, stop sending them.

        The rest of the batch waits again (the server stored nothing of it).
        """
        with self.transaction() as db:
            for instance_id in instance_ids:
                log_receipt(db, Receipt(instance_id, "blocked", code), batch_id, now)
                db.execute(
                    "UPDATE interview SET state = 'blocked', batch_id = NULL WHERE instance_id = ?",
                    (instance_id,),
                )
            release_batch(db, batch_id, state="pending")

    def settle_batch(self, batch_id: str, receipts: Sequence[Receipt], *, now: str) -> list[str]:
        """Apply the server's receipts in one transaction; returns files no longer needed."""
        freed: list[str] = []
        with self.transaction() as db:
            versions = dict(
                db.execute(
                    "SELECT instance_id, version FROM batch_member WHERE batch_id = ?", (batch_id,)
                ).fetchall()
            )
            for receipt in receipts:
                log_receipt(db, receipt, batch_id, now)
                freed += apply_receipt(db, receipt, versions.get(receipt.instance_id))
            release_batch(db, batch_id, state="pending")  # members the answer did not mention
        return freed
