"""Names after a cue that says a name follows.

- A role or kin word, a comma, a capitalized name and a comma or a stop ("el
  tesorero, Nilton Ccopa, está...", "mi hijo mayor, Jayden, dice...").
- A naming phrase, even before a place or a lowercase word ("se llama Argentina", "de
  apellido Lima", "te anoté como wilber", "un tal Trujillo"); weaker cues ("soy",
  "donde", "tayta", "el ingeniero") before a capitalized name only.
- A capitalized name after "es"/"era" when a role opens the clause ("el presidente
  ahorita es Crescencio Huayhua").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from typing import Final

from privacy.cues import (
    DESCRIPTION_ENDINGS,
    DESCRIPTIONS,
    LOWER_WORD,
    NOT_SUBJECTS,
    WORD,
    acts,
    context_key,
    opens_clause,
)
from privacy.given import (
    DIMINUTIVES,
    GIVEN_NAMES,
    MISSPELLED_LOWER,
    NAME_WORDS,
    NOT_PERSON_BEFORE,
    PERSON_VERBS,
    PLACE_PREFIXES,
    SURNAMES,
    diminutive_name,
)
from privacy.lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    KIN,
    NEVER_REDACT_ALONE,
    PLACE_WORDS,
    SENTENCE_WORDS,
    words,
)
from privacy.normalize import Words, closes_clause, normalize_token
from privacy.recognizers import PERSONA, Span
from privacy.subjects import DESCRIBED_AS, NICKNAMES, is_nickname
from privacy.triggers import Anchors, find_at

_ROLES: Final = (
    r"tesorer[oa]|president[ea]|capataz|supervisor[a]?|secretari[oa]|vocal|delegad[oa]|"
    r"due[ñn][oa]|jef[ea]|patr[oó]n|patrona|ingenier[oa]|profe(?:sor|sora)?|t[eé]cnic[oa]|"
    r"promotor[a]?|enfermer[oa]|coordinador[a]?|dirigente|exalumn[oa]|alumn[oa]|"
    r"herman[oa]s?|hij[oa]s?|niet[oa]s?|sobrin[oa]s?|prim[oa]s?|t[ií][oa]s?|espos[oa]|"
    r"cu[ñn]ad[oa]|compadre|comadre|yerno|nuera|suegr[oa]|abuelit[oa]|vecin[oa]|amig[oa]|"
    r"mayor|menor|chiquit[oa]|mayorcit[oa]|pareja|enamorad[oa]|compa[ñn]er[oa]|novi[oa]|marido|"
    # Kin words in the diminutive: "la hijita de doris, la Naysha, nació".
    r"hijit[oa]s?|hermanit[oa]s?|nietecit[oa]s?|nietit[oa]s?|sobrinit[oa]s?|primit[oa]s?"
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
    enamorada companero companera novio novia marido hijito hijita hijitos hijitas
    hermanito hermanita hermanitos hermanitas nietecito nietecita nietito nietita
    sobrinito sobrinita primito primita
    """
)
# What a person is, between a kin word and a name set off by commas: "mi compañera
# catalana, Montse, se quedó"; any other words there need a listed given name ("mi hija
# en Lima, Chorrillos." names a district).
_DESCRIBING: Final = words(
    """
    catalan catalana espanol espanola italiano italiana japones japonesa chileno chilena
    argentino argentina boliviano boliviana gringo gringa americano americana peruano
    peruana coreano coreana chino china venezolano venezolana colombiano colombiana
    ecuatoriano ecuatoriana brasileno brasilena aleman alemana frances francesa
    mayor menor segundo segunda ultimo ultima querido querida de aqui alla
    """
)
_APPOSITION: Final = re.compile(
    rf"(?:{_ROLES})(?P<between>),[ \t]+(?P<the>(?:el|la)[ \t]+)?"
    rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}}(?:[ \t]+y[ \t]+{WORD})?)"
    r"(?=[ \t]*[,;.:!?)]|[ \t]+mismo)"
)
_APPOSITION_FAR: Final = re.compile(
    rf"(?:{_ROLES})(?P<between>(?:[ \t]+[\wáéíóúñü]+){{1,3}}),[ \t]+"
    rf"(?P<the>(?:el|la)[ \t]+)?(?P<name>{WORD})"
    r"(?=[ \t]*[,;.:!?)])"
)
# Parents and spouses named with the family's article after a comma: "su papá, el
# Clodoaldo, nos dejó", "mi mujer, la Consuelo, se quedó". The article is required (a
# bare word after "mi mamá," may open the next clause), and "papá" its accent: "papa,
# Canchán, Yungay" lists potato varieties.
_PARENTS: Final = words(
    "papa mama papi mami papito mamita mujer padre madre viejo vieja conviviente"
)
_PARENT_THE_NAME: Final = re.compile(
    r"(?:[Pp]ap(?:á|i|ito)|[Mm]am(?:[aá]|i|ita)|[Mm]ujer|[Pp]adre|[Mm]adre|[Vv]iej[oa]"
    r"|[Cc]onviviente)"
    rf",[ \t]+(?:el|la)[ \t]+(?P<name>{WORD}(?:[ \t]+{WORD})?)"
    r"(?=[ \t]*[,;.:!?)])"
)
# Phrases that name whoever follows them, even a place or a lowercase word: "se llama
# Argentina", "de apellido Lima", "te anoté como wilber", "un tal Trujillo". Keyed by
# the phrase's last word (where the pattern is tried) with the words allowed before it.
_NAMING_CUES: Final = {
    "llama": words("se"),
    "llamaba": words("se"),
    "llaman": words("se"),
    "llamaban": words("se"),
    # "casi la llamo Pilarica", "lo llamé Dylan": a capitalized name only (below).
    "llamo": words("me la lo le"),
    "llame": words("la lo le"),
    "llamamos": words("la lo le"),
    "llamas": words("te"),
    "apellido": words("de se"),
    "apellida": words("se"),
    "apellidaba": words("se"),
    "apellidan": words("se"),
    "apellidaban": words("se"),
    "puse": words("le"),
    "pusimos": words("le"),
    "pusieron": words("le me nos te"),
    "puso": words("le me"),
    "pone": words("le"),
    "ponen": words("le"),
    # A name with its clitic joined to the verb: "quería ponerle Patria", "bautizarla".
    "ponerle": frozenset(),
    "ponerla": frozenset(),
    "ponerlo": frozenset(),
    "bautizarla": frozenset(),
    "bautizarlo": frozenset(),
    "llamarla": frozenset(),
    "llamarlo": frozenset(),
    "llamarse": frozenset(),  # "este chico tiene que llamarse Santiago"
    # A profile on a social network: "me busca como Lucecita Andina", "salgo como...".
    "como": words(
        "sale anote conocido conocida inscrito inscrita busca buscas buscan encuentras "
        "encuentran aparece aparezco salgo figura figuro "
        # A contact saved in a phone or a group: "me tienen guardada como mishel".
        "guardada guardado agendada agendado registrada registrado"
    ),
    "tal": words("un una"),
    # "alias el Puma", "(a) Chino": any word may come before "alias".
    "alias": frozenset(),
}
_NAMING: Final = re.compile(
    rf"[\w]+[ \t]+(?:(?:el|la)[ \t]+(?={WORD}))?"
    rf"(?P<name>(?:{WORD}|{LOWER_WORD})(?:[ \t]+{WORD}){{0,2}})"
)
# Weaker cues: a capitalized name only ("yo soy Flormira", "donde Marcial", "tayta
# Pastor", "el ingeniero Cáceres", "su abuelita Fausta", "me decían la Peruchita").
_CUE_WORDS: Final = words(
    """
    soy eres donde dicen decian decia deciamos decimos digo dice dije tayta taita mamacha abuelita
    abuelito ingeniero ingeniera supervisor supervisora capataz profe licenciado licenciada
    hijito hijita nietito nietita
    """
)
_CUED: Final = re.compile(
    rf"[\w]+(?:[ \t]+(?:el|la))?[ \t]+(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}})"
)
_NAMING_WORDS: Final = frozenset(_NAMING_CUES)
# Capitalized after "de", "la", "a"... a Quechua title of respect names a devotion.
_DEVOTION_TITLES: Final = words("tayta taita mamacha")
_DEVOTED_BY: Final = words("de del la el a al por para fiesta")
# Verbs of saying that name only after a clitic: "le decíamos Puma", "le digo Wilver".
_SAYING: Final = words("dicen decian decia deciamos decimos digo dice dije")
_APELLIDO: Final = words("apellido")
# Words after a naming phrase that are no name: "se llama nuestro programa", "igual".
_NOT_NAMED: Final = SENTENCE_WORDS | words(
    "nuestro nuestra nuestros nuestras tu tus mismo misma igual asi algo nada uno una"
    # A hedge after it: "envases del sur se llama creo, o envasur".
    " creo parece dice dicen este esto"
)
_COPULAS: Final = words("es era fue")
# Clitics before "pusieron" that give the speaker a nickname: "allá me pusieron Peruca".
_GIVEN_TO: Final = words("me nos te")
# Things put on or into something, never a name after "le puse": "le puse luz".
_PUT_THINGS: Final = words("luz sol sal agua cruz paz flor gloria fe remedios")
# What follows a lowercase name given: "le pusimos wayta por la flor", "como su abuelo".
_AFTER_GIVEN: Final = words("por como de igual asi")


_GIVEN_BECAUSE: Final = words("porque por como")


def _explained(words_: Words, k: int) -> bool:
    """Whether the lowercase first name at ``k`` (after "me puso") is explained right
    after, as a name given is: "me puso luna porque nací de noche" ("me puso suero")."""
    norms, n = words_.norms, len(words_.norms)
    return (
        k + 1 < n
        and norms[k] in GIVEN_NAMES
        and norms[k] not in _PUT_THINGS
        and words_.gaps[k + 1] == " "
        and norms[k + 1] in _GIVEN_BECAUSE
    )


def _lower_name_given(words_: Words, k: int) -> bool:
    """Whether the lowercase word at ``k``, after "le puse"/"le pusimos", is the name
    given: a listed first name, or a word the speaker goes on to explain ("le pusimos
    wayta por la flor"); "le puse candado a la puerta" puts a thing."""
    norms, n = words_.norms, len(words_.norms)
    if k >= n:
        return False
    if norms[k] in GIVEN_NAMES:
        return norms[k] not in _PUT_THINGS
    if k + 1 >= n or closes_clause(words_.gaps[k + 1]):
        return True
    return norms[k + 1] in _AFTER_GIVEN


