"""Identifiers spoken aloud and transcribed: numbers dictated in words, e-mails with
"arroba", "punto" and "guion bajo".

A number dictated digit by digit or in pairs ("nueve cuatro uno, cero ocho siete",
"veinte, cuarenta y ocho, setenta y uno") is a phone or an ID once it holds seven
digits or more; shorter counts ("dos o tres", "cuarenta y cinco") are research
content. Dates in words ("quince de abril del dos mil diez") are left to the date
recognizer: "de", "mil" and "novecientos" end a dictated number.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import Final, NamedTuple

from privacy.lexicon import SENTENCE_WORDS, words
from privacy.normalize import Words
from privacy.numbers import is_quantity_after
from privacy.recognizers import CORREO, ID, Span
from privacy.triggers import Anchors

# Migrants in the US dictate their number in English too: "five seven one, five five five".
# And grandparents in Quechua, the zero "ch'usaq" (empty): "huk, iskay, ch'usaq, pichqa…".
# One word alone is a count in any of them; a number needs seven digits in a row.
_UNITS: Final = words(
    "cero uno una dos tres cuatro cinco seis siete ocho nueve "
    "zero one two three four five six seven eight nine "
    "chusaq ch'usaq huk iskay ishkay kimsa quimsa tawa pichqa pisqa phisqa suqta soqta "
    "qanchis pusaq isqun isqon"
)
_TWO_DIGITS: Final = words(
    """
    diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte
    veintiuno veintiun veintidos veintitres veinticuatro veinticinco veintiseis veintisiete
    veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta noventa
    """
)
_TENS: Final = words("treinta cuarenta cincuenta sesenta setenta ochenta noventa")
# "novecientos ochenta y siete" is three digits of a number read in threes; the same
# words are a price ("trescientos cincuenta soles"), so a cue must come before them.
_HUNDREDS: Final = words(
    """
    cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos
    ochocientos novecientos
    """
)
_CUE: Final = re.compile(
    # Papers of the neighbours abroad too: a Chilean "rut", an Argentine "cuil", a "cédula".
    r"(?:n[uú]mero|cel\w*|tel[eé]fono|fono|whats\w*|dni|documento|carn[eé]t?|ruc|anot\w*|"
    r"rut|cuil|cuit|c[eé]dula|pasaporte|"
    r"marc\w*|llam\w*|m[oó]vil|dict\w*|apunt\w*)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_MIN_DIGITS: Final = 7
# A DNI, a Chilean RUT or a carné read in groups: eight or nine digits; a RUC, eleven.
_ID_DIGITS: Final = frozenset({8, 9, 11})
_MOBILE_DIGITS: Final = 9
_MOBILE_FIRST: Final = words("nueve novecientos noventa")
_MAX_TYPED_GROUP: Final = 3
_MIN_CUED_DIGITS: Final = 4
_REGISTRY: Final = re.compile(
    r"(?:c[oó]digo|n[uú]mero|carn[eé]t?|ficha|matr[ií]cula|dni|documento|pasaporte|ruc|"
    r"fotocheck|historia(?:\s+cl[ií]nica)?)"
    r"(?!\s+de\s+\w+s\b)(?:\s+del?\s+\w+)?"
    # What was given: "el código que me dieron es …", "la historia del puesto, la …".
    r"(?:\s+que\s+(?:me|le|nos|les|te)\s+(?:dieron|dio|dan|da|asignaron|pusieron))?"
    # Or one of them as an example: "cada socio tiene su código, por ejemplo el mío es …".
    r"(?:,?\s+(?:por\s+ejemplo\s+)?(?:el|la)\s+(?:m[ií][oa]|suy[oa]))?"
    r"(?:\s+(?:es|era|fue))?(?:,?\s+(?:el|la))?[\s:,]+$",
    re.IGNORECASE,
)
# A landline has six digits after its area code: "el fijo cuarenta y cinco, setenta y uno,
# cero dos", "telefono fijo, a ver... doscientos treinta y ocho, cuatrocientos quince".
_LANDLINE: Final = re.compile(
    r"(?:\bfijo|tel[eé]fono\s+fijo)(?:\s+(?:es|era))?[\s:,]*"
    r"(?:(?:\.\.\.|…|a\s+ver|este|eh+)[\s,]*){0,3}(?:el\s+)?$",
    re.IGNORECASE,
)
_LANDLINE_DIGITS: Final = 6
# A Spanish number word as a regex fragment, for the patterns that read a number said in
# words ("ochenta y ocho", "ciento doce", "lote catorce"); "un" and "una" are left out,
# they are articles first.
NUMBER_WORD_PATTERN: Final = (
    r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
    r"quince|dieci[a-zé]+|veinte|veinti[a-zé]+|treinta|cuarenta|cincuenta|sesenta|setenta|"
    r"ochenta|noventa|cien|ciento|doscientos|trescientos|cuatrocientos|quinientos|"
    r"seiscientos|setecientos|ochocientos|novecientos|mil)"
)
_SCALES: Final = words("mil millon millones")
_MILLIONS: Final = words("millon millones")
# Papers an ID read as one cardinal belongs to, named up to two sentences before it.
_PAPERS: Final = re.compile(
    r"\b(?:dni|rut|run|ruc|cuil|cuit|documento|carn[eé]t?|c[eé]dula|pasaporte|nie)\b",
    re.IGNORECASE,
)
_PAPERS_BEFORE: Final = 120
# "doble nueve", "triple cero": one digit said two or three times.
_REPEATS: Final = {"doble": 2, "triple": 3}
NUMBER_WORDS: Final = _UNITS | _TWO_DIGITS | _HUNDREDS | {"mas"}
# "Arroba" is also a unit of weight ("una arroba de papa"): an e-mail needs a domain.
_DOMAIN_WORDS: Final = words("gmail hotmail yahoo outlook live icloud msn correo")
_DOT_WORDS: Final = words("punto")
_JOIN_WORDS: Final = words("guion guión raya bajo underscore")
# Top-level domains, and the second levels of Japan's ("docomo punto ne punto jp").
_TLDS: Final = words(
    "com pe es org net edu gob ar cl bo it jp us info co ne ac or go mx br uk ec uy py ve de fr"
)


def find_dictated_numbers(anchors: Anchors) -> list[Span]:
    """Return numbers dictated in words with seven digits or more, and the pieces of a
    number said again near one ("es novecientos ochenta y dos, cuatrocientos quince…"
    then "no, papá, es seiscientos trece")."""
    words_ = anchors.words
    norms, gaps, text = words_.norms, words_.gaps, words_.text
    spans: list[Span] = []
    found: list[tuple[int, int]] = []
    pieces: list[tuple[int, int]] = []
    after = 0
    n = len(norms)
    for i in _candidates(anchors):
        if i < after:
            continue
        if (
            "-" not in norms[i]
            and norms[i] not in _HUNDREDS
            and (
                i + 1 == n
                or not _joins(gaps[i + 1])
                or not _may_continue(norms[_past_separator(words_, i + 1)])
            )
        ):
            continue  # one number word alone ("una vez", "dos hijos") is a count
        # "9 ocho 7 ...": digits typed before the first word belong to the number.
        first = i
        while (
            first > 0
            and (_is_digit_group(norms[first - 1]) or norms[first - 1] in _REPEATS)
            and _joins(gaps[first])
        ):
            first -= 1
        read = _read_number(words_, first)
        read = read._replace(last=_with_check_digit(words_, read.last))
        read = _corrected(words_, read)
        start, end = words_.starts[first], words_.ends[read.last]
        spelled_first, spelled_last = _with_spelled_letters(words_, first, read.last)
        opening = words_.starts[spelled_first]
        registry = _REGISTRY.search(text, max(0, opening - 50), opening) is not None
        cued = (
            not read.hundreds
            or _CUE.search(text, max(0, start - 40), start)
            # A record's number read as one cardinal: "su historia es la dos mil
            # cuatrocientos cinco", "en el fotocheck: cero cero siete mil ciento veinte".
            or registry
            # A country's code said first: "más treinta y cuatro, seiscientos ochenta y siete…".
            or norms[first] == "mas"
            or _read_digitwise(norms[first : read.last + 1])
            # An ID read as one cardinal, its papers named a sentence or two before:
            # "¿Mi RUT? … Es veintiséis millones setecientos treinta mil ciento catorce".
            or (
                not _MILLIONS.isdisjoint(norms[first : read.last + 1])
                and _PAPERS.search(text, max(0, start - _PAPERS_BEFORE), start) is not None
            )
            # Or read in groups, as many digits as an ID has, its papers named a sentence
            # before: "Su DNI lo tengo porque … cuando era menor: setenta y uno, novecientos
            # cuarenta, trescientos veintiséis".
            or (
                read.digits in _ID_DIGITS
                and _PAPERS.search(text, max(0, start - _PAPERS_BEFORE), start) is not None
            )
            # Nine digits opening on a nine are a Peruvian mobile, however it is read, with
            # its first digits typed too ("el 985 cuatrocientos doce 307").
            or (
                read.digits == _MOBILE_DIGITS
                and (norms[first] in _MOBILE_FIRST or norms[first][:1] == "9")
                and _full_hundreds(norms[first : read.last + 1])
            )
        )
        # After a registry's cue four digits are enough: "número de empleado es el cero
        # cuatro siete uno ocho" (not "el número de hijos es cuatro").
        least = (
            _MIN_CUED_DIGITS
            if registry
            else _LANDLINE_DIGITS
            if _LANDLINE.search(text, max(0, start - 40), start)
            else _MIN_DIGITS
        )
        # Six digits or more read one by one are no amount, price or year: "ya: tres,
        # cero, ocho, seis, seis, dos" (the rest of a phone read after a pause).
        if read.digits >= _LANDLINE_DIGITS and all(
            norm in _UNITS for norm in norms[first : read.last + 1]
        ):
            least = min(least, _LANDLINE_DIGITS)
        counted = _counts(norms[first : read.last + 1]) and not _CUE.search(
            text, max(0, start - 40), start
        )
        if (
            read.digits >= least
            and cued
            and read.words > 0
            and not counted
            and not is_quantity_after(text, end)
        ):
            spans.append(Span(words_.starts[spelled_first], words_.ends[spelled_last], ID))
            found.append((spelled_first, spelled_last))
        elif _piece(words_, first, read) and not counted and not is_quantity_after(text, end):
            pieces.append((first, read.last))
        after = max(read.next, spelled_last + 1)
    if pieces and found:
        told = [_digits_of(norms[a : b + 1]) for a, b in found]
        spans += [
            Span(words_.starts[a], words_.ends[b], ID)
            for a, b in pieces
            if _said_again(norms[a : b + 1], told)
            and any(a - last <= _NEAR_PIECE and first - b <= _NEAR_PIECE for first, last in found)
        ]
    if "punto" in words_.vocabulary:
        spans += _dotted_groups(words_)
    return spans


def _dotted_groups(words_: Words) -> list[Span]:
    """A number read with its dots, three groups or more, each after the first opening on a
    hundred: "noventa y cuatro punto seiscientos doce punto trescientos ocho" (an Argentine
    DNI as its card writes it). "Dos punto cinco hectáreas" has one dot."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    after = 0
    for i in (k for k in range(1, n - 1) if norms[k] == "punto"):
        if i < after or norms[i - 1] not in _NUMBER_PARTS:
            continue
        first = i - 1
        while first > 0 and norms[first - 1] in _NUMBER_PARTS and gaps[first] == " ":
            first -= 1
        dots, last, k = 0, i - 1, i
        while k + 1 < n and norms[k] == "punto" and norms[k + 1] in _HUNDREDS:
            dots += 1
            last = k + 1
            while last + 1 < n and norms[last + 1] in _NUMBER_PARTS and gaps[last + 1] == " ":
                last += 1
            k = last + 1
        if dots >= 2 and norms[first] != "y" and norms[last] != "y":
            spans.append(Span(words_.starts[first], words_.ends[last], ID))
            after = last + 1
    return spans


