"""Numbers of any country: phones and ID numbers by their shape, with any separators.

Families in the study live in Peru, Argentina, Chile, Bolivia, Spain, Italy, the USA
and Japan, so a number cannot be recognized by one country's plan. Instead:

- a number written with a country prefix (``+54 9 11 4867-2093``, ``0039 340 771
  2958``, ``(+51) 990 218 445``) is a phone;
- any other run of seven or more digits in groups (``(0351) 472-8813``,
  ``41872365-3``, ``24.517.893-K``) is an identifier, unless money, a unit, a date or
  a list of years says it is research content;
- digits grouped like thousands (``20 456 781``, ``12 450 000``) are an identifier
  only next to a cue (``DNI``, ``RUT``, ``documento``, ``número``...), because the same
  shape is an amount in a budget;
- codes mixing capitals and digits (``X-4518273-S``, ``HMNDNS79C54Z611U``,
  ``RUV-09-0045871``, ``EP-2023-447812``) are identifiers.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.lexicon import SENTENCE_WORDS, words
from privacy.recognizers import ID, TELEFONO, Span, is_amount, is_public_number

# Digit groups with one separator between them; a group may sit in brackets.
# "Not after a word character, sign or dot", checked after the first character is
# taken, so the engine jumps straight to digits, "(" and "+" (see recognizers._LB).
_LB: Final = r"[\w+\-./][\s\S]"
_SEQUENCE: Final = re.compile(
    # Seven characters of digits and separators at least, checked before anything else.
    rf"(?:\((?<!{_LB})(?=[\d().+\-–… ]{{6}})\+?\d{{1,4}}\)"
    rf"|\+(?<!{_LB})(?=[\d().+\-–… ]{{6}}) ?\d{{1,4}}"
    rf"|\d(?<!{_LB})(?=[\d().+\-–… ]{{6}})\d*)"
    # A dash may stand between spaces when digits are read one by one: "9 – 8 – 7".
    # A trunk zero in brackets runs on into the number: "+39 (0)328 604 1193". A dot
    # may stand between spaces too ("986 . 305 . 417"), and a pause when digits are read
    # in groups ("9 6 4... 3 3 1... 0 7 8").
    r"(?:(?:[ .\-–]| [.\-–] |\.\.\. ?|… ?|\)[ .\-]?|[ ]?\()\d+(?:\)\d*)?)*"
    # The check digit, a lowercase "k" in a transcript typed in lowercase: "24.813.576-k".
    r"(?:-[0-9A-Zk](?!\w))?"
)
# A Spanish social security number, its province and check digits set off by slashes:
# "08/20417736/78" (a date has two digits between its slashes).
_SLASHED: Final = re.compile(r"(?<![\w/])\d{2} ?/ ?\d{7,8} ?/ ?\d{2}(?![\w/])")
_SEQUENCE_HINT: Final = re.compile(r"[\d(+][\d().+\-–… ]{6,}")
_PREFIXED: Final = re.compile(r"\(?(?:\+|00)")
_THOUSANDS: Final = re.compile(r"\d{1,3}(?:([ .])\d{3})(?:\1\d{3})*")
_YEARS: Final = re.compile(r"(?:(?:19|20)\d\d[ \-–/y,.…]*)+")
_DATE: Final = re.compile(r"\d{1,2}[.\-]\d{1,2}[.\-](?:\d{4}|\d{2})")
_MIN_DIGITS: Final = 7
_GROUP: Final = re.compile(r"\d+")
# A number read out in small groups and typed with commas: "9 8 7, 6 5 4, 3 2 1". A list
# of counts ("3, 4, 5") is shorter than a phone.
_COMMA_HINT: Final = re.compile(r"\d, \d")
_COMMA_GROUPS: Final = re.compile(r"(?<![\w.,])\d{1,3}(?:,? \d{1,3}){5,}(?![\w]|[.,]\d)")
_MIN_COMMA_DIGITS: Final = 8
_CHECK: Final = re.compile(r"-[0-9A-Zk]$")
_CUE: Final = re.compile(
    # "el número de familias es 1 234 567" counts: a plural after "número de".
    r"(?:d\.?n\.?i|documento|rut|run|nie|c[ée]dula|pasaporte|carn[ée]t?|"
    r"n[úu]mero(?!\s+de\s+\w+s\b)|"
    r"libreta|c[oó]digo|registro|ruc|tel[ée]fono|celular|cel|fijo|m[oó]vil|whats?app|number|"
    # A worker's badge or card: "mi fotocheck dice sv-28471".
    r"fotocheck|credencial|matr[ií]cula|licencia|"
    r"(?<![^\W\d_])c\.?i\.?)"
    r"\b[^.\n;]{0,30}$",
    re.IGNORECASE,
)
# A document named earlier in the clause: "le pedí su documento para la lista y me dio
# el 45 678 912". A count or a phone word must stand closer (above).
_DOCUMENT_CUE: Final = re.compile(
    r"(?:d\.?n\.?i|documento|rut|run|nie|c[ée]dula|pasaporte|carn[ée]t?|libreta|ruc)"
    r"\b[^.\n;]{0,70}$",
    re.IGNORECASE,
)
_CUE_AFTER: Final = re.compile(
    r"^[ ,]*(?:es|era|fue)\s+(?:mi|su|el)\s+(?:n[úu]mero|dni|documento|rut|celular)",
    re.IGNORECASE,
)
# Capitals and digits in one code ("RQ-004471"): at least four digits and a capital.
_CODE: Final = re.compile(
    # Starts with a character class so the engine skips to capitals and digits; the
    # lookarounds after the first character ask for a digit and a capital in the code.
    r"[A-Z0-9](?<![\w\-][A-Z0-9])(?:(?<=[A-Z])(?=[A-Z0-9\-]*\d)|(?<=\d)(?=[A-Z0-9\-]*[A-Z]))"
    r"[A-Z0-9\-]{3,}(?![\w\-])"
)
# Codice fiscale: six letters, two digits, a month letter, two digits, a place code.
_FISCAL: Final = re.compile(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]")
# The same code read back in lowercase or in its groups: "qspmra 85t52 z611g", "HMN DBR
# 79S02 Z611X" (surname and name apart).
_FISCAL_GROUPED: Final = re.compile(
    # The lookbehind follows the first letter, so that `re` skips to letters in C.
    r"[A-Za-z](?<![\w\-][A-Za-z])[A-Za-z]{2}[ \t]?[A-Za-z]{3}[ \t]?"
    r"\d{2}[A-EHLMPRSTa-ehlmprst]\d{2}[ \t]?[A-Za-z]\d{3}[A-Za-z](?![\w\-])"
)
# Its middle, looked for first: `re` jumps to digits in C, and few texts have the shape.
_FISCAL_HINT: Final = re.compile(r"\d{2}[A-EHLMPRSTa-ehlmprst]\d{2}")


# The number of a public norm is research content: "decreto 006-2020-MIMP", "la
# resolución 0456-2018 de la UGEL", "Ley 27558".
_NORM_BEFORE: Final = re.compile(
    r"\b(?:ley|decreto(?:\s+(?:supremo|legislativo|de\s+urgencia))?|resoluci[oó]n"
    r"(?:\s+(?:ministerial|directoral|suprema|jefatural|de\s+alcald[ií]a))?|ordenanza|"
    r"directiva|D\.\s?S\.|D\.\s?L\.|D\.\s?U\.|R\.\s?M\.|R\.\s?D\.|DS|RM|RD)"
    r"\s*(?:N[º°o]\.?|nro\.?|n[úu]mero)?\s*$",
    re.IGNORECASE,
)


def _is_norm(text: str, start: int) -> bool:
    return _NORM_BEFORE.search(text, max(0, start - 40), start) is not None


def find_numbers(text: str) -> list[Span]:
    """Return phones and ID numbers written with digits in any country's format."""
    spans = [
        s
        for s in _find_numbers(text)
        if not _is_norm(text, s.start) and not is_public_number(text, s.start, s.end)
    ]
    spans = [_with_false_start(text, s) for s in spans]
    if "nie" in text or "NIE" in text or "Nie" in text:
        spans += _spaced_nies(text)
    return spans


