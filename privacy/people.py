"""Names in unseen interview prose: kin words and titles before a capitalized name,
organization words before a capitalized name, and common Andean names.

The MEDDOCAN-trained tagger knows clinical reports ("Nombre: ...", "Dr. ..."); an
interview names people after kin words ("mi cuñado Eusebio"), so these rules cover
the register the tagger never saw. Their spans are guesses: places, crops and roles
are trimmed off them like off the tagger's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from privacy.called import object_clitic
from privacy.cues import ACTS, DESCRIPTION_ENDINGS, DESCRIPTIONS, HAVE_VERBS, context_key
from privacy.given import (
    ANDEAN_SURNAMES,
    BEFORE_VERB,
    CAPITAL_ONLY,
    DEVOTION_TITLES,
    GIVEN_NAMES,
    MISSPELLED_LOWER,
    NAME_WORDS,
    NAMED_SPACES,
    NOT_PERSON_BEFORE,
    PERSON_VERBS,
    QUECHUA_NAMES,
    SPEECH_VERBS,
    SURNAMES,
    TO_A_PLACE,
    diminutive_name,
    eponym,
    find_misspelled,
    glossed,
    is_given_name_here,
    starts_sentence,
)
from privacy.lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    ELSEWHERE_WORDS,
    HONORIFICS,
    JOINERS,
    KIN,
    NEVER_REDACT_ALONE,
    PARTICLES,
    PLACE_WORDS,
    SENTENCE_WORDS,
    plainly_verb,
    words,
)
from privacy.naming import THING_NAMING, thing_named, unlisted_name
from privacy.normalize import Words
from privacy.recognizers import ONG, PERSONA, Span
from privacy.triggers import Anchors

ARTICLES: Final = words("el la los las")
ORG_WORDS: Final = words(
    """
    ong asociacion fundacion cooperativa instituto centro red comite federacion
    consorcio empresa institucion organizacion proyecto
    """
)
# Lowercase organization words that still introduce a capitalized name ("la ong Kusi
# Warma"); "centro", "red" and "empresa" are too common in prose for that.
_ORG_LOWER: Final = words("ong asociacion fundacion institucion organizacion proyecto")
# Words before an unseen multi-word Quechua name that make it an organization:
# "trabaja con Kusi Warma", "la Warmi Kallpa", "el apoyo de Sumaq Kawsay".
_ORG_BEFORE: Final = words("con la el de del a por en")
# Letters only Quechua names have in Spanish text: k, w, or a final q (found in C on the
# whole text; most texts have none, and clinical ones a few "kg") ...
_QUECHUA: Final = re.compile(r"[kwKW]|q\b")
_QUECHUA_HINTS: Final = ("k", "w", "K", "W", "q ", "q,", "q.")
# ... and the Quechua alphabet alone (no e, o, b, d...): not "Mallory Weiss".
_QUECHUA_WORD: Final = re.compile(r"[achiklmnpqrstuwy]+")
# Capitalized words at the start of a sentence before "dice" that are not a person.
_NOT_SPEAKERS: Final = words(
    """
    nadie alguien usted ustedes ella ellas ellos nosotras dios gente alli aqui cual quien
    le les lo
    mamita papito papacito abuelita abuelito taita mamacha papacha tayta senor
    """
)
# Frequent Andean and Spanish given names and surnames, public knowledge, none taken
# from the study. A capitalized one is a person even with no kin word before it.
_HAND_LEXICON: Final = words(
    """
    quispe mamani huaman condori ccanto yauri taipe ccori huarcaya paucar sulca nahui
    huayllani cusi llancari ccahuana chancasanampa huamani huaranga curi poma ramos soto
    rojas ccente chuquillanqui huachaca lapa ayuque ccencho escobar gutierrez huillcas
    machuca palomino quinto riveros sedano tito vilcas yupanqui zuniga apaza
    choque flores mayta ticona cahuana cotaquispe huancahuari ancco anccasi
    teofilo juana eusebio marcelina florencio yolanda saturnino celestino hilaria maximo
    domitila fortunato nelida epifanio justina aurelio zenobia wilber yeni edwin teodoro
    juan jose maria pedro pablo luis carlos jorge rosa flor luz marco victor julio cesar
    alejandro elena carmen teresa lucia isabel ana marta sonia gladys delia nancy betty
    """
)
NAME_LEXICON: Final = _HAND_LEXICON | SURNAMES
_MAX_NAME_TOKENS: Final = 4


# Words for a child, a companion or a household that a name follows like a kin word:
# "la niña Killa", "la bebe Yuki", "la mayor Sisa", "mi compañera Argentina Ccora", "la
# familia Johnson".
_CHILDREN: Final = words(
    """
    nino nina ninos ninas bebe bebes wawa wawita guagua hermanito hermanita hijito hijita
    mayor menor companero companera familia
    """
)
_INDEFINITE: Final = words("un una unos unas")
# Before a lowercase given name, a saint's title: "en san isidro", "santa rosa de lima".
_SAINTS: Final = words("san santa santo santisima santisimo sao")
# Capitalized inside a sentence before "de", a devotion: "el Señor de Pomamarca".
_DEVOTED: Final = words("senor senora")
# Plural kin words a list of names follows after a colon: "hijos: luz de veinte; Wilmer".
_KIN_LISTS: Final = words("hijos hijas nietos nietas hermanos hermanas sobrinos sobrinas")
_AGES: Final = words(
    """
    uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
    dieciseis diecisiete dieciocho diecinueve veinte veinti veintiuno veintidos veintitres
    veinticuatro veinticinco treinta cuarenta cincuenta
    """
)


def _first_listed(words: Words, i: int) -> bool:
    """Whether the word at ``i``, right after "hijos:", is a given name (in any case)
    set off by a comma or followed by an age ("luz de veinte", "Wilmer, que…"); "hijos:
    dos en Lima", "hijos: el mayor…" list none."""
    norms, n = words.norms, len(words.norms)
    norm = norms[i]
    if norm not in GIVEN_NAMES or norm in SENTENCE_WORDS or norm in CALENDAR_WORDS:
        return False
    if i + 1 >= n:
        return False
    if words.gaps[i + 1].strip(" ")[:1] in (",", ";"):
        return True
    k = i + 2
    return (
        norms[i + 1] == "de"
        and k < n
        and words.gaps[k] == " "
        and (norms[k].isdigit() or norms[k] in _AGES)
    )


# Kin words that say where one is from after "un"/"una" ("un hijo de Eustaquio" is his).
_FROM_SOMEWHERE: Final = words("amigo amiga amigos amigas companero companera paisano paisana")
# A child capitalized inside a sentence is the Christ Child of a devotion: "el Niño
# Manuelito", "la fiesta del Niño Jesús" ("la niña Killa" is a girl).
_HOLY_CHILD: Final = words("nino ninito ninucha")
# Titles of employers abroad ("mister DeLuca", "la signora Bianchi"); "Miss Perú" is
# a pageant, so no "miss".
# Capitalized after "de", "la", "a"... a Quechua title of respect names a devotion.
_DEVOTION_TITLES: Final = words("tayta taita mamacha taytacha")
_DEVOTED_BY: Final = words("de del la el a al por para fiesta")
_TITLES_ABROAD: Final = words("mister mr mrs monsieur madame signor signora signore")
# Friends in Peruvian slang, a name after them only with a possessive ("mi pata Kener",
# "mi causa Jhon"); "la pata de la mesa" is a leg.
_FRIENDS: Final = words("pata patas causa pana panas compa compas cuate brother")
_POSSESSIVE: Final = words("mi mis su sus tu tus nuestro nuestra")
_KIN: Final = KIN | _CHILDREN | _TITLES_ABROAD | _FRIENDS
PEOPLE_WORDS: Final = _KIN | HONORIFICS | ORG_WORDS | NAME_LEXICON | GIVEN_NAMES | SPEECH_VERBS
# Lexicon words that may make up a lowercase name ("mi hermano eusebio mamani").
_LEXICON: Final = GIVEN_NAMES | _HAND_LEXICON | ANDEAN_SURNAMES
_PLAIN_NAMES: Final = _LEXICON - NAME_WORDS
# Plain names that a lowercase word of prose may also be ("don", "quinto", "choque",
# "sara" is maize in Quechua): found lowercase outside names in MEDDOCAN train and the
# development set. The rest of the plain names are names even in lowercase, alone
# ("yo con wilmer y yony nos fuimos"). "frances" is a nationality in lowercase: "se casó
# con un francés" names no one.
_LOWER_WORDS: Final = words(
    "don dan quinto marco ida mia bento choque sara rojas lapa curi frances"
) | words(
    # Listed names that a Spanish dictionary (hunspell es_PE) also spells in lowercase as
    # words, picked by hand from those an interview or a clinical note says: "no hay
    # norma", "lesiones óseas", "sembramos maca", "mi tocayo", "el criadero". Nicknames
    # among them stay names ("el lucho", "gavilán le decíamos", "memo", "el chucho").
    """
    norma oseas antero lee leo dale daria maca tocayo criadero fletes gallera camilla
    alacran anil begonia carmin consentida crisalida devora edil emperatriz esmerada felina
    gardenia helar hila inga islena lance llanero luciernaga mido mirla nimia raida rulo
    trapitos vides carrocerias filmaciones remodelaciones
    """
)
_LOWER_NAMES: Final = _PLAIN_NAMES - _LOWER_WORDS - CAPITAL_ONLY
# Titles that are always followed by a name, even one in lowercase ("don pancho ruíz").
_NAME_TITLES: Final = words("don dona donita sr sra srta")
# Titles after which a lowercase word spelled as no Spanish word is ("mcallister",
# "johnson", "schmidt") is a surname from abroad.
_PATRONS: Final = words("patron patrona")
_SAINT_OPENERS: Final = frozenset({"San", "Santa", "Santo", "Virgen", "Señor", "Niño"})
_FOREIGN_TITLED: Final = words("senor senora mister mr mrs patron patrona jefe jefa")
_FOREIGN: Final = re.compile(r"^(?:mc|mac(?=[^aeiou]))|ck|sh|th|tt|ss|ff|gh|w|k|[^aeiouynsrldzj]$")
_NOT_AFTER_TITLE: Final = SENTENCE_WORDS | PARTICLES | PERSON_VERBS | ACTS | words("que quien es")


