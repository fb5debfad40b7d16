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
ORGANIZACION: Final = "ORGANIZACIÓN"
# A word shared by more earlier names than this (a common "Juan") cannot point to
# exactly one of them; looking further would make numbering cost grow with the square
# of the names in a long text.
_MAX_HOLDERS: Final = 16


@dataclass(slots=True)
class _Numbering:
    """One kind's entities: number by key, and the numbers each word belongs to."""

    by_key: dict[str, int] = field(default_factory=dict)
    by_token: dict[str, list[int]] = field(default_factory=dict)
    tokens: list[frozenset[str]] = field(default_factory=list)


@dataclass(slots=True)
class PlaceholderState:
    """Numbering of entities within one submission, and replacement counts by kind."""

    entries: dict[str, _Numbering] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    def placeholder(self, kind: str, key: str, tokens: frozenset[str]) -> str:
        """Return the placeholder for one mention, numbering people and organizations."""
        self.counts[kind] += 1
        if kind not in NUMBERED_KINDS:
            return f"[{kind}]"
        # "ONG Allpa Ñan" becomes "[ORGANIZACIÓN-1]", not "[ONG-1]": a placeholder never
        # repeats a word of what it hides. Both labels share one numbering.
        label = ORGANIZACION if kind == ONG and "ong" in tokens else kind
        return f"[{label}-{self._number(kind, key, tokens)}]"

    def _number(self, kind: str, key: str, tokens: frozenset[str]) -> int:
        numbering = self.entries.setdefault(kind, _Numbering())
        found = numbering.by_key.get(key)
        if found is not None:
            return found
        if not key.startswith("k:") and tokens:
            # An unknown mention that is part of exactly one earlier name is that name.
            holder = _single_holder(numbering, tokens)
            if holder is not None:
                return holder
        number = len(numbering.tokens) + 1
        numbering.by_key[key] = number
        numbering.tokens.append(tokens)
        for token in tokens:
            numbering.by_token.setdefault(token, []).append(number)
        return number


def _single_holder(numbering: _Numbering, tokens: frozenset[str]) -> int | None:
    """The one earlier entity whose words include all of ``tokens``, if exactly one."""
    postings = [numbering.by_token.get(token, []) for token in tokens]
    rarest = min(postings, key=len)
    if not rarest or len(rarest) > _MAX_HOLDERS:
        return None
    holders = [n for n in rarest if tokens <= numbering.tokens[n - 1]]
    return holders[0] if len(holders) == 1 else None
