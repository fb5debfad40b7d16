"""Organizations typed without capitals, named right after their kind.

In an answer typed all in lowercase a firm, a school, a radio or a co-op is written as
"en radio ondas del ichu, de cuatro a seis", "la coopac santa maría magdalena, pero",
"en agroinversiones valle sur, después", "bodega el catador del valle, en la parte de
embotellado": the kind, then a few words of name, then a comma or a full stop. A kind said
alone or described ("la bodega de mi tía", "en la radio local,", "la empresa minera.") has
no such run of name words. The kind goes with the name: typed lowercase, nothing tells
whether it was written as part of it ("Radio Ondas del Ichu"), and a word left beside the
placeholder names the group where a kind taken with it costs one ordinary word.

Runs only on text typed without capitals (`privacy.normalize.typed_lowercase`). Pure: no I/O,
no FastAPI, no database.
"""

from __future__ import annotations

from typing import Final

from privacy.cues import ACTS, DESCRIPTIONS, HAVE_VERBS
from privacy.given import BEFORE_VERB, PERSON_VERBS
from privacy.lexicon import (
    ADJECTIVE_ENDINGS,
    CALENDAR_WORDS,
    COMMON_WORDS,
    KIN,
    PLACE_WORDS,
    SENTENCE_WORDS,
    verb_form,
    words,
)
from privacy.normalize import Words, typed_lowercase, unpunctuated
from privacy.public import PUBLIC_NAMES
from privacy.recognizers import ONG, Span

# Kinds a firm, a school, a station or a co-op is named after, typed lowercase.
LOWER_KINDS: Final = words(
    """
    radio coopac cooperativa agricola agroinversiones agroexportadora bodega multiservicios
    inversiones tiendas conservas instituto colegio ie iep academia constructora
    transportes polleria restaurante ferreteria hostal hotel lavanderia peluqueria
    agroveterinaria veterinaria libreria botica farmacia minimarket distribuidora
    comercial textil confecciones importaciones panificadora avicola fundo empresa
    agencia consultora universidad cetpro iestp tienda empacadora galletera langostinera
    contratistas ong fundacion negociacion hermandad consorcio lacteos contratista logistica
    """
)
# Kinds always followed by a name when words follow them: "la ong yachay tarpuy".
_STRONG_KINDS: Final = words("ong coopac fundacion")
# Words of a kind's description between it and the name: "instituto tecnológico".
_KIND_WORDS: Final = words(
    """
    tecnologico tecnologica superior pedagogico nacional particular privado privada
    publico publica agraria agricola comercial de
    """
)
_JOINERS: Final = words("de del la las los el y e")
# Quarters a firm is named after: "la empacadora del sur".
_QUARTERS: Final = words("sur norte centro oriente pacifico ande andes valle mar sol")
_ARTICLES: Final = words("el la los las")
_CLOSERS: Final = frozenset(",.;:")
_MAX_NAME: Final = 5
# Words that describe a kind, never name it: "la radio local", "la empresa grande".
_DESCRIBING: Final = DESCRIPTIONS | words(
    """
    local grande chica chico pequena pequeno nueva nuevo antigua antiguo vieja viejo
    central principal regional municipal comunal comunitaria mismo misma otra otro
    nomas pues ahi alla aqui aca tambien verdad vez veces semana gente mayoria mitad parte
    """
)


def find_lower_headed(words_: Words) -> list[Span]:
    """Lowercase names right after a lowercase kind, closed by a comma or a stop."""
    vocabulary = words_.vocabulary
    if not typed_lowercase(words_) or (
        LOWER_KINDS.isdisjoint(vocabulary) and not ("i" in vocabulary and "e" in vocabulary)
    ):
        return []
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    # Typed without punctuation, no comma closes a name: every kind names as the strong
    # ones do, up to the first word no name has.
    loose = unpunctuated(words_)
    for i in (k for k in range(n) if norms[k] in LOWER_KINDS or _school_initials(words_, k)):
        if not tokens[i].islower() or (i and norms[i - 1] in LOWER_KINDS):
            continue
        start = words_.starts[i - 1] if norms[i] == "e" else words_.starts[i]
        j = i + 1
        if j < n and gaps[j] == " " and norms[j] in LOWER_KINDS:
            i = j  # "la empresa agroexportadora dunas del sur": the firm's own kind
            j += 1
        while j < n and gaps[j] == " " and norms[j] in _KIND_WORDS and norms[j] != "de":
            j += 1
        if j < n and gaps[j] == " " and norms[j] in _ARTICLES:
            if norms[j] in ("los", "las"):
                continue  # "en la agrícola los meses de verano", "la parroquia los domingos"
            j += 1  # "bodega el catador del valle"
        first = j
        end = _name_end(
            words_, first, initials=norms[i] == "e", strong=loose or norms[i] in _STRONG_KINDS
        )
        if end is None or any(_public_at(norms, x, end) for x in range(first, end + 1)):
            continue  # "la ong juntos vino": a state programme
        spans.append(
            Span(start if start < words_.starts[i] else words_.starts[i], words_.ends[end], ONG)
        )
    return spans


