"""Focus-group speaker labels that name someone: "yesenia: ...", "Wilver: ...".

Only in a transcript that also has a generic turn label ("E:", "Moderadora:",
"Participante 2:"), so a form's "Domicilio: ..." is never taken for a person.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.cues import LOWER_WORD, WORD
from privacy.given import COUNTRIES_AS_NAMES, GIVEN_NAMES, SURNAMES
from privacy.lexicon import CALENDAR_WORDS, NEVER_REDACT_ALONE, PARTICLES, words
from privacy.normalize import normalize_token
from privacy.recognizers import PERSONA, Span

_GENERIC_LABELS: Final = words(
    """
    e p r entrevistador entrevistadora moderador moderadora participante participantes
    facilitador facilitadora investigador investigadora todos todas varios varias voz
    pregunta respuesta nota grupo otro otra otros hombre mujer joven senor senora
    promotor promotora docente profesor profesora presidente presidenta mod modera
    """
)
# A numbered turn label, "p1", "H2", "e3": a role, never a name.
_NUMBERED: Final = re.compile(r"[a-z]{1,3}\d+")
# A given name in brackets after a generic label: "p1 (teodomira): empezamos...".
_BRACKETED: Final = re.compile(
    rf"^[ \t]*[\w]+[ \t]*\([ \t]*(?P<name>{WORD}|{LOWER_WORD})[ \t]*\)[ \t]*:", re.MULTILINE
)
_LABEL: Final = re.compile(
    rf"^[ \t]*(?P<name>(?:{WORD}|{LOWER_WORD})"
    # "Flor de María:", "María de los Ángeles:": particles join a compound name.
    rf"(?:[ \t]+(?:(?:de|del)(?:[ \t]+(?:la|los|las))?[ \t]+{WORD}|{WORD}|{LOWER_WORD})){{0,2}})"
    r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:",
    re.MULTILINE,
)
_GENERIC_LABEL: Final = re.compile(
    r"^[ \t]*(?:E|P|R|[Ee]ntrevistador[a]?|[Mm]oderador[a]?|[Pp]articipantes?|[Ff]acilitador[a]?|"
    r"[Ii]nvestigador[a]?|[Mm]od|[ep](?=[ \t]*\d)"
    # A lowercase transcript's interviewer: "e: y ahora" opens a turn as "E:" does.
    r"|e(?=[ \t]*:))(?:[ \t]*\d+)?[ \t]*:",
    re.MULTILINE,
)


def _has_generic_label(text: str) -> bool:
    """``_GENERIC_LABEL.search(text) is not None``, tried only where a line starts (its
    ``^`` matches nowhere else): `re` tried it at every character."""
    at = 0
    while True:
        if _GENERIC_LABEL.match(text, at):
            return True
        newline = text.find("\n", at)
        if newline < 0:
            return False
        at = newline + 1


def _named_turns(text: str) -> bool:
    """Whether two lines open with a given name and a colon ("Soledad: ...")."""
    if "\n" not in text:
        return False
    names: set[str] = set()
    for line in text.split("\n"):
        head, colon, _ = line[:24].partition(":")
        if colon and head.strip().isalpha():
            norm = normalize_token(head.strip())
            if norm in GIVEN_NAMES:
                names.add(norm)
    return len(names) >= 2


def _surname(norm: str) -> bool:
    return norm in SURNAMES and norm not in NEVER_REDACT_ALONE and norm not in GIVEN_NAMES


def find_labeled_speakers(text: str) -> list[Span]:
    """Return focus-group speaker labels that name someone."""
    if ":" not in text:
        return []
    generic_label = _has_generic_label(text)
    if not generic_label and not _named_turns(text):
        return []  # not a transcript with turns: "Domicilio: ..." is a form's field
    labels = list(_LABEL.finditer(text))
    firsts = [normalize_token(m.group("name").split()[0]) for m in labels]
    generic = generic_label and any(f in _GENERIC_LABELS for f in firsts)
    # Turns labelled by first names only ("Soledad: ...\nMercedes: ..."): two labels
    # that are given names make a transcript; a form's fields are no given names.
    if not generic and len({f for f in firsts if f in GIVEN_NAMES}) < 2:
        return []  # not a transcript with turns: "Domicilio: ..." is a form's field
    # A weekday or month that is also a given name ("Domingo:") labels a speaker when
    # it is the only such label among the turns: a schedule lists several ("Lunes: ...
    # Martes: ...").
    calendar = {f for f in firsts if f in CALENDAR_WORDS}
    called = next(iter(calendar)) if generic and len(calendar) == 1 else ""
    spans: list[Span] = []
    for m in labels:
        name = m.group("name")
        tokens = [normalize_token(t) for t in name.split()]
        if tokens[0] in _GENERIC_LABELS or tokens[0] in PARTICLES or any(map(str.isdigit, tokens)):
            continue
        if _NUMBERED.fullmatch(tokens[0]) is not None:
            continue  # "p1:", "H2:" number the turns

        if text.startswith("//", m.end()):
            continue  # "https://..."
        # "Pascual Mayo:", "Rosa Flores:": after a given name a month or a word is the
        # surname; a label made of such words alone ("Mayo:", "Nota:") names nobody.
        named = tokens[0] in GIVEN_NAMES and tokens[0] not in CALENDAR_WORDS
        if len(tokens) >= 2 and tokens[0] in COUNTRIES_AS_NAMES and _surname(tokens[-1]):
            spans.append(Span(m.start("name"), m.end("name"), PERSONA))
            continue  # "Italia Huamán: Yo tengo nombre de país…"
        if tokens == [called] and called in GIVEN_NAMES and firsts.count(called) >= 2:
            spans.append(Span(m.start("name"), m.end("name"), PERSONA))
            continue  # "Domingo: el domingo pasado hicimos ayni", twice among the turns
        country = tokens[0] in COUNTRIES_AS_NAMES
        if (named or country) and len(tokens) == 1 and firsts.count(tokens[0]) >= 2:
            spans.append(Span(m.start("name"), m.end("name"), PERSONA))
            # "Santiago: …" or "Argentina: …" twice among the turns: a speaker named like a
            # place or a country.
            continue
        if any(
            (t in NEVER_REDACT_ALONE and t not in PARTICLES) or t in CALENDAR_WORDS
            for t in (tokens[:1] if named else tokens)
        ):
            continue
        spans.append(Span(m.start("name"), m.end("name"), PERSONA))
    for b in _BRACKETED.finditer(text):
        norm = normalize_token(b.group("name"))
        if norm in GIVEN_NAMES and norm not in NEVER_REDACT_ALONE and norm not in CALENDAR_WORDS:
            spans.append(Span(b.start("name"), b.end("name"), PERSONA))
    return spans