# Cues that name only a capitalized word: "le puso Sisa" ("le puso suero", "ponerle ganas").
_GIVEN_WITH_CAPITAL: Final = words(
    "puso pone ponen ponerle ponerla ponerlo bautizarla bautizarlo llamarla llamarlo"
)
# A profile on a social network named after the network and "es", "como" or a colon:
# "el Facebook mío es Yupa Antaccochino", "en TikTok sale como Chinita Linda", "en su
# face se pone Chatito Rey del Huayno".
_NETWORKS: Final = words("facebook face fb tiktok instagram insta perfil usuario")
# A profile name may hold "de": "su facebook es Sisacha Flor de Manta".
# A handle in any case: "illari.cocina", "@yupa_99".
_HANDLE: Final = r"@?[\wáéíóúñü]+(?:[._][\wáéíóúñü]+)+|@[\wáéíóúñü]+"
_PROFILE: Final = re.compile(
    r"[\w]+(?:[ \t]+(?:mio|mía|mío|mia|de[ \t]+\w+|\w+[ \t]+(?:sale|aparece|figura|esta|está)"
    r"|(?:le|la|lo|me|te)[ \t]+\w+,?))?"
    r"[ \t]*(?:[ \t]es|[ \t]soy|[ \t]como|:"
    r"|[ \t](?:se|me|te)[ \t]+(?:pone|pongo|puso|llama|llamo))[ \t]+"
    rf"(?P<name>{_HANDLE}|{WORD}(?:[ \t]+(?:(?:de|del|la)[ \t]+)?{WORD}){{0,2}})"
)
# Ordinals and birth order after an article, set off before a name: "el primero,
# Rusbel, nació el 90", "la segunda, Yeni, está en Ica".
_ORDINALS: Final = words(
    """
    primero primera segundo segunda tercero tercera cuarto cuarta quinto quinta sexto
    sexta ultimo ultima mayor menor
    """
)
_ORDINAL: Final = re.compile(
    # The family's article may come before the name: "la última, la Mishel, del...".
    r"[\w]+,[ \t]+(?:(?:el|la)[ \t]+)?"
    rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}})"
    r"(?=[ \t]*[,;.:!?)]|[ \t]+(?:que|se|ya|no|est|nac|viv|trabaj)[\wáéíóú]*)"
)
# Spelled in the Quechua alphabet alone: "kusi", "wayta", "qori".
_QUECHUA_SPELLED: Final = re.compile(r"[achiklmnpqrstuwy]{4,}")
_ORDINAL_LOWER: Final = re.compile(
    rf"[\w]+(?:,|[ \t]+(?P<is>es))[ \t]+(?:(?:el|la)[ \t]+)?(?P<name>{LOWER_WORD})(?=[ \t]*[,;])"
)
# A name in lowercase set off after a kin word: "mi mejor amiga, soledad, ya se fue".
_APPOSITION_LOWER: Final = re.compile(
    rf"(?:{_ROLES}),[ \t]+(?:(?:el|la)[ \t]+)?(?P<name>{LOWER_WORD})(?P<close>[ \t]*[,;.])"
)
# A spouse after a possessive, then a lowercase name set off: "conocí a mi señora,
# maricruz." ("sí señora, claro." has no possessive).
_SPOUSE_LOWER: Final = re.compile(
    rf"(?:se[ñn]or[a]?|mujer|marido),[ \t]+(?P<name>{LOWER_WORD})(?P<close>[ \t]*[,;.])"
)
_NOT_LOWER_NAMES: Final = (
    SENTENCE_WORDS
    | CALENDAR_WORDS
    | words("justo modesto severo benigno feliz amado amada clemente bueno pues nomas mayor menor")
)
# Roles at work set off after a name with the article: "con Hortencia, la obstetra del
# centro de salud" ("a Córdova, el distrito" is a place noun, not a role).
_WORK_ROLES: Final = words(
    """
    obstetra doctor doctora licenciado licenciada enfermero enfermera profesor profesora
    profe ingeniero ingeniera tecnico tecnica promotor promotora presidente presidenta
    secretario secretaria tesorero tesorera coordinador coordinadora alcalde alcaldesa
    regidor regidora teniente dirigente capataz jefe jefa dueno duena contador contadora
    administrador administradora
    """
)
# Before a place a preposition goes: "en Chilcapite, el presidente dijo" names no one.
_PLACE_PREPOSITIONS: Final = words("en a al de del desde hasta hacia por para entre")
_SPOUSE_WORDS: Final = words("senora senor mujer esposo marido conviviente pareja")
# Whose number or address follows: "cel de soledad: 981 205 664".
_CONTACT_NOUNS: Final = words("cel celular numero telefono fono whatsapp wasap correo")
_FORM_LABELS: Final = words(
    """
    hogar esposa esposo hijo hija nombre nombres apellidos titular informante conyuge
    entrevistado entrevistada madre padre jefe jefa entrev
    """
)
# Labels a hurried note shortens with a stop instead of a colon: "entrev. pilar (esposa)".
_SHORT_LABELS: Final = words("entrev")
_PEOPLE_GROUPS: Final = words(
    """
    paisanos amigos amigas companeros companeras trabajadores trabajadoras socios socias
    chicos chicas muchachos muchachas patas vecinos vecinas primos primas hermanos
    hermanas hijos hijas sobrinos nietos peones obreros cumpas
    """
)
_GAVE: Final = words("pusimos puse pusieron puso")
_WHY: Final = words("eso asi")
# "... era su nombre completo"; "con"/"donde" before who one goes with or to.
_NOMBRE: Final = words("nombre")
_WITH_WHOM: Final = words("con donde")
# Friends in Peruvian slang, after a possessive: "mi pata el cuy, le dicen así".
_FRIEND_WORDS: Final = words("pata causa pana compa cuate")
# Words that correct what was just said: "Sacsi... perdón, Saccsi".
_CORRECTING: Final = words("perdon digo")
TRIGGERS: Final = (
    _NAMING_WORDS
    | _CUE_WORDS
    | _ROLE_WORDS
    | _COPULAS
    | _NETWORKS
    | _ORDINALS
    | _WORK_ROLES
    | _PARENTS
    | _FORM_LABELS
    | _SPOUSE_WORDS
    | _CORRECTING
    | _PEOPLE_GROUPS
    | _GAVE
    | _FRIEND_WORDS
    | _NOMBRE
    | _WITH_WHOM
    | _CONTACT_NOUNS
)


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
        if m.group("the") and (first in NOT_SUBJECTS or first in NOT_PERSON_BEFORE):
            continue  # "mi hijo, el Señor, ...": a devotion, not a name
        between = [normalize_token(w) for w in m.group("between").split()]
        # "la hijita de doris, la Naysha,": whose child, then the name with its article
        # (a district has none: "mi hija en Lima, Chorrillos.").
        whose = bool(m.groupdict().get("the")) and between[:1] in (["de"], ["del"])
        described = not between or first in GIVEN_NAMES or _DESCRIBING.issuperset(between)
        if not described and (not whose or first in PLACE_WORDS):
            continue
        # Marked like a person found by what they do: "un hijo en Japón, Santiago" is
        # not the fiesta on the allow-list.
        spans.append(Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name"))))
    spouses = [s for s in anchors.starts(_SPOUSE_WORDS) if _after_possessive(anchors.words, s)]
    appositions = find_at(_APPOSITION_LOWER, text, starts)
    for m in [*appositions, *find_at(_SPOUSE_LOWER, text, spouses)]:
        norm = normalize_token(m.group("name"))
        # After a role a stop may close a description ("una señora mayor, interna."):
        # an unlisted name needs a comma there, a spouse's may end the sentence.
        stop = m.group("close").strip() == "." and m.re is _APPOSITION_LOWER
        if norm in _NOT_LOWER_NAMES or norm in NEVER_REDACT_ALONE:
            continue
        listed = norm in GIVEN_NAMES or norm in MISSPELLED_LOWER
        # A stop after a word-name may end a description ("mi amiga, rosa." is fine, but
        # "es mi hija, blanca." no): the stop needs a name no word is.
        if listed and (m.group("close").strip() != "." or norm not in NAME_WORDS):
            spans.append(
                Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name")))
            )
        elif not listed and not stop and unlisted_name(norm):
            # Spelled as no description is: "una amiga, celeste, se fue", "mi señora,
            # maricruz." ("mi hijo, casado," and "mi tía, nomás." stay).
            spans.append(
                Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name")))
            )
    for m in find_at(_PARENT_THE_NAME, text, anchors.starts(_PARENTS)):
        first = normalize_token(m.group("name").split()[0])
        if first in NEVER_REDACT_ALONE or first in NOT_SUBJECTS or first in CALENDAR_WORDS:
            continue
        if first in NOT_PERSON_BEFORE or m.group("name").isupper():
            continue  # "mi mamá, la Virgen de...", "mi papá, el SIS": no one named
        spans.append(Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name"))))
    return (
        spans
        + _find_ordinal_names(anchors)
        + _find_set_off_before_role(anchors)
        + _find_nicknamed(anchors)
        + _find_listed_with_date(anchors.words)
        + _find_described_spouse(anchors)
        + _find_form_names(anchors)
        + _find_set_off_before_kin(anchors)
        + _find_corrected(anchors)
        + _find_listed_nicknames(anchors)
        + _find_named_before_gave(anchors)
        + _find_fond_lowercase(anchors.words)
    )


# Endings of a given name in the diminutive: "juanacha", "marujita", "dionisito".
_FOND: Final = ("acha", "cha", "cito", "cita", "ito", "ita", "ucha")
# After a child's name the clause goes on: "la marujita va", "el dionisito todavia es".
_GOES_ON: Final = words("esta estaba es era ella el ya todavia no se le nos")


def _fond_name(norm: str) -> bool:
    """Whether a lowercase word is a listed given name in the diminutive."""
    listed = norm in DIMINUTIVES
    for ending in _FOND:
        root = norm[: -len(ending)]
        if not norm.endswith(ending) or len(root) < 3:
            continue
        names = {root + tail for tail in ("", "a", "o", "io", "ia")}
        if names & NAME_WORDS:
            return False  # a word-name stays a word: "la rosita es una flor", "la palomita"
        listed = listed or (len(root) >= 4 and bool(names & GIVEN_NAMES))
    return listed


def _find_fond_lowercase(words_: Words) -> list[Span]:
    """Return a given name in the diminutive, in lowercase after the family's article,
    when the clause goes on like a person's: "la marujita va a la escuela", "el
    dionisito todavia es wawa", "la juanacha ella esta en lima"; "la casita está" and
    "la lucecita del cerro" stay."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    fond = {w for w in words_.vocabulary if len(w) >= 6 and w.endswith(_FOND) and _fond_name(w)}
    if not fond:
        return []
    spans: list[Span] = []
    for k in compress(range(n), map(fond.__contains__, norms)):
        if k == 0 or k + 1 >= n or norms[k - 1] not in _THE or not tokens[k].islower():
            continue
        if gaps[k] != " " or gaps[k + 1] != " ":
            continue
        if norms[k + 1] in _GOES_ON or acts(words_, k):
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k])))
    return spans


# "mi hijo el cóndor, así le dicen": the word after a kin word and its article is what
# people call him, in any case ("mi hijo el mayor, así le dicen" is no name).
_CALLED_BY: Final = words("le lo la me nos te les")
_CALLED_SO: Final = words("dicen decimos dice llaman llamamos llama conocen conocemos")

# Unions asked of every text are built once, not per call.
_ROLE_OR_FRIEND: Final = _ROLE_WORDS | _FRIEND_WORDS


def _find_nicknamed(anchors: Anchors) -> list[Span]:
    """Return a nickname given after a kin word and its article, then "así le dicen"."""
    words_ = anchors.words
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_ROLE_OR_FRIEND):
        k = i + 2
        if k + 3 >= n or norms[i + 1] not in _THE or gaps[k] != " ":
            continue
        if norms[i] in _FRIEND_WORDS and (i == 0 or norms[i - 1] not in _POSSESSED_BY):
            continue  # "la pata de la mesa"; "mi pata el cuy, le dicen así" is a friend
        if gaps[k + 1].strip(" ") != ",":
            continue
        # "así le dicen" or "le dicen así".
        said = norms[k + 1 : k + 4]
        if said[0] == "asi":
            clitic, verb = said[1], said[2]
        elif said[2] == "asi":
            clitic, verb = said[0], said[1]
        else:
            continue
        if clitic not in _CALLED_BY or verb not in _CALLED_SO:
            continue
        norm = norms[k]
        if norm in NEVER_REDACT_ALONE or norm in _NOT_LOWER_NAMES or norm in _ORDINALS:
            continue
        if norm in _ROLE_WORDS or norm in _WORK_ROLES:
            continue  # "mi hermano el ingeniero, así le dicen"
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(norm)))
    return spans


# Verbs of asking for someone: "pregunten por Rudecindo, el contador" is a person;
# "pasamos por Acobamba, el alcalde..." a place.
_ASKING: Final = words(
    "pregunte pregunten preguntas pregunta preguntar pregunto preguntamos preguntaron"
)


def _find_set_off_before_role(anchors: Anchors) -> list[Span]:
    """Return a capitalized word set off before the article and a role at work:
    "coordino con Hortencia, la obstetra del centro" ("en Lircay, la obstetra" and
    "San Martín, el profesor" stay)."""
    words_ = anchors.words
    norms, tokens, gaps = words_.norms, words_.words, words_.gaps
    spans: list[Span] = []
    for i in anchors.of(_WORK_ROLES):
        k = i - 2
        if k < 0 or norms[i - 1] not in _THE or gaps[i] != " " or gaps[i - 1].strip(" ") != ",":
            continue
        token, norm = tokens[k], norms[k]
        if not _titled_name(token) or norm in NOT_SUBJECTS or norm in NEVER_REDACT_ALONE:
            continue
        if norm in CALENDAR_WORDS or norm in _WORK_ROLES:
            continue
        asked_for = k > 1 and norms[k - 1] == "por" and norms[k - 2] in _ASKING
        before = norms[k - 1] if k > 0 else ""
        placed = before in _PLACE_PREPOSITIONS or before in NOT_PERSON_BEFORE
        if placed and not asked_for:
            continue  # "pasamos por Acobamba, el alcalde nos recibió"
        if opens_clause(words_, k) and norm not in GIVEN_NAMES:
            continue  # "Ccollpa, el presidente no vino": a place opens the sentence
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(token)))
    return spans


def _find_ordinal_names(anchors: Anchors) -> list[Span]:
    """Return a capitalized name set off after an article and an ordinal: "el primero,
    Rusbel, nació..."; "fui primero, Huancayo" has no article and stays."""
    words_ = anchors.words
    norms, text = words_.norms, words_.text
    spans: list[Span] = []
    for i in anchors.of(_ORDINALS):
        if i == 0 or norms[i - 1] not in _THE or words_.gaps[i] != " ":
            continue
        m = _ORDINAL.match(text, words_.starts[i])
        if m is None:
            # In lowercase only a name the lexicons know, word-names included: "la
            # cuarta, nieves, en arequipa" ("la segunda, casada, en Lima" stays).
            low = _ORDINAL_LOWER.match(text, words_.starts[i])
            norm = normalize_token(low.group("name")) if low else ""
            known = norm in GIVEN_NAMES or norm in NAME_WORDS or norm in MISSPELLED_LOWER
            after_is = low is not None and low.group("is") is not None
            if after_is:
                # After "es" a listed name that is no word, or a Quechua one: "la segunda
                # es kusi, que quiere decir alegría" ("la primera es clara, la otra no").
                known = (norm in GIVEN_NAMES and norm not in NAME_WORDS) or (
                    _QUECHUA_SPELLED.fullmatch(norm) is not None and not set(norm).isdisjoint("kwq")
                )
            # A name no lexicon lists, set off by commas: "el ultimo, fabricio, en 2019".
            known = known or (
                low is not None
                and not after_is
                and _set_off_by_comma(text, low.end("name"))
                and unlisted_name(norm)
            )
            if low and known and norm not in NEVER_REDACT_ALONE and norm not in _NOT_LOWER_NAMES:
                spans.append(Span(low.start("name"), low.end("name"), PERSONA, context_key(norm)))
            continue
        first = normalize_token(m.group("name").split()[0])
        # A child named after a country: "la segunda, Italia, ella sí está en Lima".
        she = first in PLACE_WORDS and _SHE_AFTER.match(text, m.end("name")) is not None
        not_named = first in NEVER_REDACT_ALONE or first in NOT_SUBJECTS
        if (not_named or first in CALENDAR_WORDS) and not she:
            continue
        if first in NOT_PERSON_BEFORE or m.group("name").isupper():
            continue
        spans.append(Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name"))))
    return spans


# After a place set off behind an ordinal, the pronoun or a verb of a person: "la
# segunda, Italia, ella sí está", "el tercero, Chile, nació" ("el primero, Lima, luego
# Ica" lists places).
_SHE_AFTER: Final = re.compile(
    r"[ \t]*,[ \t]+(?:ella|él|[Ee]lla|Él|nac|viv|trabaj|estudi|se[ \t]+cas|se[ \t]+fue)"
)


def _find_profiles(anchors: Anchors) -> list[Span]:
    """Return a profile name given after a social network: "el Facebook mío es Yupa
    Antaccochino", "mi perfil: Chinita Linda"."""
    words_ = anchors.words
    text = words_.text
    spans: list[Span] = []
    for i in anchors.of(_NETWORKS):
        m = _PROFILE.match(text, words_.starts[i])
        if m is None:
            continue
        first = normalize_token(m.group("name").split()[0])
        if first in NOT_SUBJECTS or first in _NETWORKS:
            continue
        spans.append(Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name"))))
    return spans


def find_named(anchors: Anchors) -> list[Span]:
    """Return names right after a naming phrase ("se llama", "de apellido", "soy")."""
    words_ = anchors.words
    text, norms = words_.text, words_.norms
    spans: list[Span] = []
    for i in anchors.of(_NAMING_WORDS):
        allowed = _NAMING_CUES[norms[i]]
        if (not allowed and i + 1 < len(norms)) or (i > 0 and norms[i - 1] in allowed):
            if norms[i] in THING_NAMING and thing_named(words_, i):
                continue  # "mi pueblo se llama Manta", "su finca se llama Los Cedros"
            m = _NAMING.match(text, words_.starts[i])
            # "así se llama nuestro programa", "se llama igual": no name in lowercase.
            if m is None or normalize_token(m.group("name").split()[0]) in _NOT_NAMED:
                continue
            lower = not m.group("name")[:1].isupper()
            self_named = norms[i] == "llamo" and norms[i - 1] == "me"
            if self_named and lower and not _own_lower_name(words_, i + 1):
                continue  # "me llamo por teléfono", "me llamo ayer": she called me
            given_to = norms[i - 1] in _GIVEN_TO and not self_named
            if (
                (given_to or norms[i] in _GIVEN_WITH_CAPITAL)
                and lower
                and not _explained(words_, i + 1)
            ):
                continue  # "me pusieron suero", "ponerle ganas": a name given has a capital
            if lower and norms[i] in _GAVE and not _lower_name_given(words_, i + 1):
                continue  # "le puse candado a la puerta", "le pusimos agua a la chacra"
            if norms[i - 1] in _SAVED_AS and not _saved_name(words_, i + 1):
                continue  # "la tengo guardada como mamá", "guardado como archivo"
            called = norms[i] in _LLAMO and norms[i - 1] in _CALLED_HER
            if (
                called
                and not _a_name_given(m.group("name"))
                and not _child_named(words_, i, m.group("name"))
            ):
                continue  # "la llamo por teléfono", "lo llamé Lunes", "la llamo Lima"
            end = m.end("name")
            if m.group("name").islower() and " " not in m.group("name"):
                # "se llama carmen rosa.", "me llamo yusmary carrasquel..."
                end = _second_lower_name(words_, end, own=self_named)
            if self_named and m.group("name").islower():
                # "me llamo kevin huaraca paitan tengo diecisiete": the surnames typed on,
                # the clause going on with what one says of oneself.
                end = _own_surnames(words_, end)
            # A child to be named after a saint is named for good: "tiene que llamarse
            # Santiago", however much the saint's day is spoken of.
            key = context_key(text[m.start("name") : end]) if norms[i] == "llamarse" else ""
            spans.append(Span(m.start("name"), end, PERSONA, key))
    spans += _named_before(anchors)
    spans += _named_after_apellido(anchors)
    spans += _named_like_a_place(text)
    spans += _named_with_japanese_honorific(text)
    spans += _named_by_parent(anchors)
    spans += _named_before_office(anchors)
    spans += _named_before_nombre(anchors)
    spans += _find_with_whom(anchors)
    spans += _named_before_llama(anchors)
    spans += _named_by_contact(anchors)
    spans += _find_profiles(anchors)
    for i in anchors.of(_CALLING):
        spans += _called(words_, i)
    for i in anchors.of(_CUE_WORDS):
        prev = norms[i - 1] if i > 0 else ""
        if norms[i] == "donde" and prev == "a":
            continue  # "a donde" asks for a place
        if norms[i] in _DEVOTION_TITLES and words_.words[i][:1].isupper() and prev in _DEVOTED_BY:
            continue  # "la fiesta de Mamacha Cocharcas", "a Taytacha": a devotion
        if norms[i] in _SAYING and prev in _CLITICS:
            spans += _named_before_saying(words_, i)
        if norms[i] in _SAYING and prev not in ("le", "me", "nos", "les"):
            continue
        if norms[i] == "soy" and prev == "yo" and _introduced_lower(words_, i + 1):
            spans.append(Span(words_.starts[i + 1], words_.ends[i + 1], PERSONA))
            continue  # "ya, yo soy wayta, hija de Marcelino"
        m = _CUED.match(text, words_.starts[i])
        if m is None:
            continue
        first = normalize_token(m.group("name").split()[0])
        if norms[i] in _SAYING and _place_as_nickname(words_, i, m.group("name")):
            key = context_key(m.group("name"))
            spans.append(Span(m.start("name"), m.end("name"), PERSONA, key))
            continue  # "en el colegio le decían Junín.": a place for a nickname
        if first not in NEVER_REDACT_ALONE and first not in NOT_SUBJECTS:
            end = m.end("name")
            if norms[i] in _SAYING:
                # A nickname with its complement: "le dicen la Rosa de las rosas."
                whole = _NICKNAME_OF.match(text, end)
                end = whole.end() if whole is not None else end
            spans.append(Span(m.start("name"), end, PERSONA))
    return spans


def _place_as_nickname(words_: Words, v: int, name: str) -> bool:
    """Whether a capitalized place, alone right after "le decían"/"me dicen" and closing
    the phrase, is what a person was called: "en el colegio le decían Junín." ("a ese
    cerro le decían Junín", "a eso le dicen Cusco" name a thing)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    k = v + 1
    if " " in name or k >= n or normalize_token(name) not in PLACE_WORDS:
        return False
    if norms[v] not in _CALLED_BY_NAME or norms[v - 1] not in _ONE_CALLED or gaps[k] != " ":
        return False
    if k + 1 < n and gaps[k + 1].strip(" ")[:1] not in (",", ".", ";", "!", "?"):
        return False
    for m in range(max(0, v - 6), v - 1):
        if (norms[m] in _A_THING and (m == v - 2 or norms[m - 1] == "a")) or norms[m] in _THAT:
            return False  # "a eso le dicen Cusco" ("por eso le decían Junín" a reason)
        # "a la chacra le decían Lima" names the thing; "en el colegio le decían" a boy.
        where = norms[m - 1] == "en" or (m > 1 and norms[m - 1] in _THE and norms[m - 2] == "en")
        if norms[m] in _THINGS and not where:
            return False
    return True


def _own_lower_name(words_: Words, k: int) -> bool:
    """Whether the lowercase word at ``k``, right after "me llamo", is the speaker's name
    rather than who called ("me llamó"): a listed given name that is no ordinary word or a
    word spelled as no word is ("me llamo yusmary"); "me llamo ayer", "me llamo mi
    hermana", "me llamo preocupada" stay."""
    norms, tokens, n = words_.norms, words_.words, len(words_.norms)
    if k >= n or words_.gaps[k] != " " or not tokens[k].isalpha() or not tokens[k].islower():
        return False
    norm = norms[k]
    if norm in NOT_SUBJECTS or norm in SENTENCE_WORDS or norm in CALENDAR_WORDS:
        return False
    if norm in GIVEN_NAMES or norm in MISSPELLED_LOWER:
        if norm not in COMMON_WORDS and norm not in DESCRIPTIONS:
            return True
        # "me llamo rosa pastor, y soy de manta": a word-name with its surname.
        return _surname_closes(words_, k + 1)
    return unlisted_name(norm) and not norm.endswith(DESCRIPTION_ENDINGS)


def _surname_closes(words_: Words, k: int) -> bool:
    """Whether the word at ``k`` is a lowercase surname that closes the clause."""
    n = len(words_.norms)
    if k >= n or words_.gaps[k] != " " or not words_.words[k].isalpha():
        return False
    if not words_.words[k].islower() or (
        k + 1 < n and words_.gaps[k + 1].strip(" ")[:1] not in (",", ".", ";", "!", "?")
    ):
        return False
    norm = words_.norms[k]
    return norm in SURNAMES or unlisted_name(norm)


def _second_lower_name(words_: Words, end: int, *, own: bool = False) -> int:
    """End of a lowercase name given after a naming phrase, grown over a second
    lowercase given name or surname closing the clause: "se llama carmen rosa." ("se
    llama juan y vive", "se llama rosa nomas." keep one word)."""
    k = bisect_left(words_.starts, end)
    norms, n = words_.norms, len(words_.norms)
    if k >= n or words_.gaps[k] != " " or not words_.words[k].isalpha():
        return end
    if not words_.words[k].islower():
        return end
    if k + 1 < n and words_.gaps[k + 1].strip(" ")[:1] not in (",", ".", ";", "!", "?"):
        return end
    norm = norms[k]
    if norm in NOT_SUBJECTS or norm in DESCRIPTIONS or norm in CALENDAR_WORDS:
        return end
    if norms[k - 1] not in GIVEN_NAMES and not own:
        return end  # "un código que se llama codice fiscale": no given name first
    if norm in GIVEN_NAMES or norm in SURNAMES or unlisted_name(norm):
        return words_.ends[k]
    if own and norm not in SENTENCE_WORDS and norm not in _NOT_SURNAME:
        # "me llamo deyvis cóndor, soy de ccollpa": the speaker's own name closed by
        # the clause takes its surname, a word or not.
        return words_.ends[k]
    return end


def _own_surnames(words_: Words, end: int) -> int:
    k = bisect_left(words_.starts, end)
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    j = k
    while j < min(n, k + _MOST_SURNAMES) and gaps[j] == " " and tokens[j].isalpha():
        norm = norms[j]
        if not tokens[j].islower() or len(norm) < 4 or norm in _SAID_OF_ONESELF:
            break
        if norm in SENTENCE_WORDS or norm in _NOT_SURNAME or norm in COMMON_WORDS:
            break
        j += 1
    if j == k or (j < n and not closes_clause(gaps[j]) and norms[j] not in _SAID_OF_ONESELF):
        return end
    return words_.ends[j - 1]


_MOST_SURNAMES: Final = 3


# What one goes on to say of oneself after one's name: "… tengo diecisiete años".
_SAID_OF_ONESELF: Final = words("tengo soy vivo estoy estudio trabajo naci vengo vine llegue me mi")


# Words closing "me llamo <name> ..." that are no surname.
_NOT_SURNAME: Final = words("nomas noma pe pues ahora ahorita nada señorita señor profe joven")


_SAVED_AS: Final = words("guardada guardado agendada agendado registrada registrado")


def _saved_name(words_: Words, k: int) -> bool:
    """Whether the contact's name at ``k`` is one: capitalized, a listed given name in
    lowercase, or two lowercase words no lexicon knows ("como mishel ccollpina")."""
    tokens, norms, n = words_.words, words_.norms, len(words_.norms)

    def unknown(j: int) -> bool:
        norm = norms[j]
        if norm in KIN or norm in _PARENTS or norm in NOT_SUBJECTS or norm in COMMON_WORDS:
            return False
        return norm not in SENTENCE_WORDS and not norm.endswith(_NOUN_ENDINGS)

    if k >= n or not unknown(k):
        return False
    if tokens[k][:1].isupper() or norms[k] in GIVEN_NAMES or norms[k] in MISSPELLED_LOWER:
        return True
    nxt = k + 1
    return nxt < n and words_.gaps[nxt] == " " and tokens[nxt].islower() and unknown(nxt)


# Object clitics before "llamo": "la llamo Pilarica" names her ("me llamo" is the speaker).
_CALLED_HER: Final = words("la lo le")
_LLAMO: Final = words("llamo llame llamamos")


# The child a name is given to, just before its clitic: "a mi hija la llamamos Argentina".
_CHILD_OBJECT: Final = re.compile(
    r"\ba\s+(?:mi|su|tu|nuestr[oa]|la|el)\s+(?:hij[oa]|hijit[oa]|beb[eé]|bebit[oa]|wawa|"
    r"guagua|nen[ea]|niet[oa]|nietit[oa]|menor|mayor|[uú]ltim[oa]|primer[oa]|segund[oa])"
    r"\s*,?\s*$",
    re.IGNORECASE,
)


def _child_named(words_: Words, i: int, name: str) -> bool:
    """Whether "la llamamos" at ``i`` names a child set before it ("a mi hija la llamamos
    Argentina"): then even a place is the name given; "la llamo Lima" stays a call."""
    if not name[:1].isupper() or name.isupper() or i < 2:
        return False
    if normalize_token(name.split()[0]) in CALENDAR_WORDS:
        return False  # "a mi hija la llamo Lunes": the day of the call
    clitic = words_.starts[i - 1]
    return _CHILD_OBJECT.search(words_.text, max(0, clitic - 30), clitic) is not None


def _a_name_given(name: str) -> bool:
    """Whether a name given after "la llamo" is one: capitalized, no place or weekday."""
    first = normalize_token(name.split()[0])
    if not name[:1].isupper() or name.isupper():
        return False
    return first not in NOT_SUBJECTS and first not in CALENDAR_WORDS


# Where one is from, in lowercase after "yo soy": "huancaína", "limeña", "mantino".
_DEMONYM_ENDINGS: Final = ("ano", "ana", "eno", "ena", "ino", "ina", "ense", "eta")


def _introduced_lower(words_: Words, k: int) -> bool:
    """Whether the lowercase word at ``k``, right after "yo soy", is the speaker's name:
    set off by punctuation, a listed name or spelled as no description is ("yo soy
    wayta, hija de..."); "yo soy viuda,", "yo soy huancaína." and "yo soy de Manta"
    stay."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    if k >= n or gaps[k] != " " or not tokens[k].isalpha() or not tokens[k].islower():
        return False
    if k + 1 < n and gaps[k + 1].strip(" ")[:1] not in (",", ".", ";", "!"):
        return False
    norm = norms[k]
    if norm in GIVEN_NAMES or norm in MISSPELLED_LOWER:
        # A word-name set off by a comma: "yo soy rosa, la hija..." ("yo soy blanca.").
        comma = k + 1 < n and gaps[k + 1].strip(" ")[:1] == ","
        word = norm in NOT_SUBJECTS or norm in DESCRIPTIONS
        return not word and (comma or norm not in COMMON_WORDS)
    if len(norm) < 4 or norm in NOT_SUBJECTS or norm in DESCRIPTIONS or norm in COMMON_WORDS:
        return False
    if norm in _ROLE_WORDS or norm in _WORK_ROLES or norm in DESCRIBED_AS:
        return False
    return not norm.endswith(DESCRIPTION_ENDINGS) and not norm.endswith(_DEMONYM_ENDINGS)


_POSSESSED_BY: Final = words("mi su tu nuestra nuestro")


def _set_off_by_comma(text: str, end: int) -> bool:
    """Whether a comma follows ``end``, past spaces."""
    return text[end : end + 3].lstrip(" \t")[:1] == ","


def _after_possessive(words_: Words, start: int) -> bool:
    """Whether the word starting at ``start`` comes right after a possessive."""
    i = bisect_left(words_.starts, start)
    return 0 < i < len(words_.norms) and words_.norms[i - 1] in _POSSESSED_BY


def unlisted_name(norm: str) -> bool:
    """Whether a lowercase word no name lexicon lists is spelled as no description,
    role, place or ordinary word is: "celeste", "maricruz" ("casado", "nomas", "lima",
    "ingeniero", "limeña" are not)."""
    if len(norm) < 4 or not norm.isalpha():
        return False
    if norm in NOT_SUBJECTS or norm in DESCRIPTIONS or norm in COMMON_WORDS:
        return False
    if norm in PLACE_WORDS or norm in KIN or norm in NEVER_REDACT_ALONE:
        return False
    if norm in _ROLE_WORDS or norm in _WORK_ROLES or norm in DESCRIBED_AS or norm in _TRADES:
        return False
    if norm.endswith(DESCRIPTION_ENDINGS) and not diminutive_name(norm):
        return False  # "casado", "chiquito"; "marujita" is Maruja's
    if norm.endswith(_DEMONYM_ENDINGS):
        return False
    if _LAUGH.fullmatch(norm) is not None:
        return False  # "su marido, jaja."
    return not norm.endswith(_ADJECTIVE_ENDINGS)


# Trades the description endings leave out: "el segundo, policia, en Lima".
_TRADES: Final = words("policia guardia mozo moza sastre juez jueza cura monja soldado pastor")
_LAUGH: Final = re.compile(r"(?:[jx][aeiou])+j?")


# Endings of adjectives the description endings leave out: "amable", "normal", "facil",
# "capaz", "feroz", "tranquilo", "contento"; and plurals.
_ADJECTIVE_ENDINGS: Final = (
    "ble",
    "al",
    "il",
    "az",
    "oz",
    "ez",
    "quilo",
    "quila",
    "ento",
    "enta",
    "ones",
    "es",
    "os",
    "as",
    # Verbs in the plural: "los nietos, bailan,".
    "an",
    "en",
)


# "de las rosas", "del mercado" closing a said nickname: the phrase ends right after it;
# or "de" and a capitalized word ("le decían Cara de Papa.", "Cabeza de Fierro,").
_NICKNAME_OF: Final = re.compile(
    r"[ \t]+(?:(?:de[ \t]+(?:la|las|los|el)|del)[ \t]+[\wáéíóúñü]+"
    r"|de[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)(?=[ \t]*(?:[,;.:!?]|$))"
)


# A word said to be spelled like a country or a town names a person there: "se llama
# Bolivia Choque, sí, Bolivia, como el país", "Lautaro y Argentina —sí, como el país".
# A place itself is never explained so ("viví en Bolivia" has no "como el país").
_LIKE_THE_PLACE: Final = re.compile(
    r"[ \t]*(?:,|—|–)[ \t]*(?:s[ií],[ \t]*)?como[ \t]+(?:el|la|un|una)[ \t]+"
    r"(?:pa[ií]s|ciudad|departamento|regi[oó]n|provincia|r[ií]o|volc[aá]n|nevado)"
    r"(?=[ \t]*(?:[,;.:!?)—–]|$))"
)
# The word before, not after a preposition of place ("me fui a Chile, como el país.").
_WORD_BEFORE: Final = re.compile(
    r"(?<![\wáéíóúñü])(?P<prep>(?:en|a|al|de|del|desde|hasta|hacia|para|por)[ \t]+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)$"
)


# A Japanese honorific hyphenated to a surname: "el jefe, Tanaka-san, era estricto".
_JAPANESE_HONORIFIC: Final = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÁÉÍÓÚ][a-zāēīōū]+)-(?:san|sama|kun|chan|sensei|senpai)\b"
)


_PUT: Final = words("puso pusieron")
_PARENTS_WHO_NAME: Final = words("mama mami papa papi madre padre abuela abuelo padrino madrina")


def _named_by_parent(anchors: Anchors) -> list[Span]:
    """Return a listed given name, a word-name too, in any case, that a parent gave the
    speaker or a child: "por eso mi mamá me puso trinidad, porque nací en la fiesta";
    "mi mamá me puso nerviosa" and "me puso una inyección" stay (no given name)."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_PUT):
        k = i + 1
        if i < 3 or k >= n or norms[i - 1] not in ("me", "le") or gaps[k] != " ":
            continue
        if not any(norms[m] in _PARENTS_WHO_NAME for m in range(i - 3, i - 1)):
            continue
        norm = norms[k]
        if norm not in GIVEN_NAMES or norm in SENTENCE_WORDS or not tokens[k].isalpha():
            continue
        after = gaps[k + 1].strip(" ")[:1] if k + 1 < n else "."
        if after not in (",", ".", ";", "!", "?") and norms[k + 1] not in ("porque", "por"):
            continue
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k])))
    return spans