# Words that open an institution's name after a person's ("... Navarro Servicio de
# Urología", "... Quispe Hospital Regional"); "Santa Cruz", "Villa" and "Puerto" are
# also surnames.
_INSTITUTION_HEADS: Final = NOT_PERSON_BEFORE - words(
    "san santa santo sta sto villa puerto reina infante infanta principe princesa"
)


def _no_stop_after(words: Words, i: int) -> bool:
    """Whether no stop follows token ``i`` (a letter and a stop is a name's initial)."""
    return i + 1 >= len(words.words) or not words.gaps[i + 1].startswith(".")


def _capitalized(word: str, norm: str, *, inside: bool = False) -> bool:
    # Inside a name a place is a surname ("Teodoro Lima"); a name never starts with one.
    if not word[:1].isupper() or norm in _TITLE_SHORT:
        return False  # a title is no name: "una familia, Mrs. Goldberg"
    return norm not in (SENTENCE_WORDS if inside else NEVER_REDACT_ALONE)


def _run_after_kin(words: Words, i: int) -> int:
    """`_run_after`, where a place may start the name: right after a kin word or title a
    capitalized place is a surname ("su hijo Lima volvió", "la señora Lima")."""
    norms = words.norms
    if i < len(norms) and norms[i] in PLACE_WORDS and words.words[i][:1].isupper():
        return _run_after(words, i + 1) if i + 1 < len(norms) and _joined(words, i + 1) else i + 1
    return _run_after(words, i)


def _joined(words: Words, i: int) -> bool:
    gap = words.gaps[i]
    return gap.strip(" ") == "" and _capitalized(words.words[i], words.norms[i], inside=True)


def _run_after(words: Words, i: int) -> int:
    """Index after the capitalized run starting at ``i`` (joiners allowed inside)."""
    tokens, norms, n = words.words, words.norms, len(words.words)
    j, taken = i, 0
    while j < n and taken < _MAX_NAME_TOKENS:
        if taken and norms[j] in _INSTITUTION_HEADS:
            break  # "Dr. Hector Pastor Navarro Servicio de Urología": the service is not his
        if _capitalized(tokens[j], norms[j], inside=taken > 0):
            taken += 1
            j += 1
        elif norms[j] in JOINERS and j + 1 < n and _capitalized(tokens[j + 1], norms[j + 1]):
            j += 1
        elif taken >= 2 and _compound_surname(words, j):
            j += 2  # "Olinda Vásquez de la Sierra": "de la" and a place end a surname
        else:
            break
        if j < n and words.gaps[j].strip(" ") != "":
            break
    return j


def _compound_surname(words: Words, j: int) -> bool:
    """Whether "de la"/"de los" at ``j`` and a capitalized word, a place included, go on
    a name of two words or more: "Vásquez de la Sierra", "Quispe de la Cruz". After a
    first name alone it says where one is from ("Olinda de la Oroya")."""
    norms, n = words.norms, len(words.norms)
    k = j + 2
    if k >= n or norms[j] != "de" or norms[j + 1] not in ("la", "los", "las"):
        return False
    if words.gaps[j + 1] != " " or words.gaps[k] != " ":
        return False
    return _capitalized(words.words[k], norms[k], inside=True)


def _from_somewhere(words: Words, i: int) -> bool:
    """Whether a lowercase organization noun after an indefinite article says where the
    body is from, not its name: "una fundación del País Vasco", "una ONG de Canadá"."""
    norms, n = words.norms, len(words.norms)
    return (
        0 < i < n - 2
        and words.words[i].islower()
        and norms[i - 1] in _INDEFINITE
        and norms[i + 1] in ("de", "del")
        and words.words[i + 2][:1].isupper()
    )


