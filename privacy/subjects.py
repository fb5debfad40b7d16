"""Names by what the sentence does with them.

- A capitalized word (after "el"/"la" for a nickname) that opens a sentence or a
  clause and does what people do ("Celedonio se quedó en Lima", "El Chato manda
  fotos"): a place does not send money, marry or say things.
- A capitalized name followed by an age ("Brenda, de 19 años, ...").
- A name said with the family's article where only a person fits: set off beside a kin
  word or a rank ("la Argentina, mi hija mayor,", "la Milagros, la chiquita,"), before
  "chiquito", after "con" when no lexicon knows it, listed with a birth date, or
  spelled as an English-style name ("la Vicky").
"""

from __future__ import annotations

import re
from typing import Final

from privacy.cues import ACTING, ACTS, BEFORE_ACT, LOWER_WORD, NOT_SUBJECTS, WORD, opens_clause
from privacy.given import (
    CAPITAL_ONLY,
    GIVEN_NAMES,
    MISSPELLED_LOWER,
    NAME_WORDS,
    NOT_PERSON_BEFORE,
    SURNAMES,
    glossed,
)
from privacy.lexicon import CALENDAR_WORDS, COMMON_WORDS, KIN, PLACE_WORDS, words
from privacy.normalize import Words, normalize_token
from privacy.orgs import HEAD_WORDS
from privacy.public import PUBLIC_NAMES
from privacy.recognizers import PERSONA, Span
from privacy.triggers import Anchors

# Nicknames after "el"/"la" ("la chola está en Lima", "el Chino manda"): a person, in
# any case. Every such phrase in the development set names someone; "los negritos" (the
# dancers) is plural and stays.
NICKNAMES: Final = words(
    """
    chato chata chatito chatita cholo chola cholito cholita gringo gringa gringuito
    gringuita chino china chinito chinita flaco flaca flaquito flaquita gordo gorda gordito
    gordita negro negra zambo zamba pelado pelada cojo coja mocho mocha rucio rucia
    negrito negrita zambito zambita chueco chueca tuerto tuerta mashco mashca
    nato nata natito natita
    """
)
# "ñato", "ñata" (flat-nosed) normalize to "nato", "nata": with the ñ only ("la nata de
# la leche" is the cream).
_WITH_ENE: Final = words("nato nata natito natita")


def is_nickname(token: str, norm: str) -> bool:
    """Whether the word is a nickname of a person (with its ñ where it has one)."""
    return norm in NICKNAMES and (norm not in _WITH_ENE or "ñ" in token.lower())


# What a person is, set off after the name: "se casó con Yuki, una japonesa", "Kim, un
# coreano". A place is not "una japonesa".
DESCRIBED_AS: Final = words(
    """
    japones japonesa chileno chilena argentino argentina boliviano boliviana italiano
    italiana espanol espanola coreano coreana chino china peruano peruana venezolano
    venezolana colombiano colombiana ecuatoriano ecuatoriana estadounidense norteamericano
    norteamericana gringo gringa brasileno brasilena senor senora senorita chico chica
    muchacho muchacha joven paisano paisana chibolo chibola
    nino nina ninito ninita bebe bebito bebita wawa guagua huahua chiquito chiquita
    muchachito muchachita jovencito jovencita viejito viejita pata causa compadre comadre
    amigo amiga
    frances francesa aleman alemana ingles inglesa holandes holandesa belga suizo suiza
    griego griega ruso rusa polaco polaca portugues portuguesa canadiense mexicano
    mexicana cubano cubana uruguayo uruguaya paraguayo paraguaya dominicano dominicana
    australiano australiana sueco sueca noruego noruega danes danesa austriaco austriaca
    irlandes irlandesa escoces escocesa europeo europea extranjero extranjera
    brasilero brasilera salvadoreno salvadorena hondureno hondurena guatemalteco
    guatemalteca nicaraguense costarricense panameno panamena haitiano haitiana turco
    turca rumano rumana ucraniano ucraniana marroqui senegales senegalesa africano africana
    """
)
_FAMILY: Final = words("los las")
# Verbs whose object after "a" is a person ("llamé a Kener", "extraño a Yoselin"); a
# place is reached by verbs of going or carrying, not these.
_PERSON_OBJECT: Final = words(
    """
    llame llamo llamaba llamamos visite visito visitaba visitamos extrano extranaba
    extranamos conoci conozco conocimos salude saludo saludamos espere espero esperaba
    busque busco buscaba ayude ayudo ayudaba ayudamos cuido cuidaba cuide quiero queria
    """
)
# Verbs of saying and giving after "le"/"les": "a X" doubles the clitic, and only a
# person is doubled ("le mandé plata a Kener", "le dije a Yeni que venga").
_DATIVE: Final = words(
    """
    dije digo decia pregunte pregunto conte cuento pedi pido escribi escribo di doy daba
    preste presto compre compro vendi vendo pague pago debo debia ensene explique avise
    aviso regale mande mando mandaba envie envio deje encargue deposite deposito
    """
)
_FIRST_TRIGGERS: Final = ACTS | NICKNAMES | DESCRIBED_AS | KIN | _FAMILY | _PERSON_OBJECT | _DATIVE
_POSSESSIVES: Final = words("mi su tu nuestra nuestro mis sus")
# Words that open a sentence before a vocative: "Bueno, mi hija, así es."
_INTERJECTIONS: Final = words(
    "bueno claro oiga mire mira oye escuche ayer hoy manana gracias disculpe perdon hola ay "
    "ya pues si no verdad entonces asi igual"
)
_PLACE_BEFORE_NAME: Final = words("de del en desde hasta para")
_VOCATIVES: Final = words("hijo hija hijos hijas hermano hermana hermanos hermanas")
_OPENERS: Final = words("y pero e o entonces ahora despues luego que porque pues")
_PLACE_BEFORE: Final = NOT_PERSON_BEFORE | words("de del en a desde hasta para por")
_AGED: Final = re.compile(
    rf"(?<!\w)(?P<name>{WORD})(?:[ \t]+{WORD})?"
    r"(?:,[ \t]+(?:de[ \t]+)?|[ \t]+\()\d{1,2}[ \t]+años$"
)


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
        if normalize_token(m.group("name")) not in NOT_SUBJECTS:
            spans.append(Span(m.start("name"), m.end("name"), PERSONA))
    if " (" in text:
        # A note's line or sentence opening on a lowercase name and the age in brackets:
        # "sisa (22 años), 2 hijos, esposo en lima". Looked for back from each bracketed
        # age: the pattern tried at every character cost a percent of the scrub.
        for age in _BRACKETED_AGE.finditer(text):
            m = _AGED_LOWER.search(text, max(0, age.start() - _LONGEST_NAME), age.end())
            if m is None:
                continue
            norm = normalize_token(m.group("name"))
            if norm in NOT_SUBJECTS or norm in KIN or norm in _NOT_AGED:
                continue
            if norm in GIVEN_NAMES or norm in NAME_WORDS or norm in SURNAMES:
                spans.append(Span(m.start("name"), m.end("name"), PERSONA))
    return spans


