"""Lowercase nicknames a person is called by with the family's article: "el mecha nos
dice que vayamos", "el gallo, el enganchador, nos llevó", "el shimbo, mi pata, me dijo",
"el gallo es compadre del teniente".

In a raw transcript a nickname is an ordinary word ("gallo", "mecha") in lowercase, so
only what surrounds it tells a person: the article, then what only people get (an aside
naming a role or a relationship, a clitic and a verb of speech, "es compadre de").
Role nouns, relatives, documents and media that "say" things ("el papel dice", "la
radio nos dijo", "el ingeniero, el de Foncodes,") are never the nickname.
"""

from __future__ import annotations

from itertools import compress
from typing import Final

from privacy.cues import CALLED_SO_KEY, DESCRIPTIONS, NOT_SUBJECTS, opens_clause
from privacy.given import GIVEN_NAMES, NAME_WORDS, SPEECH_VERBS, SURNAMES
from privacy.lexicon import HONORIFICS, KIN, NEVER_REDACT_ALONE, words
from privacy.naming import unlisted_name
from privacy.normalize import Words
from privacy.orgs import HEAD_WORDS
from privacy.recognizers import PERSONA, Span
from privacy.subjects import NICKNAMES

_THE: Final = words("el la")
_ARTICLES: Final = words("el la del al")
# Before the article a nickname's clause opens or goes on from a person's: "y el gallo",
# "pero el mecha", "con el shimbo", "donde la marce".
_BEFORE_THE: Final = words("y e pero que porque con donde a entonces pues bueno si cuando")
# An aside naming what the person is: "el gallo, el enganchador,", "el shimbo, mi pata,".
_ASIDE_OPENERS: Final = words("el la mi su nuestro nuestra tu")
_FRIENDS: Final = words("pata causa pana compa cuate compadre comadre compinche")
_ROLE_ENDINGS: Final = ("ador", "adora", "ista", "ero", "era", "ente", "enta", "ante")
_ASIDE_ROLES: Final = words(
    """
    enganchador enganchadora contratista capataz dueno duena jefe jefa patron patrona
    dirigente presidente presidenta tesorero tesorera chofer cobrador cobradora
    prestamista intermediario acopiador acopiadora comerciante vecino vecina amigo amiga
    companero companera paisano paisana primo prima tio tia cunado cunada
    """
)
# Trades that take people along, told in an aside after a nickname anywhere.
_TRADES: Final = words(
    "enganchador enganchadora contratista capataz cobrador cobradora prestamista acopiador"
)
_PLACE_PREPOSITIONS: Final = words("en a al de hacia desde hasta para por sobre entre")
_WORK_ROLES: Final = words(
    """
    dirigente profesor profesora profe doctor doctora ingeniero ingeniera tecnico tecnica
    promotor promotora alcalde alcaldesa regidor regidora teniente delegado delegada
    """
)
# Descriptions that are nicknames when a name is given for them: "el loco es el franklin".
_CHARACTER_NICKNAMES: Final = words("loco loca viejo vieja colorado colorada")
_BORN: Final = words("nacio")
_DAYS: Final = words(
    """
    primero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce
    quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres
    veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve treinta
    """
)
_ANIMALS: Final = words(
    """
    cria crias oveja vaca alpaca llama vicuna cuy chancho cerdo burro caballo yegua
    gallina pollo perro perra gato gata toro mula cabra becerro ternera potro cordero
    """
)
# Clitics between the nickname and a verb of speech: "el mecha nos dice".
_TO_SOMEONE: Final = words("me nos te le les")
_SAYING: Final = SPEECH_VERBS | words("dijo dice decia avisa avisaba avisó bromea jode miente")
# What is said as a person's kin or friend after "es": "el gallo es compadre del teniente".
_IS: Final = words("es era")
_WHOSE_KIN: Final = words("mi su tu nuestro nuestra")
# Nouns that say things or stand for people without being a nickname.
_NOT_NICKNAMES: Final = (
    NOT_SUBJECTS
    | DESCRIPTIONS
    | KIN
    | HONORIFICS
    | _ASIDE_ROLES
    | words(
        """
        radio tele television papel papeles ley contrato documento partida dni carta
        mensaje celular internet biblia libro cartel letrero reglamento estatuto acta
        norma resolucion noticia noticias periodico diario anuncio aviso programa
        profe profesor profesora doctor doctora ingeniero ingeniera tecnico tecnica
        alcalde alcaldesa teniente gobernador juez jueza cura padre madre hermano
        policia serenazgo fiscal abogado abogada medico medica enfermero enfermera
        promotor promotora director directora joven chico chica muchacho muchacha
        nino nina bebe gente senor senora senorita senorito mayor menor otro otra
        fiesta santo santa virgen imagen costumbre
        mismo misma patron patrona apu cerro rio agua tierra pachamama banco caja
        signora signor signore madame monsieur mister miss
        cancilleria fiscalia defensoria alcaldia prefectura subprefectura gobernacion
        comisaria municipalidad municipio ministerio oficina posta escuela colegio
        universidad iglesia parroquia consulado embajada migraciones sunafil sunat reniec
        essalud ugel demuna juntos foncodes agrorural senasa pronabec minera empresa
        """
    )
    | HEAD_WORDS
)