def _public_at(norms: list[str], x: int, end: int) -> bool:
    """Whether an allow-listed public name starts at ``x`` and ends by ``end``."""
    return any(
        tuple(norms[x : x + len(tokens)]) == tokens and x + len(tokens) - 1 <= end
        for tokens, _ in PUBLIC_NAMES.get(norms[x], ())
    )


def _school_initials(words_: Words, k: int) -> bool:
    """Whether "i.e." ends at ``k``: a school's initials typed lowercase, split in two."""
    return (
        words_.norms[k] == "e"
        and k > 0
        and words_.norms[k - 1] == "i"
        and words_.gaps[k] == "."
        and k + 1 < len(words_.norms)
        and words_.gaps[k + 1] == ". "
    )


def _name_end(
    words_: Words, first: int, *, initials: bool = False, strong: bool = False
) -> int | None:
    """Last word of a run of name words from ``first`` closed by a comma or a stop; after
    a kind that always names (``strong``: "la ong yachay tarpuy desde el 2016", "la ong
    mama raymi nos apoyó") also closed by a word no name has: a verb, a clitic, a
    preposition."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    opening = (" ", ". ") if initials else (" ",)
    if first >= n or gaps[first] not in opening:
        return None
    if norms[first] in _JOINERS and not (
        norms[first] == "del" and first + 1 < n and norms[first + 1] in _QUARTERS
    ):
        return None  # "la bodega de mi tía": what it is of, not its name
    k = first
    named = False
    while k < n and k - first < _MAX_NAME:
        token, norm = tokens[k], norms[k]
        if k > first and gaps[k] != " ":
            return None
        if not token.islower() or not (
            token.isalpha() or "&" in token or token.endswith(("'s", "’s"))
        ):
            return None
        ends_name = (
            norm in _NOT_NAME_WORDS
            or verb_form(norm)
            or (norm in _CLAUSE_WORDS and norm not in _JOINERS)
        )
        if ends_name and strong and named and k > first and norms[k - 1] not in _JOINERS:
            return k - 1  # "la ong yachay tarpuy [desde el 2016]"
        if ends_name:
            return None  # "la empresa tiene ruc,", "en el fundo le pagan el doble."
        if norm in KIN and not (strong and k > first):
            return None
        if norm in ("de", "del") and not named and k != first:
            return None  # "el colegio técnico de chilcapite": described, then where
        if (
            norm not in _JOINERS
            and norm not in _DESCRIBING
            and not norm.endswith(ADJECTIVE_ENDINGS)
            and not norm.endswith(_DEMONYM_ENDINGS)
        ):
            named = True
        if len(token) > 3 and token[-1] in "íóé":
            return None  # "en el fundo la conocí": a preterite
        closes = gaps[k + 1].strip(" ")[:1] in _CLOSERS if k + 1 < n else bool(gaps[n].strip())
        if closes:
            if not named or norm in _JOINERS:
                return None
            if k == first and norm in COMMON_WORDS:
                return None  # "el restaurante la verdad, no paga"
            # "el colegio tawantinsuyo de acá," "... andino de pampas.": where it is.
            if (
                k - 1 > first
                and norms[k - 1] in ("de", "del")
                and (norm in _DESCRIBING or norm in PLACE_WORDS)
            ):
                return k - 2
            return k
        k += 1
    return None


# Function words and calendar words, never inside a lowercase name (one set, built once).
_CLAUSE_WORDS: Final = SENTENCE_WORDS | CALENDAR_WORDS
# Verbs and clitics that end a name before any comma: "la empresa tiene", "le pagan".
_NOT_NAME_WORDS: Final = (
    ACTS
    | HAVE_VERBS
    | PERSON_VERBS
    | BEFORE_VERB
    | words(
        """
    soy es son era eran esta estan estaba fue fueron tiene tienen tenia hay me te se le les
    queda quedaba quedan paga pagaba pagan contrata contrataba vende vendia compra cierra
    abre da dan hace hacen
    """
    )
)
# A nationality describes a kind: "un restaurante peruano, sabores del rímac".
_DEMONYM_ENDINGS: Final = ("ano", "ana", "ino", "ina", "eno", "ena", "ense", "eño", "eña")
