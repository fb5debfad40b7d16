"""The edges of an organization's name: what a finder left beside the words it found.

A finder often takes the distinctive middle of a name and leaves its edges: the head word
before it ("el Fondo [Mujer Andina]", "radio [wamani]", "la Central de [Residentes
Chanquilinos]"), the village or city that closes it ("[Conjunto de Danzas Herederos] de
Chilcapite", "[Huancavelicanos Unidos] en Japón") or its legal form ("[Green Hills] llc").
Whoever reads the scrubbed answer then still sees which group it was. This module grows each
organization span over those edges, after every finder has run and the spans are merged.

The trade is deliberate: a head word or a village taken with a name costs one ordinary word
when the annotator left it outside; a word left beside the placeholder names the group.

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

from privacy.employers import SCHOOL_WORDS
from privacy.lexicon import PLACE_WORDS, RESEARCH_WORDS, SENTENCE_WORDS, words
from privacy.normalize import Words
from privacy.recognizers import ONG, PERSONA, Span

# Nouns that head a group's or a firm's name, in either case: "radio wamani", "el Fondo
# Mujer Andina", "la Central de Residentes", "Bar La Chalaca".
_HEADS: Final = words(
    """
    asociacion associazione associacio association asociaciones hermandad cofradia comite
    club centro central fondo fundacion federacion conjunto agrupacion colectivo colectiva
    mesa red junta grupo circulo union frente liga comunidad casa hogar
    instituto colegio escuela academia universidad universita liceo
    radio radioemisora emisora canal cooperativa empresa consorcio corporacion compania
    panificadora constructora contratista confecciones ferreteria pizzeria polleria
    picanteria restaurante restaurant chifa cevicheria bodega minimarket hostal hotel
    hospedaje taller transportes turismo agencia inversiones comercial distribuidora
    servicios multiservicios textil agricola agroexportadora fruticola avicola minera
    bar cafe cafeteria pasteleria panaderia botica farmacia libreria peluqueria
    hospital clinica complejo parroquia iglesia caja pastoral normal congregacion mision
    servicio fondation foundation fundacao fondazione stiftung verein ministries
    """
)
# Heads that name a shop or a firm after a person's name: "panificadora [don Lucho]",
# "confecciones [Grace]", "Turismo [Ticllas]". A name after one is the firm's.
_FIRM_HEADS: Final = words(
    """
    radio panificadora constructora contratista confecciones ferreteria pizzeria polleria
    picanteria restaurante restaurant chifa cevicheria bodega minimarket hostal hotel
    hospedaje taller transportes turismo agencia inversiones comercial distribuidora
    multiservicios textil colectivo colectiva
    """
)
# Articles and joiners inside a name, never its first or last word.
_JOINERS: Final = words("de del la las los el y e of the for and fur die der des di du et")
# Groups of people from a place, named with where they live now: "Hermandad ... en Madrid",
# "Huancavelicanos Unidos en Japón", "Associazione ... a Milano".
_GROUP_HEADS: Final = words(
    """
    asociacion associazione associacio association hermandad cofradia comite club centro
    central federacion colectivo residentes fraternidad union
    """
)
_GROUP_ENDINGS: Final = ("inos", "anos", "inas", "anas", "enos", "eños", "inos")
# Legal forms and station bands that close a name: "[Green Hills Landscaping] llc".
_SUFFIXES: Final = words("llc inc ltd sac srl sa sl eirl ltda gmbh ev fm stereo oficial")
_WHERE: Final = words("en a")
# Events held by a group, not its name: "el Seminario de [Liderazgo Juvenil]".
_EVENTS: Final = words(
    "seminario curso congreso encuentro feria festival concurso campeonato jornada taller"
)
# The study's villages: a group or a firm is named after one ("Hijos de Chilcapite").
_VILLAGES: Final = words("manta ccollpa chilcapite bellavista antaccocha chanquil")
_STOP_GAPS: Final = frozenset(".:;!?\n")


def grow_organizations(
    words_: Words, spans: Sequence[Span], public: Sequence[tuple[int, int]]
) -> list[Span]:
    """Each organization span, grown over its head word, its place and its legal form."""
    grown: list[Span] = []
    for span in spans:
        if span.kind == PERSONA:
            span = _firm_of_person(words_, span)
        if span.kind != ONG:
            grown.append(span)
            continue
        first, last = _word_range(words_, span)
        if first is None or last is None:
            grown.append(span)
            continue
        new_first = _grow_left(words_, first)
        new_last = _grow_right(words_, first, last)
        start, end = words_.starts[new_first], words_.ends[new_last]
        start, end = min(start, span.start), max(end, span.end)
        if not _touches(public, start, span.start) and not _touches(public, span.end, end):
            span = Span(start, end, ONG, span.key)
        grown.append(span)
    return grown


def _touches(public: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Some public name lies in the stretch a span would grow over."""
    return start < end and any(a < end and start < b for a, b in public)


