"""Sealed part files: records on disk, resumable boundaries, torn tails, tampering."""

from __future__ import annotations

import random

import pytest

from attachments.parts import PartFile, PartReader
from privacy import KeyRing
from privacy.crypto import DecryptionError

RING = KeyRing.single("k1", bytes(range(32)))
DATA = random.Random(11).randbytes(200_000)


def _part(path, ring=RING, upload_id="u1"):
    return PartFile(path, ring=ring, upload_id=upload_id, wait=0.0)


def _read_all(path, ring=RING, upload_id="u1") -> bytes:
    reader = PartReader(path, ring=ring, upload_id=upload_id)
    try:
        return reader.read()
    finally:
        reader.close()


def test_records_round_trip_and_nothing_plain_is_written(tmp_path):
    path = tmp_path / "u1.part"
    part = _part(path)
    for i in range(0, len(DATA), 70_000):
        part.write(DATA[i : i + 70_000])
    assert part.sync() == len(DATA)
    part.close()
    assert DATA[:32] not in path.read_bytes()
    assert _read_all(path) == DATA
    reopened = _part(path)
    assert reopened.size() == len(DATA)
    reopened.close()


def test_a_torn_last_record_is_ignored_and_offsets_stay_on_boundaries(tmp_path):
    path = tmp_path / "u1.part"
    part = _part(path)
    part.write(DATA[:1000])
    part.write(DATA[1000:5000])
    part.close()
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - 1)
    part = _part(path)
    assert part.size() == 1000
    assert part.resumable(4999) == 1000
    part.truncate(1000)
    part.write(DATA[1000:3000])
    part.close()
    assert _read_all(path) == DATA[:3000]


@pytest.mark.parametrize("change", ["other-upload", "destroyed-key"])
def test_a_part_that_cannot_be_read_starts_over_empty(tmp_path, change):
    path = tmp_path / "u1.part"
    part = _part(path)
    part.write(DATA[:1000])
    part.close()
    if change == "other-upload":
        reopened = _part(path, upload_id="u2")
    else:
        reopened = _part(path, ring=KeyRing.single("k2", bytes(32)))
    assert reopened.size() == 0
    reopened.close()


def test_swapped_records_fail_authentication(tmp_path):
    path = tmp_path / "u1.part"
    part = _part(path)
    part.write(DATA[:1000])
    part.write(DATA[1000:2000])
    header_end = part.bounds[0]
    first_end = part.bounds[1000]
    part.close()
    raw = path.read_bytes()
    header, first, second = raw[:header_end], raw[header_end:first_end], raw[first_end:]
    path.write_bytes(header + second + first)
    with pytest.raises(DecryptionError):
        _read_all(path)


def test_a_second_appender_is_locked_out(tmp_path):
    from attachments.tus import UploadLocked

    path = tmp_path / "u1.part"
    part = _part(path)
    with pytest.raises(UploadLocked):
        _part(path)
    part.close()


def test_a_second_appender_waits_for_the_first_to_finish(tmp_path):
    import threading

    from attachments.parts import wait_for_appender

    path = tmp_path / "u2.part"
    part = _part(path)
    part.write(DATA[:1000])
    part.sync()
    done = threading.Event()

    def finish() -> None:  # the cut request records what reached it, then lets go
        part.write(DATA[1000:2000])
        part.sync()
        part.close()
        done.set()

    threading.Timer(0.2, finish).start()
    wait_for_appender(path, wait=10.0)
    assert done.is_set()
    second = PartFile(path, ring=RING, upload_id="u1", wait=10.0)
    assert second.size() == 2000
    second.close()
