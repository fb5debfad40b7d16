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
from typing import Final

from privacy.lexicon import words
from privacy.normalize import Words
from privacy.recognizers import CORREO, ID, Span
from privacy.triggers import Anchors

_UNITS: Final = words("cero uno una dos tres cuatro cinco seis siete ocho nueve")
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
    r"(?:n[uú]mero|cel\w*|tel[eé]fono|fono|whats\w*|dni|documento|carn[eé]t?|ruc|anot\w*|"
    r"marc\w*|llam\w*|m[oó]vil)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_MIN_DIGITS: Final = 7
NUMBER_WORDS: Final = _UNITS | _TWO_DIGITS | _HUNDREDS | {"mas"}
# "Arroba" is also a unit of weight ("una arroba de papa"): an e-mail needs a domain.
_DOMAIN_WORDS: Final = words("gmail hotmail yahoo outlook live icloud msn correo")
_DOT_WORDS: Final = words("punto")
_JOIN_WORDS: Final = words("guion guión raya bajo")
_TLDS: Final = words("com pe es org net edu gob ar cl bo it jp us info")


def find_dictated_numbers(anchors: Anchors) -> list[Span]:
    """Return numbers dictated in words with seven digits or more."""
    words_ = anchors.words
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    after = 0
    for i in anchors.of(NUMBER_WORDS):
        if i < after:
            continue
        j, digits, hundreds = i + (norms[i] == "mas"), 0, False
        last = i
        while j < n and (j == i or gaps[j].strip(" ,-") == ""):
            if norms[j] in _HUNDREDS:
                digits, hundreds = digits + 3, True
                j = _rest_of_hundred(words_, j)
            elif norms[j] in _UNITS:
                digits += 1
            elif norms[j] in _TWO_DIGITS:
                digits += 2
                if (
                    j + 2 < n
                    and norms[j] in _TENS
                    and norms[j + 1] == "y"
                    and norms[j + 2] in _UNITS
                    and gaps[j + 1] == gaps[j + 2] == " "
                ):
                    j += 2  # "cuarenta y ocho" is two digits, not three
            else:
                break
            last = j
            j += 1
        cued = not hundreds or _CUE.search(
            words_.text, max(0, words_.starts[i] - 40), words_.starts[i]
        )
        if digits >= _MIN_DIGITS and cued:
            spans.append(Span(words_.starts[i], words_.ends[last], ID))
        after = j
    return spans


def _rest_of_hundred(words_: Words, j: int) -> int:
    """Last word of the group a hundreds word opens: "novecientos ochenta y siete"."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    k = j + 1
    if k < n and gaps[k] == " " and norms[k] in _TWO_DIGITS:
        if norms[k] in _TENS and k + 2 < n and norms[k + 1] == "y" and norms[k + 2] in _UNITS:
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
        if at == 0 or at + 1 >= n or not _is_domain(words_, at + 1):
            continue
        lo = _local_start(words_, at)
        hi = _domain_end(words_, at + 1)
        spans.append(Span(words_.starts[lo], words_.ends[hi], CORREO))
    return spans


def _is_domain(words_: Words, i: int) -> bool:
    norms, n = words_.norms, len(words_.norms)
    if norms[i] in _DOMAIN_WORDS or "." in norms[i]:
        return True
    nxt = i + 1
    return nxt < n and (
        (norms[nxt] in _DOT_WORDS and nxt + 1 < n and norms[nxt + 1] in _TLDS)
        or (words_.gaps[nxt] == "." and norms[nxt] in _TLDS)
    )


def _local_start(words_: Words, at: int) -> int:
    """First word of the local part before "arroba": words joined by "punto", "guion"
    or "guion bajo", or by a typed dot, underscore or dash."""
    norms, gaps = words_.norms, words_.gaps
    lo = at - 1
    while lo > 0:
        gap = gaps[lo].strip(" ")
        if gap in (".", "_", "-") and gaps[lo] in (".", "_", "-"):
            lo -= 1
        elif gap == "" and norms[lo - 1] in _DOT_WORDS | _JOIN_WORDS and lo >= 2:
            k = lo - 1
            while k > 0 and norms[k] in _DOT_WORDS | _JOIN_WORDS and gaps[k].strip(" ") == "":
                k -= 1
            if gaps[k + 1].strip(" ") != "" or norms[k] in _DOT_WORDS | _JOIN_WORDS:
                break
            lo = k
        else:
            break
    # "rosita noventa y dos arroba ...": a number read out belongs to the local part.
    while lo > 0 and gaps[lo] == " " and norms[lo] in _NUMBER_PARTS:
        lo -= 1
    return lo


_NUMBER_PARTS: Final = _UNITS | _TWO_DIGITS | words("y")


def _domain_end(words_: Words, i: int) -> int:
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    hi = i
    while hi + 1 < n:
        if gaps[hi + 1] == "." and norms[hi + 1] in _TLDS:
            hi += 1
        elif (
            hi + 2 < n
            and norms[hi + 1] in _DOT_WORDS
            and gaps[hi + 1].strip() == ""
            and norms[hi + 2] in _TLDS
        ):
            hi += 2
        else:
            break
    return hi
