"""Where a rule's literal key words occur, so its pattern is tried only there.

A pattern opening with an alternation is tried by `re` at every position of the text;
finding its keys with `str.find` first and matching only there keeps rules cheap per KB.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

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


def match_at_folded_keys(
    pattern: re.Pattern[str], text: str, keys: Iterable[str]
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that start where one of ``keys`` (lowercase) occurs in any
    case: for a pattern that opens with ``(?i:...)``."""
    starts = folded_starts(text, keys)
    return list(pattern.finditer(text)) if starts is None else find_at(pattern, text, starts)


def folded_starts(text: str, keys: Iterable[str]) -> list[int] | None:
    """Sorted positions where one of ``keys`` (lowercase) occurs in any case, or None
    where lowercasing cannot tell: "İ" lowercases to two characters, "ı" and "ſ" match
    "i" and "s" ignoring case but do not lowercase to them (rare: the caller scans)."""
    lower = lowercased(text)
    # `in` is a search in C; `frozenset.isdisjoint(text)` hashed every character.
    if len(lower) != len(text) or any(map(text.__contains__, _UNFOLDED)):
        return None
    return starts_of(lower, keys)


def lowercased(text: str) -> str:
    """``text.lower()``, kept for the last text: several rules fold each text in turn
    (the returned string is shared; strings cannot be changed)."""
    global _last_lower
    last = _last_lower
    if last is not None and last[0] is text:
        return last[1]
    lower = text.lower()
    _last_lower = (text, lower)
    return lower


_last_lower: tuple[str, str] | None = None


def match_at_numbers(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` that start where a run of digits starts: for a pattern whose
    matches open with a digit that no digit comes before."""
    return find_at(pattern, text, number_starts(text))


def number_starts(text: str) -> list[int]:
    """Where each run of decimal digits starts (any digit ``\\d`` reads), found in C.
    Three rules ask it of each text in turn, so the last answer is kept (not to be
    changed by the caller)."""
    global _last_numbers
    last = _last_numbers
    if last is not None and last[0] is text:
        return last[1]
    starts = [m.start() for m in _DIGITS.finditer(text)]
    _last_numbers = (text, starts)
    return starts


_last_numbers: tuple[str, list[int]] | None = None


_UNFOLDED: Final = ("ı", "ſ")
_DIGITS: Final = re.compile(r"\d+")