# A Spanish foreigner's number typed lowercase with its letters apart, after its name:
# "mi nie es el y 2847361 k vivo en …" ("y" and "k" read as words elsewhere).
_SPACED_NIE: Final = re.compile(r"(?<![\w\-])[xyzXYZ][ \-.]?\d{7}[ \-.]?[a-zA-Z](?![\w\-])")
_NIE_CUE: Final = re.compile(r"(?i:\bnie\b)[^.;:!?\n]{0,20}$")


def _spaced_nies(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), ID)
        for m in _SPACED_NIE.finditer(text)
        if _NIE_CUE.search(text, max(0, m.start() - 25), m.start()) is not None
    ]


# An office's extension after its number: "(067) 453-170 anexo 12", "ext. 204".
_EXTENSION: Final = re.compile(
    r"[ \t]*,?[ \t]*(?i:anexo|anx\.|ext\.?|extensi[oó]n)[ \t]*\d{1,5}(?!\d)"
)


def with_extensions(text: str, spans: list[Span]) -> list[Span]:
    """Phones and numbers found, each with the office extension said after it."""
    out: list[Span] = []
    for span in spans:
        extension = _EXTENSION.match(text, span.end) if span.kind in (TELEFONO, ID) else None
        out.append(span if extension is None else span._replace(end=extension.end()))
    return out


