"""Schools named the way the countries migrants' children study in write them.

Each country has its own way, and each breaks the head-word patterns of `privacy.orgs`:

- New York's public schools by their number and neighbourhood: "la P.S. 69 Jackson
  Heights", "el I.S. 230" (dotted: "la PS 5" is a game console);
- Spain's by their code, capitalized or typed lowercase: "el IES Parque de Lisboa",
  "el colegio ceip la aljorra"; Peru's night schools and technical schools the same way
  in lowercase text ("el ceba juana alarco de dammert");
- Buenos Aires' by number and school district, then their name: "la Escuela N° 14 D.E.
  20 Provincia de Catamarca";
- the United States' by a person's name with a middle initial: "Fred M. Lynn Middle
  School".

A code alone ("el IES", "un ceip") or followed by where it is ("el ceba de Manta",
"el ceip en Murcia") names no school in particular and stays.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.lexicon import SENTENCE_WORDS, words
from privacy.literals import match_at_keys, starts_of
from privacy.normalize import Words, normalize_token
from privacy.recognizers import ONG, Span

_UP: Final = "A-ZÁÉÍÓÚÑÜ"
_CAP: Final = rf"[{_UP}][\wáéíóúñü'’\-]*"
_CAP_NAME: Final = rf"{_CAP}(?:\s+(?:(?:de|del|la|las|los|el|y)\s+){{0,2}}{_CAP}){{0,5}}"

_US_NUMBERED: Final = re.compile(
    r"(?<![\w.])(?:P\.\s?S\.|I\.\s?S\.|M\.\s?S\.|J\.\s?H\.\s?S\.|JHS)\s?\d{1,3}(?![\d.,]\d|\w)"
    r"(?:[ \t]+(?!(?:Mi|Mis|Su|Sus|El|La|Los|Las|Y|Yo|Ella|Él|Pero|Ahí|Allí)\b)"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?"
)
_SPAIN_CODED: Final = re.compile(rf"(?<![\w.])(?:IES|IESO|CEIP|CEIPSO|CEPA)\s+{_CAP_NAME}")
_BUENOS_AIRES: Final = re.compile(
    rf"(?<![\w.])Escuela\s+N[°º]\.?\s?\d{{1,5}}\s+(?:del?\s+)?D\.\s?E\.\s?(?:N[°º]\.?\s?)?\d{{1,2}}"
    rf"(?:\s+{_CAP_NAME})?"
)
_US_INITIALED: Final = re.compile(
    r"(?<![\w.])(?:[A-Z][a-zA-Z'’\-]+\s+){1,2}[A-Z]\.\s+(?:[A-Z][a-zA-Z'’\-]+\s+){1,2}"
    r"(?:(?:Elementary|Middle|High|Junior\s+High|Intermediate|Primary|Charter)\s+School|"
    r"(?:Community\s+)?College|Academy)(?!\w)"
)
# A code typed lowercase opens the name, then lowercase words up to a pause or a
# function word: "en el ceip la aljorra, ya habla", "el ceba juana alarco de dammert. ahora".
_LOWER_CODED: Final = re.compile(
    r"(?<![\w.])(?:ies|ieso|ceip|ceipso|ceba|cetpro)[ \t]+"
    r"(?P<name>[a-záéíóúñü]+(?:[ \t]+[a-záéíóúñü]+){0,5})"
)
_JOINERS: Final = words("de del la las los el")
# Words that end a lowercase name besides the function words: what is said of the child.
_ENDERS: Final = SENTENCE_WORDS | words(
    "y e o u estudia estudio estudiaba esta estan estaba va iba termino termine sale "
    "salio queda quedaba hace hizo tiene tenia de del"
)


_KEYED: Final = (
    (_US_NUMBERED, ("P.", "I.", "M.", "J.", "JHS")),
    (_SPAIN_CODED, ("IES", "CEIP", "CEPA")),
    (_BUENOS_AIRES, ("Escuela N",)),
)
# Not "cepa" lowercase: a strain of bacteria or a vine's stock.
_LOWER_CODES: Final = ("ies", "ceip", "ceba", "cetpro")
# Words one of these schools holds: most texts hold none and skip the search.
_GATE: Final = words("jhs ies ieso ceip ceipso ceba cetpro school college academy")


def _lower_name(name: str) -> str:
    """The words of ``name`` up to the first one that ends it (see `_LOWER_CODED`)."""
    kept: list[str] = []
    tokens = name.split()
    for i, token in enumerate(tokens):
        norm = normalize_token(token)
        joins = norm in _JOINERS and i + 1 < len(tokens)
        if joins and normalize_token(tokens[i + 1]) not in _ENDERS:
            if i == 0 and norm in ("de", "del"):
                return ""  # "el ceba de manta": where it is, not its name
            kept.append(token)
            continue
        if norm in _ENDERS:
            break
        kept.append(token)
    while kept and normalize_token(kept[-1]) in _JOINERS:
        kept.pop()
    return " ".join(kept)


def find_schools_abroad(words_: Words) -> list[Span]:
    """Return schools named by a code, a number or an initial (see the module)."""
    text = words_.text
    if _GATE.isdisjoint(words_.vocabulary) and "S. " not in text and "D.E" not in text:
        return []
    spans: list[Span] = []
    for pattern, keys in _KEYED:
        spans += [Span(m.start(), m.end(), ONG) for m in match_at_keys(pattern, text, keys)]
    # A US school's name opens before its tail: tried just before "School", "College".
    done: set[tuple[int, int]] = set()
    for pos in starts_of(text, ("School", "College", "Academy")):
        start = max(0, pos - 80)
        for m in _US_INITIALED.finditer(text, start, pos + 30):
            done.add((m.start(), m.end()))
    spans += [Span(a, b, ONG) for a, b in sorted(done)]
    for m in match_at_keys(_LOWER_CODED, text, _LOWER_CODES):
        name = _lower_name(m.group("name"))
        if name:
            spans.append(Span(m.start(), m.start("name") + len(name), ONG))
    return spans
