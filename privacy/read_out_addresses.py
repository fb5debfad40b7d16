"""Addresses read out, their numbers and letters in words, as a transcript types them.

A unit of Huaycán "UCV ciento cuarenta y dos, lote ocho"; a road's kilometre "el
kilometro doscientos ochenta y nueve de la panamericana sur"; a street with a number
under a hundred that closes its clause "calle marcelo usera cuarenta y ocho, segundo be";
a US address said number first, a Japanese one read out. No finder of written addresses
reads these: they need digits or capitals. A settlement's lot read out ("manzana be de
burro lote catorce") is `places._SPELLED_LOT`'s. The parts after the span (the flat, the
district after a comma) are joined later, as for any address (`address_edges`).

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.normalize import Words
from privacy.recognizers import DIRECCION, Span
from privacy.spoken import NUMBER_WORD_PATTERN

_WORD_NUMBER: Final = NUMBER_WORD_PATTERN
# A number in words or digits: "catorce", "ciento cuarenta y dos", "14".
_NUMBER: Final = rf"(?:\d{{1,5}}|{_WORD_NUMBER}(?:[ \t]+(?:y[ \t]+)?{_WORD_NUMBER}){{0,5}})(?!\w)"
# A lot's or a block's letter, alone or by its name, maybe told by a word after it ("be
# de burro", "i de iglesia").
_LETTER: Final = (
    r"(?:[a-zñ]|[A-ZÑ]|be|ce|de|efe|ge|hache|jota|ka|ele|eme|ene|eñe|pe|cu|ere|erre|ese|te|"
    r"uve|ve|doble[ \t]+ve|equis|ye|i[ \t]+griega|zeta)(?:[ \t]+de[ \t]+[a-záéíóúñ]+)?(?!\w)"
)
# A unit of Huaycán: "UCV ciento cuarenta y dos", then its lot and zone.
_UCV: Final = re.compile(
    rf"(?i:\bucv[ \t]+{_NUMBER}(?:[ \t]*,?[ \t]*(?:lote|zona)[ \t]+(?:{_NUMBER}|{_LETTER})){{0,2}})"
)
# Words that go on with the sentence after a road's kind, not its name.
_NOT_A_ROAD: Final = (
    r"(?:y|e|o|en|a|al|un|una|el|la|los|las|se|que|hubo|hay|hab[ií]a|era|es|fue|donde|cuando|"
    r"por|para|con|de|del|nos|me|le|lo|ahi|ah[ií]|hasta|desde)"
)
# A flat read out after its street: "apartamento tres b", "segundo b", "piso dos".
_FLOOR_READ: Final = (
    r"(?:(?:apartamento|apartment|apt|unit|depto|departamento|piso|interior)[ \t]+"
    rf"(?:\d{{1,4}}[a-zA-Z]?|{_WORD_NUMBER})(?:[ \t]+{_LETTER})?"
    rf"|(?:primero|segundo|tercero|cuarto|quinto|sexto)[ \t]+{_LETTER})"
)
# A road's kilometre read out: "el kilometro doscientos ochenta y nueve de la panamericana
# sur", "kilómetro siete y medio de la Carretera Central".
_KM_READ: Final = re.compile(
    rf"(?i:\b(?:kil[oó]metro|km\.?)[ \t]+{_WORD_NUMBER}(?:[ \t]+(?:y[ \t]+)?{_WORD_NUMBER}){{0,4}}"
    r"(?:[ \t]+y[ \t]+medio)?[ \t]+de[ \t]+la[ \t]+"
    r"(?:carretera|panamericana|v[ií]a|avenida|autopista)"
    # Where the road goes, and its two ends joined: "de la carretera a Puerto Ocopa",
    # "de la vía Huancavelica–Izcuchaca".
    # Typed lowercase, the town alone: "de la carretera a kimiriki" (not "a pie").
    rf"(?:[ \t]+a[ \t]+(?!{_NOT_A_ROAD}\b|pie\b|caballo\b)(?-i:[a-záéíóúñ]{{4,}})(?!\w)"
    r"|(?:[ \t]+a(?=[ \t]+(?-i:[A-ZÁÉÍÓÚÑ])))?"
    rf"(?:[ \t]+(?!{_NOT_A_ROAD}\b)[\wáéíóúñ]+(?:[–-][\wáéíóúñ]+)?){{0,2}}))"
)
# What says a fare or a trip, not a street's name: "el pasaje costaba cuarenta, …".
_NOT_A_NAME: Final = (
    r"(?:cuesta|costaba|cost[oó]|sale|sal[ií]a|era|son|est[aá]|estaba|hasta|desde|ida|vuelta|"
    r"nom[aá]s|sol(?:es)?|aerea|a[eé]rea|expresa|principal|para|por|con|que|como|mas|más)"
)
# A street with a number under a hundred read out, closing its clause: "calle marcelo
# usera cuarenta y ocho, …". A number word opening the name is a count ("calle dos").
_STREET_READ: Final = re.compile(
    r"(?i:\b(?:calle|jir[oó]n|avenida|pasaje|carrer|corso|via|rua)[ \t]+"
    rf"(?!{_WORD_NUMBER}\b|{_NOT_A_NAME}\b)"
    r"(?:de[ \t]+la[ \t]+|del[ \t]+|de[ \t]+|los[ \t]+|las[ \t]+)?"
    r"[a-záéíóúñ]{3,}(?:[ \t]+[a-záéíóúñ]{3,}){0,2}[ \t]+"
    rf"{_WORD_NUMBER}(?:[ \t]+(?:y[ \t]+)?{_WORD_NUMBER}){{0,2}}"
    # Its floor and door read out after it: "… cincuenta y siete segundo b".
    rf"(?:[ \t]+{_FLOOR_READ})?)"
    # Or where it is, typed on without a comma: "jiron virrey toledo cuatrocientos
    # treinta y ocho cerca al mercado".
    r"(?=[ \t]*[,;.]|$|[ \t]+(?:cerca|frente|al[ \t]+costado|a[ \t]+espaldas|esquina)\b)"
)
# A US address said number first, the number read out: "ciento dieciocho Market Street",
# "quinientos doce de Market Street", "doscientos catorce de la calle ferry", "cuatro
# cuatro siete county road doscientos diez". Two number words at least: "dos Market
# Street" is no house.
_READ_TWO: Final = rf"{_WORD_NUMBER}(?:[ \t]+(?:y[ \t]+)?{_WORD_NUMBER}){{1,5}}"
_US_KINDS: Final = r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|place|court)"
_NUMBER_FIRST: Final = re.compile(
    rf"(?i:\b{_READ_TWO}[ \t]+(?:de[ \t]+)?"
    rf"(?:(?:[a-z]+[ \t]+){{1,3}}?{_US_KINDS}\b\.?(?:[ \t]+{_NUMBER})?(?:[ \t]+{_FLOOR_READ})?"
    rf"|la[ \t]+(?:calle|avenida)[ \t]+(?!{_NOT_A_ROAD}\b)[a-z]+"
    rf"(?:[ \t]+(?!{_NOT_A_ROAD}\b)[a-z]+)?(?=[ \t]*[,;.]|$)))"
)
# A Japanese address read out: "nishikoizumi dos chome, catorce guion siete", "homi
# danchi, edificio siete".
_JAPANESE_READ: Final = re.compile(
    rf"(?i:\b[a-z]+(?:[ \t]+{_NUMBER})?[ \t]+ch[oō]me[ \t]*,?[ \t]*{_NUMBER}"
    rf"(?:[ \t]+gui[oó]n[ \t]+{_NUMBER})?"
    rf"|\b[a-z]+[ \t]+danchi[ \t]*,?[ \t]*(?:edificio|bloque|torre)[ \t]+{_NUMBER}"
    # Read off an envelope, its blocks joined by "guion", then its city and prefecture:
    # "Honcho tres, guion doce, guion cinco, Isesaki-shi, Gunma".
    rf"|\b[a-zōū]+[ \t]+{_NUMBER}(?:[ \t]*,?[ \t]*gui[oó]n[ \t]+{_NUMBER}){{1,2}}"
    r"[ \t]*,[ \t]*[a-zōū]+-(?:shi|machi|cho|ku|gun)\b(?:[ \t]*,[ \t]*[a-zōū]+(?:-ken)?\b)?)"
)
# Each pattern with the words (`Words.vocabulary` keys) one of its matches must contain:
# a pattern is scanned only over a text that has one (`re` tries a pattern opening with a
# word or an alternation at every position of the text).
_RULES: Final = (
    (_UCV, frozenset({"ucv"})),
    (_KM_READ, frozenset({"km", "kilometro"})),
    (_STREET_READ, frozenset({"calle", "jiron", "avenida", "pasaje", "carrer", "corso", "via",
                              "rua"})),
    (_NUMBER_FIRST, frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard",
                               "blvd", "drive", "lane", "place", "court", "calle", "avenida"})),
    (_JAPANESE_READ, frozenset({"chome", "danchi", "guion"})),
)  # fmt: skip


def find_read_out_addresses(words: Words) -> list[Span]:
    """Addresses whose numbers and letters are read out (see the module's docstring)."""
    text = words.text
    spans: list[Span] = []
    for pattern, keys in _RULES:
        if not words.vocabulary.isdisjoint(keys):
            spans += [Span(m.start(), m.end(), DIRECCION) for m in pattern.finditer(text)]
    return spans