def _said_again(piece: list[str], told: list[str]) -> bool:
    """Whether a piece read digit by digit is near a number told whole (a number begun
    and dropped, "nueve ocho cuatro… no, espere"), or a piece read in hundreds has its
    digits inside one ("seiscientos trece" of "…, seiscientos trece"): a sum read in
    hundreds near a phone ("le mando ciento cincuenta cada quincena") is no piece."""
    if _read_digitwise(piece):
        return True
    digits = _digits_of(piece)
    return bool(digits) and any(digits in number for number in told)


# A piece of a number said again: three digits or more, read in two words or more,
# digit by digit or as a full hundred ("nueve nueve uno", "seiscientos trece"), not a
# year ("mil novecientos ochenta") and within forty words of a number dictated whole.
_MIN_PIECE_DIGITS: Final = 3
_NEAR_PIECE: Final = 40


_VALUES: Final = (
    {
        word: value
        for value, word in enumerate(
            [
                "cero",
                "uno",
                "dos",
                "tres",
                "cuatro",
                "cinco",
                "seis",
                "siete",
                "ocho",
                "nueve",
                "diez",
                "once",
                "doce",
                "trece",
                "catorce",
                "quince",
                "dieciseis",
                "diecisiete",
                "dieciocho",
                "diecinueve",
                "veinte",
                "veintiuno",
                "veintidos",
                "veintitres",
                "veinticuatro",
                "veinticinco",
                "veintiseis",
                "veintisiete",
                "veintiocho",
                "veintinueve",
            ]
        )
    }
    | {"una": 1, "un": 1, "veintiun": 21}
    | {
        word: 30 + 10 * k
        for k, word in enumerate(
            ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
        )
    }
)
_HUNDRED_VALUES: Final = {
    word: 100 * (k + 1)
    for k, word in enumerate(
        [
            "ciento",
            "doscientos",
            "trescientos",
            "cuatrocientos",
            "quinientos",
            "seiscientos",
            "setecientos",
            "ochocientos",
            "novecientos",
        ]
    )
} | {"cien": 100}
_TEN: Final = 10


