"""Schools and institutes typed lowercase, named where someone studies.

In a lowercase transcript a school's name has no capital to tell it: "estudia en el
instituto continental, contabilidad", "estudió en el colegio vizcaya hasta segundo",
"está en el colegio 7228 peruano suizo, en tercero". Said after studying or attending,
the words after the head noun up to a pause or a function word are its name; the head
noun stays, as with capitalized names. What kind of school it is ("el colegio
nacional", "el instituto superior"), where it is ("el colegio de manta") and how the
sentence goes on ("en el colegio nomás", "en el colegio todavía") are no name.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.lexicon import COMMON_WORDS, PLACE_WORDS, SENTENCE_WORDS, words
from privacy.literals import starts_of
from privacy.normalize import Words, normalize_token
from privacy.recognizers import ONG, Span

_STUDIES_IN: Final = re.compile(
    r"(?<![\w])(?:estudi[a-záéíóú]*|est[aá]|estaba|va|iba|entr[oó]|ingres[oó]|termin[oóé]|"
    r"acab[oóé]|sali[oó]|egres[oó]|matricul[a-záéíóú]*)[ \t]+(?:all[ií][ \t]+|ac[aá][ \t]+)?"
    # Where, then which: "estudio en huancavelica en el instituto la pontificia".
    r"(?:en[ \t]+[a-záéíóúñü]+[ \t]+)?(?:en[ \t]+el|al)[ \t]+"
    r"(?:colegio|instituto|academia|cetpro)[ \t]+"
    r"(?P<number>(?:n[°º]\.?[ \t]?)?\d{3,5}[ \t]+)?"
    r"(?P<name>[a-záéíóúñü]+(?:[ \t]+[a-záéíóúñü]+){0,3})"
    r"(?P<after>[ \t]*[,.;:]|[ \t]+[a-záéíóúñü]+)?"
)
# What kind of school it is, or how the sentence goes on after the head noun.
_NOT_NAMES: Final = (
    SENTENCE_WORDS
    | COMMON_WORDS
    | PLACE_WORDS
    | words(
        """
        nacional estatal particular publico publica privado privada secundario primario
        inicial tecnico tecnica superior pedagogico tecnologico agropecuario parroquial
        religioso militar nocturno nocturna bilingue grande nuevo nueva antiguo mixto
        emblematico integrado tambien nomas mismo bien todavia igual ahorita aca alli ahi
        aqui alla pues primaria secundaria grado ano anos noche tarde manana turno de del
        y e o u en con sin hasta para por que primero segundo tercero cuarto quinto sexto
        del pueblo comunidad distrito provincia ciudad barrio estudiando estudia estudio
        todo toda todos todas unos unas otro otra donde cerca lejos abajo arriba
        alumnos alumnas ninos ninas estudiantes profesores docentes soles dolares metros
        cuadras minutos horas kilometros personas familias chicos chicas
        """
    )
)
_ARTICLES: Final = words("la el los las")
_HEAD_KEYS: Final = ("colegio ", "instituto ", "academia ", "cetpro ")
_ACRONYMS: Final = words("ie iep iei iest iestp iesp")
_GATE: Final = words("colegio instituto academia cetpro") | _ACRONYMS
# A school's legal acronym, lowercase, after an article or "en": "enseño en la ie jose
# maria arguedas de bellavista", "el iest santa rosa de lima", "estudio en el iestp
# acobamba". The acronym says it is a school, so no studying cue is needed; the acronym
# is part of the name ("I.E. ..."). Its name runs up to a word no name has ("la ie del
# pueblo", "la ie nomas" name none); "de"/"del" join a further name word.
_ACRONYM_SCHOOL: Final = re.compile(
    r"(?<![\w])(?:la|el|en|de|del)[ \t]+(?P<head>ie|iep|iei|iest|iestp|iesp)[ \t]+"
    r"(?P<name>(?:n[°º]?\.?[ \t]?)?\d{3,5}|[a-záéíóúñü]+)"
    r"(?P<rest>(?:[ \t]+[a-záéíóúñü]+){0,5})"
)


def _name_words(tokens: list[str]) -> list[str]:
    kept: list[str] = []
    for i, token in enumerate(tokens):
        norm = normalize_token(token)
        if i == 0 and norm in _ARTICLES and len(tokens) > 1:
            kept.append(token)  # "el instituto la pontificia"
            continue
        if norm in _NOT_NAMES or norm.endswith(("ando", "iendo", "mente", "aba")):
            break
        kept.append(token)
    while kept and normalize_token(kept[-1]) in _ARTICLES:
        kept.pop()
    return kept


def find_lower_schools(words_: Words) -> list[Span]:
    """Return lowercase names of schools said to be studied at (see the module)."""
    if _GATE.isdisjoint(words_.vocabulary):
        return []
    text = words_.text
    spans: list[Span] = []
    # Tried only in a window before each head noun: the cue comes just before it.
    found: dict[int, re.Match[str]] = {}
    for pos in starts_of(text, _HEAD_KEYS):
        for m in _STUDIES_IN.finditer(text, max(0, pos - 70), pos + 80):
            found.setdefault(m.start(), m)
    for m in found.values():
        tokens = m.group("name").split()
        kept = _name_words(tokens)
        if not kept or all(normalize_token(t) in _ARTICLES for t in kept):
            continue
        after = (m.group("after") or "").strip()
        if len(kept) == len(tokens) and (
            (after[:1].isalpha() and normalize_token(after) not in _NOT_NAMES)
            or (not after and m.end("name") < len(text))
        ):
            # A pause or a function word must close the name ("el colegio vizcaya hasta
            # ..."): running on past four words, it is a sentence.
            continue
        name = " ".join(kept)
        # "el colegio 7228 peruano suizo": the number and the name are one.
        start = m.start("number") if m.group("number") else m.start("name")
        spans.append(Span(start, m.start("name") + len(name), ONG))
    if not _ACRONYMS.isdisjoint(words_.vocabulary):
        spans += _acronym_schools(text)
    return spans


# After an acronym, towns and common words are names too ("el iestp acobamba", "la ie
# santa rosa de lima"): only function words and a school's kinds close it.
_ACRONYM_STOP: Final = _NOT_NAMES - ((COMMON_WORDS | PLACE_WORDS) - SENTENCE_WORDS)


def _acronym_schools(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _ACRONYM_SCHOOL.finditer(text):
        first = m.group("name")
        if not first[-1].isdigit() and normalize_token(first) in _ACRONYM_STOP:
            continue
        end = m.end("name")
        pending = 0
        for w in re.finditer(r"\S+", m.group("rest")):
            norm = normalize_token(w.group())
            if norm in ("de", "del"):
                pending += 1
                if pending > 1:
                    break
                continue
            if norm in _ACRONYM_STOP:
                break
            pending = 0
            end = m.start("rest") + w.end()
        spans.append(Span(m.start("head"), end, ONG))
    return spans
