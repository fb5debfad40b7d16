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

from privacy.normalize import Words
from privacy.recognizers import ID, TELEFONO, Span

# One capital or digit at a time, spaced, maybe with a dot or a dash between groups.
# The lookbehind follows the first character, so that `re` skips to one in C.
_SPACED: Final = re.compile(
    r"[A-Z0-9](?<![\w.\-][A-Z0-9])(?: ?[.\-]? [A-Z0-9]| [A-Z0-9]){6,}(?!\w)"
)
_DIGITS: Final = frozenset("0123456789")


def find_spaced_chars(words_: Words) -> list[Span]:
    """Codes spelled one capital or digit at a time, and digits spaced with group marks."""
    # Both need digits standing alone as words: most texts have none.
    if _DIGITS.isdisjoint(words_.vocabulary):
        return []
    spans: list[Span] = []
    for m in _SPACED.finditer(words_.text):
        chars = [c for c in m.group() if c.isalnum()]
        digits = sum(c.isdigit() for c in chars)
        marked = "." in m.group() or "-" in m.group()
        if digits == len(chars):
            # Plain spaced digits are the number finders' (`privacy.numbers`).
            if marked and digits >= 7:
                mobile = digits == 9 and chars[0] == "9"
                spans.append(Span(m.start(), m.end(), TELEFONO if mobile else ID))
        elif not marked and len(chars) >= 8 and digits >= 2 and len(chars) - digits >= 2:
            spans.append(Span(m.start(), m.end(), ID))
    return spans