def _word_range(words_: Words, span: Span) -> tuple[int | None, int | None]:
    first = bisect_left(words_.starts, span.start)
    last = bisect_right(words_.ends, span.end) - 1
    if first >= len(words_) or last < first or words_.starts[first] != span.start:
        return None, None
    return first, last


def _single_space(gap: str) -> bool:
    return gap == " "


def _firm_of_person(words_: Words, span: Span) -> Span:
    """A person's name right after a firm's head word is the firm's: "radio [Wamani]"."""
    first, _ = _word_range(words_, span)
    if first is None or first == 0 or not _single_space(words_.gaps[first]):
        return span
    if words_.norms[first - 1] in _FIRM_HEADS:
        return Span(span.start, span.end, ONG, "")
    # "Fondo Rural [Kuska]", "Colegio [José Olaya]": a capitalized name opened by its
    # kind holds the person's name or word it is named after.
    k = first - 1
    while (
        k > 0 and first - k <= 3 and words_.words[k][:1].isupper() and _single_space(words_.gaps[k])
    ):
        if words_.norms[k] in _HEADS:
            break
        k -= 1
    if words_.norms[k] in _HEADS and words_.words[k][:1].isupper():
        return Span(span.start, span.end, ONG, "")
    return span


def _grow_left(words_: Words, first: int) -> int:
    """Take the head word and the capitalized words of the name before the span."""
    i = first
    taken = first
    # A name that has its head word needs nothing before it: "Servicio de Urología
    # [Hospital Dr. Peset]" is a department of the hospital.
    headed = words_.norms[first] in _HEADS
    while i > 0 and _single_space(words_.gaps[i]):
        prev = i - 1
        word, norm = words_.words[prev], words_.norms[prev]
        if norm in _JOINERS:
            i = prev
            continue
        if headed:
            break
        if norm in _HEADS and (word[:1].isupper() or not words_.words[first][:1].isupper()):
            # A lowercase kind before a capitalized name stays outside ("el grupo de
            # oración [Llamas de Amor]"); in text typed without capitals it is the name's.
            taken = i = prev
            continue
        starts_sentence = prev == 0 or any(c in _STOP_GAPS for c in words_.gaps[prev])
        if (
            word[:1].isupper()
            and not starts_sentence
            and norm not in SENTENCE_WORDS
            and norm not in RESEARCH_WORDS
            and norm not in _EVENTS
        ):
            if norm in PLACE_WORDS:
                # A place inside a name is kept only if the name goes on before it:
                # "Caja Rural Sierra [Central]", not "en Lima [Wayna Kallpa]".
                i = prev
                continue
            taken = i = prev
            continue
        break
    return taken


