"""What the outbox knows besides interviews: files to upload, receipts, status, forms.

The receipt log answers the enumerator's question "¿ya se envió?": what the server
said about each interview, and when. It holds identifiers and codes, never answers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from client.outbox import Outbox


@dataclass(frozen=True, slots=True)
class FileToUpload:
    sha256: str
    path: str
    size: int
    content_type: str
    upload_url: str | None


@dataclass(frozen=True, slots=True)
class Status:
    waiting: int  # not yet acknowledged (pending, or sent without an answer)
    blocked: int  # refused whole by the server even alone; kept on the tablet
    acknowledged: int
    conflicts: int  # acknowledged, waiting for a supervisor to resolve
    quarantined: int
    withdrawn: int  # deleted on the server's word: consent withdrawn
    files_waiting: int
    bytes_waiting: int


@dataclass(frozen=True, slots=True)
class ReceiptEntry:
    instance_id: str
    outcome: str
    code: str
    rev: str | None
    conflict_id: str | None
    quarantine_id: str | None
    received_at: str


@dataclass(frozen=True, slots=True)
class ReviewNote:
    """The supervisor's latest word on one interview, as the pull feed sent it."""

    instance_id: str
    state: str | None  # approved | has_issues | rejected | received; None: no state yet
    comment: str | None  # already scrubbed by the server
    at: str | None  # when the supervisor wrote it (server clock)


# Created on use, so outboxes made by older clients gain it without a migration step.
_REVIEW_TABLE = (
    "CREATE TABLE IF NOT EXISTS review (instance_id TEXT PRIMARY KEY, state TEXT,"
    " comment TEXT, at TEXT, pulled_at TEXT NOT NULL)"
)


def save_review(
    outbox: Outbox,
    instance_id: str,
    *,
    state: str | None,
    comment: str | None,
    at: str | None,
    now: str,
) -> None:
    """Keep the latest review of an interview; a note without a state keeps the old state."""
    with outbox.transaction() as db:
        db.execute(_REVIEW_TABLE)
        db.execute(
            "INSERT INTO review (instance_id, state, comment, at, pulled_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (instance_id) DO UPDATE SET"
            " state = COALESCE(excluded.state, review.state),"
            " comment = COALESCE(excluded.comment, review.comment),"
            " at = COALESCE(excluded.at, review.at), pulled_at = excluded.pulled_at",
            (instance_id.lower(), state, comment, at, now),
        )


def forget_review(outbox: Outbox, instance_id: str) -> None:
    """Drop an interview's review (its consent was withdrawn)."""
    with outbox.transaction() as db:
        db.execute(_REVIEW_TABLE)
        db.execute("DELETE FROM review WHERE instance_id = ?", (instance_id.lower(),))


def read_reviews(outbox: Outbox) -> list[ReviewNote]:
    """Every interview's latest review, newest first."""
    outbox.db.execute(_REVIEW_TABLE)
    rows = outbox.db.execute(
        "SELECT instance_id, state, comment, at FROM review ORDER BY at DESC, instance_id"
    ).fetchall()
    return [ReviewNote(*row) for row in rows]


def read_reviews_pulled_since(outbox: Outbox, since: str) -> list[ReviewNote]:
    """The reviews a sync that began at `since` brought (shown right after it)."""
    outbox.db.execute(_REVIEW_TABLE)
    rows = outbox.db.execute(
        "SELECT instance_id, state, comment, at FROM review WHERE pulled_at >= ?"
        " ORDER BY at DESC, instance_id",
        (since,),
    ).fetchall()
    return [ReviewNote(*row) for row in rows]


def files_to_upload(outbox: Outbox) -> list[FileToUpload]:
    rows = outbox.db.execute(
        "SELECT sha256, path, size, content_type, upload_url FROM file"
        " WHERE is_needed = 1 AND uploaded_at IS NULL ORDER BY size, sha256"
    ).fetchall()
    return [FileToUpload(*row) for row in rows]


def save_upload_url(outbox: Outbox, sha256: str, url: str | None) -> None:
    """Remember where an upload lives, so a restarted client resumes instead of restarting."""
    with outbox.transaction() as db:
        db.execute("UPDATE file SET upload_url = ? WHERE sha256 = ?", (url, sha256))


def mark_uploaded(outbox: Outbox, sha256: str, *, now: str) -> None:
    with outbox.transaction() as db:
        db.execute("UPDATE file SET uploaded_at = ?, is_needed = 0 WHERE sha256 = ?", (now, sha256))


def _latest_outcomes(outbox: Outbox) -> dict[str, int]:
    # A supervisor's review note is logged as a receipt too, but it does not change
    # where the interview stands (an open conflict stays open): skip it here.
    rows = outbox.db.execute(
        "SELECT r.outcome, COUNT(*) FROM receipt r JOIN interview i USING (instance_id)"
        " WHERE r.id = (SELECT MAX(id) FROM receipt WHERE instance_id = r.instance_id"
        " AND outcome != 'review') AND i.state = 'acked' GROUP BY r.outcome"
    ).fetchall()
    return {str(outcome): int(n) for outcome, n in rows}


