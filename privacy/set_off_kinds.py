"""Organizations typed lowercase and set off by a comma from the noun that says what
they are.

Speakers name a group in two steps: its kind, then after a comma its name with an
article ("es socio de la cooperativa, la sumaq kawsay, que vende café", "trabajé en una
agroexportadora, la frutales del sur, en chincha", "la agrícola san isidro, la sanis le
dicen"), or its name, then after a comma what it is ("estudia en el illari ñan, el
instituto que está en huanta", "jugamos con el deportivo santa ana, el equipo del
barrio", "con los de juventud manteña, es un club de paisanos"). In a text typed without
capitals nothing else tells the name; the comma and the kind noun do. The name is closed
on both sides (a comma, a stop, "que" or a verb of naming), holds at most four words and
is not a place, a role, a kind, a time or a common word of the topic ("la cooperativa,
la comunidad, el municipio", "en el colegio, el director nos dijo", "en lima, el
instituto que eligió"). Only texts typed lowercase are read (see `typed_lowercase`).
"""

from __future__ import annotations

from typing import Final

from privacy.employers import WORK_CUES
from privacy.lexicon import (
    ADJECTIVE_ENDINGS,
    CALENDAR_WORDS,
    ELSEWHERE_WORDS,
    HONORIFICS,
    KIN,
    PARTICLES,
    PLACE_WORDS,
    RESEARCH_WORDS,
    SENTENCE_WORDS,
    plainly_verb,
    words,
)
from privacy.normalize import Words, closes_clause
from privacy.recognizers import ONG, Span

# Nouns that say what kind of organization a name is.
KIND_NOUNS: Final = words(
    """
    cooperativa asociacion club equipo empresa ong institucion instituto colegio academia
    universidad banda orquesta agrupacion conjunto federacion comite agroexportadora
    agricola service services minera constructora consultora fabrica taller hermandad
    comparsa organizacion iglesia fundo cetpro pedagogico
    """
)
_LEADS: Final = words("la el los las una un otra otro al del")
_ARTICLES: Final = words("la el los las")
# Words before a name said first: its article, or "de" of who its members are ("los de").
_NAME_LEADS: Final = words("la el los las al del de")
_COPULAS: Final = words("es era son eran somos")
# After the kind said second: what it is, where, or a stop ("el instituto que está ...").
_KIND_FOLLOWERS: Final = words("que de del donde en")
# A verb of naming closes a name said after its kind ("la sanis le dicen").
_NAMING_OBJECTS: Final = words("le les")
_NAMING_VERBS: Final = words("dicen decimos dice llaman llamamos conocen")
_CLOSERS: Final = words("que donde")
# Words that name no group: places, roles, people's kin, times, the topic's common nouns.
NOT_NAMES: Final = (
    SENTENCE_WORDS
    | PARTICLES
    | PLACE_WORDS
    | ELSEWHERE_WORDS
    | HONORIFICS
    | KIN
    | RESEARCH_WORDS
    | CALENDAR_WORDS
    | KIND_NOUNS
    | words(
        """
        comunidad pueblo barrio anexo caserio distrito provincia region ciudad capital
        chacra casa campo puna selva costa sierra mina obra fundo parcela terreno
        gente familia mayoria mitad otros otras misma mismo primera primero segunda ultima
        ultimo grande chica chico nueva nuevo vieja viejo antigua buena mala mejor peor
        director directora profesores socios socias dueno duena gerente encargado
        encargada directiva junta asamblea reunion faena minka ayni fiesta feria mercado
        plaza calle carretera parroquia capilla municipio escuela posta hospital
        nacional particular privada privado publica publico estatal tecnico superior
        manana tarde noche vez veces semana mes ano dia hora tiempo rato
        nomas tambien aca alla aqui alli ahi todavia siempre ahora recien
        verdad cosa cosas trabajo plata sueldo pago
        maestro maestra obrero obrera operario chofer cocinero cocinera contador
        administrador administradora asesor asesora coordinador coordinadora
        chicha cumbia huayno huaylas salsa rock musica
        juvenil musical tipica tipico folklorica folklorico sinfonica mecanico
        automotriz parroquial infantil entera entero todo toda
        bonita bonito linda lindo fea feo
        """
    )
)
# Words a name never holds: function words, pronouns and frequent verbs end the clause.
_BREAKS: Final = (SENTENCE_WORDS - PARTICLES) | words(
    """
    lo le les se me te nos su sus mi mis tu tus esa ese esta este eso esto aquel
    tiene tienen hace hacen hizo da dan va van fue vino viene vienen sale queda sigue
    dice dicen dijo paga pagan pago manda mando ayuda ayudan compra vende venden
    son era eran somos estan estaba estaban habia tenia tenian puede pueden hay
    """
)
_MOST: Final = 4


