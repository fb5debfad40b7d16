"""Names known for one submission: the roster and direct fields, matched in free text.

A relative's name typed in a roster row must vanish from every answer of the same
interview: full name, first name alone, surname alone, any case, with or without
accents. Matching is a set lookup per normalized token (no regex of names), which is
what keeps scrubbing fast on long answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from privacy.lexicon import COMMON_WORDS, HONORIFICS, JOINERS, KIN, PARTICLES, PLACE_WORDS
from privacy.normalize import Token, normalize_token, tokenize


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A run of tokens that names someone; ``ids`` are the candidate entries."""

    first: int
    last: int
    ids: frozenset[int]


@dataclass(slots=True)
class NameIndex:
    """Normalized name tokens and token sequences, each pointing to entry ids."""

    tokens: dict[str, set[int]] = field(default_factory=dict)
    sequences: dict[tuple[str, ...], set[int]] = field(default_factory=dict)
    count: int = 0

    def add(self, name: str, *, single_tokens: bool = True) -> None:
        """Index one name; ``single_tokens`` also matches its parts alone."""
        words = tuple(normalize_token(t.text) for t in tokenize(name))
        words = tuple(w for w in words if w)
        if not words:
            return
        entry = self.count
        self.count += 1
        self.sequences.setdefault(words, set()).add(entry)
        if single_tokens:
            for word in words:
                for part in _parts(word):
                    if part not in PARTICLES and len(part) > 1:
                        self.tokens.setdefault(part, set()).add(entry)


def _parts(word: str) -> Iterable[str]:
    # "ccori-huaman" is indexed and looked up as itself and as each part.
    yield word
    if "-" in word or "'" in word:
        yield from word.replace("'", "-").split("-")


def token_ids(index: NameIndex, norm: str) -> set[int] | None:
    """Entries a normalized token belongs to, including hyphenated parts."""
    found = index.tokens.get(norm)
    if found is None and "-" in norm:
        for part in norm.split("-"):
            if part in index.tokens:
                return index.tokens[part]
    return found


def is_acceptable(tokens: Sequence[Token], norms: Sequence[str], i: int, run_len: int) -> bool:
    """Whether a name-word alone may be redacted here (see `lexicon`)."""
    norm, text = norms[i], tokens[i].text
    after_title = i > 0 and (norms[i - 1] in HONORIFICS or norms[i - 1] in KIN)
    if norm in PLACE_WORDS:
        return run_len > 1 or after_title
    if norm in COMMON_WORDS:
        return text[:1].isupper() or run_len > 1
    return True


def find_name_runs(
    index: NameIndex, tokens: Sequence[Token], norms: Sequence[str], text: str
) -> list[NameMatch]:
    """Return runs of consecutive known name tokens (particles may join them)."""
    hits: list[set[int] | None] = [token_ids(index, n) for n in norms]
    runs: list[NameMatch] = []
    i = 0
    while i < len(tokens):
        if hits[i] is None:
            i += 1
            continue
        j = i
        while True:
            k = j + 1
            # Particles and one unknown capitalized word may sit inside a name
            # ("María de la Cruz", "Juan Carlos Quispe" when only Juan Quispe is known).
            while k < len(tokens) and norms[k] in JOINERS and _adjacent(text, tokens, k):
                k += 1
            if (
                k + 1 < len(tokens)
                and hits[k] is None
                and tokens[k].text[:1].isupper()
                and hits[k + 1] is not None
                and _adjacent(text, tokens, k)
            ):
                k += 1
            if k < len(tokens) and hits[k] is not None and _adjacent(text, tokens, k):
                j = k
                continue
            break
        runs.extend(_accepted_runs(tokens, norms, hits, i, j))
        i = j + 1
    return runs


def _accepted_runs(
    tokens: Sequence[Token], norms: Sequence[str], hits: list[set[int] | None], i: int, j: int
) -> list[NameMatch]:
    run_len = sum(1 for h in hits[i : j + 1] if h is not None)
    if run_len == 1 and not is_acceptable(tokens, norms, i, 1):
        return []
    # The person all words point to; none when the words mix people ("Juan Mamani"
    # where Juan is the son and Mamani the mother's surname).
    sets = [h for h in hits[i : j + 1] if h is not None]
    return [NameMatch(i, j, frozenset(set.intersection(*sets)))]


def _adjacent(text: str, tokens: Sequence[Token], k: int) -> bool:
    # Names continue across spaces only, never across a comma or a line break:
    # "Juan, Rosa y Pedro" are three people.
    gap = text[tokens[k - 1].end : tokens[k].start]
    return gap.strip(" ") == "" and len(gap) <= 2


def find_sequences(
    index: NameIndex, norms: Sequence[str], max_n: int
) -> list[tuple[int, int, frozenset[int]]]:
    """Return whole-sequence matches (organizations, addresses), longest first."""
    found: list[tuple[int, int, frozenset[int]]] = []
    i = 0
    while i < len(norms):
        for n in range(min(max_n, len(norms) - i), 0, -1):
            ids = index.sequences.get(tuple(norms[i : i + n]))
            if ids:
                found.append((i, i + n - 1, frozenset(ids)))
                i += n
                break
        else:
            i += 1
    return found
