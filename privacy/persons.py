"""Names the lexicon does not know, found by what the sentence does with them.

- A focus-group speaker label at the start of a line ("yesenia: ...", "Wilver: ...");
  generic labels ("E", "Moderadora", "Participante 2") stay.
- A role or kin word, a comma, a capitalized name and a comma or a stop ("el
  tesorero, Nilton Ccopa, está...", "mi hijo mayor, Jayden, dice...").
- A capitalized word (after "el"/"la" for a nickname) that opens a sentence or a
  clause and does what people do ("Celedonio se quedó en Lima", "El Chato manda
  fotos"): a place does not send money, marry or say things.
- A second name joined by "y" to a name already found ("Kimberly y Justin").
- Every other capitalized occurrence of a word of a name found anywhere in the text
  ("Yudith, la mayor, nació..." then "Yudith quiere irse").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import compress
from typing import Final

from privacy.given import GIVEN_NAMES, NAME_WORDS, NOT_PERSON_BEFORE
from privacy.lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    HONORIFICS,
    KIN,
    NEVER_REDACT_ALONE,
    PARTICLES,
    PLACE_WORDS,
    words,
)
from privacy.normalize import Words, normalize_token
from privacy.recognizers import PERSONA, Span
from privacy.triggers import Anchors, find_at

_UP: Final = "A-ZÁÉÍÓÚÑÜ"
_WORD: Final = rf"[{_UP}][\wáéíóúñü'’\-]*"
_LOWER_WORD: Final = r"[a-záéíóúñü][\wáéíóúñü'’\-]*"
_GENERIC_LABELS: Final = words(
    """
    e p r entrevistador entrevistadora moderador moderadora participante participantes
    facilitador facilitadora investigador investigadora todos todas varios varias voz
    pregunta respuesta nota grupo otro otra otros hombre mujer joven senor senora
    promotor promotora docente profesor profesora presidente presidenta
    """
)
_LABEL: Final = re.compile(
    rf"^[ \t]*(?P<name>(?:{_WORD}|{_LOWER_WORD})(?:[ \t]+(?:{_WORD}|{_LOWER_WORD})){{0,2}})"
    r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:",
    re.MULTILINE,
)
_GENERIC_LABEL: Final = re.compile(
    r"^[ \t]*(?:E|P|R|[Ee]ntrevistador[a]?|[Mm]oderador[a]?|[Pp]articipantes?|[Ff]acilitador[a]?|"
    r"[Ii]nvestigador[a]?)(?:[ \t]+\d+)?[ \t]*:",
    re.MULTILINE,
)
_ROLES: Final = (
    r"tesorer[oa]|president[ea]|capataz|supervisor[a]?|secretari[oa]|vocal|delegad[oa]|"
    r"due[ñn][oa]|jef[ea]|patr[oó]n|patrona|ingenier[oa]|profe(?:sor|sora)?|t[eé]cnic[oa]|"
    r"promotor[a]?|enfermer[oa]|coordinador[a]?|dirigente|exalumn[oa]|alumn[oa]|"
    r"herman[oa]s?|hij[oa]s?|niet[oa]s?|sobrin[oa]s?|prim[oa]s?|t[ií][oa]s?|espos[oa]|"
    r"cu[ñn]ad[oa]|compadre|comadre|yerno|nuera|suegr[oa]|abuelit[oa]|vecin[oa]|amig[oa]|"
    r"mayor|menor|chiquit[oa]|mayorcit[oa]|pareja|enamorad[oa]"
)
_ROLE_WORDS: Final = words(
    """
    tesorero tesorera presidente presidenta capataz supervisor supervisora secretario
    secretaria vocal delegado delegada dueno duena jefe jefa patron patrona ingeniero
    ingeniera profe profesor profesora tecnico tecnica promotor promotora enfermero
    enfermera coordinador coordinadora dirigente exalumno exalumna alumno alumna hermano
    hermana hermanos hermanas hijo hija hijos hijas nieto nieta nietos nietas sobrino
    sobrina sobrinos sobrinas primo prima primos primas tio tia tios tias esposo esposa
    cunado cunada compadre comadre yerno nuera suegro suegra abuelito abuelita vecino
    vecina amigo amiga mayor menor chiquito chiquita mayorcito mayorcita pareja enamorado
    enamorada
    """
)
_APPOSITION: Final = re.compile(
    rf"(?:{_ROLES})(?P<between>),[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}}(?:[ \t]+y[ \t]+{_WORD})?)"
    r"(?=[ \t]*[,;.:!?)]|[ \t]+mismo)"
)
_APPOSITION_FAR: Final = re.compile(
    rf"(?:{_ROLES})(?P<between>(?:[ \t]+[\wáéíóúñü]+){{1,3}}),[ \t]+(?P<name>{_WORD})"
    r"(?=[ \t]*[,;.:!?)])"
)
# Phrases that name whoever follows them, even a place or a lowercase word: "se llama
# Argentina", "de apellido Lima", "te anoté como wilber", "un tal Trujillo". Keyed by
# the phrase's last word (where the pattern is tried) with the words allowed before it.
_NAMING_CUES: Final = {
    "llama": words("se"),
    "llamaba": words("se"),
    "llamo": words("me"),
    "llamas": words("te"),
    "apellido": words("de"),
    "puse": words("le"),
    "pusimos": words("le"),
    "pusieron": words("le"),
    "como": words("sale anote conocido conocida inscrito inscrita"),
    "tal": words("un una"),
}
_NAMING: Final = re.compile(
    rf"[\w]+[ \t]+(?P<name>(?:{_WORD}|{_LOWER_WORD})(?:[ \t]+{_WORD}){{0,2}})"
)
# Weaker cues: a capitalized name only ("yo soy Flormira", "donde Marcial", "tayta
# Pastor", "el ingeniero Cáceres", "su abuelita Fausta", "me decían la Peruchita").
_CUE_WORDS: Final = words(
    """
    soy eres donde dicen decian decia tayta taita mamacha abuelita abuelito ingeniero
    ingeniera supervisor supervisora capataz profe licenciado licenciada hijito hijita
    nietito nietita
    """
)
_CUED: Final = re.compile(
    rf"[\w]+(?:[ \t]+(?:el|la))?[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
)
# What people do and places do not.
_ACTS: Final = words(
    """
    manda mandaba mando extrana extranaba quiere queria sube subia invita invito dice dijo
    decia cuenta conto piensa sabe llora lloraba rie llama llamaba llamo escribe escribio
    trabaja trabajaba estudia estudiaba vive vivia volvio regreso viajo migro murio nacio
    tiene tenia fue vino llego casa caso quedo volvia va iba anda andaba manejaba maneja
    ayuda ayudaba cocina cose vende vendia compro compra paga pagaba juega baila canta
    """
)
_BEFORE_ACT: Final = words("no ya se le lo les me nos te tambien nunca siempre todavia aun")
_NOT_SUBJECTS: Final = (
    NEVER_REDACT_ALONE
    | CALENDAR_WORDS
    | KIN
    | HONORIFICS
    | words(
        """
        dios gente nadie ninguno ninguna alguien todo todos uno otro otra cada usted ustedes
        ella el ellos
        mama papa tayta taita mamita papito senor senora comunidad familia pueblo ong
        asociacion municipalidad estado gobierno empresa minera radio iglesia juntos
        """
    )
)
_NAMING_WORDS: Final = frozenset(_NAMING_CUES)
_COPULAS: Final = words("es era fue")
TRIGGERS: Final = _NAMING_WORDS | _CUE_WORDS | _ROLE_WORDS | _ACTS | _COPULAS
# Key prefix of a person found by what it does (see `find_acting_subjects`).
ACTING: Final = "t:"
_OPENERS: Final = words("y pero e o entonces ahora despues luego que porque pues")
_MAX_PROPAGATED: Final = 200
_PLACE_BEFORE: Final = NOT_PERSON_BEFORE | words("de del en a desde hasta para por")
_AGED: Final = re.compile(
    rf"(?<!\w)(?P<name>{_WORD})(?:[ \t]+{_WORD})?"
    r"(?:,[ \t]+(?:de[ \t]+)?|[ \t]+\()\d{1,2}[ \t]+años$"
)
_AND_NAME: Final = re.compile(rf" y ({_WORD})(?=[ \t]*[,;.:!?)]|[ \t]+[a-záéíóúñü])")


def find_labeled_speakers(text: str) -> list[Span]:
    """Return focus-group speaker labels that name someone."""
    if ":" not in text:
        return []
    if _GENERIC_LABEL.search(text) is None:
        return []  # not a transcript with turns: "Domicilio: ..." is a form's field
    labels = list(_LABEL.finditer(text))
    generic = [m for m in labels if normalize_token(m.group("name").split()[0]) in _GENERIC_LABELS]
    if not generic:
        return []  # not a transcript with turns: "Domicilio: ..." is a form's field
    spans: list[Span] = []
    for m in labels:
        name = m.group("name")
        tokens = [normalize_token(t) for t in name.split()]
        if tokens[0] in _GENERIC_LABELS or any(t.isdigit() for t in tokens):
            continue
        if text.startswith("//", m.end()):
            continue  # "https://..."
        if any(t in NEVER_REDACT_ALONE or t in CALENDAR_WORDS for t in tokens):
            continue
        spans.append(Span(m.start("name"), m.end("name"), PERSONA))
    return spans


def find_named_by_role(anchors: Anchors) -> list[Span]:
    """Return names set off by commas after a role or kin word."""
    spans: list[Span] = []
    text, starts = anchors.words.text, anchors.starts(_ROLE_WORDS)
    for m in [*find_at(_APPOSITION, text, starts), *find_at(_APPOSITION_FAR, text, starts)]:
        first = normalize_token(m.group("name").split()[0])
        if first in NEVER_REDACT_ALONE or first in CALENDAR_WORDS:
            continue
        # With words between ("un hijo en Japón, Santiago.") the name must be a known
        # given name: "mi hija en Lima, Chorrillos." names a district.
        if m.group("between") and first not in GIVEN_NAMES:
            continue
        # Marked like a person found by what they do: "un hijo en Japón, Santiago" is
        # not the fiesta on the allow-list.
        spans.append(Span(m.start("name"), m.end("name"), PERSONA, _key(m.group("name"))))
    return spans


def _key(name: str) -> str:
    """The numbering key `scrub` would give these words, marked as a context find."""
    norms = (normalize_token(token) for token in name.split())
    return ACTING + " ".join(sorted(n for n in norms if n not in PARTICLES))


def find_named(anchors: Anchors) -> list[Span]:
    """Return names right after a naming phrase ("se llama", "de apellido", "soy")."""
    words_ = anchors.words
    text, norms = words_.text, words_.norms
    spans: list[Span] = []
    for i in anchors.of(_NAMING_WORDS):
        if i > 0 and norms[i - 1] in _NAMING_CUES[norms[i]]:
            m = _NAMING.match(text, words_.starts[i])
            if m is not None:
                spans.append(Span(m.start("name"), m.end("name"), PERSONA))
    for i in anchors.of(_CUE_WORDS):
        prev = norms[i - 1] if i > 0 else ""
        if norms[i] == "donde" and prev == "a":
            continue  # "a donde" asks for a place
        if norms[i].startswith("dec") and prev not in ("le", "me", "nos", "les"):
            continue
        m = _CUED.match(text, words_.starts[i])
        if m is None:
            continue
        first = normalize_token(m.group("name").split()[0])
        if first not in NEVER_REDACT_ALONE and first not in _NOT_SUBJECTS:
            spans.append(Span(m.start("name"), m.end("name"), PERSONA))
    return spans


def _indices(words_: Words, vocabulary: Iterable[str]) -> list[int]:
    present = words_.vocabulary.intersection(vocabulary)
    if not present:
        return []
    return list(compress(range(len(words_.norms)), map(present.__contains__, words_.norms)))


def find_named_by_copula(anchors: Anchors) -> list[Span]:
    """Return a capitalized name after "es"/"era" when a role opens the clause: "el
    presidente ahorita es Crescencio Huayhua"."""
    words_ = anchors.words
    norms, tokens, n = words_.norms, words_.words, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_COPULAS):
        if i + 1 >= n or not tokens[i + 1][:1].isupper() or words_.gaps[i + 1] != " ":
            continue
        if not any(norms[k] in _ROLE_WORDS for k in range(max(0, i - 3), i)):
            continue
        j = i + 1
        while j < n and j - i <= 3 and tokens[j][:1].isupper() and words_.gaps[j] == " ":
            j += 1
        if norms[i + 1] not in _NOT_SUBJECTS and not tokens[i + 1].isupper():
            spans.append(Span(words_.starts[i + 1], words_.ends[j - 1], PERSONA))
    return spans


