"""Associations of paisanos and producers, named by who their members are.

A residents' or producers' association is named by formula: its head, who the members
are, where they come from and where they live now ("Agrupación de Residentes
Huancavelicanos en Chile", "la asociacion hijos de san luis en lima", "la asociacion
chanquilinos en lima", "la asociacion de panificadoras virgen de cocharcas"). The head
and the members are part of that name, and so is the place after "en": it says which
of the village's associations this one is. `privacy.orgs` finds most of these when
they are capitalized, but stops before "en Chile"; typed lowercase it finds none.

A lowercase name runs only to a comma, a period or a line's end, and it must hold a
word no common phrase has (a village's demonym, a saint, a Quechua word, a known place
or person): "la asociacion de productores de papa nativa, ..." names no one.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.cues import ACTS
from privacy.given import GIVEN_NAMES, PERSON_VERBS, SURNAMES
from privacy.lexicon import COMMON_WORDS, PLACE_WORDS, SENTENCE_WORDS, words
from privacy.normalize import Words
from privacy.recognizers import ONG, Span
from privacy.triggers import Anchors

_HEADS: Final = words("asociacion agrupacion club centro hermandad colectivo federacion union")
# "Hijos del Distrito de Rosario Residentes en Huancayo": named by its members alone.
_MEMBER_STARTS: Final = words("hijos hijas residentes")
# A regional club of migrants is a house named by the region: "la Casa Huancavelica de
# Barcelona", "la Casa del Perú", "socia de casa huancavelica barcelona".
_HOUSES: Final = words("casa")
TRIGGERS: Final = _HEADS | _MEMBER_STARTS | _HOUSES
# Who the members are, said right after the head ("Hijos de ...", "de Residentes ...").
_MEMBERS: Final = words("residentes hijos hijas migrantes paisanos")
_JOINS: Final = words("de del la las los")
_STOPS: Final = (
    SENTENCE_WORDS
    | COMMON_WORDS
    | words("aca alla aqui alli ahi nomas tambien hace hacen tiene tienen es son")
    # What the group does ends its name: "... de leche bellavista vende queso en lima".
    | ACTS
    | PERSON_VERBS
)
_SAINTS: Final = words("san santa santo virgen senor nuestra")
# A demonym in the plural: "chanquilinos", "huancavelicanos", "ayacuchanos".
_DEMONYM: Final = re.compile(r"[a-zñ]{3,}(?:inos|inas|anos|anas|enos|enas|eños|eñas)")
_QUECHUA: Final = re.compile(r"[a-zñ']*(?:[kw]|q(?!u))[a-zñ']*")
_CAPITAL: Final = re.compile(r"[A-ZÁÉÍÓÚÑ]")
_CLOSING: Final = re.compile(r"\s*(?:[,.;:?!/)]|\n|$)")
_MAX_BODY: Final = 7
_MAX_TAIL: Final = 3


def _plural(norm: str) -> bool:
    return len(norm) >= 5 and norm.endswith("s") and norm not in _STOPS


def _evidence(norm: str) -> bool:
    """A word that only a name holds: a demonym, a saint, a Quechua word, a known place
    or person."""
    return (
        norm in _SAINTS
        or norm in PLACE_WORDS
        or norm in GIVEN_NAMES
        or norm in SURNAMES
        or _DEMONYM.fullmatch(norm) is not None
        or (len(norm) >= 4 and _QUECHUA.fullmatch(norm) is not None)
    )


def find_paisano_groups(anchors: Anchors) -> list[Span]:
    """Residents' and producers' associations with their members and where they live."""
    words_ = anchors.words
    spans: list[Span] = []
    for i in anchors.of(TRIGGERS):
        if words_.norms[i] in _HOUSES:
            house = _regional_house(words_, i)
            if house is not None:
                spans.append(house)
            continue
        lower = words_.words[i].islower()
        span = _lowercase_group(words_, i) if lower and words_.norms[i] in _HEADS else None
        if span is None and words_.words[i][:1].isupper():
            span = _capitalized_tail(words_, i)
        if span is not None:
            spans.append(span)
    return spans


def _spaced(words_: Words, k: int) -> bool:
    return k < len(words_.words) and words_.gaps[k] in (" ", " - ")


def _lowercase_group(words_: Words, i: int) -> Span | None:
    ws, text = words_.words, words_.text
    # Only a transcript typed all in lowercase names a group in lowercase; in a line with
    # capitals, "una asociación de productores de tara" is what the group is.
    line_start = text.rfind("\n", 0, words_.starts[i]) + 1
    line_end = text.find("\n", words_.starts[i])
    if _CAPITAL.search(text, line_start, line_end if line_end >= 0 else len(text)):
        return None
    norms = words_.norms
    j = i + 1
    if not _spaced(words_, j) or not ws[j].islower():
        return None
    if norms[j] in _JOINS and _spaced(words_, j + 1) and _plural(norms[j + 1]):
        j += 2  # "de residentes", "de panificadoras": who the members are
    elif norms[j] in _MEMBERS or _DEMONYM.fullmatch(norms[j]):
        j += 1  # "hijos de ...", "chanquilinos en lima"
    else:
        return None
    k = j
    evidence = _DEMONYM.fullmatch(norms[j - 1]) is not None
    while k - j < _MAX_BODY and _spaced(words_, k) and ws[k].islower():
        norm = norms[k]
        if norm in _JOINS:
            if not (_spaced(words_, k + 1) and norms[k + 1] not in _STOPS):
                break
            k += 1
            continue
        if norm == "en":
            break
        if norm in _STOPS:
            break
        evidence = evidence or _evidence(norm)
        k += 1
    if k == j and norms[j - 1] not in _MEMBERS and not evidence:
        return None
    # Where the members live now: "... en lima", "... en new jersey".
    if _spaced(words_, k) and norms[k] == "en" and _spaced(words_, k + 1):
        t = k + 1
        while t - k <= _MAX_TAIL and _spaced(words_, t) and norms[t] not in _STOPS:
            t += 1
        if t > k + 1 and _CLOSING.match(words_.text, words_.ends[t - 1]):
            k = t
    if k == j or not evidence or not _CLOSING.match(words_.text, words_.ends[k - 1]):
        return None
    return Span(words_.starts[i], words_.ends[k - 1], ONG)


def _capitalized_tail(words_: Words, i: int) -> Span | None:
    """A capitalized residents' association and where they live: "Agrupación de
    Residentes Huancavelicanos en Chile"; the name itself is `privacy.orgs`'s."""
    ws, norms = words_.words, words_.norms
    k = i + 1
    members = ws[i].islower() is False and norms[i] in _MEMBER_STARTS
    while k - i <= _MAX_BODY and _spaced(words_, k):
        norm = norms[k]
        if ws[k][:1].isupper():
            members = members or norm in _MEMBERS or _DEMONYM.fullmatch(norm) is not None
            k += 1
        elif norm in _JOINS and _spaced(words_, k + 1) and ws[k + 1][:1].isupper():
            k += 1
        else:
            break
    if not (members and _spaced(words_, k) and norms[k] == "en" and _spaced(words_, k + 1)):
        return None
    t = k + 1
    while t - k <= _MAX_TAIL and _spaced(words_, t) and ws[t][:1].isupper():
        t += 1
    if t == k + 1:
        return None
    return Span(words_.starts[i], words_.ends[t - 1], ONG)


