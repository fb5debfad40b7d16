"""The outbox state machine on a real SQLite file: write-ahead, crash, receipts."""

from __future__ import annotations

import pytest

from client.ledger import files_to_upload, interview_state, read_receipts, read_status
from client.outbox import Batch, FileRef, NewInterview, Outbox
from client.push import build_batch
from client.receipts import Receipt

NOW = "2026-11-20T18:00:00+00:00"


def ids(n: int) -> list[str]:
    return [f"00000000-0000-4000-8000-{i:012d}" for i in range(n)]


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(tmp_path / "outbox.sqlite")
    yield box
    box.close()


def record(outbox: Outbox, instance_id: str, *, files: tuple[FileRef, ...] = ()) -> None:
    outbox.record(NewInterview(instance_id, "ngo", 1, {"staff_total": 3}, files=files), now=NOW)


def send(outbox: Outbox) -> Batch:
    batch = build_batch(outbox.pending(100), device_time=NOW)
    outbox.begin_batch(batch, now=NOW)
    return batch


def test_a_batch_is_written_ahead_and_survives_a_crash_byte_for_byte(tmp_path):
    box = Outbox(tmp_path / "outbox.sqlite")
    for i in ids(3):
        record(box, i)
    batch = send(box)
    box.close()  # the tablet dies before the answer arrives
    again = Outbox(tmp_path / "outbox.sqlite")
    assert again.in_flight() == [batch]
    assert again.pending(100) == []
    assert {interview_state(again, i) for i in ids(3)} == {"in_flight"}
    again.close()


@pytest.mark.parametrize(
    ("outcome", "code", "state"),
    [
        ("created", "ok", "acked"),
        ("duplicate", "sync.duplicate", "acked"),
        ("updated", "ok", "acked"),
        ("merged", "ok", "acked"),
        ("conflict", "sync.conflict", "acked"),
        ("quarantined", "form.closed", "acked"),
        ("retry", "sync.retry", "pending"),
        ("rejected", "withdrawn", None),
    ],
    ids=lambda v: str(v),
)
def test_each_outcome_moves_the_interview(outbox, outcome, code, state):
    (instance_id,) = ids(1)
    record(outbox, instance_id)
    batch = send(outbox)
    outbox.settle_batch(batch.batch_id, [Receipt(instance_id, outcome, code, rev="1-a")], now=NOW)
    assert interview_state(outbox, instance_id) == state
    assert outbox.in_flight() == []
    assert [r.outcome for r in read_receipts(outbox, instance_id)] == [outcome]


def test_withdrawn_interview_frees_its_recording(outbox, tmp_path):
    audio = tmp_path / "a.m4a"
    audio.write_bytes(b"x")
    (instance_id,) = ids(1)
    record(outbox, instance_id, files=(FileRef("audio1", "a" * 64, 1, "audio/mp4", str(audio)),))
    batch = send(outbox)
    freed = outbox.settle_batch(
        batch.batch_id, [Receipt(instance_id, "rejected", "withdrawn")], now=NOW
    )
    assert freed == [str(audio)]
    assert read_status(outbox).withdrawn == 1


def test_missing_attachments_are_queued_for_upload(outbox, tmp_path):
    (instance_id,) = ids(1)
    ref = FileRef("audio1", "b" * 64, 10, "audio/mp4", str(tmp_path / "b"))
    record(outbox, instance_id, files=(ref,))
    batch = send(outbox)
    assert batch.body.count(b'"name":"audio1"') == 1 and b"tmp" not in batch.body
    receipt = Receipt(instance_id, "created", "ok", rev="1-a", missing_attachments=("b" * 64,))
    outbox.settle_batch(batch.batch_id, [receipt], now=NOW)
    assert [f.sha256 for f in files_to_upload(outbox)] == ["b" * 64]


def test_an_edit_made_while_in_flight_is_sent_again_on_the_new_rev(outbox):
    (instance_id,) = ids(1)
    record(outbox, instance_id)
    batch = send(outbox)
    outbox.edit(instance_id, {"staff_total": 9}, now=NOW)
    outbox.settle_batch(batch.batch_id, [Receipt(instance_id, "created", "ok", rev="1-a")], now=NOW)
    (again,) = outbox.pending(10)
    assert again.item["base_rev"] == "1-a"
    assert again.item["data"] == {"staff_total": 9}


def test_a_conflict_keeps_the_tablets_branch_as_base(outbox):
    (instance_id,) = ids(1)
    record(outbox, instance_id)
    batch = send(outbox)
    receipt = Receipt(
        instance_id,
        "conflict",
        "sync.conflict",
        rev="2-server",
        branch_rev="2-tablet",
        conflict_id="5",
    )
    outbox.settle_batch(batch.batch_id, [receipt], now=NOW)
    outbox.edit(instance_id, {"staff_total": 1}, now=NOW)
    assert outbox.pending(10)[0].item["base_rev"] == "2-tablet"
    assert read_status(outbox).conflicts == 0  # edited again: no longer acknowledged


def test_refused_batches_wait_again_and_a_lone_refused_item_is_blocked(outbox):
    first, second = ids(2)
    record(outbox, first)
    record(outbox, second)
    outbox.abandon_batch(send(outbox).batch_id)
    assert [p.instance_id for p in outbox.pending(10)] == [first, second]
    outbox.block(send(outbox).batch_id, instance_ids=[first], code="sync.batch_too_large", now=NOW)
    assert interview_state(outbox, first) == "blocked"
    assert interview_state(outbox, second) == "pending"
    assert read_status(outbox).blocked == 1


def test_a_server_copy_never_overwrites_unsent_answers(outbox):
    (instance_id,) = ids(1)
    record(outbox, instance_id)
    adopted = outbox.adopt_server_copy(
        instance_id=instance_id, form_id="ngo", form_version=1, rev="2-s", data={}, now=NOW
    )
    assert not adopted
    assert outbox.pending(10)[0].item["data"] == {"staff_total": 3}


def test_status_counts_what_waits_and_what_the_server_holds(outbox):
    a, b, c = ids(3)
    for i in (a, b, c):
        record(outbox, i)
    batch = send(outbox)
    outbox.settle_batch(
        batch.batch_id,
        [
            Receipt(a, "created", "ok", rev="1"),
            Receipt(b, "quarantined", "answer.invalid"),
            Receipt(c, "retry", "sync.retry"),
        ],
        now=NOW,
    )
    status = read_status(outbox)
    assert (status.waiting, status.acknowledged, status.quarantined) == (1, 2, 1)