_AGED_LOWER: Final = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?P<name>{LOWER_WORD})[ \t]+\(\d{{1,3}}[ \t]+años?\)$",
    re.MULTILINE,
)
_BRACKETED_AGE: Final = re.compile(r"\(\d{1,3}[ \t]+años?\)")
_LONGEST_NAME: Final = 30
# Who an age in brackets is said of, never a name: "el niño (5 años)".
_NOT_AGED: Final = words(
    "nino nina bebe bebito bebita joven senor senora senorita paciente jefe jefa hijo hija "
    "esposo esposa mama papa abuelo abuela menor mayor"
)


def find_acting_subjects(anchors: Anchors) -> list[Span]:
    """Return capitalized words opening a clause and followed by what people do."""
    words_ = anchors.words
    norms, tokens = words_.norms, words_.words
    spans: list[Span] = []
    for v in anchors.of(ACTS):
        k = v - 1
        while k > 0 and norms[k] in BEFORE_ACT and v - k <= 2:
            k -= 1
        if k < 0 or words_.gaps[k + 1] != " " or glossed(words_, v):
            continue  # "Sara quiere decir maíz" glosses the word
        # In lowercase after the article, a name spelled as no Spanish word: "la jhovana
        # sube videos", "la jaki no manda".
        if not _subject(words_, k) and not (k > 0 and norms[k - 1] in _THE and _spelled(words_, k)):
            continue
        if _public_body(tokens[k], norms[k]):
            continue  # "La Cancillería tiene la oficina": a public body acts too
        prev = k - 1
        if prev >= 0 and norms[prev] in ("el", "la") and words_.gaps[k] == " ":
            prev -= 1  # a nickname: "El Chato manda fotos"
        elif tokens[k][:1].islower():
            continue
        if prev < 0 or opens_clause(words_, prev + 1) or norms[prev] in _OPENERS:
            # Keyed like any mention of the word, and marked as found by what it does,
            # so the fiesta on the allow-list does not shield "Santiago manda más".
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
    spans += find_nicknames(anchors) + find_described(anchors) + find_families(anchors)
    spans += find_named_with_the(anchors) + find_born_listed(anchors) + find_y_names(words_)
    return spans + find_objects(anchors) + find_kin_of(anchors)


# Spellings neither Spanish nor Quechua words have ("jh", "th", "nn"): "k", "w" and "y"
# before a consonant spell Quechua nouns too ("la minka", "el huayco", "la wawa").
_NAME_SPELLING: Final = re.compile(r"th|[^aeioucslr]h|nn|tt|ss")
_SPELLED_WORDS: Final = words(
    """
    wawa wawita wawacha warmi wayna sipas kilo kilos whatsapp wifi web show ok okey
    """
)


def _spelled(words_: Words, k: int) -> bool:
    """Whether the lowercase word at ``k`` is a name: listed, or spelled as no Spanish or
    Quechua word is ("jhovana", "thalia"); "la wawa llora" is a child, "la minka" work."""
    token, norm = words_.words[k], words_.norms[k]
    if not token.isalpha() or not token.islower() or len(norm) < 4:
        return False
    if norm in NOT_SUBJECTS or norm in NAME_WORDS or norm in _SPELLED_WORDS:
        return False
    if norm in DESCRIBED_AS or norm in _KIN_RANKS or norm in COMMON_WORDS:
        return False
    # Quechua given names are words in lowercase: "la urpi canta" is a dove.
    listed = (norm in GIVEN_NAMES and norm not in CAPITAL_ONLY) or norm in MISSPELLED_LOWER
    return listed or _NAME_SPELLING.search(norm) is not None