def _digits_of(norms: list[str]) -> str:
    """The digits of a number read out ("novecientos ochenta y dos, cuatro cinco" is
    "98245"), or "" when a word is none of a number's. Read group by group as
    `_read_number` reads them (written by hand: the library that turns Spanish number
    words into digits, text2num, reads sums, not phones read in groups or "doble nueve")."""
    out: list[str] = []
    i, n = 0, len(norms)

    def tens_and_units(k: int, value: int) -> tuple[int, int]:
        # "ochenta" [y dos]: the tens, and the units joined by "y".
        if k < n and norms[k] in _VALUES and _VALUES[norms[k]] >= _TEN:
            value += _VALUES[norms[k]]
            k += 1
            if value % _TEN == 0 and k + 1 < n and norms[k] == "y" and norms[k + 1] in _UNITS:
                value, k = value + _VALUES[norms[k + 1]], k + 2
        elif k < n and value and norms[k] in _UNITS:
            value, k = value + _VALUES[norms[k]], k + 1
        return value, k

    while i < n:
        norm = norms[i]
        if norm in _HUNDRED_VALUES:
            value, i = tens_and_units(i + 1, _HUNDRED_VALUES[norm])
            out.append(str(value))
        elif norm in _VALUES and _VALUES[norm] >= _TEN:
            value, i = tens_and_units(i, 0)
            out.append(str(value))
        elif norm in _VALUES:
            out.append(str(_VALUES[norm]))
            i += 1
        elif norm in _REPEATS and i + 1 < n and norms[i + 1] in _UNITS:
            out.append(str(_VALUES[norms[i + 1]]) * _REPEATS[norm])
            i += 2
        elif norm.isdigit() or norm == "mas":
            out.append(norm if norm != "mas" else "")
            i += 1
        else:
            return ""
    return "".join(out)


def _piece(words_: Words, first: int, read: _Reading) -> bool:
    norms = words_.norms
    piece = norms[first : read.last + 1]
    return (
        _MIN_PIECE_DIGITS <= read.digits < _MIN_DIGITS
        and (read.words >= 2 or read.hundreds)
        and (first == 0 or norms[first - 1] not in _SCALES)
        and not any(norm in _SCALES for norm in piece)
        and (_read_digitwise(piece) or _full_hundreds(piece))
    )


# "setenta y un mil": a unit before a scale word is "un".
_Y_UNITS: Final = _UNITS | words("un")
# A Chilean RUT ends on its check digit, read after "guion": "… seiscientos tres guion
# siete", "… guion ka".
_CHECK_JOINS: Final = words("guion raya")
_CHECK_DIGITS: Final = _UNITS | words("k ka")