# A number dictated in pieces starts over: "es 7 3 4 0... 7 3 4 0 2 9 1 5", "al 9 1 7,
# 9 1 7 2 0 3 5 5 8". The broken-off start repeats the number's first digits and goes
# with it; other digits before a pause ("de 3... 7 3 4 0 2 9 1 5") do not.
_FALSE_START: Final = re.compile(r"(?<![\w.,])(\d(?:[ .\-]?\d){1,5})\s*(?:\.\.\.|…|,|--?)\s*$")


def _with_false_start(text: str, span: Span) -> Span:
    before = _FALSE_START.search(text, max(0, span.start - 24), span.start)
    if before is None:
        return span
    start_digits = "".join(filter(str.isdigit, before.group(1)))
    number_digits = "".join(filter(str.isdigit, text[span.start : span.end]))
    if len(start_digits) < len(number_digits) and number_digits.startswith(start_digits):
        # A Peruvian mobile (nine digits from a 9) stays a phone once it is one span.
        mobile = len(number_digits) == 9 and number_digits[0] == "9"
        return span._replace(start=before.start(), kind=TELEFONO if mobile else span.kind)
    return span


def _find_numbers(text: str) -> list[Span]:
    spans: list[Span] = []
    # Cheap scans first (each pattern starts with a character class, which the regex
    # engine skips to): most answers hold no seven-digit number and no code.
    for region in _SEQUENCE_HINT.finditer(text):
        # A run of digits and separators long enough to hold seven digits: the full
        # pattern (and its lookarounds) runs inside it only, plus the check letter after.
        for m in _SEQUENCE.finditer(text, region.start(), region.end() + 2):
            kind = _classify(text, m.start(), m.end())
            if kind == ID:
                spans.append(Span(*_with_letters(text, m.start(), m.end()), ID))
            elif kind:
                spans.append(Span(m.start(), m.end(), kind))
    spans += [Span(m.start(), m.end(), ID) for m in _CODE.finditer(text) if _is_code(m.group())]
    if "/" in text:
        spans += [Span(m.start(), m.end(), ID) for m in _SLASHED.finditer(text)]
    spans += _lower_codes(text)
    if _FISCAL_HINT.search(text):
        spans += [Span(m.start(), m.end(), ID) for m in _FISCAL_GROUPED.finditer(text)]
    if _COMMA_HINT.search(text):
        spans += [
            Span(m.start(), m.end(), TELEFONO)
            for m in _COMMA_GROUPS.finditer(text)
            if sum(map(str.isdigit, m.group())) >= _MIN_COMMA_DIGITS
            and " " in m.group().replace(", ", "")  # groups of digits, not a list of years
            and not _money_after(text, m.end())
        ]
    return spans


