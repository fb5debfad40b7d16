"""Given names in unseen prose, from a shipped lexicon, and the context that decides
whether a name that is also a word ("Rosa", "Luz", "Dolores") names someone here.

``data/given_names.txt`` holds ~1,000 common Peruvian, Andean and Spanish first names,
normalized, one a line; ``data/given_names_words.txt`` the part of it that is also an
ordinary word, a feast or a place. Both are written by ``bench/data/make_given_names.py``
(Faker's Spanish first-name lists, MIT, plus a hand-written Andean list). Lookups are
set lookups on words the trigger index already found: no per-token call.
"""

from __future__ import annotations

from importlib import resources
from itertools import compress
from typing import Final

from privacy.lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    HONORIFICS,
    KIN,
    PLACE_WORDS,
    SENTENCE_WORDS,
    words,
)
from privacy.normalize import Words


def _load(name: str, *, optional: bool = False) -> frozenset[str]:
    """The words of a data file; an ``optional`` one a study may delete reads as empty."""
    path = resources.files("privacy") / "data" / name
    if optional and not path.is_file():
        return frozenset()
    return frozenset(path.read_text(encoding="utf-8").split())


# Diminutives of the listed names (Lucecita, Carmencita, Francisquito), with a capital
# only: "la lucecita del cerro" is a light.
DIMINUTIVES: Final = _load("given_names_diminutive.txt")
# Names of the saints' calendar given in the highlands that Faker's lists lack, the
# Magi's among them ("gaspar", "melchora", "baltazar"): set lookups like the rest.
_CALENDAR_NAMES: Final = words(
    """
    gaspar melchora baltazar baltasar benigno benigna crisologo crispina ildefonso
    ildefonsa pancracio zenobio damiana alipio alipia balbina gervasio gervasia
    inocencia segundino segundina sinforoso sinforosa policarpa eustorgio
    fatima purificacion encarnacion remedios nieves
    """
)
# Those that are ordinary words, feasts or devotions too: with context only ("un tumor
# benigno", "la Virgen de Fátima", "los remedios").
_CALENDAR_WORDS: Final = words(
    "benigno benigna inocencia fatima purificacion encarnacion remedios nieves"
)
# The names above are the lexicon written here; the misspellings below are spelled from
# it. ``data/given_names_registered.txt`` adds first names as people are registered with
# them in Peru and where its families migrate ("Dilmer", "Maryori", "Yaretzi"), none an
# everyday word (``bench/data/make_registered_names.py``); they are not respelled.
SPELLED_FROM: Final = _load("given_names.txt") | DIMINUTIVES | _CALENDAR_NAMES
GIVEN_NAMES: Final = SPELLED_FROM | _load("given_names_registered.txt", optional=True)
# Surnames that are not Spanish words or places (``data/surnames.txt``, written by
# ``bench/data/make_surnames.py``): a capitalized one is a person anywhere. The Andean
# ones that are not Quechua words are names in lowercase too ("yoni taipe").
SURNAMES: Final = _load("surnames.txt")
# Quechua given names that are Quechua words too ("el inti sale"): capitalized only.
QUECHUA_NAMES: Final = _load("given_names_quechua.txt")
# Names with a capital only: the Quechua ones and the feminines derived from masculine
# names (Eustaquia, Nicanora; "porfiria" in lowercase is a disease).
CAPITAL_ONLY: Final = QUECHUA_NAMES | _load("given_names_derived.txt") | DIMINUTIVES
ANDEAN_SURNAMES: Final = _load("surnames_andean.txt")
# Redacted only with context; the rest of GIVEN_NAMES with a capital anywhere.
NAME_WORDS: Final = _load("given_names_words.txt") | COMMON_WORDS | PLACE_WORDS | _CALENDAR_WORDS
# After these a given name is a saint, a feast, a place or an institution ("San Luis",
# "Santa Rosa", "Colegio José Olaya", "Hospital Infanta Cristina").
NOT_PERSON_BEFORE: Final = words(
    """
    san santa santo sta sto sao santisima santisimo virgen colegio escuela institucion
    hospital clinica servicio unidad universidad parroquia iglesia infanta infante reina
    principe princesa villa
    puerto jr jiron av avenida calle pasaje psje
    """
)
# Words that open a place's name: "Alto Esperanza", "Río Negro", "Pampa Rosa".
PLACE_PREFIXES: Final = words("alto alta bajo baja cerro pampa rio valle loma nueva nuevo")
# After these a capitalized word-name is a thing or a place ("la Paz", "del Carmen").
_THING_BEFORE: Final = (
    NOT_PERSON_BEFORE | PLACE_PREFIXES | words("el la los las del en al fiesta dia nuestra semana")
)
# Verbs that, right after a capitalized word at the start of a sentence, make it a
# person: "Rosa dice que...", "Luz trabaja en Lima".
SPEECH_VERBS: Final = words(
    """
    dice dijo decia cuenta conto comenta comento recuerda recordaba recordo afirma asegura
    explica explico menciona relata narra contesta contesto responde respondio pregunta
    pregunto cree creia piensa pensaba opina
    """
)
PERSON_VERBS: Final = SPEECH_VERBS | words(
    """
    trabaja trabajaba trabajo vive vivia estudia estudiaba quiere queria sabe sabia murio
    nacio volvio regreso viajo migro llora lloraba fue vino llego visita visito
    presto prestaba dio daba mando mandaba trajo cocina cocinaba cuida cuidaba ayuda
    ayudaba ayudo vende vendia vendio
    """
)


