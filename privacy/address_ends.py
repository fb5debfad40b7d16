"""Where an address found by its street, lot or kilometre really starts and ends.

The finders in `address` and `places` stop at the last part they are sure of. Speech
and hand-typed transcripts add what they cannot see:

- the named road a kilometre is on, written before it in lowercase ("en la carretera
  panamericana sur km 303, santiago, ica", "la antigua panamericana km 35");
- the district or city written right after the address with no comma, closed by a stop
  or a comma ("Mz. F Lt. 3 zona B Huaycán, por el colegio", "Jr. Lima 120 San Juan de
  Lurigancho.");
- a Japanese city, ward or district written in lowercase with its suffix after a comma
  ("…2-14-7, ora-gun, gunma"), which the Spanish locality pattern cannot read.

Each helper is cheap: one anchored match at a known position, no scan of the text.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.lexicon import ELSEWHERE_WORDS, PLACE_WORDS
from privacy.lexicon import words as word_set
from privacy.normalize import normalize_token

_KNOWN: Final = PLACE_WORDS | ELSEWHERE_WORDS
_JOIN_WORDS: Final = word_set("de del la las los el san santa")

# The road's name before its kilometre: a road word and up to three lowercase words
# ("carretera panamericana sur", "via de evitamiento", "carretera a huancayo"), or a
# national road named by itself ("panamericana norte", "antigua panamericana").
_ROAD_BEFORE: Final = re.compile(
    r"(?<![\w.])(?i:(?:(?:antigua|nueva)[ \t]+)?"
    # The road's number may end its name: "Ruta Provincial 60 km 12", "ruta 5 km 1200".
    r"(?:(?:carretera|autopista|v[ií]a|ruta)(?P<name>(?:[ \t]+[a-zñáéíóúü]+){0,3}"
    r"(?:[ \t]+\d{1,4}(?!\w))?)"
    r"|panamericana(?:[ \t]+(?:sur|norte))?|interoce[aá]nica|marginal))"
    r"[ \t]*,?[ \t]*(?:(?:en[ \t]+)?el[ \t]+)?$"
)
# Words that end a road's name read backwards: a verb or a clause, not the road.
_NOT_ROAD: Final = word_set("""
    que se es era fue esta estaba hay pero y o con por para su sus mi mis un una
    cuando donde como ya nomas pues pe vive viven vivimos queda quedaba
    """)
_MAX_ROAD: Final = 50


def road_before(text: str, start: int) -> int:
    """Start of the named road written right before a kilometre at ``start``, or
    ``start``: "carretera panamericana sur km 303" is one address with its road."""
    m = _ROAD_BEFORE.search(text, max(0, start - _MAX_ROAD), start)
    if m is None:
        return start
    name = m.group("name") or ""
    if any(normalize_token(w) in _NOT_ROAD for w in name.split()):
        return start
    return m.start()


# A district or city after the address with no comma before it: capitalized words, the
# last of them a known place, then a stop, a comma or the end of the line.
_TOWN_AFTER: Final = re.compile(
    r"[ \t]+(?P<name>[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+){0,3})(?=[ \t]*(?:[,.;:]|$))",
    re.MULTILINE,
)


def known_town_after(text: str, end: int) -> int:
    """End of a known district or city written right after an address ending at
    ``end`` with no comma ("…lote 31 zona F Huaycán,"), or ``end``."""
    if end >= len(text) or text[end] not in " \t":
        return end
    m = _TOWN_AFTER.match(text, end)
    if m is None:
        return end
    names = [normalize_token(w) for w in m["name"].split()]
    # Unknown words may only open a district joined to its known last word by a
    # particle: "San Juan de Lurigancho", "Santiago de Surco".
    joined = len(names) > 2 and names[-2] in _JOIN_WORDS
    if names[-1] not in _KNOWN or not (
        joined or all(w in _KNOWN or w in _JOIN_WORDS for w in names)
    ):
        return end
    return m.end()


# A Japanese prefecture, city, district or ward in lowercase with its suffix after a
# comma ("…, ora-gun", "…, hamamatsu-shi"), and the prefecture after it ("…, gunma").
_JP_LOWER_AREAS: Final = re.compile(
    r"(?:,[ \t]*[a-zāēīōū]+-(?:ken|to|fu|shi|ku|gun|ch[oō]|machi|mura)(?![\w-])){1,3}"
)
_LAST_AREA: Final = re.compile(r",[ \t]*(?P<last>[a-zāēīōū]+)(?=[ \t]*(?:[,.;:]|$))")


def japanese_areas_after(text: str, end: int) -> int:
    """End of the lowercase Japanese areas written after an address ending at ``end``;
    a bare last word counts only when it is a known prefecture or city."""
    m = _JP_LOWER_AREAS.match(text, end)
    if m is None:
        return end
    last = _LAST_AREA.match(text, m.end())
    if last is not None and normalize_token(last["last"]) in _KNOWN:
        return last.end()
    return m.end()


# A known town after a comma: "via Canevari 118, Genova con dos ecuatorianos".
_TOWN_NEXT: Final = re.compile(r",[ \t]*(?:\d{5}[ \t]+)?(?P<town>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)")


def known_town_next(text: str, end: int) -> bool:
    """Whether a known town or city follows the address ending at ``end`` after a
    comma, whatever comes after the town (the clause may run on)."""
    m = _TOWN_NEXT.match(text, end)
    return m is not None and normalize_token(m["town"]) in _KNOWN