# A code typed in lowercase ("mi fotocheck dice sv-28471"): an identifier next to an ID
# cue only, found from its hyphen and digits (a literal the engine skips to).
_LOWER_CODE_DIGITS: Final = re.compile(r"-\d{4,8}(?![\w\-])")
_LOWER_CODE_LETTERS: Final = re.compile(r"(?<![\w\-])[a-zñ]{1,4}$")


def _lower_codes(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _LOWER_CODE_DIGITS.finditer(text):
        letters = _LOWER_CODE_LETTERS.search(text, max(0, m.start() - 5), m.start())
        if letters is not None and _has_cue(text, letters.start(), m.end()):
            spans.append(Span(letters.start(), m.end(), ID))
    return spans


# Letters written apart from the digits of a card: "AB 4582 1937 GA" (a Japanese
# residence card), "6148392 LP". The name of the document stays ("DNI 4567 8912").
# Typed in lowercase, letters that are no word are the card's too ("era m 0742 1853",
# "la mk 4729 1056 ea,"): before it consonants only ("o sea 987…", "cel 987…" are words),
# after it letters that close the clause; a vowel, "y", an article or a unit is a word.
_LETTERS_BEFORE: Final = re.compile(r"(?<!\w)([A-Z]{1,3}|[b-df-hj-np-tv-xzñ]{1,3})[ \-]$")
_LETTERS_AFTER: Final = re.compile(r"[ \-]([A-Z]{1,3}(?!\w)|[a-zñ]{1,3}(?=[ \t]*[,.;:)]|$))")
_NOT_CARD_LETTERS: Final = SENTENCE_WORDS | words(
    "a e i o u y la las los lo le les de del dni ruc rut nie nif ce ci sis nro num "
    "cm mm km kg gr ml lt ha hrs min seg vez mil pe po ah eh oh ok ps cel tel fono"
)
_DOCUMENT_NAMES: Final = frozenset(
    {"DNI", "RUC", "RUT", "RUN", "NIE", "NIF", "CE", "CI", "SIS", "N", "NO", "NRO", "A", "Y", "O"}
)


_SERIES_BEFORE: Final = re.compile(r"(?<![\w\-])[A-Z]\d{1,3}[ \-]$")


def _with_letters(text: str, start: int, end: int) -> tuple[int, int]:
    before = _LETTERS_BEFORE.search(text, max(0, start - 5), start)
    if before is not None and _card_letters(before.group(1)):
        start = before.start()
        # A card's series before its letters: "permiso … I04 RT 7726159".
        series = _SERIES_BEFORE.search(text, max(0, start - 6), start)
        if series is not None:
            start = series.start()
    after = _LETTERS_AFTER.match(text, end)
    if after is not None and _card_letters(after.group(1)):
        end = after.start(1) + len(after.group(1))
    return start, end


def _card_letters(letters: str) -> bool:
    if letters.isupper():
        return letters not in _DOCUMENT_NAMES
    return letters.upper() not in _DOCUMENT_NAMES and letters not in _NOT_CARD_LETTERS


def _classify(text: str, start: int, end: int) -> str:
    value = text[start:end]
    if end - start < _MIN_DIGITS:
        return ""
    digits = sum(map(str.isdigit, value))
    if _PREFIXED.match(value) and digits >= _MIN_DIGITS:
        return TELEFONO
    if digits < _MIN_DIGITS or _YEARS.fullmatch(value) or _DATE.fullmatch(value):
        return ""
    if is_amount(text, start, end) or _money_after(text, end) or _round_figures(value):
        return ""
    check = _CHECK.search(value)
    core = value[: check.start()] if check else value
    if _THOUSANDS.fullmatch(core):
        # A Chilean RUT carries its check digit; a bare "12 450 000" may be a budget.
        return ID if check or _has_cue(text, start, end) else ""
    return ID


_DIGIT_RUN: Final = re.compile(r"[\d .]*\d")


def is_grouped_figure(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` belong to a list of round figures, or
    to a figure grouped in thousands that the clause counts ("El número de familias es
    1 234 567", "la población llegó a 2 345 678") with no ID cue near it, or number a
    public document or investment ("CUI 2458731"): research content whoever guessed
    otherwise."""
    if is_public_number(text, start, end):
        return True
    lo = start
    while lo > 0 and (
        text[lo - 1].isdigit() or (text[lo - 1] in " ." and text[lo - 2 : lo - 1].isdigit())
    ):
        lo -= 1
    m = _DIGIT_RUN.match(text, lo)
    if m is None or m.end() < end:
        return False
    value = m.group()
    if _round_figures(value):
        return True
    return (
        bool(_THOUSANDS.fullmatch(value))
        and _COUNTING.search(text, max(0, lo - 60), lo) is not None
        and not _has_cue(text, lo, m.end())
    )


_COUNTING: Final = re.compile(
    r"\b(?:n[úu]mero\s+de\s+\w+s|total|suma|poblaci[oó]n|presupuesto|monto|costo|canon|"
    r"inversi[oó]n|hay|son|somos|eran|fueron|lleg\w*\s+a|alcanz\w*|cont[oó]|censo)\b"
    r"[^.\n;]{0,30}$",
    re.IGNORECASE,
)


def _round_figures(value: str) -> bool:
    """Whether ``value`` lists round figures ("120 – 150 – 180 – 200"), as prices or
    counts are listed; the groups of a number are not all tens."""
    groups = _GROUP.findall(value)
    return len(groups) >= 3 and all(len(g) >= 2 and g.endswith("0") for g in groups)


def _has_cue(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 45) : start]
    return bool(
        _CUE.search(before)
        or _CUE_AFTER.match(text[end : end + 30])
        or _DOCUMENT_CUE.search(text, max(0, start - 90), start)
    )


_MONEY_AFTER: Final = re.compile(
    r"^\s*(?:mil\b|millones|pesos|euros|yenes|d[oó]lares|bolivianos|reales|soles|"
    r"alevinos|plantones|hect[aá]reas|metros|kil[oó]metros|km\b|hijos|hijas|personas|"
    r"familias|a[ñn]os|meses|d[ií]as|horas|cuyes|ovejas|vacas|kilos|sacos|arrobas)",
    re.IGNORECASE,
)


def _money_after(text: str, end: int) -> bool:
    return _MONEY_AFTER.match(text[end : end + 16]) is not None


def is_quantity_after(text: str, end: int) -> bool:
    """Whether money or a unit follows ``end`` ("... 3 500 soles", "... 40 mil pesos")."""
    return _money_after(text, end) or is_amount(text, end, end)


def _is_code(code: str) -> bool:
    letters = sum(ch.isalpha() for ch in code)
    digits = sum(ch.isdigit() for ch in code)
    # "COVID-19", "MP3", "B1", "4x4" are not codes; "CH-0932" and "Y2093816W" are.
    if _FISCAL.fullmatch(code):
        return True  # a codice fiscale has nine letters
    upper = any(ch.isupper() for ch in code)
    return upper and digits >= 4 and letters <= 8 and not code.endswith("-")
