"""Pattern recognizers for identifiers with a shape: phones, ID numbers, e-mails, URLs.

Each recognizer returns `Span`s on the original text. They are written for the ways
Peruvian numbers are typed on a tablet ("987 654 321", "+51 987-654-321",
"(064) 123456", "DNI 45678912") and keep numbers that carry research content:
amounts ("S/ 1500", "12000000 soles"), years ("1984"), ages ("35 años").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

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
FECHA: Final = "FECHA"
ID: Final = "ID"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text to replace, with the kind of placeholder it gets.

    ``key`` identifies the entity (a known person's index, or a normalized name) so
    that one person keeps one number within a submission.
    """

    start: int
    end: int
    kind: str
    key: str = ""


_NO_DIGIT_BEFORE: Final = r"(?<![\w+])"
_NO_DIGIT_AFTER: Final = r"(?![\w]|[.,]\d)"
_SEP: Final = r"[ .\-]?"

_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_URL: Final = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|pe|es|info)"
    r"(?:\.pe)?/[^\s<>\"']*",
    re.IGNORECASE,
)
# Mobile: 9 digits starting with 9, optionally after +51 / 0051, separators anywhere.
_MOBILE: Final = re.compile(
    _NO_DIGIT_BEFORE + r"(?:(?:\+|00)\s?51[ .\-]?)?9(?:" + _SEP + r"\d){8}" + _NO_DIGIT_AFTER
)
# Landline: Lima 01 + 7 digits, provinces 0XX + 6 digits, area code maybe in brackets.
_LANDLINE: Final = re.compile(
    _NO_DIGIT_BEFORE
    + r"(?:(?:\+|00)\s?51[ .\-]?\(?(?:1|[4-8]\d)\)?|\(0?(?:1|[4-8]\d)\)|0(?:1|[4-8]\d))"
    + r"[ .\-]?\d{2,3}(?:[ .\-]?\d{2}){2}\d?"
    + _NO_DIGIT_AFTER
)
_PHONE_CONTEXT: Final = re.compile(
    r"\b(?:tel[eé]fono|telf?|tlf|cel(?:ular)?|m[oó]vil|fono|fax|whats?app|llamar|llam[oa]|"
    r"n[uú]mero)\b\.?\s*(?:n[º°o]\.?\s*)?[:.]?\s*"
    r"((?:\+|00)?\d(?:[ .\-]?\d){5,11})" + _NO_DIGIT_AFTER,
    re.IGNORECASE,
)
_ID_CONTEXT: Final = re.compile(
    r"\b(?P<trig>D\.?N\.?I|DNI|documento(?:\s+de\s+identidad)?|doc|pasaporte|"
    r"carn[eé]t?(?:\s+de\s+extranjer[ií]a)?|C\.?E|RUC|NHC|NASS|N[º°o]\.?\s?Col(?:egiado)?|"
    r"colegiado|historia(?:\s+cl[ií]nica)?|SIS|afiliaci[oó]n|c[oó]digo)\b\.?"
    r"[ \t]*(?:n[º°o]\.?|nro\.?|n[uú]mero)?[ \t]*[:.]?[ \t]*"
    r"(?P<num>[A-Z]{0,2}\d(?:[ .\-/]?\d)*[A-Z]?)" + _NO_DIGIT_AFTER,
    re.IGNORECASE,
)
_RUC: Final = re.compile(_NO_DIGIT_BEFORE + r"(?:10|15|17|20)\d{9}" + _NO_DIGIT_AFTER)
# A bare 8-digit number is a DNI unless money or a unit says it is an amount.
_EIGHT: Final = re.compile(_NO_DIGIT_BEFORE + r"\d{8}" + _NO_DIGIT_AFTER)
_LONG_NUMBER: Final = re.compile(_NO_DIGIT_BEFORE + r"\d{9,}" + _NO_DIGIT_AFTER)
_AMOUNT_BEFORE: Final = re.compile(r"(?:S/\.?|\$|US\$|soles|USD|PEN)\s*$", re.IGNORECASE)
_AMOUNT_AFTER: Final = re.compile(
    r"^\s*(?:soles|nuevos soles|d[oó]lares|so?l\.?|kg|kilos|metros|m2|hect[aá]reas|ha\b|"
    r"habitantes|personas|cabezas|arrobas|toneladas)",
    re.IGNORECASE,
)
_MONTHS: Final = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|"
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


def find_contacts(text: str) -> list[Span]:
    """Return e-mails, URLs and phone numbers."""
    spans = [Span(m.start(), m.end(), CORREO) for m in _EMAIL.finditer(text)]
    spans += [Span(m.start(), _trim_url(m.group()) + m.start(), URL) for m in _URL.finditer(text)]
    spans += [Span(m.start(), m.end(), TELEFONO) for m in _MOBILE.finditer(text)]
    spans += [Span(m.start(), m.end(), TELEFONO) for m in _LANDLINE.finditer(text)]
    spans += [Span(m.start(1), m.end(1), TELEFONO) for m in _PHONE_CONTEXT.finditer(text)]
    return spans


def _trim_url(url: str) -> int:
    # Sentence punctuation after a link is not part of it.
    return len(url.rstrip(".,;:)!?"))


def find_id_numbers(text: str) -> list[Span]:
    """Return DNI, RUC, carnet and other ID numbers, keeping amounts and years."""
    spans: list[Span] = []
    for m in _ID_CONTEXT.finditer(text):
        trig = m.group("trig").casefold().replace(".", "")
        kind = DNI if trig in {"dni", "documento", "documento de identidad", "doc"} else ID
        if trig == "ruc":
            kind = RUC
        elif trig.startswith(("carn", "ce")):
            kind = CE
        spans.append(Span(m.start("num"), m.end("num"), kind))
    spans += [Span(m.start(), m.end(), RUC) for m in _RUC.finditer(text)]
    spans += [Span(m.start(), m.end(), DNI) for m in _EIGHT.finditer(text)]
    spans += [Span(m.start(), m.end(), ID) for m in _LONG_NUMBER.finditer(text)]
    # Contextual IDs ("DNI 4567...") stay even before "soles"; bare numbers may be money.
    return [s for s in spans if s.kind not in (DNI, ID) or not is_amount(text, s.start, s.end)]


def is_amount(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is money or a quantity ("S/ 1500")."""
    before, after = text[max(0, start - 8) : start], text[end : end + 16]
    return bool(_AMOUNT_BEFORE.search(before) or _AMOUNT_AFTER.match(after))


def find_birth_dates(text: str) -> list[Span]:
    """Return dates written next to a birth word ("nació el 3 de mayo de 1980")."""
    return [Span(m.start("date"), m.end("date"), FECHA) for m in _BIRTH_DATE.finditer(text)]
