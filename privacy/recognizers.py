"""Pattern recognizers for identifiers with a shape: phones, ID numbers, e-mails, URLs.

Each recognizer returns `Span`s on the original text. They are written for the ways
Peruvian numbers are typed on a tablet ("987 654 321", "+51 987-654-321",
"(064) 123456", "DNI 45678912") and keep numbers that carry research content:
amounts ("S/ 1500", "12000000 soles"), years ("1984"), ages ("35 años").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress
from typing import Final, NamedTuple

from privacy.lexicon import PLACE_WORDS
from privacy.lexicon import words as word_set
from privacy.literals import lowercased, match_at_numbers
from privacy.normalize import Words, normalize_token
from privacy.triggers import Anchors, find_at

# Kinds are the placeholder names shown to researchers.
PERSONA: Final = "PERSONA"
ONG: Final = "ONG"
TELEFONO: Final = "TELÉFONO"
DNI: Final = "DNI"
CE: Final = "CE"
RUC: Final = "RUC"
CORREO: Final = "CORREO"
URL: Final = "URL"
DIRECCION: Final = "DIRECCIÓN"
# A place named in the study's own list (a hamlet, an anexo): see `privacy.gazetteer`.
LUGAR: Final = "LUGAR"
FECHA: Final = "FECHA"
ID: Final = "ID"


class Span(NamedTuple):
    """A stretch of text to replace, with the kind of placeholder it gets.

    ``key`` identifies the entity (a known person's index, or a normalized name) so
    that one person keeps one number within a submission. (A tuple: built per match.)
    """

    start: int
    end: int
    kind: str
    key: str = ""


_NO_DIGIT_AFTER: Final = r"(?![\w]|[.,]\d)"
_SEP: Final = r"[ .\-]?"
# "Not after a word character or a plus", checked after the first character is taken
# ("9(?<!{_LB})"), not before it: a pattern that starts with a literal lets the regex
# engine skip straight to the candidate characters instead of trying every position.
_LB: Final = r"[\w+][\s\S]"

_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_URL: Final = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|pe|es|info)"
    r"(?:\.pe)?/[^\s<>\"']*",
    re.IGNORECASE,
)
# Every URL above contains one of these (lowercased); most texts contain none.
_URL_HINTS: Final = ("://", "www.", ".com/", ".org/", ".net/", ".pe/", ".es/", ".info/")
_AREA: Final = r"(?:1|[4-8]\d)"
# Mobile: 9 digits starting with 9, optionally after +51 / 0051, separators anywhere.
_MOBILE: Final = re.compile(
    rf"(?:\+(?<!{_LB})\s?51[ .\-]?9|0(?<!{_LB})0\s?51[ .\-]?9|9(?<!{_LB}))"
    rf"(?:{_SEP}\d){{8}}" + _NO_DIGIT_AFTER
)
# Landline: Lima 01 + 7 digits, provinces 0XX + 6 digits, area code maybe in brackets.
_LANDLINE: Final = re.compile(
    rf"(?:\+(?<!{_LB})\s?51[ .\-]?\(?{_AREA}\)?"
    rf"|0(?<!{_LB})(?:0\s?51[ .\-]?\(?{_AREA}\)?|{_AREA})"
    rf"|\((?<!{_LB})0?{_AREA}\))"
    r"[ .\-]?\d{2,3}(?:[ .\-]?\d{2}){2}\d?" + _NO_DIGIT_AFTER
)
_PHONE_CONTEXT: Final = re.compile(
    r"\b(?:tel[eé]fono|telf?|tlf|cel(?:ular)?|m[oó]vil|fono|fax|whats?app|llamar|llam[oa]|"
    r"n[uú]mero)\b\.?\s*(?:n[º°o]\.?\s*)?[:.]?\s*"
    r"((?:\+|00)?\d(?:[ .\-]?\d){5,11})" + _NO_DIGIT_AFTER,
    re.IGNORECASE,
)
# First words of the _PHONE_CONTEXT triggers, normalized; the pattern runs only there.
PHONE_WORDS: Final = word_set(
    "telefono tel telf tlf cel celular movil fono fax whatsapp whatapp llamar llamo llama numero "
    "usuario user facebook face fb instagram insta tiktok twitter"
)
_ID_CONTEXT: Final = re.compile(
    r"\b(?P<trig>D\.?N\.?I|DNI|documento(?:\s+de\s+identidad)?|doc|pasaporte|"
    r"carn[eé]t?(?:\s+de\s+extranjer[ií]a)?|C\.?E|RUC|NHC|NASS|N[º°o]\.?\s?Col(?:egiado)?|"
    r"colegiado|historia(?:\s+cl[ií]nica)?|SIS|afiliaci[oó]n|c[oó]digo)\b\.?"
    r"[ \t]*(?:n[º°o]\.?|nro\.?|n[uú]mero)?[ \t]*[:.]?[ \t]*"
    # Letters may stand apart from the digits: "pasaporte N° PE 123456".
    r"(?P<num>(?:(?-i:[A-ZÑ]{1,3})[ \-]?)?\d(?:[ .\-/]?\d)*[A-Z]?)" + _NO_DIGIT_AFTER,
    re.IGNORECASE,
)
# A shorter number after a cue that names a registry ("código de socio 0471", "número
# de trabajador es 004718", "historia clínica 245873", "carnet 6148392 LP"): four digits
# at least, not a year, not money. A Bolivian CI carries its department after it.
_CUED_ID: Final = re.compile(
    r"(?:c[oó]digo|n[uú]mero|nro|carn[eé]t?|carn[eé]|matr[ií]cula|historia|expediente|ficha|"
    r"licencia|credencial|legajo|fotocheck|c[ée]dula|CI|C\.I\.|socio|socia|asociado|asociada|"
    r"afiliado|afiliada|"
    # A professional's registration in their college: "mi colegiatura es COP 28715".
    r"colegiatura|colegiad[oa])\.?"
    r"(?:[ \t]+(?:cl[ií]nica|militar|universitari[oa]|estudiantil|modular|laboral|"
    r"venezolan[oa]|colombian[oa]|bolivian[oa]|chilen[oa]|argentin[oa]|peruan[oa]|"
    # "código de la cooperativa: COOP-ÑA-0412"
    r"de[ \t]+(?:(?:la|el)[ \t]+)?(?P<of>[^\W\d_]+)))?"
    # "el número de socio en la cooperativa es el 00123"
    r"(?:[ \t]+(?:en|de|del)[ \t]+(?:(?:el|la)[ \t]+)?[^\W\d_]+(?=[ \t]+(?:es|era|fue)\b))?"
    # "me dieron fotocheck, el 0884": a comma, then the article, or a code whose letters
    # and dash say it is one ("mi código, KÑ-0342, para marcar").
    # "mi fotocheck dice sv-28471": what the card says is its code.
    r"(?:[ \t]*(?::|es|era|fue|dice|dec[ií]a|[Nn][º°o]\.?|[Nn]ro\.?|n[uú]mero|el|la|"
    r",(?=[ \t]*(?:(?:el|la)[ \t]|(?-i:[A-ZÑ]{1,4})-\d)))"
    r"(?!\w))*[ \t]*"
    # A zero first marks a code, short as it is: "socio número 007".
    r"(?P<num>0\d{2,3}(?![\w\-]|[.,]\d)|"
    # Digit groups may be spaced or dotted: "código AK 204 588", "cédula V-12.345.678";
    # the letters may carry a branch or series after a dash: "CAC-P 0932", "COOP-LA 118".
    # Codes use the Spanish alphabet: "CAÑ-0087".
    # A short member code keeps its letters before a dash: "mi código era el PL-027", typed
    # in lowercase in a lowercase transcript ("pl-027", "cac-ñu-0931").
    r"(?:[A-ZÑ]{1,4}|[a-zñ]{1,4})-\d{2,3}(?![\w\-]|[.,]\d)"
    # A badge's letters typed in lowercase and set apart, consonants only (no word):
    # "mi fotocheck decía cmw 20931".
    r"|(?:[A-ZÑ]{1,4}(?:-[A-ZÑ]{1,2})?[\- ]?|[a-zñ]{1,4}(?:-[a-zñ]{1,2})?-"
    # The record's own name stays: "la hc 004718", "el dni 4567…".
    r"|(?!(?:hc|dni|ruc|rut|cip|nro|nrs|nss|cf)\s)[b-df-hj-np-tv-zñ]{2,4} )?"
    r"\d(?:[\-/]?\d|[ .]\d{3}(?!\d)){3,13}(?:-?[0-9][A-Z]|-[0-9A-Z])?"
    # The department dotted too: "4827361 L.P.", "5512093 S.C.".
    r"(?:[ \t](?:LP|CB|SC|OR|PT|CH|TJ|BE|PD|LPZ|CBBA|SCZ"
    # Or short the way a town is written on a letter: "4567123 Cbba.", "5512093 Scz.".
    r"|(?:Cbba|Scz|Lpz|Pts|Tja|Oru)\.?"
    r"|(?:L\.P|C\.B|S\.C|O\.R|P\.T|T\.J|B\.E|P\.D)\.?))?)"
    r"(?![\w]|[.,]\d)"
)
# A market stall, a shop or a locker is written as a code with a letter ("Mi puesto es
# el B-117", "stand A-23", "módulo 14-C"): with the market's name it finds the person.
# A bare number after these words ("quedó en el puesto 45") is a rank or a count.
_STALL: Final = re.compile(
    r"(?:puesto|stand|m[oó]dulo|kiosko|quiosco|casillero|tramo|galer[ií]a|tienda|local)"
    r"(?:[ \t]+(?:de[ \t]+)?(?:venta|ventas|comida|abarrotes|frutas|verduras|carne|ropa|"
    r"jugos|emolientes))?"
    # "mi puesto en el mercado es el 117-B"
    r"(?:[ \t]+(?:en|de|del)[ \t]+(?:(?:el|la)[ \t]+)?(?:mercado|feria|galer[ií]a|paradero))?"
    r"(?:[ \t]*(?::|es|era|fue|[Nn][º°o]\.?|[Nn]ro\.?|n[uú]mero|el|la)(?!\w))*[ \t]*"
    r"(?P<num>[A-Z]{1,2}-?\d{1,4}[A-Z]?|\d{1,4}-?[A-Z])(?![\w\-]|[.,]\d)",
    re.IGNORECASE,
)
# A code told as "mine" after the sentence that named its registry: "cada socio tiene su
# código, por ejemplo el mío es CASP-031", "te dan un carné; el de mi hija era LM-20417".
# The code needs letters and digits, or four digits at least, not a year; the cue (a
# registry word) must come in the 150 characters before, so "el mío es 2015" or "el mío
# era el 3" stay.
_MINE_CODE: Final = re.compile(
    r"(?:m[ií]o|m[ií]a|suyo|suya|tuyo|tuya|nuestro|nuestra)[ \t]+(?:es|era|fue)[ \t]+"
    r"(?:(?:el|la)[ \t]+)?"
    r"(?P<num>(?:[A-ZÑ]{1,5}[ \-]?|[a-zñ]{1,5}-?)(?:[A-ZÑ]{1,3}-)?\d{2,8}(?:-?[A-Z0-9])?"
    r"|\d{4,12})(?![\w\-]|[.,]\d)"
)
_MINE_WORDS: Final = word_set("mio mia suyo suya tuyo tuya nuestro nuestra")
# A member's code told of someone by name, or of oneself, after the sentence that named
# the registry: "cada socio tiene su código, por ejemplo Rosa Quispe es APC-014 y yo soy
# APC-002". Capital letters, a dash and digits, not a year ("DS-2019").
# The lookbehind follows the first capital, so that `re` skips to capitals in C.
_TOLD_CODE: Final = re.compile(
    r"[A-ZÑ](?<![\w\-][A-ZÑ])[A-ZÑ]{1,4}-(?P<digits>\d{2,6})(?![\w\-]|[.,]\d)"
)
_TOLD_OF: Final = re.compile(
    r"(?:(?<!\w)[Yy]o[ \t]+soy|(?P<who>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)[ \t]+(?:es|era))[ \t]+"
    r"(?:el[ \t]+)?$"
)


def _told_of_someone(text: str, start: int) -> bool:
    """Whether the code at ``start`` is told of oneself or of someone named, not of a
    place ("Lima es PE-15")."""
    m = _TOLD_OF.search(text, max(0, start - 40), start)
    return m is not None and (
        m.group("who") is None or normalize_token(m.group("who")) not in PLACE_WORDS
    )


_REGISTRY_CUE: Final = re.compile(
    r"(?:c[oó]digo|carn[eé]t?|n[uú]mero|credencial|fotocheck|matr[ií]cula|ficha|registro|"
    r"padr[oó]n|DNI|documento|pasaporte|c[ée]dula|legajo|ID)(?!\w)",
    re.IGNORECASE,
)
# A DNI written with dots, as Argentina writes it, told apart from its cue: "con DNI de
# cada uno. El del presidente es 41.208.736". A sum is written the same way, so a registry
# word must come in the 150 characters before and no currency or unit with it.
_DOTTED_ID: Final = re.compile(r"(?<![\d.,])\d{1,2}\.\d{3}\.\d{3}(?!\d|[.,]\d)")
_STALL_WORDS: Final = word_set(
    "puesto stand modulo kiosko quiosco casillero tramo galeria tienda local"
)
_CUED_WORDS: Final = word_set(
    "codigo numero nro carne carnet matricula historia expediente ficha licencia credencial "
    "legajo fotocheck cedula ci c socio socia asociado asociada afiliado afiliada "
    "colegiatura colegiado colegiada"
)
ID_WORDS: Final = (
    _CUED_WORDS
    | _STALL_WORDS
    | _MINE_WORDS
    | word_set(
        "d dn dni documento doc pasaporte carne carnet c ce ruc nhc nass n nº no nocol nºcol "
        "nocolegiado nºcolegiado colegiado historia sis afiliacion codigo"
    )
)
# A year or a span of years ("fui socio 2015-2018") is research content.
_YEAR_LIKE: Final = re.compile(r"(?:19|20)\d\d(?:[\-/](?:19|20)?\d\d)?")
# A bare run of 8 digits is a DNI unless money or a unit says it is an amount; 9 or more
# is some other ID; 11 with a taxpayer prefix is a RUC. One pass finds all three.
_LONG_RUN: Final = re.compile(rf"\d(?<!{_LB})\d{{7,}}" + _NO_DIGIT_AFTER)
_MIN_RUN: Final = 8
_EIGHT_DIGITS: Final = re.compile(r"\d{8}")
_RUC_PREFIXES: Final = ("10", "15", "17", "20")
_DIGIT: Final = re.compile(r"\d")
_AMOUNT_BEFORE: Final = re.compile(r"(?:S/\.?|\$|US\$|soles|USD|PEN)\s*$", re.IGNORECASE)
# Whole words: "del 832-555-0117 solo para decirme" is no price in soles.
_AMOUNT_AFTER: Final = re.compile(
    r"^\s*(?:soles|nuevos soles|d[oó]lares|so?l\.?|kg|kilos|metros|m2|hect[aá]reas|ha\b|"
    r"habitantes|personas|cabezas|arrobas|toneladas)(?!\w)",
    re.IGNORECASE,
)
_MONTHS: Final = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|"
    r"noviembre|diciembre)"
)
_DATE: Final = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{1,2}\s+de\s+"
    + _MONTHS
    + r"(?:\s+de(?:l)?\s+\d{4})?)"
)
# A full date is research content (when the army came) unless it is a birth date.
_BIRTH_DATE: Final = re.compile(
    r"\b(?:naci(?:[oó]|do|da|miento)|nac\.|cumple(?:años|anos)?)\b[^\n.]{0,25}?(?P<date>"
    + _DATE
    + r")",
    re.IGNORECASE,
)
BIRTH_WORDS: Final = word_set("nacio nacido nacida nacimiento nac cumple cumpleanos")


def has_digit(text: str) -> bool:
    """Whether ``text`` has a digit; without one no number recognizer can match. Asked
    of each text by three recognizers in turn, so the last answer is kept."""
    global _last_digit
    last = _last_digit
    if last is not None and last[0] is text:
        return last[1]
    answer = _DIGIT.search(text) is not None
    _last_digit = (text, answer)
    return answer


_last_digit: tuple[str, bool] | None = None


# A social-network handle ("@rosa.huaman") or a user name with digits or an underscore
# after the network's name ("mi usuario es rosita_92", "su tiktok: wilmer_ccanto98").
_HANDLE: Final = re.compile(r"@(?<![\w.]@)[A-Za-z0-9_](?:[\w.]{1,29}[\w])?")
_USER: Final = re.compile(
    r"(?:usuario|user|facebook|face|fb|instagram|insta|tiktok|twitter)\b\W{0,3}"
    r"(?:es\s+|era\s+)?(?:el\s+|la\s+)?(?P<user>@?[A-Za-z][\w.]*(?:_|\d)[\w.]*[\w])",
    re.IGNORECASE,
)
USER_WORDS: Final = word_set("usuario user facebook face fb instagram insta tiktok twitter")


def find_contacts(anchors: Anchors) -> list[Span]:
    """Return e-mails, URLs, social-network handles and phone numbers."""
    text = anchors.words.text
    spans = [Span(m.start(), m.end(), CORREO) for m in _find_emails(text)]
    if ("@" in text and (" @" in text or "@ " in text or " punto " in text)) or (
        "(at)" in text or "[at]" in text
    ):
        spans = sorted(
            spans + [Span(m.start(), m.end(), CORREO) for m in _SPACED_EMAIL.finditer(text)]
        )
    if "@" in text:
        # Sorted, non-overlapping e-mail spans: one bisect per handle keeps this linear.
        ends = [s.end for s in spans]
        starts = [s.start for s in spans]
        for m in _HANDLE.finditer(text):
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or ends[k] <= m.start():
                spans.append(Span(m.start(), m.end(), ID))
    spans += [
        Span(m.start("user"), m.end("user"), ID)
        for m in find_at(_USER, text, anchors.starts(USER_WORDS))
    ]
    folded = lowercased(text)
    if any(hint in folded for hint in _URL_HINTS):
        spans += [
            Span(m.start(), _trim_url(m.group()) + m.start(), URL) for m in _URL.finditer(text)
        ]
    if not has_digit(text):
        return spans
    spans += [Span(m.start(), m.end(), TELEFONO) for m in _MOBILE.finditer(text)]
    spans += [Span(m.start(), m.end(), TELEFONO) for m in _LANDLINE.finditer(text)]
    starts = anchors.starts(PHONE_WORDS)
    spans += [Span(m.start(1), m.end(1), TELEFONO) for m in find_at(_PHONE_CONTEXT, text, starts)]
    return spans


# An address typed with spaces around the "@" or the dots: "rosaquispe @ gmail.com".
# "rosa@gmail punto com", "rosa.quispe(at)gmail.com" too.
_SPACED_EMAIL: Final = re.compile(
    r"[\w.+-]+ ?(?:@|\(at\)|\[at\]) ?[\w-]+"
    r"(?:(?: ?\. ?| punto )(?:com|org|net|edu|gob|pe|es|it|ar|cl|bo|jp|us|mx|co|ne)(?!\w))+",
    re.IGNORECASE,
)


def _find_emails(text: str) -> list[re.Match[str]]:
    # Same as _EMAIL.finditer(text), but the pattern is tried only where the local part
    # before an "@" starts, not at every word character of the text.
    found: list[re.Match[str]] = []
    after = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > after and (text[start - 1] in ".+-" or _is_word_char(text[start - 1])):
            start -= 1
        m = _EMAIL.match(text, start) if start < at else None
        if m is not None:
            found.append(m)
            after = m.end()
        at = text.find("@", max(at + 1, after))
    return found


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _trim_url(url: str) -> int:
    # Sentence punctuation after a link is not part of it.
    return len(url.rstrip(".,;:)!?"))


_SLASHED_DATE: Final = re.compile(r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})")


def find_id_numbers(anchors: Anchors) -> list[Span]:
    """Return DNI, RUC, carnet and other ID numbers, keeping amounts and years."""
    text = anchors.words.text
    if not has_digit(text):
        return []
    spans: list[Span] = []
    for m in find_at(_ID_CONTEXT, text, anchors.starts(ID_WORDS)):
        if _SLASHED_DATE.fullmatch(m.group("num")):
            continue  # "fecha de emisión del DNI 05/06/2019": a date, no number
        trig = m.group("trig").casefold().replace(".", "")
        kind = DNI if trig in {"dni", "documento", "documento de identidad", "doc"} else ID
        if trig == "ruc":
            kind = RUC
        elif trig.startswith(("carn", "ce")):
            kind = CE
        spans.append(Span(m.start("num"), m.end("num"), kind))
    for m in find_at(_CUED_ID, text, anchors.starts(_CUED_WORDS)):
        # "el número de familias es 1200" counts; "el número de socio es 0471" names one.
        of = m.group("of") or ""
        if of.endswith("s") or _YEAR_LIKE.fullmatch(m.group("num")):
            continue
        if (
            not of
            and m.group()[:1].lower() == "n"
            and _VEHICLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "mi mototaxi tiene el número 047": a fleet's number, no one's
        if not is_amount(text, m.start("num"), m.end("num")):
            spans.append(Span(m.start("num"), m.end("num"), ID))
    if "." in text:
        spans += [
            Span(m.start(), m.end(), DNI)
            for m in match_at_numbers(_DOTTED_ID, text)
            if _REGISTRY_CUE.search(text, max(0, m.start() - 150), m.start())
            and not is_amount(text, m.start(), m.end())
        ]
    for m in find_at(_MINE_CODE, text, anchors.starts(_MINE_WORDS)):
        num = m.group("num")
        if (
            _YEAR_LIKE.fullmatch(num)
            or _REGISTRY_CUE.search(text, max(0, m.start() - 150), m.start()) is None
            or is_amount(text, m.start("num"), m.end("num"))
        ):
            continue
        spans.append(Span(m.start("num"), m.end("num"), ID))
    if "-" in text:
        spans += [
            Span(m.start(), m.end(), ID)
            for m in _TOLD_CODE.finditer(text)
            if not _YEAR_LIKE.fullmatch(m.group("digits"))
            and _told_of_someone(text, m.start())
            and _REGISTRY_CUE.search(text, max(0, m.start() - 150), m.start())
        ]
    spans += [
        Span(m.start("num"), m.end("num"), ID)
        for m in find_at(_STALL, text, anchors.starts(_STALL_WORDS))
        if any(map(str.isupper, m.group("num")))
    ]
    runs = _long_runs(anchors.words)
    spans += [Span(a, b, RUC) for a, b in runs if b - a == 11 and text.startswith(_RUC_PREFIXES, a)]
    spans += [Span(a, b, DNI) for a, b in runs if b - a == 8]
    spans += [Span(a, b, ID) for a, b in runs if b - a > 8]
    # Contextual IDs ("DNI 4567...") stay even before "soles"; bare numbers may be money.
    return [
        s
        for s in spans
        if (s.kind not in (DNI, ID) or not is_amount(text, s.start, s.end))
        and not is_public_number(text, s.start, s.end)
    ]


# A vehicle or a route numbered, not a person: "mi mototaxi tiene el número 047", "la
# combi de la línea número 12". A plate is a vehicle's identifier and stays one.
_VEHICLE_BEFORE: Final = re.compile(
    r"\b(?:mototaxi|moto|combi|micro|bus|[oó]mnibus|colectivo|taxi|l[ií]nea|ruta|flota)\b"
    r"(?![^.;\n]*\bplaca\b)[^.;\n]{0,25}$",
    re.IGNORECASE,
)


def _long_runs(words: Words) -> list[tuple[int, int]]:
    """``_LONG_RUN.finditer(text)`` spans, tried only inside words with 8 digits in a row.

    A run of digits never crosses a word boundary, so the pattern runs on those words
    alone (plus the two characters its lookahead reads) instead of on every digit.
    """
    long = {n for n in words.vocabulary if len(n) >= _MIN_RUN and _EIGHT_DIGITS.search(n)}
    if not long:
        return []
    text, runs = words.text, []
    for i in compress(range(len(words.norms)), map(long.__contains__, words.norms)):
        end = min(len(text), words.ends[i] + 2)
        runs += [(m.start(), m.end()) for m in _LONG_RUN.finditer(text, words.starts[i], end)]
    return runs


def is_amount(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is money or a quantity ("S/ 1500")."""
    before, after = text[max(0, start - 8) : start], text[end : end + 16]
    return bool(_AMOUNT_BEFORE.search(before) or _AMOUNT_AFTER.match(after))


# A public document's number: its number, its year and the body that issued it ("acta
# N° 037-2023-DEMUNA", "el registro 1204-2021-SANIPES", "convenio N.° 017-2022-MPA");
# without the issuer, "N°" before it says a document is numbered ("Ordenanza Municipal
# N° 012-2019"). A personal code starts with its letters ("EP-2023-447812", "HC-00471").
_NUMBERED_DOCUMENT: Final = re.compile(
    r"(?P<num>\d{1,5})-(?:19|20)\d\d(?P<issuer>-[A-Z][A-Z0-9]*(?:[/\-][A-Z][A-Z0-9]*)*)?"
)
_GIVEN_CODE_BEFORE: Final = re.compile(
    r"(?:\b(?:mi|su|tu)\s+c[oó]digo|\bme\s+(?:dieron|asignaron|pusieron)\s+(?:un|el|mi)\s+"
    r"c[oó]digo)\b[^.;\n]{0,16}$",
    re.IGNORECASE,
)
_NUMBERED_BEFORE: Final = re.compile(r"(?:\bN\.?\s?[º°]|\bNro\.|\bnro\.?|\bNo\.)\s*$")
# A public investment's code is published: "código SNIP 301245", "el código del proyecto
# es CUI 2458731", "código único de inversión del MEF, 2 451 877", "el proyecto, código
# PRY-2023-041", "la obra tiene su código 2451873 en Invierte". A "código de socio"
# names a person, and so does a child's "CUI" (código único de identificación) alone.
_INVESTMENT_BEFORE: Final = re.compile(
    r"(?:\b(?-i:SNIP)|\binvierte(?:\.pe)?|c[oó]digo\s+[uú]nico\s+de\s+inversi[oó]n|"
    r"\b(?:proyecto|obra)\b[^.\n;:]{0,25}\bc[oó]digo|"
    r"\bc[oó]digo\s+(?:del?|de\s+la)\s+(?:proyecto|obra|inversi[oó]n))"
    r"(?P<gap>[^.\n;]{0,40})$",
    re.IGNORECASE,
)
# A person's number after the cue is theirs: "el código del proyecto y su DNI 41872365".
_PERSONAL_CUE: Final = re.compile(
    r"\b(?:d\.?n\.?i|documento|ruc|carn[eé]t?|pasaporte|c[ée]dula|celular|tel[eé]fono|"
    r"socio|socia|historia|mi|su|tu)\b",
    re.IGNORECASE,
)
_INVESTMENT_AFTER: Final = re.compile(r"\s+(?:en|del?)\s+(?:el\s+)?(?-i:Invierte|SNIP|MEF)\b")
_FIRST_DIGIT: Final = re.compile(r"\d")
_WORD_AFTER: Final = re.compile(r"[\w\-/]")
_CODE_AFTER: Final = re.compile(r"[ \-](\d[\dA-Z\-/]*)")


def is_public_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` (the letters of its cue may lead it)
    numbers a public document or a public investment: research content."""
    digit = _FIRST_DIGIT.search(text, start, end)
    if digit is not None:
        at = digit.start()
    else:
        # A guess may stop at the code's letters: "CUI" of "es CUI 2458731".
        code = _CODE_AFTER.match(text, end)
        if code is None:
            return False
        at, end = code.start(1), code.end(1)
    # The span may stop before the issuer: "0871-2020" of "0871-2020-DIGESA".
    document = _NUMBERED_DOCUMENT.match(text, at)
    if document is None or document.end() < end or _WORD_AFTER.match(text, document.end()):
        document = None
    if document is not None and (
        document.group("issuer") or _NUMBERED_BEFORE.search(text, max(0, at - 8), at)
    ):
        # A registry's code given to a person has a document's shape: "me dieron un
        # código, el 08751-2012-RUV" (the victims' registry), "mi código es 0412-2019-CEM".
        return not (
            document.group("issuer") == "-RUV"
            or _GIVEN_CODE_BEFORE.search(text, max(0, at - 40), at) is not None
        )
    if _INVESTMENT_AFTER.match(text, end):
        return True
    if not _may_cue_investment(text[max(0, at - 80) : at]):
        return False
    cue = _INVESTMENT_BEFORE.search(text, max(0, at - 80), at)
    return cue is not None and _PERSONAL_CUE.search(cue.group("gap")) is None


def _may_cue_investment(window: str) -> bool:
    """Whether ``window`` holds what each _INVESTMENT_BEFORE match holds: "SNIP", or
    "invierte" or the "digo" of "código" in any case. Decided with `in`, where the
    pattern is tried at each character; an "ı" or "İ" (an "i" ignoring case that lowercases
    to something else) leaves it to the pattern."""
    lower = window.lower()
    return (
        "SNIP" in window or "digo" in lower or "invierte" in lower or "ı" in window or "İ" in window
    )


_CLOCK: Final = re.compile(r"\d{1,2}[:h]\d{2}")


def is_clock_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is (part of) a time of day: "a las 11:45"."""
    lo, hi = max(0, start - 3), end + 3
    return any(m.start() < end and m.end() > start for m in _CLOCK.finditer(text, lo, hi))


def find_birth_dates(anchors: Anchors) -> list[Span]:
    """Return dates written next to a birth word ("nació el 3 de mayo de 1980")."""
    text = anchors.words.text
    if not has_digit(text):
        return []
    starts = anchors.starts(BIRTH_WORDS)
    return [Span(m.start("date"), m.end("date"), FECHA) for m in find_at(_BIRTH_DATE, text, starts)]