def find_people(anchors: Anchors) -> list[Span]:
    """Return names after kin words and titles, organizations after organization words,
    and capitalized common Andean names."""
    words = anchors.words
    norms, n = words.norms, len(words.norms)
    spans: list[Span] = []
    after = 0
    for i in anchors.of(PEOPLE_WORDS):
        if i < after:
            continue
        norm = norms[i]
        start = i + 1
        if (norm in _RELATIVES or norm in _PARENTS) and start + 1 < n and norms[start] == "de":
            end = _lower_name_after_de(words, start + 1)
            if end > start + 1:
                spans.append(Span(words.starts[start + 1], words.ends[end - 1], PERSONA))
                after = end
                if end + 2 < n and (norms[end], norms[end + 1]) == _AND_OF:
                    more = _lower_name_after_de(words, end + 2)  # "... y de yaretzi"
                    if more > end + 2:
                        spans.append(Span(words.starts[end + 2], words.ends[more - 1], PERSONA))
                        after = more
                continue
        # "la mamá de Yesenia", "el bebé de Concepción Yucra": the name, not "de"; but
        # "un señor de Huancavelica" is from there.
        after_de = (
            start + 1 < n
            and norms[start] == "de"
            and words.words[start + 1][:1].isupper()
            and (norm in _KIN or norm in HONORIFICS)
        )
        devoted = after_de and norm in _DEVOTED and words.words[i][:1].isupper()
        if devoted and not starts_sentence(words, i):
            continue  # "la fiesta del Señor de Pomamarca": a devotion
        if after_de and norms[start + 1] in _SAINTS and _saint_named(words, start + 1):
            continue  # "lleva el nombre de San Francisco de Asís": a saint or a place
        if (
            after_de
            and i > 0
            and norms[i - 1] in _INDEFINITE
            and (norm not in KIN or norm in _FROM_SOMEWHERE)
            and norms[i + 2] not in GIVEN_NAMES
        ):
            continue  # "un señor de Huanta" is from there; "un amigo de Lucho", his friend
        start += after_de
        if norm in _CHILDREN and not (start < n and _titled(words.words[start])):
            continue  # "Vera Mayor NºCol: 28...": a surname before a label, not "el mayor"
        if norm in _PATRONS and start < n and words.words[start] in _SAINT_OPENERS:
            continue  # "la fiesta del patrón San Luis Rey": the village's saint
        if norm in _HOLY_CHILD and words.words[i][:1].isupper() and not starts_sentence(words, i):
            continue  # "para el Niño Manuelito", "el Niño Dios": an image of devotion
        if (
            norm in _DEVOTION_TITLES
            and words.words[i][:1].isupper()
            and i > 0
            and norms[i - 1] in _DEVOTED_BY
        ):
            continue  # "la fiesta de Mamacha Cocharcas", "a Taytacha": a devotion
        if norm in _FRIENDS and (i == 0 or norms[i - 1] not in _POSSESSIVE or after_de):
            continue
        if start < n and norms[start] == norm and not (i > 0 and norms[i - 1] in KIN):
            continue  # "Informe clínico del paciente: Paciente de 70 años": the word again
        if norm in THING_NAMING and thing_named(words, i):
            continue  # "mi pueblo se llama Manta", "una finca llamada Los Cedros"
        if norm in _KIN_LISTS and i > 0 and norms[i - 1] in _POSSESSIVE:
            pair = _lowercase_pair(words, start)
            if pair:
                spans += pair  # "mis nietos pau y nuria vinieron"
                after = start + 3
                continue
        if norm in _KIN_LISTS and start < n and words.gaps[start].strip(" ") == ":":
            if _first_listed(words, start):
                spans.append(Span(words.starts[start], words.ends[start], PERSONA))
                after = start + 1
            continue  # "tengo cuatro hijos: luz de veinte, que está en Lima; Wilmer, ..."
        if start < n and norms[start] in ARTICLES and norm in KIN:
            start += 1
        end = i
        if (norm in _KIN or norm in HONORIFICS) and _sentence_between(words, i, start):
            end = start  # "...con el teniente gobernador. Don Teodoro": a new sentence
            kind = PERSONA
        elif norm in _KIN or norm in HONORIFICS:
            # "la llama Huancavelicana" is the animal.
            end = (
                _run_after(words, start)
                if norm == "llama" or after_de
                else _run_after_kin(words, start)
            )
            kind = PERSONA
            if end == start and norm in _NAME_TITLES:
                # "don pancho", and "Don hipólito ñahui" typed with its title capitalized.
                end = _lowercase_after_title(words, start)
            elif end == start and norm in _FOREIGN_TITLED and _foreign_shape(words, start):
                end = start + 1  # "con un señor mcallister": a surname from abroad
            elif end == start and norm in _FOREIGN_TITLED and _called_after(words, start):
                end = start + 1  # "el señor stavros, le decíamos el gordo"
            elif end == start and norm in _TRADE_TITLES and _surname_after_title(words, i):
                end = start + 1  # "su esposo el doctor benavides, tienen dos hijos"
            elif end == start and (norm in KIN or _titled_spouse(words, i)) and not after_de:
                if (
                    start + 1 < n
                    and norms[start] in _FAMILY_ARTICLES
                    and _family_article_name(words, start + 1)
                ):
                    start += 1  # "mi señora la flor": a wife's name after her article
                end = _lowercase_after_kin(words, start)
            if end == start and not after_de and _unlisted_then_surname(words, start):
                end = start + 2  # "el señor amancio tunque, vive en comas"
        elif norm in ORG_WORDS and (
            words.words[i][:1].isupper() or (norm in _ORG_LOWER and _spaces_after(words, i))
        ):
            end = _run_after(words, i + 1)
            # A lowercase head noun stays outside the name: "el proyecto [Allin Mikuy]".
            kind, start = ONG, (i if words.words[i][:1].isupper() else i + 1)
            if end == i + 1 or _from_somewhere(words, i):
                end = i  # "una institución", "la ONG" name no one
        elif norm in SPEECH_VERBS:
            start, end, kind = _speaker_before(words, i), i, PERSONA
        elif not words.words[i][:1].isupper():
            start, end, kind = i, _lowercase_run(words, i), PERSONA
        elif _lexicon_name(words, i):
            start, end, kind = i, i + 1, PERSONA  # scrub grows it over the names beside it
        if end == start + 1 and len(words.words[start]) == 1 and _no_stop_after(words, start):
            # A letter alone names no one: "Sixto – jefe – M – 1-3-80", a roster's sex.
            end = start
        if end > start:
            key = ""
            after_kin = start == i and i > 0 and words.gaps[i] == " " and norms[i - 1] in KIN
            titled = (norm in _PARENTS or norm in _NAME_TITLES) and _lower_title(words, i)
            if kind == PERSONA and (norm in KIN or after_kin or titled) and not after_de:
                # Named right after a kin word, a parent or "don": a person, not the
                # fiesta or saint on the allow-list ("mi hermano Santiago se fue", "mi
                # papá Santiago dice", "cuida a don Santiago").
                key = context_key(words.text[words.starts[start] : words.ends[end - 1]])
            if kind == PERSONA:
                end = _lowercase_surname_after(words, end, named=_naming_cue(words, start))
            spans.append(Span(words.starts[start], words.ends[end - 1], kind, key))
            after = end
    # Names spelled as they sound ("Flormyra", "Wilver"): scrub grows them like the rest,
    # and the surname that is a word or a place joins here, as after a listed name
    # ("Wilver Sierra, de la sierra").
    spans += [
        Span(words.starts[i], words.ends[max(_run_after(words, i), i + 1) - 1], PERSONA)
        for i in find_misspelled(words)
    ]
    return spans


# A naming phrase right before a name: "su nombre es fidel yallico.", "se llama ...".
_NAMING_CUES: Final = frozenset(
    {("nombre", "es"), ("se", "llama"), ("se", "llamaba"), ("se", "llamo"), ("me", "llamo")}
)
# Surname endings adjectives share, taken only after a naming phrase: "yallico".
_NAMED_SURNAME_ENDINGS: Final = ("ico", "ez")


def _saint_named(words: Words, k: int) -> bool:
    """Whether the saint's title at ``k`` comes before a given name, as a saint's does
    ("San Francisco", "Santa Rosa"); "Santa Ccoyllo" may be a woman called Santa."""
    return k + 1 < len(words.norms) and words.norms[k + 1] in GIVEN_NAMES


def _naming_cue(words: Words, i: int) -> bool:
    """Whether a naming phrase ("su nombre es", "se llama") ends right before ``i``."""
    norms = words.norms
    return i >= 2 and (norms[i - 2], norms[i - 1]) in _NAMING_CUES


def _lowercase_surname_after(words: Words, j: int, *, named: bool = False) -> int:
    """End of a lowercase name ending before ``j``, grown by one lowercase word after it
    spelled as no word is (a surname no lexicon lists) when the phrase closes right after
    it: "la señora ximena sotomayor. ella..", "su nombre es fidel yallico."; "con rosa
    ayer." and "con marcial, jaja." stay."""
    norms, tokens, n = words.norms, words.words, len(words.norms)
    if j >= n or j == 0 or words.gaps[j] != " " or not tokens[j - 1].islower():
        return j
    token, norm = tokens[j], norms[j]
    if not token.isalpha() or not token.islower():
        return j
    # A place right after a listed given name, no preposition before it, is a surname:
    # "el señor herminio lima volvió", "la doctora francisca mendoza, ...".
    surnamed_place = norm in _PLACES and norms[j - 1] in GIVEN_NAMES and norm not in KIN
    if not surnamed_place and not _surname_shape(norm, named=named):
        return j
    if j + 1 >= n or words.gaps[j + 1].strip(" ")[:1] in (",", ".", ";", "!", "?"):
        return j + 1
    # Or the name is the subject of the verb right after it, or "pero" opens the next
    # clause: "el padre wenceslao cordova viene de lircay".
    spaced = words.gaps[j + 1] == " "
    return j + 1 if spaced and (norms[j + 1] == "pero" or _verb_after(norms[j + 1])) else j


def _surname_shape(norm: str, *, named: bool) -> bool:
    """Whether a lowercase word after a name is spelled as a surname no lexicon lists."""
    if len(norm) < 5:
        return False
    if norm in NAME_WORDS or norm in GIVEN_NAMES or norm in SENTENCE_WORDS or norm in PARTICLES:
        return False
    if norm in PERSON_VERBS or norm in ACTS or norm in BEFORE_VERB or norm in HONORIFICS:
        return False
    named_shape = named and len(norm) >= 6 and norm.endswith(_NAMED_SURNAME_ENDINGS)
    if norm in CALENDAR_WORDS or norm in COMMON_WORDS or norm in NEVER_REDACT_ALONE:
        return False
    return unlisted_name(norm) or _surname_in_or(norm) or named_shape


_PLACES: Final = PLACE_WORDS | ELSEWHERE_WORDS


def _verb_after(norm: str) -> bool:
    """Whether a word after a name is a verb it is the subject of."""
    return norm in PERSON_VERBS or norm in ACTS or plainly_verb(norm)


