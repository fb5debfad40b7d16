"""Identity numbers said again, or a relative's, in the same answer.

A number finder needs a cue near a number written in groups ("45 190 736" may be money),
but once an answer has given one ID the speaker often gives another, or the same in
another shape, far from the cue: "El mío es 41728305, el de mi esposa... espere, acá lo
tengo apuntado... 45 190 736". Such a number, with as many digits as an ID already found
in the answer and no money, unit or quantity beside it, is an ID too.

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from privacy.literals import match_at_numbers
from privacy.numbers import is_quantity_after
from privacy.recognizers import CE, DNI, ID, RUC, Span, is_amount, is_public_number

_IDS: Final = frozenset({DNI, CE, RUC, ID})
# Digits in groups of one to four, spaced or dotted: "45 190 736", "93.664.281".
_GROUPED: Final = re.compile(r"(?<![\w.,/\-])\d{1,4}(?:[ .]\d{1,4}){1,3}(?![\w/\-]|[.,]\d)")
_SHORTEST: Final = 7


def find_ids_said_again(text: str, found: Sequence[Span]) -> list[Span]:
    """Numbers grouped like a figure with as many digits as an ID found in ``text``."""
    sizes = {
        size
        for s in found
        if s.kind in _IDS and (size := sum(c.isdigit() for c in text[s.start : s.end])) >= _SHORTEST
    }
    if not sizes:
        return []
    spans: list[Span] = []
    for m in match_at_numbers(_GROUPED, text):
        if sum(c.isdigit() for c in m.group()) not in sizes:
            continue
        if any(s.start <= m.start() and m.end() <= s.end for s in found):
            continue
        start, end = m.start(), m.end()
        if is_amount(text, start, end) or is_quantity_after(text, end):
            continue
        if is_public_number(text, start, end):
            continue
        spans.append(Span(start, end, ID))
    return spans
