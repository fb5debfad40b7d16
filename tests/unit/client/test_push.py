"""The push loop against a fake server: splitting on 413, lost answers, refusals."""

from __future__ import annotations

import httpx
import pytest

from client.batching import Backoff, Limits
from client.link import DeviceRefused, LinkDown, Retrier
from client.push import Pusher
from tests.unit.client.fakes import FakeServer, tablet


def pusher(outbox, server, *, limits=Limits(), attempts=4, sleeps=None):
    http = httpx.Client(base_url="http://chasqui.test", transport=httpx.MockTransport(server))
    retrier = Retrier(
        Backoff(base=1.0, cap=4.0, attempts=attempts),
        sleep=(sleeps.append if sleeps is not None else lambda s: None),
        rand=lambda: 1.0,
    )
    return Pusher(http, outbox, retrier, limits, now=lambda: "2026-11-20T18:00:00+00:00")


def test_a_413_splits_the_batch_in_half_until_the_server_takes_it(tmp_path):
    outbox, server = tablet(tmp_path, 10), FakeServer(max_items=3)
    report = pusher(outbox, server, limits=Limits(max_items=10)).push_all()
    assert report.outcomes == {"created": 10}
    assert set(server.stored.values()) == {1} and len(server.stored) == 10
    assert outbox.pending(100) == [] and outbox.in_flight() == []


def test_a_lost_answer_resends_the_same_batch_and_the_server_replays(tmp_path):
    outbox, server = tablet(tmp_path, 4), FakeServer(lose_answers=1)
    report = pusher(outbox, server).push_all()
    assert len(server.bodies) == 1, "one batch_id, sent twice"
    assert server.pushes == 2
    assert report.outcomes == {"duplicate": 4}  # the fake has no replay record
    assert set(server.stored.values()) == {1}


def test_a_revoked_tablet_stops_and_keeps_its_outbox(tmp_path):
    outbox, server = tablet(tmp_path, 3), FakeServer(revoked=True)
    with pytest.raises(DeviceRefused) as refused:
        pusher(outbox, server).push_all()
    assert refused.value.reason == "device_revoked"
    assert len(outbox.in_flight()[0].members) == 3


def test_a_dead_link_gives_up_after_bounded_backoff_and_keeps_the_batch(tmp_path):
    outbox, sleeps = tablet(tmp_path, 2), []

    def down(request):
        raise httpx.ConnectError("no signal", request=request)

    with pytest.raises(LinkDown):
        pusher(outbox, down, attempts=4, sleeps=sleeps).push_all()
    assert sleeps == [1.0, 2.0, 4.0]
    assert len(outbox.in_flight()) == 1
