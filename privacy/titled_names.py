"""A lowercase name right after a title: "el doctor larrea", "al señor guillen", "del
patrón ugarte", and a family's surname after "familia": "con la familia sanabria".

Typed without capitals, a name after a title has nothing to tell it but the name lists:
"la señora se llamaba beatriz y su esposo el doctor larrea", "en casa de una señora
galvez cuida a sus wawas". The word after the title is a name when the given-name or
surname list has it and it is no ordinary word, no place, no verb; a listed surname after
it goes with it ("el ingeniero pacheco soto").

Kept: what a title is followed by in a sentence ("el señor que vino", "la doctora
dijo", "el ingeniero agrónomo", "la señora mayor", "el profe nuevo").

Runs only on text typed without capitals (`privacy.normalize.typed_lowercase`). Pure: no
I/O, no FastAPI, no database.
"""

from __future__ import annotations

from typing import Final

from privacy.given import GIVEN_NAMES, SURNAMES
from privacy.lexicon import COMMON_WORDS, PLACE_WORDS, SENTENCE_WORDS, verb_form, words
from privacy.normalize import Words, typed_lowercase
from privacy.recognizers import PERSONA, Span

_TITLES: Final = words(
    """
    senor senora senorita don dona doctor doctora dr dra ingeniero ingeniera ing licenciado
    licenciada lic profesor profesora profe prof patron patrona hacendado hacendada familia
    """
)


def find_titled_lowercase(words_: Words) -> list[Span]:
    """Listed names typed lowercase right after a title."""
    if _TITLES.isdisjoint(words_.vocabulary) or not typed_lowercase(words_):
        return []
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in range(n - 1):
        if norms[i] not in _TITLES or gaps[i + 1] != " " or not _name(words_, i + 1):
            continue
        last = i + 1
        if (
            last + 1 < n
            and gaps[last + 1] == " "
            and norms[last + 1] in SURNAMES
            and _name(words_, last + 1)
        ):
            last += 1  # "el ingeniero pacheco soto"
        spans.append(Span(words_.starts[i + 1], words_.ends[last], PERSONA))
    return spans


def _name(words_: Words, k: int) -> bool:
    word, norm = words_.words[k], words_.norms[k]
    return (
        word.isalpha()
        and word.islower()
        and (norm in SURNAMES or norm in GIVEN_NAMES)
        and norm not in SENTENCE_WORDS
        and norm not in COMMON_WORDS
        and norm not in PLACE_WORDS
        and not verb_form(norm)
    )