def _named_with_japanese_honorific(text: str) -> list[Span]:
    """Return the surname before "-san", "-sama", "-sensei": "Tanaka-san"."""
    if "-s" not in text and "-k" not in text and "-c" not in text:
        return []
    return [
        Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name")))
        for m in _JAPANESE_HONORIFIC.finditer(text)
    ]


def _named_before_office(anchors: Anchors) -> list[Span]:
    """Return a capitalized given name or unknown word and a listed surname opening a
    clause before a comma and an office: "H1: Ulderico Ayala, presidente de la
    Federación" (the first word opens the line, so it is no lexicon's)."""
    words_ = anchors.words
    norms, tokens, gaps = words_.norms, words_.words, words_.gaps
    spans: list[Span] = []
    for i in anchors.of(_ROLE_WORDS):
        k = i - 2
        if k < 0 or gaps[i].strip(" ") != "," or gaps[k + 1] != " ":
            continue
        if not opens_clause(words_, k) or norms[k + 1] not in SURNAMES:
            continue
        if not all(_titled_name(tokens[m]) for m in (k, k + 1)):
            continue
        norm = norms[k]
        if norm in NOT_SUBJECTS or norm in NEVER_REDACT_ALONE or norm in _ROLE_WORDS:
            continue
        if norm in SENTENCE_WORDS or norm in COMMON_WORDS or norm in _NOT_CALLED:
            continue  # "Gracias Ayala, presidente."
        if norm in CALENDAR_WORDS or norm in _WORK_ROLES or norm in KIN:
            continue
        spans.append(Span(words_.starts[k], words_.ends[k + 1], PERSONA))
    return spans