def _unlisted_then_surname(words: Words, i: int) -> bool:
    """Whether the lowercase word at ``i`` (right after a kin word or title) is spelled as
    no word is and a listed surname that is no word follows it: a given name no lexicon
    lists and the surname ("el señor amancio tunque"); "la señora vende rojas" stays."""
    norms, tokens, n = words.norms, words.words, len(words.norms)
    k = i + 1
    if k >= n or words.gaps[i] != " " or words.gaps[k] != " ":
        return False
    if not (tokens[i].isalpha() and tokens[i].islower() and tokens[k].isalpha()):
        return False
    if not tokens[k].islower() or norms[k] not in SURNAMES or norms[k] in NAME_WORDS:
        return False
    norm = norms[i]
    if len(norm) < 5 or not unlisted_name(norm) or norm in _KIN_QUALIFIERS:
        return False
    return norm not in PERSON_VERBS and norm not in ACTS and not norm.endswith(_VERB_ENDINGS)


def _surname_in_or(norm: str) -> bool:
    """Whether a long word in "-or" is no agent noun nor comparative: "sotomayor",
    "salvador" and "mejor" are not ("trabajador", "vendedor", "doctor")."""
    return len(norm) >= 7 and norm.endswith("yor") and norm not in COMMON_WORDS


_ABBREVIATED: Final = words("dr dra sr sra srta lic ing prof hno hna d dna mr mrs")
# Titles written short that no name is spelled as ("D." may be a name's initial).
_TITLE_SHORT: Final = words("dr dra sr sra srta lic ing prof mr mrs ms")


def _sentence_between(words: Words, i: int, start: int) -> bool:
    """Whether a sentence ends between the title at ``i`` and the word at ``start``:
    "...con el teniente gobernador. Don Teodoro" (but "Dra. Ana" is one phrase)."""
    if start >= len(words.gaps):
        return True
    gap = words.gaps[start].strip(" ")
    if gap == "." and words.norms[i] in _ABBREVIATED:
        return False
    return any(mark in gap for mark in ".!?;\n")


def _spaces_after(words: Words, i: int) -> bool:
    return i + 1 < len(words.gaps) and words.gaps[i + 1] == " "


def _lexicon_name(words: Words, i: int) -> bool:
    norms = words.norms
    if norms[i] in GIVEN_NAMES:
        return is_given_name_here(words, i)
    if norms[i] in COMMON_WORDS or norms[i] in PLACE_WORDS:
        # "Rosa" or "Lima" alone is a word or a place; next to another name it is a name.
        nxt = i + 1 < len(norms) and norms[i + 1] in NAME_LEXICON
        return nxt and words.words[i + 1][:1].isupper()
    if i > 0 and words.words[i - 1] in _PLACE_ARTICLES and norms[i] not in _HAND_LEXICON:
        return False  # "en La Molina", "El Tambo": a surname after a capitalized article
    if eponym(words, i):
        return False  # "tiroiditis de Hashimoto", "posición de Valdivia"
    if i > 0 and norms[i - 1] in TO_A_PLACE:
        return False  # "vive en Vilca", "hasta Pazos": districts named like families
    if i > 0 and norms[i - 1] in NAMED_SPACES and words.words[i - 1].islower():
        return False  # "el parque Valentino", "el mercado Raimondi": a public space
    if i > 0 and norms[i - 1] in NOT_PERSON_BEFORE and words.words[i - 1][:1].isupper():
        return False  # "a San Borja", "en São Paulo", "Colegio Ramos"
    if len(words.words[i]) <= 4 and words.words[i].isupper():
        return False  # "el BAS", "(EVA)", "fue FOA": acronyms
    if _preterite_opening(words, i):
        return False  # "Tomé el vuelo a Lima": a verb, though "Tomé" is a surname too
    if i > 1 and norms[i - 1] in ("de", "del") and words.words[i - 2] in DEVOTION_TITLES:
        return False  # "le rezo al Señor de Huanca": a devotion named after a place
    return norms[i] in NAME_LEXICON


def _preterite_opening(words: Words, i: int) -> bool:
    """Whether the word at ``i`` opens a sentence as a preterite with its accent before
    an article ("Tomé el vuelo", "Llegó la carta")."""
    token = words.words[i]
    return (
        token[-1:] in ("é", "ó")
        and i + 1 < len(words.norms)
        and words.norms[i + 1] in ARTICLES
        and starts_sentence(words, i)
    )


_PLACE_ARTICLES: Final = frozenset({"La", "El"})
_ROUND_NUMBERS: Final = words("cien mil quinientos doscientos trescientos cuatrocientos")


def _titled(word: str) -> bool:
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


def _lowercase_run(words: Words, i: int) -> int:
    """End of a lowercase name at ``i``, or ``i`` when it is none.

    A lowercase word is a name only with evidence: after a kin word or title ("mi hermano
    eusebio"), before a verb of a person ("mamani nos visitó"), or beside another lexicon
    name ("eusebio mamani", "luz yauri"); a word-name needs a plain name beside it.
    """
    norms, n = words.norms, len(words.norms)
    if (
        i > 0
        and words.gaps[i] == " "
        and not starts_sentence(words, i)
        and norms[i - 1] in _LEXICON
    ):
        return i  # inside a run that started earlier and was not taken ("wilber quispe, yoni")
    if i > 0 and norms[i - 1] in _SAINTS:
        return i  # "trabajé en san isidro", "la fiesta de santa rosa": a saint or a place
    counted = i > 0 and (words.words[i - 1].isdigit() or norms[i - 1] in _ROUND_NUMBERS)
    if counted and words.gaps[i] == " ":
        return i  # "ganaba 600 lucas al mes", "mil lucas": a count of something
    j = i
    while j < n and norms[j] in _LEXICON and j - i < _MAX_NAME_TOKENS:
        if j > i and (words.gaps[j] != " " or not words.words[j].islower()):
            break
        j += 1
    if j == i + 1 and i > 0 and norms[i - 1] in TO_A_PLACE:
        return i  # "en estados unidos, en virginia", "hasta florida": a place
    plain = [k for k in range(i, j) if norms[k] in _PLAIN_NAMES]
    titled = i > 0 and (norms[i - 1] in KIN or norms[i - 1] in HONORIFICS)
    words_after = all(norms[k] in NAME_WORDS for k in range(i + 1, j))
    if j > i + 1 and norms[i] in _LOWER_WORDS and not titled and words_after:
        return i  # "me dan dolores de cabeza": a verb and a word, though both are names
    if not plain and j == i + 2 and i > 0 and words.gaps[i] == " " and norms[i - 1] in KIN:
        # Two word-names after a kin word: "mi hija luz marina esta en españa".
        second = _lowercase_word_name(words, i + 1, kin=i - 1)
        return j if second > i + 1 and norms[i] not in _NOT_KIN_NAMES else i
    if not plain:
        return _lowercase_word_name(words, i) if j == i + 1 else i
    if j > i + 1 or any(norms[k] in _LOWER_NAMES for k in plain):
        return j
    after_kin = (
        i > 0 and words.gaps[i] == " " and (norms[i - 1] in KIN or norms[i - 1] in HONORIFICS)
    )
    nxt = norms[j] if j < n and words.gaps[j] == " " else ""
    if nxt in BEFORE_VERB and j + 1 < n:
        nxt = norms[j + 1]
    if glossed(words, j):
        return i  # "qori sara quiere decir maíz de oro"
    # "con franklin pensamos poner un vivero": someone one does things with.
    along = i > 0 and norms[i - 1] == "con" and words.gaps[i] == " " and plainly_verb(nxt)
    return j if after_kin or along or nxt in PERSON_VERBS else i


