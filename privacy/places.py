"""Addresses beyond "street word, name, number": Lima's informal settlements, foreign
addresses, and the district, city and postal code written after an address.

- Informal settlements are located by their parts: "AA.HH. Nueva Rinconada, Mz. L,
  Lt. 3", "P.J. Señor de Luren", "Sector 3, Grupo 20", "UCV 145", "manzana 104".
- Foreign addresses: US ("312 Market Street, Apt 3"), Italian and Catalan ("Via
  Padova 112", "Carrer de Sants 145"), Japanese ("Oizumi-machi, Nishikoizumi 3-12-5").
- After any address, comma-separated parts continue it: the flat, the district, the
  city, a postal code ("…, Chilca, Huancayo", "…, 10126 Torino", "…, NJ 07501").
  A district or city named alone ("vive en Ate") is not an address and stays.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.lexicon import CALENDAR_WORDS, RESEARCH_WORDS, SENTENCE_WORDS
from privacy.lexicon import words as word_set
from privacy.normalize import normalize_token
from privacy.recognizers import DIRECCION, Span
from privacy.triggers import Anchors, find_at

# A road between two towns is written with a dash or an en dash: "Satipo–Mazamari".
_CAP: Final = r"[A-ZÁÉÍÓÚÑÜ][\wÁÉÍÓÚÑÜáéíóúñü'’\-–]*"
_JOIN: Final = r"(?:de|del|la|las|los|el|y|en)"
# A name never runs into the lot written after it without a comma: "AA HH Los Pinos Mz B".
_LOT_AHEAD: Final = r"(?!(?:Mz|Mza|Lt|Lote|Manzana|Sector|Grupo|UCV)\b)"
_NAME: Final = rf"{_CAP}(?:\s+(?:{_JOIN}\s+)*{_LOT_AHEAD}{_CAP}){{0,5}}"
# Settlements are often named after a date or a number: "9 de Octubre", "Villa 31".
_PLACE_NAME: Final = rf"(?:\d{{1,2}}\s+de\s+)?{_NAME}(?:\s+\d{{1,3}}(?!\w))?"
_SETTLEMENT_HEAD: Final = (
    # "AA.HH.", "A.A.H.H.", "AA HH", "Asent. Hum.", "PP.JJ.", "C.P.", "centro poblado"
    r"(?:A\.?\s?A\.?\s?H\.?\s?H\.?|A\.\s?H\.|P\.?\s?P\.?\s?J\.?\s?J\.|P\.\s?J\.|C\.\s?P\.|"
    r"[Aa]sent\.\s*(?:[Hh]um\.)?|[Aa]sentamiento(?:\s+[Hh]umano)?|[Cc]entro\s+[Pp]oblado|"
    r"[Aa]nexo|[Cc]aser[ií]o|"
    r"[Pp]ueblo\s+[Jj]oven|[Aa]sociaci[oó]n\s+de\s+[Vv]ivienda|[Cc]ooperativa\s+de\s+[Vv]ivienda|"
    # "Asoc. Viv. Los Jardines", "Asoc. de Vivienda", "Coop. de Viv."
    r"(?:[Aa]soc|[Cc]oop)\.\s*(?:de\s+)?[Vv]iv(?:ienda|\.))"
)
# One numbered part of a settlement address: "Mz. K", "Lt. 14", "Sector B1", "UCV 145".
_PART_HEAD: Final = (
    r"(?:Mz|Mza|mz|mza|Manzana|manzana|Lt|lt|Lote|lote|Sector|sector|[Gg]rupo(?:\s+[Rr]esidencial)?|Zona|zona|Etapa|"
    r"etapa|UCV|Casa|casa|Int|int|Interior|interior|Dpto|dpto|Depto|depto|[Dd]epartamento|"
    r"Apt|Apto|apt|Suite|Ste|Unit|Apartment|Piso|piso|[Ss]cala|[Ii]nterno|[Pp]uerta|[Pp]ortal|[Ee]scalera|[Pp]arcela|"
    # A flat in Japan: "apato 201".
    r"[Aa]pato|[Hh]eya|"
    # A shop or an office in a building or a gallery: "Jr. Gamarra 745, stand 214".
    r"[Ss]tand|[Pp]uesto|[Tt]ienda|[Ll]ocal|[Mm][oó]dulo|[Oo]ficina|[Oo]f|"
    r"Block|Bloque|Km|km)"
)
# A lot letter written in lowercase after an abbreviated block: "mz. f".
_LOWER_LETTER: Final = r"(?:(?<=[Mm]z\.)|(?<=[Mm]z\.\s)|(?<=[Mm]za\.\s))[a-zñ]"
_PART: Final = (
    rf"{_PART_HEAD}\.?\s*(?:N[º°o]\.?\s*)?"
    rf"(?:\d+(?:[.,]\d+)?[A-Za-z]?|[A-ZÑ]\d*|{_LOWER_LETTER})(?!\w)"
)
# A zone of a settlement or an anexo named, not numbered: "sector Alto", "Barrio Santa
# Rosa". It continues an address with a lot, never starts one ("el sector Santa Rosa").
_NAMED_PART: Final = (
    rf"(?:[Ss]ector|[Zz]ona|[Bb]arrio|[Ee]tapa)\s+(?!(?:Mz|Mza|Lt|Lote|Manzana)\b){_CAP}"
    rf"(?:\s+{_CAP})?"
)
# Parts that locate a home by themselves ("Mz. B Lt. 12", "Sector 3", "UCV 145").
_ANCHOR: Final = (
    r"(?:Mz|Mza|Manzana|manzana|Lt|Lote|Sector|Grupo|UCV)\.?\s*"
    r"(?:N[º°o]\.?\s*)?"
    # A lot letter may be quoted: "Mz 'B'".
    r"(?:\d+[A-Za-z]?|[A-ZÑ]\d*|['‘’\"“”][A-ZÑ]\d*['‘’\"“”])(?!\w)"
)
# Lowercase parts locate a home only beside another part: "sector 3, grupo 20"; a
# "sector 3" alone is a zone of the story.
_LOWER_PART: Final = (
    r"(?:sector|grupo|lote|lt|mza?)\.?\s*(?:N[º°o]\.?\s*)?"
    rf"(?:\d+[A-Za-z]?|[A-ZÑ]\d*|{_LOWER_LETTER})(?!\w)"
)
_SETTLEMENT: Final = re.compile(
    rf"(?<!\w)(?:{_SETTLEMENT_HEAD}\s+{_PLACE_NAME}"
    rf"|{_ANCHOR}"
    rf"|{_LOWER_PART}"
    # A flat in a block: "Block 3, dpto 402", "edificio 5, departamento 302".
    r"|(?:[Bb]lock|[Bb]loque|[Ee]dificio|[Tt]orre)\.?\s*\d{1,3}[A-Z]?(?!\w)"
    # The kilometre of a road locates a house or a plot: "km 42 de la Carretera Central",
    # "el kilómetro 38.5 de la Panamericana Sur" (a distance is "5 km", number first).
    # "del kilómetro 12 al 25" is a stretch of the road, not a plot.
    rf"|(?:[Kk]m|[Kk]il[oó]metro)\.?\s*\d{{1,4}}(?:[.,]\d{{1,3}})?(?!\w)"
    r"(?!\s*(?:al|a|hasta|y|-)\s*(?:(?:el|km|kil[oó]metro)\.?\s+)?\d)"
    rf"(?:\s+(?:de\s+la\s+|del\s+|de\s+)?(?:[Cc]arretera|[Pp]anamericana|[Aa]utopista|"
    rf"[Vv][ií]a|[Aa]v\.|[Aa]venida|[Cc]amino)"
    # "km 23 de la carretera central, Chosica": the road's name may be lowercase.
    r"(?:\s+(?:central|panamericana|norte|sur|antigua|nueva|vieja|marginal))?"
    rf"(?:\s+(?:{_JOIN}\s+)*{_CAP}){{0,3}})?)"
)
_US: Final = re.compile(
    # Queens numbers its houses by the cross street: "37-18 Junction Blvd".
    r"(?<![\w,\-])\d{1,6}(?:-\d{1,4})?\s+(?:(?:[NS]?[EW]|[NS])\.?\s+)?(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}"
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|"
    r"Way|Court|Ct\.?|Place|Pl\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|"
    # Virginia's and Pennsylvania's pikes, and the other common suffixes of a US street.
    r"Pike|Turnpike|Tpke\.?|Terrace|Ter\.?|Circle|Cir\.?|Trail|Trl\.?|Square|Sq\.?|"
    r"Loop|Alley)(?!\w)"
    # Broadway needs no street word: "2150 Broadway, Paterson".
    r"|(?<![\w,\-])\d{1,6}\s+Broadway(?!\w)"
)
_EUROPE: Final = re.compile(
    rf"(?<!\w)(?:Via|Viale|Corso|Piazza|Largo|Carrer|carrer|Rue|rue|Passeig|Avinguda|Rua)"
    rf"\s+(?:{_JOIN}\s+|d'|(?:di|dei|degli|delle|della|dello)\s+)*{_NAME}\s+\d{{1,4}}[A-Za-z]?(?!\w)"
)
# Chōme-banchi-gō after the town ("Nishikoizumi 3-12-5") or before it ("3-12-5
# Nishikoizumi"); two numbers only after a "-cho"/"-machi" town or a prefecture, city
# or ward ("Higashihon-cho 12-4"), since "Alianza 2-1" is a score.
_JP_AREA: Final = r"[A-Z][a-z]+-(?:ken|to|fu|shi|ku|machi|cho|gun|mura)"
# The prefecture, city and ward written before ("Gunma-ken, Ota-shi, …") are taken one by
# one after a match (`_areas_before`): a repeated group here would make a long run of
# them cost the square of its length.
_JP_BLOCKS: Final = r"Danchi|danchi|Haitsu|Kōpo|Kopo|Manshon|Mansion|Jūtaku|Jutaku|Apāto"
_JAPAN: Final = re.compile(
    r"(?<!\w)(?:"
    r"[A-Z][a-z]+(?:-(?:machi|cho))?\s+\d{1,2}-\d{1,2}-\d{1,3}"
    # The town may be two words, romanized with macrons: "2-14-7 Sakai Minamichō".
    r"|\d{1,2}-\d{1,2}-\d{1,3}(?:\s+[A-Z][a-zāēīōū]+(?:-(?:machi|cho))?){1,2}"
    r"|\d{1,2}-\d{1,2}\s+[A-Z][a-z]+-(?:machi|cho)"
    # A flat in a housing estate or a block, building and room: "Homi Danchi 2-104".
    rf"|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+(?:{_JP_BLOCKS})\s+\d{{1,3}}(?:-\d{{1,4}})?"
    # A lot number may run to four digits in the country: "Nishiyajima-cho 1145-3".
    rf"|(?:(?<=, ){_JP_AREA}|[A-Z][a-z]+-(?:machi|cho))\s+\d{{1,4}}-\d{{1,4}}"
    # The town after the city without a comma: "Toyota-shi Homigaoka 2-104".
    rf"|[A-Z][a-z]+-(?:shi|ku|machi|cho|gun)\s+[A-Z][a-zāēīōū]+\s+\d{{1,4}}-\d{{1,4}}(?:-\d{{1,4}})?"
    r")(?![\w-])"
)
# What may follow an address after a comma: a numbered part, a flat ("3.º B", "4t 2a"),
# a postal code and town, a state and ZIP code, or a capitalized district or city.
_MORE: Final = re.compile(
    rf",[ \t]*(?:{_PART}"
    # "3.º B", "2º 1ª" (floor and door, as Barcelona writes them).
    r"|\d{1,2}\.?\s?[ºª°](?:\s?[A-Z](?!\w)|\s?\d{1,2}\.?\s?[ºª°]|\s?(?:izq|dcha|der)\.?)?"
    r"|\d[a-z]\s\d[a-z](?!\w)"
    r"|\d{1,2}(?:er|ro|do|to|vo|mo|no|°|º)?\.?[ \t]+(?:piso|planta|nivel)(?!\w)"
    rf"|\d{{4,5}}\s+{_NAME}"
    r"|[A-Z]{2}\s+\d{5}(?!\d)"
    # The state alone, last: "…, Corona, NY".
    r"|(?:NY|NJ|CA|TX|FL|IL|MA|VA|MD|PA|CT|GA|NC|WA|NV|AZ|CO|UT|OR|MI|OH|TN|MN|DC)(?![\w.])"
    rf"|{_SETTLEMENT_HEAD}\s+{_PLACE_NAME}"
    # A landmark that places the door: "…s/n, frente al estadio, Bellavista".
    r"|(?:frente|cerca|al\s+costado|al\s+lado|a\s+espaldas|detr[aá]s|a\s+media\s+cuadra)\s+"
    # A named place there is research content: "…, al lado de la Vega, donde venden".
    r"(?:del?|al?)\s+(?:(?:la|el|los|las)\s+)?[a-zñáéíóúü]+(?:\s+(?:del?\s+)?[a-zñáéíóúü]+)?(?=,)"
    rf"|(?:[Bb]arrio|[Pp]oblaci[oó]n|[Uu]rb\.|[Uu]rbanizaci[oó]n|[Cc]olonia|[Cc]omuna|"
    rf"[Dd]istrito\s+de|[Zz]ona|[Ss]ector|[Vv]illa)?\s*{_NAME})"
    # Never the "S" of an amount in soles after a comma: "…del Norte, S/ 320 al mes".
    r"(?!/)"
)
# A street named without a street word, known by the flat after its number, as Buenos
# Aires writes it: "Guatemala 4530, piso 6", "Bolívar 1120, dpto. 3B", "Sucre 845, 2do
# piso". The flat is looked for first (its words are anchors), then the name before it.
_FLAT: Final = re.compile(
    r"(?:[Pp]iso|[Dd]e?pto|[Dd]epartamento|[Aa]pto|[Aa]partamento|[Ii]nterior|[Oo]ficina)\.?"
    r"[ \t]*(?:N[º°o]\.?[ \t]*)?(?:\d{1,4}[A-Za-z]?|[A-Z])(?!\w)"
)
_FLOOR_BEFORE: Final = re.compile(r"(?<!\w)\d{1,2}(?:er|ro|do|to|vo|mo|no|°|º)\.?[ \t]+$")
_NAMED_NUMBER_BEFORE: Final = re.compile(
    # Not a sentence's opening word or a verb's subject: "Son 45, piso 2" is no street.
    r"(?<![\w.])(?!(?:En|De|Del|Y|A|Al|Por|Con|Son|Somos|Eran|Fueron|Tengo|Tiene|Hay|Vive|"
    r"Vivo|Desde|Hasta|Para|Entre|Unos|Unas|Los|Las|El|La)\b)"
    rf"{_CAP}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)*{_CAP}){{0,3}}[ \t]+"
    r"(?!(?:19|20)\d\d(?!\d))\d{1,5}[A-Za-z]?,[ \t]*$"
)
_FLAT_WORDS: Final = word_set("piso dpto depto departamento apto apartamento interior oficina")
_MAX_MORE: Final = 7
_ANCHOR_RE: Final = re.compile(_ANCHOR)
_HEAD: Final = re.compile(_SETTLEMENT_HEAD)
_PART_AFTER: Final = re.compile(rf"(?:,?\s*{_NAMED_PART})*,?\s*{_PART}")
# Lot parts before the settlement they are in: "Mz. Ñ lote 4 del AA.HH. Mi Perú".
_PARTS_OF: Final = re.compile(
    rf"(?<!\w){_PART}(?:[ \t]*,?[ \t]*{_PART})*[ \t]*,?[ \t]*"
    r"(?:(?:del|de\s+la|de|en\s+el|en\s+la|en)[ \t]+)?$"
)
_PARTS_BEFORE: Final = re.compile(rf"(?<!\w)(?:{_PART}[ \t]*,?[ \t]*)+$")
_SETTLEMENT_WORDS: Final = word_set(
    "aa asentamiento pueblo asociacion cooperativa anexo caserio mz mza manzana lt lote sector "
    "grupo ucv km kilometro zona etapa asoc coop block bloque edificio torre asent centro pp"
)
_ABBREVIATION: Final = re.compile(
    r"(?<!\w)(?:[AP]\.\s?[HJ]\.|A\.\s?A\.\s?H|P\.\s?P\.\s?J|C\.\s?P\.)"
)
_EUROPE_WORDS: Final = word_set("via viale corso piazza largo carrer rue passeig avinguda rua")
TRIGGERS: Final = _SETTLEMENT_WORDS | _EUROPE_WORDS | _FLAT_WORDS
# Joined by particles but not by "en" or "y": "Vive en Villa Rica, Mz. B" starts at Villa.
_NAME_BEFORE: Final = re.compile(
    rf"(?<!\w)(?:{_CAP}(?:\s+(?:(?:de|del|la|las|los|el)\s+)*{_CAP}){{0,5}}|{_CAP}\s+\d+),\s+$"
)
_LONG_NAME_BEFORE: Final = re.compile(
    r"(?<![\w.])(?!(?:En|De|Del|Y|A|Al|Por|Con|Desde|Hasta|Para|Vive|Vivo)\b)"
    rf"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+(?:(?:de|del|la|las|los|el)\s+)*{_CAP}){{1,4}}\s+$"
)
_US_WORDS: Final = word_set(
    "street st avenue ave road rd boulevard blvd drive dr lane ln way court ct place pl "
    "parkway pkwy highway hwy pike turnpike tpke terrace ter circle cir trail trl square sq "
    "loop alley broadway"
)
_JP_AREA_BEFORE: Final = re.compile(rf"(?<!\w){_JP_AREA},\s*$")
_MAX_JP_AREAS: Final = 4
_JAPAN_HINT: Final = re.compile(r"\d-\d{1,2}-\d")
_JAPAN_SUFFIXES: Final = ("-cho", "-machi", "-ken", "-shi", "-ku")
_JAPAN_BLOCK_WORDS: Final = ("Danchi", "danchi", "Haitsu", "Kōpo", "Kopo", "Manshon", "Mansion")
_YEAR: Final = re.compile(r",[ \t]*(?:19|20)\d\d(?!\d)")


def find_settlements(anchors: Anchors) -> list[Span]:
    """Return settlement and foreign addresses, each with the parts that follow it."""
    words, text = anchors.words, anchors.words.text
    spans: list[Span] = []
    # Every word-led pattern here is tried only where its first word is.
    matches = find_at(_SETTLEMENT, text, anchors.starts(_SETTLEMENT_WORDS))
    if "A." in text or "P." in text or "C." in text:
        matches += find_at(_SETTLEMENT, text, _abbreviation_positions(text))
    matches += find_at(_EUROPE, text, anchors.starts(_EUROPE_WORDS))
    if not _US_WORDS.isdisjoint(words.vocabulary):
        matches += _US.finditer(text)
    if "-" in text and (
        any(suffix in text for suffix in _JAPAN_SUFFIXES)
        or _JAPAN_HINT.search(text)
        or any(word in text for word in _JAPAN_BLOCK_WORDS)
    ):
        matches += _JAPAN.finditer(text)
    spans += _flats_after_a_name(text, anchors.starts(_FLAT_WORDS))
    for m in matches:
        settlement = m.re is _SETTLEMENT
        start = m.start()
        if settlement and not _has_part(text, m):
            lots = _HEAD.match(m.group()) and _PARTS_OF.search(text, max(0, start - 60), start)
            if not lots:
                continue
            start = lots.start()
        elif settlement:
            # A settlement with its head names itself after the head: a name before it
            # is the district it is in ("en Jicamarca, Asoc. de Vivienda Los Pinos").
            named = start if _HEAD.match(m.group()) else _named_before(text, start)
            start = _parts_before(text, named)
            if m.group()[:1] in "Kk":
                start = _property_before(text, start)
        elif m.re is _JAPAN:
            start = _areas_before(text, start)
        end = extend_lowercase_locality(text, start, _parts_after(text, m.end()))
        spans.append(Span(start, end, DIRECCION))
    return spans


def _flats_after_a_name(text: str, positions: list[int]) -> list[Span]:
    """Streets named with no street word, found by the flat after the house number."""
    spans: list[Span] = []
    for pos in positions:
        flat = _FLAT.match(text, pos)
        floor = None if flat else _FLOOR_BEFORE.search(text, max(0, pos - 8), pos)
        if flat is None and (floor is None or not text.startswith(("piso", "Piso"), pos)):
            continue
        start = floor.start() if floor else pos
        named = _NAMED_NUMBER_BEFORE.search(text, max(0, start - 60), start)
        if named is not None:
            end = flat.end() if flat else pos + len("piso")
            spans.append(Span(named.start(), _parts_after(text, end), DIRECCION))
    return spans


def _areas_before(text: str, start: int) -> int:
    """Start of the prefecture, city and ward written before a Japanese address."""
    for _ in range(_MAX_JP_AREAS):
        m = _JP_AREA_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            break
        start = m.start()
    return start


def _parts_before(text: str, start: int) -> int:
    """Start of the lot parts written before a part without commas: "sector 2 grupo 14
    manzana F" is one address."""
    m = _PARTS_BEFORE.search(text, max(0, start - 60), start)
    return m.start() if m else start