def _named_like_a_place(text: str) -> list[Span]:
    """Return the capitalized word right before ", como el país" (or the city, the river):
    a person's name explained as the place's, not the place."""
    spans: list[Span] = []
    if "como" not in text:
        return spans
    for m in _LIKE_THE_PLACE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None or before.group("prep"):
            continue
        name = before.group("name")
        norm = normalize_token(name)
        if norm not in PLACE_WORDS and (norm in NEVER_REDACT_ALONE or norm in NOT_SUBJECTS):
            continue  # "Sí, como el país": a word of the sentence
        # Marked as a context find: the place's allow-list does not take it back.
        spans.append(Span(before.start("name"), before.end("name"), PERSONA, context_key(name)))
    return spans


# Places and things named with "se llama": the name is theirs, not a person's.
THING_NAMING: Final = words("llama llamaba llaman llamaban llamado llamada llamarse")
_THINGS: Final = words(
    """
    pueblo pueblito comunidad anexo caserio distrito provincia departamento region ciudad
    barrio sector zona localidad centro poblado lugar sitio paraje cerro rio laguna
    quebrada valle pampa calle avenida jiron plaza mercado feria fiesta danza baile plato
    comida finca fundo chacra hacienda parcela terreno granja empresa tienda negocio
    restaurante pollería polleria programa proyecto asociacion cooperativa organizacion
    comite club grupo institucion colegio escuela instituto universidad academia iglesia
    parroquia hospital posta clinica taller fabrica mina compania agencia radio canal
    banda conjunto equipo curso carrera libro cancion pelicula pagina perro perrito gato
    vaca caballo burro toro
    """
)
_PERSONS: Final = _ROLE_WORDS | words("hombre mujer senor senora chico chica nino nina bebe")


