"""The pull feed against a fake: every item type, paging, and an old server's 404."""

from __future__ import annotations

import httpx

from client.batching import Backoff
from client.ledger import cached_forms, interview_state, read_receipts
from client.link import Retrier
from client.pull import normalize, pull_changes
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
                    {"type": "review", "instance_id": A, "code": "review.ok"},
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
    assert [r.conflict_id for r in read_receipts(outbox, B)] == ["4"]


def test_an_enveloped_change_reads_like_a_documented_item():
    change = {"seq": 3, "kind": "tombstone", "ref": A, "payload": {"reason": "withdrawn"}}
    assert normalize(change) == {"type": "tombstone", "instance_id": A, "reason": "withdrawn"}