_OBJECT_OR_DATIVE: Final = _PERSON_OBJECT | _DATIVE


def find_objects(anchors: Anchors) -> list[Span]:
    """Return an unknown capitalized name after "a" where only a person fits: after a
    verb whose object is a person ("llamé a Kener") or a verb of giving or saying that
    "le" doubles ("le mandé plata a Kener"). "Fui a Satipo" has neither."""
    words_ = anchors.words
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for v in anchors.of(_OBJECT_OR_DATIVE):
        if norms[v] in _PERSON_OBJECT:
            a = v + 1
        elif v > 0 and norms[v - 1] in ("le", "les"):
            # Up to three words of the thing given: "le mandé plata a", "le di la vaca a".
            a = next((k for k in range(v + 1, min(v + 5, n)) if norms[k] == "a"), n)
            if any(gaps[k].strip(" ") for k in range(v + 1, min(a + 1, n))):
                continue  # the clause ended before "a"
        else:
            continue
        k = a + 1
        if k >= n or norms[a] != "a" or gaps[a] != " " or gaps[k] != " ":
            continue
        if not _unknown_name(words_, k):
            continue
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
    return spans


def _unknown_name(words_: Words, k: int) -> bool:
    """A titled word that is no place, no role and not the start of a longer name."""
    token, norm = words_.words[k], words_.norms[k]
    if not (token[:1].isupper() and token[1:].isalpha() and token[1:].islower()):
        return False
    if norm in NOT_SUBJECTS or norm in PLACE_WORDS or norm in NOT_PERSON_BEFORE or len(norm) < 3:
        return False
    nxt = k + 1
    # "a Santa Rosa", "a Villa El Salvador", "a Cerro de Pasco": a longer name is a place;
    # "postula a Beca 18", "a Pensión 65": a name with its number is a programme's.
    return not (
        nxt < len(words_.norms)
        and words_.gaps[nxt] == " "
        and (
            words_.words[nxt][:1].isupper()
            or words_.norms[nxt] in ("de", "del")
            or words_.words[nxt].isdigit()
        )
    )


# Word-names that are things after "la": "la Cruz de mi abuelo" is his cross.
_THINGS_OF: Final = words("cruz paz fe sol mar reyes santos virgen luz")


def find_kin_of(anchors: Anchors) -> list[Span]:
    """Return a given name after "la"/"el" and before "de mi" and a kin word: "la Soledad
    de mi abuela" is her daughter or companion, not solitude."""
    words_ = anchors.words
    norms, tokens, gaps = words_.norms, words_.words, words_.gaps
    spans: list[Span] = []
    for i in anchors.of(KIN):
        k = i - 3
        if k < 1 or norms[i - 1] not in _POSSESSIVES or norms[i - 2] not in ("de", "del"):
            continue
        if norms[k - 1] not in ("el", "la") or not all(g == " " for g in gaps[k : i + 1]):
            continue
        named = norms[k] in GIVEN_NAMES and norms[k] not in _THINGS_OF
        if named and tokens[k][:1].isupper() and tokens[k][1:].islower():
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
    return spans