def thing_named(words_: Words, i: int) -> bool:
    """Whether the subject of the naming verb at ``i`` ("se llama", "llamado") is a place
    or a thing: the first noun of its phrase, a few words back in the same clause ("mi
    pueblo se llama", "la comunidad de mi esposo se llama"; not "el hijo del dueño")."""
    norms, gaps = words_.norms, words_.gaps
    k = i - 1
    if k >= 0 and norms[k] == "se":
        k -= 1
    head = ""
    while k >= 0 and i - k <= 7 and gaps[k + 1].strip(" ") == "":
        if norms[k] in _PERSONS or norms[k] in _THINGS:
            head = norms[k]
        k -= 1
    return head in _THINGS


_CLITICS: Final = words("le les lo la")
_THE: Final = words("el la")
# What may follow a name said before the verb: "el Loco le decíamos, sigue allá", "la
# Chola le dicen a mi hermana"; not "Eso le digo: ..." nor "Algo le dicen siempre".
_AFTER_SAYING: Final = (",", ".", ";", ")", "!", "?")


def _named_before_saying(words_: Words, v: int) -> list[Span]:
    """Return the nickname said right before "le decíamos", "le dicen": "Quintín, el Loco
    le decíamos, sigue allá"; capitalized (or a known nickname) after "el"/"la" or
    opening a clause."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    k = v - 2
    if k < 0 or gaps[v] != " " or gaps[v - 1] != " ":
        return []
    after = gaps[v + 1].strip(" ")[:1] if v + 1 < n else "."
    # Who is called so, right after: "ruso le decimos al mayor", "a mi hijo".
    to_person = _to_a_person(words_, v + 1)
    if (
        after not in _AFTER_SAYING
        and not (v + 1 < n and norms[v + 1] in ("a", "por"))
        and not to_person
        and not _verb_next(words_, v + 1)
    ):
        return []
    norm = norms[k]
    if norm in NOT_SUBJECTS or norm in _ROLE_WORDS or len(norm) < 3 or tokens[k].isupper():
        return []
    # "el Loco", "la flaca": a known nickname may be lowercase; "el cura le dice" is a role.
    after_the = k > 0 and norms[k - 1] in _THE and gaps[k] == " "
    # After a person's role any word is the nickname: "el capataz, el tigre le decíamos".
    titled = (
        tokens[k][:1].isupper()
        or norm in NICKNAMES
        or (after_the and role_before(words_, k - 1))
        or (to_person and tokens[k].isalpha() and norm not in SENTENCE_WORDS)
    )
    if not titled or not (after_the or opens_clause(words_, k)):
        return []
    return [Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k]))]


def _to_a_person(words_: Words, k: int) -> bool:
    """Whether "a"/"al" at ``k`` opens a person's kin word or role ("al mayor", "a mi
    hijo", "a la menor"), whom a nickname before the verb of calling is given to."""
    norms, n = words_.norms, len(words_.norms)
    if k + 1 >= n or norms[k] not in ("a", "al") or words_.gaps[k] != " ":
        return False
    j = k + 1
    if norms[k] == "a" and norms[j] in ("mi", "su", "la", "el", "nuestro", "nuestra"):
        j += 1
    return j < n and (norms[j] in _A_PERSON or norms[j] in KIN or norms[j] in _CHILD_ORDER)


_CHILD_ORDER: Final = words("primero primera segundo segunda tercero tercera mayor menor ultima")


# The verb of the person's clause after what they were called: "el tigre le decíamos
# era de cerro de pasco".
_GOES_ON_VERBS: Final = PERSON_VERBS | words("era es fue estaba esta sigue seguia tenia tiene")


def _verb_next(words_: Words, k: int) -> bool:
    """Whether the word at ``k`` follows the one before it across a space and is a verb
    the person named before is the subject of."""
    return k < len(words_.norms) and words_.gaps[k] == " " and words_.norms[k] in _GOES_ON_VERBS


def role_before(words_: Words, the: int) -> bool:
    """Whether a person's role ends right before the article at ``the``, a comma or a
    space between: "el capataz el tigre", "mi compadre, el chebo"."""
    return (
        the > 0
        and words_.gaps[the].strip(" ") in ("", ",")
        and words_.norms[the - 1] in _ROLE_WORDS
    )


# Verbs of calling someone something: "me dice «flaquita»", "le llamaban el ñato".
_CALLING: Final = _SAYING | words("llama llamaba llaman llamaban")
_OBJECT_CLITICS: Final = words("me te le les nos")
_QUOTES: Final = frozenset("\"“”«»'‘’")


