"""Right after a sync the client shows the supervisor's notes that sync brought, not older ones."""

from __future__ import annotations

from client.ledger import read_reviews_pulled_since, save_review
from client.outbox import Outbox

A, B = "00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b"


def test_only_the_notes_this_sync_pulled_are_shown_after_it(tmp_path):
    box = Outbox(tmp_path / "outbox.sqlite")
    try:
        save_review(
            box, A, state="approved", comment=None, at="2026-11-19", now="2026-11-20T10:00:00+00:00"
        )
        began = "2026-11-20T11:00:00+00:00"
        save_review(
            box,
            B,
            state="has_issues",
            comment="Falta la edad.",
            at="2026-11-20",
            now="2026-11-20T11:00:03+00:00",
        )
        (note,) = read_reviews_pulled_since(box, began)
    finally:
        box.close()
    assert (note.instance_id, note.state, note.comment) == (B, "has_issues", "Falta la edad.")