def find_aged(text: str) -> list[Span]:
    """Return a capitalized name followed by an age: "Brenda, de 19 años, ..."."""
    spans: list[Span] = []
    at = text.find(" años")
    while at >= 0:
        # Only the few characters before each "años" can hold "Name, de 19".
        m = _AGED.search(text, max(0, at - 60), at + 5)
        at = text.find(" años", at + 1)
        if m is None:
            continue
        before = text[max(0, m.start() - 7) : m.start()].split()
        if before and normalize_token(before[-1]) in _PLACE_BEFORE:
            continue  # "una chica de San Luis, de 15 años": the age is hers, not the town's
        if normalize_token(m.group("name")) not in _NOT_SUBJECTS:
            spans.append(Span(m.start("name"), m.end("name"), PERSONA))
    return spans


def find_acting_subjects(anchors: Anchors) -> list[Span]:
    """Return capitalized words opening a clause and followed by what people do."""
    words_ = anchors.words
    norms, tokens = words_.norms, words_.words
    spans: list[Span] = []
    for v in anchors.of(_ACTS):
        k = v - 1
        while k > 0 and norms[k] in _BEFORE_ACT and v - k <= 2:
            k -= 1
        if k < 0 or words_.gaps[k + 1] != " " or not _subject(words_, k):
            continue
        prev = k - 1
        if prev >= 0 and norms[prev] in ("el", "la") and words_.gaps[k] == " ":
            prev -= 1  # a nickname: "El Chato manda fotos"
        elif tokens[k][:1].islower():
            continue
        if prev < 0 or _opens_clause(words_, prev + 1) or norms[prev] in _OPENERS:
            # Keyed like any mention of the word, and marked as found by what it does,
            # so the fiesta on the allow-list does not shield "Santiago manda más".
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
    return spans


