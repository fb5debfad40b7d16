"""Pure: what the tablet does with each receipt the server returns (docs/sync-protocol.md §3)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

ACKNOWLEDGED = frozenset({"created", "duplicate", "updated", "merged", "conflict", "quarantined"})


class Action(enum.StrEnum):
    ack = "ack"  # the server holds it: stop sending, keep the receipt
    keep = "keep"  # a temporary failure: send it again later
    delete = "delete"  # consent withdrawn: the local copy must go


@dataclass(frozen=True, slots=True)
class Receipt:
    """One server answer about one interview, as the tablet keeps it.

    Only identifiers and codes: problems carry JSON pointers, never answers.
    """

    instance_id: str
    outcome: str
    code: str
    rev: str | None = None
    branch_rev: str | None = None
    conflict_id: str | None = None
    quarantine_id: str | None = None
    missing_attachments: tuple[str, ...] = ()
    # (pointer, code) pairs of a quarantined item: shown after the sync, never stored.
    problems: tuple[tuple[str, str], ...] = ()

    @property
    def action(self) -> Action:
        return action_for(self.outcome, self.code)


def action_for(outcome: str, code: str) -> Action:
    """Map an outcome to what the outbox does with the interview."""
    if outcome in ACKNOWLEDGED:
        return Action.ack
    if outcome == "rejected" and code == "withdrawn":
        return Action.delete
    # `retry`, and anything a newer server may invent: keeping is the only safe default.
    return Action.keep


def parse_receipt(result: dict[str, Any]) -> Receipt:
    """Read one entry of a push answer's `results`, keeping identifiers only."""

    def text(key: str) -> str | None:
        value = result.get(key)
        return None if value is None else str(value)

    missing = result.get("missing_attachments") or []
    return Receipt(
        instance_id=str(result["instance_id"]).lower(),
        outcome=str(result["outcome"]),
        code=str(result.get("code") or ""),
        rev=text("rev"),
        branch_rev=text("branch_rev"),
        conflict_id=text("conflict_id"),
        quarantine_id=text("quarantine_id"),
        missing_attachments=tuple(str(s) for s in missing),
        problems=_problems(result.get("problems")),
    )


def _problems(raw: Any) -> tuple[tuple[str, str], ...]:
    """Pointers and codes only: a problem's `message` is the server's English, not shown."""
    if not isinstance(raw, list):
        return ()
    return tuple(
        (str(p.get("pointer") or ""), str(p.get("code") or "")) for p in raw if isinstance(p, dict)
    )
