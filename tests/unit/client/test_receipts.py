"""Every push outcome maps to what the tablet must do with its copy."""

from __future__ import annotations

import pytest

from client.receipts import Action, action_for, parse_receipt


@pytest.mark.parametrize(
    ("outcome", "code", "action"),
    [
        ("created", "ok", Action.ack),
        ("duplicate", "sync.duplicate", Action.ack),
        ("updated", "ok", Action.ack),
        ("merged", "ok", Action.ack),
        ("conflict", "sync.conflict", Action.ack),
        ("quarantined", "answer.invalid", Action.ack),
        ("rejected", "withdrawn", Action.delete),
        ("retry", "sync.retry", Action.keep),
        ("rejected", "something.new", Action.keep),
        ("teleported", "x", Action.keep),
    ],
    ids=lambda v: str(v),
)
def test_outcome_decides_the_local_copy(outcome, code, action):
    assert action_for(outcome, code) is action


def test_receipt_keeps_identifiers_and_never_answers():
    receipt = parse_receipt(
        {
            "instance_id": "ABCDEF00-0000-4000-8000-000000000001",
            "outcome": "quarantined",
            "code": "answer.invalid",
            "rev": None,
            "quarantine_id": 7,
            "problems": [{"pointer": "/staff_total", "code": "type", "message": "must be int"}],
            "missing_attachments": ["a" * 64],
        }
    )
    assert receipt.instance_id == "abcdef00-0000-4000-8000-000000000001"
    assert receipt.quarantine_id == "7"
    assert receipt.missing_attachments == ("a" * 64,)
    # Pointers and codes only (shown after the sync); the server's English message is dropped.
    assert receipt.problems == (("/staff_total", "type"),)
