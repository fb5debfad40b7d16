"""Typed placeholders, numbered per submission for people and organizations.

One `PlaceholderState` lives for one submission, so "[PERSONA-1]" in the household
roster answer and in the migration story is the same person; a later "Juan" alone
reuses the number of an earlier "Juan Quispe".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from privacy.recognizers import ONG, PERSONA

NUMBERED_KINDS: Final = frozenset({PERSONA, ONG})


@dataclass(slots=True)
class _Entry:
    key: str
    tokens: frozenset[str]
    number: int


@dataclass(slots=True)
class PlaceholderState:
    """Numbering of entities within one submission, and replacement counts by kind."""

    entries: dict[str, list[_Entry]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    def placeholder(self, kind: str, key: str, tokens: frozenset[str]) -> str:
        """Return the placeholder for one mention, numbering people and organizations."""
        self.counts[kind] += 1
        if kind not in NUMBERED_KINDS:
            return f"[{kind}]"
        return f"[{kind}-{self._number(kind, key, tokens)}]"

    def _number(self, kind: str, key: str, tokens: frozenset[str]) -> int:
        entries = self.entries.setdefault(kind, [])
        for entry in entries:
            if entry.key == key:
                return entry.number
        if not key.startswith("k:") and tokens:
            # An unknown mention that is part of exactly one earlier name is that name.
            holders = [e for e in entries if tokens <= e.tokens]
            if len(holders) == 1:
                return holders[0].number
        entry = _Entry(key, tokens, len(entries) + 1)
        entries.append(entry)
        return entry.number
