import io
from datetime import UTC, datetime, timedelta

import pytest

from privacy.crypto import (
    CHUNK,
    DecryptionError,
    decrypt_stream,
    encrypt_stream,
    is_expired,
    read_kek_id,
)
from privacy.risk import disclosure_risk, suppress_small_cells

KEK, DATA_KEY, PREFIX = b"K" * 32, b"D" * 32, b"p" * 7


def encrypt(payload: bytes) -> bytes:
    out = io.BytesIO()
    encrypt_stream(
        io.BytesIO(payload), out, kek=KEK, kek_id="study-1", data_key=DATA_KEY, nonce_prefix=PREFIX
    )
    return out.getvalue()


def decrypt(blob: bytes, kek: bytes = KEK) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(blob), out, kek=kek)
    return out.getvalue()


@pytest.mark.parametrize(
    "size", [0, 10, CHUNK, CHUNK * 2 + 5], ids=["empty", "small", "one-chunk", "three"]
)
def test_round_trip(size):
    payload = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    blob = encrypt(payload)
    assert decrypt(blob) == payload
    assert read_kek_id(io.BytesIO(blob)) == "study-1"


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-1] + bytes([b[-1] ^ 1]),
        lambda b: b[: len(b) - (CHUNK + 16)],
        lambda b: b[:100] + bytes([b[100] ^ 1]) + b[101:],
    ],
    ids=["tampered-tag", "truncated-last-chunk", "tampered-body"],
)
def test_damaged_file_fails(damage):
    blob = encrypt(b"a" * (CHUNK * 2 + 5))
    with pytest.raises(DecryptionError):
        decrypt(damage(blob))


def test_wrong_key_fails():
    with pytest.raises(DecryptionError):
        decrypt(encrypt(b"audio"), kek=b"W" * 32)


def test_expiry_is_a_pure_comparison():
    stored = datetime(2024, 1, 1, tzinfo=UTC)
    assert is_expired(stored, retention=timedelta(days=30), now=stored + timedelta(days=31))
    assert not is_expired(stored, retention=timedelta(days=30), now=stored)


def test_small_equivalence_classes_are_reported():
    records = [{"instance_id": f"r{i}", "village": "A", "sex": "f"} for i in range(5)]
    records.append({"instance_id": "lonely", "village": "B", "sex": "m"})
    risk = disclosure_risk(records, ["village", "sex"], k=5)
    assert risk.smallest_class == 1
    assert risk.risky_record_ids == ("lonely",)
    assert not risk.is_k_anonymous


def test_lone_suppressed_cell_gets_a_complement():
    table = {("A", "f"): 2, ("A", "m"): 10, ("B", "f"): 12, ("B", "m"): 11}
    out = suppress_small_cells(table, k=5)
    assert out[("A", "f")] is None
    assert out[("A", "m")] is None
    hidden_in_column_f = [c for c in out if c[1] == "f" and out[c] is None]
    assert len(hidden_in_column_f) >= 2