def _nickname_word(words_: Words, k: int) -> bool:
    token, norm = words_.words[k], words_.norms[k]
    if len(norm) < 3 or not token.isalpha() or not token.islower():
        return False
    if norm in NICKNAMES:
        return True
    return norm not in _NOT_NICKNAMES and not norm.endswith(_ROLE_ENDINGS)


def _aside_role(words_: Words, j: int) -> bool:
    """Whether words from ``j`` are ", el enganchador," or ", mi pata,": an aside naming
    what the person is, closed by a comma or a stop."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if j + 1 >= n or gaps[j].strip(" ") != "," or norms[j] not in _ASIDE_OPENERS:
        return False
    if gaps[j + 1] != " ":
        return False
    role = norms[j + 1]
    named = role in _ASIDE_ROLES or role in _FRIENDS or role in KIN
    if not named and (norms[j] not in _THE or not role.endswith(("ador", "adora"))):
        return False
    close = gaps[j + 2].strip(" ")[:1] if j + 2 < n else "."
    return close in (",", ".", ";")


def _says(words_: Words, j: int) -> bool:
    """Whether a clitic and a verb of speech start at ``j``: "nos dice", "me dijo"."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    k = j
    if k < n and norms[k] in ("siempre", "ya", "tambien", "no") and gaps[k] == " ":
        k += 1
    if k + 1 >= n or norms[k] not in _TO_SOMEONE or gaps[k] != " " or gaps[k + 1] != " ":
        return False
    return norms[k + 1] in _SAYING


