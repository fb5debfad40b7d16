"""A street the tagger guessed without a house number is a place in the story.

The tagger reads a capitalized name after "de" or "en" as a street now and then ("las
tiendas de Avellaneda", "nos casamos en Libertador General San Martín"). A home is told
by its number, its lot or its "s/n"; a district, a town or a street named alone is what
the interview is about, so such a guess is dropped. Streets found by their street word
are not guesses and are not looked at here.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.lexicon import words as word_set
from privacy.normalize import normalize_token
from privacy.recognizers import DIRECCION, Span
from privacy.spoken import NUMBER_WORDS

# A number right after the guess, which the tagger left out: "Ayacucho, N° 2150".
_NUMBER_AFTER: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:N[º°o]|[Nn]ro|[Nn][uú]m(?:ero)?)\.?[ \t]*|#[ \t]*)?\d"
)
_NEXT_WORD: Final = re.compile(r"[ \t]*,?[ \t]*([\w/]+)")
_WORD: Final = re.compile(r"[\w/]+")
_HOME_WORDS: Final = word_set("mz mza manzana lt lote km s/n sn")
# The guess is where something happened or came from: "en Avellaneda", "de Avellaneda".
# A name after a comma or a head word ("AA.HH. Julio C. Tello") may be a home's part or
# an organization's name, and is left to the tagger.
_PLACE_BEFORE: Final = re.compile(r"(?<!\w)(?:en|de|del|a|al|por|hasta|desde|para|hacia)[ \t]+$")


def _numbers_a_home(word: str) -> bool:
    folded = normalize_token(word)
    return folded in NUMBER_WORDS or folded in _HOME_WORDS or word.casefold() == "s/n"


def numberless_street(span: Span, text: str) -> bool:
    """Whether ``span``, a guessed address after a preposition of place, has no house
    number, lot or "s/n" in it or right after it."""
    if span.kind != DIRECCION or not _PLACE_BEFORE.search(text, max(0, span.start - 8), span.start):
        return False
    inside = text[span.start : span.end]
    if any(map(str.isdigit, inside)) or _NUMBER_AFTER.match(text, span.end):
        return False
    if any(_numbers_a_home(w) for w in _WORD.findall(inside)):
        return False
    after = _NEXT_WORD.match(text, span.end)
    return after is None or not _numbers_a_home(after.group(1))
