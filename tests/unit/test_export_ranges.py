"""HTTP Range on export downloads: parsing, and slicing a stream read in chunks."""

from __future__ import annotations

import io

import pytest

from exports.jobs import ByteRange, RangeInvalid, iter_range, parse_range

SIZE = 1000


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-99", ByteRange(0, 99)),
        ("bytes=990-", ByteRange(990, 999)),
        ("bytes=-10", ByteRange(990, 999)),
        ("bytes=-5000", ByteRange(0, 999)),
        ("bytes=900-5000", ByteRange(900, 999)),
    ],
    ids=["none", "closed", "open", "suffix", "suffix-longer-than-file", "end-past-file"],
)
def test_a_range_header_gives_one_byte_range(header, expected):
    assert parse_range(header, SIZE) == expected


@pytest.mark.parametrize(
    "header",
    ["bytes=1000-", "bytes=50-10", "items=0-1", "bytes=0-1,5-6", "bytes=a-b"],
    ids=["past-end", "reversed", "unit", "several", "garbage"],
)
def test_an_unsatisfiable_range_is_refused(header):
    with pytest.raises(RangeInvalid):
        parse_range(header, SIZE)


@pytest.mark.parametrize(
    "byte_range",
    [None, ByteRange(0, 0), ByteRange(65530, 65545), ByteRange(70000, 199_999)],
    ids=["whole", "first-byte", "across-a-chunk", "to-the-end"],
)
def test_iter_range_yields_exactly_the_range(byte_range):
    data = bytes(range(256)) * 800  # 204,800 bytes: several 64 KiB chunks
    got = b"".join(iter_range(io.BytesIO(data), byte_range))
    expected = data if byte_range is None else data[byte_range.start : byte_range.end + 1]
    assert got == expected