def _kin_of(words_: Words, j: int) -> bool:
    """Whether "es compadre del ..." / "es mi pata" starts at ``j``."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if j + 1 >= n or norms[j] not in _IS or gaps[j] != " " or gaps[j + 1] != " ":
        return False
    k = j + 1
    if norms[k] in ("mi", "su", "tu", "nuestro", "nuestra") and k + 1 < n:
        k += 1
    if norms[k] not in KIN and norms[k] not in _FRIENDS:
        return False
    # "es compadre del teniente", "es mi pata": whose, or the clause closes.
    nxt = norms[k + 1] if k + 1 < n and gaps[k + 1] == " " else ""
    return k > j + 1 or nxt in ("de", "del") or k + 1 >= n or gaps[k + 1].strip(" ") != ""


def find_article_nicknames(words_: Words) -> list[Span]:
    """Return lowercase nicknames after "el"/"la" that only a person's context fits."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    # Only words right after an article: most of a text is skipped in one pass.
    for a in compress(range(n - 2), map(_ARTICLES.__contains__, norms)):
        k = a + 1
        if gaps[k] != " ":
            continue
        named = _named_by_copula(words_, k) if norms[a] in _THE and opens_clause(words_, a) else 0
        if named:
            # "el loco es el franklin": the name, and the nickname if it is one.
            key = "t:" + norms[named]
            spans.append(Span(words_.starts[named], words_.ends[named], PERSONA, key))
            if (
                norms[k] in NICKNAMES
                or norms[k] in _CHARACTER_NICKNAMES
                or _called_so(words_, named + 1)
            ):
                spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, key))
            continue
        # "el cuy es mi sobrino, le dicen así porque …": the kin, then how he is called.
        kin_told = (
            k + 4 < n
            and norms[k + 1] in _IS
            and norms[k + 2] in _WHOSE_KIN
            and norms[k + 3] in KIN
            and all(gap == " " for gap in gaps[k + 1 : k + 4])
        )
        if (
            (_called_so(words_, k + 1) or (kin_told and _called_so(words_, k + 4)))
            and norms[a] in _ARTICLES
            and words_.words[k].isalpha()
            and norms[k] not in NEVER_REDACT_ALONE
            and norms[k] not in _NOT_CALLED_SO
            and (a == 0 or norms[a - 1] not in ("de", "del"))
        ):
            # "y el cuy, así le decimos a edgar, sube sus videos": the nickname told. A
            # word of the language, it is the person here only (see CALLED_SO_KEY).
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, CALLED_SO_KEY + norms[k]))
            continue
        if not _nickname_word(words_, k):
            continue
        j = k + 1
        # "el pocho ñahui, que es dirigente": a listed surname may come before the aside.
        last = k + 1 if _lowercase_surname(words_, k + 1) else k
        if last > k and (j + 1 >= n or not _relative_role(words_, j + 1)):
            last = k
        j = last + 1
        aside = gaps[j].strip(" ") == "," and (_aside_role(words_, j) or _relative_role(words_, j))
        if not (opens_clause(words_, a) or (a > 0 and norms[a - 1] in _BEFORE_THE)):
            # Anywhere else only an aside with the article and a trade tells a person:
            # "me llevó el gallo, el enganchador,", "la gente del tuerto, el enganchador,".
            # Not after a place's preposition: "en la planta, el dueño, ..." is the plant.
            trade = norms[j] in _THE and norms[j + 1] in _TRADES
            if not aside or not (trade or _relative_role(words_, j)):
                continue
            if norms[a] == "al" or (a > 0 and norms[a - 1] in _PLACE_PREPOSITIONS):
                continue
        said = norms[a] in _THE and (_says(words_, j) or _kin_of(words_, j) or _born_on(words_, k))
        spoken = gaps[j] == " " and said
        if (aside or spoken) and norms[k] not in NEVER_REDACT_ALONE:
            spans.append(Span(words_.starts[k], words_.ends[last], PERSONA, "t:" + norms[k]))
    return spans


# ", así le decimos", ", le dicen así": what the words before are is a nickname.
_CALL_VERBS: Final = words("decimos dicen decian deciamos llaman llamamos llamaban")
# Of someone else or of oneself: "de parte del chato, así me dicen".
_CALLED_CLITICS: Final = words("le les me nos te")


