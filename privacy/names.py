"""Names known for one submission: the roster and direct fields, matched in free text.

A relative's name typed in a roster row must vanish from every answer of the same
interview: full name, first name alone, surname alone, any case, with or without
accents. Matching is a set lookup per normalized token (no regex of names), which is
what keeps scrubbing fast on long answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from privacy.given import BEFORE_VERB, PERSON_VERBS
from privacy.lexicon import COMMON_WORDS, HONORIFICS, JOINERS, KIN, PARTICLES, PLACE_WORDS
from privacy.normalize import Words, normalize_token, tokenize


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


def is_acceptable(words: Words, i: int, run_len: int) -> bool:
    """Whether a name-word alone may be redacted here (see `lexicon`)."""
    norm, norms = words.norms[i], words.norms
    after_title = i > 0 and (norms[i - 1] in HONORIFICS or norms[i - 1] in KIN)
    if _person_verb_follows(words, i):
        # A name this interview gave, acting as a person: "después Lima nos visitó".
        return True
    if norm in PLACE_WORDS:
        return run_len > 1 or after_title
    if norm in COMMON_WORDS:
        return words.words[i][:1].isupper() or run_len > 1
    return True


_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "esta", "este", "esa", "ese"})


def _person_verb_follows(words: Words, i: int) -> bool:
    norms, n = words.norms, len(words.norms)
    if i > 0 and norms[i - 1] in _ARTICLES:
        return False  # "la luz no llegó": a thing, whatever follows
    k = i + 1
    if k < n and norms[k] in BEFORE_VERB:
        k += 1  # one clitic or adverb may come between: "Luz nos visitó", "Flor ya volvió"
    return k < n and norms[k] in PERSON_VERBS


def find_name_runs(index: NameIndex, words: Words) -> list[NameMatch]:
    """Return runs of consecutive known name tokens (particles may join them)."""
    if not index.tokens:
        return []
    # Look each distinct word up once; most texts name nobody the index knows.
    found = {n: index.tokens[n] for n in index.tokens.keys() & words.vocabulary}
    if "-" in words.text:
        hyphened = (n for n in words.vocabulary if "-" in n and n not in found)
        found.update((n, ids) for n in hyphened if (ids := token_ids(index, n)) is not None)
    if not found:
        return []
    hits: list[set[int] | None] = list(map(found.get, words.norms))
    norms, n = words.norms, len(words.norms)
    runs: list[NameMatch] = []
    after = 0
    for i in [i for i, h in enumerate(hits) if h is not None]:
        if i < after:
            continue
        j = i
        while True:
            k = j + 1
            # Particles and one unknown capitalized word may sit inside a name
            # ("María de la Cruz", "Juan Carlos Quispe" when only Juan Quispe is known).
            while k < n and norms[k] in JOINERS and _adjacent(words, k):
                k += 1
            if (
                k + 1 < n
                and hits[k] is None
                and words.words[k][:1].isupper()
                and hits[k + 1] is not None
                and _adjacent(words, k)
            ):
                k += 1
            if k < n and hits[k] is not None and _adjacent(words, k):
                j = k
                continue
            break
        runs.extend(_accepted_runs(words, hits, i, j))
        after = j + 1
    return runs


def _accepted_runs(words: Words, hits: list[set[int] | None], i: int, j: int) -> list[NameMatch]:
    run_len = sum(1 for h in hits[i : j + 1] if h is not None)
    if run_len == 1 and not is_acceptable(words, i, 1):
        return []
    # The person all words point to; none when the words mix people ("Juan Mamani"
    # where Juan is the son and Mamani the mother's surname).
    sets = [h for h in hits[i : j + 1] if h is not None]
    return [NameMatch(i, j, frozenset(set.intersection(*sets)))]


def _adjacent(words: Words, k: int) -> bool:
    # Names continue across spaces only, never across a comma or a line break:
    # "Juan, Rosa y Pedro" are three people.
    gap = words.gaps[k]
    return gap.strip(" ") == "" and len(gap) <= 2


def find_sequences(
    index: NameIndex, norms: Sequence[str], max_n: int
) -> list[tuple[int, int, frozenset[int]]]:
    """Return whole-sequence matches (organizations, addresses), longest first."""
    firsts = {seq[0] for seq in index.sequences}
    found: list[tuple[int, int, frozenset[int]]] = []
    after = 0
    for i in [i for i, w in enumerate(norms) if w in firsts]:
        if i < after:
            continue
        for n in range(min(max_n, len(norms) - i), 0, -1):
            ids = index.sequences.get(tuple(norms[i : i + n]))
            if ids:
                found.append((i, i + n - 1, frozenset(ids)))
                after = i + n
                break
    return found
