"""Addresses, codes and dictated numbers cost time linear in the text, whatever it holds.

A run of lot parts ("Mz. A Lt. 1, Mz. A Lt. 1, …") was once read to the end of the text
for every address in it, and a run of Japanese prefectures ("Ota-ken, Ota-ken, …") was
retried from every word of it: both cost the square of their length (over 200 s for
200 KB). The same comparison as test_scrub_complexity: CPU time on 6 KB and 60 KB of
one shape (those cost some 18 s at 60 KB), linear is a ratio of 10, quadratic 100; coverage's
tracer is off here (`no_cover`).
"""

from __future__ import annotations

import time

import pytest

from privacy import scrub_for_cli

_SMALL = 6_000
_LARGE = 60_000
_MAX_RATIO = 40.0  # linear is 10, quadratic 100: room for a busy machine

SHAPES = {
    "lot-parts": "Mz. A Lt. 1, ",
    "japanese-areas": "Ota-ken, ",
    "japanese-addresses": "Ota-ken, Oizumi 1-2-3, ",
    "settlement-parts": "AA.HH. Los Pinos, Mz. A, Lt. 1, ",
    "street-and-lots": "Av. Grau 12 Mz. B Lt. 3 Int. 4 ",
    "lowercase-parts": "sector 3, grupo 2, ",
    "kilometres": "km 12, km 13 al 25, ",
    "numbers-read-out": "nueve-ocho 7 seis... ",
    "e-mail-spaced": "rosa @ gmail punto com punto ",
    "stall-codes": "puesto B-117 socio 0471 ",
    "birth-lists": "nació el 3 de mayo, y el ",
    "spelled-codes": "codice fiscale: hache, ye, te, uno, dos, ",
    "cued-starts": "su número es nueve cuatro dos, no, cinco, ",
    "dotted-groups": "noventa punto seiscientos punto ",
    "lots-read-out": "asentamiento humano los pinos sector tres manzana be lote ",
    "kilometres-read-out": "kilometro cinco de la carretera y ",
    "us-numbers-first": "ciento dieciocho de market street, ",
    "japanese-read-out": "nishi dos chome, catorce guion ",
    "said-addresses": "vivo en calle cuatro, numero mil, ",
    "names-said-twice": "se llama rosa, rosa del ",
    "titled-lowercase": "el doctor larrea y la señora ",
}


def _cpu(text: str) -> float:
    # Best of three: a shape scrubbed in a few milliseconds is at the mercy of a busy
    # machine otherwise.
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        scrub_for_cli(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.no_cover
@pytest.mark.parametrize("piece", SHAPES.values(), ids=SHAPES.keys())
def test_cost_is_linear(piece: str) -> None:
    small = (piece * (_SMALL // len(piece) + 1))[:_SMALL]
    large = (piece * (_LARGE // len(piece) + 1))[:_LARGE]
    ratio = _cpu(large) / max(_cpu(small), 1e-3)
    assert ratio < _MAX_RATIO, f"{ratio:.1f}x for {_LARGE // _SMALL}x the text"