def read_status(outbox: Outbox) -> Status:
    """Counts for the enumerator: what is still on the tablet, what the server holds."""
    states = dict(
        outbox.db.execute("SELECT state, COUNT(*) FROM interview GROUP BY state").fetchall()
    )
    latest = _latest_outcomes(outbox)
    withdrawn = outbox.db.execute(
        "SELECT COUNT(DISTINCT instance_id) FROM receipt WHERE outcome = 'rejected'"
        " AND instance_id NOT IN (SELECT instance_id FROM interview)"
    ).fetchone()[0]
    files, size = outbox.db.execute(
        "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM file WHERE uploaded_at IS NULL"
    ).fetchone()
    return Status(
        waiting=states.get("pending", 0) + states.get("in_flight", 0),
        blocked=states.get("blocked", 0),
        acknowledged=states.get("acked", 0),
        conflicts=latest.get("conflict", 0),
        quarantined=latest.get("quarantined", 0),
        withdrawn=int(withdrawn),
        files_waiting=int(files),
        bytes_waiting=int(size),
    )


def read_receipts(outbox: Outbox, instance_id: str | None = None) -> list[ReceiptEntry]:
    """The receipt log, oldest first; for one interview when `instance_id` is given."""
    query = (
        "SELECT instance_id, outcome, code, rev, conflict_id, quarantine_id, received_at"
        " FROM receipt"
    )
    params: tuple[Any, ...] = ()
    if instance_id is not None:
        query, params = query + " WHERE instance_id = ?", (instance_id.lower(),)
    return [ReceiptEntry(*row) for row in outbox.db.execute(query + " ORDER BY id", params)]


def interview_state(outbox: Outbox, instance_id: str) -> str | None:
    row = outbox.db.execute(
        "SELECT state FROM interview WHERE instance_id = ?", (instance_id.lower(),)
    ).fetchone()
    return None if row is None else str(row[0])


def save_forms(outbox: Outbox, forms: list[dict[str, Any]], *, etag: str | None) -> None:
    """Replace the list of assigned forms; keep documents already downloaded."""
    with outbox.transaction() as db:
        for f in forms:
            db.execute(
                "INSERT INTO form (form_id, version, etag, title) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (form_id, version) DO UPDATE SET etag = excluded.etag,"
                " title = excluded.title",
                (f["form_id"], int(f["version"]), f.get("etag") or "", f.get("title") or ""),
            )
        if etag is not None:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('forms_etag', ?)", (etag,))


def forms_without_document(outbox: Outbox) -> list[tuple[str, int]]:
    rows = outbox.db.execute(
        "SELECT form_id, version FROM form WHERE document IS NULL ORDER BY form_id, version"
    ).fetchall()
    return [(str(r[0]), int(r[1])) for r in rows]


def save_form_document(outbox: Outbox, form_id: str, version: int, document: Any) -> None:
    with outbox.transaction() as db:
        db.execute(
            "UPDATE form SET document = ? WHERE form_id = ? AND version = ?",
            (json.dumps(document, ensure_ascii=False), form_id, version),
        )


def cached_forms(outbox: Outbox) -> list[tuple[str, int, bool]]:
    """(form_id, version, whether its document is on the tablet)."""
    rows = outbox.db.execute(
        "SELECT form_id, version, document IS NOT NULL FROM form ORDER BY form_id, version"
    ).fetchall()
    return [(str(r[0]), int(r[1]), bool(r[2])) for r in rows]


def form_document_of(outbox: Outbox, instance_id: str) -> dict[str, Any] | None:
    """The cached form document of an interview on the tablet (for field labels)."""
    row = outbox.db.execute(
        "SELECT f.document FROM interview i JOIN form f"
        " ON f.form_id = i.form_id AND f.version = i.form_version WHERE i.instance_id = ?",
        (instance_id.lower(),),
    ).fetchone()
    if row is None or row[0] is None:
        return None
    document = json.loads(row[0])
    return document if isinstance(document, dict) else None


def read_attention(outbox: Outbox) -> list[ReceiptEntry]:
    """The latest word on each interview still on the tablet that needs the enumerator:
    held for review, in conflict, or not accepted (blocked or refused as sent)."""
    rows = outbox.db.execute(
        "SELECT r.instance_id, r.outcome, r.code, r.rev, r.conflict_id, r.quarantine_id,"
        " r.received_at FROM receipt r JOIN interview i USING (instance_id)"
        " WHERE r.id = (SELECT MAX(id) FROM receipt WHERE instance_id = r.instance_id"
        " AND outcome NOT IN ('review', 'resolved'))"
        " AND r.outcome IN ('quarantined', 'conflict', 'blocked', 'rejected')"
        " ORDER BY r.id"
    ).fetchall()
    return [ReceiptEntry(*row) for row in rows]