_EPONYM_HEADS: Final = words(
    """
    sindrome enfermedad signo maniobra test prueba escala clasificacion criterios reflejo
    ley teorema metodo tecnica operacion triada tiroiditis posicion patron celulas celula
    tumor quiste cuerpos
    """
)
BEFORE_VERB: Final = words("no ya se le lo les me nos tambien nunca siempre")
# After these a given name is a place: "en Virginia", "hasta Rosario".
TO_A_PLACE: Final = words("en desde hasta hacia")
# Quechua titles of respect that, capitalized inside a sentence, name a devotion.
_DEVOTION_TITLES: Final = words("mamacha taytacha")
# Titles a devotion is named after, capitalized, before "de" and its place: "el Señor de
# Huanca", "la Virgen de Cocharcas", "el Niño de Praga". What follows is no one's name.
DEVOTION_TITLES: Final = frozenset({"Señor", "Virgen", "Cristo", "Niño"})
# Countries girls are named after: "Italia Ccorahua", "Argentina Huamán:".
COUNTRIES_AS_NAMES: Final = frozenset({"italia", "argentina", "america", "francia", "espana"})
# Nouns of a place before "de" and its name: "la ciudad de Valencia".
PLACE_NOUNS: Final = words(
    """
    ciudad provincia distrito departamento region pueblo comunidad anexo caserio barrio
    estado capital valle isla puerto
    """
)
# Verbs of going after which "a X" is where one goes: "¿por qué no se van a Rosario?".
GOING: Final = words(
    """
    voy vas va vamos van iba ibamos iban fui fue fuimos fueron ir irse irme viaje viajo
    viajamos viajaron viajar llegue llego llegamos llegaron llegar volvi volvio volvimos
    volvieron volver regrese regreso regresamos regresaron regresar vine vino vinimos
    vinieron mude mudo mudamos mudaron sali salio salimos salieron subi subio subimos
    baje bajo bajamos vaya vayan
    """
)
# After a Quechua word that opens a sentence, the words that gloss it.
_GLOSSES: Final = words("es significa quiere")


# Spellings that sound alike in Andean Spanish: "Flormyra" is Flormira, "Wilver" Wilber,
# "Yhony" Yoni, "Kusi" Cusi. Every spelling of a lexicon name with one or two of these
# letters swapped (and an "h" after a first "j" or "y") is listed once at import, so a
# text is checked with one set intersection.
_SWAPS: Final = {"b": "v", "v": "b", "i": "y", "y": "i", "s": "z", "z": "s", "c": "k", "k": "c"}


# A doubled letter or an "h" after "t" written once: "Nely", "Yanet", "Lisbet".
_DOUBLED: Final = (("ll", "l"), ("tt", "t"), ("nn", "n"), ("th", "t"), ("ss", "s"))


