"""Public bodies, state programmes, fiestas and channels that are research content.

``data/public_names.txt`` is the maintained allow-list (one name a line). A guessed
person or organization span is cut where it overlaps one of them, so "Pensión 65",
"la UGEL", "la Defensoría del Pueblo" or "la fiesta de Santiago" survive while a
named NGO beside them does not. Entries in capitals (``UGEL``, ``CEM``) match only
capitals, so the acronym ``ANA`` never shields a woman called Ana.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from importlib import resources
from typing import Final

from privacy.cues import QUOTED_KEY
from privacy.lexicon import NEVER_REDACT_ALONE, PLACE_WORDS
from privacy.lexicon import words as word_set
from privacy.normalize import Words, normalize_token, tokenize
from privacy.recognizers import ONG, PERSONA, Span
from privacy.triggers import Anchors

Phrase = tuple[tuple[str, ...], bool]
CUT_KINDS: Final = frozenset({PERSONA, ONG})


def _load() -> tuple[dict[str, list[Phrase]], frozenset[tuple[str, ...]]]:
    path = resources.files("privacy") / "data" / "public_names.txt"
    index: dict[str, list[Phrase]] = {}
    kinds: set[tuple[str, ...]] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line, _, mark = raw.partition(" | ")
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        tokens = tuple(normalize_token(t.text) for t in tokenize(line))
        exact = line.isupper()
        index.setdefault(tokens[0], []).append((tokens, exact))
        if mark.strip() == "kind":
            kinds.add(tokens)
    for phrases in index.values():
        phrases.sort(key=lambda p: -len(p[0]))  # longest first
    return index, frozenset(kinds)


PUBLIC_NAMES, KINDS = _load()
# "el Club de Madres" is a kind every village has; "el Club de Madres Virgen de las
# Mercedes" is one of them: a kind followed by a capitalized name is not cut.
# First words of the allow-listed names: where a match may start.
TRIGGERS: Final = frozenset(PUBLIC_NAMES)


_UP: Final = "A-ZÁÉÍÓÚÑÜ"
_CAP: Final = rf"[{_UP}][\wáéíóúñü'’\-]*"
# A public hospital or health post named by the place it serves, the study's places, is
# research content, its rank told or not: "el Hospital de Ica", "el Hospital Departamental
# de Huancavelica", "la Posta de Salud de Manta". A private clinic ("la Clínica San
# Felipe"), and a hospital named by a person or a saint, or by a place the study is not
# about ("Hospital Regional Carlos Haya", "Hospital de Getafe"), stay names to hide.
_PUBLIC_HEALTH: Final = re.compile(
    r"\b(?:Hospital|Posta(?:\s+M[eé]dica|\s+de\s+Salud)?|Puesto\s+de\s+Salud|"
    r"Centro\s+de\s+Salud|Centro\s+Materno\s+Infantil)(?:\s+(?:Regional|Departamental|"
    r"Nacional|Provincial|Municipal|de\s+Apoyo|Materno\s+Infantil))?(?:\s+del?)?\s+"
    rf"(?P<place>{_CAP}(?:\s+{_CAP})?)(?![\wáéíóúñü])"
)


# A state office named by what it does, every word of its name a function's: "la
# Oficina de Desarrollo Económico Local", "la Oficina de Registro del Estado Civil", "la
# Subgerencia de Desarrollo Social". An office with a name of its own ("la Oficina de
# Proyectos Sumaq Kawsay") is not one of them: the name stops at the first other word.
_OFFICE: Final = re.compile(
    r"\b(?:Oficina|Gerencia|Subgerencia|Sub\s+Gerencia|Direcci[oó]n|Unidad|Divisi[oó]n|"
    r"Departamento)\s+(?:de|del)\s+(?P<name>[\wáéíóúñü]+(?:\s+(?:[\wáéíóúñü]+)){0,5})"
)
_FUNCTION_WORDS: Final = word_set(
    """
    desarrollo economico economica local social humano rural urbano territorial registro
    registros estado civil identidad obras infraestructura participacion vecinal ciudadana
    servicios servicio publicos publicas municipales municipal medio ambiente ambiental
    rentas catastro administracion planeamiento planificacion presupuesto salud educacion
    agricultura agraria agrario produccion productivo turismo juventud deporte deportes
    cultura mujer mujeres familia ninez nino adolescente adolescentes adulto adultos mayor
    mayores defensa seguridad gestion riesgo riesgos desastres programas sociales asuntos
    comunales comunidades campesinas campesina promocion empleo transportes transito
    licencias fiscalizacion tributaria logistica personal recursos humanos atencion
    ciudadano ciudadanos proteccion persona personas discapacidad omaped demuna
    """
)
_OFFICE_HEADS: Final = frozenset(
    {"oficina", "gerencia", "subgerencia", "direccion", "unidad", "division", "departamento"}
)
_OFFICE_JOINERS: Final = frozenset({"de", "del", "la", "las", "los", "y", "e", "al", "a"})


def _state_offices(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _OFFICE.finditer(text):
        end = m.start("name")
        last = 0
        for w in re.finditer(r"[\wáéíóúñü]+", m.group("name")):
            norm = normalize_token(w.group())
            if norm in _OFFICE_JOINERS:
                continue
            if norm not in _FUNCTION_WORDS or not w.group()[:1].isupper():
                break
            last = m.start("name") + w.end()
        if last > end:
            found.append((m.start(), last))
    return found


def _places_served(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _PUBLIC_HEALTH.finditer(text):
        place = m.group("place")
        if normalize_token(place) in PLACE_WORDS:
            found.append(m.span())
        elif normalize_token(place.split()[0]) in PLACE_WORDS:
            found.append((m.start(), m.start("place") + len(place.split()[0])))
    return found


def find_public_names(anchors: Anchors) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every allow-listed name in the text, in order."""
    words = anchors.words
    n = len(words.norms)
    found: list[tuple[int, int]] = []
    after = 0
    for i in anchors.of(TRIGGERS):
        width = _match_at(words, i, n) if i >= after else 0
        if width:
            found.append((words.starts[i], words.ends[i + width - 1]))
            after = i + width
    text = words.text
    offices = [] if _OFFICE_HEADS.isdisjoint(words.vocabulary) else _state_offices(text)
    if offices:
        found = _widest(sorted(found + offices))
    if "Hospital" in text or "Salud" in text or "Posta" in text or "Materno" in text:
        health = _places_served(text)
        if health:
            found = _widest(sorted(found + health))
    return found