def _lowercase_word_name(words: Words, i: int, kin: int = -1) -> int:
    """End of a lowercase word-name right after a kin word (at ``kin`` when a first
    word-name comes between) when the clause goes on like a name's ("mi prima rocío ya
    está", "tía rosa..."), else ``i``: "mi tía cose rosas" and "mi hermano justo ahora"
    are words."""
    norms, n = words.norms, len(words.norms)
    if i == 0 or words.gaps[i] != " ":
        return i
    # "mi hermano el santiago está": the family's article may come between.
    if kin < 0:
        kin = i - 2 if norms[i - 1] in ARTICLES and i > 1 and words.gaps[i - 1] == " " else i - 1
    # "mi mamá rosa vende rosas": a parent with a possessive is a kin word here.
    parent = norms[kin] in _PARENTS and kin > 0 and norms[kin - 1] in _POSSESSIVE
    if norms[kin] not in KIN and not parent and not _titled_spouse(words, kin):
        return i
    if norms[i] in _NOT_KIN_NAMES:
        # An adjective-name before a clitic and a verb: "mi esposo clemente se fue"
        # ("mi hermano justo se fue" is an adverb, "mi hijo bueno" a description).
        # Set off by a comma too: "hago ayni con mi compadre benigno, para la siembra".
        if norms[i] not in _ADJECTIVE_NAMES or i + 1 >= n:
            return i
        set_off = words.gaps[i + 1].strip(" ") == ","
        acts = _clitic_then_act(words, i + 1) or object_clitic(words, i + 1)
        # Or a person's verb right after it: "mi hermano clemente vive en rosario".
        acts = acts or (words.gaps[i + 1] == " " and _acts(words, i + 1))
        return i + 1 if set_off or acts else i
    if i + 1 >= n or words.gaps[i + 1].strip(" ")[:1] in (",", ".", ";", ":", "!", "?"):
        return i + 1
    nxt = norms[i + 1]
    if _surname_goes_on(words, i + 1):
        return i + 2  # "mi esposo julio kohatsu es sansei": the name and the surname
    if nxt == "en" and norms[i] not in CALENDAR_WORDS and norms[i] not in PLACE_WORDS:
        return i + 1  # "voy donde mi prima rocio en manchay": where she lives
    if nxt in _CLITICS_AFTER or object_clitic(words, i + 1):
        return i + 1  # "con mi compadre pascual nos íbamos", "mi nuera rosa las lleva"
    k = i + 1
    if nxt in BEFORE_VERB and i + 2 < n:
        k, nxt = i + 2, norms[i + 2]
    return i + 1 if _acts(words, k) or nxt in _NAME_FOLLOWERS else i


def _acts(words: Words, k: int) -> bool:
    """Whether the word at ``k`` is what a person does: a listed verb, or a preterite
    written with its accent ("terminó", "viajó"), which no name or noun shares."""
    norm, token = words.norms[k], words.words[k]
    if norm in PERSON_VERBS or norm in ACTS:
        return True
    return len(token) > 3 and token.endswith("ó") and token[:-1].isalpha() and token.islower()


def _surname_goes_on(words: Words, k: int) -> bool:
    """Whether the lowercase word at ``k``, after a word-name after a kin word, is
    spelled as no word is and the clause goes on like a person's after it ("mi esposo
    julio kohatsu es sansei"); "mi hijo justo ahora está" stays."""
    norms, token, n = words.norms, words.words[k], len(words.norms)
    if words.gaps[k] != " " or not token.isalpha() or not token.islower():
        return False
    norm = norms[k]
    if len(norm) < 5 or norm in GIVEN_NAMES or not unlisted_name(norm):
        return False
    if norm in PERSON_VERBS or norm in ACTS or norm.endswith(_VERB_ENDINGS):
        return False
    if k + 1 >= n or words.gaps[k + 1].strip(" ")[:1] in (",", ".", ";", "!", "?"):
        return True
    nxt = norms[k + 1]
    if nxt in BEFORE_VERB and k + 2 < n:
        nxt = norms[k + 2]
    return nxt in PERSON_VERBS or nxt in ACTS or nxt in _NAME_FOLLOWERS


_PARENTS: Final = words("mama papa mami papi mamita papito")


def _lower_title(words: Words, i: int) -> bool:
    """Whether the title or parent at ``i`` is written in lowercase: "a don Santiago",
    "mi papá Santiago" name a man, and so does one opening a sentence ("Don Santiago
    vino"); inside one a capitalized "Papá" or "Don" may open a saint's or a feast's
    name ("la fiesta del Papá Santiago")."""
    return words.words[i][:1].islower() or starts_sentence(words, i)


# Titles of a spouse or an elder that a lowercase name may follow after a possessive or
# the article: "mi senora aurora ve la chacra", "la señora eudocia recibe".
_SPOUSE_TITLES: Final = words("senora senor")
_DETERMINERS: Final = _POSSESSIVE | words("la el")
# Adjectives that are names; "justo", "bueno" and "feliz" open a clause as adverbs.
_ADJECTIVE_NAMES: Final = words("modesto severo benigno amado amada clemente")


def _titled_spouse(words: Words, k: int) -> bool:
    """Whether the word at ``k`` is "señora"/"señor" after a possessive or article."""
    return words.norms[k] in _SPOUSE_TITLES and k > 0 and words.norms[k - 1] in _DETERMINERS


def _clitic_then_act(words: Words, k: int) -> bool:
    """Whether a clitic at ``k`` opens a clause of what people do ("se fue", "le dijo")."""
    norms, n = words.norms, len(words.norms)
    if k + 1 >= n or words.gaps[k] != " " or words.gaps[k + 1] != " ":
        return False
    if norms[k] not in _CLITICS_AFTER:
        return False
    return norms[k + 1] in PERSON_VERBS or norms[k + 1] in ACTS


# Clitics that open the clause of a name right after a kin word.
_CLITICS_AFTER: Final = words("nos se le les me lo la")


# Place words that are common nouns, never a name after a kin word ("mi hijo pueblo").
_PLACE_NOUNS: Final = words(
    "plaza armas mercado posta chacra pueblo comas ate nuevo occidente selva sierra costa andes"
)


# What a relative is before "el que", not a name: "mi tía solterona, la que cose".
_KIN_STATES: Final = words("soltero soltera viudo viuda politico politica segundo segunda")


def _the_one_who(words: Words, k: int) -> bool:
    """Whether ", el que" or ", la que" starts at ``k``: the clause that says which
    person a name after a kin word is ("mi tío caco, el que recluta")."""
    norms, gaps = words.norms, words.gaps
    if k + 1 >= len(norms) or gaps[k].strip(" ") != "," or gaps[k + 1] != " ":
        return False
    return norms[k] in ("el", "la") and norms[k + 1] == "que"


def _lowercase_after_kin(words: Words, i: int) -> int:
    """`_lowercase_name_after_kin`, or a listed name that is also a word after the
    family's article: "mi señora la flor", "mi tío el cruz", "mi primo el santiago"."""
    end = _lowercase_name_after_kin(words, i)
    return i + 1 if end == i and _family_article_name(words, i) else end


def _lowercase_name_after_kin(words: Words, i: int) -> int:
    """End of a lowercase name right after a kin word that no lexicon lists as a name:
    a name spelled as it sounds ("mi hijo wilver que está en Arequipa") or a country or
    town given as a name ("mi hija italia está en Italia"), when the clause goes on like a
    name's; else ``i``. "mi hijo en Lima" has its preposition."""
    norms, tokens, n = words.norms, words.words, len(words.norms)
    if i >= n or words.gaps[i] != " " or not tokens[i].isalpha() or not tokens[i].islower():
        return i
    norm = norms[i]
    relative = i + 1 < n and words.gaps[i + 1].strip(" ") == "," and norms[i + 1] == "que"
    if relative and (norm in _NOT_KIN_NAMES or norm in GIVEN_NAMES):
        # An adjective is not set off before a relative clause: "mi tío justo, que tiene
        # su taller" names him ("mi hermano justo ahora" does not).
        return i + 1
    if _quechua_set_off(words, i):
        return i + 1  # "donde mi tío amaru, en villa el salvador": a Quechua name
    described = norm in _KIN_QUALIFIERS or norm in _KIN_STATES or norm.endswith(("on", "ona"))
    if unlisted_name(norm) and not described and _the_one_who(words, i + 1):
        return i + 1  # "entré por el tío caco, el que recluta": who he is, told after
    unknown = _unknown_after_kin(words, i)
    if unknown > i:
        return unknown  # "su esposa eudocia no quiso hablar", "mi hija la ederlinda se fue"
    if norm not in MISSPELLED_LOWER and (norm not in PLACE_WORDS or norm in _PLACE_NOUNS):
        return i
    if i + 1 >= n or words.gaps[i + 1].strip(" ")[:1] in (",", ".", ";", ":", "!", "?"):
        return i + 1 if norm in MISSPELLED_LOWER else i
    nxt = norms[i + 1]
    if nxt in BEFORE_VERB and i + 2 < n:
        nxt = norms[i + 2]
    return i + 1 if nxt in PERSON_VERBS or nxt in ACTS or nxt in _NAME_FOLLOWERS else i


def _family_article_name(words: Words, i: int) -> bool:
    """Whether a listed given name that is also a word, at ``i``, follows a kin word and
    the family's article: "mi señora la flor", "mi tío el cruz" (an article between says
    a name; "mi hija la mayor" is no name). Other names are the kin rules' own."""
    norms = words.norms
    if not 2 <= i < len(norms):
        return False
    norm = norms[i]
    return (
        i >= 2
        and norms[i - 1] in _FAMILY_ARTICLES
        and (norms[i - 2] in _RELATIVES or _titled_spouse(words, i - 2))
        and norm in GIVEN_NAMES
        and (norm in NAME_WORDS or norm in QUECHUA_NAMES)
        and norm not in DESCRIPTIONS
        and norm not in CALENDAR_WORDS
        and norm not in _PRAISED
        and words.gaps[i - 1] == words.gaps[i] == " "
    )


