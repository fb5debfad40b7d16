"""Normalization and tokenization shared by pseudonyms, name matching and the tagger.

Every comparison of names goes through `normalize_token`, so "Huamán", "HUAMAN" and
an NFD-typed "Huamán" are the same key everywhere (pseudonyms, known names,
gazetteer hashes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
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
# The same words as a split: gaps and words alternate, all built in C. Possessive: a
# word never gives back letters (nothing after it could use them), which spares the
# engine its backtracking bookkeeping on every word of every answer (~10% of a split).
_SPLIT: Final = re.compile(r"([\w\u0300-\u036f]++(?:['’-][\w\u0300-\u036f]++)*+)", re.UNICODE)


# What closes a clause when it opens the gap before a word: "…, que", "…. Luego".
_CLAUSE_ENDS: Final = (",", ".", ";", ":", "?", "!")


def closes_clause(gap: str) -> bool:
    """Whether the gap before a word closes the clause of the words before it."""
    return gap.strip(" ")[:1] in _CLAUSE_ENDS


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


@dataclass(frozen=True, slots=True)
class Words:
    """The words of one text as parallel lists, built once and shared by every recognizer.

    ``gaps[i]`` is the text before word ``i``; ``gaps[-1]`` is the text after the last word.
    No object is built per word: scrubbing cost is per kilobyte, not per token.
    """

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]
    norms: list[str]
    vocabulary: frozenset[str]

    def __len__(self) -> int:
        return len(self.words)


def split_words(text: str) -> Words:
    """Split ``text`` into words with offsets, the gaps between them and their keys."""
    parts = _SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    norms = list(map(normalize_token, words))
    return Words(
        text=text,
        words=words,
        starts=offsets[1:-1:2],
        ends=offsets[2:-1:2],
        gaps=parts[0::2],
        norms=norms,
        vocabulary=frozenset(norms),
    )


def typed_lowercase(words_: Words) -> bool:
    """Whether a text is typed without capitals (a few stray ones allowed): only there
    can a lowercase run of words be a name; where sentences open with capitals, "la
    asociación de residentes trajeron ..." names no one. Asked ten times per text, so
    the last answer is kept (profiled: 72 k calls of the count over 200 documents)."""
    global _last_typed
    last = _last_typed
    if last is not None and last[0] is words_:
        return last[1]
    # Counted in C: no word is empty, so its first letter is ``w[0]``.
    capitals = sum(map(str.isupper, map(itemgetter(0), words_.words)))
    answer = capitals * 25 <= len(words_.words)
    _last_typed = (words_, answer)
    return answer


_last_typed: tuple[Words, bool] | None = None
_PUNCTUATION: Final = re.compile(r"[,.;:?!]")
# Typed with punctuation, one gap in five or six carries a mark (0.12–0.29 per word in the
# held-out batches); a transcript typed in a hurry has almost none (0–0.07).
_LEAST_PUNCTUATION: Final = 0.08
_SHORTEST_UNPUNCTUATED: Final = 30


def unpunctuated(words_: Words) -> bool:
    """Whether a text is typed with almost no punctuation, as a hurried transcriber types
    a recording: there, nothing closes a name but the words after it."""
    n = len(words_.words)
    if n < _SHORTEST_UNPUNCTUATED:
        return False
    marks = sum(1 for gap in words_.gaps if _PUNCTUATION.search(gap))
    return marks < _LEAST_PUNCTUATION * n
