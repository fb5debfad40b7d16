"""`forget`: only what the server holds leaves the tablet, and it leaves no trace of answers."""

from __future__ import annotations

import pytest

from client.forget import forget_acknowledged
from client.ledger import interview_state, mark_uploaded, read_receipts, read_status, save_review
from client.outbox import FileRef, NewInterview, Outbox
from client.push import build_batch
from client.receipts import Receipt

NOW = "2026-11-20T18:00:00+00:00"
SECRET = "Respuesta-muy-privada-de-Juana"
A, B, C = (f"00000000-0000-4000-8000-{i:012d}" for i in range(3))


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(tmp_path / "outbox.sqlite")
    yield box
    box.close()


def record(outbox: Outbox, instance_id: str, *, files: tuple[FileRef, ...] = ()) -> None:
    data = {"story": SECRET}
    outbox.record(NewInterview(instance_id, "ngo", 1, data, files=files), now=NOW)


def acknowledge(outbox: Outbox, *receipts: Receipt) -> None:
    batch = build_batch(outbox.pending(100), device_time=NOW)
    outbox.begin_batch(batch, now=NOW)
    outbox.settle_batch(batch.batch_id, list(receipts), now=NOW)


def test_only_acknowledged_interviews_are_erased_with_their_receipts_and_notes(outbox, tmp_path):
    record(outbox, A)
    record(outbox, B)
    acknowledge(outbox, Receipt(A, "created", "ok", rev="1-a"), Receipt(B, "retry", "sync.retry"))
    save_review(outbox, A, state="approved", comment="Bien", at=NOW, now=NOW)
    record(outbox, C)

    done = forget_acknowledged(outbox, instance_ids=None, now=NOW)

    assert done.erased == [A]
    assert done.kept == 2
    assert interview_state(outbox, A) is None
    assert {interview_state(outbox, B), interview_state(outbox, C)} == {"pending"}
    assert read_receipts(outbox, A) == []
    assert outbox.db.execute("SELECT COUNT(*) FROM review").fetchone()[0] == 0
    assert read_status(outbox).waiting == 2


def test_naming_an_unsent_interview_refuses_the_whole_request(outbox):
    record(outbox, A)
    record(outbox, B)
    acknowledge(outbox, Receipt(A, "quarantined", "answer.invalid"), Receipt(B, "retry", "x"))

    done = forget_acknowledged(outbox, instance_ids=[A, B, C], now=NOW)

    assert (done.erased, done.refused) == ([], [B, C])
    assert interview_state(outbox, A) == "acked"


def test_an_interview_whose_recording_the_server_still_lacks_stays(outbox, tmp_path):
    audio = tmp_path / "a"
    audio.write_bytes(b"\x01" * 8)
    record(outbox, A, files=(FileRef("audio1", "a" * 64, 8, "audio/mp4", str(audio)),))
    acknowledge(outbox, Receipt(A, "created", "ok", rev="1-a", missing_attachments=("a" * 64,)))

    assert forget_acknowledged(outbox, instance_ids=[A], now=NOW).refused == [A]
    mark_uploaded(outbox, "a" * 64, now=NOW)
    done = forget_acknowledged(outbox, instance_ids=[A], now=NOW)
    assert done.erased == [A]
    assert done.freed_files == [str(audio)]


def test_no_byte_of_an_erased_answer_remains_in_the_outbox_files(outbox, tmp_path):
    record(outbox, A)
    acknowledge(outbox, Receipt(A, "created", "ok", rev="1-a"))
    forget_acknowledged(outbox, instance_ids=[A], now=NOW)
    for path in tmp_path.glob("outbox.sqlite*"):
        assert SECRET.encode() not in path.read_bytes(), path.name


def test_the_pull_feed_does_not_bring_an_erased_interview_back(outbox):
    record(outbox, A)
    acknowledge(outbox, Receipt(A, "created", "ok", rev="1-a"))
    forget_acknowledged(outbox, instance_ids=[A], now=NOW)
    adopted = outbox.adopt_server_copy(
        instance_id=A, form_id="ngo", form_version=1, rev="2-b", data={"x": 1}, now=NOW
    )
    assert adopted is False
    assert interview_state(outbox, A) is None