_FAMILY_ARTICLES: Final = words("el la")
# Given names that are also praise: "mi hija la bella", "mi nieta la reina de la casa".
_PRAISED: Final = words("bella dulce reina linda amada amado")


def _lower_name_after_de(words: Words, k: int) -> int:
    """End of a lowercase name at ``k``, right after a kin word and "de", or ``k``: a
    listed given name that is no word, or a name spelled as no word is when what follows
    goes on like a person's ("la mamá de kusi y de yaretzi está en Lima", "el hijo de
    yaneth."); "la mamá de ellos", "el hijo de la vecina", "la hija de rosa" stay."""
    norms, tokens, n = words.norms, words.words, len(words.norms)
    if words.gaps[k] != " " or words.gaps[k - 1] != " " or (k > 0 and tokens[k - 2][:1].isupper()):
        return k
    token, norm = tokens[k], norms[k]
    if not token.isalpha() or not token.islower() or len(norm) < 4:
        return k
    if norm in NAME_WORDS or norm in SENTENCE_WORDS or norm in NEVER_REDACT_ALONE:
        return k
    if norm in KIN or norm in HONORIFICS or norm in _CHILDREN or norm in ARTICLES:
        return k
    plain = (norm in GIVEN_NAMES and norm not in CAPITAL_ONLY) or norm in MISSPELLED_LOWER
    if not plain and (not unlisted_name(norm) or norm in _DETERMINERS_OF):
        return k
    m = k + 1
    if m >= n or words.gaps[m].strip(" ")[:1] in (",", ".", ";", "!", "?"):
        return k + 1
    nxt = norms[m]
    if nxt == "y" and m + 1 < n and norms[m + 1] == "de":
        return k + 1  # "la mamá de kusi y de yaretzi"
    if nxt in BEFORE_VERB and m + 1 < n:
        nxt = norms[m + 1]
    goes_on = nxt in PERSON_VERBS or nxt in ACTS or nxt in _STATES or nxt in _NAME_FOLLOWERS
    return k + 1 if goes_on and (plain or nxt in _STATES) else k


# Determiners a kin word and "de" may go on with: "la mamá de alguno", "de aquel".
_DETERMINERS_OF: Final = words("alguno alguna ninguno ninguna aquel aquella tanto tanta resto")
# A name after "de" and "y de" another kin's: "la mamá de kusi y de yaretzi".
_AND_OF: Final = ("y", "de")


# Kin words proper, not the naming words KIN also holds ("dicen", "llama", "nombre").
_RELATIVES: Final = KIN - words("llamado llamada llama apellido nombre dicen apodo")


_STATES: Final = words("esta estaba estuvo sigue seguia anda andaba")
_SET_OFF_MARKS: Final = frozenset("(,.;:")


def _unknown_after_kin(words: Words, i: int) -> int:
    """End of a lowercase name no lexicon lists at ``i``, right after a kin word (and the
    family's article), or ``i``. It is one when what follows says so: a verb of what
    people do ("su esposa eudocia no quiso", "mi hija la ederlinda se fue"; a word spelled
    as no adjective, adverb or verb form is), "le decimos" ("mi hijo yanqui le decimos"),
    or a surname after the article ("mi primo el gato Llactahuaman"). "mi hijo mayor se
    fue" and "mi hija también quiso" stay."""
    norms, n = words.norms, len(words.norms)
    token, norm = words.words[i], norms[i]
    if len(norm) < 4 or not token.isalpha() or not token.islower():
        return i
    kin = i - 2 if norms[i - 1] in ARTICLES else i - 1
    if (
        kin < 0
        or (norms[kin] not in _RELATIVES and not _titled_spouse(words, kin))
        or any(g != " " for g in words.gaps[kin + 1 : i + 1])
    ):
        return i  # "Kim le dicen, la empresa se llama": a naming word, then a comma
    k = i + 1
    if _set_off_after_kin(words, i):
        return k  # "a mi hermano ambrosio a lircay", "en la casa de su tia dominga."
    if k < n and words.gaps[k].strip(" ")[:1] in _SET_OFF_MARKS and diminutive_name(norm):
        return k  # "abuela juanacha (Juana?, no sabe)", "hijo pedrito.": a name's pet form
    if k >= n or words.gaps[k] != " ":
        return i
    if norms[kin] in _SPOUSE_TITLES and not unlisted_name(norm):
        return i  # "la señora amable dijo", "mi señora normal": what she is
    if norm in ORG_WORDS or norm in CALENDAR_WORDS or norm in HONORIFICS:
        return i
    if kin == i - 2 and _titled(words.words[k]) and norms[k] in SURNAMES:
        return k + 1  # "mi primo el gato Llactahuaman": a nickname and the surname
    if norm in DESCRIPTIONS:
        return i
    if norm in NEVER_REDACT_ALONE or norm in COMMON_WORDS or norm in _NOT_KIN_NAMES:
        return i
    if norm in KIN or norm in HONORIFICS or norm in _CHILDREN:
        return i
    if norm in PERSON_VERBS or norm in ACTS or norm in BEFORE_VERB or norm in _CLITICS_AFTER:
        return i
    if k + 1 < n and norms[k] in _CALLED_BY and norms[k + 1] in _CALLED_SO:
        # "mi hijo yanqui le decimos, porque...": what they call him, diminutives too;
        # "a mi hijo chiquito le decimos que estudie" tells him something.
        said = k + 2 >= n or words.gaps[k + 2].strip(" ")[:1] in (",", ".", ";", "!", "?")
        return i + 1 if said or norms[k + 2] == "asi" else i
    if _er_name(norm) and _clitic_then_act(words, k):
        return i + 1  # "mi hijo kener me llama del celular"
    if norm.endswith(DESCRIPTION_ENDINGS) and not diminutive_name(norm):
        return i + 1 if _name_like_infinitive(words, i) else i
    while k < n and words.gaps[k] == " " and norms[k] in BEFORE_VERB and k - i <= 2:
        k += 1
    if k >= n or words.gaps[k] != " ":
        return i
    # With the family's article a state will do: "mi hijo el rusbel está en Ica".
    # So will a diminutive of a listed name: "mi hija marujita está en Lima".
    state = (kin == i - 2 or diminutive_name(norm)) and k == i + 1 and norms[k] in _STATES
    # After a clitic or "no", any verb in the preterite: "mi esposa teodolinda se enfermó".
    # Right after a name spelled as no word is, too: "mi hijo amaru terminó en el cetpro".
    done = (k > i + 1 or unlisted_name(norm)) and len(norms[k]) > 3 and words.words[k].endswith("ó")
    # A name spelled as no word is, then a clitic and any verb: "mi hermana gaby me pasa".
    done = done or (
        norms[k - 1] in _CLITICS_AFTER
        and unlisted_name(norm)
        and words.words[k].isalpha()
        and words.words[k].islower()
        and norms[k] not in COMMON_WORDS
        and norms[k] not in NEVER_REDACT_ALONE
    )
    return i + 1 if norms[k] in PERSON_VERBS or norms[k] in ACTS or state or done else i


# Words in "-er" that may follow a kin word and are no name: "mi hija mujer", "mi
# hijo chofer", "mi esposo ayer me dijo", infinitives of the verbs said most.
_ER_WORDS: Final = words(
    """
    mujer ayer chofer taller primer tercer cualquier poder placer deber hacer tener ser
    ver saber querer comer beber leer vender volver poner traer creer coser crecer
    """
)


def _er_name(norm: str) -> bool:
    """Whether a word in "-er" after a kin word may be a name ("kener", "wilder",
    "yimer"): long enough and no word listed or said often."""
    return (
        len(norm) >= 5
        and norm.endswith("er")
        and norm not in _ER_WORDS
        and norm not in COMMON_WORDS
        and norm not in SENTENCE_WORDS
        and norm not in NEVER_REDACT_ALONE
        and norm not in DESCRIPTIONS
    )


# Endings of given names spelled like an infinitive ("dilmer", "wilmer", "yamir",
# "edgar") that are adjectives or trades instead ("familiar", "trabajador").
_INFINITIVE_ENDINGS: Final = ("er", "ir", "ar")
_NOT_INFINITIVE_NAMES: Final = ("lar", "iar", "uar", "dor", "mente")


