"""Lowercase names set off by commas beside who the person is.

Typed without capitals, a given name that is also a word ("santos", "pascual", "flor",
"rosa") reads as a word unless its context says otherwise. One context always does: the
name set off by commas right after a description of a person ("nos lleva el enganchador,
pascual, en su combi") or right before one ("con santos, mi compañero de cuarto, nos
vinimos"). The description and the name are the same person, an apposition; nothing but
a person is put beside "mi compañero" that way.

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

from itertools import compress
from typing import Final

from privacy.given import ANDEAN_SURNAMES, GIVEN_NAMES, SURNAMES
from privacy.lexicon import CALENDAR_WORDS, HONORIFICS, KIN, PLACE_WORDS, SENTENCE_WORDS, words
from privacy.naming import unlisted_name
from privacy.normalize import Words
from privacy.recognizers import PERSONA, Span

# Who a person is to the speaker or in the work: kin, and the roles of a village, a job
# and a group.
_WHO: Final = KIN | words(
    """
    companero companera paisano paisana patron patrona socio socia enganchador
    enganchadora contratista chofer mayordomo mayordoma capataz jefe jefa dueno duena
    presidente presidenta tesorero tesorera secretario secretaria vocal delegado delegada
    promotor promotora tecnico tecnica profe profesor profesora enfermera enfermero
    dirigente teniente alcalde alcaldesa coordinador coordinadora ahijado ahijada
    entenado entenada enamorado enamorada pareja novio novia esposo esposa marido mujer
    """
)
# A child by its order: "victoria, la mayor, vive en ica", "la menor, rosa, vende".
_ORDER: Final = words(
    "mayor menor segundo segunda tercero tercera cuarto cuarta ultimo ultima chiquito chiquita"
)
_WHO_OR_ORDER: Final = _WHO | _ORDER
# "donde guerra, un paisano que tiene su chacra": an indefinite one too.
_DETERMINERS: Final = words("el la mi su nuestro nuestra tu un una")
_BEFORE_NAME: Final = words("con a de para donde y es era")


def find_set_off_names(words_: Words) -> list[Span]:
    """Lowercase names set off by commas beside a description of who they are."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    found: set[tuple[int, int]] = set()
    # Given names that are places too, opening a clause before who they are ("victoria,
    # la mayor, vive en ica"); after a preposition they are the place ("a lima, mi ...").
    placed: set[int] = set()
    # Most words have no comma before them: only those that do are looked at.
    for k in compress(range(n), map(", ".__eq__, gaps)):
        # "el enganchador, pascual, en su combi", "la tesorera, esperanza ticllacuri,":
        # the name after who the person is.
        if k >= 2 and _who(norms, k - 2):
            for size in (1, 2):
                last = k + size - 1
                if last + 1 < n and gaps[last + 1] == ", " and _spaced(gaps, k, last):
                    found.add((k, last))
        # "con santos, mi compañero de cuarto,", "es ccorahua, el de economía": before it.
        if k + 1 < n and (_who(norms, k) or _of_somewhere(norms, k)):
            for size in (1, 2):
                first = k - size
                if first >= 0 and _spaced(gaps, first, k - 1) and _opens_name(words_, first):
                    found.add((first, k - 1))
                    if _named_like_a_place(words_, first):
                        placed.add(first)
    spans = _families(words_) + _said_then_named(words_) + _kin_of_mine(words_)
    spans += _ordered_children(words_)
    return spans + [
        Span(words_.starts[a], words_.ends[b], PERSONA)
        for a, b in sorted(found)
        if (_word_name(words_, a) or (a == b and a in placed))
        and (b == a or _word_name(words_, b) or _surname_after(words_, a, b))
    ]


def _ordered_children(words_: Words) -> list[Span]:
    """A capitalized given name opening a sentence, set off before the child's order:
    "somos nueve hermanos. Domingo, el mayor, está en Huancayo". The order between commas
    makes even a weekday, a month or a word a child ("Rosario, la menor, estudia")."""
    if _ORDER.isdisjoint(words_.vocabulary):
        return []
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for k in compress(range(1, n - 2), map(", ".__eq__, gaps[1 : n - 2])):
        i = k - 1
        if not (tokens[i][:1].isupper() and tokens[i][1:].islower()) or norms[i] not in GIVEN_NAMES:
            continue
        if not (i == 0 or gaps[i].strip(" ")[-1:] in (".", "!", "?", ";", "\n")):
            continue
        ordered = norms[k] in ("el", "la") and norms[k + 1] in _ORDER and gaps[k + 1] == " "
        if ordered and k + 2 < n and gaps[k + 2].startswith(","):
            spans.append(Span(words_.starts[i], words_.ends[i], PERSONA))
    return spans


def _surname_after(words_: Words, a: int, b: int) -> bool:
    """A surname no list holds after a given name: "esperanza ticllacuri"."""
    norm = words_.norms[b]
    return (
        words_.norms[a] in GIVEN_NAMES
        and words_.words[b].isalpha()
        and words_.words[b].islower()
        and unlisted_name(norm)
        and norm not in PLACE_WORDS
    )


def _families(words_: Words) -> list[Span]:
    """A family named by its surname after "familia" and a comma: "con una familia
    venezolana, los Capriles." ("una familia de Lima, los Olivos" is where: a place)."""
    if "familia" not in words_.vocabulary:
        return []
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for f in (k for k in range(n - 3) if norms[k] == "familia"):
        k = next((x for x in range(f + 1, min(n - 1, f + 5)) if gaps[x] == ", "), None)
        if k is None or norms[k] not in ("los", "las") or gaps[k + 1] != " ":
            continue
        name, norm = tokens[k + 1], norms[k + 1]
        if not name[:1].isupper() or norm in PLACE_WORDS or norm in SENTENCE_WORDS:
            continue
        if k + 2 < n and gaps[k + 2] == " " and tokens[k + 2][:1].isupper():
            continue  # "los Olivos Altos": a place or a firm of several words
        spans.append(Span(words_.starts[k + 1], words_.ends[k + 1], PERSONA))
    return spans