def _spellings(name: str) -> set[str]:
    spots = [k for k, ch in enumerate(name) if ch in _SWAPS]
    found: set[str] = set()
    for a in range(len(spots)):
        one = name[: spots[a]] + _SWAPS[name[spots[a]]] + name[spots[a] + 1 :]
        found.add(one)
        for b in spots[a + 1 :]:
            found.add(one[:b] + _SWAPS[one[b]] + one[b + 1 :])
    for spelled in [name, *found]:
        if spelled[:1] in ("j", "y") and spelled[1:2] != "h":
            found.add(spelled[0] + "h" + spelled[1:])  # "Jhon", "Yhony"
    for double, single in _DOUBLED:
        at = name.find(double)
        if at >= 0 and len(name) > 4:
            found.add(name[:at] + single + name[at + 2 :])  # "Nely" is Nelly, "Yanet" Yaneth
    return found


# Titles and sentence words are never a name's spelling ("doña" is Donna's).
_KNOWN: Final = GIVEN_NAMES | SURNAMES | NAME_WORDS | HONORIFICS | KIN | SENTENCE_WORDS
_MISSPELLED: Final = (
    frozenset().union(
        *(
            _spellings(n)
            for n in (SPELLED_FROM - NAME_WORDS - DIMINUTIVES) | ANDEAN_SURNAMES
            if len(n) >= 4
        )
    )
    - _KNOWN
)


# The spellings that are also lowercase words of prose ("cara", "iban", "cayo"): found
# lowercase outside names in MEDDOCAN train and dev and the development set.
_SPELLED_WORDS: Final = words("cara carina cayo rica iban cana")
# Spellings of a name that may be typed in lowercase right after a kin word ("mi hijo
# wilver que está en Arequipa").
MISSPELLED_LOWER: Final = _MISSPELLED - _SPELLED_WORDS


_PLACE_OR_THING_BEFORE: Final = words("en desde hasta hacia de del a al para por el la")


# Diminutive endings and the name ending they replace: "marujita" is Maruja,
# "pedrito" Pedro, "lucecita" Luz (the list above holds the regular ones, capitalized).
_DIMINUTIVE_ENDINGS: Final = (
    ("cita", ("", "a")),
    ("cito", ("", "o")),
    ("ita", ("a", "")),
    ("ito", ("o", "")),
    ("ucha", ("a",)),
    ("ucho", ("o",)),
    # Quechua's "-cha" on a name: "juanacha" is Juana, "maricha" María.
    ("acha", ("a", "")),
    ("acho", ("o", "")),
    ("icha", ("ia", "a")),
)


def diminutive_name(norm: str) -> bool:
    """Whether ``norm`` is a diminutive of a listed given name that is no ordinary word
    ("marujita", "juanito", "pedrito"): "chiquita", "hermanita", "rosita" (a rose too)
    and "solito" are not."""
    if len(norm) < 6 or norm in COMMON_WORDS or norm in NAME_WORDS:
        return False
    for ending, bases in _DIMINUTIVE_ENDINGS:
        if norm.endswith(ending):
            stem = norm[: -len(ending)]
            return any(
                len(stem + b) >= 3
                and stem + b in GIVEN_NAMES
                and stem + b not in NAME_WORDS
                and stem + b not in CAPITAL_ONLY
                for b in bases
            )
    return False


def find_misspelled(words_: Words) -> list[int]:
    """Indices of capitalized words mid-sentence spelled like a lexicon name sounds
    ("salía Flormyra", "con Wilver Huamani"), unknown to the lexicon themselves."""
    present = words_.vocabulary & _MISSPELLED
    if not present:
        return []  # the common case: one set intersection
    norms, tokens = words_.norms, words_.words
    found: list[int] = []
    for i in compress(range(len(norms)), map(present.__contains__, norms)):
        if not (tokens[i][:1].isupper() and tokens[i][1:].islower()) or starts_sentence(words_, i):
            continue
        prev = norms[i - 1]
        if prev in NOT_PERSON_BEFORE or prev in _PLACE_OR_THING_BEFORE or eponym(words_, i):
            continue  # weaker evidence than a listed name: "de Carhuaz" is the province
        if _unknown_capital_beside(words_, i):
            continue  # "con Kusi Warma": an organization's Quechua name
        found.append(i)
    return found


