"""Names in unseen interview prose: kin words and titles before a capitalized name,
organization words before a capitalized name, and common Andean names.

The MEDDOCAN-trained tagger knows clinical reports ("Nombre: ...", "Dr. ..."); an
interview names people after kin words ("mi cuñado Eusebio"), so these rules cover
the register the tagger never saw. Their spans are guesses: places, crops and roles
are trimmed off them like off the tagger's.
"""

from __future__ import annotations

from typing import Final

from privacy.lexicon import (
    COMMON_WORDS,
    HONORIFICS,
    JOINERS,
    KIN,
    NEVER_REDACT_ALONE,
    PLACE_WORDS,
    SENTENCE_WORDS,
    words,
)
from privacy.normalize import Words
from privacy.recognizers import ONG, PERSONA, Span
from privacy.triggers import Anchors

ARTICLES: Final = words("el la los las")
ORG_WORDS: Final = words(
    """
    ong asociacion fundacion cooperativa instituto centro red comite federacion
    consorcio empresa
    """
)
# Frequent Andean and Spanish given names and surnames, public knowledge, none taken
# from the study. A capitalized one is a person even with no kin word before it.
NAME_LEXICON: Final = words(
    """
    quispe mamani huaman condori ccanto yauri taipe ccori huarcaya paucar sulca nahui
    huayllani cusi llancari ccahuana chancasanampa huamani huaranga curi poma ramos soto
    rojas ccente chuquillanqui huachaca lapa ayuque ccencho escobar gutierrez huillcas
    machuca mendoza palomino quinto riveros sedano tito vilcas yupanqui zuniga apaza
    choque flores mayta ticona cahuana cotaquispe huancahuari ancco anccasi
    teofilo juana eusebio marcelina florencio yolanda saturnino celestino hilaria maximo
    domitila fortunato nelida epifanio justina aurelio zenobia wilber yeni edwin teodoro
    juan jose maria pedro pablo luis carlos jorge rosa flor luz marco victor julio cesar
    alejandro elena carmen teresa lucia isabel ana marta sonia gladys delia nancy betty
    """
)
_MAX_NAME_TOKENS: Final = 4


PEOPLE_WORDS: Final = KIN | HONORIFICS | ORG_WORDS | NAME_LEXICON


def _capitalized(word: str, norm: str, *, inside: bool = False) -> bool:
    # Inside a name a place is a surname ("Teodoro Lima"); a name never starts with one.
    if not word[:1].isupper():
        return False
    return norm not in (SENTENCE_WORDS if inside else NEVER_REDACT_ALONE)


def _run_after(words: Words, i: int) -> int:
    """Index after the capitalized run starting at ``i`` (joiners allowed inside)."""
    tokens, norms, n = words.words, words.norms, len(words.words)
    j, taken = i, 0
    while j < n and taken < _MAX_NAME_TOKENS:
        if _capitalized(tokens[j], norms[j], inside=taken > 0):
            taken += 1
            j += 1
        elif norms[j] in JOINERS and j + 1 < n and _capitalized(tokens[j + 1], norms[j + 1]):
            j += 1
        else:
            break
        if j < n and words.gaps[j].strip(" ") != "":
            break
    return j


def find_people(anchors: Anchors) -> list[Span]:
    """Return names after kin words and titles, organizations after organization words,
    and capitalized common Andean names."""
    words = anchors.words
    norms, n = words.norms, len(words.norms)
    spans: list[Span] = []
    after = 0
    for i in anchors.of(PEOPLE_WORDS):
        if i < after:
            continue
        norm = norms[i]
        start = i + 1
        if start < n and norms[start] in ARTICLES and norm in KIN:
            start += 1
        end = i
        if norm in KIN or norm in HONORIFICS:
            end = _run_after(words, start)
            kind = PERSONA
        elif norm in ORG_WORDS and words.words[i][:1].isupper():
            end = _run_after(words, i + 1)
            kind, start = ONG, i
        elif norm in NAME_LEXICON and _lexicon_name(words, i):
            start, end, kind = i, _run_after(words, i), PERSONA
        if end > start:
            spans.append(Span(words.starts[start], words.ends[end - 1], kind))
            after = end
    return spans


def _lexicon_name(words: Words, i: int) -> bool:
    if not words.words[i][:1].isupper():
        return False
    norms = words.norms
    if norms[i] in COMMON_WORDS or norms[i] in PLACE_WORDS:
        # "Rosa" or "Lima" alone is a word or a place; next to another name it is a name.
        nxt = i + 1 < len(norms) and norms[i + 1] in NAME_LEXICON
        return nxt and words.words[i + 1][:1].isupper()
    return True