def _spaced(gaps: list[str], first: int, last: int) -> bool:
    return all(gaps[i] == " " for i in range(first + 1, last + 1))


def _of_somewhere(norms: list[str], k: int) -> bool:
    """Whether "el de ..." or "la de ..." starts at ``k``: who someone is by where or
    what they belong to ("ccorahua, el de economía")."""
    return k + 1 < len(norms) and norms[k] in ("el", "la") and norms[k + 1] == "de"


def _who(norms: list[str], k: int) -> bool:
    """Whether a determiner and a description of a person start at ``k``."""
    return k + 1 < len(norms) and norms[k] in _DETERMINERS and norms[k + 1] in _WHO_OR_ORDER


def _opens_name(words_: Words, i: int) -> bool:
    """Whether the word at ``i`` stands where a name is put: after a preposition, a comma
    or at the start of a sentence."""
    gap = words_.gaps[i].strip(" ")
    return (
        i == 0
        or gap[-1:] in (",", ".", ";", ":", "?", "!", "\n")
        or (words_.gaps[i] == " " and words_.norms[i - 1] in _BEFORE_NAME)
    )


def _word_name(words_: Words, i: int) -> bool:
    """A lowercase given name or a listed surname ("ccorahua", "ticllacuri")."""
    token, norm = words_.words[i], words_.norms[i]
    if not token.isalpha() or not token.islower():
        return False
    if norm not in GIVEN_NAMES and norm not in SURNAMES and norm not in ANDEAN_SURNAMES:
        return False
    return (
        norm not in CALENDAR_WORDS
        and norm not in PLACE_WORDS
        and norm not in SENTENCE_WORDS
        and norm not in HONORIFICS  # "un paisano, don aurelio,": the title stays
    )


# A surname said alone, then the whole name that repeats it: "el ingeniero residente es
# Sierra, Gonzalo Sierra", "era cruz, elvis cruz ccorahua", "Los Ramos, la familia de don
# Gumercindo Ramos". Not after a preposition: "vive en Lima, Juan Lima" names a place first.
# Nor a saint's: "la fiesta de Santa Ana, por eso le pusimos Clotilde Ana".
_PREPOSITIONS: Final = words(
    "en de del desde hasta a al para por hacia entre sobre san santa santo senor virgen"
)
_SENTENCE_GAPS: Final = (".", "?", "!", ";", "\n")
_NAME_REACH: Final = 8


def _said_then_named(words_: Words) -> list[Span]:
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    found: list[Span] = []
    for k in compress(range(1, n - 1), map(", ".__eq__, gaps[1 : n - 1])):
        x = norms[k - 1]
        if len(x) < 3 or x in SENTENCE_WORDS or x in CALENDAR_WORDS:
            continue
        if k >= 2 and (norms[k - 2] in _PREPOSITIONS or words_.gaps[k - 1].strip(" ")):
            continue
        last = min(n - 1, k + _NAME_REACH)
        if x not in norms[k + 1 : last + 1]:
            continue  # the word is not said again within reach (most commas), told in C
        for j in range(k, last):
            if j > k and any(mark in gaps[j] for mark in _SENTENCE_GAPS):
                break
            if norms[j] in GIVEN_NAMES and norms[j + 1] == x and gaps[j + 1] == " ":
                found.append(Span(words_.starts[k - 1], words_.ends[k - 1], PERSONA))
                break
    return found


def _named_like_a_place(words_: Words, i: int) -> bool:
    """A lowercase given name that is a place's name too ("victoria"), not after a
    preposition (the comma, a stop or the text's start before it)."""
    token, norm = words_.words[i], words_.norms[i]
    return (
        token.isalpha()
        and token.islower()
        and norm in GIVEN_NAMES
        and norm in PLACE_WORDS
        and norm not in SENTENCE_WORDS
        and (i == 0 or words_.gaps[i].strip(" ")[-1:] in (",", ".", ";", "?", "!", "\n"))
    )


# Names said to be one's kin: "luz marina es mi hija mayor", "rosa era su esposa".
_COPULAS: Final = words("es era")
_POSSESSIVES: Final = words("mi su tu nuestro nuestra")
_MAX_NAME_WORDS: Final = 2


def _kin_of_mine(words_: Words) -> list[Span]:
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if _COPULAS.isdisjoint(words_.vocabulary):
        return []
    found: list[Span] = []
    for k in range(1, n - 2):
        if norms[k] not in _COPULAS or norms[k + 1] not in _POSSESSIVES or norms[k + 2] not in KIN:
            continue
        if gaps[k] != " " or gaps[k + 1] != " ":
            continue
        first = k
        while (
            first > 0
            and k - first < _MAX_NAME_WORDS
            and gaps[first] == " "
            and _given(words_, first - 1)
        ):
            first -= 1
        if first == k or not _opens_name(words_, first) or norms[first - 1 : first] == ["y"]:
            continue
        found.append(Span(words_.starts[first], words_.ends[k - 1], PERSONA))
    return found


def _given(words_: Words, i: int) -> bool:
    token, norm = words_.words[i], words_.norms[i]
    return token.isalpha() and norm in GIVEN_NAMES and norm not in SENTENCE_WORDS