def _called(words_: Words, v: int) -> list[Span]:
    """Return a nickname said right after a clitic and a verb of calling, in quotes or
    not, with "el"/"la" or not: 'me dice "cholita"', 'le decían el chato'. Only a word
    that is a nickname: 'me dice "ya"' or 'me dijo "hija"' quote words, not names."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    if v < 1 or norms[v - 1] not in _OBJECT_CLITICS or gaps[v] != " ":
        return []
    k = v + 1
    if k + 1 < n and norms[k] in _THE and gaps[k + 1] == " " and not set(gaps[k]) & _QUOTES:
        k += 1  # "le decían el chato"
    if k >= n or gaps[k].strip(" ") not in ("", *_QUOTES, "«"):
        return []
    # "le decíamos lucho chico;": a name and the word that tells two Luchos apart.
    told_apart = (
        k + 1 < n
        and gaps[k + 1] == " "
        and norms[k + 1] in _TOLD_APART
        and (k + 2 >= n or closes_clause(gaps[k + 2]))
        and (norms[k] in GIVEN_NAMES or is_nickname(tokens[k], norms[k]))
    )
    if not told_apart and not is_nickname(tokens[k], norms[k]) and not _called_alone(words_, v, k):
        return []
    last = k + 1 if told_apart else k
    return [Span(words_.starts[k], words_.ends[last], PERSONA, context_key(tokens[k]))]


_CLAUSE_BREAKERS: Final = words("que quien donde cuando porque pero y")
_TOLD_APART: Final = words("chico chica grande chiquito chiquita mayor menor viejo joven")


# Verbs of calling someone by a name, habitually: "¿por qué le dicen cuy?", "le decíamos
# flaco". "le digo", "le dice" more often open what is said ("le digo vamos.").
_CALLED_BY_NAME: Final = words("dicen decian deciamos decimos llaman llamaban llamamos")
# One word that closes the phrase after those verbs and is no name: "le dicen así.",
# "le decimos gracias", "les decimos no".
_NOT_CALLED: Final = (
    NOT_SUBJECTS
    | SENTENCE_WORDS
    | words(
        """
        gracias adios bueno claro nada algo eso esto aquello mentira verdad nomas noma pues
        tambien igual siempre seguido ahora ahorita ya no si ok oye hola chau todo todos
        cosas varias apodo apodos sobrenombre nombre
        serrano serrana costeno costena provinciano provinciana indio india charapa
        """
    )
    # What one is called for where one is from: 'te dicen "peruano" como insulto'.
    | DESCRIBED_AS
    | _DESCRIBING
)


_ONE_CALLED: Final = words("le me te")
_LAUGHS: Final = words("jaja jajaja jeje jejeje jiji")
# Before the clitic, what is called so is a thing: "a eso le decimos ayni".
_A_THING: Final = words("eso esto aquello")
# Before a noun: "al puma", "a ese cerro" (a thing) or "al chiquito", "a ese señor".
_THAT: Final = words("al ese esa este esta aquel aquella")
_LANGUAGES: Final = words("quechua quichua runasimi castellano espanol aimara aymara")
# After "al", who is called so is a person: "al chiquito le dicen Cuy".
_A_PERSON: Final = (
    _ROLE_WORDS
    | KIN
    | DESCRIBED_AS
    | words("nino chico chiquito chibolo muchacho joven senor don tio primo hijo ultimo")
)


def _called_alone(words_: Words, v: int, k: int) -> bool:
    """Whether the word at ``k``, alone after a clitic and a verb of calling by a name at
    ``v``, closes the phrase and is a nickname: "¿por qué le dicen cuy?", "le decimos
    Chato."; "le dicen así." and "le decimos gracias" stay."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if norms[v] not in _CALLED_BY_NAME or not words_.words[k].isalpha():
        return False
    if norms[v - 1] not in _ONE_CALLED:
        return False  # "a todos los peruanos nos decían perucho": what a group is called
    if any(gaps[m].strip(" ") not in ("", *_QUOTES) for m in range(v + 1, k + 1)):
        return False  # "la llaki, le dicen, la tristeza": a gloss after the comma
    if len(norms[k]) < 3 or norms[k] in _NOT_CALLED or norms[k] in _ROLE_WORDS:
        return False
    after = gaps[k + 1].strip(" ")[:1] if k + 1 < n else "."
    why = (
        after == "" and norms[k + 1] == "porque" and (norms[k - 1] in _THE or norms[v - 1] == "le")
    )
    # "al puma le decimos león": a word for an animal or a thing; but a word said with
    # why it is the person's name is the name: "ella es paucar pero le decimos flor
    # porque siempre trae flores".
    if words_.words[k].islower() and norms[k] in COMMON_WORDS and not why:
        return False
    for m in range(max(0, v - 5), v - 1):
        if norms[m] in _A_THING or (norms[m] in _LANGUAGES and norms[m - 1] == "en"):
            return False  # "a eso le decimos ayni", "en quechua le decimos atoq": a word
        if norms[m] in _THAT and norms[m + 1] not in _A_PERSON:
            return False  # "al puma también le decimos león" ("al chiquito le dicen Cuy")
    # "a la chacra de arriba le decimos pampa porque es plana": the thing is the object,
    # nothing but its own words between it and the clitic.
    for m in range(max(0, v - 7), v - 3):
        if (
            norms[m] == "a"
            and norms[m + 1] in _THE
            and norms[m + 2] not in _A_PERSON
            and not any(norms[x] in _CLAUSE_BREAKERS for x in range(m + 2, v - 1))
            and all(gaps[x].strip(" ") == "" for x in range(m + 1, v))
        ):
            return False
    if why:
        return True  # "me dicen el gato porque manejo", "le decimos tuqui porque": why
    if after == "" and norms[k + 1] in _LAUGHS:
        return True  # "en el cuartel le dicen patria jaja"
    if after == "" and norms[k + 1] == "desde" and norms[v - 1] in ("me", "te"):
        return True  # "a mí me dicen el puma desde chibolo": since when
    return after in (",", ".", ";", "!", "?", ")", *_QUOTES)


# "Lima de apellido", "España es mi apellido", "Quispe es su apellido nomás".
_BEFORE_APELLIDO: Final = (("de",), ("es", "mi"), ("es", "su"), ("es", "el"), ("era", "su"))


def _named_before(anchors: Anchors) -> list[Span]:
    """Return a capitalized word named as a surname right after it: "Lima de apellido"."""
    words_ = anchors.words
    norms, tokens = words_.norms, words_.words
    spans: list[Span] = []
    for i in anchors.of(_APELLIDO):
        for cue in _BEFORE_APELLIDO:
            k = i - len(cue) - 1
            if k < 0 or tuple(norms[k + 1 : i]) != cue or not tokens[k][:1].isupper():
                continue
            # A place is a surname here: "Lima de apellido".
            named = norms[k] not in NOT_SUBJECTS or norms[k] in PLACE_WORDS
            if named and not tokens[k].isupper():
                spans.append(
                    Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k]))
                )
    return spans


# "mi apellido es Sierra", "su apellido era lima": whoever owns the surname is named by
# the word after the copula, even a place or a word ("es Sierra y trabajo en la sierra").
_OWNERS: Final = words("mi su tu el")
_SURNAME_IS: Final = words("es era")
# What is said of a surname and is not one: "mi apellido es raro", "es quechua".
_SAID_OF_SURNAME: Final = words(
    """
    raro rara comun largo corto feo bonito dificil facil quechua aimara aymara castellano
    espanol italiano japones chino extranjero conocido famoso distinto diferente otro
    compuesto nuevo viejo antiguo propio mismo
    """
)


def _named_after_apellido(anchors: Anchors) -> list[Span]:
    """Return the surname said after "mi apellido es": capitalized, or in lowercase when
    a lexicon lists it as a name, a surname or a place ("mi apellido es raro" stays)."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_APELLIDO):
        k = i + 2
        if i == 0 or k >= n or norms[i - 1] not in _OWNERS or norms[i + 1] not in _SURNAME_IS:
            continue
        if gaps[i + 1] != " " or gaps[k] != " " or not tokens[k].isalpha():
            continue
        norm = norms[k]
        if norm in _SAID_OF_SURNAME or norm in _NOT_NAMED or norm in DESCRIBED_AS:
            continue
        if tokens[k][:1].isupper():
            if tokens[k].isupper() or (norm in NOT_SUBJECTS and norm not in PLACE_WORDS):
                continue
        elif not (norm in SURNAMES or norm in GIVEN_NAMES or norm in PLACE_WORDS) and (
            norm not in NAME_WORDS or norm in SENTENCE_WORDS
        ):
            continue
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k])))
    return spans


_BEFORE_NOMBRE: Final = (("es", "mi"), ("es", "su"), ("era", "su"), ("era", "mi"))


def _named_before_nombre(anchors: Anchors) -> list[Span]:
    """Return a capitalized name said right before "era su nombre": "Purificación
    Ataypoma era su nombre completo"."""
    words_ = anchors.words
    norms, tokens, gaps = words_.norms, words_.words, words_.gaps
    spans: list[Span] = []
    for i in anchors.of(_NOMBRE):
        k = i - 3
        if k < 0 or tuple(norms[k + 1 : i]) not in _BEFORE_NOMBRE:
            continue
        if any(g != " " for g in gaps[k + 1 : i + 1]):
            continue
        start = k
        while start >= 0 and _titled_name(tokens[start]) and k - start < 3:
            if norms[start] in NOT_SUBJECTS and norms[start] not in PLACE_WORDS:
                break
            if start == 0 or gaps[start] != " ":
                start -= 1
                break
            start -= 1
        start += 1
        if start > k:
            continue
        spans.append(Span(words_.starts[start], words_.ends[k], PERSONA))
    return spans


# Who one goes with or to, named and then what the person is: "con gaspar como
# testigo", "donde melchora la viuda", "con clemente el secretario".
_WIDOWED: Final = words("viuda viudo")
_AS_WHAT: Final = words("testigo padrino madrina garante aval")

_WITH_WHOM_ROLES: Final = _ROLE_WORDS | _WORK_ROLES | _WIDOWED


def _find_with_whom(anchors: Anchors) -> list[Span]:
    """Return a lowercase given name, word-names and adjective-names included, after
    "con"/"donde" and followed by the article and a role ("con clemente el secretario",
    "donde rosa la viuda") or "como" and a part ("con justo como testigo"); "con plata
    el ingeniero" stays."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_WITH_WHOM):
        k = i + 1
        if k + 2 >= n or any(g != " " for g in gaps[k : k + 3]):
            continue
        token, norm = tokens[k], norms[k]
        if not token.isalpha() or not token.islower():
            continue
        if norm not in GIVEN_NAMES and norm not in _NOT_KIN_ADJECTIVES:
            continue  # "con plata el ingeniero compra": a word no lexicon lists
        what, role = norms[k + 1], norms[k + 2]
        if (what in _THE and role in _WITH_WHOM_ROLES) or (what == "como" and role in _AS_WHAT):
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(token)))
    return spans


# Adjective-names the role after them makes names: "con clemente el secretario".
_NOT_KIN_ADJECTIVES: Final = words("clemente modesto severo benigno amado amada")


_LLAMA: Final = words("llama llamaba")
_WHOSE: Final = words("mi su nuestra nuestro")


def _named_by_contact(anchors: Anchors) -> list[Span]:
    """Return a lowercase given name that is also a word, whose number or address is
    given right after it: "cel de soledad: 981 205 664", "el número de rosa es 98…"."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_CONTACT_NOUNS):
        k = i + 2
        if k + 1 >= n or norms[i + 1] != "de" or gaps[i + 1] != " " or gaps[k] != " ":
            continue
        if norms[k] not in GIVEN_NAMES or not tokens[k].isalpha() or not tokens[k].islower():
            continue
        given = gaps[k + 1].strip(" ") == ":" or (
            gaps[k + 1] == " "
            and norms[k + 1] == "es"
            and k + 2 < n
            and tokens[k + 2][:1].isdigit()
        )
        if given:
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k])))
    return spans