def find_families(anchors: Anchors) -> list[Span]:
    """Return a family named by its surname: "los Quispe", "de los Sierra de arriba",
    "los Lima son buena familia". A plural after "los" is a group or a place ("los
    Andes", "Los Olivos", "los Reyes"), unless it is a known surname ("los Rojas")."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_FAMILY):
        k = i + 1
        if k < n and gaps[k] == " " and _lower_family(words_, i, k):
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
            continue
        if k >= n or gaps[k] != " " or len(norms[k]) < 3 or not tokens[k][:1].isupper():
            continue
        word, norm = tokens[k], norms[k]
        if _family_acts(words_, i, k):
            # "Los Ramos somos como doce", "Los Reyes tienen a sus hijos en Lima": a
            # surname that is also a feast does what a family does.
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norm))
            continue
        # A place is a surname here: "los Lima son buena familia".
        if word.isupper() or (norm in NOT_SUBJECTS and norm not in PLACE_WORDS):
            continue
        if norm in CALENDAR_WORDS:
            continue
        if norm.endswith("s") and norm not in SURNAMES and not _said_a_family(norms, k + 1):
            continue  # "los Andes"; but "Los Flores son familia grande" is a family
        if k + 1 < n and gaps[k + 1] == " " and tokens[k + 1][:1].isupper():
            continue  # "los Wawa Wasi", "Los Ángeles Lakers": a longer name
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norm))
    return spans


# What a family does, right after its surname: "los Ramos somos", "los Reyes tienen".
_FAMILY_ACTS: Final = words(
    """
    somos tienen tenemos viven vivimos dicen decimos siguen seguimos reclaman reclamamos
    quieren queremos pelean peleamos sembramos siembran
    """
)
# Surnames that are words, feasts or places, which the surname list leaves out.
_WORD_SURNAMES: Final = words(
    """
    ramos reyes santos flores rosas campos rios torres cruz paz vega luna soto sierra
    lima mendoza castillo delgado leon toro trujillo valencia espana caceres navarro
    """
)
# Before a feast's name, "los" is the feast's: "Todos los Santos", "Domingo de los Ramos".
_FEAST_BEFORE: Final = words("todos de del")


def _family_acts(words_: Words, i: int, k: int) -> bool:
    """Whether the capitalized surname at ``k``, after "los" at ``i``, acts as a family."""
    norms, tokens, gaps = words_.norms, words_.words, words_.gaps
    return (
        k + 1 < len(norms)
        and (norms[k] in SURNAMES or norms[k] in _WORD_SURNAMES)
        and tokens[k][1:].islower()
        and gaps[k + 1] == " "
        and (norms[k + 1] in _FAMILY_ACTS or _said_a_family(norms, k + 1))
        and not (i > 0 and norms[i - 1] in _FEAST_BEFORE)
    )


def _said_a_family(norms: list[str], k: int) -> bool:
    """Whether the words from ``k`` say the group before is a family: "son familia",
    "son una familia", "son parientes"."""
    if k + 1 >= len(norms) or norms[k] not in ("son", "eran", "fueron"):
        return False
    # "fueron de las primeras familias", "eran una familia": a few words of order between.
    for j in range(k + 1, min(k + 5, len(norms))):
        if norms[j] in _FAMILY_NOUNS:
            return True
        if norms[j] not in _BEFORE_FAMILY:
            return False
    return False


_FAMILY_NOUNS: Final = words("familia familias parientes hermanos primos")
_BEFORE_FAMILY: Final = words("una de las la primeras primera antiguas mas unas buena buenas")


def _lower_family(words_: Words, i: int, k: int) -> bool:
    """Whether the lowercase word at ``k``, after "los" at ``i``, is a listed surname
    that is no word and does not agree with the article as a noun would: a singular
    ("los ccanto", "los quispe") or a feminine plural ("los rojas", "los vargas"); "los
    rojos", "los campos", "los ríos" and "las rojas" are words."""
    token, norm = words_.words[k], words_.norms[k]
    if words_.norms[i] != "los" or not (token.isalpha() and token.islower()):
        return False
    if len(norm) < 4 or norm not in SURNAMES or norm in NAME_WORDS:
        return False
    if norm in COMMON_WORDS or norm in PLACE_WORDS or norm in CALENDAR_WORDS:
        return False
    return not norm.endswith(("os", "es"))


def find_described(anchors: Anchors) -> list[Span]:
    """Return a capitalized name set off before what the person is: "con Yuki, una japonesa"."""
    words_ = anchors.words
    norms, gaps = words_.norms, words_.gaps
    spans: list[Span] = []
    # "Amparo, mi vecina, ...": a capitalized name set off before a kin word. Word-names
    # count here: the kin word says it is a person.
    for i in anchors.of(KIN):
        if _copula_before(words_, i):
            spans.append(
                Span(words_.starts[i - 3], words_.ends[i - 3], PERSONA, ACTING + norms[i - 3])
            )
        k = i - 2
        if k < 0 or norms[i - 1] not in _POSSESSIVES or gaps[i - 1].strip(" ") != ",":
            continue
        if k > 0 and norms[k - 1] in ("el", "la") and gaps[k] == " ":
            spans += _the_name_before_kin(words_, k, i)
            continue
        closed = i + 1 < len(norms) and gaps[i + 1].strip(" ") == ","  # "..., mi vecina, ..."
        # A place is a person here too ("Argentina, mi prima, se fue"), but not before a
        # word said to anyone ("Lima, mi hijo, es dura").
        named = _subject(words_, k) and norms[k] not in PLACE_WORDS
        # A listed name in lowercase opening the clause: "candelaria, mi nuera, es de Puno".
        token = words_.words[k]
        listed = norms[k] in GIVEN_NAMES or norms[k] in MISSPELLED_LOWER
        named = named or (token.islower() and token.isalpha() and listed)
        named = named and norms[k] not in NOT_SUBJECTS
        place = norms[k] in PLACE_WORDS and norms[i] not in _VOCATIVES
        if (
            closed
            and gaps[i] == " "
            and (named or (place and words_.words[k][1:].islower()))
            and norms[k] not in _INTERJECTIONS
            and opens_clause(words_, k)
        ):
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
    for i in anchors.of(DESCRIBED_AS):
        spans += _described_before(words_, i)
        k = i - 2  # the name, then ", un"/", una"
        if k < 0 or norms[i - 1] not in ("un", "una") or gaps[i - 1].strip(" ") != ",":
            continue
        if gaps[i] != " " or norms[k] in PLACE_WORDS:
            continue
        if not _subject(words_, k) and not _lowercase_named(words_, i):
            continue
        if k > 0 and norms[k - 1] in _PLACE_BEFORE_NAME:
            continue  # "un chico de Puno, un joven": the town is not the person
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
    return spans


# Before a lowercase name set off before what the person is: "me pasé donde ramos, un
# señor de Huanta" ("compré papa, una señora me vendió" has none).
_TO_SOMEONE: Final = words("donde con")