def _unknown_capital_beside(words_: Words, i: int) -> bool:
    """Whether a capitalized word the lexicons do not know stands right beside ``i``."""
    tokens, norms, gaps = words_.words, words_.norms, words_.gaps
    return any(
        0 <= k < len(tokens)
        and gaps[max(i, k)] == " "
        and tokens[k][:1].isupper()
        and norms[k] not in GIVEN_NAMES
        and norms[k] not in SURNAMES
        for k in (i - 1, i + 1)
    )


# Endings of diseases and lesions: "pitiriasis rosada de Gibert", "linfoma de Hodgkin".
_DISEASE_ENDINGS: Final = ("itis", "osis", "iasis", "oma", "patia", "algia", "emia", "plasia")


def eponym(words_: Words, i: int) -> bool:
    """Whether the name at ``i`` names a syndrome or a technique: "tiroiditis de Hashimoto",
    "pitiriasis rosada de Gibert" (a head or a disease one lowercase word back)."""
    norms = words_.norms
    if i < 2 or norms[i - 1] != "de":
        return False
    heads = [norms[i - 2]]
    if i > 2 and words_.words[i - 2].islower():
        heads.append(norms[i - 3])
    return any(h in _EPONYM_HEADS or h.endswith(_DISEASE_ENDINGS) for h in heads)


def glossed(words_: Words, j: int) -> bool:
    """Whether the words at ``j`` gloss the word before them: "sara quiere decir maíz",
    "Killa significa luna"; not "Rosa quiere irse"."""
    norms, n = words_.norms, len(words_.norms)
    if j >= n:
        return False
    return norms[j] == "significa" or (
        norms[j] == "quiere" and j + 1 < n and norms[j + 1] == "decir"
    )


def starts_sentence(words_: Words, i: int) -> bool:
    """Whether token ``i`` is the first of a sentence or a line."""
    if i == 0:
        return True
    gap = words_.gaps[i].strip(" ")
    return gap[-1:] in (".", "!", "?", "¿", "¡", ":", "\n", "-", '"', "«") or "\n" in gap


def _capital_neighbour(words_: Words, i: int) -> bool:
    tokens, n = words_.words, len(words_.words)
    before = i > 0 and words_.gaps[i] == " " and tokens[i - 1][:1].isupper()
    return before or (i + 1 < n and words_.gaps[i + 1] == " " and tokens[i + 1][:1].isupper())


def is_word_here(words_: Words, i: int) -> bool:
    """Whether the word-name at ``i`` is a thing or a place here ("la fiesta de la Cruz")."""
    if words_.norms[i] not in NAME_WORDS or starts_sentence(words_, i):
        return False
    return words_.norms[i - 1] in _THING_BEFORE


_LANGUAGES: Final = words("quechua quichua runasimi aimara aymara castellano")
# The Christ Child of a devotion, capitalized: "el Niño Manuelito" ("la niña Killa").
_HOLY_CHILD: Final = words("nino ninito ninucha")


# Public spaces named after someone: "el parque Valentino", "el mercado Raimondi".
NAMED_SPACES: Final = words(
    "parque plaza plazuela mercado estadio coliseo malecon alameda ovalo paradero puente"
)
# What an image of devotion is called, set off after its name: "la Magdalena, la santa".
_SAINT_WORDS: Final = words("santa santo santita santito patrona patron virgen imagen mamacha")
_SAINT_REACH: Final = 5