def _grow_right(words_: Words, first: int, last: int) -> int:
    """Take the place that closes the name, and its legal form or band."""
    n = len(words_)
    j = last
    # "[Multiservicios Agrícolas J]&R", "[Huamán] & Hijos": a firm's partners after "&".
    if j + 1 < n and words_.gaps[j + 1].strip(" ") == "&" and words_.words[j + 1][:1].isupper():
        return j + 1
    # "[Green Hills Landscaping] llc", "[Radio Sonqo] FM".
    if j + 1 < n and _single_space(words_.gaps[j + 1]) and words_.norms[j + 1] in _SUFFIXES:
        return j + 1
    # A German association's "e.V.", split into two words: "[Kinderhilfe Anden] e.V.".
    if (
        j + 2 < n
        and _single_space(words_.gaps[j + 1])
        and words_.norms[j + 1] == "e"
        and words_.gaps[j + 2] == "."
        and words_.norms[j + 2] == "v"
    ):
        return j + 2
    if j + 2 >= n or not _single_space(words_.gaps[j + 1]) or not _single_space(words_.gaps[j + 2]):
        return j
    if words_.norms[j + 1] in ("residentes", "residente") and words_.norms[j + 2] in _WHERE:
        # "[Hijos de Manta] residentes en Huaycán": who they are and where, one name.
        j += 1
        if j + 2 >= n or not _single_space(words_.gaps[j + 2]):
            return last
    joiner, place, place_norm = words_.norms[j + 1], words_.words[j + 2], words_.norms[j + 2]
    if joiner in ("de", "del"):
        # "[Conjunto de Danzas Herederos] de Chilcapite": a group is named after its
        # village; after a city or a district the place is where a branch is ("Sodimac de
        # Atocongo"), and a school's village is where it stands ("la I.E. N° 36412 [Túpac
        # Amaru] de Manta"), as annotators mark it.
        village = place_norm in _VILLAGES or (
            place_norm == "san" and j + 3 < n and words_.norms[j + 3] == "luis"
        )
        if not village or words_.norms[first] in SCHOOL_WORDS or j != last:
            return last
        return j + 3 if place_norm == "san" else j + 2
    if (
        not (place[:1].isupper() or place_norm in PLACE_WORDS)
        or place_norm in SENTENCE_WORDS
        or place_norm in RESEARCH_WORDS
    ):
        return last
    ends = j + 2
    # "en San Luis", "a Santa Rosa": a saint's two words.
    if (
        ends + 1 < n
        and _single_space(words_.gaps[ends + 1])
        and place_norm in ("san", "santa", "santo", "villa", "nuevo", "nueva")
        and words_.words[ends + 1][:1].isupper()
    ):
        ends += 1
    if joiner in _WHERE and (
        words_.norms[j] in ("residentes", "residente")
        or (_group_named(words_, first, last) and not _has_origin(words_, first, last))
    ):
        # "[Asociación Cultural Chilcapite] en Lima", "[Hijos de Manta residentes] en
        # Huaycán"; but "la [Hermandad ... de Pilpichaca] en Comas": named after its
        # village already, the district after it is where it meets.
        return ends
    return last


def _has_origin(words_: Words, first: int, last: int) -> bool:
    """The name holds a capitalized place after "de": "Hermandad Santa Rosa de Pilpichaca";
    not a devotion's ("Asociación Peruana Virgen de Cocharcas en Madrid", "Hermandad Señor
    de Luren en Milán": the city after it is still the group's)."""
    return any(
        words_.norms[k] in ("de", "del")
        and words_.words[k + 1][:1].isupper()
        and words_.norms[k - 1] not in _DEVOTIONS
        for k in range(first + 1, last)
    )


_DEVOTIONS: Final = frozenset({"virgen", "senor", "cristo", "nino", "cruz", "patrona"})


def _group_named(words_: Words, first: int, last: int) -> bool:
    """A residents' group, named by who they are: 'Hermandad …', '… Unidos', 'Sanluisinos'."""
    norms = words_.norms[first : last + 1]
    if norms[0] in _GROUP_HEADS or (first > 0 and words_.norms[first - 1] in _GROUP_HEADS):
        return True
    return any(n.endswith(_GROUP_ENDINGS) or n in ("unidos", "unidas", "residentes") for n in norms)