def _lowercase_named(words_: Words, i: int) -> bool:
    """A lowercase listed name or surname right after "donde" or "con", set off before
    "un"/"una" and the word at ``i`` that says what the person is, which goes on as a
    description ("un señor de Huanta", not "una señora me vendió")."""
    k, norms = i - 2, words_.norms
    norm, token = norms[k], words_.words[k]
    if k == 0 or norms[k - 1] not in _TO_SOMEONE or not token.islower():
        return False
    j = i + 1
    if j < len(norms) and not words_.gaps[j].strip(" ") and norms[j] not in ("de", "del", "que"):
        return False
    return norm in GIVEN_NAMES or norm in SURNAMES or norm in COMMON_WORDS


def _described_before(words_: Words, i: int) -> list[Span]:
    """Return a capitalized name set off by commas after "un"/"una" and what the person
    is at ``i``: "era un boliviano, Remberto, de Potosí"; "una niña, Soledad, lloraba". A
    place there is no person ("un chileno, Valparaíso, ..." stays)."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    k = i + 1
    if i < 1 or k >= n or norms[i - 1] not in ("un", "una") or gaps[k].strip(" ") != ",":
        return []
    # The family's article or a title may come first: "un francés, el Mathieu.", "un
    # griego, el señor stavros, le decíamos"; after a title a lowercase name counts.
    if k + 1 < n and norms[k] in ("el", "la") and gaps[k + 1] == " ":
        k += 1
    if k + 1 < n and norms[k] in _TITLES and gaps[k + 1] == " ":
        k += 1
        if _lower_name_after_title(words_, k):
            return [Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k])]
    j = k + 1 if k + 1 < n and gaps[k + 1] == " " and _subject(words_, k + 1) else k
    closed = j + 1 >= n or gaps[j + 1].strip(" ")[:1] in (",", ".", ";", ":", "!", "?", ")")
    if not closed or not all(_subject(words_, m) for m in range(k, j + 1)):
        return []
    if any(norms[m] in PLACE_WORDS or norms[m] in DESCRIBED_AS for m in range(k, j + 1)):
        return []
    if not all(tokens[m][1:].islower() for m in range(k, j + 1)):
        return []  # "un gringo, NGO..." or an acronym
    return [Span(words_.starts[k], words_.ends[j], PERSONA, ACTING + norms[k])]


_TITLES: Final = words("senor senora don dona mister")
_NOT_TITLED_NAMES: Final = words("nomas noma mismo misma pues tambien nada mas bien")
# What a child or a relative is, after the kin word and before the comma that closes the
# aside: "la Argentina, mi hija mayor, ...".
_KIN_RANKS: Final = words(
    """
    mayor menor ultimo ultima ultimito ultimita primero primera segundo segunda tercero
    tercera cuarto cuarta chiquito chiquita mayorcito mayorcita menorcito menorcita
    querido querida engreido engreida
    """
)
# Before the family's article a name goes on from what came before ("con la Yola,
# mi comadre"); a place is reached ("en la Victoria, mi hija...").
_THE_AFTER: Final = words("con y e que pero o donde a de para")


# Words for a child's size after the family's article and a name: "el Santiago chiquito
# pregunta por su papá" (the boy, not the city or the father).
_LITTLE: Final = words("chiquito chiquita chico chica")
_THE: Final = words("el la")
_RANK_BEFORE: Final = _THE | words("mi su")
# Whose child or spouse someone is, told after the name: "el Chivo, hijo de don X".
_CHILD_OF: Final = words("hijo hija nieto nieta sobrino sobrina esposo esposa yerno nuera")
_WITH: Final = words("con")
_IS: Final = words("es era")
# After "con la"/"con el", capitalized words that are no one: devotions, bodies, the
# land ("con la Pachamama", "con el Apu", "con la Caja", "con el Banco").
_NOT_WITH_THE: Final = words(
    """
    pachamama apu apus virgen virgencita patrona patron santo santisima senor caja banco
    minera policia posta fiscalia sunat reniec ugel demuna ejercito marina fuerza gobierno
    ministerio comunidad asociacion ong empresa iglesia parroquia junta ronda red
    municipalidad municipio region covid coronavirus pandemia helada heladas lluvia
    lluvias sequia friaje granizo banda orquesta musica movistar claro bitel entel bcp
    interbank scotiabank mibanco financiera cooperativa agencia ley norma resolucion
    """
)
# What may follow a name after "con la": the end of the phrase, "y", or a word that
# only closes a clause ("con la Yola y las de Manta", "con la Yola nomás").
_CLOSERS: Final = words("y e nomas tambien pues noma")
_PLACE_PREPOSITIONS: Final = words("en a al de del desde hasta hacia para por")


_SENTENCE_GAPS: Final = (".", "!", "?", ":", ";", "\n")


def _opening_name_ranked(words_: Words, i: int) -> bool:
    """Whether a capitalized first name opens the sentence set off before the article or
    a possessive and the rank at ``i``: "Dolores, la mayor, se fue a Arica"."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    k = i - 2
    if norms[i - 1] not in _RANK_BEFORE or gaps[i] != " " or gaps[i - 1].strip(" ") != ",":
        return False
    if k > 0 and gaps[k].strip(" ")[-1:] not in _SENTENCE_GAPS:
        return False
    if i + 1 < n and gaps[i + 1].strip(" ")[:1] not in (",", ".", ";"):
        return False  # "Lima, la mayor ciudad": the rank goes on
    norm = norms[k]
    return (
        _titled(tokens[k])
        and norm in GIVEN_NAMES
        and norm not in PLACE_WORDS
        and norm not in NOT_SUBJECTS
    )


