"""The pull feed against a fake: every item type, paging, and an old server's 404."""

from __future__ import annotations

import httpx

from client.batching import Backoff
from client.ledger import cached_forms, interview_state, read_receipts, read_reviews, read_status
from client.link import Retrier
from client.pull import normalize, pull_changes
from client.receipts import Receipt
from tests.unit.client.fakes import FakeServer, tablet

A = "00000000-0000-4000-8000-000000000000"
B = "00000000-0000-4000-8000-000000000001"


def pull(outbox, server):
    http = httpx.Client(base_url="http://chasqui.test", transport=httpx.MockTransport(server))
    retrier = Retrier(Backoff(attempts=2), sleep=lambda s: None, rand=lambda: 0.0)
    return pull_changes(http, outbox, retrier, now=lambda: "t", limit=2)


def test_a_server_without_a_feed_is_tolerated(tmp_path):
    report = pull(tablet(tmp_path), FakeServer())
    assert not report.is_supported


def test_feed_items_of_every_type_are_applied_page_by_page(tmp_path):
    outbox = tablet(tmp_path, 2)  # A and B exist; A is acknowledged, B still unsent
    outbox.db.execute("UPDATE interview SET state = 'acked' WHERE instance_id = ?", (A,))
    server = FakeServer(
        pages=[
            {
                "items": [
                    {"type": "form", "form_id": "ngo", "version": 2, "etag": "e"},
                    {
                        "type": "edit",
                        "instance_id": A,
                        "form_version": 1,
                        "rev": "2-s",
                        "data": {"n": 99},
                    },
                ],
                "next_cursor": "c1",
                "has_more": True,
            },
            {
                "items": [
                    {
                        "type": "resolution",
                        "instance_id": B,
                        "conflict_id": 4,
                        "rev": "3-r",
                        "form_id": "ngo",
                        "form_version": 1,
                        "data": {"n": 7},
                    },
                    {"type": "review", "instance_id": A, "state": "approved", "comment": None},
                    {"type": "tombstone", "instance_id": A},
                    {"type": "from-the-future"},
                ],
                "next_cursor": "c2",
                "has_more": False,
            },
        ]
    )
    report = pull(outbox, server)
    assert server.cursors == [None, "c1"]
    assert outbox.get_meta("pull_cursor") == "c2"
    assert (report.applied, report.skipped) == (5, 1)  # B has unsent answers: kept
    assert ("ngo", 2, False) in cached_forms(outbox)
    assert interview_state(outbox, A) is None  # tombstoned
    assert interview_state(outbox, B) == "pending"
    assert [r.outcome for r in read_receipts(outbox, A)] == ["review", "rejected"]
    assert read_reviews(outbox) == []  # the tombstone took A's review note too
    assert [r.conflict_id for r in read_receipts(outbox, B)] == ["4"]


def test_an_enveloped_change_reads_like_a_documented_item():
    change = {"seq": 3, "kind": "tombstone", "ref": A, "payload": {"reason": "withdrawn"}}
    assert normalize(change) == {"type": "tombstone", "instance_id": A, "reason": "withdrawn"}


def _review(instance_id, state, comment, at, seq):
    # Exactly what the server's feed sends (docs/sync-protocol.md, section 5).
    payload = {"instance_id": instance_id, "state": state, "comment": comment, "at": at}
    return {"seq": seq, "kind": "review", "ref": instance_id, "payload": payload}


def _page(*changes, cursor="c", has_more=False, reset=False):
    return {"changes": list(changes), "next_cursor": cursor, "has_more": has_more, "reset": reset}


def test_the_supervisors_review_state_and_comment_are_kept(tmp_path):
    outbox = tablet(tmp_path, 2)
    server = FakeServer(
        pages=[
            _page(
                _review(A, "has_issues", "Falta la pregunta 5.", "2026-11-21T10:00:00+00:00", 1),
                _review(B, "approved", None, "2026-11-21T09:00:00+00:00", 2),
                cursor="c1",
                has_more=True,
            ),
            # A comment without a new state keeps the state; a new state keeps the comment.
            _page(
                _review(A, None, "Gracias, ya está.", "2026-11-22T10:00:00+00:00", 3),
                _review(B, "rejected", None, "2026-11-22T11:00:00+00:00", 4),
                cursor="c2",
            ),
        ]
    )
    report = pull(outbox, server)
    assert (report.applied, report.skipped, report.reviews) == (4, 0, 4)
    assert [(r.instance_id, r.state, r.comment, r.at) for r in read_reviews(outbox)] == [
        (B, "rejected", None, "2026-11-22T11:00:00+00:00"),
        (A, "has_issues", "Gracias, ya está.", "2026-11-22T10:00:00+00:00"),
    ]
    assert [r.code for r in read_receipts(outbox, A)] == ["review.has_issues", "review.comment"]


def test_a_review_note_does_not_hide_an_open_conflict(tmp_path):
    outbox = tablet(tmp_path, 1)
    outbox.db.execute("UPDATE interview SET state = 'acked' WHERE instance_id = ?", (A,))
    outbox.log_receipt(Receipt(A, "conflict", "sync.conflict", conflict_id="7"), now="t")
    pull(outbox, FakeServer(pages=[_page(_review(A, "has_issues", "Revise", "t", 1))]))
    assert read_status(outbox).conflicts == 1


def test_a_refused_cursor_starts_the_feed_again(tmp_path):
    outbox = tablet(tmp_path)
    outbox.set_meta("pull_cursor", "from-another-study")
    seen = []

    def server(request):
        cursor = request.url.params.get("cursor")
        seen.append(cursor)
        if cursor:
            return httpx.Response(400, json={"code": "sync.cursor_invalid"})
        return httpx.Response(200, json=_page(_review(A, "approved", None, "t", 1), cursor="c9"))

    report = pull(outbox, server)
    assert seen == ["from-another-study", None]
    assert report.applied == 1
    assert outbox.get_meta("pull_cursor") == "c9"