def _name_like_infinitive(words: Words, i: int) -> bool:
    """Whether the lowercase word at ``i``, right after a kin word (checked by the
    caller), is a given name spelled like an infinitive: no infinitive follows a relative
    and then closes the phrase or takes a clitic and a verb ("mi nieto dilmer me lee los
    papeles", "con mi hijo wilmer."); "mi hijo mayor", "mi tío familiar," stay."""
    norms, gaps, n = words.norms, words.gaps, len(words.norms)
    norm = norms[i]
    if len(norm) < 5 or not norm.endswith(_INFINITIVE_ENDINGS):
        return False
    if norm.endswith(_NOT_INFINITIVE_NAMES) or norm in DESCRIPTIONS or norm in COMMON_WORDS:
        return False
    if norm in PERSON_VERBS or norm in ACTS or norm in NEVER_REDACT_ALONE or norm in KIN:
        return False
    k = i + 1
    if k >= n or gaps[k].strip(" ")[:1] in (",", ".", ";", "!", "?"):
        return True
    if k + 1 >= n or gaps[k] != " " or gaps[k + 1] != " " or norms[k] not in _CLITICS_AFTER:
        return False
    return words.words[k + 1].isalpha() and words.words[k + 1].islower()


# Words spelled as no other word is that still say which relative: "mi tío materno",
# "mi hijo quinto", "mi tía santa", "mi hija negra".
_KIN_QUALIFIERS: Final = words(
    "materno materna paterno paterna quinto quinta santo santa hembra macho chola cholo "
    "negra negro gringa gringo"
)
# Words after which a name right after a kin word has ended: "mi tía dominga de Huanta",
# "mi hermano ambrosio a Lircay", "mi señora santusa y mis hijos".
_AFTER_NAME: Final = words("a de y")
# Prepositions before "mi hermano X", where no verb follows the relative: "a mi hermano
# ambrosio a Lircay", "en la casa de su tía dominga.", "con mi señora santusa y".
_BEFORE_KIN: Final = words("a de con donde para por")
# Verb forms a relative may be the subject of: "salgo", "migraron", "trabajaba".
_VERB_ENDINGS: Final = ("go", "ron", "aba", "mos", "ia")


def _set_off_after_kin(words: Words, i: int) -> bool:
    """Whether the lowercase word at ``i`` (right after a kin word, checked by the
    caller) is spelled as no word is and its phrase closes right after it, at a stop or
    before "a", "de", "y": a name no lexicon lists ("su tía dominga.", "mi hermano
    ambrosio a Lircay"); "mi tío materno.", "mi hija mayor y" stay."""
    norms, n = words.norms, len(words.norms)
    norm = norms[i]
    if i < 3 or norms[i - 2] not in _POSSESSIVE or norms[i - 3] not in _BEFORE_KIN:
        return False  # "cuando el esposo migra a Ica", "mis hijos estudiaron."
    if norms[i - 1] not in _RELATIVES and norms[i - 1] not in _SPOUSE_TITLES:
        return False
    if len(norm) < 5 or norm in _KIN_QUALIFIERS or not unlisted_name(norm):
        return False
    if norm.endswith(_VERB_ENDINGS):
        return False
    if norm in _NOT_KIN_NAMES or norm in _CHILDREN or norm in HONORIFICS or norm in ORG_WORDS:
        return False
    if norm in CALENDAR_WORDS or norm in PERSON_VERBS or norm in ACTS or norm in NAME_WORDS:
        return False
    k = i + 1
    if k >= n:
        return True
    gap = words.gaps[k].strip(" ")
    if gap[:1] in (",", ".", ";", "!", "?"):
        return True
    # After "de mi hijo" a verb is as likely as a name: "la casa de mi hijo queda a dos
    # cuadras", "la chacra de mi tío llega a la pampa". Only a stop closes a name there.
    return gap == "" and norms[k] in _AFTER_NAME and norms[i - 3] != "de"


# A clitic and a verb of calling after a name: "mi hijo yanqui le decimos".
_CALLED_BY: Final = words("le lo la")
_CALLED_SO: Final = words("decimos deciamos dicen decian llamamos llaman llamaban")


def _quechua_set_off(words: Words, i: int) -> bool:
    """Whether the lowercase word at ``i``, right after a kin word, is spelled in the
    Quechua alphabet alone (no e, o, b, d, g, accents) and set off by a comma: a name no
    lexicon lists ("mi tío amaru, en..."); "mi hija nunca, ..." and "mi tía allá," stay."""
    token, norm = words.words[i], words.norms[i]
    if len(token) < 4 or _QUECHUA_WORD.fullmatch(token) is None:
        return False
    if norm in SENTENCE_WORDS or norm in COMMON_WORDS or norm in PLACE_WORDS:
        return False
    if norm in NEVER_REDACT_ALONE or norm in CALENDAR_WORDS or norm in _KIN:
        return False
    return i + 1 < len(words.norms) and words.gaps[i + 1].strip(" ")[:1] == ","


# Word-names that are adjectives or adverbs after a kin word ("mi hermano mayor",
# "mi hijo justo ahora"); and words that go on after a name ("mi prima rocío ya está").
_NOT_KIN_NAMES: Final = words("justo modesto severo benigno feliz amado amada clemente bueno")
_NAME_FOLLOWERS: Final = words("esta estaba es era y que tambien")


def _lowercase_after_title(words: Words, i: int) -> int:
    """End of a lowercase name after "don"/"doña": one word, and a second one if the
    clause ends after it ("don pancho ruíz..."); ``i`` when there is none."""
    norms, tokens, n = words.norms, words.words, len(words.norms)
    if i >= n or words.gaps[i] != " " or not tokens[i].isalpha() or not tokens[i].islower():
        return i
    if norms[i] in _NOT_AFTER_TITLE or norms[i] in NEVER_REDACT_ALONE or len(norms[i]) < 3:
        return i
    j = i + 1
    if (
        j < n
        and words.gaps[j] == " "
        and tokens[j].isalpha()
        and norms[j] not in _NOT_AFTER_TITLE
        and norms[j] not in NEVER_REDACT_ALONE
        and (norms[j] in _LEXICON or (j + 1 >= n or words.gaps[j + 1].strip(" ")[:1] in ",.;:!?"))
    ):
        j += 1
    return j


def _lowercase_pair(words: Words, k: int) -> list[Span]:
    """Two lowercase names joined by "y" right after a plural kin word and before what
    they do or a stop: "mis nietos pau y nuria vinieron"; one of them spelled as no word
    is or listed ("mis hijos grandes y chicos", "mis hijos aquí y allá" stay)."""
    norms, tokens, gaps, n = words.norms, words.words, words.gaps, len(words.norms)
    if k + 2 >= n or norms[k + 1] != "y" or any(g != " " for g in gaps[k : k + 3]):
        return []
    pair = (k, k + 2)
    if not all(tokens[m].isalpha() and tokens[m].islower() for m in pair):
        return []

    def named(m: int, *, short: bool) -> bool:
        norm = norms[m]
        if norm in NAME_WORDS or norm in NEVER_REDACT_ALONE or norm in SENTENCE_WORDS:
            return False
        if norm in PERSON_VERBS or norm in ACTS or norm in BEFORE_VERB or norm in KIN:
            return False
        if norm in GIVEN_NAMES or unlisted_name(norm):
            return True
        return short and len(norm) == 3 and norm not in COMMON_WORDS and norm not in PARTICLES

    def word_name(m: int, other: int) -> bool:
        # A given name that is a word beside a plain one: "mis hijas anahi y milagros".
        norm = norms[m]
        if norm not in GIVEN_NAMES or norm in CALENDAR_WORDS or norm in PLACE_WORDS:
            return False
        return (
            norm not in SENTENCE_WORDS
            and norm not in NEVER_REDACT_ALONE
            and named(other, short=False)
        )

    first = named(k, short=True) or word_name(k, k + 2)
    second = named(k + 2, short=True) or word_name(k + 2, k)
    if not (first and second) or not (named(k, short=False) or named(k + 2, short=False)):
        return []
    m = k + 3
    if m < n and gaps[m].strip(" ") == "":
        nxt = norms[m + 1] if norms[m] in BEFORE_VERB and m + 1 < n else norms[m]
        # A verb in the plural's preterite will do: "vinieron", "llegaron".
        plural_done = len(nxt) > 5 and nxt.endswith("ron")
        goes_on = nxt in PERSON_VERBS or nxt in ACTS or nxt in _NAME_FOLLOWERS
        if not goes_on and not plural_done and nxt not in _PLURAL_STATES:
            return []
    return [Span(words.starts[m_], words.ends[m_], PERSONA) for m_ in pair]


