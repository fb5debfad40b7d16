"""A name said again to add its surname: "la señora se llamaba maritza, maritza del solar".

Speakers name someone, then repeat the name with what makes it whole: "el compañero
santos, santos huamani", "un tal chino, chino ramos", "la flor, flor de maría pari".
When one of the two is found as a person, so is the other, and the words the repetition
adds are the surname, whatever they are as words ("solar", "puente", "ramos"): saying
the name twice is the cue. The surname run is short (at most four words, particles
included), ends on a word of its own, and closes the clause (a comma, a stop, the end)
or runs into the copula or a relative ("santos huamani es el yachachiq").

Kept: a word said twice that no rule took for a person ("poco, poco a poco"); a run that
goes on into the sentence ("rosa, rosa trabaja en lima": a verb is no surname).

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from privacy.given import GIVEN_NAMES, SURNAMES
from privacy.lexicon import SENTENCE_WORDS, verb_form
from privacy.normalize import Words
from privacy.recognizers import PERSONA, Span
from privacy.spoken import NUMBER_WORDS

_PARTICLES: Final = frozenset({"de", "del", "la", "los", "las", "y"})
_REPEAT_GAPS: Final = frozenset({",", "...", "…", ", ...", "..., "})
_OF_DEVOTION: Final = frozenset({"de", "del", "las", "los"})
_LONGEST: Final = 4
_MOST_NAMES: Final = 2  # words of the surname run besides its particles
_CLOSING: Final = (",", ".", ";", "!", "?", "…", ")")
_GOES_ON: Final = frozenset({"es", "era", "que", "creo", "se"})


def grow_repeated_names(words_: Words, spans: Sequence[Span]) -> list[Span]:
    """Person spans for the other half of a name said twice, found from ``spans``."""
    starts, ends, norms, gaps, n = (
        words_.starts,
        words_.ends,
        words_.norms,
        words_.gaps,
        len(words_.norms),
    )
    grown: list[Span] = []
    for span in spans:
        if span.kind != PERSONA:
            continue
        first = bisect_left(starts, span.start)
        last = bisect_left(ends, span.end)
        if first >= n or last >= n:
            continue
        # "santos, [santos huamani]": the bare name said before the whole one.
        if (
            first > 0
            and gaps[first].strip() in _REPEAT_GAPS
            and norms[first - 1] == norms[first]
            and words_.words[first - 1].isalpha()
            and norms[first] in GIVEN_NAMES  # "una parrilla, Parrilla Don Zoilo" is a grill
            and starts[first - 1] < span.start
            # "la virgen de las mercedes, mercedes se llama": the devotion she is named after.
            and not (first > 1 and norms[first - 2] in _OF_DEVOTION)
        ):
            grown.append(Span(starts[first - 1], ends[first - 1], PERSONA, span.key))
        # "[maritza], maritza del solar": the name said again with its surname.
        k = last + 1
        if first != last or k >= n or gaps[k].strip() not in _REPEAT_GAPS:
            continue
        if norms[k] != norms[first] or norms[k] in NUMBER_WORDS:
            continue  # "cinco, cinco tengo" counts
        end = _surname_run(words_, k + 1)
        if end is not None:
            grown.append(Span(starts[k], ends[end], PERSONA, span.key))
    return grown


def _surname_run(words_: Words, j: int) -> int | None:
    """The index of the last word of the surname run starting at ``j``, if it is one."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    last = None
    named = 0
    i = j
    while i < n and i - j < _LONGEST and gaps[i] == " ":
        word, norm = words_.words[i], norms[i]
        if not word.isalpha():
            return None
        if norm in _PARTICLES:
            i += 1
            continue
        if norm in _GOES_ON or norm in SENTENCE_WORDS:
            break
        if verb_form(norm) and not norm.endswith("mos") and norm not in SURNAMES:
            # "rosa, rosa trabaja en lima"; a name is no subject of "-mos" ("chino ramos")
            break
        last = i
        named += 1
        if named > _MOST_NAMES:
            return None
        i += 1
    if last is None:
        return None
    after = last + 1
    if after >= n:
        return last
    if gaps[after].strip(" ")[:1] in _CLOSING or norms[after] in _GOES_ON:
        return last
    return None