def _set_off_as_saint(words_: Words, i: int) -> bool:
    """Whether the name at ``i`` is set off, within a few words, as a saint or an image:
    "la Magdalena de la plaza, la santa," ("Magdalena, la santa de mi hija" is too)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    for k in range(i + 1, min(n - 1, i + _SAINT_REACH + 1)):
        gap = gaps[k].strip(" ")
        if gap and gap != ",":
            return False
        if gap == ",":
            return norms[k] in ("la", "el") and gaps[k + 1] == " " and norms[k + 1] in _SAINT_WORDS
    return False


def is_given_name_here(words_: Words, i: int) -> bool:
    """Whether the capitalized given name at ``i`` names a person in this context."""
    norms, tokens = words_.norms, words_.words
    prev = norms[i - 1] if i > 0 and not starts_sentence(words_, i) else ""
    if prev in NOT_PERSON_BEFORE or prev in TO_A_PLACE:
        return False  # "San Luis"; "vive en Orlando", "hasta Rosario"
    if prev == "a" and norms[i - 2] in GOING:
        return False  # "se van a Rosario", "me fui a Florida"
    if prev in _HOLY_CHILD and tokens[i - 1][:1].isupper():
        return False  # "el Niño Manuelito", "el Niño Jesús": an image of devotion
    devotion = prev in _DEVOTION_TITLES and tokens[i - 1][:1].isupper()
    if devotion and not starts_sentence(words_, i - 1):
        return False  # "la fiesta de Mamacha Candelaria": the Virgin
    if prev == "de" and norms[i] in CALENDAR_WORDS and norms[i - 2].isdigit():
        return False  # "la feria de la 16 de Julio": a date
    if prev == "de" and norms[i - 2] in PLACE_NOUNS:
        return False  # "la ciudad de Victoria", "el distrito de Santiago": a place
    if prev in NAMED_SPACES and tokens[i - 1].islower():
        return False  # "el parque Valentino", "la plaza Grau": a public space's name
    if _set_off_as_saint(words_, i):
        return False  # "la Magdalena de la plaza, la santa, la sacamos": an image
    if (
        (prev in GIVEN_NAMES or tokens[i - 1].istitle())
        and i > 1
        and norms[i - 2] in TO_A_PLACE
        and words_.gaps[i] == " "
    ):
        return False  # "en Jesús María", "en Florencio Varela", "en Salas Guadalupe": places
    if eponym(words_, i):
        return False  # "síndrome de Mallory Weiss" names a syndrome, not a patient
    word = tokens[i]
    if len(word) > 1 and word.isupper() and not _capital_neighbour(words_, i):
        return False  # "EMA", "EVA", "(ELISA)": acronyms unless beside another name
    n = len(norms)
    if norms[i] in QUECHUA_NAMES and not prev and i + 1 < n and norms[i + 1] in _GLOSSES:
        return False  # "Atoq es zorro en quechua", "Killa significa luna"
    if glossed(words_, i + 1):
        return False  # "Sara quiere decir maíz"
    if prev in _LANGUAGES and norms[i - 2] == "en":
        return False  # "en quechua Sisa es flor": the word explained
    if norms[i] not in NAME_WORDS:
        return True
    nxt = norms[i + 1] if i + 1 < n and words_.gaps[i + 1] == " " else ""
    if nxt in GIVEN_NAMES and tokens[i + 1][:1].isupper() and nxt not in PLACE_WORDS:
        return True  # "Rosa Elvira", "Luz Marina"
    if norms[i] in PLACE_WORDS:
        return False
    if prev:
        # Mid-sentence with a capital: "con Rosa", "a Flor", "de Dolores", not "la Paz".
        return prev not in _THING_BEFORE
    if nxt in BEFORE_VERB and i + 2 < n:
        nxt = norms[i + 2]  # "Dolores no sabe", "Rosa se fue"... one word may come between
    if nxt in PERSON_VERBS:
        return True
    if nxt == "en" and i + 2 < n and tokens[i + 2][:1].isupper() and not prev:
        # Listing where each child went: "Rosa en Ica, en la uva.", "Teresa en Los Ángeles."
        # ("Santiago en Chile es caro" names the city).
        k = i + 3 if i + 3 < n and tokens[i + 3][:1].isupper() else i + 2
        return k + 1 >= n or words_.gaps[k + 1].strip(" ")[:1] in (",", ".", ";")
    # "Rosa y Teodora vinieron": a word-name beside an unambiguous one.
    return (
        nxt == "y"
        and i + 2 < n
        and norms[i + 2] in GIVEN_NAMES
        and norms[i + 2] not in NAME_WORDS
        and tokens[i + 2][:1].isupper()
    )