def _named_before_llama(anchors: Anchors) -> list[Span]:
    """Return the name opening a clause before "se llama mi <kin>", in any case: "luz
    marina se llama mi hija" ("así se llama mi hija", "la chacra se llama" stay)."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_LLAMA):
        if i < 2 or norms[i - 1] != "se":
            continue
        # "esta es la última, cielo se llama, nació…": the name, then "se llama" closing
        # its clause.
        closed = i + 1 >= n or closes_clause(gaps[i + 1])
        if not closed and (
            i + 2 >= n
            or norms[i + 1] not in _WHOSE
            or norms[i + 2] not in KIN
            or norms[i + 2] in _KIN_NOT_PEOPLE
        ):
            continue
        # One to three name words, the first opening the clause, the rest after a space.
        k = i - 2
        while k > i - 5 and k > 0 and gaps[k] == " " and not opens_clause(words_, k):
            k -= 1
        if not opens_clause(words_, k) or not all(gaps[m] == " " for m in range(k + 1, i)):
            continue
        if not all(
            _a_name_word(tokens[m], norms[m])
            or (closed and tokens[m].islower() and norms[m] in NAME_WORDS)
            for m in range(k, i - 1)
        ):
            continue
        if closed and (
            norms[k] in PLACE_PREFIXES or any(norms[m] in PLACE_WORDS for m in range(k, i - 1))
        ):
            continue  # "donde está el muro. Nueva Esperanza se llama,": the settlement
        spans.append(Span(words_.starts[k], words_.ends[i - 2], PERSONA, context_key(tokens[k])))
    return spans


# Kin words that are naming words, not people: "se llama mi apellido".
_KIN_NOT_PEOPLE: Final = words("llamado llamada llama apellido nombre dicen apodo")


def _a_name_word(token: str, norm: str) -> bool:
    if norm in NOT_SUBJECTS or norm in NEVER_REDACT_ALONE or norm in CALENDAR_WORDS:
        return False
    return _titled_name(token) or (token.islower() and norm in GIVEN_NAMES)


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
        if norms[i + 1] not in NOT_SUBJECTS and not tokens[i + 1].isupper():
            spans.append(Span(words_.starts[i + 1], words_.ends[j - 1], PERSONA))
    return spans + _find_ranked_by_copula(anchors) + _find_the_one_who(anchors)


def _find_the_one_who(anchors: Anchors) -> list[Span]:
    """Return a listed given name opening a clause before "es la que"/"es el que": "Sol
    es la que más manda". A common noun opening a sentence takes an article ("La luz es
    la que falta"); a place is no "la que" ("Lima es la que más paga" stays)."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_COPULAS):
        k = i - 1
        if k < 0 or i + 2 >= n or norms[i + 1] not in _THE or norms[i + 2] != "que":
            continue
        if not all(gaps[m] == " " for m in (i, i + 1, i + 2)) or not opens_clause(words_, k):
            continue
        norm = norms[k]
        if norm not in GIVEN_NAMES or not _titled_name(tokens[k]):
            continue
        if norm in PLACE_WORDS or norm in NOT_SUBJECTS or norm in CALENDAR_WORDS:
            continue
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k])))
    return spans


def _find_ranked_by_copula(anchors: Anchors) -> list[Span]:
    """Return a capitalized name before "es" and the child's rank set off: "Rosa es la
    mayor, nacida ..." ("Lima es la mayor ciudad", "Ayacucho es el primero de" stay)."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_COPULAS):
        if i < 1 or i + 3 > n or gaps[i] != " " or norms[i + 1] not in _THE:
            continue
        if norms[i + 2] not in _ORDINALS or gaps[i + 2] != " ":
            continue
        after = gaps[i + 3].strip(" ")[:1] if i + 3 < n else "."
        name = tokens[i - 1]
        if after not in (",", ".", ";") or not _titled_name(name):
            continue
        norm = norms[i - 1]
        if norm in NOT_SUBJECTS or norm in NEVER_REDACT_ALONE or norm in CALENDAR_WORDS:
            continue
        spans.append(Span(words_.starts[i - 1], words_.ends[i - 1], PERSONA, context_key(name)))
    return spans


def _titled_name(token: str) -> bool:
    return token[:1].isupper() and token[1:].islower() and token.isalpha()


# A child or relative listed with the date one was born or one's age, after a list's
# colon or semicolon: "mis hijos: Yudith, 17/07/2009; Rusbel, 30/10/2012", "están
# conmigo: Nicol, que cumple el seis de agosto", "; nayda (15 años) estudia".
_LIST_MARKS: Final = (":", ";")
_DATE_MARKS: Final = ("/", "-", ".")
_AGE_WORDS: Final = words("anos ano anitos anito meses mesecitos")
_BORN_WORDS: Final = words("cumple cumplio nacio nacido nacida")
# Endings of Spanish nouns a lowercase list item may be ("; trabajo (15 años)").
_NOUN_ENDINGS: Final = (
    "cion",
    "sion",
    "dad",
    "miento",
    "ado",
    "ada",
    "ido",
    "ida",
    "ajo",
    "ncia",
    "ura",
    "ismo",
    "ista",
    "mente",
    "al",
    "ar",
    "or",
)


def _listed_name(words_: Words, k: int) -> bool:
    token, norm = words_.words[k], words_.norms[k]
    if not token.isalpha() or len(norm) < 3:
        return False
    if norm in NEVER_REDACT_ALONE or norm in CALENDAR_WORDS or norm in NOT_SUBJECTS:
        return False
    if norm in NOT_PERSON_BEFORE or norm in KIN or norm in _ROLE_WORDS or norm in COMMON_WORDS:
        return False
    if not (_titled_name(token) or token.islower()) or norm in DESCRIBED_AS:
        return False
    if token.islower() and norm in NAME_WORDS:
        return False
    listed = norm in GIVEN_NAMES or norm in MISSPELLED_LOWER
    return listed or not norm.endswith(_NOUN_ENDINGS)


def _dated_after(words_: Words, e: int) -> bool:
    """Whether a date of birth or an age follows at ``e``: ", 17/07/2009", ", que cumple
    el seis", ", nacida el...", " (15 años)"."""
    norms, gaps, tokens, n = words_.norms, words_.gaps, words_.words, len(words_.norms)
    mark = gaps[e].strip(" ")
    if mark == "(":
        return e + 1 < n and tokens[e].isdigit() and norms[e + 1] in _AGE_WORDS
    if mark != ",":
        return False
    if e + 2 < n and tokens[e].isdigit() and gaps[e + 1] in _DATE_MARKS:
        return gaps[e + 2] == gaps[e + 1] and tokens[e + 1].isdigit() and tokens[e + 2].isdigit()
    if norms[e] == "que":
        e += 1
    return e < n and norms[e] in _BORN_WORDS


# Children or relatives said shortly before ("Tengo cuatro hijos... de memoria: Yudith,
# 17/07/2009"): without them a list of payments or trips has dates too ("Pagos: Agua,
# 12/03/2020; Luz, 15/03/2020").
_FAMILY_REACH: Final = 30
_FAMILY: Final = (KIN - words("llamado llamada llama apellido nombre dicen apodo")) | words(
    "conmigo wawas wawa guaguas chicos chicas ninos ninas mama papa"
)


def _family_near(words_: Words, k: int) -> bool:
    norms, gaps = words_.norms, words_.gaps
    if norms[k] in GIVEN_NAMES and words_.words[k][:1].isupper():
        return True
    for m in range(k - 1, max(-1, k - _FAMILY_REACH), -1):
        if norms[m] in _FAMILY:
            return True
        if "\n\n" in gaps[m]:
            return False  # another answer
    return False


def _find_listed_with_date(words_: Words) -> list[Span]:
    """Return a name listed after a colon or semicolon with a birth date or an age."""
    if not any(map(words_.text.__contains__, _LIST_MARKS)):
        return []  # most answers: no gap can be a list mark, decided in C
    gaps, tokens, n = words_.gaps, words_.words, len(words_.words)
    spans: list[Span] = []
    for k in range(1, n):
        if gaps[k].strip(" ") not in _LIST_MARKS or not _listed_name(words_, k):
            continue
        j = k
        # "Rusbel Quispe, 30/10/2012": a surname may go on a capitalized name.
        while j + 1 < n and j - k < 2 and gaps[j + 1] == " " and _titled_name(tokens[j + 1]):
            if tokens[k][:1].islower():
                break
            j += 1
        if j + 1 < n and _dated_after(words_, j + 1) and _family_near(words_, k):
            name = words_.text[words_.starts[k] : words_.ends[j]]
            spans.append(Span(words_.starts[k], words_.ends[j], PERSONA, context_key(name)))
    return spans


# A spouse or relative, then what the person is from, and the name, either order: "con
# mi mujer, una brasilera, Francisca das Chagas.", "a mi señora, jeannette, chilena,".
_SPOUSES: Final = r"se[ñn]or[a]?|mujer|esposo|marido|conviviente|pareja"
_DEMONYM_SUFFIXES: Final = ("ero", "era", "ano", "ana", "eno", "ena", "ino", "ina", "es", "esa")
_NAME_RUN: Final = rf"{WORD}(?:[ \t]+(?:d[aoe]s?[ \t]+)?{WORD}){{0,3}}"
_DESCRIBED_THEN_NAME: Final = re.compile(
    rf"(?:{_ROLES}|{_SPOUSES}),[ \t]+(?:un|una)[ \t]+(?P<desc>[\wáéíóúñü]+),[ \t]+"
    rf"(?P<name>{_NAME_RUN})(?=[ \t]*[,;.:!?)])"
)
_NAME_THEN_DESCRIBED: Final = re.compile(
    rf"(?:{_ROLES}|{_SPOUSES}),[ \t]+(?P<name>[\wáéíóúñü]+(?:[ \t]+[\wáéíóúñü]+)?),"
    r"[ \t]+(?P<desc>[\wáéíóúñü]+)(?=[ \t]*[,;.])"
)


def _a_demonym(word: str) -> bool:
    norm = normalize_token(word)
    return norm in _DESCRIBING or (norm.endswith(_DEMONYM_SUFFIXES) and norm not in PLACE_WORDS)


_ROLE_OR_SPOUSE: Final = _ROLE_WORDS | _SPOUSE_WORDS


