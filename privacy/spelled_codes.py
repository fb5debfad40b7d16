"""Codes read aloud character by character, after the paper they come from.

A codice fiscale, a NIE or a passport is dictated by its letters' Spanish names and its
digits in words, with a pause after each piece: "el codice fiscale: hache, ye griega, te,
erre, ene, de, noventa y tres, a, cero ocho, zeta, seis, uno, uno, ye griega", "mi NIE es
... zeta, uno, dos, ocho, siete, cuatro, cero, cinco, pe". No number finder sees a value
in it, and no Spanish phrase is made of letter names and figures in a row. Within
``_REACH`` characters after a word that names such a paper (a worker's "fotocheck" too),
the first run of at least seven spelled characters, a letter and two figures among them,
is the code, and so are up to two more runs soon after it ("el de mi hijo es …").

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

from typing import Final

from privacy.lexicon import words
from privacy.normalize import Words
from privacy.recognizers import ID, PERSONA, Span
from privacy.spoken import LETTER_NAMES, NUMBER_WORDS

# Words that name a paper whose code is spelled out.
TRIGGERS: Final = words(
    "codice fiscale fiscal nie rut pasaporte permesso permiso carne carnet codigo tessera "
    "cedula dni fotocheck credencial tarjeta residencia card zairyu"
)
_REACH: Final = 110
_FIGURES: Final = (NUMBER_WORDS - {"mas"}) | {"mil"}
# Letter names that are Spanish words too: a run neither opens nor closes on one.
_ALSO_WORDS: Final = words("a de e i o u y te se ese pe")
# A conjunction closing a run is the sentence's, whatever the pause before it.
_JOINING: Final = words("y e o")
_SHORTEST: Final = 7
# A codice fiscale read "con las letras en italiano": "ci ci enne, enne elle di, …, vu".
_ITALIAN_LETTERS: Final = words("acca ci di effe gi elle emme enne pi erre vu kappa ics")
# A dash said between the pieces: "erre u ve, guion, cero cero cuatro cinco".
_DASHES: Final = words("guion raya")
# A second code soon after the first is read the same way: "el mío es a ese i, cero
# cuatro…, el de mi hijo es a ese i cero cuatro siete…".
_MOST_PER_CUE: Final = 3


def find_spelled_codes(anchors_of: list[int], words_: Words) -> list[Span]:
    """Codes spelled character by character after the words at ``anchors_of``."""
    spans: list[Span] = []
    after = 0
    for i in anchors_of:
        if i < after:
            continue
        start, limit = i + 1, words_.ends[i] + _REACH
        for _ in range(_MOST_PER_CUE):
            found = _first_code(words_, start, limit)
            if found is None:
                break
            first, last = found
            spans.append(Span(words_.starts[first], words_.ends[last], ID))
            after = start = last + 1
            limit = words_.ends[last] + _REACH
    return spans


def _first_code(words_: Words, k: int, limit: int) -> tuple[int, int] | None:
    """The first run of spelled characters from word ``k`` that starts before ``limit``."""
    n = len(words_.norms)
    while k < n and words_.starts[k] < limit:
        if _spelled(words_, k):
            last = k
            while last + 1 < n and _pause(words_.gaps[last + 1]) and _spelled(words_, last + 1):
                last += 1
            run = _trimmed(words_, k, last)
            if run is not None:
                return run
            k = last + 1
        else:
            k += 1
    return None


def _spelled(words_: Words, k: int) -> bool:
    norm, word = words_.norms[k], words_.words[k]
    return (
        norm in LETTER_NAMES
        or norm in _ITALIAN_LETTERS
        or norm in _FIGURES
        or norm == "ache"  # "hache" as it is said
        # A letter told by a word: "Q de Quito", "be de burro".
        or (norm == "de" and 0 < k < len(words_.norms) - 1 and len(words_.words[k - 1]) <= 2)
        or (k > 1 and words_.norms[k - 1] == "de" and len(words_.words[k - 2]) == 1)
        or (norm in _DASHES and 0 < k < len(words_.norms) - 1)
        or (len(word) == 1 and word.isalnum())
        or (word.isdigit() and len(word) <= 4)
        or (norm == "griega" and k > 0 and words_.norms[k - 1] == "ye")
    )


def _pause(gap: str) -> bool:
    """Whether the gap between two spelled characters is a pause, not a new sentence."""
    bare = gap.replace("...", "").replace("…", "")
    return bare.strip(" ,") == "" and "\n" not in gap


def _trimmed(words_: Words, first: int, last: int) -> tuple[int, int] | None:
    """The run without the words at its ends that are words too, if it is a code."""
    norms = words_.norms
    while first < last and (
        norms[first] in _DASHES
        or (
            norms[first] in _ALSO_WORDS
            and words_.gaps[first + 1] == " "
            and norms[first + 1] not in LETTER_NAMES
        )
    ):
        first += 1  # "de cuatro…" opens on a word; "a ese i, cero…" on a code's letters
    n = len(norms)
    while last > first and (
        norms[last] in _JOINING
        or norms[last] in _DASHES
        or (norms[last] in _ALSO_WORDS and words_.gaps[last] == " ")
        # "…, ese es mi código": the word goes on into the sentence.
        or (norms[last] in _ALSO_WORDS and last + 1 < n and words_.gaps[last + 1] == " ")
    ):
        last -= 1  # "…, nueve cuatro, y al final la letra Q": the "y" goes on
    while (
        last > first
        and norms[last] in _FIGURES
        and "," in words_.gaps[last]
        and last + 1 < n
        and words_.gaps[last + 1] == " "
        and not _spelled(words_, last + 1)
    ):
        last -= 1  # "…, efe ka, dos letras, …": a count after the code
    if last - first + 1 < _SHORTEST - 2:
        return None
    figures = letters = 0
    for k in range(first, last + 1):
        norm, word = norms[k], words_.words[k]
        if norm in _FIGURES or word.isdigit():
            figures += 1
        elif (
            norm not in _DASHES
            and norm != "griega"
            and not (
                norm == "y"
                and 0 < k < last
                and norms[k - 1] in _FIGURES
                and norms[k + 1] in _FIGURES
            )
        ):
            letters += 1
    # Fewer pieces are enough with two letters and three figures: "ce ache, cero tres nueve
    # dos" (a badge), "ese eme, cero cero uno" (a member's code).
    dashed = any(norms[k] in _DASHES for k in range(first, last + 1))
    if (
        (letters >= 1 and figures >= 2 and letters + figures >= _SHORTEST)
        or (letters >= 2 and figures >= 3)
        # Figures only, with a dash said between them: "cero nueve, guion, cero cuatro…".
        or (dashed and figures >= 6)
    ):
        return first, last
    return None


# Letters' names no Spanish word shares: a word spelled has three of them at least.
_DISTINCT: Final = LETTER_NAMES - _ALSO_WORDS - {"doble", "u"}
_SHORTEST_WORD: Final = 5


def find_spelled_words(words_: Words) -> list[Span]:
    """A name spelled by its letters' names, to be written right: "con y griega hache o
    ese e ele i ene", "con ce, ce a erre hache u a eme a ce a". Five letters or more, three
    of them with names no word shares ("a e i o u" is the vowels)."""
    if len(_DISTINCT.intersection(words_.vocabulary)) < 2:
        return []
    norms, n = words_.norms, len(words_.norms)
    spans: list[Span] = []
    k = 0
    while k < n:
        if not _a_letter(words_, k):
            k += 1
            continue
        last = k
        while last + 1 < n and _pause(words_.gaps[last + 1]) and _a_letter(words_, last + 1):
            last += 1
        first, end = k, last
        while (
            first < end
            and norms[first] in _ALSO_WORDS
            and norms[first + 1] not in LETTER_NAMES
            and norms[first + 1] != "griega"
        ):
            first += 1
        while (
            end > first
            and norms[end] in _ALSO_WORDS
            and words_.gaps[end] == " "
            and (end + 1 < n and words_.gaps[end + 1] == " ")
        ):
            end -= 1
        letters = [norms[j] for j in range(first, end + 1) if norms[j] not in ("griega", "doble")]
        if len(letters) >= _SHORTEST_WORD and sum(w in _DISTINCT for w in letters) >= 3:
            spans.append(Span(words_.starts[first], words_.ends[end], PERSONA))
        k = last + 1
    return spans


def _a_letter(words_: Words, k: int) -> bool:
    norm, norms = words_.norms[k], words_.norms
    if norm == "griega":
        return k > 0 and norms[k - 1] in ("ye", "i", "y")
    if norm == "y":
        return k + 1 < len(norms) and norms[k + 1] == "griega"  # "y griega" is a letter
    return norm in LETTER_NAMES