def _parts_after(text: str, end: int) -> int:
    """End of an address with the parts, flat, district and city after it."""
    for _ in range(_MAX_MORE):
        end = extend_locality(text, end)
        m = _PART_AFTER.match(text, end)
        if m is None:
            break
        end = m.end()
    return end


# The plot or house a road's kilometre names: "al fundo del km 147 de la Panamericana"
# (the plot "of" the km; "una chacra en el km 42" only tells where the family's plot is).
_PROPERTY_BEFORE: Final = re.compile(
    r"(?<!\w)(?:fundo|chacra|granja|hacienda|parcela|terreno|predio|quinta|huerta|establo|"
    r"galp[oó]n|casa|caser[ií]o)[ \t]+(?:del|de[ \t]+la)[ \t]+$",
    re.IGNORECASE,
)


def _property_before(text: str, start: int) -> int:
    """Start of the plot or house named before a road's kilometre."""
    m = _PROPERTY_BEFORE.search(text, max(0, start - 20), start)
    return m.start() if m else start


def _abbreviation_positions(text: str) -> list[int]:
    return [m.start() for m in _ABBREVIATION.finditer(text)]


def _named_before(text: str, start: int) -> int:
    """Start of the settlement named right before its lot: "Villa Rica, Mz. B",
    "Ampliación Los Olivos Mz. D" (two words or more when no comma sets it off)."""
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is None and text.startswith(("Mz", "Lt", "Manzana", "Lote", "km", "Km"), start):
        m = _LONG_NAME_BEFORE.search(text, max(0, start - 60), start)
    return m.start() if m else start