def _find_described_spouse(anchors: Anchors) -> list[Span]:
    """Return a name set off beside a kin or spouse word and a nationality ("mi mujer,
    una brasilera, Francisca.", "mi señora, jeannette, chilena,"); "mi hija, una
    limeña, en Lima." and "mi señora, la mayor, casada," stay."""
    text, starts = anchors.words.text, anchors.starts(_ROLE_OR_SPOUSE)
    spans: list[Span] = []
    for m in find_at(_DESCRIBED_THEN_NAME, text, starts):
        first = normalize_token(m.group("name").split()[0])
        if not _a_demonym(m.group("desc")) or first in NEVER_REDACT_ALONE:
            continue
        if first in NOT_SUBJECTS or first in NOT_PERSON_BEFORE or first in CALENDAR_WORDS:
            continue
        spans.append(Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name"))))
    for m in find_at(_NAME_THEN_DESCRIBED, text, starts):
        norms = [normalize_token(w) for w in m.group("name").split()]
        desc = normalize_token(m.group("desc"))
        if desc not in _DESCRIBING or desc in ("mayor", "menor", "de", "aqui", "alla"):
            continue  # only a nationality: "mi señora, la mayor, casada," is no name
        if any(
            w in NEVER_REDACT_ALONE or w in NOT_SUBJECTS or w in COMMON_WORDS or w in KIN
            for w in norms
        ):
            continue
        if any(w in _ROLE_WORDS or w in _DESCRIBING or w in CALENDAR_WORDS for w in norms):
            continue
        spans.append(Span(m.start("name"), m.end("name"), PERSONA, context_key(m.group("name"))))
    return spans


# A form's label for a person, then the name up to the comma: "jefe de hogar: silverio
# ccanchi yauyos, f. nac...", "esposa: emeteria quispe." A surname may be a place
# ("yauyos") there; the first word must be a given name.
PARTICLES_ALONE: Final = words("de del la las los y e")
_NOT_IN_FORM_NAMES: Final = SENTENCE_WORDS | COMMON_WORDS | KIN | CALENDAR_WORDS


def _find_form_names(anchors: Anchors) -> list[Span]:
    """Return the name after a form's label and a colon, closed by a comma, semicolon or
    stop; "hijo: estudia en lircay," and "esposa: no tiene." stay."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_FORM_LABELS):
        k = i + 1
        mark = ":" if norms[i] not in _SHORT_LABELS else "."
        if k >= n or gaps[k].strip(" ") != mark or norms[i] in ("jefe", "jefa"):
            continue
        if norms[i] == "hogar" and not (i > 1 and norms[i - 1] == "de"):
            continue  # "jefe de hogar:", not "hogar:" alone
        first = norms[k]
        if first not in GIVEN_NAMES and first not in MISSPELLED_LOWER:
            continue
        # A name that is also a word is the name when set off alone: "esposa: pilar (44)".
        alone = k + 1 < n and gaps[k + 1].strip(" ")[:1] in ("(", ",") and first not in KIN
        if (first in _NOT_IN_FORM_NAMES and not (alone and first not in SENTENCE_WORDS)) or (
            first in PLACE_WORDS and first not in GIVEN_NAMES
        ):
            continue
        j = k
        while j + 1 < n and j - k < 3 and gaps[j + 1] == " " and tokens[j + 1].isalpha():
            if norms[j + 1] in _NOT_IN_FORM_NAMES or norms[j + 1] in PARTICLES_ALONE:
                break
            j += 1
        if j + 1 < n and gaps[j + 1].strip(" ")[:1] not in (",", ";", ".", "\n", "("):
            continue  # the run goes on like a sentence
        spans.append(Span(words_.starts[k], words_.ends[j], PERSONA, context_key(tokens[k])))
    return spans


# A name set off before a possessive and a kin word: "en la casa de Amancio, mi tío, en
# el tercer piso", "vine con Eleuterio, su cuñado." A preposition of place before it
# ("en Lircay, mi hijo,") or a place opening the clause needs a listed given name.
_POSSESSIVES: Final = words("mi su nuestro nuestra")
_KIN_ONLY: Final = KIN - words("llamado llamada llama apellido nombre dicen apodo")
_SET_OFF_CLOSERS: Final = (",", ".", ";", ")")
# A spouse's title after a possessive is a kin word here: "con esperanza, su señora,".
_SPOUSE_TITLES: Final = words("senora senor")
# Before a lowercase name that is also a word, what puts a person there: "vendía con
# esperanza, su señora,", "le presté a rosa, su cuñada,".
_WITH_SOMEONE: Final = words("con y a donde para")
# Verbs that take a person right after them: "faltó justo, el hijo de...".
_MISSED: Final = words("falto faltaba vino llego murio nacio salio entro")


def _kin_of_someone(words_: Words, i: int) -> bool:
    """Whether the kin word at ``i`` follows "el"/"la" set off after a comma and goes on
    with "de": ", el hijo de la señora prudencia"."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    return (
        i > 1
        and i + 1 < n
        and norms[i - 1] in ("el", "la")
        and gaps[i] == " "
        and gaps[i - 1].strip(" ") == ","
        and norms[i + 1] in ("de", "del")
        and gaps[i + 1] == " "
    )


def _lower_set_off_name(words_: Words, k: int, i: int, *, third: bool = False) -> bool:
    """Whether the lowercase word at ``k``, set off before "su"/"mi" and the kin word at
    ``i``, is a listed given name: "con esperanza, su señora, vendía", "falto yony, su
    hermano,". "Su" speaks of a third person, so no vocative ("paciencia, mi hijo,"); a
    name that is also a word needs "su" and "con"/"a"/"y" before it ("con esperanza, su
    señora"); "tengo esperanza, mi hija," stays."""
    norms, token, norm = words_.norms, words_.words[k], words_.norms[k]
    if not (token.isalpha() and token.islower()) or len(norm) < 3:
        return False
    if norm not in GIVEN_NAMES and norm not in MISSPELLED_LOWER:
        return False
    if norm in CALENDAR_WORDS or norm in PLACE_WORDS or norm in KIN or norm in _ROLE_WORDS:
        return False
    if norm not in NAME_WORDS and norm not in COMMON_WORDS:
        return k > 0 and words_.gaps[k] == " "
    if third:
        # "el hijo de" speaks of a third person like "su"; a word-name acting just before
        # ("faltó justo,") or after "con"/"a" is the person.
        return k > 0 and (norms[k - 1] in _WITH_SOMEONE or norms[k - 1] in _MISSED)
    return norms[i - 1] == "su" and k > 0 and norms[k - 1] in _WITH_SOMEONE


_KIN_OR_SPOUSE_TITLE: Final = _KIN_ONLY | _SPOUSE_TITLES


def _find_set_off_before_kin(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_KIN_OR_SPOUSE_TITLE):
        k = i - 2
        if k >= 0 and _kin_of_someone(words_, i):
            # "ayer faltó justo, el hijo de la señora prudencia": whose child he is.
            if _lower_set_off_name(words_, k, i, third=True):
                spans.append(
                    Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k]))
                )
            continue
        if k < 0 or norms[i - 1] not in _POSSESSIVES or gaps[i] != " ":
            continue
        if gaps[i - 1].strip(" ") != "," or i + 1 >= n:
            continue
        if gaps[i + 1].strip(" ")[:1] not in _SET_OFF_CLOSERS:
            continue  # "Amancio, mi tío vino": a vocative or a new clause
        token, norm = tokens[k], norms[k]
        if _lower_set_off_name(words_, k, i):
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(token)))
            continue
        if not _titled_name(token) or len(norm) < 3 or norm in CALENDAR_WORDS:
            continue
        if norm in NOT_SUBJECTS or norm in NEVER_REDACT_ALONE or norm in NOT_PERSON_BEFORE:
            continue
        if norm in PLACE_WORDS or norm in _ROLE_WORDS or norm in KIN:
            continue
        place = k > 0 and norms[k - 1] in _PLACE_PREPOSITIONS and norms[k - 1] != "de"
        if (place or k == 0 or opens_clause(words_, k)) and norm not in GIVEN_NAMES:
            continue
        if k > 0 and words_.words[k - 1][:1].isupper():
            continue  # "San Martín, mi tío," or a longer name: other rules decide
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(token)))
    return spans


def _find_corrected(anchors: Anchors) -> list[Span]:
    """Return a surname said again, corrected, right after a capitalized name: "don
    Evangelino Sacsi... perdón, Saccsi, con doble c". The two share their first letters
    and neither is a place ("Huanta... perdón, Huancayo" stays)."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_CORRECTING):
        k, said = i + 1, i - 1
        if (
            k + 1 < n
            and said > 0
            and norms[k] in _REPEATED
            and norms[said - 1] == norms[k]
            and gaps[k + 1] == " "
        ):
            # The preposition said again: "la chacra de Filiciano, perdón, de Feliciano".
            k += 1
            if gaps[k - 1].strip(" ") != ",":
                continue
        elif said < 0 or k >= n or gaps[k].strip(" ") != ",":
            continue
        if not _titled_name(tokens[k]):
            continue
        if norms[i] == "digo" and gaps[i].strip(" ")[:1] not in (",", ".", "…"):
            continue  # "le digo Pedro": only a correction after a pause
        wrong, right = norms[said], norms[k]
        if not _titled_name(tokens[said]) or not _said_alike(wrong, right):
            continue
        if any(
            w in PLACE_WORDS or w in NOT_SUBJECTS or w in CALENDAR_WORDS for w in (wrong, right)
        ):
            continue
        if k + 1 < n and gaps[k + 1] == " " and tokens[k + 1][:1].isupper():
            continue  # "perdón, San Pedro": a longer name
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(tokens[k])))
        # The name said wrong is the person's too, misspelled aloud.
        spans.append(
            Span(words_.starts[said], words_.ends[said], PERSONA, context_key(tokens[said]))
        )
    return spans


_REPEATED: Final = words("de del a al con para")


def _said_alike(wrong: str, right: str) -> bool:
    """Whether a word corrected into another is the same name misspoken: the first
    letters alike ("Sacsi", "Saccsi"), or the first letter and the ending ("Filiciano",
    "Feliciano")."""
    if wrong == right or wrong[:1] != right[:1] or abs(len(wrong) - len(right)) > 2:
        return False
    return wrong[:2] == right[:2] or (len(right) >= 6 and wrong[-4:] == right[-4:])


# People listed by their nicknames after a word for a group of people and a colon:
# "trabajan once paisanos: el Mote, el Pichón, el Gato Huillca y otros". Each item is
# the family's article and a capitalized word or two, even a common noun ("Mote").


def _find_listed_nicknames(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_PEOPLE_GROUPS):
        k = i + 1
        if k >= n or gaps[k].strip(" ") != ":":
            continue
        items: list[Span] = []
        while k + 1 < n and norms[k] in _THE and gaps[k + 1] == " ":
            j = k + 1
            if not _titled_name(tokens[j]) or norms[j] in PLACE_WORDS:
                break
            if norms[j] in NOT_PERSON_BEFORE or norms[j] in CALENDAR_WORDS:
                break
            if j + 1 < n and gaps[j + 1] == " " and _titled_name(tokens[j + 1]):
                j += 1  # "el Gato Huillca": a nickname and a surname
            items.append(Span(words_.starts[k + 1], words_.ends[j], PERSONA))
            k = j + 1
            if k >= n:
                break
            sep = gaps[k].strip(" ")
            if sep == "" and norms[k] in ("y", "e") and k + 1 < n:
                k += 1
            elif sep != ",":
                break
        if len(items) >= 2:
            spans += [
                Span(s.start, s.end, PERSONA, context_key(words_.text[s.start : s.end]))
                for s in items
            ]
    return spans


# A name given, said before the verb: "por eso estrella le pusimos", "Yuki le puse". In
# lowercase only after "por eso"/"así" (the reason for the name); a place or a devotion
# ("Virgen de Cocharcas le pusimos") stays.


def _find_named_before_gave(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    norms, tokens, gaps = words_.norms, words_.words, words_.gaps
    spans: list[Span] = []
    for i in anchors.of(_GAVE):
        k = i - 2
        if k < 1 or norms[i - 1] != "le" or gaps[i] != " " or gaps[i - 1] != " ":
            continue
        token, norm = tokens[k], norms[k]
        if not token.isalpha() or len(norm) < 3 or gaps[k] != " ":
            continue
        if norm in NEVER_REDACT_ALONE or norm in NOT_PERSON_BEFORE or norm in CALENDAR_WORDS:
            continue
        if norm in KIN or norm in _ROLE_WORDS:
            continue
        if norms[k - 1] in ("de", "del") or tokens[k - 1][:1].isupper():
            continue  # "Virgen de Cocharcas le pusimos": a longer name
        # A word-name in lowercase ("estrella", "luz") is one; "sal le pusimos" is salt.
        named = norm in NAME_WORDS or norm in GIVEN_NAMES or norm in MISSPELLED_LOWER
        if _titled_name(token) and norm not in NOT_SUBJECTS and norm not in COMMON_WORDS:
            pass
        elif not (token.islower() and norms[k - 1] in _WHY and named):
            continue
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, context_key(token)))
    return spans
