"""Scrubbing cost grows linearly with the text, whatever the text looks like.

Free text is scrubbed on the push path: one answer whose cost grows with the square of
its length (a run of capitalized Quechua words once cost 104 s for 100 KB) holds a
server core for hours. These tests compare CPU time on 30 KB and 300 KB of the same
adversarial shape; the bound on the ratio is generous (linear is 10, quadratic 100),
so only a change of complexity fails, not a slow machine. (The quadratic shape above
costs minutes at 300 KB.) Coverage's tracer is off here (`no_cover`): these tests cover
nothing the table tests do not, and tracing slowed them most of all.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from privacy import scrub_for_cli

_SMALL = 30_000
_LARGE = 300_000
_MAX_RATIO = 25.0
_SYLLABLES = ("wa", "ka", "qa", "chi", "ku", "ri", "ma", "ta", "ya", "pa", "ll", "sa", "nk", "uq")

Piece = Callable[[random.Random], str]


def _quechua_word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _fill(size: int, piece: Piece, *, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        part = piece(rng)
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


SHAPES: dict[str, Piece] = {
    "capitalized-quechua-run": lambda r: _quechua_word(r) + " ",
    "quechua-after-org-cues": lambda r: (
        r.choice(("con ", "la ", "de ", "ONG ", "Asociación "))
        + _quechua_word(r)
        + " "
        + _quechua_word(r)
        + " "
    ),
    "many-distinct-people": lambda r: f"mi hermano {_quechua_word(r)} {_quechua_word(r)}, ",
    "long-digit-runs": lambda r: str(r.randint(10**7, 10**14)) + r.choice(("", " ", "-", ".")),
    "digits-and-separators": lambda r: r.choice(("9 ", "9-", "9.", "(9)", "+5", "1 ", "0")),
    "at-signs-and-dots": lambda r: r.choice(("@", ".", "a@b", "x.y@", "@.", "..", " @ ", "a-")),
    "dictated-contacts": lambda r: r.choice(
        ("nueve ", "ocho ", "cero ", "cincuenta y ", "arroba ", "punto ", "guion bajo ", "más ")
    ),
    "repeated-cues": lambda r: (
        r.choice(
            ("mi hermano ", "don ", "la señora ", "nació el ", "DNI ", "Av. ", "Mz. ", "dice ")
        )
        + _quechua_word(r)
        + " "
    ),
    "streets-and-numbers": lambda r: (
        r.choice(("Av. ", "Calle ", "Jr. ", "Mz. ", "Lt. ", "km ", "Sector ", "AA.HH. "))
        + _quechua_word(r)
        + f" {r.randint(1, 999)} "
    ),
    "no-spaces": lambda r: r.choice(("Wa", "ka", "9", "8", "@", ".", "-", "Qa", "Juan")),
}


def _cpu_seconds(text: str) -> float:
    start = time.process_time()
    scrub_for_cli(text)
    return time.process_time() - start


@pytest.mark.no_cover
@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_scrub_cost_grows_linearly_with_text_length(shape: str) -> None:
    small, large = _fill(_SMALL, SHAPES[shape]), _fill(_LARGE, SHAPES[shape])
    # Warm up on other text of the same shape: both timings then pay for the words they
    # see first (the tagger caches per word), as a server does.
    scrub_for_cli(_fill(_SMALL // 10, SHAPES[shape], seed=8))
    small_cost = _cpu_seconds(small)
    large_cost = _cpu_seconds(large)
    # A floor keeps a near-zero small timing from making the ratio meaningless.
    ratio = large_cost / max(small_cost, 0.005)
    assert ratio < _MAX_RATIO, f"{shape}: 300 KB cost {ratio:.1f}x the cost of 30 KB"