def _with_check_digit(words_: Words, last: int) -> int:
    """The last word of a number read out, with its check digit if one follows."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if (
        last + 2 < n
        and norms[last + 1] in _CHECK_JOINS
        and norms[last + 2] in _CHECK_DIGITS
        and gaps[last + 1].strip(" ,") == gaps[last + 2].strip(" ,") == ""
        and (last + 3 == n or not _may_continue(norms[last + 3]))
    ):
        return last + 2
    return last


# A Spanish NIE is a letter, digits and a letter, spelled by their names: "i griega tres
# ocho cuatro siete uno seis dos ene". Only names no Spanish word shares ("ese", "pe" of
# "pues", "de", "e", "a" stay out).
_SPELLED_LETTERS: Final = words("be ce efe ge hache jota ka ele eme ene equis zeta erre uve ye k")


# Letters' names a number opens on that are also words, taken only before it: a
# Venezuelan "ve, veinticuatro millones…", a licence's "cu, cuatro siete…".
_LETTERS_FIRST: Final = words("ve cu")
_TYPED_LETTERS: Final = re.compile(r"[A-ZÑ]{1,3}")
# Papers named before their number are the cue, not its series: "DNI guion …" is rare,
# but "el DNI, cuatro…" is not.
_NOT_SERIES: Final = words("dni ruc rut nie nif ce ci cip dn")


def _with_spelled_letters(words_: Words, first: int, last: int) -> tuple[int, int]:
    """The first and last words of a number read out, with the letters spelled beside it."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if first >= 2 and norms[first - 1] == "griega" and norms[first - 2] == "i":
        first -= 2
    elif (
        first >= 1
        and norms[first - 1] in _SPELLED_LETTERS | _LETTERS_FIRST
        and gaps[first].strip(" ,") == ""
    ):
        first -= 1
    elif (
        first >= 2
        and norms[first - 1] in _CHECK_JOINS
        and _TYPED_LETTERS.fullmatch(words_.words[first - 2])
        and norms[first - 2] not in _NOT_SERIES
        and gaps[first].strip(" ,") == gaps[first - 1].strip(" ,") == ""
    ):
        first -= 2  # a series typed, then read on: "el CH guion cuatro ocho ocho dos uno"
    if last + 1 < n and gaps[last + 1].strip(" ,") == "":
        if norms[last + 1] in _SPELLED_LETTERS:
            last += 1
        elif last + 2 < n and norms[last + 1] == "i" and norms[last + 2] == "griega":
            last += 2
        elif (
            last + 2 < n
            and norms[last + 1] == "letra"
            and gaps[last + 2] == " "
            and norms[last + 2] in LETTER_NAMES
        ):
            last += 2  # the check letter named: "…, cuatro, dos, letra eme"
    return first, last


class _Reading(NamedTuple):
    digits: int
    hundreds: bool  # read in threes ("novecientos ochenta y siete"): a price unless cued
    words: int  # number words read (typed digit groups do not count)
    last: int  # index of the last word of the number
    next: int  # index of the first word after it


def _read_number(words_: Words, first: int) -> _Reading:
    """Read the number that starts at word ``first``: its digits and its last word."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    j, digits, hundreds, read = first + (norms[first] == "mas"), 0, False, 0
    last = first
    while j < n and (j == first or _joins(gaps[j])):
        if j > first:
            j = _past_separator(words_, _past_connector(words_, j))
        norm = norms[j]
        if norm in _HUNDREDS:
            digits, hundreds = digits + 3, True
            j = _rest_of_hundred(words_, j)
        elif norm in _UNITS:
            digits += 1
        elif norm in _TWO_DIGITS:
            digits += 2
            if (
                j + 2 < n
                and norm in _TENS
                and norms[j + 1] == "y"
                and norms[j + 2] in _Y_UNITS
                and gaps[j + 1] == gaps[j + 2] == " "
            ):
                j += 2  # "cuarenta y ocho" is two digits, not three
        elif norm in _SCALES and j > first:
            # "cuarenta y cinco millones seiscientos...": a DNI read as one number is
            # read like a price, so it needs a cue too.
            hundreds = True
            read -= 1
        elif _is_digit_group(norm) or (
            read > 0 and _is_typed_block(norm, norms[j - 1] if j > first else "")
        ):
            digits += len(norm)
            read -= 1
        elif norm in _REPEATS and j + 1 < n and norms[j + 1] in _UNITS and gaps[j + 1] == " ":
            digits += _REPEATS[norm]  # "nueve doble nueve": the digit said twice
            j += 1
        elif "-" in norm and (joined := _joined_digits(norm)):
            digits += joined  # "nueve-ocho-siete-seis..." typed as one word
        else:
            break
        read += 1
        last = j
        j += 1
    return _Reading(digits, hundreds, read, last, j)


def _corrected(words_: Words, read: _Reading) -> _Reading:
    """The reading with the part said again after a correction, when one follows it:
    "nueve, ochenta y siete, cuarenta y dos... no, perdón, cuarenta y tres, diez…", "…
    treinta y... no, no, espere, me equivoqué... nueve cuatro ocho, setenta…". Both parts
    and the words between are the number; its digits are counted together."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if read.words < 1 or read.hundreds:
        return read
    j = read.last + 1
    said = False
    while j < n and j - read.last <= _MAX_CORRECTION and norms[j] in _CORRECTING:
        if j > read.last + 1 and not _joins(gaps[j]):
            return read
        said |= norms[j] in _CORRECTION_CUES
        j += 1
    if not said or j >= n or not _joins(gaps[j]) or norms[j] not in _UNITS | _TWO_DIGITS:
        return read
    again = _read_number(words_, j)
    if again.words < 2:
        return read
    return _Reading(
        read.digits + again.digits, again.hundreds, read.words + again.words, again.last, again.next
    )


_MAX_CORRECTION: Final = 7
# Words that correct a number being read: "no, perdón", "no, no, espere, me equivoqué",
# "mejor dicho", "corrijo". One of `_CORRECTION_CUES` must be said.
_CORRECTION_CUES: Final = words(
    "no perdon perdone disculpe disculpa espere espera equivoque equivoco corrijo dicho sorry"
)
_CORRECTING: Final = _CORRECTION_CUES | words("y me mejor o sea a ver eh este digo es era")

_FILLERS: Final = frozenset({"eh", "ehh", "em", "emm", "mm", "este"})
# Words that carry a number dictated in pieces on after a pause: "nueve nueve ocho...
# después cuatro cero tres... y al final dos seis uno".
_CONNECTORS: Final = (
    ("y", "al", "final"),
    ("y", "despues"),
    ("y", "luego"),
    ("al", "final"),
    ("despues",),
    ("luego",),
    ("y",),
)