_HOUSE_OPENERS: Final = words("la de del socio socia socios socias")


def _regional_house(words_: Words, i: int) -> Span | None:
    """A migrants' club named as the house of their region, and the city it is in.

    "Casa" then a known place ("Casa Huancavelica", "Casa de Ayacucho", "Casa del Perú")
    is that club; "la Casa de la Cultura", "la Casa Blanca" and "la casa de mi tía" name
    no region. Typed lowercase, "casa" is a home unless an article or "de" comes before
    it and the place follows with no "de": "socia de casa huancavelica barcelona".
    """
    ws, norms, text = words_.words, words_.norms, words_.text
    upper = ws[i] == "Casa"
    if not upper:
        line_start = text.rfind("\n", 0, words_.starts[i]) + 1
        line_end = text.find("\n", words_.starts[i])
        if _CAPITAL.search(text, line_start, line_end if line_end >= 0 else len(text)):
            return None
        if i == 0 or not _spaced(words_, i) or norms[i - 1] not in _HOUSE_OPENERS:
            return None
    j = i + 1
    if upper and _spaced(words_, j) and norms[j] in ("de", "del"):
        j += 1
    if not _spaced(words_, j) or norms[j] not in PLACE_WORDS or ws[j].islower() == upper:
        return None
    k = j + 1
    # The city the house is in: "Casa Huancavelica Barcelona", "... de Barcelona".
    t = k + 1 if _spaced(words_, k) and norms[k] in ("de", "en") else k
    if _spaced(words_, t) and norms[t] not in _STOPS and norms[t] not in _JOINS:
        city = ws[t][:1].isupper() if upper else ws[t].islower()
        if city and (upper or _CLOSING.match(text, words_.ends[t])):
            k = t + 1
    if not upper and not _CLOSING.match(text, words_.ends[k - 1]):
        return None  # "la casa lima es bonita": a lowercase name runs to a comma
    return Span(words_.starts[i], words_.ends[k - 1], ONG)
