"""sync.text: the fast test for bodies that need cleaning agrees with the full pattern."""

from __future__ import annotations

import pytest

from sync.text import _SUSPECT, _is_suspect

SAMPLES = [
    b'"\\u0000"',
    b'"\\u001f"',
    b'"\\u007f"',
    b'"\\u007F"',
    b'"\\b"',
    b'"\\f"',
    b'"\\ud800"',
    b'"\\uDBFF"',
    b'"\\ufdd0"',
    b'"\\uFDEF"',
    b'"\\ufffe"',
    b'"\\uFFFF"',
    b"\x7f",
    "\ufdd0".encode(),
    "\ufdef".encode(),
    "\ufffe".encode(),
    "\uffff".encode(),
    "\U0001fffe".encode(),
    "\U0010ffff".encode(),
    "\ufdf0".encode(),  # a ligature next to the non-characters: clean
    b'"\\n"',
    b'"\\u0041"',
    "é ñ 😀 \uffbe".encode(),
    b'"\\u0020"',
    b'"\\ue000"',
]


@pytest.mark.parametrize("body", SAMPLES, ids=repr)
def test_the_fast_test_agrees_with_the_full_pattern(body: bytes) -> None:
    assert _is_suspect(b'{"a": ' + body + b"}") == (_SUSPECT.search(body) is not None)