def _subject(words_: Words, k: int) -> bool:
    norm, token = words_.norms[k], words_.words[k]
    if norm in _NOT_SUBJECTS or len(norm) < 3 or token.isupper():
        return False
    # A lowercase subject ("la bebé se quedó", "el director dice") is a role, not a name.
    return token[:1].isupper()


def _opens_clause(words_: Words, i: int) -> bool:
    if i == 0:
        return True
    gap = words_.gaps[i].strip(" ")
    return gap[-1:] in (".", "!", "?", "¿", "¡", ":", ";", ",", "\n", "-", '"', "«")


def find_mentions(words_: Words, spans: list[Span]) -> list[Span]:
    """Return other mentions of the people in ``spans``: every capitalized occurrence of
    a distinctive word of their names, and a name joined to one of them by "y"."""
    text, norms, tokens = words_.text, words_.norms, words_.words
    names: set[str] = set()
    # A person named like a place or a word ("se llama Italia") is that person again
    # only where the word acts as one ("Italia manda 200 euros"), never "vive en Italia".
    acting: set[str] = set()
    for span in spans:
        if span.kind != PERSONA:
            continue
        for token in text[span.start : span.end].split():
            norm = normalize_token(token.strip(".,;:"))
            if len(norm) < 3 or not token[:1].isupper():
                continue
            if norm not in _NOT_PROPAGATED:
                names.add(norm)
            elif norm in PLACE_WORDS or norm in NAME_WORDS:
                acting.add(norm)
        if len(names) >= _MAX_PROPAGATED:
            break
    found = [
        Span(m.start(1), m.end(1), PERSONA)
        for span in spans
        if span.kind == PERSONA
        and (m := _AND_NAME.match(text, span.end)) is not None
        and normalize_token(m.group(1)) not in _NOT_SUBJECTS
    ]
    present = names & words_.vocabulary
    covered = [(span.start, span.end) for span in spans]
    if present:
        for i in compress(range(len(norms)), map(present.__contains__, norms)):
            lowercase_ok = norms[i] in GIVEN_NAMES and norms[i] not in NAME_WORDS
            start = words_.starts[i]
            if i > 0 and norms[i - 1] in NOT_PERSON_BEFORE:
                continue  # "San Luis", "Colegio José Olaya"
            k = bisect_right(covered, (start, len(text))) - 1
            if k >= 0 and covered[k][1] > start:
                continue  # already inside a span
            # A name typed in lowercase at the start of a sentence is still the name.
            lowercase_ok = lowercase_ok or _opens_clause(words_, i) or _acts(words_, i)
            if tokens[i][:1].isupper() or lowercase_ok:
                found.append(Span(start, words_.ends[i], PERSONA))
    for i in _indices(words_, acting):
        if tokens[i][:1].isupper() and _opens_clause(words_, i) and _acts(words_, i):
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA))
    return found


def _acts(words_: Words, i: int) -> bool:
    """Whether the word after ``i`` (past a clitic or adverb) is something people do."""
    norms, n = words_.norms, len(words_.norms)
    k = i + 1
    while k < n and norms[k] in _BEFORE_ACT and k - i <= 2:
        k += 1
    return k < n and norms[k] in _ACTS


_NOT_PROPAGATED: Final = (
    NEVER_REDACT_ALONE | COMMON_WORDS | PLACE_WORDS | NAME_WORDS | HONORIFICS | KIN
)