def _name_word(words_: Words, k: int) -> bool:
    word = words_.words[k]
    return word.isalpha() and word.islower()


def names_something(norms: list[str]) -> bool:
    """Whether words can be a group's name: not all particles or common words, and no
    verb ("la cooperativa, la compraron")."""
    if any(n in _BREAKS or plainly_verb(n) for n in norms):
        return False
    if norms[0] in PARTICLES or norms[-1] in PARTICLES:
        return False
    return not all(n in NOT_NAMES or len(n) < 3 for n in norms)


def _closed_at(words_: Words, k: int) -> bool:
    """Whether a name ending before word ``k`` is closed there."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.words)
    if k >= n or closes_clause(gaps[k]):
        return True
    if gaps[k] != " ":
        return False
    if norms[k] in _CLOSERS:
        return True
    return norms[k] in _NAMING_OBJECTS and k + 1 < n and norms[k + 1] in _NAMING_VERBS


def _name_after_kind(words_: Words, i: int) -> Span | None:
    """ "la cooperativa, la sumaq kawsay, ...": the name after the kind and a comma."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.words)
    j = i + 1
    named = False
    # "la agrícola santa rita, la santita le dicen": the full name, then the short one
    # people use, said with a verb of naming.
    while j < n and j - i <= 3 and gaps[j] == " " and _name_word(words_, j):
        j += 1
        named = True
    if not (
        i
        and norms[i - 1] in _LEADS
        and gaps[i] == " "
        and j + 1 < n
        and gaps[j] == ", "
        and norms[j] in _ARTICLES
        and gaps[j + 1] == " "
    ):
        return None
    first = k = j + 1
    while k < n and k - first < _MOST and (k == first or gaps[k] == " ") and _name_word(words_, k):
        if k > first and _closed_at(words_, k):
            break
        k += 1
    if k == first or not _closed_at(words_, k) or not names_something(norms[first:k]):
        return None
    if named and not (k < n and norms[k] in _NAMING_OBJECTS):
        return None
    return Span(words_.starts[first], words_.ends[k - 1], ONG)


def _name_before_kind(words_: Words, i: int, *, worked: bool = False) -> Span | None:
    """ "el illari ñan, el instituto que ...": the name before a comma and its kind. With
    ``worked``, only a name right after a verb of working and "en" ("trabajaba en tokai
    seimitsu, una fábrica de piezas")."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.words)
    lead = i - 1
    said = lead >= 1 and norms[lead] in ("un", "una") and norms[lead - 1] in _COPULAS
    if said:
        # "..., es un club que armaron los paisanos", "trabajo en warmi yachay, somos
        # una ong chiquita": what the name is said to be, whatever follows, and "en"
        # before it is where one works.
        lead -= 1
    elif not (lead >= 1 and norms[lead] in _ARTICLES | words("un una")):
        return None
    if not (gaps[lead] == ", " and gaps[i] == " "):
        return None
    if not (said or i + 1 >= n or closes_clause(gaps[i + 1]) or norms[i + 1] in _KIND_FOLLOWERS):
        return None
    leads = _NAME_LEADS | words("en") if said or worked else _NAME_LEADS
    last = lead - 1
    k = last
    while k >= 0 and _name_word(words_, k) and norms[k] not in leads:
        if last - k >= _MOST or (k < last and gaps[k + 1] != " "):
            return None
        k -= 1
    first = k + 1
    if worked and not (k >= 1 and norms[k] == "en" and norms[k - 1] in WORK_CUES):
        return None
    if (
        first > last
        or k < 0
        or norms[k] not in leads
        or gaps[first] != " "
        or not names_something(norms[first : last + 1])
    ):
        return None
    return Span(words_.starts[first], words_.ends[last], ONG)


# A band, an orchestra or a youth group is named right after its noun, with no comma:
# "toca en la orquesta los del ritmo, ..." is not taken (plural openers are other rules'),
# but "la orquesta kalimba show, y", "el grupo juvenil semillas de fe con doce chicos".
_RIGHT_AFTER: Final = words("orquesta banda conjunto agrupacion grupo")
# What kind of band or group, between the noun and the name: "el grupo juvenil".
_BAND_KINDS: Final = words("juvenil musical tipica tipico folklorica folklorico parroquial")
_AFTER_CLOSERS: Final = words("que con y donde")


def _past_kinds(words_: Words, i: int, kinds: frozenset[str]) -> int | None:
    """Index of the word after the noun at ``i`` and the words for its kind that follow
    it ("el grupo juvenil …"), when an article or a possessive leads the noun; else None."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.words)
    if not (i and norms[i - 1] in _LEADS):
        return None
    j = i + 1
    while j < n and gaps[j] == " " and norms[j] in kinds:
        j += 1
    return j


