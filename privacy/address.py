"""Street-address recognizer: a street word, then a name and a number.

Written as a small token scanner rather than one regex because addresses end
fuzzily ("Av. de los Andes 22, portal F, 1ºA", "Mz. B Lt. 12"), and the scanner can
cut back to the last token that is clearly part of the address. A street word with
no name or number after it ("la calle principal", "la Plaza de Armas") is kept: it is
a place in the story, not a home.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from privacy.address_ends import known_town_next
from privacy.lexicon import ELSEWHERE_WORDS, PLACE_WORDS
from privacy.lexicon import words as word_set
from privacy.normalize import normalize_token
from privacy.numbers import is_quantity_after
from privacy.places import (
    closed_lowercase_locality,
    extend_locality,
    extend_lowercase_locality,
    is_road_point,
    lowercase_area_before,
    open_lowercase_locality,
    settlement_after,
    settlement_before,
)
from privacy.recognizers import DIRECCION, Span, has_digit
from privacy.spoken import NUMBER_WORD_PATTERN, NUMBER_WORDS
from privacy.triggers import Anchors, find_at

# Street words that name a street by themselves; a capitalized name after them is enough.
_STRONG: Final = (
    r"jr|jir[oó]n|av|avda|avenida|calle|c/|cl|psje|pje|pasaje|mz|lt|prolongaci[oó]n|prol|"
    r"r[uú]a|traves[ií]a|"
    # Argentina's and Uruguay's boulevards: "Bv. San Juan 612", "Bvd. Artigas 1520".
    r"bv|bvd|bvar|bulevar|boulevard"
)
# Street words that are also public places or common nouns ("un paseo de 3 horas"):
# they need a capitalized name and a house number to be an address.
_WEAK: Final = r"plaza|pza|paseo|camino|carretera|ctra|glorieta|urb|urbanizaci[oó]n|ronda"
_TRIGGER: Final = re.compile(
    rf"(?<!\w)(?:(?P<strong>{_STRONG})|(?P<weak>{_WEAK}))(?:\.|(?=[\s,]))", re.IGNORECASE
)
# The street words above, normalized ("c" for "c/"): _TRIGGER runs only where they are.
STREET_WORDS: Final = word_set("""
    jr jiron av avda avenida calle c cl psje pje pasaje mz lt prolongacion prol rua travesia
    bv bvd bvar bulevar boulevard
    plaza pza paseo camino carretera ctra glorieta urb urbanizacion ronda
    """)
_LOT_WORDS: Final = frozenset({"mz", "mza", "manzana", "lt", "lote"})
_HUNDREDS: Final = word_set("""
    cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos
    ochocientos novecientos mil
    """)
_READ_WORDS: Final = NUMBER_WORDS | _HUNDREDS
# A hundreds word split in two when said or typed by ear: "cuatro cientos diez".
_UNITS_OF_HUNDREDS: Final = word_set("dos tres cuatro cinco seis siete ocho nueve")
# Heads of a settlement whose dot abbreviates, not ends a sentence: "Jr. Los Rubíes 1840
# Urb. San Carlos", "mz. c lt. 23 asoc. viv. villa mercedes".
_ABBREVIATED_HEADS: Final = word_set("urb asoc viv coop res conj asent hum")
_NUMBER_FIRST: Final = re.compile(
    r"(?:(?<=\b[Ee]l\s)|\b(?:cuadra|cdra\.?|n[uú]mero)\s+)\d{1,5}(?:-?[A-Z])?\s+(?:de\s+la|del)\s+$"
)
# The neighbourhood named before the street: "Población La Victoria, pasaje 3, casa 12".
_AREA_BEFORE: Final = re.compile(
    # Also Chile's "villa" and Bolivia's "zona" in lowercase ("zona Villa Adela, calle 7");
    # a capitalized "Villa" is one of Chile's estates too ("Villa Los Copihues, pasaje 4").
    # Chile's squatter camps too: "la toma Los Arenales, pasaje 12, sitio 31".
    r"(?<!\w)(?:[Pp]oblaci[oó]n|[Bb]arrio|[Vv]illa|[Zz]ona|[Tt]oma|[Cc]ampamento|Urb\.|Urbanizaci[oó]n|Conjunto\s+[Hh]abitacional|"
    r"Condominio|Residencial|Colonia)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+(?:(?:de|del|la|las|los)\s+)*"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){0,3},\s*$"
    # The zone or stage told by its ordinal after the name: "Collique Tercera Zona, Jr. …",
    # "Pro Segunda Etapa, Av. …".
    r"|(?<!\w)(?!(?:La|El|Las|Los|En|De|Del|Y|Su|Mi|Una?)\s)"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){0,2}\s+"
    r"(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta|S[eé]ptima|Octava|Novena|D[eé]cima)\s+"
    r"(?:Zona|Etapa|Sector),\s*$"
)
# Street words written in full: a dot after one ends the sentence.
_FULL_WORDS: Final = word_set("""
    jirón jiron avenida calle pasaje prolongación prolongacion rua rúa travesía travesia
    bulevar boulevard plaza paseo camino carretera glorieta urbanización urbanizacion ronda
    """)
_NEXT: Final = re.compile(r"(?P<sep>[ \t]*[,.]?[ \t]*(?:-[ \t]*)?)(?P<tok>[\w/#º°ª]+)")
_CONNECTORS: Final = frozenset({"de", "del", "la", "las", "los", "el", "y", "san", "santa"})
_KNOWN_PLACES: Final = PLACE_WORDS | ELSEWHERE_WORDS
_EXTRAS: Final = frozenset(
    {
        "s/n",
        "sn",
        "n",
        "nº",
        "n°",
        "no",
        "nro",
        "num",
        "número",
        "numero",
        "#",
        "piso",
        "puerta",
        "dpto",
        "depto",
        "departamento",
        "int",
        "interior",
        "bloque",
        "portal",
        "esc",
        "escalera",
        "bajo",
        "dcha",
        "izq",
        "izda",
        "derecha",
        "izquierda",
        "mz",
        "lt",
        "lote",
        "manzana",
        "letra",
        "km",
        "of",
        "oficina",
        "casa",
        "°",
        "º",
    }
)
# "bajo" is the ground floor, unless a name set off by a comma follows it: "…1236, bajo
# flores, buenos aires" is Bajo Flores, a neighbourhood the locality after it reads.
_NAMED_AFTER_BAJO: Final = (
    r"[ \t]+(?!(?i:izq|izda|izquierda|dcha|dcho|der|derecha|centro|interior|int)(?!\w))"
    r"[A-Za-zñáéíóú]{3,}(?:[ \t]+[A-Za-zñáéíóú]+)?[ \t]*,"
)
_BAJO_NAMED: Final = re.compile(_NAMED_AFTER_BAJO)
# What may follow an address: "s/n", house and flat numbers ("119-129", "3.º", "1A"),
# a door letter, floor and door words. A town or a year after it is not taken.
# A flat's word with its value read out: "piso dos", "departamento ce", "interior be",
# "departamento trescientos cuatro", "tercero be".
_FLAT_READ: Final = (
    r"(?:[Pp]iso|[Ii]nt(?:erior)?|[Dd]e?pto|[Dd]epartamento|[Aa]partamento|[Pp]uerta|"
    r"[Ee]dificio|[Bb]loque|[Tt]orre)\.?[ \t]+"
    rf"(?:{NUMBER_WORD_PATTERN}(?:[ \t]+(?:y[ \t]+)?{NUMBER_WORD_PATTERN}){{0,3}}"
    # Its door after the number: "apartamento tres be".
    r"(?:[ \t]+(?:a|be|ce|de|efe|ge|hache))?"
    r"|a|be|ce|de|e|efe|ge|hache|jota|ka)(?!\w)"
    # A floor by its ordinal and its door: "tercero be", "cuarto segunda".
    r"|(?:primero|segundo|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo)[ \t]+"
    r"(?:a|be|ce|de|primera|segunda|tercera|cuarta|izquierda|derecha)(?!\w)"
)
_TAIL_ITEM: Final = (
    rf"{_FLAT_READ}|"
    r"s[ \t]?/[ \t]?n\.?(?:[ \t]?[ºª°])?"
    r"|(?:[Nn][º°o]|[Nn]ro|[Nn][uú]m)\.?[ \t]?\d{1,5}[A-Za-z]?(?!\w)"
    # A floor and its door typed in lowercase: "…112, 3º b, madrid".
    r"|\d{1,2}[ \t]?\.?[ \t]?[ºª°][ \t]?[a-h](?=[ \t]*[,;.])"
    r"|(?:(?<=[ºª°])|(?<=[ºª°][ \t]))[a-h](?=[ \t]*[,;.])"
    r"|\d{1,3}(?:[ \t]?-[ \t]?\d{1,4})?(?:[ \t]?\.?[ \t]?[ºª°o](?!\w))?[A-Za-z]?(?!\w)"
    # A door letter, not the "S" of the sol's sign: "Motocorp del Norte, S/ 320".
    r"|[A-Z](?![\w/])"
    rf"|[Bb]ajo(?!{_NAMED_AFTER_BAJO})\.?(?!\w)"
    r"|(?:[Pp]iso|[Pp]uerta|[Pp]lanta|[Ii]zq(?:da|uierda)?|[Ii]zda|[Dd]cha|[Dd]cho"
    r"|[Dd]er(?:echa)?|[Ee]sq(?:uina)?|[Ii]nt(?:erior)?|[Dd]e?pto|[Bb]loque|[Pp]ortal"
    r"|[Ee]sc(?:alera)?|[Kk]m|[Ll]ote|[Mm]z|[Ll]t|[Ll]etra|PB)\.?(?!\w)"
)
_NUMBER_SIGNS: Final = frozenset({"número", "numero", "nro", "num", "nº", "n°"})
_TAIL: Final = re.compile(rf"(?:[ \t]*[,.]?[ \t]*(?:{_TAIL_ITEM}))+")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
# Words a year follows; a house number does not ("Jr. Lima 2010" is a house).
_BEFORE_A_YEAR: Final = frozenset({"el", "del", "desde", "hasta", "año", "en", "para"})
_MAX_TAIL: Final = 60
_MAX_TOKENS: Final = 12
_MAX_LOWER: Final = 3


# A sum of money inside a guessed address: "Son S/ 1 250 000" is a budget, no street.
_MONEY: Final = re.compile(r"(?:S/\.?|\$)[ \t]?\d")
_SOL_SIGN: Final = re.compile(r"S/\d*")


def holds_money(text: str) -> bool:
    """Whether ``text`` (a guessed address) writes a sum of money: no street number
    follows the sol's or the dollar's sign ("S/N" is "sin número", no digit after it)."""
    return ("$" in text or "S/" in text) and _MONEY.search(text) is not None


def _is_strong_token(tok: str) -> bool:
    return any(map(str.isdigit, tok)) or tok[0].isupper() or tok.casefold() in _EXTRAS


# A street named without a street word after where someone lives, its house number
# closing the clause, as Buenos Aires says it: "vive en Ramón L. Falcón 6820, Liniers",
# "su dirección es Juan B. Justo 2500". A year ("vive en Lima 2010") or a count ("vive en
# Ate 20 años") is no house number.
_HOME_HINTS: Final = (
    "viv",
    "Viv",
    "resid",
    "Resid",
    "direcci",
    "Direcci",
    "domicilio",
    "Domicilio",
    "alquil",
    "Alquil",
)
_READ_NUMBER: Final = (
    r"(?:mil|cien|ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|"
    r"setecientos|ochocientos|novecientos|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"diez|once|doce|trece|catorce|quince|veinte|veinti\w+|dieci\w+|treinta|cuarenta|"
    r"cincuenta|sesenta|setenta|ochenta|noventa)"
)
_HOME_STREET: Final = re.compile(
    # Renting is living there too: "alquilo en Ramón L. Falcón 6820, Liniers".
    r"(?:[Vv]iv(?:e|o|en|[ií]a|[ií]an|imos|i[oó]|iendo)|[Rr]esid\w*|[Dd]irecci[oó]n\s+(?:es|era)|"
    r"[Aa]lquil(?:o|a|an|amos|aba|aban|[aá]bamos|[eé]|[oó])|"
    r"[Dd]omicilio\s+(?:es|era))[ \t]+(?:(?:ahora|todav[ií]a)[ \t]+)?"
    # "vivía en una pieza en X 6420": the room, then the street.
    r"(?:en[ \t]+(?:una?|el|la)[ \t]+(?:pieza|cuarto|casa|departamento|depa|habitaci[oó]n|"
    r"piso|cuartito|piecita)[ \t]+)?(?:en[ \t]+)?"
    r"(?P<street>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ]\."
    r"|(?:(?:de|del|la|las|los|el)[ \t]+)*[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)){0,4})"
    # Buenos Aires says the block's number after "al": "vivo en Lavalle al 2140, …", read
    # out too ("Lavalle al dos mil ciento cuarenta, tercer piso").
    r"[ \t]+(?P<number>(?!(?:19|20)\d\d(?!\d))\d{2,5}|al[ \t]+\d{3,5}|"
    rf"al[ \t]+{_READ_NUMBER}(?:[ \t]+(?:y[ \t]+)?{_READ_NUMBER}){{1,5}})"
    r"(?=[ \t]*[,;]|\.(?:\s|$)|$"
    # Or the floor and flat right after it: "Ramón L. Falcón 6820 PB 2", "… 1450 piso 3".
    r"|[ \t]+(?:PB|[Pp]iso|[Dd]e?pto|[Dd]epartamento)\.?[ \t]+(?:\d{1,3}|[A-Z])(?!\w))"
)


def _home_streets(text: str) -> list[Span]:
    """Streets without a street word after a residence verb (see _HOME_STREET)."""
    spans: list[Span] = []
    for m in find_at(_HOME_STREET, text, _word_starts(text, _HOME_HINTS)):
        if not is_quantity_after(text, m.end()):
            end = extend_locality(text, extend_address(text, m.end()))
            spans.append(Span(m.start("street"), end, DIRECCION))
    return spans


# A street named without a street word after "en", known by the neighbourhood or the
# known city set off after its house number: "se quedó con los chicos en Larrea 2915,
# Villa Crespo", "en Güemes 1420, Rosario". A known place before the number is a town
# and a count ("vendimos en Huancayo 300, Lima 200"), so is a number after the town.
_STREET_IN: Final = re.compile(
    r"(?<![\w])en[ \t]+(?P<street>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ]\."
    r"|(?:(?:de|del|la|las|los|el)[ \t]+)*[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)){0,3})"
    r"[ \t]+(?!(?:19|20)\d\d(?!\d))\d{3,5}(?=,[ \t]*[A-ZÁÉÍÓÚÑ])"
)
_AREA_NEXT: Final = re.compile(
    r",[ \t]*(?:Villa|Barrio|Bairro|Colonia|Poblaci[oó]n|Urbanizaci[oó]n)[ \t]+[A-ZÁÉÍÓÚÑ]"
)
_TOWN_THEN_NUMBER: Final = re.compile(
    r",[ \t]*[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:[ \t]+[A-Z][\wáéíóúñ]+){0,3}[ \t]+\d"
)


def _streets_in(text: str) -> list[Span]:
    """Streets without a street word after "en" (see _STREET_IN)."""
    spans: list[Span] = []
    for m in find_at(_STREET_IN, text, _word_starts(text, ("en ",))):
        names = [normalize_token(w) for w in m.group("street").split()]
        if all(w in _KNOWN_PLACES or w in _CONNECTORS for w in names):
            continue
        if not (_AREA_NEXT.match(text, m.end()) or known_town_next(text, m.end())):
            continue
        if _TOWN_THEN_NUMBER.match(text, m.end()) or is_quantity_after(text, m.end()):
            continue
        spans.append(Span(m.start("street"), extend_locality(text, m.end()), DIRECCION))
    return spans


# The same typed in lowercase, after a home or a residence verb: "compramos un
# departamentito en humberto primo 2847, san cristobal". The district must follow it
# ("vive en lima 2010" is a year, "en ate 300 soles" a price).
_LOWER_HOME_HINTS: Final = ("viv", "departament", "depa ", "cuart", "casa ", "casita ", "pieza ")
_LOWER_HOME_STREET: Final = re.compile(
    r"(?:viv(?:e|o|en|[ií]a|[ií]an|imos|i[oó])|departament\w*|depa|cuart\w*|casa|casita|pieza)"
    r"[ \t]+en[ \t]+(?P<street>[a-zñáéíóú]{3,}(?:[ \t]+[a-zñáéíóú]{2,}){0,3})"
    r"[ \t]+(?!(?:19|20)\d\d(?!\d))\d{3,5}(?=[ \t]*,[ \t]*[a-zñáéíóú])"
)


def _lower_home_streets(text: str) -> list[Span]:
    """Lowercase streets without a street word after a home (see _LOWER_HOME_STREET)."""
    spans: list[Span] = []
    for m in find_at(_LOWER_HOME_STREET, text, _word_starts(text, _LOWER_HOME_HINTS)):
        if not _street_words(m.group("street")) or is_quantity_after(text, m.end()):
            continue
        end = extend_lowercase_locality(text, m.start("street"), m.end())
        if end > m.end():
            spans.append(Span(m.start("street"), end, DIRECCION))
    return spans


def _street_words(name: str) -> bool:
    return not any(normalize_token(w) in _NOT_A_STREET for w in name.split())


# Words that no street's name in lowercase holds: articles, quantities, function words.
_NOT_A_STREET: Final = word_set("""
    el la los las un una unos unas de del en y o a con por para su sus mi mis al lo
    que se es era fue hay como cuando donde pero ya mas total precio
    """)


def _word_starts(text: str, hints: Sequence[str]) -> list[int]:
    """Where in ``text`` a word starts with one of ``hints``, in order."""
    return sorted(
        at
        for hint in hints
        for at in _find_all(text, hint)
        if at == 0 or not text[at - 1].isalnum()
    )


def _find_all(text: str, hint: str) -> list[int]:
    found: list[int] = []
    at = text.find(hint)
    while at >= 0:
        found.append(at)
        at = text.find(hint, at + 1)
    return found


def find_addresses(anchors: Anchors) -> list[Span]:
    """Return street addresses that start with a street word."""
    text = anchors.words.text
    # A street without a street word is known by its house number: without a digit
    # (most answers) none of these three can match.
    numbered = has_digit(text)
    # ("Lavalle al dos mil ciento cuarenta" is read out: a number without a digit.)
    homes = (numbered or " al " in text) and any(h in text for h in _HOME_HINTS)
    spans: list[Span] = _home_streets(text) if homes else []
    if numbered and any(h in text for h in _LOWER_HOME_HINTS):
        spans += _lower_home_streets(text)
    if numbered and "en " in text:
        spans += _streets_in(text)
    for trig in find_at(_TRIGGER, text, anchors.starts(STREET_WORDS)):
        if trig.group().endswith(".") and trig.group()[:-1].casefold() in _FULL_WORDS:
            continue  # "para el pasaje. Nos quedamos": a full stop, not an abbreviation
        # "el 432 de la calle Elm", "la cuadra 5 de la Av. Brasil": the number told first.
        first = _NUMBER_FIRST.search(text, max(0, trig.start() - 25), trig.start())
        weak = trig.group("weak") is not None
        end = _scan_address(
            text,
            trig.end(),
            needs_name=weak,
            named=trig.group()[0].isupper(),
            numbered=first is not None,
        )
        if end is not None and _not_a_street(text, trig, end):
            continue
        if end is not None and not is_quantity_after(text, end):
            # "el pasaje cuesta 3 500 soles" is a fare, not a street.
            end = extend_locality(text, extend_address(text, end))
            if trig.group()[:2].casefold() in {"mz", "lt"} or not any(
                map(str.isupper, text[trig.start() : end])
            ):
                # The settlement after the lot: "mz a lote 3 asociacion villa sol"; after
                # a street typed in lowercase too: "calle los pinos 245 urbanizacion
                # santa rosa".
                end = settlement_after(text, end)
            start = first.start() if first else trig.start()
            end = closed_lowercase_locality(
                text, start, extend_lowercase_locality(text, start, end)
            )
            end = open_lowercase_locality(text, start, end)
            if not any(map(str.isupper, text[start:end])):
                start = lowercase_area_before(text, start)
            area = _AREA_BEFORE.search(text, max(0, start - 60), start)
            # The settlement named before the street: "Centro Poblado La Venta, Calle 3".
            start = min(area.start() if area else start, settlement_before(text, start, lot=False))
            spans.append(Span(start, end, DIRECCION))
    return spans


# A fare: "mi pasaje de 35 soles hasta Huancayo", "el pasaje a S/ 20".
# "el pasaje, 35 soles hasta Huancayo": the price set off by a comma.
_FARE: Final = re.compile(
    r"(?:\s+(?:de|a|por)|[ \t]*,)\s+(?:(?:S/\.?|\$)\s?\d|\d+(?:[.,]\d+)?\s+"
    r"(?:soles|pesos|d[oó]lares|euros|bolivianos|reales|yenes|lucas|mil)\b)",
    re.IGNORECASE,
)
# Money paid for it before: "cobra 30 soles por el pasaje y otros 10 por la gestión".
_PAID_FOR: Final = re.compile(
    r"(?:\d|soles|pesos|d[oó]lares|euros|bolivianos|reales|yenes|lucas|mil)\s+"
    r"(?:por|para|del?)\s+(?:el\s+|su\s+|mi\s+)?$",
    re.IGNORECASE,
)
_NAMED_AFTER: Final = re.compile(r"\s+(?:N[º°o]\.?\s*)?[A-ZÁÉÍÓÚÑ\d]")
_KM: Final = re.compile(r"\b[Kk](?:m|il[oó]metro)\.?\s*\d")


def _not_a_street(text: str, trig: re.Match[str], end: int) -> bool:
    """Whether what a street word starts is a fare ("pasaje de 35 soles") or a point of
    a road the sentence tells of ("hasta la carretera, el km 86 de la vía a Rumichaca")."""
    if trig.group().casefold().startswith("pasaje") and (
        _FARE.match(text, trig.end())
        or (
            _PAID_FOR.search(text, max(0, trig.start() - 30), trig.start())
            and not _NAMED_AFTER.match(text, trig.end())
        )
    ):
        return True
    # The kilometre may come first: "desde el km 120 de la Panamericana Sur".
    km = _KM.search(text, max(0, trig.start() - 25), end)
    return km is not None and is_road_point(text, km.start())


def extend_address(text: str, end: int) -> int:
    """Where an address ending at ``end`` really ends, with its "s/n", flat and door."""
    # Bounded: a run of lot parts ("Mz. A Lt. 1, Mz. A Lt. 1, …") would otherwise be read
    # to the end of the text once per address, at the square of its length.
    m = _TAIL.match(text, end, end + _MAX_TAIL)
    return end if m is None else m.end()


def _scan_address(
    text: str, pos: int, *, needs_name: bool, named: bool, numbered: bool = False
) -> int | None:
    """Return where the address starting at ``pos`` ends, or None if it is not one."""
    last_strong, has_number, has_name, lower_words, after_period = None, False, False, 0, False
    has_house, prev, read_out, lower_read = False, "", False, False
    number_end: int | None = None
    prev_tok, before_prev = "", ""
    for _ in range(_MAX_TOKENS):
        m = _NEXT.match(text, pos)
        if m is None or "\n" in m.group("sep"):
            break
        tok, folded = m.group("tok"), m.group("tok").casefold()
        # A name's initial keeps its dot: "Jr. Julio C. Tello 205", "Av. John F. Kennedy".
        initial = (
            len(prev_tok) == 1
            and prev_tok.isupper()
            and len(before_prev) > 1
            and before_prev[:1].isupper()
            and before_prev.isalpha()
            and before_prev.casefold() not in _LOT_WORDS
            and tok[:1].isupper()
        )
        before_prev, prev_tok = prev_tok, tok
        if _SOL_SIGN.fullmatch(tok):
            break  # "para el camino, S/ 450 000": a sum in soles, no street name
        if prev in _BEFORE_A_YEAR and _YEAR.fullmatch(tok):
            break  # "la plaza de Bellavista, desde el 2010": when, not a house number
        # The dot of "Mz. J Lt. 3" abbreviates; any other one ends a sentence.
        after_period = after_period or (
            "." in m.group("sep")
            and prev not in _EXTRAS
            and prev not in _ABBREVIATED_HEADS
            and not initial
        )
        # A lot letter numbers a house too: "Jr. Lima Mz. B".
        is_digit = (
            any(map(str.isdigit, tok))
            or folded in {"s/n", "sn"}
            or (prev in _LOT_WORDS and len(tok) <= 2 and tok.isupper())
            # A house number read out: "jirón Ayacucho trescientos cuarenta y cinco"
            # (hundreds, so that "la Av. Brasil dos veces" is no house). Typed in
            # lowercase, the name is lowercase too: "jiron los angeles mil doscientos".
            or (
                folded in _HUNDREDS
                and (has_name or (lower_words > 0 and not needs_name))
                and "," not in m.group("sep")
            )
            or (read_out and (folded in NUMBER_WORDS or folded == "y"))
            # Read out after its sign: "calle de la Oca número cincuenta y dos".
            or (prev in _NUMBER_SIGNS and folded in NUMBER_WORDS)
            # "cuatro cientos": the unit before was read as a word, the pair is a number.
            or (folded == "cientos" and prev in _UNITS_OF_HUNDREDS and has_name)
        )
        read_out = is_digit and (folded in NUMBER_WORDS or folded in {"y", "cientos"})
        lower_read = lower_read or (
            is_digit and folded in _READ_WORDS and not has_name and not has_number
        )
        prev = folded
        if (
            has_number
            and "," in m.group("sep")
            and ((not is_digit and folded not in _EXTRAS) or _YEAR.fullmatch(tok))
        ):
            # "Jr. Ayacucho 345, Huancayo" / "..., 1990": the town or year after it stays.
            break
        if folded == "bajo" and has_number and _BAJO_NAMED.match(text, m.end()):
            break  # "…1236, bajo flores, …": a neighbourhood, which the locality reads
        if after_period and not is_digit and folded not in _EXTRAS:
            # "Jr. Ayacucho 123. Luego se fue": a new sentence is not the address.
            break
        if is_digit:
            number_end = m.end()
        if is_digit or _is_strong_token(tok):
            last_strong = m.end()
            has_number = has_number or is_digit
            has_house = has_house or (is_digit and not _YEAR.fullmatch(tok))
            has_name = has_name or tok[0].isupper()
        elif folded in _CONNECTORS or folded in _ABBREVIATED_HEADS:
            pass
        else:
            lower_words += 1
            if lower_words > _MAX_LOWER:
                break
        pos = m.end()
    # "Paseo de los olivos, 13": a capitalized street word may carry a lowercase name,
    # if a house number, not a year, follows ("Plaza de mayo de 1980" is a date).
    has_name = has_name or (named and lower_words > 0 and has_house)
    # A street named without a number ("la esquina de Jr. Puno con Jr. Ica", "vive por
    # la Av. Argentina") is a place in the story, not a home.
    if last_strong is None or not (has_number or numbered) or (needs_name and not has_name):
        return None
    if lower_read and not _CLAUSE_END.match(text, last_strong):
        # The number read out may close its clause before a flat: "calle los geranios
        # cuatrocientos veinte, interior be, ..." (the flat joins it later).
        if number_end is not None and _CLAUSE_END.match(text, number_end):
            return number_end
        return None  # "la calle principal mil veces": a count, no house number read out
    if (
        number_end is not None
        and last_strong > number_end
        and text[number_end:last_strong].lstrip(" \t").startswith(",")
        and not _CLAUSE_END.match(text, last_strong)
    ):
        # A flat's word after the number's comma, its value read out after it: "…
        # cuarenta, piso dos, departamento ce": the tail is joined later, part by part.
        return number_end
    return last_strong


_CLAUSE_END: Final = re.compile(r"[ \t]*(?:[,.;:]|$)")
