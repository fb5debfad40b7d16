"""Direct identifiers of one submission, collected before its free text is scrubbed.

`KnownValues` holds them only in memory for the time of one scrub; nothing of it is
stored. Names are matched word by word (`names`); phones, IDs and e-mails are matched
on their digits or folded form, whatever separators the interviewer typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from forms.spec import Entity
from privacy.names import NameIndex, NameMatch, find_name_runs, find_sequences
from privacy.normalize import Words, normalize_phone, only_digits
from privacy.recognizers import (
    CORREO,
    DIRECCION,
    DNI,
    ID,
    ONG,
    PERSONA,
    TELEFONO,
    Span,
    has_digit,
)

_DIGIT_RUN: Final = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[ .\-]?\d)*(?!\w)")
_SEQUENCE_KINDS: Final[dict[str, str]] = {"organization": ONG, "address": DIRECCION, "other": ID}
_MIN_DIGITS: Final = 6


@dataclass(slots=True)
class KnownValues:
    """Raw direct identifiers of one submission, indexed for lookups in its text."""

    persons: NameIndex = field(default_factory=NameIndex)
    sequences: dict[str, NameIndex] = field(default_factory=dict)
    phones: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> KnownValues:
        """Build from person names only (the command-line path)."""
        known = cls()
        for name in names:
            known.add(name, "person")
        return known

    def add(self, value: str, entity: Entity) -> None:
        """Remember one direct identifier so free text is scrubbed of it."""
        if entity == "person":
            self.persons.add(value)
        elif entity == "phone":
            self.phones.add(normalize_phone(value))
        elif entity == "national_id":
            self.numbers.add(only_digits(value) or value.casefold())
        elif entity == "email":
            self.emails.add(value.strip().casefold())
        else:
            self.sequences.setdefault(entity, NameIndex()).add(value, single_tokens=False)
            # A number hidden in an "other" field (a household code) is matched too.
            if len(only_digits(value)) >= _MIN_DIGITS:
                self.numbers.add(only_digits(value))

    def find(self, words: Words) -> list[Span]:
        """Return spans of every known value in the text."""
        text, starts, ends, norms = words.text, words.starts, words.ends, words.norms
        spans = [
            Span(starts[m.first], ends[m.last], PERSONA, _person_key(m, norms))
            for m in find_name_runs(self.persons, words)
        ]
        for entity, index in sorted(self.sequences.items()):
            kind = _SEQUENCE_KINDS.get(entity, ID)
            for first, last, ids in find_sequences(index, norms, 8):
                key = f"k:{entity}:{min(ids)}"
                spans.append(Span(starts[first], ends[last], kind, key))
        if self.phones or self.numbers:
            spans += self._find_numbers(text)
        if not self.emails:
            return spans
        folded = text.casefold()
        for email in self.emails:
            start = folded.find(email)
            while email and start >= 0:
                spans.append(Span(start, start + len(email), CORREO))
                start = folded.find(email, start + 1)
        return spans

    def _find_numbers(self, text: str) -> list[Span]:
        if not has_digit(text):
            return []
        spans = []
        for m in _DIGIT_RUN.finditer(text):
            digits = only_digits(m.group())
            if len(digits) < _MIN_DIGITS:
                continue
            if normalize_phone(m.group()) in self.phones:
                spans.append(Span(m.start(), m.end(), TELEFONO))
            elif digits in self.numbers:
                spans.append(Span(m.start(), m.end(), DNI if len(digits) == 8 else ID))
        return spans


def _person_key(match: NameMatch, norms: Sequence[str]) -> str:
    # One candidate: that roster person. Several (a surname the household shares):
    # number the words themselves, so "Quispe" alone stays one placeholder.
    if len(match.ids) == 1:
        return f"k:person:{next(iter(match.ids))}"
    return "t:" + " ".join(norms[match.first : match.last + 1])