def _name_right_after(words_: Words, i: int) -> Span | None:
    """ "el grupo juvenil nueva luz con veinte chicos": the name right after the noun."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.words)
    j = _past_kinds(words_, i, _BAND_KINDS)
    if j is None:
        return None
    if norms[i] == "grupo" and j == i + 1:
        return None  # "el grupo X": a group of anything; only a kind says it is a group
    first = k = j
    while k < n and k - first < 3 and gaps[k] == " " and _name_word(words_, k):
        if k > first and (norms[k] in _AFTER_CLOSERS):
            break
        k += 1
    if k == first or (k < n and not closes_clause(gaps[k]) and norms[k] not in _AFTER_CLOSERS):
        return None
    if gaps[first] != " " or not names_something(norms[first:k]):
        return None
    return Span(words_.starts[first], words_.ends[k - 1], ONG)


# A group or a firm named right after its noun, no comma, by two words or more that are
# none of the topic's common words, closed by a comma or a stop: "la asociación unión
# mantina, desde el noventa", "el club deportivo barrio unido, ...". One word may be
# what the group is like ("la cooperativa lechera, ..."), so it is not read, nor words
# with an adjective's ending ("la cooperativa agraria cafetalera, ...").
_NAMED_AFTER: Final = words("asociacion cooperativa club hermandad academia taller empresa")
_NAMED_AFTER_KINDS: Final = words("mecanico automotriz comunal juvenil deportivo cultural")


def _two_words_after(words_: Words, i: int) -> Span | None:
    """ "la asociación unión mantina, ...": a name of two words or more after its noun."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.words)
    first = _past_kinds(words_, i, _NAMED_AFTER_KINDS)
    if first is None:
        return None
    k = first
    while k < n and k - first < _MOST and gaps[k] == " " and _name_word(words_, k):
        k += 1
    if k - first < 2 or (k < n and not closes_clause(gaps[k])):
        return None
    names = norms[first:k]
    if names[0] in PARTICLES or names[-1] in PARTICLES or not names_something(names):
        return None
    if any(x in NOT_NAMES or plainly_verb(x) for x in names if x not in PARTICLES):
        return None
    if any(x.endswith(ADJECTIVE_ENDINGS) for x in names):
        return None  # "la cooperativa agraria cafetalera,": what kind it is
    return Span(words_.starts[first], words_.ends[k - 1], ONG)


_ANY_KIND_WORD: Final = KIND_NOUNS | _RIGHT_AFTER | _NAMED_AFTER


def find_set_off_kinds(words_: Words) -> list[Span]:
    """Names set off by a comma from their kind noun, either side, in lowercase text."""
    if words_.vocabulary.isdisjoint(_ANY_KIND_WORD):
        return []
    spans: list[Span] = []
    for i, norm in enumerate(words_.norms):
        if norm not in _ANY_KIND_WORD or not words_.words[i].islower():
            continue
        found = (
            _name_after_kind(words_, i),
            _name_before_kind(words_, i),
            _name_right_after(words_, i) if norm in _RIGHT_AFTER else None,
            _two_words_after(words_, i) if norm in _NAMED_AFTER else None,
        )
        for span in found:
            if span is not None:
                spans.append(span)
    return spans


# What a workplace is, said after its name: "trabajo en plastisur, la fábrica de baldes".
_WORKPLACE_KINDS: Final = KIND_NOUNS | words(
    """
    tienda restaurante restaurant polleria chifa granja hacienda panaderia hotel hostal
    distribuidora bodega agencia contratista empacadora maderera ferreteria astillero
    """
)


def find_named_workplaces(words_: Words) -> list[Span]:
    """A name typed lowercase right after a verb of working and "en", then a comma and
    what the place is, in any text: "trabajo en plastisur, la fábrica de baldes y tinas",
    "trabajaba en tokai seimitsu, una fábrica de piezas". A capitalized name there is
    the head rules' ("Trabajo en Plastisur, ...")."""
    vocabulary = words_.vocabulary
    if WORK_CUES.isdisjoint(vocabulary) or _WORKPLACE_KINDS.isdisjoint(vocabulary):
        return []
    spans: list[Span] = []
    for i, norm in enumerate(words_.norms):
        if norm in _WORKPLACE_KINDS and words_.words[i].islower():
            span = _name_before_kind(words_, i, worked=True)
            if span is not None:
                spans.append(span)
    return spans
