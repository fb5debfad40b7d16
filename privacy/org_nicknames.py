"""Short names people give an organization, quoted after a verb of naming.

A speaker who says what an employer, a school or an NGO is called "in the street" quotes
the short name with its article: 'le decimos "la Netex"', 'todos conocen como "el
Continental"', 'la gente les dice "los del Mantaro"', 'ella nomás dice "en la Huaca"'.
The short name is as identifying as the full one. A quote after a verb of naming is a
short name only where the sentence or the one before it is about an organization (an
employer, an NGO, a school, "el nombre"): 'le dicen "la chacra"' of a plot of land, a
quoted sentence ('dice "la plata no alcanza"'), or what others call the speaker ('me
dicen "la doctora"') name no organization. Public bodies and programmes are cut out
afterwards by the allow-list (`privacy.public`).
"""

from __future__ import annotations

import re
from typing import Final

from privacy.employers import PUBLIC_PHRASES
from privacy.lexicon import COMMON_WORDS, SENTENCE_WORDS, words
from privacy.literals import match_at_folded_keys
from privacy.normalize import normalize_token
from privacy.recognizers import ONG, Span

_QUOTE_HINTS: Final = ('"', "«", "“")
# The verb of naming, then the quote: "le decimos", "les dicen", "dice", "le llaman",
# "conocen como"; not "me dicen", what the speaker is called.
_NICKNAMED: Final = re.compile(
    r"(?i:(?<!\bme\s)\b(?:dic\w*|dec\w*|llam\w*|conoc\w*\s+como|nombr\w*\s+como))\s+"
    r"[«\"“](?P<inner>[^«»\"“”\n]{2,60})[»\"”]"
)
# Inside the quote: where or whose ("en la", "los de la", "los del"), or the article.
_LEAD: Final = re.compile(
    r"(?i:(?:en|a|al|con)\s+)?"
    r"(?i:(?:los|las)\s+(?:de\s+(?:la|el|los|las)\s+|del?\s+)|(?:el|la|los|las)\s+)"
)
_WORD: Final = re.compile(r"[\wáéíóúñüÁÉÍÓÚÑÜ'’\-]+")
_MAX_WORDS: Final = 3
# What the talk around the quote must be about: an organization of some kind, or its name.
_ORG_CONTEXT: Final = re.compile(
    r"(?i:\b(?:empresa|compa[ñn][ií]a|firma|consorcio|constructora|agroexportadora|"
    r"agr[ií]cola|empacadora|fundo|f[aá]brica|ong|asociaci[oó]n|cooperativa|fundaci[oó]n|"
    r"instituto|colegio|escuela|academia|universidad|iglesia|club|organizaci[oó]n|"
    r"s\.?a\.?c\.?|s\.?r\.?l\.?|e\.?i\.?r\.?l\.?|el\s+nombre))\b"
)
_SENTENCE_END: Final = re.compile(r"[.!?]\s")
_CONTEXT_BEFORE: Final = 200
_CONTEXT_AFTER: Final = 80
# Words a quoted name does not open with: "donde la Tomasa" is a person's house.
_NOT_OPENING: Final = words("donde casa ahi alla aca aqui que no si ya")


def _context(text: str, start: int, end: int) -> str:
    """The sentence from ``start`` to ``end`` and the sentence before it."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, start - _CONTEXT_BEFORE), start)]
    begin = ends[-2] if len(ends) >= 2 else max(0, start - _CONTEXT_BEFORE)
    after = _SENTENCE_END.search(text, end, end + _CONTEXT_AFTER)
    return text[begin : after.end() if after else end + _CONTEXT_AFTER]


def find_org_nicknames(text: str) -> list[Span]:
    """Quoted short names of organizations after a verb of naming."""
    if not any(map(text.__contains__, _QUOTE_HINTS)):
        return []
    spans: list[Span] = []
    for m in _NICKNAMED.finditer(text):
        lead = _LEAD.match(text, m.start("inner"), m.end("inner"))
        if lead is None:
            continue  # a short name is said with its article: "la Netex", "los del Mantaro"
        start = lead.end()
        name = text[start : m.end("inner")].strip()
        tokens = _WORD.findall(name)
        if not tokens or len(tokens) > _MAX_WORDS or not _WORD.fullmatch(name.split()[-1]):
            continue
        norms = [normalize_token(t) for t in tokens]
        if norms[0] in _NOT_OPENING or norms[-1] in SENTENCE_WORDS:
            continue
        if all(n in COMMON_WORDS or n in SENTENCE_WORDS for n in norms):
            continue
        if not _ORG_CONTEXT.search(_context(text, m.start(), m.end())):
            continue
        spans.append(Span(start, start + len(name), ONG))
    return spans


# Its members named by a Quechua name typed lowercase: "las de kusi warmi nos enseñaron",
# "los de qhapaq kawsay me ayudaron". Two Quechua words (k, w, or a q not before u) name
# a group; a village is one word ("los de waqrapampa"), and a state programme ("los de
# qali warma") is cut out afterwards by the allow-list.
_MEMBERS_OF: Final = re.compile(
    r"(?<![\w])(?i:los|las)\s+de\s+(?P<name>[a-zñ']+(?:[ \t]+[a-zñ']+){0,2})(?![\w])"
)
_MEMBERS_OF_KEYS: Final = ("los", "las")
# Quechua is spelled with these letters only; one word at least has a k, a w or a q
# not before u ("allin kawsay", "kusi warmi").
_QUECHUA_LETTERS: Final = re.compile(r"[achiklmnñpqrstuwy']+")
_QUECHUA_MARK: Final = re.compile(r"[kw]|q(?!u)")
_MIN_QUECHUA: Final = 2
# One Quechua word names a group, not a village, when it is a verb made a name: the
# reciprocal or reflexive infinitive and the "let us" form ("los de yuyarinakuy nos
# ayudaron", "los de yanapasun"); villages end in -pampa, -marca, -bamba.
_VERB_NAME_ENDS: Final = ("nakuy", "kuy", "sun", "sunchis", "sunchik")
_MIN_VERB_NAME: Final = 7


def _verb_name(norm: str) -> bool:
    return (
        len(norm) >= _MIN_VERB_NAME
        and norm.endswith(_VERB_NAME_ENDS)
        and norm not in SENTENCE_WORDS
        and norm not in COMMON_WORDS
    )


def find_quechua_members(text: str) -> list[Span]:
    """Lowercase Quechua names of groups after "los de", "las de"."""
    if "os de " not in text and "as de " not in text:
        return []
    spans: list[Span] = []
    for m in match_at_folded_keys(_MEMBERS_OF, text, _MEMBERS_OF_KEYS):
        taken: list[str] = []
        end = m.start("name")
        for w in _WORD.finditer(m.group("name")):
            word = w.group()
            if len(word) < 3 or _QUECHUA_LETTERS.fullmatch(word) is None:
                break
            taken.append(normalize_token(word))
            end = m.start("name") + w.end()
        if len(taken) == 1 and _verb_name(taken[0]):
            spans.append(Span(m.start("name"), end, ONG))
            continue
        if (
            len(taken) >= _MIN_QUECHUA
            and any(_QUECHUA_MARK.search(word) for word in taken)
            and not any(word in SENTENCE_WORDS or word in COMMON_WORDS for word in taken)
            and tuple(taken) not in PUBLIC_PHRASES
        ):
            spans.append(Span(m.start("name"), end, ONG))
    return spans