_KIN_RANK_OR_LITTLE: Final = _KIN_RANKS | _LITTLE


def find_named_with_the(anchors: Anchors) -> list[Span]:
    """Return a name said with the family's article where only a person fits: set off
    before the article and a rank ("la Milagros, la chiquita, nació"), before a word for
    a child's size ("el Santiago chiquito pregunta"), or after "con" with no lexicon
    knowing it ("vamos con la Yola y las de Manta")."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for i in anchors.of(_KIN_RANK_OR_LITTLE):
        if norms[i - 1] in _RANK_BEFORE and (i == 2 or (i > 2 and norms[i - 3] not in _THE)):
            # "Dolores, la mayor, se fue": a listed first name opening the sentence.
            if _opening_name_ranked(words_, i):
                k = i - 2
                spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
            continue
        if i < 3 or norms[i - 1] not in _RANK_BEFORE or gaps[i] != " ":
            # "el Santiago chiquito": right after a name and its article.
            k = i - 1
            if i < 2 or norms[i] not in _LITTLE or gaps[i] != " " or gaps[k] != " ":
                continue
            if norms[k - 1] not in _THE or (k > 1 and norms[k - 2] in _PLACE_PREPOSITIONS):
                continue
            named = _named_alone(words_, k) or (norms[k] in GIVEN_NAMES and _titled(tokens[k]))
            if named and norms[k] not in PLACE_WORDS and norms[k] not in NOT_SUBJECTS:
                spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
            continue
        # "la Milagros, la chiquita, nació": the name, a comma, the article and the rank;
        # or the possessive: "la killa, mi última, nació".
        k = i - 2
        if gaps[i - 1].strip(" ") != "," or norms[k - 1] not in _THE or gaps[k] != " ":
            continue
        if not (opens_clause(words_, k - 1) or norms[k - 2] in _THE_AFTER):
            continue
        if i + 1 < n and gaps[i + 1].strip(" ")[:1] not in (",", ".", ";"):
            continue  # "el Callao, el mayor puerto": the rank goes on
        norm = norms[k]
        if norm in PLACE_WORDS or norm in NOT_SUBJECTS or norm in NOT_PERSON_BEFORE:
            continue
        known_lower = tokens[k].islower() and (norm in GIVEN_NAMES or norm in MISSPELLED_LOWER)
        if _titled(tokens[k]) or known_lower:
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norm))
    for i in anchors.of(_CHILD_OF):
        # "el Chivo, hijo de don Mamerto": a nickname with its article, set off before
        # whose child the person is; typed lowercase after who someone is, with the kin
        # word's article too: "lo administra es el huevo, el hijo de la señora".
        k = i - 1
        lower = k >= 3 and norms[k] in _THE and gaps[i] == " " and tokens[k - 1].islower()
        if lower:
            k -= 1
        if k < 2 or i + 1 >= n or norms[i + 1] != "de" or gaps[i + 1] != " ":
            continue
        if gaps[k + 1].strip(" ") != "," or norms[k - 1] not in _THE or gaps[k] != " ":
            continue
        norm = norms[k]
        if lower and (not tokens[k].isalpha() or k < 2 or norms[k - 2] not in _IS):
            continue  # "el terreno, el hijo de don Juan lo vendió": only who someone is
        if not (_titled(tokens[k]) or lower) or len(norm) < 3 or norm in PLACE_WORDS:
            continue
        if norm in NOT_SUBJECTS or norm in NOT_PERSON_BEFORE or norm in _NOT_WITH_THE:
            continue
        if norm in PUBLIC_NAMES or norm in HEAD_WORDS:
            continue
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norm))
    for i in anchors.of(_WITH):
        k = i + 2
        if k >= n or norms[i + 1] not in _THE or gaps[i + 1] != " " or gaps[k] != " ":
            continue
        if not _named_alone(words_, k) or norms[k] in GIVEN_NAMES:
            continue  # a listed name is found on its own
        nxt = k + 1
        closed = nxt >= n or gaps[nxt].strip(" ")[:1] in (",", ".", ";", ":", "!", "?", ")")
        if closed or (gaps[nxt] == " " and norms[nxt] in _CLOSERS):
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norms[k]))
    return spans


# Words around the dates of a family's births: "nació", "nacido el", "cumple".
_BIRTH_WORDS: Final = re.compile(
    r"\b(?:naci(?:[oó]|d[oa]s?|eron|miento|mos|ste)?|nacen?|cumple(?:años|n)?)\b", re.IGNORECASE
)
_BORN_CUES: Final = words("del nacido nacida en")
_LISTING: Final = (" ", ", ")
_MONTHS: Final = CALENDAR_WORDS - words("lunes martes miercoles jueves viernes sabado domingo")
_DAY_WORDS: Final = words(
    """
    uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
    dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres
    veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve treinta primero
    """
)
# Capitalized events that take a date after them: "la Feria del 16 de julio".
_EVENTS: Final = words(
    """
    feria fiesta festival aniversario semana dia concurso campeonato corso procesion misa
    marcha paro huelga faena asamblea reunion junta herranza carnaval carnavales cosecha
    siembra corpus censo terremoto sismo huaico huayco fenomeno reforma ley decreto plan
    programa proyecto convenio padron mundial acuerdo promocion promo elecciones eleccion
    """
)


def find_born_listed(anchors: Anchors) -> list[Span]:
    """Return a name listed with the date one was born, in an answer that speaks of
    births: "y la Maricielo, del dieciocho de agosto", "Dominga, del 19 de octubre del
    91", "y el Dilmer en junio, el 21". "la Feria del 16 de julio" is an event and "la
    Candelaria, del 2 de febrero" a fiesta (a word-name: left to the date rules)."""
    words_ = anchors.words
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    births: int | None = None
    for i in anchors.of(_BORN_CUES):
        k = i - 1
        if k < 0 or i + 1 >= n or gaps[i + 1] != " ":
            continue
        cue, nxt = norms[i], norms[i + 1]
        if cue == "del" and (not (nxt.isdigit() or nxt in _DAY_WORDS) or gaps[i] not in _LISTING):
            continue
        # "Hto del 33%", "del 10/12": a measure; "del 2016, nacieron" a year.
        mark = words_.text[words_.ends[i + 1] : words_.ends[i + 1] + 3].lstrip(" ")[:1]
        year = mark == "," and nxt.isdigit() and len(nxt) in (2, 4)
        if cue == "del" and mark in ("%", "/", ",", ":") and not year:
            continue
        if cue == "en" and (nxt not in _MONTHS or gaps[i].strip(" ")):
            continue
        if cue in ("nacido", "nacida") and (gaps[i].strip(" ") != "," or nxt != "el"):
            continue
        token, norm = tokens[k], norms[k]
        if not _titled(token) or len(norm) < 3 or norm in NAME_WORDS or norm in _EVENTS:
            continue
        if norm in NOT_SUBJECTS or norm in PLACE_WORDS or norm in NOT_PERSON_BEFORE:
            continue
        before = gaps[k].strip(" ")
        listed = before[-1:] in (",", ";", ":") or (k > 0 and norms[k - 1] in ("y", "el", "la"))
        if not listed or (k > 0 and norms[k - 1] in _PLACE_PREPOSITIONS):
            continue
        if births is None:
            found = _BIRTH_WORDS.search(words_.text)
            births = found.start() if found else len(words_.text) + 1000
        if births > words_.starts[k] + 200:
            continue  # no birth spoken of before or near the list
        spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norm))
    return spans