# A separator read out between groups: "ocho, guion, cero cero cuatro siete, guion, …",
# "veintiocho, barra, cuarenta y uno…", "noventa y cinco, punto, cero treinta y dos…".
# "Punto" alone between two words is a decimal ("dos punto cinco"): it takes seven digits
# like any number read out, so a decimal is never one.
_SAID_SEPARATORS: Final = words("guion raya barra slash punto")


def _past_separator(words_: Words, j: int) -> int:
    """Index of the number word after a separator read out at ``j``, else ``j``."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if norms[j] not in _SAID_SEPARATORS or j + 1 >= n or not _joins(gaps[j + 1]):
        return j
    after = norms[j + 1]
    if after in _UNITS or after in _TWO_DIGITS or after in _HUNDREDS or _is_digit_group(after):
        return j + 1
    return j


def _past_connector(words_: Words, j: int) -> int:
    """Index of the number word after a connector said after a pause at ``j``, else ``j``."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if gaps[j].strip(" ,") not in ("...", "…"):
        return j
    # A filler said in the pause: "dos, cero, cuatro... eh... nueve, uno, cinco".
    if (
        norms[j] in _FILLERS
        and j + 1 < n
        and _joins(gaps[j + 1])
        and (norms[j + 1] in _UNITS or norms[j + 1] in _TWO_DIGITS or norms[j + 1] in _HUNDREDS)
    ):
        return j + 1
    for phrase in _CONNECTORS:
        k = j + len(phrase)
        said = k < n and tuple(norms[j:k]) == phrase and all(g == " " for g in gaps[j + 1 : k + 1])
        if said and (norms[k] in _UNITS or norms[k] in _TWO_DIGITS or norms[k] in _HUNDREDS):
            return k
    return j


_UNIT_VALUES: Final = {
    word: value
    for value, word in enumerate(
        ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")
    )
}


def _read_digitwise(norms: list[str]) -> bool:
    """Whether a number read in threes also reads a zero or two digits one by one
    ("nueve cuatro tres, cero cincuenta y uno, ochocientos diecinueve"): a phone read
    in groups, never a price ("dos mil trescientos cincuenta")."""
    return "cero" in norms or any(a in _UNITS and b in _UNITS for a, b in pairwise(norms))


def _full_hundreds(norms: list[str]) -> bool:
    """Whether each hundred read goes on with its tens or units, as each group of a
    phone does ("novecientos ochenta y siete, seiscientos cincuenta…"); round hundreds
    in a row are prices ("novecientos ochenta, seiscientos, quinientos")."""
    return (
        all(
            b not in _HUNDREDS and b not in _SCALES
            for a, b in pairwise([*norms, ""])
            if a in _HUNDREDS
        )
        and norms[-1] not in _HUNDREDS
    )


def _counts(norms: list[str]) -> bool:
    """Whether the words count ("uno, dos, tres, cuatro…"), as no one's number runs."""
    values = [_UNIT_VALUES.get(norm, -1) for norm in norms if norm != "y"]
    steps = {b - a for a, b in pairwise(values)}
    # Counting down ("nueve, ocho, siete…") is how a 987 654 321 is read: not excluded.
    return -1 not in values and steps == {1}


def _candidates(anchors: Anchors) -> list[int]:
    """Words that may open a dictated number: a number word, or a word joined by
    hyphens whose inner parts are number words ("nueve-ocho-siete")."""
    found = anchors.of(NUMBER_WORDS)
    inner = [pos for pos, norm in anchors.inner if norm in NUMBER_WORDS]
    if not inner:
        return found
    starts = anchors.words.starts
    joined = {bisect_right(starts, pos) - 1 for pos in inner}
    return sorted(joined.union(found))


def _may_continue(norm: str) -> bool:
    # "veinticuatro millones …": a scale word goes on with the number.
    return (
        norm in NUMBER_WORDS
        or norm in _SCALES
        or norm in _REPEATS
        or norm == "y"
        or norm.isdigit()
        or "-" in norm
    )


def _joins(gap: str) -> bool:
    # Groups read out are written apart with spaces, commas, hyphens or an ellipsis
    # ("nueve... ocho siete..."), never a full stop.
    # A semicolon too, as a number is punctuated read in pairs: "cuatro; treinta y seis".
    return gap.strip(" ,;-/–") == "" or gap.strip(" ,") in ("...", "…")


# A block of four typed after words read out: "más 56 nueve 6148 2075". A year there is
# taken only after another block ("nueve 6148 2015"), not after a word ("tres 2015").
_TYPED_BLOCK: Final = 4
_YEAR_LIKE: Final = re.compile(r"(?:19\d\d|20[0-3]\d)")


def _is_typed_block(norm: str, before: str) -> bool:
    return (
        len(norm) == _TYPED_BLOCK
        and norm.isdigit()
        and (
            _YEAR_LIKE.fullmatch(norm) is None or (len(before) == _TYPED_BLOCK and before.isdigit())
        )
    )


def _is_digit_group(norm: str) -> bool:
    # Digits typed between words read out: "nueve ocho 7 seis". Three at most, so a
    # typed number beside a word ("uno 987654321") is left to the digit recognizers.
    return len(norm) <= _MAX_TYPED_GROUP and norm.isdigit()


def _joined_digits(norm: str) -> int:
    """Digits of a number read out in words joined by hyphens, or 0 if it is not one."""
    digits = 0
    for part in norm.split("-"):
        if part in _UNITS:
            digits += 1
        elif part in _TWO_DIGITS:
            digits += 2
        elif part.isdigit() and len(part) <= _MAX_TYPED_GROUP:
            digits += len(part)
        else:
            return 0
    return digits


