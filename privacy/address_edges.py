"""The edges of an address: the parts a finder left before or after the ones it found.

An address in an informal settlement or on a road is said as a list of parts, each after a
comma, biggest first: "sector los álamos, grupo 3, lote 12, parcona", "villa 1-11-14,
manzana 12, casa 40, bajo flores", "km 34 de la carretera huancavelica-lircay,
huachocolpa". A finder anchored on the lot or the number takes the parts from there on
and may leave the first ones, or the road a kilometre is on. This module grows each
address span over the parts right before it, each opened by a part's word and set off by a
comma, and over the road after a kilometre.

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from privacy.address import STREET_WORDS
from privacy.lexicon import ELSEWHERE_WORDS, PLACE_WORDS, SENTENCE_WORDS, verb_form
from privacy.normalize import normalize_token
from privacy.recognizers import DIRECCION, Span
from privacy.spoken import NUMBER_WORDS

# A part of an address, whole, ending where the next comma is: "sector los álamos",
# "grupo once", "aa.hh. los jardines"; a part named by a common noun only with its
# number: "villa 1-11-14", "casa 40", "zona n" ("en villa el salvador, mz. a" is the
# district before the address, "casa de mi tía" a house).
_PART: Final = re.compile(
    r"(?:(?i:sector|grupo|manzana|mz|mza|lote|lt|etapa|ucv|asentamiento\s+humano|aa\.?\s?hh|"
    r"urbanizaci[oó]n|urb|coop|cooperativa)\.?(?:\s+[\w\-./º°]+){1,4}"
    r"|(?i:villa|zona|casa|interior|int|dpto|departamento|piso|bloque|block|pasaje|psje|"
    r"calle|jir[oó]n|jr|avenida|av|puesto|stand)\.?\s+(?:[\w\-./º°]*\d[\w\-./º°]*|[a-zA-Z])"
    r"(?:\s+[\w\-./º°]+){0,3}"
    # The market a stall is in, before the stall: "Mercado La Palma, puesto 214, …".
    r"|(?:[Mm]ercado|[Gg]aler[ií]a)(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){1,3}"
    # A street named without a number before its lot: "pasaje Los Álamos, lote ocho, …".
    r"|(?i:pasaje|psje|calle|jir[oó]n|jr|avenida|av)\.?"
    r"(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){1,3})$"
)
_COMMA_BEFORE: Final = re.compile(r"(?:^|(?<=[\s,;:.]))([^,;:.!?\n]{3,40}),\s*$")
# The road a kilometre is on: "km 34 [de la carretera huancavelica-lircay]".
_ROAD_KINDS: Final = (
    r"(?i:carretera|panamericana|v[ií]a|ruta|trocha|autopista|interoce[aá]nica|marginal)"
)
_ROAD_AFTER: Final = re.compile(
    rf"\s+de(?:\s+la|l)?\s+(?:antigua\s+|nueva\s+)?{_ROAD_KINDS}"
    r"(?:\s+[\w\-–.]+){1,4}?(?=\s*[,.;]|\s*$)"
)
_ROAD_END: Final = re.compile(rf"{_ROAD_KINDS}$")
_ROAD_NAME: Final = re.compile(r"(?:\s+[\w\-–.]+){1,4}?(?=\s*[,.;]|\s*$)")
_PLACE_TAIL: Final = re.compile(r",\s+([\w\-–]+(?:\s+[\w\-–]+){0,2})(?=\s*[,.;]|\s*$)")
_STREET_BEFORE: Final = re.compile(r"(?<![\w.])([a-zà-ÿ]+\.?)[ \t]+$")
# A street's kind typed lowercase before it: the address finder's own words, and the
# kinds of the streets abroad ("via", "carrer", "rue").
_STREET_KINDS: Final = STREET_WORDS | frozenset({"via", "carrer", "rue", "corso", "strada"})
KNOWN_PLACES: Final = PLACE_WORDS | ELSEWHERE_WORDS
# A street begun and corrected right before the address said again: "pasaje Santa Rosa...
# no, Santa Rosita, número cien… ciento dieciocho".
_CORRECTED_BEFORE: Final = re.compile(
    r"(?<![\w.])(?i:pasaje|psje|calle|jir[oó]n|jr|avenida|av|manzana|mz|lote|lt)\.?[ \t]+"
    r"[^.,;:!?\n…]{1,30}?[ \t]*(?:\.\.\.|…)[ \t]*(?i:no|perd[oó]n),?[ \t]+$"
)
_KM: Final = re.compile(r"(?i:km|kil[oó]metro)\.?\s*\d")
_MAX_PARTS: Final = 4


def _names_a_road(words_: str) -> bool:
    """Whether the words after a road's kind name it: "central", "huancavelica-lircay";
    not a clause ("es donde más roban")."""
    return not any(
        (norm := normalize_token(w)) in SENTENCE_WORDS or verb_form(norm)
        for w in words_.split()
        if normalize_token(w) not in ("de", "la", "del", "antigua", "nueva")
    )


# What follows an address after a comma and is part of it: its flat or floor ("bajos",
# "apartment four", "2º 1ª"), a postal code with its town ("08905 L'Hospitalet de
# Llobregat"), a part ("Coop. Universal"); then the district, city or state.
_TAIL_PART: Final = re.compile(r",[ \t]+(?P<part>[^,.;:!?\n]{1,40}?)(?=[ \t]*(?:[,.;:!?\n]|$))")
_FLAT: Final = re.compile(
    r"(?i:bajos?|entresuelo|principal|[aá]tico|(?:piso|apartment|apartamento|apt|unit|suite|floor|"
    # Its value read out may take words: "apartamento tres be", "departamento trescientos dos".
    r"escalera|puerta|dpto|departamento|interior|int|scala|interno)\.?(?:\s+\w+){1,3}|"
    r"\d{1,2}[º°]\s*(?:\d{1,2}[ªa]?)?|"
    # A floor by its ordinal and its door, read out: "segundo be", "cuarto segunda".
    r"(?:primero|segundo|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo)\s+"
    r"(?:a|be|ce|de|primera|segunda|tercera|cuarta|izquierda|derecha))$"
)
_POSTAL: Final = re.compile(r"\d{4,5}\s+(\S.*)$")
_PLACE_JOINERS: Final = frozenset({"de", "del", "la", "las", "los", "el", "y"})
_MAX_PLACES: Final = 2
# A number said again or corrected after a pause: "lote quince... no, dieciséis",
# "ciento cuarenta y... cuarenta y ocho".
_SAID_AGAIN: Final = re.compile(
    r"(?:[ \t]+y)?[ \t]*(?:\.\.\.|…)[ \t]*(?:no,?[ \t]+)?(?P<words>[a-záéíóúñ ]{3,60})"
)


def _tail_end(text: str, end: int) -> int:
    """Where an address ends once its flat, postal code, parts and places are taken."""
    again = _SAID_AGAIN.match(text, end)
    if again is not None:
        numbers = 0
        said = again.group("words").split()
        for k, word in enumerate(said):
            norm = normalize_token(word)
            joined = (
                norm == "y" and k + 1 < len(said) and normalize_token(said[k + 1]) in NUMBER_WORDS
            )
            if norm not in NUMBER_WORDS and not joined:
                break
            numbers += 1
        if numbers:
            taken = re.match(rf"\s*(?:\S+\s+){{{numbers - 1}}}\S+", again.group("words"))
            if taken is not None:
                end = again.start("words") + taken.end()
    places = 0
    while places < _MAX_PLACES:
        m = _TAIL_PART.match(text, end)
        if m is None:
            break
        part = m.group("part").strip()
        postal = _POSTAL.match(part)
        if _FLAT.match(part) or (postal and _place(postal.group(1))) or _PART.match(part):
            if places:
                break  # a flat after the city is something else
            end = m.end("part")
            continue
        if not _place(part):
            break
        places += 1
        end = m.end("part")
    if not places:
        end = _loose_district_end(text, end)
    postal = _POSTAL_IN_BRACKETS.match(text, end)
    return postal.end() if postal is not None else end


# Typed in a hurry, the district after an address's comma runs into the clause: "pasaje
# los aromos 1187, lurigancho con otros 6 peruanos", "calle oca 57, carabanchel compartido
# con dos". A known place or district, before a word the clause goes on
# with (a word no lexicon has is as often a verb: "…, alquilo con dos").
_LOOSE_TAIL: Final = re.compile(
    r",[ \t]+(?P<part>[a-záéíóúñü]{4,}(?:[ \t]+(?:de|del|el|la)[ \t]+[a-záéíóúñü]{3,})?)"
    r"[ \t]+(?P<next>[a-záéíóúñü]+)"
)
_GOES_ON_AFTER_PLACE: Final = frozenset(
    {"con", "en", "y", "donde", "cerca", "para", "por", "pero", "junto", "compartido"}
    | {"compartida", "alquilado", "alquilada", "ahi", "alla", "nomas", "solo", "sola"}
)


def _loose_district_end(text: str, end: int) -> int:
    m = _LOOSE_TAIL.match(text, end)
    if m is None or normalize_token(m.group("next")) not in _GOES_ON_AFTER_PLACE:
        return end
    return m.end("part") if _place(m.group("part")) else end


# A postal code in brackets after the city: "…, Córdoba (CP 5016)".
_POSTAL_IN_BRACKETS: Final = re.compile(
    r"[ \t]*\((?:CP|C\.P\.|c[oó]digo\s+postal)[ \t]*:?[ \t]*[A-Z]?\d{4,5}[A-Z]{0,3}\)"
)
# Japan's postal mark and code, and the prefecture, before the city: "〒372-0812 Gunma-ken
# Isesaki-shi …"; an abbreviated part's head a stop kept out of the part: "Coop. Los
# Chancas de Andahuaylas, Mz. B2, …".
_JAPANESE_HEAD: Final = re.compile(
    r"〒[ \t]?\d{3}-?\d{4}[ \t,]+(?:[A-Za-zŌōŪū]+-(?:ken|to|fu|do)[ \t,]+)?$"
)
_ABBREVIATED_HEAD: Final = re.compile(
    r"(?<![\w.])(?i:coop|urb|asoc|aa\.\s?hh|a\.\s?h|pje|psje|jr|av|ca|mz|mza)\.[ \t]*$"
)


# Districts of Lima, Ica and Huancayo, and of the cities abroad where the study's migrants
# live, typed lowercase after an address: their words are also names and words ("villa el
# salvador", "san martin de porres"), so they count only set off after an address.
_DISTRICTS: Final = frozenset(
    """
    villa el salvador|villa maria del triunfo|san juan de lurigancho|san juan de miraflores|
    san martin de porres|santa anita|el agustino|la victoria|puente piedra|los olivos|
    san borja|santiago de surco|la molina|jesus maria|san miguel|mi peru|santa rosa|
    san juan bautista|la tinguiña|la tinguina|los aquijes|salas guadalupe|pueblo nuevo|
    el tambo|san isidro|santiago centro|estacion central|usera|carabanchel|vallecas|
    puente de vallecas|ciudad lineal|villaverde|hospitalet|nueva york|jackson heights|
    el alto|villa adela|recoleta|independencia|quilicura|maipu|la florida|puente alto|
    lavapies|tetuan|milano|genova|paterson|queens|brooklyn|harrison|kearny
    """.replace("\n", "")
    .replace("    ", "")
    .split("|")
)


def _place(part: str) -> bool:
    """Whether a part after an address names a district, a city or a state: capitalized
    words ("Santa Clara", "New Jersey", "San Juan de Lurigancho") or known places typed
    lowercase ("chilca")."""
    tokens = part.split()
    if not tokens or len(tokens) > 5:
        return False
    norms = [normalize_token(t) for t in tokens]
    if norms[0] in SENTENCE_WORDS or norms[0] in _PLACE_JOINERS:
        return False
    if all(t[:1].isupper() or n in _PLACE_JOINERS for t, n in zip(tokens, norms, strict=True)):
        return True
    if " ".join(norms) in _DISTRICTS:
        return True
    return all(n in KNOWN_PLACES or n in _PLACE_JOINERS for n in norms)


# A house number joined by dashes right before the street, as a Japanese address is
# written: "1289-3 Hirokoji-machi". No amount, year or count is written so.
_HOUSE_BEFORE: Final = re.compile(r"(?<![\w\-/.])(\d{1,5}(?:-\d{1,4}){1,3})[ \t]+$")


def grow_addresses(text: str, spans: Sequence[Span]) -> list[Span]:
    """Each address span grown over the parts said before it and a kilometre's road."""
    grown: list[Span] = []
    for span in spans:
        if span.kind != DIRECCION:
            grown.append(span)
            continue
        start, end = span.start, span.end
        for _ in range(_MAX_PARTS):
            before = _COMMA_BEFORE.search(text, max(0, start - 45), start)
            if before is None or _PART.search(before.group(1).strip()) is None:
                break
            part = before.group(1)
            lead = len(part) - len(part.lstrip())
            start = before.start(1) + lead
            # The part is whole from its word on: "en [sector los álamos], grupo 3".
            word = _PART.search(part.strip())
            if word is not None:
                start = before.start(1) + lead + word.start()
        street = _STREET_BEFORE.search(text, max(0, start - 12), start)
        if street is not None and normalize_token(street.group(1)) in _STREET_KINDS:
            start = street.start(1)  # "la via [Nizza 58, Torino]": its kind, lowercase
        number = _HOUSE_BEFORE.search(text, max(0, start - 16), start)
        if number is not None:
            start = number.start(1)  # "[1289-3] Hirokoji-machi, Isesaki-shi": Japan's order
        head = _ABBREVIATED_HEAD.search(text, max(0, start - 10), start) or _JAPANESE_HEAD.search(
            text, max(0, start - 30), start
        )
        if head is not None:
            start = head.start()
        corrected = _CORRECTED_BEFORE.search(text, max(0, start - 60), start)
        if corrected is not None:
            start = corrected.start()  # "pasaje Santa Rosa... no, [Santa Rosita, …]"
        if _KM.match(text, span.start):
            road = _ROAD_AFTER.match(text, end)
            if road is None and _ROAD_END.search(text, span.start, end):
                road = _ROAD_NAME.match(text, end)  # "[km 34 de la carretera] huancavelica-lircay"
            if road is not None and _names_a_road(text[end : road.end()]):
                end = road.end()
                # The district after it, after a comma: "..., huachocolpa, en cuartos".
                place = _PLACE_TAIL.match(text, end)
                if place is not None and not any(
                    normalize_token(w) in SENTENCE_WORDS for w in place.group(1).split()
                ):
                    end = place.end()
        end = _tail_end(text, end)
        same = (start, end) == (span.start, span.end)
        grown.append(span if same else Span(start, end, DIRECCION, span.key))
    return grown
