"""Identity numbers said again, or a relative's, in the same answer.

A number finder needs a cue near a number written in groups ("45 190 736" may be money),
but once an answer has given one ID the speaker often gives another, or the same in
another shape, far from the cue: "El mío es 41728305, el de mi esposa... espere, acá lo
tengo apuntado... 45 190 736". Such a number, with as many digits as an ID already found
in the answer and no money, unit or quantity beside it, is an ID too.

A number dictated haltingly is found in pieces: "dos, cero, cuatro... eh... nueve, uno,
cinco, tres", "nueve ocho uno, tres tres cero, cero cuarenta y siete... no, cero cuarenta
y dos". Two pieces with only a pause, a filler or a correction between them are one
number: the words between go with them, so no piece of it is left between placeholders.
Nor is a group of digits typed one space away from a number found, or the letter that
opens or closes it: "A 214 587 309" (a US resident card), "R4827 6103" (a visa), "Y 2836410
H" (a Spanish NIE). The last digits of a number are told too, and they are the part that
identifies: "un social que no era mío, terminaba en 0417", "la tarjeta termina en 4 6 1 8".

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from privacy.literals import match_at_folded_keys, match_at_numbers
from privacy.numbers import is_quantity_after
from privacy.recognizers import CE, DNI, ID, RUC, TELEFONO, Span, is_amount, is_public_number
from privacy.spoken import NUMBER_WORD_PATTERN

_IDS: Final = frozenset({DNI, CE, RUC, ID})
# Digits in groups of one to four, spaced or dotted: "45 190 736", "93.664.281".
_GROUPED: Final = re.compile(r"(?<![\w.,/\-])\d{1,4}(?:[ .]\d{1,4}){1,3}(?![\w/\-]|[.,]\d)")
_SHORTEST: Final = 7
_NUMBERS: Final = _IDS | {TELEFONO}
# Between two pieces of one number: pauses, fillers and a correction, nothing else.
_BETWEEN_PIECES: Final = re.compile(
    r"(?:[\s.,;:…¿?¡!]|\b(?:eh+|em+|este|a\s+ver|no|perd[oó]n|mejor\s+dicho|o\s+sea|digo|"
    r"espera|espere|s[ií]|guion|gui[oó]n|raya)\b)*",
    re.IGNORECASE,
)
# A dash said between two groups joins them too: "tres ocho cuatro siete, guion, dos cero…".
_PAUSE_OR_FILLER: Final = re.compile(
    r"\.\.\.|…|\b(?:eh+|em+|este|a\s+ver|no|perd[oó]n|guion|gui[oó]n|raya)\b", re.I
)
_LONGEST_BETWEEN: Final = 30
# Groups of digits one space before or after a number, and a capital opening them.
_GROUPS_BEFORE: Final = re.compile(r"(?<![\w.,/\-])(?:[A-Z] (?:\d{1,4} )*|(?:\d{1,4} )+)$")
# A closing letter only where the phrase stops, so a capital "Y" that goes on is a word.
_GROUPS_AFTER: Final = re.compile(r"(?: \d{2,4})*(?: [A-Z](?=[,.;:)?!\n]|$))?(?![\w/\-]|[.,]\d)")
# "termina en 0417" after a paper, a card or a number named in the 120 characters before.
_ENDS_IN: Final = re.compile(
    r"\b(?:termina|terminaba|acaba|acababa)\s+en\s+(\d(?: ?\d){2,3})(?![\w.,]\d|\s*(?:%|por))",
    re.IGNORECASE,
)
_NUMBER_OF: Final = re.compile(
    r"\b(?:social|seguro|security|ssn|itin|tarjeta|cuenta|n[uú]mero|dni|carn[eé]t?|documento|"
    r"celular|tel[eé]fono|pasaporte|c[eé]dula)\b",
    re.IGNORECASE,
)
_ENDS_IN_REACH: Final = 120
# Where an _ENDS_IN may open: it is tried there only ("terminan el colegio" is in most
# answers, and the whole scan tried the pattern at every character).
_ENDS_IN_KEYS: Final = ("termina", "acaba")
_YEAR: Final = re.compile(r" (?:19|20)\d\d$")
# The start of a number told after its cue, then left for a pause or a search: "su número
# es nueve cuatro dos, eso primero, después cinco uno ocho…", "mi cel es 987 20... no, me
# equivoqué". Digits read one by one are never a count or a price; digit groups are a
# number's start only when a pause cuts them.
_DIGIT_WORD: Final = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d(?!\d))"
_ONE_BY_ONE: Final = rf"{_DIGIT_WORD}(?:[ \t]*,?[ \t]+{_DIGIT_WORD}){{2,}}\b"
_CUED_START: Final = re.compile(
    r"\b(?P<cue>n[uú]mero|celular|cel|tel[eé]fono|telf|fono|whatsapp|wasap|dni|rut|carn[eé]t?)"
    r"\b(?:[ \t]+(?:es|era|de[ \t]+(?:ella|[eé]l)|dice))?[ \t]*[:,]?[ \t]*"
    # A pause to look for it: "su numero es... a ver... nueve siete cuatro".
    r"(?:(?:\.\.\.|…|a[ \t]+ver|este|eh+)[ \t]*,?[ \t]*){0,4}(?:el[ \t]+)?"
    rf"(?P<piece>{_ONE_BY_ONE}|\d{{3}}(?:[ \t]\d{{1,3}})?(?=[ \t]*(?:\.\.\.|…)))",
    re.IGNORECASE,
)
# A check digit said after the number and a dash: "…ochenta y dos, guion nueve", "guion
# ka".
_CHECK_SAID: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:guion|gui[oó]n|raya)[ \t]*,?[ \t]+"
    r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|ka|k|\d)\b",
    re.IGNORECASE,
)
# A number's last group corrected right after it: "…dos cero seis... no, dos sesenta".
_NUMBER_WORD: Final = rf"(?:{NUMBER_WORD_PATTERN}|\d{{1,4}})"
_CORRECTED_AFTER: Final = re.compile(
    r"[ \t]*(?:\.\.\.|…)?[ \t]*,?[ \t]*no[ \t]*,?[ \t]+"
    rf"{_NUMBER_WORD}(?:[ \t]+(?:y[ \t]+)?{_NUMBER_WORD}){{0,2}}\b",
    re.IGNORECASE,
)
_CUED_KEYS: Final = ("mero", "cel", "tel", "fono", "whats", "wasap", "dni", "rut", "carn")
# More digits read one by one soon after such a start belong to the same number.
_MORE_ONE_BY_ONE: Final = re.compile(_ONE_BY_ONE, re.IGNORECASE)
_MORE_REACH: Final = 60
_LONGEST_RUN: Final = 120
_ID_CUES: Final = frozenset({"dni", "rut", "carne", "carné", "carnet"})


def find_ids_said_again(text: str, found: Sequence[Span]) -> list[Span]:
    """Numbers grouped like a figure with as many digits as an ID found in ``text``."""
    sizes = {
        size
        for s in found
        if s.kind in _IDS and (size := sum(c.isdigit() for c in text[s.start : s.end])) >= _SHORTEST
    }
    spans = _pieces_joined(text, found) + _groups_beside(text, found) + _last_digits(text)
    spans += _cued_starts(text) + _check_digits_said(text, found) + _corrected_after(text, found)
    if not sizes:
        return spans
    for m in match_at_numbers(_GROUPED, text):
        if sum(c.isdigit() for c in m.group()) not in sizes:
            continue
        if any(s.start <= m.start() and m.end() <= s.end for s in found):
            continue
        start, end = m.start(), m.end()
        if is_amount(text, start, end) or is_quantity_after(text, end):
            continue
        if is_public_number(text, start, end):
            continue
        spans.append(Span(start, end, ID))
    return spans


def _pieces_joined(text: str, found: Sequence[Span]) -> list[Span]:
    """One span over two pieces of a number with only a pause or a filler between them."""
    numbers = sorted(s for s in found if s.kind in _NUMBERS)
    joined: list[Span] = []
    for first, second in pairwise(numbers):
        gap = text[first.end : second.start]
        if (
            0 < len(gap) <= _LONGEST_BETWEEN
            and _BETWEEN_PIECES.fullmatch(gap)
            and _PAUSE_OR_FILLER.search(gap)
        ):
            joined.append(Span(first.start, second.end, first.kind))
    return joined


def _groups_beside(text: str, found: Sequence[Span]) -> list[Span]:
    """A number found grown over digit groups typed one space before or after it."""
    grown: list[Span] = []
    for span in found:
        if span.kind not in _NUMBERS:
            continue
        before = _GROUPS_BEFORE.search(text, max(0, span.start - 16), span.start)
        after = _GROUPS_AFTER.match(text, span.end)
        if after is not None and not after.group():
            after = None
        if after is not None and (
            _YEAR.search(after.group())
            or is_amount(text, span.start, after.end())
            or is_quantity_after(text, after.end())
        ):
            after = None
        if before is not None and is_amount(text, before.start(), span.end):
            before = None
        if before is not None or after is not None:
            start = before.start() if before is not None else span.start
            end = after.end() if after is not None else span.end
            grown.append(Span(start, end, span.kind))
    return grown


def _last_digits(text: str) -> list[Span]:
    """The last three or four digits of a number named just before: "termina en 0417"."""
    if "termina" not in text and "acaba" not in text:
        return []
    return [
        Span(m.start(1), m.end(1), ID)
        for m in match_at_folded_keys(_ENDS_IN, text, _ENDS_IN_KEYS)
        if _NUMBER_OF.search(text, max(0, m.start() - _ENDS_IN_REACH), m.start())
        and not _YEAR.fullmatch(" " + m.group(1))
        and not is_amount(text, m.start(1), m.end(1))
        and not is_quantity_after(text, m.end(1))
    ]


def _cued_starts(text: str) -> list[Span]:
    """The start of a number told after its cue, and digits read one by one after it."""
    lowered = text.lower()
    if not any(key in lowered for key in _CUED_KEYS):
        return []
    spans: list[Span] = []
    reached = 0  # where the digits after an earlier start were followed to
    for m in _CUED_START.finditer(text):
        if m.start("piece") < reached:
            continue
        kind = ID if m.group("cue").casefold() in _ID_CUES else TELEFONO
        spans.append(Span(m.start("piece"), m.end("piece"), kind))
        end = m.end("piece")
        # A run may start within the reach and end past it: look a little further.
        while (
            more := _MORE_ONE_BY_ONE.search(text, end, end + _MORE_REACH + _LONGEST_RUN)
        ) is not None and more.start() <= end + _MORE_REACH:
            spans.append(Span(more.start(), more.end(), kind))
            end = more.end()
        reached = end
    return spans


def _check_digits_said(text: str, found: Sequence[Span]) -> list[Span]:
    """A number found grown over the check digit said after it with a dash."""
    if "gui" not in text and "raya" not in text:
        return []
    grown: list[Span] = []
    for span in found:
        if span.kind in _NUMBERS and (m := _CHECK_SAID.match(text, span.end)) is not None:
            grown.append(Span(span.start, m.end(), span.kind))
    return grown


def _corrected_after(text: str, found: Sequence[Span]) -> list[Span]:
    """A number found grown over the group corrected right after it ("... no, dos
    sesenta"); not over an amount or a count ("no, dos soles")."""
    if "no" not in text:
        return []
    grown: list[Span] = []
    for span in found:
        if span.kind not in _NUMBERS:
            continue
        m = _CORRECTED_AFTER.match(text, span.end)
        if m is not None and not is_quantity_after(text, m.end()):
            grown.append(Span(span.start, m.end(), span.kind))
    return grown