def _rest_of_hundred(words_: Words, j: int) -> int:
    """Last word of the group a hundreds word opens: "novecientos ochenta y siete"."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    k = j + 1
    if k < n and gaps[k] == " " and norms[k] in _TWO_DIGITS:
        if norms[k] in _TENS and k + 2 < n and norms[k + 1] == "y" and norms[k + 2] in _Y_UNITS:
            return k + 2
        return k
    if k < n and gaps[k] == " " and norms[k] in _UNITS and norms[k] != "una":
        return k
    return j


def find_dictated_emails(words_: Words) -> list[Span]:
    """Return e-mails dictated with "arroba" ("killa punto taipe arroba gmail punto com")."""
    if "arroba" not in words_.vocabulary:
        return []
    norms, n = words_.norms, len(words_.norms)
    spans: list[Span] = []
    for at in (i for i, norm in enumerate(norms) if norm == "arroba"):
        if at == 0 or at + 1 >= n:
            continue
        domain = at + 1
        corrected = _corrected_domain(words_, at + 2)
        if corrected is not None:
            domain = corrected  # "arroba hotmail... no, outlook punto com"
        elif not _is_domain(words_, domain):
            # A domain of two words: "arroba muni manta punto gob punto pe".
            domain = at + 2
            if (
                domain >= n
                or words_.gaps[domain] != " "
                or norms[at + 1] in SENTENCE_WORDS
                or not _is_domain(words_, domain)
            ):
                continue
        lo = _dictation_start(words_, min(_local_start(words_, at), _after_introducer(words_, at)))
        hi = _domain_end(words_, domain)
        corrected = _corrected_domain(words_, hi + 1)
        if corrected is not None:
            hi = _domain_end(words_, corrected)  # "… hotmail punto com... no, gmail punto com"
        spans.append(Span(words_.starts[lo], words_.ends[hi], CORREO))
        again = _restated(words_, hi)
        if again is not None:
            spans.append(Span(words_.starts[again[0]], words_.ends[again[1]], CORREO))
    return spans


# "…arroba gmail punto com, o sea luzmila con zeta, punto, cero tres": the local part
# said again after the address, to make it clear.
_RESTATING: Final = (("o", "sea"), ("es", "decir"))
_MAX_RESTATED: Final = 10


def _restated(words_: Words, hi: int) -> tuple[int, int] | None:
    """First and last word of an address's local part said again right after the
    address that ends at word ``hi`` ("…, o sea daniel punto acuna."), if it is. It runs to
    the end of its sentence; after a comma only the pieces of a spelling go on ("…, punto,
    cero tres"; not "…, sin la e"). It needs a dot or a join said in it, or "con" and a
    letter ("luzmila con zeta")."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    k = hi + 1
    if k + 2 >= n or any(ch in gaps[k] for ch in "?!;:\n") or gaps[k].strip(" ,.…") != "":
        return None
    if "." in gaps[k].replace("...", "") or (norms[k], norms[k + 1]) not in _RESTATING:
        return None
    first = k + 2
    if gaps[first].strip(" ,") != "" or norms[first] in SENTENCE_WORDS:
        return None
    last = first
    spelled = False
    for j in range(first + 1, min(n, first + _MAX_RESTATED)):
        gap = gaps[j]
        if gap.strip(" ,") != "":
            break
        if "," in gap and norms[j] not in _SPELLING:
            break
        if norms[j] == "con" and j + 1 < n and norms[j + 1] in LETTER_NAMES:
            spelled = True
        elif norms[j] in SENTENCE_WORDS and norms[j] not in _SPELLING and norms[j - 1] != "con":
            break
        spelled |= norms[j] in _DOT_WORDS or norms[j] in _JOIN_WORDS
        last = j
    return (first, last) if spelled else None


# What introduces an address dictated in pieces, the last of its words before the local
# part: "mi correo por si acaso es", "mi correo para la tesis:", "a mi correo. Es...",
# and, with no "es" or colon near, a comma: "el correo,", "le di el de mi hija,". A filler
# after it is not the address ("a su correo, a ver...").
_INTRO_HEAD: Final = r"\b(?:correo|e-?mail|mail|imeil)"
_INTRO_TAIL: Final = (
    r"(?:[ \t]*(?:\.\.\.|…|,))*(?:[ \t]*(?:a[ \t]+ver|este|eh+)(?:[ \t]*(?:\.\.\.|…|,))*)?[ \t]*"
)
_INTRODUCER: Final = re.compile(
    rf"{_INTRO_HEAD}(?:[^.?!\n]{{0,45}}?(?:\bes\b|:)|\.[ \t]+[Ee]s\b){_INTRO_TAIL}",
    re.IGNORECASE,
)
_INTRODUCER_BY_COMMA: Final = re.compile(
    rf"{_INTRO_HEAD}[^.?!\n:]{{0,30}}?,{_INTRO_TAIL}", re.IGNORECASE
)
_INTRODUCED_REACH: Final = 110


def _after_introducer(words_: Words, at: int) -> int:
    """First word after what introduced the e-mail whose "arroba" is at ``at``, when that
    is near and no sentence ends between ("…, mi correo por si acaso es rudy, ere u de i
    griega, punto, ccollpa, arroba …"); else ``at``. The pieces between are the address
    spelled, named, joined and numbered in any order."""
    text, starts = words_.text, words_.starts
    lo_char = max(0, starts[at] - _INTRODUCED_REACH)
    last = None
    for m in _INTRODUCER.finditer(text, lo_char, starts[at]):
        last = m
    if last is None:
        for m in _INTRODUCER_BY_COMMA.finditer(text, lo_char, starts[at]):
            last = m
    if last is None:
        return at
    between = text[last.end() : starts[at]]
    if any(stop in between.replace("...", "").replace("…", "") for stop in ".?!\n:;"):
        return at
    first = bisect_right(starts, last.end() - 1)
    return first if first < at else at


def _corrected_domain(words_: Words, k: int) -> int | None:
    """The first word of a domain said again after "no" right after a pause at word
    ``k`` ("hotmail... no, outlook punto com"), if one is."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if k + 1 >= n or norms[k] != "no" or not gaps[k].strip(" ").startswith((",", "...", "…")):
        return None
    first = k + 1
    if gaps[first].strip(" ,") != "" or not _is_domain(words_, first):
        return None
    return first


def _is_domain(words_: Words, i: int) -> bool:
    norms, n = words_.norms, len(words_.norms)
    if norms[i] in _DOMAIN_WORDS or "." in norms[i]:
        return True
    nxt = i + 1
    return nxt < n and (
        (norms[nxt] in _DOT_WORDS and nxt + 1 < n and norms[nxt + 1] in _TLDS)
        or (words_.gaps[nxt] == "." and norms[nxt] in _TLDS)
        # The top-level domain spelled: "orange punto efe erre".
        or (norms[nxt] in _DOT_WORDS and nxt + 1 < n and _spelled_tld(words_, nxt + 1) > 0)
    )


def _local_start(words_: Words, at: int) -> int:
    """First word of the local part before "arroba": words joined by "punto", "guion"
    or "guion bajo", or by a typed dot, underscore or dash, and numbers read out
    ("rosmery guion bajo huaman ochenta y nueve arroba ...")."""
    norms, gaps = words_.norms, words_.gaps
    lo = at - 1
    while lo > 0:
        gap = gaps[lo].strip(" ")
        if gap in (".", "_", "-") and gaps[lo] in (".", "_", "-"):
            lo -= 1
        elif gap == "" and norms[lo - 1] in _DOT_WORDS | _JOIN_WORDS and lo >= 2:
            # A pause may come before the join: "anyelo, guion bajo, rojas".
            k = lo - 1
            while k > 0 and norms[k] in _DOT_WORDS | _JOIN_WORDS and gaps[k].strip(" ,") == "":
                k -= 1
            if gaps[k + 1].strip(" ,") != "" or norms[k] in _DOT_WORDS | _JOIN_WORDS:
                break
            lo = k
        elif gaps[lo] == " " and (norms[lo] in _NUMBER_PARTS or norms[lo].isdigit()):
            lo -= 1  # a number read out belongs to the local part, with the word before it
        elif gaps[lo] == " " and norms[lo] in LETTER_NAMES and norms[lo - 1] in LETTER_NAMES:
            lo -= 1  # spelled letter by letter: "ele u ce hache o guion bajo …"
        elif (
            gaps[lo] == " "
            and _CONSONANTS.fullmatch(norms[lo])
            and (norms[lo - 1] in _DOT_WORDS | _JOIN_WORDS or _CONSONANTS.fullmatch(norms[lo - 1]))
        ):
            lo -= 1  # initials said as they are written: "hatun sonqo punto dd hh arroba"
        elif gaps[lo].strip(" ") == "," and norms[lo] in _SPELLING and norms[lo - 1] in _SPELLING:
            lo -= 1  # spelled with a pause after each: "erre, u, te, punto, eme, …"
        elif (
            gaps[lo].strip(" ") == ","
            and norms[lo] in _NUMBER_PARTS
            and lo >= 3
            and norms[lo - 2] in _DOT_WORDS | _JOIN_WORDS
        ):
            lo -= 1  # a number after a joined piece: "yoselin guion bajo ticlla, dos mil seis"
        elif (
            gaps[lo].strip(" ") in ("...", "…")
            and lo >= 3
            and all(norms[k] in LETTER_NAMES for k in range(lo - 3, lo))
        ):
            lo -= 1  # spelled first, then said: "ye, o, ese, e, ele, i, ene... yoselin …"
        elif gaps[lo].strip(" ") == "," and (
            norms[lo] in _DOT_WORDS | _JOIN_WORDS or norms[lo - 1] in _DOT_WORDS | _JOIN_WORDS
        ):
            lo -= 1  # a pause after each piece: "mariasol, guion, ccanto, arroba, …"
        elif (
            gaps[lo].strip(" ") == ","
            and lo >= 3
            and all(norms[k] in LETTER_NAMES for k in range(lo - 3, lo))
        ):
            lo -= 1  # the word spelled first: "eme a ere i ese o ele, mariasol, …"
        elif (
            gaps[lo].strip(" ") == ","
            and norms[lo] in _LETTER_OF
            and len(norms[lo - 1]) > 1
            and _spelled_word(norms, lo, at) == norms[lo - 1]
        ):
            lo -= 1  # the word said, then spelled: "mtaipe, eme te a i pe e, arroba …"
        else:
            break
    # An initial spelled by its letter's name before a word: "erre chuquimantari arroba".
    if lo >= 1 and gaps[lo] == " " and norms[lo - 1] in _INITIALS:
        lo -= 1
    # How to write it, said between the local part and "arroba": "qucha manta turismo,
    # todo junto, arroba …".
    if lo >= 3 and norms[lo] in _TOGETHER and norms[lo - 1] == "todo" and "," in gaps[lo - 1]:
        lo -= 2
    # "escriban a tarpuy wasi punto hvca arroba …, todo pegado", "el correo es monte sion
    # ccollpa guion bajo iglesia arroba …": a local part dictated as up to three loose
    # words, right after the word that introduces the address.
    for back in range(1, _LOOSE_WORDS + 1):
        if lo - back < 1 or gaps[lo - back + 1] != " ":
            break
        word = lo - back
        if (
            norms[word] in _ADDRESS_CUES
            or norms[word] in SENTENCE_WORDS
            or not words_.words[word].islower()
        ):
            break
        if norms[word - 1] in _ADDRESS_CUES:
            return word
    return lo


def _dictation_start(words_: Words, lo: int) -> int:
    """First word of an address dictated with how to spell it, when the local part
    found from "arroba" (``lo``) is the end of it: "Es bráyan, pero con be de burro y
    con i griega, no con i latina, b, r, y, a, n, guion bajo, …", "escriba: yeny, con i
    griega al final, punto, sulca, ese de sapo, u, ele, …". The words walked back over
    are letters, their names, numbers, joins and the words that tell how to write them;
    the name said first opens it, right after "es", "escriba:" or a sentence's start."""
    norms, gaps, tokens = words_.norms, words_.gaps, words_.words
    k, start, told = lo - 1, lo, False
    while k >= 0 and lo - k <= _MAX_DICTATION and not _ends_sentence(gaps[k + 1]):
        norm = norms[k]
        if k >= 2 and norms[k - 1] == "de" and norms[k - 2] in LETTER_NAMES:
            told, k = True, k - 2  # "be de burro", "ese de sapo"
            start = k
        elif norm in _SPELLING or norm in _HOW_TO_WRITE or _LONE_LETTER.fullmatch(norm):
            told |= norm in _TOLD_WORDS or (norm == "con" and norms[k + 1] in LETTER_NAMES)
            start = k
        elif tokens[k].islower() and norm not in SENTENCE_WORDS:
            if k == 0 or _ends_sentence(gaps[k]) or norms[k - 1] in _DICTATION_OPENERS:
                start = k  # the name said first: "yeny, con i griega al final, …"
                break
            # A name said in the middle, after a join, said twice or after a pause:
            # "katy, punto, huarcaya, huarcaya con hache al inicio".
            if not (norms[k - 1] in _SPELLING or norms[k - 1] == norm or "..." in gaps[k]):
                break
            start = k
        else:
            break
        k -= 1
    if not told:
        return lo
    while start < lo and norms[start] in _DICTATION_OPENERS | _HOW_TO_WRITE - _TOLD_WORDS:
        start += 1  # "Sí, es... ka, a, te, …" opens on "ka"
    return start


_MAX_DICTATION: Final = 30
_LONE_LETTER: Final = re.compile(r"[a-zñ]")
# Words that say how an address is written, and those of them that show it is spelled.
_HOW_TO_WRITE: Final = words(
    "con sin al final inicio principio griega latina doble tilde acento letra minuscula "
    "minusculas mayuscula mayusculas junto todo pero no y de la el como despues luego primero"
)
_TOLD_WORDS: Final = words("griega latina tilde minuscula minusculas mayuscula mayusculas")
_DICTATION_OPENERS: Final = words("es era si escriba escribe anote anota apunte apunta asi")


def _ends_sentence(gap: str) -> bool:
    return any(ch in gap.replace("...", "").replace("…", "") for ch in ".?!:\n/")


def _spelled_word(norms: list[str], first: int, end: int) -> str:
    """The letters spelled by their names from word ``first`` up to word ``end``
    ("eme te a i pe e" is "mtaipe"), up to the first word that is no letter's name."""
    letters = []
    for k in range(first, end):
        letter = _LETTER_OF.get(norms[k])
        if letter is None:
            break
        letters.append(letter)
    return "".join(letters)


_LOOSE_WORDS: Final = 3
# Initials with no vowel, said as written in an address: "dd hh", "jr".
_CONSONANTS: Final = re.compile(r"[b-df-hj-np-tv-z]{2,4}")


# The letters by their Spanish names, as a name is spelled out for an e-mail.
LETTER_NAMES: Final = words(
    "a be ce de e efe ge hache i jota ka ele eme ene eñe o pe cu ere erre ese te u uve ve "
    "doble equis ye zeta"
)
# Words a dictated address follows: "escribir a", "el correo es", "correo:".
_ADDRESS_CUES: Final = words(
    "a es era correo email mail gmail escriban escribir escribe anote anota apunte apunta dicto"
)
_TOGETHER: Final = words("junto juntito pegado pegadito seguido")
# Letters' names no Spanish word shares, that spell an initial.
_INITIALS: Final = words("be ce efe ge hache jota ka ele eme ene eñe cu erre uve equis zeta")
_NUMBER_PARTS: Final = _UNITS | _TWO_DIGITS | _HUNDREDS | words("y mil")
_SPELLING: Final = LETTER_NAMES | _DOT_WORDS | _JOIN_WORDS | _NUMBER_PARTS


def _domain_end(words_: Words, i: int) -> int:
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    hi = i
    while hi + 1 < n:
        if gaps[hi + 1] == "." and norms[hi + 1] in _TLDS:
            hi += 1
        elif (
            hi + 2 < n
            and norms[hi + 1] in _DOT_WORDS
            # Dictated with a pause after each piece too: "hotmail, punto, com".
            and gaps[hi + 1].strip(" ,") == ""
            and gaps[hi + 2].strip(" ,") == ""
            and norms[hi + 2] in _TLDS
        ):
            hi += 2
        elif (
            hi + 2 < n and norms[hi + 1] in _DOT_WORDS and (spelled := _spelled_tld(words_, hi + 2))
        ):
            hi = spelled  # the domain spelled too: "outlook, punto, e, ese"
        else:
            break
    return hi


# A letter's Spanish name and the letter it spells.
_LETTER_OF: Final = {
    "a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "efe": "f", "ge": "g", "hache": "h",
    "i": "i", "jota": "j", "ka": "k", "ele": "l", "eme": "m", "ene": "n", "o": "o", "pe": "p",
    "cu": "q", "ere": "r", "erre": "r", "ese": "s", "te": "t", "u": "u", "uve": "v", "ve": "v",
    "equis": "x", "ye": "y", "zeta": "z",
}  # fmt: skip
_LONGEST_TLD: Final = 3


def _spelled_tld(words_: Words, first: int) -> int:
    """Last word of a top-level domain spelled by its letters' names from ``first``
    ("e, ese" is "es", "pe, e" is "pe"), or 0 when none is."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    letters, last = "", 0
    for k in range(first, min(n, first + _LONGEST_TLD)):
        if norms[k] not in _LETTER_OF or gaps[k].strip(" ,") != "":
            break
        letters += _LETTER_OF[norms[k]]
        if letters in _TLDS:
            last = k
    return last