def _called_so(words_: Words, j: int) -> bool:
    """Whether ", así le decimos" or ", le dicen así" starts at token ``j``."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if j + 2 >= n or gaps[j].strip(" ") != ",":
        return False
    if norms[j] == "asi" and norms[j + 1] in _CALLED_CLITICS and norms[j + 2] in _CALL_VERBS:
        return True
    return (
        norms[j] in _CALLED_CLITICS
        and norms[j + 1] in _CALL_VERBS
        and j + 2 < n
        and norms[j + 2] == "asi"
    )


def _born_on(words_: Words, k: int) -> bool:
    """Whether the name at ``k`` is followed by "nació el" and a day and is spelled as a
    name: "la nely nació el catorce de setiembre" ("la idea nació el año pasado" and "la
    cría nació el 3 de mayo" stay)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    j = k + 1
    if j + 2 >= n or norms[j] not in _BORN or norms[j + 1] != "el":
        return False
    if gaps[j] != " " or gaps[j + 1] != " " or norms[k] in _ANIMALS:
        return False
    if not (words_.words[j + 2].isdigit() or norms[j + 2] in _DAYS):
        return False  # "la idea nació el año pasado": no day of a birth
    norm = norms[k]
    return (norm in GIVEN_NAMES and norm not in NAME_WORDS) or unlisted_name(norm)


def _named_by_copula(words_: Words, k: int) -> int:
    """Index of a plain given name in "el loco es el franklin," after the nickname at
    ``k``, or 0: the name closes its phrase ("la patrona es la candelaria" names a feast,
    and "candelaria" is also a word)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    # "el loco es el franklin,"; without the article too: "el pelucas es rudy,".
    g = k + 3 if k + 2 < n and norms[k + 2] in _THE else k + 2
    if g >= n or norms[k + 1] not in _IS:
        return 0
    if any(gap != " " for gap in gaps[k + 1 : g + 1]) or not words_.words[g].islower():
        return 0
    norm = norms[g]
    if norm not in GIVEN_NAMES or norm in NAME_WORDS or norm in NEVER_REDACT_ALONE:
        return 0
    closes = g + 1 >= n or gaps[g + 1].strip(" ")[:1] in (",", ".", ";", "!", "?")
    return g if closes else 0


def _lowercase_surname(words_: Words, k: int) -> bool:
    if k >= len(words_.norms) or words_.gaps[k] != " " or not words_.words[k].islower():
        return False
    norm = words_.norms[k]
    return norm in SURNAMES and norm not in NAME_WORDS and norm not in NEVER_REDACT_ALONE


def _relative_role(words_: Words, j: int) -> bool:
    """Whether ", que es dirigente" / ", que era mi compadre" starts at ``j``: a relative
    clause saying what the person is."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if j + 2 >= n or gaps[j].strip(" ") != "," or norms[j] != "que" or norms[j + 1] not in _IS:
        return False
    k = j + 2
    # "el yachachiq, que es el técnico campesino" glosses a word: no article here.
    if norms[k] in _ASIDE_OPENERS and norms[k] not in _THE and k + 1 < n:
        k += 1
    role = norms[k]
    return role in _ASIDE_ROLES or role in _FRIENDS or role in KIN or role in _WORK_ROLES


# Who someone was, before the name set off by commas: "con una señora vasca, begoña,".
_INDEFINITE: Final = words("un una")
_SOMEONE: Final = words(
    """
    senora senor chica chico muchacha muchacho mujer hombre gringa gringo amiga amigo
    companera companero paisana paisano joven viejita viejito abuelita abuelito
    """
)
_NOT_DESCRIBED_NAMES: Final = (
    NOT_SUBJECTS | DESCRIPTIONS | KIN | HONORIFICS | words("interna interno externa externo")
)
# Who someone is is no nickname: "mi hijo el mayor, así le dicen", "el ingeniero, así le
# dicen"; nor a thing's part ("la pata de la mesa, le dicen así").
_NOT_CALLED_SO: Final = (
    _NOT_DESCRIBED_NAMES
    | _ASIDE_ROLES
    | words("mayor menor segundo segunda tercero tercera ultimo ultima primero primera")
)


def find_described_lowercase(words_: Words) -> list[Span]:
    """Return a lowercase name set off by commas right after "una señora" and what she
    was: "trabajé con una señora vasca, begoña, en calle...". The name is listed or
    spelled as no word is; "una señora mayor, enferma, ..." and "un señor de acá, ahí"
    stay."""
    if words_.vocabulary.isdisjoint(_SOMEONE):
        return []  # no "señora" or the like: decided without a pass over the words
    norms, gaps, tokens, n = words_.norms, words_.gaps, words_.words, len(words_.norms)
    spans: list[Span] = []
    for i in compress(range(n - 3), map(_INDEFINITE.__contains__, norms)):
        if norms[i + 1] not in _SOMEONE:
            continue
        k = i + 3  # the name, after "una señora vasca,"
        if gaps[i + 1] != " " or gaps[i + 2] != " " or gaps[k].strip(" ") != ",":
            continue
        if norms[i + 2] in DESCRIPTIONS:
            continue  # "una señora mayor, interna,": what she is, not who
        token, norm = tokens[k], norms[k]
        if not token.isalpha() or not token.islower() or norm in _NOT_DESCRIBED_NAMES:
            continue
        if norm in NEVER_REDACT_ALONE or norm in NAME_WORDS:
            continue
        closes = k + 1 >= n or gaps[k + 1].strip(" ")[:1] in (",", ".", ";")
        if closes and (norm in GIVEN_NAMES or unlisted_name(norm)):
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, "t:" + norm))
    return spans
