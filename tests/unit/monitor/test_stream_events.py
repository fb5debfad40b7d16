"""When the progress stream sends: at once, on a signal, on a new version, and not more."""

from __future__ import annotations

import asyncio

import pytest

from monitor.stream import StreamConfig, stream_events

# The poll is far beyond the tests' own deadlines: only signals can deliver in time.
SLOW = StreamConfig(poll_s=60.0, heartbeat_s=60.0, max_s=60.0, min_gap_s=0.0)


class Study:
    """What the stream reads: a version token and a summary counter."""

    def __init__(self) -> None:
        self.version = "b0"
        self.sent = 0
        self.gone = False

    async def read_version(self) -> str:
        return self.version

    async def read_event(self) -> str:
        self.sent += 1
        return f"event: progress\ndata: {self.sent}\n\n"

    async def is_gone(self) -> bool:
        return self.gone


async def _collect(study: Study, changed: asyncio.Event, config: StreamConfig, out: list[str]):
    async for chunk in stream_events(
        changed=changed,
        read_version=study.read_version,
        read_event=study.read_event,
        is_gone=study.is_gone,
        config=config,
    ):
        out.append(chunk)


async def _until(predicate, timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.01)


async def test_a_signal_sends_the_summary_even_when_the_version_did_not_move():
    study, changed, out = Study(), asyncio.Event(), []
    task = asyncio.create_task(_collect(study, changed, SLOW, out))
    await _until(lambda: study.sent == 1)
    changed.set()  # a conflict resolved: no new sync batch, same version token
    await _until(lambda: study.sent == 2)
    study.gone = True
    changed.set()
    await asyncio.wait_for(task, 5)
    assert out[0] == "retry: 3000\n\n"
    assert [c for c in out if c.startswith("event: progress")] == [
        "event: progress\ndata: 1\n\n",
        "event: progress\ndata: 2\n\n",
    ]


async def test_a_burst_of_signals_is_coalesced_into_few_events():
    study, changed, out = Study(), asyncio.Event(), []
    config = StreamConfig(poll_s=60.0, heartbeat_s=60.0, max_s=60.0, min_gap_s=0.3)
    task = asyncio.create_task(_collect(study, changed, config, out))
    await _until(lambda: study.sent == 1)
    for _ in range(50):
        changed.set()
        await asyncio.sleep(0.002)
    await _until(lambda: study.sent >= 2)
    study.gone = True
    changed.set()
    await asyncio.wait_for(task, 5)
    assert 2 <= study.sent <= 4


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (StreamConfig(poll_s=0.01, heartbeat_s=60.0, max_s=0.3, min_gap_s=0.0), "a new version"),
        (StreamConfig(poll_s=60.0, heartbeat_s=0.05, max_s=0.3, min_gap_s=0.0), "a heartbeat"),
    ],
    ids=["poll-finds-a-missed-change", "heartbeat-and-end"],
)
async def test_without_signals_the_poll_and_the_heartbeat_still_run(config, expected):
    study, changed, out = Study(), asyncio.Event(), []
    task = asyncio.create_task(_collect(study, changed, config, out))
    await _until(lambda: study.sent == 1)
    study.version = "b1"
    await asyncio.wait_for(task, 5)
    assert out[-1] == "event: end\ndata: {}\n\n"
    if expected == "a new version":
        assert study.sent == 2
    else:
        assert ": keep-alive\n\n" in out