# Spanish words end in a vowel and "y" ("hoy", "ley", "muy"); a capitalized word ending
# in a consonant and "y" is an English-style given name or nickname: "la Vicky", "el
# Jhonny", "la Sheyly". Loans that end so stay.
# Found from its "y" (a literal `re` finds in C), the consonant looked behind.
# The lookbehind follows the "y", so that `re` skips to each "y" in C.
_Y_END: Final = re.compile(r"y(?<=[^\W\daeiouyáéíóúAEIOUYÁÉÍÓÚ_]y)\b")
_Y_LOANS: Final = words("whisky rugby hobby ferry penalty sexy sony disney pony body party")


def find_y_names(words_: Words) -> list[Span]:
    """Return a capitalized word ending in a consonant and "y" after "el"/"la": "lo maneja
    la Vicky", "con el Freddy" ("la ley", "el whisky" stay)."""
    if _Y_END.search(words_.text) is None:
        return []  # the common case, decided in C: no word of that shape
    shaped = [
        w
        for w in words_.vocabulary
        if len(w) >= 4 and w[-1] == "y" and w[-2] not in "aeiouy" and w.isalpha()
    ]
    wanted = frozenset(shaped) - _Y_LOANS - NOT_SUBJECTS - PUBLIC_NAMES.keys() - HEAD_WORDS
    norms, tokens, gaps = words_.norms, words_.words, words_.gaps
    spans: list[Span] = []
    for k, norm in enumerate(norms):
        if norm not in wanted or k == 0 or norms[k - 1] not in _THE or gaps[k] != " ":
            continue
        if _titled(tokens[k]):
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norm))
    return spans


def _titled(token: str) -> bool:
    return token[:1].isupper() and token[1:].isalpha() and token[1:].islower()


def _named_alone(words_: Words, k: int) -> bool:
    """Whether the titled word at ``k`` is one no lexicon knows as a place, a word, a body
    or a devotion, and no capitalized word or "de" follows it (a longer name)."""
    token, norm = words_.words[k], words_.norms[k]
    if not _titled(token) or len(norm) < 3:
        return False
    if norm in NOT_SUBJECTS or norm in NAME_WORDS or norm in NOT_PERSON_BEFORE:
        return False
    if norm in _NOT_WITH_THE or norm in PUBLIC_NAMES or norm in HEAD_WORDS:
        return False
    nxt = k + 1
    return not (
        nxt < len(words_.norms)
        and words_.gaps[nxt] == " "
        and (words_.words[nxt][:1].isupper() or words_.norms[nxt] in ("de", "del"))
    )


