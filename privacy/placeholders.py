"""Typed placeholders, numbered per submission for people and organizations.

One `PlaceholderState` lives for one submission, so "[PERSONA-1]" in the household
roster answer and in the migration story is the same person; a later "Juan" alone
reuses the number of an earlier "Juan Quispe".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

from privacy.recognizers import ONG, PERSONA

NUMBERED_KINDS: Final = frozenset({PERSONA, ONG})
ORGANIZACION: Final = "ORGANIZACIÓN"
# A word shared by more earlier names than this (a common "Juan") cannot point to
# exactly one of them; looking further would make numbering cost grow with the square
# of the names in a long text.
_MAX_HOLDERS: Final = 16
# An acronym is one word of two to nine capitals ("SEDA", "FEDICH").
_ACRONYM: Final = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,9}")


@dataclass(slots=True)
class _Numbering:
    """One kind's entities: number by key, and the numbers each word belongs to."""

    by_key: dict[str, int] = field(default_factory=dict)
    by_token: dict[str, list[int]] = field(default_factory=dict)
    tokens: list[frozenset[str]] = field(default_factory=list)
    # Each entity's words as first written, in order: what a later acronym may spell.
    written: list[tuple[str, ...]] = field(default_factory=list)


@dataclass(slots=True)
class PlaceholderState:
    """Numbering of entities within one submission, and replacement counts by kind."""

    entries: dict[str, _Numbering] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    def placeholder(
        self, kind: str, key: str, tokens: frozenset[str], written: Sequence[str] = ()
    ) -> str:
        """Return the placeholder for one mention, numbering people and organizations.

        ``written`` is the mention's words as written, so that an acronym ("SEDA") gets
        the number of the organization named before it whose words spell it ("ONG
        Semillas del Ande"): the same organization.
        """
        self.counts[kind] += 1
        if kind not in NUMBERED_KINDS:
            return f"[{kind}]"
        number = self._number(kind, key, tokens, tuple(written))
        # "ONG Allpa Ñan" becomes "[ORGANIZACIÓN-1]", not "[ONG-1]": a placeholder never
        # repeats a word of what it hides, nor of another mention of the same entity
        # ("la ONG Semillas del Ande, SEDA": both "[ORGANIZACIÓN-1]"). Both labels share
        # one numbering.
        held = self.entries[kind].tokens[number - 1]
        label = ORGANIZACION if kind == ONG and ("ong" in tokens or "ong" in held) else kind
        return f"[{label}-{number}]"

    def _number(
        self, kind: str, key: str, tokens: frozenset[str], written: tuple[str, ...] = ()
    ) -> int:
        numbering = self.entries.setdefault(kind, _Numbering())
        found = numbering.by_key.get(key)
        if found is not None:
            return found
        if not key.startswith("k:") and tokens:
            # An unknown mention that is part of exactly one earlier name is that name.
            holder = _single_holder(numbering, tokens)
            if holder is not None:
                return holder
        if kind == ONG and len(written) == 1 and _ACRONYM.fullmatch(written[0]):
            spelled = _spelled_holder(numbering, written[0].casefold())
            if spelled is not None:
                numbering.by_key[key] = spelled
                return spelled
        number = len(numbering.tokens) + 1
        numbering.by_key[key] = number
        numbering.tokens.append(tokens)
        numbering.written.append(written)
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


def _spelled_holder(numbering: _Numbering, letters: str) -> int | None:
    """The latest earlier organization whose name ends in words that spell ``letters``."""
    for number in range(len(numbering.written), 0, -1):
        if _spells_tail(letters, numbering.written[number - 1]):
            return number
    return None


def _spells_tail(letters: str, written: tuple[str, ...]) -> bool:
    """Whether the last two words or more of ``written`` spell ``letters``: each
    capitalized word gives a prefix of itself, a lowercase joiner ("del") none or its
    first letters ("Semillas del Ande" spells SEDA, "Frente de Defensa de Chilcapite"
    FEDECH); the last word gives the last letters."""
    capital = [w[:1].isupper() for w in written]
    spells = spelled_from(letters, [w.casefold() for w in written], capital)
    return any(capital[first] and spells(first) for first in range(max(0, len(written) - 1)))


def spelled_from(
    letters: str, folded: Sequence[str], capital: Sequence[bool]
) -> Callable[[int], bool]:
    """A test of whether the words from a given first one to the end spell ``letters``
    (case-folded): a capitalized word gives one letter or more of its start, a lowercase
    joiner none or more; the last word gives the last letters. Memoized across firsts."""
    memo: dict[tuple[int, int], bool] = {}

    def rest(k: int, pos: int) -> bool:
        if k == len(folded):
            return pos == len(letters)
        if (k, pos) not in memo:
            word = folded[k]
            ok = not capital[k] and rest(k + 1, pos)
            take = 0
            while not ok and take < len(word) and pos + take < len(letters):
                if word[take] != letters[pos + take]:
                    break
                take += 1
                ok = rest(k + 1, pos + take)
            memo[k, pos] = ok
        return memo[k, pos]

    return lambda first: rest(first, 0)
