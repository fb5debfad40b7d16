"""Organizations named without a head word: from maintained lists, or by what is said
around them.

- Lists (`data/ngo_names.txt`, `data/employer_names.txt`): NGOs, employers, chains and
  universities that people name bare ("vino World Vision", "entré a Camposol", "estudia
  en la UNH"). A name that is also a place, a saint or a product ("Metro", "Toyota", "la
  Católica") counts only right after a work or study cue ("trabaja de cajera en Metro").
- Cues: a capitalized name after a study verb and an article ("estudia enfermería en la
  Continental"), after a work verb and an article or "para" ("trabajaba para Merry
  Maids", "trabaja en el Vivero Los Olivos"), or after "la fábrica de" ("la fábrica de
  Yazaki"). Places, public bodies (cut later by the allow-list) and generic words stay.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from importlib import resources
from typing import Final, NamedTuple

from privacy.cues import context_key
from privacy.given import GIVEN_NAMES
from privacy.lexicon import (
    CALENDAR_WORDS,
    ELSEWHERE_WORDS,
    KIN,
    NEVER_REDACT_ALONE,
    PARTICLES,
    PLACE_WORDS,
    SENTENCE_WORDS,
    verb_form,
    words,
)
from privacy.normalize import Words, normalize_token, tokenize
from privacy.public import PUBLIC_NAMES
from privacy.recognizers import ONG, Span
from privacy.triggers import Anchors, find_at

_ACCENTED: Final = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]", "n": "[nñ]"}


def any_accent(keys: frozenset[str]) -> str:
    """A regex alternation of normalized lowercase words, matched with or without their
    accents and "ñ" ("compania" matches "compañía"), longest first, so one word set
    serves both the anchors and the patterns."""
    return "|".join(
        "".join(_ACCENTED.get(c, re.escape(c)) for c in key)
        for key in sorted(keys, key=lambda key: (-len(key), key))
    )


class Listed(NamedTuple):
    """One maintained name: its normalized words and how it may be written."""

    key: tuple[str, ...]
    exact: bool  # written in capitals: matches only capitals
    any_case: bool  # also in lowercase
    after_cue: bool  # only after a work or study cue


_FILES: Final = ("ngo_names.txt", "employer_names.txt")


def _load() -> dict[str, list[Listed]]:
    index: dict[str, list[Listed]] = {}
    for name in _FILES:
        text = (resources.files("privacy") / "data" / name).read_text(encoding="utf-8")
        for line in text.splitlines():
            surface, _, marks = line.partition(" | ")
            surface = surface.strip()
            if not surface or surface.startswith("#"):
                continue
            key = tuple(normalize_token(t.text) for t in tokenize(surface))
            any_case = "any case" in marks
            entry = Listed(key, surface.isupper() and not any_case, any_case, "after cue" in marks)
            index.setdefault(key[0], []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry.key))  # longest first
    return index


LISTED: Final = _load()
LISTED_FIRST: Final = frozenset(LISTED)

# What people say before the place they work or study at.
WORK_CUES: Final = words(
    """
    trabaja trabajo trabaje trabajaba trabajaban trabajabamos trabajan trabajamos trabajar
    trabajando trabajado trabajaron trabajara chambea chambeo chambeaba chamba chambear
    labora laboro laboraba entro entre entraron entrar ingreso ingrese ingresaron ingresar
    contrataron contrato contrata empleado empleada cajera cajero reponedor reponedora
    operario operaria obrero obrera vendedor vendedora repartidor repartidora chofer
    vigilante limpieza empresa fabrica planta supermercado tienda mina minera turno sueldo
    estudia estudio estudie estudiaba estudiar estudiando estudiante estudian postula
    postulo postule postular postulando ingresante egreso egrese egresado egresada
    carrera universidad instituto colegio cepre practicas vende vendia vendo vendi vendiamos
    """
)
_CUE_PREPOSITIONS: Final = words("en a al para con de del")
_ARTICLES: Final = words("la el los las")
# Nouns right before a name that say it is a workplace: "la fábrica Subaru".
_PLACE_OF_WORK: Final = words(
    "fabrica empresa planta supermercado tienda mina minera compania cadena universidad"
)
_CUE_WINDOW: Final = 6
_MINE: Final = words("mina minas")
PUBLIC_PHRASES: Final = frozenset(key for names in PUBLIC_NAMES.values() for key, _ in names)
_SENTENCE_END: Final = re.compile(r"[.;:!?\n]")

_UP: Final = "A-ZÁÉÍÓÚÑÜ"
_WORD: Final = rf"[{_UP}][\wáéíóúñü'’\-]*"
_NAME: Final = rf"(?P<name>{_WORD}(?:\s+(?:(?:de|del|y)\s+(?:(?:la|los|las)\s+)?)?{_WORD}){{0,4}})"
_BETWEEN: Final = r"(?:\s+[a-záéíóúñü]+){0,3}?"
_STUDY: Final = re.compile(
    rf"(?i:estudi|postul|ingres|egres|matricul)\w*{_BETWEEN}\s+(?:(?:en|a|de)\s+(?:la|el)|al|del)"
    rf"\s+{_NAME}"
)
_WORK: Final = re.compile(
    rf"(?i:trabaj|chambe|labor)\w*{_BETWEEN}\s+(?:(?:en|para|con)\s+(?:la|el)|al|del|para)"
    rf"\s+{_NAME}"
)
_FACTORY: Final = re.compile(rf"(?i:f[aá]brica|empresa)\s+(?:de|del)\s+{_NAME}")
_STUDY_STEMS: Final = ("estudi", "postul", "ingres", "egres", "matricul")
_WORK_STEMS: Final = ("trabaj", "chambe", "labor")
CUE_TRIGGERS: Final = frozenset(
    w for w in WORK_CUES if w.startswith(_STUDY_STEMS + _WORK_STEMS)
) | words("fabrica empresa")
# Verbs after which three capitals are a workplace: "trabaja en la OIM", "estudia en la
# UNE"; not "ingresó en la UCI" or "el estudio del TAC" (a noun).
_ACRONYM_VERBS: Final = words(
    """
    trabaja trabajo trabaje trabajaba trabajaban trabajamos trabajan trabajar trabajando
    chambea chambeaba labora laboraba estudia estudie estudiaba estudian estudiar
    postula postulo postule
    """
)
# Capitalized words after a cue that name no one: "trabaja en el Estado", "en la Capital".
_NOT_NAMES: Final = NEVER_REDACT_ALONE | words(
    """
    capital ciudad estado universidad instituto colegio escuela empresa fabrica planta
    mina minera campo centro norte sur este oeste extranjero exterior chacra casa hospital
    feria campana parada terminal puerto aeropuerto mercado supermercado hotel restaurante
    pedagogico tecnologico cepre secundaria primaria inicial academia particular
    servicio unidad area sala urgencias emergencia consulta departamento seccion cirugia
    medicina uci hospitalizacion quirofano noche dia manana tarde madrugada semana
    """
)
_TRAILING_PLACE: Final = re.compile(
    r"(?:\s+(?:de|del|en)\s+(?:(?:la|los|las)\s+)?[\wÁÉÍÓÚÑÜáéíóúñü'’\-]+)+$"
)


# A Quechua name written in lowercase after what it is: "trabajo en la ong kusi warma".
_LOWER_QUECHUA: Final = re.compile(
    r"(?<!\w)(?i:ong|asociaci[oó]n|organizaci[oó]n|grupo|red|comedor|cooperativa|club|radio)"
    r"\s+(?P<name>[a-zñ'’]+(?:\s+[a-zñ'’]+){0,2})"
)
_QUECHUA_SPELLED: Final = re.compile(r"[achiklmnñpqrstuwy'’]+")
_QUECHUA_LETTERS: Final = re.compile(r"[kw]|q$")
_FUNCTION_WORDS: Final = SENTENCE_WORDS | PARTICLES
LOWER_HEADS: Final = words("ong asociacion organizacion grupo red comedor cooperativa club radio")


# Capitalized words after "de" that are no place: "de Lunes a viernes", "de Dios".
_NOT_PLACE_TAILS: Final = SENTENCE_WORDS | words(
    """
    lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo
    junio julio agosto septiembre setiembre octubre noviembre diciembre dios
    """
)
_SCHOOL_NUMBER: Final = re.compile(
    r" (?:N[º°o]\.? ?)?\d{1,5}(?!\d|[,.]\d| (?:soles|a[ñn]os|mil|d[oó]lares|euros|hect))"
)


def find_listed(anchors: Anchors) -> list[Span]:
    """Return the listed names written in the text (see the module docstring)."""
    words_ = anchors.words
    norms, tokens, n = words_.norms, words_.words, len(words_.norms)
    gaps = words_.gaps
    spans: list[Span] = []
    for i in anchors.of(LISTED_FIRST):
        for entry in LISTED[norms[i]]:
            k = len(entry.key)
            if i + k > n or tuple(norms[i : i + k]) != entry.key:
                continue
            here = tokens[i : i + k]
            if entry.exact and not all(w.isupper() for w in here) and not _as_word(words_, i, k):
                continue
            if not entry.any_case and not (
                here[0][:1].isupper()
                and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in here)
            ):
                continue  # "la paz y esperanza" in lowercase are words
            if entry.after_cue and not _after_cue(words_, i):
                continue
            end = words_.ends[i + k - 1]
            # "la escuela Fe y Alegría 65": the number is the school's; "Cáritas
            # Huancavelica": the branch's place or name too.
            number = _SCHOOL_NUMBER.match(words_.text, end)
            if number:
                end = number.end()
            elif (
                i + k < n
                and gaps[i + k] == " "
                and tokens[i + k][:1].isupper()
                and norms[i + k] not in SENTENCE_WORDS
            ):
                end = words_.ends[i + k]  # "Cáritas Ambrosiana", "Cáritas Madrid"
            elif (
                k == 1
                and norms[i] in _KINDS_OF_SCHOOL
                and i + 2 < n
                and norms[i + 1] == "de"
                and gaps[i + 1] == gaps[i + 2] == " "
                and tokens[i + 2][:1].isupper()
            ):
                # "estudia en el Pedagógico de Lircay": only its town tells it apart.
                end = words_.ends[i + 2]
            spans.append(Span(words_.starts[i], end, ONG))
            break
    return spans


_KINDS_OF_SCHOOL: Final = words("pedagogico tecnologico")


# Listed acronyms whose capitalized word is a town migrants work in (Adra, Almería).
_ACRONYMS_THAT_ARE_PLACES: Final = words("adra")


def _as_word(words_: Words, i: int, k: int) -> bool:
    """Whether a listed acronym is written as a capitalized word inside a sentence: NGOs
    write their own names so ("Desco", "Prisma", "Inppares"); never at a sentence start,
    never a place ("Adra"), never three letters ("¡Ups!")."""
    word = words_.words[i]
    return (
        k == 1
        and i > 0
        and len(word) >= 4
        and word[:1].isupper()
        and word[1:].islower()
        and not _SENTENCE_END.search(words_.gaps[i])
        and words_.norms[i] not in PLACE_WORDS
        and words_.norms[i] not in _ACRONYMS_THAT_ARE_PLACES
    )


def _after_cue(words_: Words, i: int) -> bool:
    """Whether word ``i`` follows a work or study cue: "trabaja de cajera en [Metro]"."""
    norms, gaps = words_.norms, words_.gaps
    j = i - 1
    if j >= 0 and norms[j] in _ARTICLES and gaps[i] == " ":
        j -= 1
    if j < 0 or _SENTENCE_END.search(gaps[j + 1]):
        return False
    if norms[j] in _PLACE_OF_WORK:
        return True
    if norms[j] not in _CUE_PREPOSITIONS:
        return False
    if norms[j] == "de" and j > 0 and norms[j - 1] in _MINE:
        return False  # "la mina de Cobriza": a mine is named after its place
    for k in range(j - 1, max(-1, j - 1 - _CUE_WINDOW), -1):
        if _SENTENCE_END.search(gaps[k + 1]):
            return False
        if norms[k] in WORK_CUES:
            return True
    return False


# A school named by its number: "el colegio 36009", "la IE 30127", "la escuela N° 31245"
# (never a year, a count or an amount: "en la escuela 120 alumnos").
_SCHOOL: Final = re.compile(
    r"(?i:colegio|escuela|escuelita|jard[ií]n|inicial|ie|i\.\s?e\.|iep|i\.e\.p\.|"
    # Kindergartens and night schools by their codes: "la IEI 345", "el C.E.I. 512".
    r"iei|cei|i\.e\.i\.|c\.e\.i\.|pronoei|ceba)\s+"
    # "N°" typed lowercase too in a lowercase transcript: "la i.e. n° 36287".
    r"(?P<name>(?:[Nn][º°]\.?\s?|No\.?\s?)?(?P<number>\d{3,5}))(?![\d/]|[,.]\d)"
    r"(?!\s+(?:soles|a[ñn]os|alumn|ni[ñn]|estudiant|chic|docent|profes|familias|d[oó]lares|"
    r"metros|m\b|km|kil|minutos|horas|cuadras|pasos|mil|personas|socios|hect|euros|pesos))"
)
SCHOOL_WORDS: Final = words(
    "colegio escuela escuelita jardin inicial ie i iep iei cei c pronoei ceba"
)
_IE: Final = re.compile(r"(?i:ie|i\.\s?e\.|iep|i\.e\.p\.|iei|cei|i\.e\.i\.|c\.e\.i\.)\s")
_NAME_AFTER_NUMBER: Final = re.compile(
    r"[ \t]+([A-ZÁÉÍÓÚÑ][\wáéíóúñü'’\-]*)(?:[ \t]+[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’\-]*){0,3}"
)


# The village or town closing an organization's name, written on with no comma: "la I.E.
# N° 30487 de Chilcapite", "Rosie's Diner of Jackson Heights". It tells the school or the
# group apart, so it goes with the name; after a comma or "en" it is where it is.
PLACE_TAIL: Final = re.compile(
    rf"[ \t]+(?:de|del|of)[ \t]+(?:the[ \t]+)?(?P<place>{_WORD})(?:[ \t]+{_WORD}){{0,2}}"
)


def with_place_tail(text: str, end: int) -> int:
    """The end of a name found by its head word, with the place written after it."""
    tail = PLACE_TAIL.match(text, end)
    if tail is None or normalize_token(tail.group("place")) in _NOT_PLACE_TAILS:
        return end
    return tail.end()


def find_school_numbers(anchors: Anchors) -> list[Span]:
    """Return schools named by their number (see `_SCHOOL`)."""
    text = anchors.words.text
    spans: list[Span] = []
    numbers: set[str] = set()
    for m in find_at(_SCHOOL, text, anchors.starts(SCHOOL_WORDS)):
        number = m.group("number")
        # "la I.E. 2026 Simón Bolívar": the school's name after its number goes with it.
        named = _NAME_AFTER_NUMBER.match(text, m.end())
        if named and normalize_token(named.group(1)) in SENTENCE_WORDS:
            named = None
        year = len(number) == 4 and number.startswith(("19", "20"))
        if year and (named is None or not _IE.match(m.group())):
            continue  # "en el colegio 2019 fue...", "en la escuela 2019 Juan...": a year
        # An abbreviated head is written as part of the name ("la [I.E. 2026 Simón Bolívar]").
        head = m.group().split(None, 1)[0]
        # Typed lowercase, the abbreviation is still part of it ("la [ie 36472]").
        start = m.start() if _IE.match(m.group()) or head.isupper() else m.start("name")
        if named is None or " " not in named.group().strip():
            # "la IEI 345 de Ccollpa": a number alone or a one-word name needs its village.
            end = with_place_tail(text, named.end() if named else m.end("name"))
        else:
            end = named.end()  # "la I.E. 2026 Simón Bolívar de Ica": told apart without it
        spans.append(Span(start, end, ONG))
        numbers.add(number)
    # Said again by its number alone after its article: "en la 36287 tenemos 41 alumnos".
    for number in numbers:
        at = text.find(number)
        while at >= 0:
            article = text[max(0, at - 3) : at].lower() in ("la ", "el ")
            if (
                article
                and (at < 4 or not text[at - 4].isalnum())  # "Nela 36287" has no article
                and not any(s.start <= at < s.end for s in spans)
            ):
                end = at + len(number)
                if end == len(text) or not text[end].isalnum():
                    spans.append(Span(at, end, ONG))
            at = text.find(number, at + 1)
    return spans


def find_cued(anchors: Anchors) -> list[Span]:
    """Return capitalized names after a study or work cue and an article, and bare names
    said to pay or hire the speaker or to be what someone works at (see `find_bare`)."""
    text = anchors.words.text
    spans = find_bare(anchors.words)
    positions = anchors.starts(CUE_TRIGGERS)
    if not positions:
        return spans
    for pattern in (_STUDY, _WORK, _FACTORY):
        for m in find_at(pattern, text, positions):
            span = _cued_name(m)
            if span is not None:
                spans.append(span)
    return spans


def find_lowercase_quechua(anchors: Anchors) -> list[Span]:
    """Return lowercase Quechua names right after "ong", "asociación", "grupo"..."""
    text = anchors.words.text
    spans: list[Span] = []
    for m in find_at(_LOWER_QUECHUA, text, anchors.starts(LOWER_HEADS)):
        taken: list[str] = []
        end = m.start("name")
        for w in _RUN_WORD.finditer(m.group("name")):
            word = w.group()
            if word in _FUNCTION_WORDS or _QUECHUA_SPELLED.fullmatch(word) is None:
                break  # "la ong kusi warma nos dio...": the name ends at a Spanish word
            if taken and "\n" in text[end : m.start("name") + w.start()]:
                break  # a name never goes on past the end of a line ("p2: ya" is a turn)
            taken.append(word)
            end = m.start("name") + w.end()
        # Without k, w or a final q, only after "ong" and with two words one of which has
        # "ñ" or "ll" ("la ong allpa ñan"): "el grupo niñas canta" is Spanish.
        if not any(_QUECHUA_LETTERS.search(word) for word in taken) and not (
            m.group().lower().startswith("ong")
            and len(taken) >= 2
            and any("ñ" in word or "ll" in word for word in taken)
        ):
            continue
        if tuple(normalize_token(w) for w in taken) in PUBLIC_PHRASES:
            continue  # "el comedor qali warma" is the state programme
        spans.append(Span(m.start("name"), end, ONG))
    return spans + _again_in_lowercase(text, spans)


_RUN_WORD: Final = re.compile(r"\S+")


def _again_in_lowercase(text: str, spans: list[Span]) -> list[Span]:
    """Later lowercase mentions of a lowercase name: "a los de warmi kallpachay"."""
    found: list[Span] = []
    for name in {text[s.start : s.end] for s in spans}:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            found.append(Span(m.start(), m.end(), ONG))
    return found


# Two or three capitalized words in the Quechua alphabet, one with "ñ" or "ll" (which
# Spanish names rarely pair with Quechua letters alone), after "con" or "por": "Con Allpa
# Ñan queremos..." (never after "en", "de": places; "la", "el" are everywhere). Words with k, w or a
# final q are people.py's.
_PAIR_BEFORE: Final = words("con por")
# Literal starts: a character class first would make the engine try every position.
_BEFORE_CAPITAL: Final = re.compile(r"on (?=[A-ZÑ])|or (?=[A-ZÑ])")
_QUECHUA_TITLED: Final = re.compile(r"[achilmnñpqrstuy]+")
QUECHUA_PAIR_HINTS: Final = ("Ñ", "ñ", "Ll", "ll")


def find_after_con(words_: Words) -> list[Span]:
    """Return names after "con"/"por" that only an organization can be.

    Capitalized Quechua words with "ñ" or "ll" ("Con Allpa Ñan queremos..."), and a name
    before a verb in "we" ("Con Soluciones Prácticas hicimos...", "con Tierra Fértil
    aprendimos"): a group, unless a person's given name, a place or a public body.
    """
    text = words_.text
    hints = any(map(text.__contains__, QUECHUA_PAIR_HINTS))
    tokens, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    spans: list[Span] = []
    # "con"/"por" before a capital, found in C; the word before the capital is checked.
    for m in _BEFORE_CAPITAL.finditer(text):
        first = bisect_left(words_.starts, m.end())
        i = first - 1
        if i < 0 or first >= n or norms[i] not in _PAIR_BEFORE:
            continue
        if norms[i] == "con":
            we = _NAME_THEN_WE.match(text, m.end())
            if we is not None and norms[first] not in GIVEN_NAMES:
                span = _cued_name(we)
                if span is not None:
                    spans.append(span)
                    continue
        if not hints:
            continue
        last = i + 1
        while last + 1 < n and last - i < 3 and gaps[last + 1] == " ":
            if not tokens[last + 1][:1].isupper():
                break
            last += 1
        folded = [w.lower() for w in tokens[i + 1 : last + 1]]
        if len(folded) < 2 or not all(_QUECHUA_TITLED.fullmatch(w) for w in folded):
            continue
        if not any("ñ" in w or "ll" in w for w in folded):
            continue
        if any(norms[k] in PLACE_WORDS for k in range(i + 1, last + 1)):
            continue
        spans.append(Span(words_.starts[i + 1], words_.ends[last], ONG))
    return spans


# A name and then what "we" did with it: "Con Manos Unidas construimos el local".
_NAME_THEN_WE: Final = re.compile(
    rf"{_NAME}\s+(?:[a-záéíóúñ]+\s+)?[a-záéíóúñ]+(?:amos|imos|emos)(?!\w)"
)


_SAINTS: Final = words("san santa santo virgen senor nuestra")


def _public_body(norms: list[str]) -> bool:
    """Whether the name starts with an allow-listed body (not a saint a school is named after)."""
    if norms[0] in _SAINTS:
        return False
    return any(tuple(norms[: len(key)]) == key for key, _ in PUBLIC_NAMES.get(norms[0], ()))


def _cued_name(m: re.Match[str]) -> Span | None:
    name = m.group("name")
    # "la Continental de Huancayo": the place after the name is research content.
    trail = _TRAILING_PLACE.search(name)
    if trail and all(normalize_token(t.text) in _NOT_NAMES for t in tokenize(trail.group())):
        name = name[: trail.start()]
    norms = [normalize_token(t.text) for t in tokenize(name)]
    if not norms or norms[0] in _NOT_NAMES or norms[0] in PLACE_WORDS:
        return None  # "trabaja en el Mercado Modelo", "estudia en la Capital"
    if _PLACE_APPOSED.match(m.string, m.start("name") + len(name)):
        return None  # "trabaja en la Zofri, la zona franca": a place, said so after it
    if m.re is _FACTORY and all(w in _PLACES_OF_ORIGIN for w in norms):
        return None  # "una empresa de Estados Unidos", "la fábrica de Italia": from where
    # The programme's name may run on past the capitals: "postular a la Beca 18".
    ahead = [normalize_token(t.text) for t in tokenize(m.string[m.start("name") : m.end() + 24])]
    if all(w in _NOT_NAMES for w in norms) or _public_body(norms) or _public_body(ahead):
        return None  # "trabaja en la UGEL de Acobamba" is research content
    if (
        len(name) <= 3
        and name.isupper()
        and not (len(name) == 3 and normalize_token(m.group().split(None, 1)[0]) in _ACRONYM_VERBS)
    ):
        return None  # "el estudio del OI", "ingresó en la UCI": clinical, not employers
    start = m.start("name")
    if _FOR_DEVOTION.search(m.group(), 0, m.start("name") - m.start()):
        # "trabajamos todo el año para la Virgen de la Natividad": the fiesta's saint,
        # left to the allow-list; a firm by its own name still goes.
        return Span(start, start + len(name), ONG)
    # Said to be where someone works or studies, a saint's name is the school's: "estudia
    # en el San Antonio" is not cut by the allow-list like the fiesta would be.
    return Span(start, start + len(name), ONG, context_key(name))


_PLACES_OF_ORIGIN: Final = PLACE_WORDS | ELSEWHERE_WORDS | PARTICLES
_PLACE_APPOSED: Final = re.compile(
    r",\s+(?:la|el)\s+(?:zona|mercado|barrio|distrito|ciudad|provincia|feria|plaza|pueblo|"
    r"valle|regi[oó]n|capital|puerto|localidad|comuna|parada|paradero)\b",
    re.IGNORECASE,
)


# Worked for or with a saint is a devotion, not a workplace.
_FOR_DEVOTION: Final = re.compile(r"(?:para|con)\s+(?:la|el)\s+$")


# "trabajamos con Cedinco y con Ayuda en Acción": the same "con" or "para" before a
# found organization and a bare capitalized name, joined by "y"/"o"/a comma, makes the
# name one of the same kind. Not "en": places dominate that slot ("estuve en Chupaca, en
# CARE").
_COORDINATED_PREPOSITIONS: Final = words("con para")
_COORDINATORS: Final = frozenset({"y", "o", "e"})


def find_coordinated(words_: Words, found: list[Span]) -> list[Span]:
    """Return bare names coordinated with a found organization under one preposition,
    unless a place, a given name, a sentence word or a public body."""
    starts, ends, n = words_.starts, words_.ends, len(words_.norms)
    spans: list[Span] = []
    for span in found:
        first = bisect_left(starts, span.start)
        if first < 1 or first >= n or starts[first] != span.start:
            continue
        preposition = words_.norms[first - 1]
        if preposition not in _COORDINATED_PREPOSITIONS:
            continue
        before = _coordinated_before(words_, first, preposition)
        after = _coordinated_after(words_, bisect_left(ends, span.end), preposition)
        spans += [s for s in (before, after) if s is not None]
    return spans


def _coordinated_before(words_: Words, first: int, preposition: str) -> Span | None:
    norms, gaps = words_.norms, words_.gaps
    # first-1: preposition; first-2: "y" or a comma gap; first-3: X; first-4: preposition
    j = first - 2
    if j < 1:
        return None
    if norms[j] in _COORDINATORS:
        x, p = j - 1, j - 2
    elif "," in gaps[first - 1]:
        x, p = j, j - 1
    else:
        return None
    if p < 0 or norms[p] != preposition:
        return None
    if any(_SENTENCE_END.search(gaps[k]) for k in range(x, first)):
        return None
    return _bare_name(words_, x)


def _coordinated_after(words_: Words, last: int, preposition: str) -> Span | None:
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    k = last + 1
    if k < n and norms[k] in _COORDINATORS and not _SENTENCE_END.search(gaps[k]):
        k += 1
    elif not (k < n and "," in gaps[k]):
        return None
    if k + 1 >= n or norms[k] != preposition or _SENTENCE_END.search(gaps[k + 1]):
        return None
    x = k + 1
    if x + 1 < n and words_.words[x + 1][:1].isupper() and gaps[x + 1] == " ":
        return None  # more than one word: not a bare name
    return _bare_name(words_, x)


def _bare_name(words_: Words, x: int) -> Span | None:
    word, norm = words_.words[x], words_.norms[x]
    if (
        not word[:1].isupper()
        or len(word) < 3
        or norm in PLACE_WORDS
        or norm in GIVEN_NAMES
        or norm in SENTENCE_WORDS
        or norm in _NOT_NAMES
        or _public_body([norm])
    ):
        return None
    return Span(words_.starts[x], words_.ends[x], ONG)


# Transcripts typed in lowercase write a firm in lowercase too. Its trade word after a
# work cue starts it ("trabajé en textil san jacinto en gamarra"); a legal suffix ends it
# ("una empresa que se llamaba servicios integrales cordillera limitada"). The name runs
# over lowercase words up to a function word; a trade word with only generic words after
# it ("trabajé en confecciones", "en transportes de carga") names no one.
# The first word is a trade word: only words of `LOWER_FIRM_WORDS` anchor the scan.
_LOWER_TRADE_FIRM: Final = re.compile(r"[a-záéíóúñü]+(?:\s+[a-záéíóúñü]+){1,4}")
_WORK_CUE_BEFORE: Final = re.compile(
    r"\b(?:trabaj|chambe|labor|entr[eé]|ingres)\w*(?:\s+[a-záéíóúñü]+){0,2}?\s+"
    r"(?:en|para|a|con)\s+(?:(?:la|el)\s+)?$"
    # Moving to it or being told its name: "después pasé a textil kory", "el taller se
    # llamaba confecciones remy".
    r"|\b(?:pas[eé]|pasamos|me\s+cambi[eé]|nos\s+cambiamos)\s+(?:a|al)\s+(?:(?:la|el)\s+)?$"
    r"|\bse\s+llamaba?\s+$"
    # Being there, or a workplace of the firm: "yo estaba en agroexport chavalina, en el
    # espárrago", "está en la empacadora de agrícola topará verde".
    r"|\b(?:estaba|estaban|estuve|estuvo|estuvimos|est[aá]|est[aá]n)\s+en\s+(?:(?:la|el)\s+)?$"
    r"|\b(?:empacadora|planta|packing|fundo|campo|almac[eé]n|f[aá]brica)\s+de\s+$"
)
# Trades a firm is named by, normalized, shared with `orgs` (where a firm's own name may
# come before them: "Tempo Servicios Generales"). One list, so a trade added here is
# both a lowercase firm's first word and a capitalized head.
FIRM_TRADES: Final = words(
    """
    textil confecciones inversiones distribuidora transportes servicios comercial
    constructora agricola agroexportadora agroexport agroindustrial industrias multiservicios
    inmobiliaria
    corporacion negociaciones representaciones comercializadora
    """
)
# Spain's "S.L." too: "agrícola hermanos lorca sl".
_SUFFIX_WORDS: Final = words("limitada ltda sac eirl srl sl sa sat llc inc")
# Short or foreign legal forms ("finca los almendros sa", "campoalmeria sat", "green
# hills landscaping llc") are a firm only after two name words and a work cue, like
# "limitada": "sa" and "inc" alone are too short to trust.
_WEAK_SUFFIXES: Final = ("sa", "sat", "llc", "inc")
# Trade and legal-suffix words: the scan runs only where one is (their anchors come
# with `orgs.HEAD_WORDS`).
# Trades a firm is named by written after a workshop it is ("una carpintería, muebles
# wayra"), English trades after a lowercase name ("trabaja en kusi chicken"), and trades
# that head a capitalized name ("en Vigilancia Halcón", "Nettoyage Soleil SARL").
_APPOSED_TRADES: Final = words("muebles calzados confecciones estampados tejidos")
_TRAILING_TRADES: Final = words("chicken broaster export exports")
_CAPITAL_TRADES: Final = words(
    """
    vigilancia seguridad pedidos estampados bordados envios mensajeria nettoyage proprete
    """
)
# Nouns for a workplace that a lowercase name follows: "vendemos a la empresa pradera
# andina, en huancayo", "el fundo san gabriel,", "el restorán Sabores del Rímac". The
# kind is said, not the name: the span is the name alone.
_KIND_HEADS: Final = words(
    "empresa fundo restoran restorant restaurante polleria cooperativa agencia academia iglesia"
)
# Trades that, after an article or a kind, open a lowercase firm's name without a work
# verb: "está en la agrícola huarango dorado,", "el fundo agrícola santa inés de ica".
_ARTICLE_TRADES: Final = words(
    """
    agricola agroexportadora agroindustrial constructora distribuidora inversiones minera
    pesquera empacadora textil confecciones avicola ferreteria galletera panificadora
    """
)
LOWER_FIRM_WORDS: Final = (
    FIRM_TRADES
    | words("agroexportadora importaciones")
    | _SUFFIX_WORDS
    | _APPOSED_TRADES
    | _TRAILING_TRADES
    | _CAPITAL_TRADES
    | _KIND_HEADS
    | _ARTICLE_TRADES
)
# A sentence's full stop may follow the suffix ("... san judas sac. me botaron").
_LOWER_SUFFIX: Final = re.compile(
    r"(?:limitada|ltda\.?|s\.a\.c\.|sac|e\.i\.r\.l\.|eirl|s\.r\.l\.|srl|sl|sat|sa|llc|inc)"
    r"(?!\w)(?!\.\w)"
    r"|(?:s\.a\.c|e\.i\.r\.l|s\.r\.l)(?=\.)"
)
_FIRM_CONTEXT: Final = re.compile(
    r"\b(?:empresa|compa[ñn][ií]a|firma|contrata|se\s+llama\w*|trabaj\w*|contrat\w*|"
    r"entr[eé]|chambe\w*)\b[^.;!?\n]*$"
)
_NOT_FIRM_WORDS: Final = SENTENCE_WORDS | words(
    """
    la las los una un unos unas que y o e llama llamaba llamaban llamo se le les lo
    trabaje trabajo trabajaba entre entro estuve estaba
    """
)
_GENERIC_FIRM_WORDS: Final = words(
    """
    de del general generales integrales multiples diversos varios carga pesada ligera
    limpieza seguridad construccion civil agricola agricolas textil textiles sac limitada
    ltda eirl srl
    """
)
_MAX_FIRM_WORDS: Final = 5


def find_lowercase_firms(anchors: Anchors) -> list[Span]:
    """Return lowercase firms named by their trade after a work cue, or by a legal suffix."""
    words_ = anchors.words
    text = words_.text
    spans: list[Span] = []
    for i in anchors.of(LOWER_FIRM_WORDS):
        pos = words_.starts[i]
        norm = words_.norms[i]
        if norm in _CAPITAL_TRADES and text[pos : pos + 1].isupper():
            span = _capital_trade_firm(words_, i)
            if span is not None:
                spans.append(span)
            continue
        if not text[pos : pos + 1].islower() or pos < 2 or text[pos - 1] != " ":
            continue
        if norm in _TRAILING_TRADES:
            span = _named_before_trade(words_, i)
            if span is not None:
                spans.append(span)
            continue
        if norm in _KIND_HEADS or norm in _ARTICLE_TRADES or norm in _CAPITAL_TRADES:
            span = _named_after_kind(words_, i)
            if span is not None:
                spans.append(span)
                continue
            if norm not in FIRM_TRADES:
                continue
        apposed = _WORKSHOP_BEFORE.search(text, max(0, pos - 60), pos) is not None
        # A trade of `_APPOSED_TRADES` alone ("muebles", "tejidos") is a firm only set off
        # after a workshop.
        apposed_only = norm not in FIRM_TRADES and norm not in _SUFFIX_WORDS
        if apposed_only and (norm not in _APPOSED_TRADES or not apposed):
            continue
        if norm in _SUFFIX_WORDS:
            m = _LOWER_SUFFIX.match(text, pos)
            if m is not None and text[pos - 2].isalpha():
                span = _words_before_suffix(text, m.start(), m.end())
                if span is not None:
                    spans.append(span)
            continue
        if not apposed and not _WORK_CUE_BEFORE.search(text, max(0, pos - 60), pos):
            continue
        m = _LOWER_TRADE_FIRM.match(text, pos)
        if m is None:
            continue
        taken: list[str] = []
        for k, word in enumerate(m.group().split()):
            if k == 1 and word in _ARTICLES:
                taken.append(word)  # "transportes el rápido": the article opens its name
                continue
            if normalize_token(word) in _NOT_FIRM_WORDS:
                break
            taken.append(word)
        if taken[-1:] and taken[-1] in _ARTICLES:
            taken.pop()
        if apposed_only and not _APPOSED_NAME.match(text, pos + len(taken[0])):
            continue  # "una carpintería, muebles de cocina", "muebles baratos no hay"
        while taken and taken[-1] in ("de", "del", "san", "santa"):
            taken.pop()
        if any(normalize_token(w) not in _GENERIC_FIRM_WORDS for w in taken[1:]):
            end = pos + len(" ".join(taken))
            dotted = _DOTTED_TAIL.match(text, end)  # "… pampa baja s.a.c."
            spans.append(Span(pos, dotted.end() if dotted else end, ONG))
    if any(map(text.__contains__, _DOTTED_SUFFIX_HINTS)):
        for m in _DOTTED_SUFFIX.finditer(text):
            if m.start() >= 2 and text[m.start() - 1] == " " and text[m.start() - 2].isalpha():
                span = _words_before_suffix(text, m.start(), m.end())
                if span is not None:
                    spans.append(span)
    return spans


_DOTTED_TAIL: Final = re.compile(r"(?:\.[a-z])+\.?")
# A lowercase legal suffix written with its dots ("wayra s.a.c.,"): no word of it is an
# anchor, so it is looked for where its letters are.
# A plain "s.a." closes a firm's name too ("la mina es minera condorccocha s.a. y ..."):
# written with both dots, no Spanish word has that shape.
_DOTTED_SUFFIX_HINTS: Final = ("s.a.", "s.r.l", "e.i.r.l")
_DOTTED_SUFFIX: Final = re.compile(
    r"(?<![\w.])(?:s\.a\.c|s\.r\.l|e\.i\.r\.l|s\.a(?=\.))\.?(?![\w])"
)

# What stands right before a kind or trade that opens a lowercase name: an article or a
# determiner ("la agrícola", "una empresa"), the kind itself ("el fundo agrícola"), or
# a work cue ("entré de vigilante en seguridad ..."); "la compañía minera ..." too.
_KIND_LEAD: Final = re.compile(
    r"(?:\b(?:la|el|una|un|esa|ese|esta|este|otra|otro|mi|su|nuestra|nuestro)"
    r"|\b(?:empresa|fundo|compa[ñn][ií]a)"
    # Whose it is or who works there: "el dueño de ferretería san isidro,", "le compro a
    # los de textil wari,".
    r"|\bdue[ñn][oa]s?\s+de|\b(?:los|las)\s+de)\s+$"
)
# Descriptions of a workplace, not names: "la empresa privada,", "el fundo grande,".
KIND_DESCRIPTIONS: Final = _GENERIC_FIRM_WORDS | words(
    """
    grande grandes chica chico pequena pequeno mediana mediano nueva nuevo antigua antiguo
    formal informal extranjera extranjero china chino americana transnacional familiar
    local minera mineras minero agroexportadora exportadora constructora textil agricola
    agroindustrial pesquera avicola ganadera lechera maderera azucarera algodonera
    mismo misma otra otro donde alla aca aqui ahi tambien nomas pues mas
    bueno buena mala malo campestre turistico turistica criollo criolla marino marina
    vegetariano chifa cevicheria cafetalera cacaotera agraria agropecuaria comunal militar
    preuniversitaria pre evangelica catolica adventista pentecostal cristiana israelita
    mormona matriz madre principal central regional municipal nacional privada publica de
    empleos empleo
    """
)
_KIND_NAME_CLOSE: Final = re.compile(
    r"(?: (?:primero|nom[aá]s|tambi[eé]n|despu[eé]s|antes|ahora|pues))?\s*(?:[.,;:!?\n)]|$)"
    # Whose the firm is closes its name: "la empresa confecciones rosita de un señor de
    # juliaca".
    r"| de (?:un|una) (?:se[ñn]or|se[ñn]ora|paisano|paisana|chino|china|coreano|coreana)\b"
)
_KIND_PLACE_TAIL: Final = re.compile(
    r" (?:de|del|en) (?P<place>[a-záéíóúñü]+(?: [a-záéíóúñü]+)?)\s*(?:[.,;:!?\n)]|$)"
)
_MAX_KIND_NAME: Final = 4
_NUMBER_WORDS: Final = words(
    """
    un una uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce
    quince veinte treinta cuarenta cincuenta cien ciento mil primer primera segunda
    segundo tercer tercera
    """
)
# Verbs said of a workplace right after its kind: "el fundo queda lejos", "la empresa
# pagaba poco". Past tenses are told by their endings.
_CLAUSE_VERBS: Final = words(
    """
    queda quedan tiene tienen tenia paga pagan contrata contratan da dan dio dieron
    quebro sigue siguen hace hacen hizo exporta exportan vende venden produce producen
    compra compran busca buscan necesita necesitan trabaja trabajan hubo habia hay tuvo
    tuvimos llego llegaron vino vinieron quiere quieren quiso dijo dice dicen puso entro
    sale salio saco tambien
    """
)
# One word after the kind that only describes it: "un restaurante peruano,", "la
# iglesia madre,"; a name of one word has no such ending ("la empresa vallesur,").
_DESCRIBING_ENDINGS: Final = (
    "ano",
    "ana",
    "ino",
    "ina",
    "ense",
    "eno",
    "ena",
    "es",
    "esa",
    "ista",
    "al",
    "ico",
    "ica",
    "oso",
    "osa",
    "ero",
    "era",
    "ivo",
    "iva",
    "ado",
    "ada",
    "ido",
    "ida",
)


def _named_after_kind(words_: Words, i: int) -> Span | None:
    """A lowercase name after a workplace's kind or trade said with an article or a work
    cue, closed by a comma or a full stop or by a known place: "la agrícola huarango
    dorado,", "a la empresa pradera andina, en huancayo", "en seguridad halcón de oro,",
    "el fundo agrícola san fermín de pisco,"; a capitalized one after "el restorán". Not
    a description ("la empresa privada,"), what it makes ("una empresa de buses,") or a
    clause ("la empresa nos pagaba poco")."""
    text, tokens, norms, gaps = words_.text, words_.words, words_.norms, words_.gaps
    n = len(norms)
    pos = words_.starts[i]
    norm = norms[i]
    opened = (
        norm in _ARTICLE_TRADES
        and i + 2 < n
        and tokens[i + 1] in ("los", "las")
        and gaps[i + 1] == gaps[i + 2] == " "
        and _ARTICLE_NAME_LEAD.search(text, max(0, pos - 20), pos) is not None
        and _named_plural(norms[i + 2])
    )
    lead = opened or _KIND_LEAD.search(text, max(0, pos - 20), pos) is not None
    if norm in _CAPITAL_TRADES and not _WORK_CUE_BEFORE.search(text, max(0, pos - 60), pos):
        return None  # "la seguridad de mis hijos": only a cued trade is a firm
    if (
        norm not in _CAPITAL_TRADES
        and not lead
        and not (norm in _ARTICLE_TRADES and _WORK_CUE_BEFORE.search(text, max(0, pos - 60), pos))
    ):
        return None
    if i + 1 >= n or gaps[i + 1] != " ":
        return None
    if norm in ("restoran", "restorant") and tokens[i + 1][:1].isupper():
        last = i + 1
        while last + 1 < n and last - i < _MAX_KIND_NAME and gaps[last + 1] == " ":
            nxt = tokens[last + 1]
            if nxt[:1].isupper() and norms[last + 1] not in SENTENCE_WORDS:
                last += 1
            elif (
                norms[last + 1] in ("de", "del", "y")
                and last + 2 < n
                and gaps[last + 2] == " "
                and tokens[last + 2][:1].isupper()
            ):
                last += 2
            else:
                break
        if last - i >= 3 and norms[last - 1] == "de":
            last -= 2  # "el restorán Sabores del Rímac de Providencia": where it is
        name = [w for w in norms[i + 1 : last + 1] if w not in PARTICLES]
        if not name or norms[i + 1] in PLACE_WORDS or norms[i + 1] in SENTENCE_WORDS:
            return None
        return Span(words_.starts[i + 1], words_.ends[last], ONG)
    last = i + 1 if opened else i  # "la agrícola los huarangos": the article opens it
    while last + 1 < n and last - i < _MAX_KIND_NAME and gaps[last + 1] == " ":
        word, w = tokens[last + 1], norms[last + 1]
        if (
            not word.isalpha()
            or not word.islower()
            or w in _NOT_FIRM_WORDS
            or w in _CLAUSE_VERBS
            or verb_form(w, participle=False)
        ):
            break  # "el fundo queda lejos del pueblo": a clause, not a name
        if w in ("de", "del", "en") and last + 2 < n and norms[last + 2] in PLACE_WORDS:
            break  # "san fermín de pisco": where it is, not its name
        last += 1
    while last > i and norms[last] in ("de", "del", "y", "en"):
        last -= 1
    if last == i or (opened and last < i + 2):
        return None
    name = norms[i + 1 : last + 1]
    if len(name) == 1 and (name[0].endswith(_DESCRIBING_ENDINGS) or name[0] in KIN):
        return None  # "un restaurante peruano", "la iglesia madre"
    if name[0] in _NUMBER_WORDS or any(w in CALENDAR_WORDS for w in name):
        return None  # "la empresa dos de mayo": a date or a number, not told apart here
    made = name.index("de") if "de" in name else len(name)
    if all(w in KIND_DESCRIPTIONS or w in _TRADE_FIELDS for w in name[:made]):
        return None  # "una empresa comunal de truchas": what kind and what it makes
    if name[0] in ("de", "del", "en") or all(
        w in KIND_DESCRIPTIONS or w in _TRADE_FIELDS for w in name
    ):
        return None  # "una empresa de buses", "la empresa privada"
    end = words_.ends[last]
    tail = _KIND_PLACE_TAIL.match(text, end)
    if _KIND_NAME_CLOSE.match(text, end) is None and not (
        tail is not None
        and all(normalize_token(w) in PLACE_WORDS for w in tail.group("place").split())
    ):
        return None  # "la empresa pagaba poco": a clause, not a name
    if norm in _KIND_HEADS:
        return Span(words_.starts[i + 1], end, ONG)
    company = _COMPANY_LEAD.search(text, max(0, pos - 12), pos)
    return Span(company.start() if company else pos, end, ONG)


# Where a trade before "los"/"las" and a plural opens a firm's name: after a
# preposition and an article ("trabajo en la agrícola los huarangos,"), or after its
# kind ("el fundo de agrícola los olivos,"); "pagaba la agrícola los jornales" is a
# clause. Days, people and descriptions are no names ("la minera los domingos,").
_ARTICLE_NAME_LEAD: Final = re.compile(
    r"(?:\b(?:en|a|de|con|para)\s+(?:la|una|esa|esta)"
    r"|\b(?:empresa|fundo|compa[ñn][ií]a)(?:\s+de)?)\s+$"
)


def _named_plural(norm: str) -> bool:
    return (
        len(norm) >= 4
        and norm.endswith("s")
        and norm not in _NOT_FIRM_WORDS
        and norm not in CALENDAR_WORDS
        and norm not in KIND_DESCRIPTIONS
        and norm not in _NUMBER_WORDS
        and norm not in _CLAUSE_VERBS
        and norm not in _TIME_PLURALS
        and not norm.endswith(_AGENT_ENDINGS)
    )


# "en la minera los domingos,", "en la agrícola los trabajadores,": when, and who.
_TIME_PLURALS: Final = words(
    """
    lunes martes miercoles jueves viernes sabados domingos fines tardes noches mananas
    dias meses anos veces semanas horas temporadas campanas turnos
    campesinos paisanos vecinos hijos hermanos chicos jovenes ninos mayores jefes duenos
    gringos chinos
    """
)
_AGENT_ENDINGS: Final = ("dores", "doras", "eros", "eras", "istas", "antes", "entes", "ones")


# "la compañía minera santa inés": "compañía" opens the firm's own name.
_COMPANY_LEAD: Final = re.compile(r"\bcompa[ñn][ií]a\s+$")


def _words_before_suffix(text: str, start: int, end: int) -> Span | None:
    lo = max(0, start - 80)
    before = list(_WORD_RUN.finditer(text, lo, start))
    taken = 0
    for word in reversed(before):
        token = word.group()
        if (
            taken >= _MAX_FIRM_WORDS
            or not token.isalpha()
            or not token.islower()
            or normalize_token(token) in _NOT_FIRM_WORDS
        ):
            break
        taken += 1
    if (
        0 < taken < _MAX_FIRM_WORDS
        and len(before) > taken + 1
        and before[-taken - 1].group() in ("los", "las", "el", "la")
        and normalize_token(before[-taken - 2].group()) in _ESTATE_OR_TRADE
    ):
        taken += 2  # "agricola los algarrobos sac": a trade and an article open its name
    suffix = normalize_token(text[start:end])
    limitada = suffix == "limitada" or suffix in _WEAK_SUFFIXES
    if taken == 0 or (taken < 2 and limitada):
        return None  # "una capacidad limitada"
    first = _from_trade(before[len(before) - taken :], before[len(before) - taken].start())
    names = [normalize_token(w) for w in text[first:start].split()]
    if all(n in _GENERIC_FIRM_WORDS for n in names):
        return None
    if limitada and not _FIRM_CONTEXT.search(text, max(0, first - 60), first):
        return None
    return Span(first, end, ONG)


_WORD_RUN: Final = re.compile(r"\S+")
# A farm or estate opens a firm's name with its article as a trade does ("finca los
# almendros sa", "fundo las palmas sac").
_ESTATE_OR_TRADE: Final = FIRM_TRADES | words("finca fundo hacienda granja")


# A bare name after "en" and what it does to the speaker or what "we" do in it: "En
# Quispicoop me pagan puntual", "En Kallpay les ayudamos con sus papeles". Who pays,
# hires, fires or hands out helmets is an employer; who "we" are, helping or lending, is
# the speaker's group. A place there is only where it happens ("En Ica me pagan más",
# "En Lima nos dan trabajo"), so known places, places abroad, saints, feasts, months and
# public bodies stay; a verb any place allows ("vivimos", "hacemos la fiesta") names no one.
# Found from its literal "n " (`re` skips to it in C; a class first is tried at every
# character), the "e" before it checked by hand.
_N_CAPITAL: Final = re.compile(r"n (?=(?:la |el )?[A-ZÁÉÍÓÚÑ])")
_EN_NAME_DOES: Final = re.compile(
    rf"[Ee]n\s+(?:(?:la|el)\s+)?(?P<name>{_WORD}(?:\s+(?:(?:de|del)\s+)?{_WORD}){{0,3}})"
    r"\s+(?:(?:siempre|ya|no|nunca|tambi[eé]n|solo|s[ií])\s+)?"
    r"(?:(?P<clitic>me|te|le|les|nos)\s+)?(?P<verb>[a-záéíóúñ]+)(?P<rest>(?:\s+[a-záéíóúñ]+){0,2})"
)
# What an employer does to whom it names with "me", "nos", "le": pays, hires, fires.
_EMPLOYER_VERBS: Final = words(
    """
    paga pagan pagaba pagaban pagaron pago contrata contratan contrataban contrataron
    contrato despiden despedian despidieron despidio botan botaron boto exigen exigian
    descuentan descontaban explotan explotaban aseguran aseguraron capacitan capacitaron
    """
)
# Said without "me": who it looks for or pays ("En X siempre buscan chicas").
_HIRING_VERBS: Final = words("buscan contratan piden necesitan pagan pagaban")
_HIRED: Final = words(
    """
    chicas chicos gente personal trabajadores trabajadoras ayudantes mozos jovenes
    operarios operarias cosechadoras cosechadores bien mal puntual poco
    """
)
# What an employer hands out or signs: "nos dan casco", "me hicieron contrato".
_GIVES: Final = words("dan daban dieron dio da hicieron hacen hacian firmaron")
_WORK_THINGS: Final = words(
    """
    casco cascos botas uniforme uniformes contrato planilla boleta boletas almuerzo
    movilidad cuarto capacitacion epp guantes mascarilla seguro vacaciones gratificacion
    """
)
# What "we" do as a group or a lender: "les ayudamos", "cobramos 2 %".
_WE_SERVE: Final = words(
    """
    ayudamos apoyamos cobramos atendemos capacitamos acompanamos asesoramos prestamos
    financiamos orientamos defendemos
    """
)
_WE_HAVE: Final = words("tenemos contamos")
_STAFF: Final = words(
    """
    promotora promotor promotoras promotores tecnicos tecnico tecnica tecnicas agencia
    agencias oficina oficinas sede asesores voluntarios voluntarias facilitadores
    """
)
# What opens a district's or a settlement's name, and feasts and seasons said after "en".
_NOT_BARE_FIRST: Final = _SAINTS | words(
    """
    villa alto alta nuevo nueva puente lomas playa punta laguna quebrada cruz tambo campo
    santisimo jesus magdalena pampa cerro barrio pueblo valle rio
    """
)
_NOT_BARE: Final = (
    PLACE_WORDS
    | ELSEWHERE_WORDS
    | CALENDAR_WORDS
    | SENTENCE_WORDS
    | _NOT_NAMES
    | words(
        """
        navidad carnaval carnavales pascua corpus semana ano nuevo todos santos fiesta
        fiestas cuaresma verano invierno cosecha siembra
        """
    )
)


# Kinds of organization said alone, capitalized: "En la Asociación les ayudamos" is a
# generic mention.
_KIND_WORDS: Final = words(
    """
    comedor sindicato gremio federacion comite junta directiva programa proyecto obra
    oficina municipio centro parroquia organizacion institucion fundacion mision
    """
)


def _bare_name_ok(name: str) -> bool:
    """Whether a capitalized name with no head word can be no place, feast, public body
    or kind of organization said alone."""
    norms = [normalize_token(t.text) for t in tokenize(name)]
    content = [w for w in norms if w not in PARTICLES]
    return (
        bool(content)
        and not all(w in _ANY_KIND for w in content)
        and norms[0] not in _NOT_BARE_FIRST
        and not any(w in _NOT_BARE for w in content)
        and not _public_body(norms)
        and tuple(norms) not in PUBLIC_PHRASES
    )


def _does_as_employer(clitic: str | None, verb: str, rest: list[str]) -> bool:
    if clitic is not None and verb in _EMPLOYER_VERBS:
        return True
    if verb in _HIRING_VERBS and rest[:1] and rest[0] in _HIRED:
        return True
    if verb in _GIVES and any(w in _WORK_THINGS for w in rest):
        return True
    if verb in _WE_SERVE and clitic != "nos":
        return True  # "nos apoyamos" is each other, as a village does
    return verb in _WE_HAVE and any(w in _STAFF for w in rest)


# A Quechua name built on a verb, "let us ..." (-sun), "we all ..." (-chik) or "for ..."
# (-paq after the infinitive): "Yuyarisun", "Kallpanchik", "Wiñaypaq" name a group, not
# a village (villages are nouns: -pampa, -cocha, -marca). With what "we" do in it: "En
# Rimanakusun hacemos talleres".
_QUECHUA_GROUP: Final = re.compile(r"[a-z']{3,}(?:sun|nchik|ypaq)")
_WE_VERB: Final = re.compile(r"(?:amos|emos|imos)$")


def _named_after_en(text: str) -> list[Span]:
    spans: list[Span] = []
    for hit in _N_CAPITAL.finditer(text):
        start = hit.start() - 1
        if start < 0 or text[start] not in "Ee" or (start > 0 and text[start - 1].isalnum()):
            continue
        m = _EN_NAME_DOES.match(text, start)
        if m is None:
            continue
        verb = normalize_token(m.group("verb"))
        rest = [normalize_token(w) for w in m.group("rest").split()]
        if not _does_as_employer(m.group("clitic"), verb, rest) and not (
            _WE_VERB.search(verb) and _QUECHUA_GROUP.fullmatch(normalize_token(m.group("name")))
        ):
            continue
        if _bare_name_ok(m.group("name")):
            spans.append(Span(m.start("name"), m.end("name"), ONG))
    return spans


# A bare name after working at, getting into or selling to it, told apart from a place by
# what closes it: what kind it is ("cose para Tukuy, esa marca de polos", "nos metieron
# en Agroverde, un fundo"), which one ("entré a Sol de Oro, la de los espárragos"), where
# it is ("soy capataz en Campoverde, acá en Pisco") or who got one in ("Entré a Qorisol
# por mi cuñado"). A known place, a saint or a district opener stays.
_BARE_PREPOSITIONS: Final = words("en a al para")
_BARE_CUE_STEMS: Final = (
    "trabaj",
    "chambe",
    "labor",
    "entr",
    "ingres",
    "meti",
    "metier",
    "cos",
    "vend",
    "particip",
    "capataz",
    "operari",
    "obrer",
    "supervis",
    "cajer",
    "vigilant",
    "chofer",
    "ayudant",
    "empacad",
    "cosechad",
    "bord",
    "tej",
    "confeccion",
    "repart",
    "limpi",
    "cocin",
)
_GOT_IN_STEMS: Final = ("entr", "ingres", "meti", "metier")
_BARE_KINDS: Final = words(
    """
    marca fundo app aplicativo grupo empresa fabrica agroexportadora agricola empacadora
    tienda restaurante taller cooperativa asociacion ong planta packing service contrata
    contratista cadena hacienda granja finca vina bodega iglesia congregacion ministerio
    club hotel hostal polleria cevicheria chifa agencia consultora minera compania
    constructora textil confeccion procesadora exportadora
    """
)
# Every kind a bare name may not be made of alone (`_bare_name_ok`), joined once.
_ANY_KIND: Final = _KIND_WORDS | _BARE_KINDS | LOWER_HEADS | _PLACE_OF_WORK | FIRM_TRADES
# Two patterns, each with a literal start the engine searches for in C.
_BARE_CLOSE: Final = re.compile(
    r",\s+(?:(?P<which>(?:la|el)\s+del?\s)|(?P<where>(?:ac[aá]|aqu[ií]|all[aá])\s+en\s)"
    r"|(?:un|una|la|el|esa|ese|esta|este|otra|otro)\s+(?P<kind>[a-záéíóúñ]+))"
)
_GOT_IN_BY: Final = re.compile(r" por (?:mi|su|un|una) ")
# A workplace told by its kind right before "en X": X is where it is, the kind then
# said again after it ("en un almacén de fruta en Mercamadrid, la empresa es …").
_WORKPLACE_THEN_EN: Final = re.compile(
    r"\b(?:un|una|el|la|su|mi)\s+(?:taller|almac[eé]n|f[aá]brica|empresa|tienda|puesto|"
    r"restaurante|restor[aá]n|planta|granja|fundo|chacra|obra|negocio|local|cocina|casa|"
    r"mercado|galp[oó]n|bodega|oficina)(?:\s+(?:de|del)(?:\s+[a-záéíóúñ]+){1,2})?\s+$",
    re.IGNORECASE,
)
_MAX_BARE_WORDS: Final = 4


def _named_after_work(words_: Words) -> list[Span]:
    # Found from the closing words (a comma or " por ", found in C), then back over the
    # name to the preposition and the cue.
    text, tokens, norms, gaps = words_.text, words_.words, words_.norms, words_.gaps
    ends = words_.ends
    n = len(norms)
    spans: list[Span] = []
    closes = [(m, m.group("kind"), False) for m in _BARE_CLOSE.finditer(text)]
    closes += [(m, None, True) for m in _GOT_IN_BY.finditer(text)]
    for close, kind, by in closes:
        last = bisect_left(ends, close.start())
        if last >= n or ends[last] != close.start() or not tokens[last][:1].isupper():
            continue
        first = last
        while first - 1 > 0 and last - first < _MAX_BARE_WORDS and gaps[first] == " ":
            if tokens[first - 1][:1].isupper():
                first -= 1
            elif (
                norms[first - 1] in ("de", "del", "y")
                and gaps[first - 1] == " "
                and tokens[first - 2][:1].isupper()
            ):
                first -= 2
            else:
                break
        i = first - 1
        if i < 0 or gaps[first] != " " or norms[i] not in _BARE_PREPOSITIONS:
            continue
        if kind is not None and normalize_token(kind) not in _BARE_KINDS:
            continue
        if _WORKPLACE_THEN_EN.search(text, max(0, words_.starts[i] - 50), words_.starts[i]):
            continue  # "en un taller de coreanos en Flores, el taller …": where it is
        cue = "" if kind is not None else None  # what kind it is says enough
        for k in range(i - 1, max(-1, i - 4), -1):
            if _SENTENCE_END.search(gaps[k + 1]):
                break
            if norms[k].startswith(_BARE_CUE_STEMS):
                cue = norms[k]
                break
        if cue is None:
            continue
        if by and not cue.startswith(_GOT_IN_STEMS):
            continue
        name = text[words_.starts[first] : ends[last]]
        if _bare_name_ok(name):
            spans.append(Span(words_.starts[first], ends[last], ONG))
    return spans


def find_bare(words_: Words) -> list[Span]:
    """Return organizations named without a head word and told by what is said around
    them (see `_EN_NAME_DOES`, `_BARE_CLOSE` and `_GOT_IN_BY`)."""
    spans = _named_after_en(words_.text) if "n " in words_.text else []
    if "se llama" in words_.text:
        spans += _named_then_called(words_.text)
    return spans + _named_after_work(words_)


# A name set off after a workplace and then said to be what it is called: "en una
# fábrica de plásticos, Plastinorte creo que se llama", "la empresa, Agrosol se llamaba".
# A person told so has no workplace before them; places, given names and feasts stay.
_CALLED: Final = re.compile(r"se llama(?:ba)?(?!\w)")
_NAME_BEFORE_CALLED: Final = re.compile(
    rf"(?:,|\ben)\s+(?P<name>{_WORD}(?:\s+(?:(?:de|del)\s+)?{_WORD}){{0,2}}),?\s+"
    r"(?:(?:creo|parece|me\s+parece|pienso)\s+que\s+|as[ií]\s+|ahora\s+)?$"
)
_WORKPLACE_BEFORE: Final = re.compile(
    r"\b(?:f[aá]brica|empresa|fundo|agr[ií]cola|agroexportadora|tienda|restaurante|"
    r"restor[aá]n|taller|negocio|planta|compa[ñn][ií]a|minera|packing|empacadora|"
    r"constructora|contrata|hacienda|granja|frigor[ií]fico|polleri[aá]|chifa)\b[^.;:!?\n]*$"
)


def _named_then_called(text: str) -> list[Span]:
    spans: list[Span] = []
    for called in _CALLED.finditer(text):
        lo = max(0, called.start() - 60)
        m = _NAME_BEFORE_CALLED.search(text, lo, called.start())
        if m is None:
            continue
        name = m.group("name")
        if not _WORKPLACE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        norms = [normalize_token(t.text) for t in tokenize(name)]
        if norms[0] in GIVEN_NAMES or norms[0] in _SAINTS or not _bare_name_ok(name):
            continue
        spans.append(Span(m.start("name"), m.start("name") + len(name), ONG))
    return spans


# The workshop a lowercase firm's name is set off after: "una carpintería de melamina,".
_WORKSHOP_BEFORE: Final = re.compile(
    r"\b(?:carpinter[ií]a|taller|f[aá]brica|empresa|tienda|negocio|ferreter[ií]a|"
    r"muebler[ií]a|zapater[ií]a)\b[^.;:,!?\n]{0,40},\s+$"
)
# A name after an apposed trade: one or two words, none a plural adjective agreeing with
# the trade, then the clause ends ("muebles wayra." but not "muebles finos no hay").
_APPOSED_NAME: Final = re.compile(r"(?: [a-záéíóúñü]+(?<!s)){1,2}(?=[.,;:!?\n]|$)")
_BEFORE_TRADE_STOPS: Final = _NOT_FIRM_WORDS | PLACE_WORDS | words("de del en a al con")


def _named_before_trade(words_: Words, i: int) -> Span | None:
    """A lowercase name before an English trade, after a work cue: "trabaja en kusi
    chicken"; not "come chicken" or "pollo broaster" alone."""
    if i < 1 or words_.gaps[i] != " ":
        return None
    word, norm = words_.words[i - 1], words_.norms[i - 1]
    if not word.isalpha() or not word.islower() or norm in _BEFORE_TRADE_STOPS:
        return None
    if norm in ("pollo", "pollos", "pollito", "alitas"):
        return None  # "pollo broaster" is the dish
    start = words_.starts[i - 1]
    text = words_.text
    if not _WORK_CUE_BEFORE.search(text, max(0, start - 60), start) and not (
        _BEING_AT.search(text, max(0, start - 20), start)
    ):
        return None
    return Span(start, words_.ends[i], ONG)


# Being at a firm with an English trade says enough: "primero estuve en agroinca export".
_BEING_AT: Final = re.compile(r"\b(?:estuve|estoy|estaba|est[aá]|estuvo|estamos)\s+en\s+$")


# Words after a capitalized trade that make it a field, not a firm: "Seguridad Ciudadana".
_TRADE_FIELDS: Final = words(
    """
    ciudadana social publica publico nacional privada privado integral integrales general
    generales epidemiologica alimentaria industrial laboral vial comunal municipal
    nocturna diurna particular
    """
)
_LEGAL_WORDS: Final = words("sarl sas sa sl eurl srl sac eirl ltda")


def _capital_trade_firm(words_: Words, i: int) -> Span | None:
    """A capitalized trade heading a capitalized name: "en Vigilancia Halcón", "Pedidos
    Wayki, una app", "Nettoyage Soleil SARL"; not "Seguridad Ciudadana" or a trade alone."""
    tokens, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    last = i
    while (
        last + 1 < n
        and last - i < 3
        and gaps[last + 1] == " "
        and tokens[last + 1][:1].isupper()
        and norms[last + 1] not in SENTENCE_WORDS
    ):
        last += 1
    if last == i:
        return None
    names = [w for w in norms[i + 1 : last + 1] if w not in _LEGAL_WORDS]
    if not names or any(w in _TRADE_FIELDS or w in PLACE_WORDS for w in names):
        return None
    if all(w in _CAPITAL_TRADES or w in FIRM_TRADES or w in PARTICLES for w in names):
        return None  # "Estampados y Bordados": trades, no name
    if _public_body(norms[i : last + 1]):
        return None
    return Span(words_.starts[i], words_.ends[last], ONG)


def _from_trade(taken: list[re.Match[str]], first: int) -> int:
    """Where a suffixed lowercase name starts: at its trade ("el campo de [agricola
    hermanos lorca sl]"), after a kind said before it ("la empresa [garcia sl]")."""
    for k, word in enumerate(taken[1:-1], start=1):
        norm = normalize_token(word.group())
        if norm in _ARTICLE_TRADES or norm in FIRM_TRADES:
            return word.start()
        if norm in _KIND_HEADS:
            return taken[k + 1].start()
    return first