_PLURAL_STATES: Final = words("estan estaban son eran viven vivian trabajan estudian")


# Titles of a trade or respect a surname alone follows: "el doctor guzman la llevó".
_TRADE_TITLES: Final = words(
    "doctor doctora ingeniero ingeniera licenciado licenciada profesor profesora senor"
    " senora teniente senorita profe signora signor senores senoras"
)


# Titles of a trade a given name alone follows in speech: "la profe elva", "la señorita
# cinthia".
_WORK_TITLES: Final = words(
    "profe profesor profesora senorita doctor doctora ingeniero ingeniera licenciado licenciada"
)


# Words that open a clause whose subject is the title: "cuando la señora duerme.".
_CLAUSE_OPENERS: Final = words("cuando que si mientras porque aunque apenas donde")


# Endings of a trade's specialty after the title: "el ingeniero agrónomo", "la doctora
# pediatra", "el doctor ginecólogo", "el profesor titular".
_SPECIALTY_ENDINGS: Final = ("omo", "oma", "ista", "logo", "loga", "atra", "ario", "aria", "ar")


_PLURAL_TITLES: Final = words("senores senoras")
_PLURAL_THE: Final = words("los las mis sus")
_SINGULAR_SURNAME_WORDS: Final = words("vega sierra cruz paz leon prado castillo rivera soto")


# Words of places' names that describe ("Nuevo Occoro", "Alto Cunas"): "el profe nuevo".
_PLACE_ADJECTIVES: Final = words(
    "nuevo nueva viejo vieja alto alta bajo baja grande chico chica santo santa buena bueno"
)


def _surname_word(norm: str) -> bool:
    return norm.endswith("s") or norm in _SINGULAR_SURNAME_WORDS


def _surname_after_title(words: Words, t: int) -> bool:
    """Whether the lowercase word after the title at ``t``, itself after the article or a
    possessive, is a surname: listed or spelled as no word is, and closing the phrase or
    followed by a clitic ("el señor coronado, era buena gente", "el doctor guzman la
    llevó"); "el doctor nomás", "el ingeniero agrónomo," and "el señor dijo" stay."""
    norms, tokens, n = words.norms, words.words, len(words.norms)
    k = t + 1
    if t == 0 or k >= n or words.gaps[k] != " ":
        return False
    # A family by its plural title: "una familia de chamberí, los señores zubiri".
    plural = norms[t] in _PLURAL_TITLES and norms[t - 1] in _PLURAL_THE
    if norms[t - 1] not in _DETERMINERS and not plural:
        return False
    token, norm = tokens[k], norms[k]
    if t > 1 and norms[t - 2] in _CLAUSE_OPENERS and norm not in SURNAMES:
        # "cuando la señora duerme.": a clause that wants its verb; a listed surname is
        # the person ("me cambié donde la doctora ayala, ella sí me dejó estudiar").
        return False
    if not token.isalpha() or not token.islower() or len(norm) < 4:
        return False
    if norm in PERSON_VERBS or norm in ACTS or norm in BEFORE_VERB or norm in _CLITICS_AFTER:
        return False
    if norm in HONORIFICS or norm in KIN:
        return False
    # A surname that is also a word: a plural noun or a listed one cannot describe one
    # professional ("el ingeniero salas, él recluta", "la doctora flores nos atendió").
    worded = norm in NAME_WORDS
    # After a professional's or a teacher's title a given name that is also a word is
    # hers: "la licenciada rosa trabaja", "la señorita concepción, la técnica".
    # A town's name right after the title is the professional's surname: "el profesor
    # trujillo, de matemática" (from a town would be "el profesor de trujillo").
    town = (
        norm in _PLACES
        and norm not in COMMON_WORDS
        and norm not in _PLACE_ADJECTIVES
        and norms[t] in _WORK_TITLES
        and (k + 1 >= n or words.gaps[k + 1].strip(" ")[:1] in (",", ".", ";", "!", "?"))
    )
    if (
        worded
        and not town
        and not (norms[t] in _WORK_TITLES and (_surname_word(norm) or norm in GIVEN_NAMES))
    ):
        return False
    if (
        not worded
        and norm not in SURNAMES
        and (not unlisted_name(norm) or norm.endswith(_SPECIALTY_ENDINGS))
    ):
        return False
    if k + 1 >= n:
        return True
    after = words.gaps[k + 1].strip(" ")[:1]
    if after in (",", ".", ";", "!", "?"):
        return True
    # Or by what she says: "la doctora chumbes dice que" ("la señora amable dice" stays).
    if after == "" and (norms[k + 1] in _CLITICS_AFTER or norms[k + 1] in SPEECH_VERBS):
        return True
    # After a teacher's or a professional's title, by what she does: "la profe elva tiene
    # su cuenta" ("el ingeniero civil tiene", "la profe nueva viene" stay).
    return after == "" and norms[t] in _WORK_TITLES and norms[k + 1] in ACTS


def _called_after(words: Words, i: int) -> bool:
    """Whether the lowercase word at ``i``, after a title, is followed (past a comma) by
    what people called the person: "el señor stavros, le decíamos el gordo"."""
    norms, n = words.norms, len(words.norms)
    if i + 2 >= n or words.gaps[i] != " " or not words.words[i].isalpha():
        return False
    norm = norms[i]
    if not words.words[i].islower() or len(norm) < 3 or norm in _NOT_AFTER_TITLE:
        return False
    if norm in NEVER_REDACT_ALONE or norm in DESCRIPTIONS or norm in COMMON_WORDS:
        return False
    if words.gaps[i + 1].strip(" ") not in ("", ","):
        return False
    return norms[i + 1] in _CALLED_BY and norms[i + 2] in _CALLED_SO


def _foreign_shape(words: Words, i: int) -> bool:
    """Whether the word at ``i`` is lowercase letters spelled as no Spanish word is."""
    if i >= len(words.norms) or words.gaps[i] != " ":
        return False
    token, norm = words.words[i], words.norms[i]
    if len(token) < 4 or not token.isalpha() or not token.islower() or not token.isascii():
        return False
    if norm in SENTENCE_WORDS or norm in NEVER_REDACT_ALONE or norm in COMMON_WORDS:
        return False
    return _FOREIGN.search(token) is not None


def _speaker_before(words: Words, v: int) -> int:
    """Start of a capitalized run that opens a sentence and ends right before the speech
    verb at ``v`` ("Wilfreda Ccanto dice"); ``v`` when there is none."""
    tokens, norms = words.words, words.norms
    i = v
    while i > 0 and v - i < _MAX_NAME_TOKENS and words.gaps[i] == " ":
        k = i - 1
        if not tokens[k][:1].isupper() or norms[k] in _NOT_SPEAKERS or norms[k] in HAVE_VERBS:
            break
        if norms[k] in CALENDAR_WORDS:
            break
        if norms[k] in NEVER_REDACT_ALONE or norms[k] in KIN or norms[k] in HONORIFICS:
            break
        i = k
        if starts_sentence(words, k):
            return k
    return v


def find_quechua_orgs(words: Words) -> list[Span]:
    """Return unseen multi-word Quechua names after "con", "la", "de"... as organizations."""
    text = words.text
    if not any(map(text.__contains__, _QUECHUA_HINTS)):
        return []
    norms, tokens, starts, n = words.norms, words.words, words.starts, len(words.norms)
    spans: list[Span] = []
    after = 0
    for m in _QUECHUA.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < after or norms[i] in NEVER_REDACT_ALONE or not _org_part(tokens[i], norms[i]):
            continue
        lo = i
        while lo > 0 and words.gaps[lo] == " " and _org_part(tokens[lo - 1], norms[lo - 1]):
            lo -= 1
        hi = i + 1
        while hi < n and words.gaps[hi] == " " and _org_part(tokens[hi], norms[hi]):
            hi += 1
        # Every match inside this run gives the same run: look at each run once, or a
        # long run of capitalized Quechua words costs the square of its length.
        after = hi
        if hi - lo < 2 or lo == 0 or starts_sentence(words, lo) or norms[lo - 1] not in _ORG_BEFORE:
            continue
        spans.append(Span(words.starts[lo], words.ends[hi - 1], ONG))
    return spans


def _org_part(word: str, norm: str) -> bool:
    if not word[:1].isupper() or norm in SENTENCE_WORDS or norm in PLACE_WORDS:
        return False
    return _QUECHUA_WORD.fullmatch(norm) is not None
