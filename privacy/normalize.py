"""Normalization and tokenization shared by pseudonyms, name matching and the tagger.

Every comparison of names goes through `normalize_token`, so "Huamán", "HUAMAN" and
an NFD-typed "Huamán" are the same key everywhere (pseudonyms, known names,
gazetteer hashes).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final, NamedTuple

# Letters with combining marks are folded; "ñ" also folds to "n" on purpose: tablets
# without a Spanish keyboard type "Nunez" for "Núñez".
_WS: Final = re.compile(r"\s+")
_NON_DIGIT: Final = re.compile(r"\D")
# A word is a run of letters/digits, with inner apostrophes or hyphens kept so
# "Ccori-Huamán" and "D'Angelo" stay one token for lookups.
# Combining accents (U+0300-036F) are part of the word: an NFD-typed "Huamán" is one
# token, not "Huama" and "n".
_WORD: Final = re.compile(r"[\w\u0300-\u036f]+(?:['’-][\w\u0300-\u036f]+)*", re.UNICODE)


class Token(NamedTuple):
    """A word of the text with its character offsets (a tuple: built per word, fast)."""

    text: str
    start: int
    end: int


def strip_accents(text: str) -> str:
    """Remove combining marks after NFD decomposition."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_text(text: str) -> str:
    """Casefold, strip accents and collapse whitespace."""
    return _WS.sub(" ", strip_accents(text).casefold()).strip()


@lru_cache(maxsize=1 << 16)
def normalize_token(token: str) -> str:
    """Key of one word for set lookups (no whitespace inside a token)."""
    if token.isascii():
        return token.lower()
    return strip_accents(token).casefold()


def only_digits(text: str) -> str:
    """Keep the digits of a number typed with spaces, dots or dashes."""
    return _NON_DIGIT.sub("", text)


def normalize_phone(text: str) -> str:
    """Digits of a Peruvian phone without the country prefix (+51 / 0051)."""
    digits = only_digits(text)
    for prefix in ("0051", "51"):
        # Only strip when what remains is a full national number (9-digit mobile
        # or a landline with area code), so a local "511234" is not mangled.
        if digits.startswith(prefix) and len(digits) - len(prefix) in (8, 9):
            return digits[len(prefix) :]
    return digits


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens with offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