def _widest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans without those inside an earlier one."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    return out


def _match_at(words: Words, i: int, n: int) -> int:
    norms = words.norms
    for tokens, exact in PUBLIC_NAMES[norms[i]]:
        k = len(tokens)
        if i + k > n or tuple(norms[i : i + k]) != tokens:
            continue
        if exact and not all(w.isupper() for w in words.words[i : i + k]):
            continue
        if not exact and not words.words[i][:1].isupper():
            continue  # "juntos" and "santiago" in lowercase are not the names
        return k
    return 0


# A company's legal form closing an organization's span.
_LEGAL_CLOSE: Final = re.compile(r"(?:S\.A\.C|S\.A\.A|S\.R\.L|E\.I\.R\.L|SAC|SRL|EIRL)\.?$")


def _speaker_label(text: str, span: Span) -> bool:
    """Whether ``span`` is a turn's label: it opens a line and a colon follows it."""
    return (
        span.kind == PERSONA
        and text.startswith(":", span.end)
        and (span.start == 0 or text[span.start - 1] == "\n")
    )


def cut_public_names(
    spans: list[Span],
    words: Words,
    public: list[tuple[int, int]],
    *,
    kinds: frozenset[str] = CUT_KINDS,
) -> list[Span]:
    """Cut allow-listed names out of guessed person and organization spans.

    What remains of a span is kept only if it still holds a word that may be
    redacted alone ("Centro de Salud de Manta" leaves "de Manta": nothing to hide).
    Spans of known people and of the study's gazetteer are never cut.
    """
    if not public:
        return spans
    starts = [a for a, _ in public]
    out: list[Span] = []
    for span in spans:
        if (
            span.kind not in kinds
            or span.key.startswith(("k:", "g:", "t:", QUOTED_KEY))
            or words.text[max(0, span.start - 3) : span.start].strip(" \t").endswith(":")
            or (span.kind == ONG and _LEGAL_CLOSE.search(words.text, span.start, span.end))
            or _speaker_label(words.text, span)
        ):
            # Known people, the study's gazetteer, and a form field's value ("Nombre:
            # Santiago") are never taken for the fiesta or the programme; nor is a firm
            # its legal form closes ("Virgen del Rosario S.R.L.", "Santa Rosa S.A.C."), nor
            # a speaker's label ("Santiago: yo me voy").
            out.append(span)
            continue
        first = max(bisect_right(starts, span.start) - 1, 0)
        pieces = [(span.start, span.end)]
        for a, b in public[first:]:
            if a >= span.end:
                break
            if b <= span.start or (span.kind == ONG and a > span.start):
                continue  # before the span; or "Hermandad Virgen de la Candelaria de X"
            if span.kind == ONG and b < span.end and _names_one_of_a_kind(words, a, b):
                continue
            pieces = [p for lo, hi in pieces for p in ((lo, min(hi, a)), (max(lo, b), hi))]
        if pieces == [(span.start, span.end)]:
            out.append(span)
            continue
        out += [
            Span(lo, hi, span.kind, span.key)
            for lo, hi in pieces
            if hi > lo and _has_identifying_word(words.text[lo:hi])
        ]
    return out


def _names_one_of_a_kind(words: Words, a: int, b: int) -> bool:
    """Whether an allow-listed kind at ``a:b`` goes on with a capitalized name or a number."""
    if not KINDS:
        return False
    key = tuple(normalize_token(t.text) for t in tokenize(words.text[a:b]))
    # A kind of school with its number is one of them too: "el PRONOEI N° 412", "el CEBA 512".
    after = words.text[b : b + 2].strip()[:1]
    return key in KINDS and (after.isupper() or after.isdigit())


def _has_identifying_word(piece: str) -> bool:
    return any(
        normalize_token(t.text) not in NEVER_REDACT_ALONE and t.text[:1].isalnum()
        for t in tokenize(piece)
    )
