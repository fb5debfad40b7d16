"""Codes and numbers written one character at a time.

A code read back letter by letter is often typed that way: "H C H M R C 7 9 C 1 2 Z 6 1 1
G" (a codice fiscale), "9 9 8 . 1 0 4 . 5 3 7" (a phone with its groups marked). Split
like this, no word or figure pattern sees a value in it. Eight or more single capitals
and digits in a row, with at least two of each, are a code; seven or more single digits
with dots or dashes between their groups are a phone or an ID. Spanish has one-letter
words ("a", "y", "o") but never eight in a row, and never capitals among digits.

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.recognizers import ID, TELEFONO, Span

_CODE: Final = re.compile(r"(?<![\w.\-])[A-Z0-9](?: [A-Z0-9]){7,}(?![\w])")
_DIGITS: Final = re.compile(r"(?<![\w.\-])\d(?: ?[.\-]? \d| \d){6,}(?![\w])")


def find_spaced_chars(text: str) -> list[Span]:
    """Codes spelled one capital or digit at a time, and digits spaced with group marks."""
    spans: list[Span] = []
    for m in _CODE.finditer(text):
        value = m.group().replace(" ", "")
        digits = sum(c.isdigit() for c in value)
        if digits >= 2 and len(value) - digits >= 2:
            spans.append(Span(m.start(), m.end(), ID))
    for m in _DIGITS.finditer(text):
        value = "".join(filter(str.isdigit, m.group()))
        if not any(c in m.group() for c in ".-"):
            continue  # plain spaced digits are the number finders' (`privacy.numbers`)
        mobile = len(value) == 9 and value[0] == "9"
        spans.append(Span(m.start(), m.end(), TELEFONO if mobile else ID))
    return spans