def _has_part(text: str, m: re.Match[str]) -> bool:
    # "el asentamiento humano Nueva Esperanza" alone is a zone; with a lot it is a home.
    if _ANCHOR_RE.fullmatch(m.group()) or m.group()[:1] in "Kk":
        return True
    after = _PART_AFTER.match(text, m.end(), m.end() + 30)
    if after is None:
        return False
    if not _LOWER_RE.fullmatch(m.group()):
        return True
    # Lowercase parts: "sector 3, grupo 20" places a home; "sector 1, sector 2 y sector
    # 3" or "zona 2, sector 4" list zones of the community.
    heads = {_head(m.group()), _head(after.group())}
    return len(heads) == 2 and not heads.isdisjoint(_HOME_HEADS)


_LOWER_RE: Final = re.compile(_LOWER_PART)
_HOME_HEADS: Final = word_set("grupo lote lt mz mza manzana casa int interior dpto depto ucv")
_HEAD_WORD: Final = re.compile(r"[^\W\d_]+")


def _head(part: str) -> str:
    found = _HEAD_WORD.search(part)
    return found.group().lower() if found else ""


# Transcripts typed in lowercase write the district after the address in lowercase too:
# "pasaje los aromos 2281, recoleta", "mz. f, lt. 3, villa el salvador". Up to four
# words set off by commas, none a function word, a verb's ending or research content.
_LOWER_LOCALITY: Final = re.compile(
    r",[ \t]*(?P<name>[a-zñáéíóúü]{2,}(?:[ \t]+[a-zñáéíóúü]+){0,3})(?=[ \t]*(?:[,.;:]|$))"
)
_NOT_LOCALITY: Final = (
    SENTENCE_WORDS
    | RESEARCH_WORDS
    | CALENDAR_WORDS
    | word_set(
        "cerca frente lado atras detras arriba abajo costado esquina pista avenida calle cuadra "
        "casa cuarto chacra mercado colegio paradero parque plaza iglesia capilla posta tienda "
        "bueno claro nomas pe pues oiga mire ve sabe creo dice digo senor senora senorita gente "
        "familia hijo hija hijos hijas mama papa tio tia primo prima abuelo abuela esposo esposa "
        "cunado cunada paisano paisanos vecino vecina vecinos otro otra otros otras mismo misma"
    )
)
_VERB_ENDING: Final = re.compile(
    r"(?:amos|imos|emos|aba|aban|ian|ia|aron|ieron|ando|iendo|ado|ido)$"
)


def extend_lowercase_locality(text: str, start: int, end: int) -> int:
    """Where a lowercase address ending at ``end`` ends with its lowercase district."""
    if any(map(str.isupper, text[start:end])):
        return end
    m = _LOWER_LOCALITY.match(text, end)
    if m is None:
        return end
    names = [normalize_token(w) for w in m.group("name").split()]
    if (
        names[0] in _JOINERS_FIRST
        or (names[0] in _JOINERS and len(names) < 2)
        or any(w in _NOT_LOCALITY or _VERB_ENDING.search(w) for w in names if w not in _JOINERS)
    ):
        return end
    return extend_locality(text, m.end())


_JOINERS: Final = word_set("de del la las los el san santa")
_JOINERS_FIRST: Final = word_set("de del")


def extend_locality(text: str, end: int) -> int:
    """Where an address ending at ``end`` ends with its flat, district, city and code."""
    for _ in range(_MAX_MORE):
        if _YEAR.match(text, end):
            break
        m = _MORE.match(text, end)
        if m is None:
            break
        end = m.end()
    return end