def _the_name_before_kin(words_: Words, k: int, i: int) -> list[Span]:
    """Return the name at ``k`` after the family's article and set off before a kin word
    at ``i`` that closes the aside: "la Argentina, mi hija mayor, se llama así", "la
    candelaria, mi nuera, es de Puno" (a listed name in lowercase). "En la Victoria, mi
    hija vive" and "la Merced, mi tierra" stay."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    the = k - 1
    if not (opens_clause(words_, the) or norms[the - 1] in _THE_AFTER):
        return []
    j = i + 1 if i + 1 < n and gaps[i + 1] == " " and norms[i + 1] in _KIN_RANKS else i
    if j + 1 < n and gaps[j + 1].strip(" ")[:1] not in (",", ";"):
        return []
    token, norm = tokens[k], norms[k]
    if token.islower():
        # In lowercase only a name the lexicons know: "la chacra, mi hijo, la trabaja".
        if not token.isalpha() or (norm not in GIVEN_NAMES and norm not in MISSPELLED_LOWER):
            return []
        if norm in NOT_SUBJECTS or norm in CALENDAR_WORDS:
            return []
    elif not token[1:].isalpha() or not token[1:].islower() or norm in NOT_PERSON_BEFORE:
        return []
    elif not _subject(words_, k) and norm not in PLACE_WORDS:
        return []  # a place is a person here: "la Argentina, mi hija mayor,"
    # "el Callao, mi hijo, es peligroso" speaks to someone; "mi hija mayor" does not.
    if norm in PLACE_WORDS and (norms[i] in _VOCATIVES and j == i):
        return []
    return [Span(words_.starts[k], words_.ends[k], PERSONA, ACTING + norm)]


def _lower_name_after_title(words_: Words, k: int) -> bool:
    """Whether the lowercase word at ``k``, after a title set off after what a person is,
    is a name: one word closed by punctuation ("el señor stavros,"), not a sentence word
    ("la señora de la tienda", "el señor que vende")."""
    token, norm, n = words_.words[k], words_.norms[k], len(words_.norms)
    if not token.isalpha() or not token.islower() or len(norm) < 3:
        return False
    if norm in NOT_SUBJECTS or norm in PLACE_WORDS or norm in DESCRIBED_AS:
        return False
    if norm in _NOT_TITLED_NAMES:
        return False  # "un gringo, el señor nomás,"
    return k + 1 >= n or words_.gaps[k + 1].strip(" ")[:1] in (",", ".", ";", ":", "!", "?", ")")


def _copula_before(words_: Words, i: int) -> bool:
    """Whether a capitalized name opens the clause before "es mi" and the kin word at
    ``i``: "Modesto es mi tío", "Nieves era su cuñada"."""
    norms, gaps, k = words_.norms, words_.gaps, i - 3
    return (
        k >= 0
        and norms[i - 1] in _POSSESSIVES
        and norms[i - 2] in ("es", "era")
        and gaps[k + 1] == gaps[i - 1] == gaps[i] == " "
        and _subject(words_, k)
        and norms[k] not in PLACE_WORDS
        and opens_clause(words_, k)
    )


def find_nicknames(anchors: Anchors) -> list[Span]:
    """Return nicknames after "el"/"la": "la chola manda plata", "el Chato"."""
    words_ = anchors.words
    norms, gaps = words_.norms, words_.gaps
    spans: list[Span] = []
    tokens, n = words_.words, len(norms)
    for i in anchors.of(NICKNAMES):
        if not is_nickname(tokens[i], norms[i]):
            continue
        if i > 0 and norms[i - 1] in ("el", "la") and gaps[i] == " ":
            # With the surname after it: "el Negro Huincho", "el Chato Quispe".
            k = i + 1
            j = k if k < n and gaps[k] == " " and _surname_after(tokens[k], norms[k]) else i
            spans.append(Span(words_.starts[i], words_.ends[j], PERSONA, ACTING + norms[i]))
    return spans


def _surname_after(token: str, norm: str) -> bool:
    rest = token[1:]
    titled = token[:1].isupper() and rest.isalpha() and rest.islower()
    return titled and norm not in NOT_SUBJECTS and norm not in NOT_PERSON_BEFORE


def _public_body(token: str, norm: str) -> bool:
    """Whether ``token`` alone is an allow-listed public body and no given name."""
    if norm in GIVEN_NAMES:
        return False  # "Santiago manda más": the saint's fiesta does not shield a man
    return any(
        len(tokens) == 1 and (not exact or token.isupper())
        for tokens, exact in PUBLIC_NAMES.get(norm, ())
    )


_ADVERB_ENDING: Final = "mente"


def _subject(words_: Words, k: int) -> bool:
    norm, token = words_.norms[k], words_.words[k]
    if norm in NOT_SUBJECTS or len(norm) < 3 or token.isupper():
        return False
    if norm.endswith(_ADVERB_ENDING):
        return False  # "Actualmente lleva tres años sin...": an adverb, no name ends so
    # A lowercase subject ("la bebé se quedó", "el director dice") is a role, not a name.
    return token[:1].isupper()


# Every word after which one of these recognizers looks for a name.
TRIGGERS: Final = _FIRST_TRIGGERS | _KIN_RANKS | _LITTLE | _WITH | _BORN_CUES | _CHILD_OF
