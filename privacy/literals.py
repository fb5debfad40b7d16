"""Where a rule's literal key words occur, so its pattern is tried only there.

A pattern opening with an alternation is tried by `re` at every position of the text;
finding its keys with `str.find` first and matching only there keeps rules cheap per KB.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from privacy.triggers import find_at


def starts_of(text: str, keys: Iterable[str]) -> list[int]:
    """Sorted positions where any of ``keys`` occurs in ``text``."""
    found: set[int] = set()
    for key in keys:
        pos = text.find(key)
        while pos >= 0:
            found.add(pos)
            pos = text.find(key, pos + 1)
    return sorted(found)


def match_at_keys(pattern: re.Pattern[str], text: str, keys: Iterable[str]) -> list[re.Match[str]]:
    """Matches of ``pattern`` that start where one of ``keys`` occurs."""
    return find_at(pattern, text, starts_of(text, keys))
