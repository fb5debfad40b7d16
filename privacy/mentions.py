"""A name found once is a name everywhere in the text: every other mention of a
distinctive word of a found name, and a second name joined to one by "y".

"Yudith, la mayor, nació..." then "Yudith quiere irse"; "Kimberly y Justin".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import compress
from typing import Final

from privacy.cues import (
    ACTS,
    BEFORE_ACT,
    CALLED_SO_KEY,
    DESCRIPTIONS,
    NOT_SUBJECTS,
    QUOTED_KEY,
    WORD,
    acts,
    opens_clause,
)
from privacy.given import (
    CAPITAL_ONLY,
    GIVEN_NAMES,
    GOING,
    NAME_WORDS,
    NOT_PERSON_BEFORE,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    SURNAMES,
    TO_A_PLACE,
)
from privacy.lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    ELSEWHERE_WORDS,
    HONORIFICS,
    KIN,
    NEVER_REDACT_ALONE,
    PARTICLES,
    PLACE_WORDS,
    SENTENCE_WORDS,
    plainly_verb,
    words,
)
from privacy.normalize import Words, normalize_token
from privacy.recognizers import ONG, PERSONA, Span

_PLACES: Final = PLACE_WORDS | ELSEWHERE_WORDS

_MAX_PROPAGATED: Final = 200
_AND_NAME: Final = re.compile(rf" y ({WORD})(?=[ \t]*[,;.:!?)]|[ \t]+[a-záéíóúñü])")


def _indices(words_: Words, vocabulary: Iterable[str]) -> list[int]:
    present = words_.vocabulary.intersection(vocabulary)
    if not present:
        return []
    return list(compress(range(len(words_.norms)), map(present.__contains__, words_.norms)))


# Words that open a place's name before a word-name: "Alto Esperanza", "Villa María del
# Triunfo", "Villa El Salvador", "Puerto Maldonado".
_PLACE_OPENERS: Final = PLACE_PREFIXES | frozenset({"villa", "puerto"})


def _in_place_name(words_: Words, i: int) -> bool:
    """Whether the word at ``i`` closes a place's name opened by a place word, with or
    without an article: "Alto Esperanza", "Villa María", "Villa El Salvador"."""
    tokens, norms = words_.words, words_.norms
    k = i - 1
    if k > 0 and tokens[k] in ("El", "La"):
        k -= 1
    if k >= 0 and norms[k] in _PLACE_OPENERS and tokens[k][:1].isupper():
        return True
    # Or opens one: "Villa" of "Villa El Salvador" after "le dicen Salvador de Villa".
    return (
        norms[i] in _PLACE_OPENERS
        and i + 2 < len(norms)
        and tokens[i + 1] in ("El", "La")
        and tokens[i + 2][:1].isupper()
    )


def find_mentions(words_: Words, spans: list[Span]) -> list[Span]:
    """Return other mentions of the people in ``spans``: every capitalized occurrence of
    a distinctive word of their names, and a name joined to one of them by "y"."""
    text, norms, tokens = words_.text, words_.norms, words_.words
    # A lowercase person grown over the Andean surname beside it is found here, after
    # the other rules: its words name the person elsewhere too ("yo soy kusi, kusi
    # yupanqui" found "kusi yupanqui" from "yupanqui").
    beside = _andean_surnames_beside(words_, spans)
    if beside:
        spans = sorted([*spans, *beside], key=lambda s: (s.start, -s.end))
    names: set[str] = set()
    # A person named like a place or a word ("se llama Italia") is that person again
    # only where the word acts as one ("Italia manda 200 euros"), never "vive en Italia".
    acting: set[str] = set()
    # A name found in lowercase ("mi nuera eulogia") is the name in lowercase elsewhere.
    lowercase: set[str] = set()
    # A word-name found in lowercase ("mi compadre pascual") is the person again in
    # lowercase only where it does what people do ("ya pascual se quedó").
    lower_acting: set[str] = set()
    org_names = _org_names(text, spans)
    for span in spans:
        if span.kind != PERSONA or span.key.startswith((CALLED_SO_KEY, QUOTED_KEY)):
            continue
        if org_names and _names_an_org(text[span.start : span.end], org_names):
            continue  # "Asociación Chaska Warmi ... las de Chaska Warmi venden": the org
        after_de = False
        for token in text[span.start : span.end].split():
            norm = normalize_token(token.strip(".,;:"))
            # "la Rosa de las rosas": a lowercase word after "de" is the nickname's
            # complement, not a name ("ella vende rosas").
            after_de = norm in _OF or (after_de and not token[:1].isupper())
            if len(norm) < 3 or (after_de and not token[:1].isupper()):
                continue
            if not token[:1].isupper():
                word_name = norm in NAME_WORDS or norm in _ADJECTIVE_NAMES
                if word_name and norm not in SENTENCE_WORDS and norm not in KIN:
                    lower_acting.add(norm)  # "mi compadre pascual ... ya pascual se quedó"
                    continue
                if norm not in _NOT_PROPAGATED and norm not in SENTENCE_WORDS:
                    names.add(norm)
                    # "mi hijo puma le decimos... fuerte como puma": a Quechua word-name
                    # found in lowercase is the name elsewhere only with a capital; so is
                    # a surname that is a place ("francisca mendoza ... de mendoza").
                    if norm not in CAPITAL_ONLY and norm not in _PLACES:
                        lowercase.add(norm)
                continue
            if norm not in _NOT_PROPAGATED:
                names.add(norm)
            elif norm in PLACE_WORDS or norm in NAME_WORDS:
                acting.add(norm)
        if len(names) >= _MAX_PROPAGATED:
            break
    found = [
        Span(m.start(1), m.end(1), PERSONA)
        for span in spans
        if span.kind == PERSONA
        and (m := _AND_NAME.match(text, span.end)) is not None
        and normalize_token(m.group(1)) not in NOT_SUBJECTS
    ]
    present = names & words_.vocabulary
    # A found name said in the diminutive is the same person: "le decimos la Pukllay...
    # no, perdón, Pukllaycha nomás", "el Juan ... Juancito". Capitalized only (below).
    fond = _diminutives_of(names, words_.vocabulary - present)
    present = present | fond
    covered = [(span.start, span.end) for span in spans]
    if present:
        for i in compress(range(len(norms)), map(present.__contains__, norms)):
            # A nickname that is a noun is the thing again after "al": "mi hijo el cóndor,
            # así le dicen ... vemos al cóndor volar".
            a_thing = i > 0 and norms[i - 1] == "al" and norms[i] not in GIVEN_NAMES
            lowercase_ok = (norms[i] in lowercase and not a_thing) or (
                norms[i] in GIVEN_NAMES
                and norms[i] not in NAME_WORDS
                and norms[i] not in CAPITAL_ONLY  # "tú eres mi sisa" is a flower
            )
            start = words_.starts[i]
            if i > 0 and (norms[i - 1] in NOT_PERSON_BEFORE or norms[i - 1] in TO_A_PLACE):
                continue  # "San Luis", "Colegio José Olaya", "el señor Mendoza... en Mendoza"
            if _in_place_name(words_, i):
                continue  # "vivo en Alto Esperanza con mi Esperanza", "Villa María"
            if i > 1 and _a_place_here(words_, i):
                continue  # "se van a Rosario", "allá por Miraflores", "la 16 de Julio"
            if _of_a_place(words_, i) or _glossed(words_, i):
                continue  # "no es de Cáceres de España"; "Illari es amanecer en quechua"
            if _place_noun_before(words_, i) or _place_noun_after(words_, i):
                continue  # "le pusimos Valencia... en la ciudad de Valencia"
            if _a_feast_here(words_, i):
                continue  # "para la Purificación, la Candelaria, en febrero"
            k = bisect_right(covered, (start, len(text))) - 1
            if k >= 0 and covered[k][1] > start:
                continue  # already inside a span
            # A name typed in lowercase at the start of a sentence is still the name.
            lowercase_ok = lowercase_ok or (
                norms[i] not in CAPITAL_ONLY and (opens_clause(words_, i) or acts(words_, i))
            )
            if norms[i] in fond and not tokens[i][:1].isupper():
                continue  # "la paloma vuela": a lowercase word, not the child's pet name
            if tokens[i].islower() and _compared_to(words_, i):
                continue  # "silbaba igualito que el chiwaku": the bird the name is from
            if tokens[i].islower() and _thing_with_participle(words_, i):
                continue  # "me dicen camote... llevaba camote sancochado": the food
            if tokens[i].islower() and _plural_after_plural(words_, i):
                continue  # "los rojas ... siembran papas rojas": the colour of the crop
            if tokens[i].islower() and _after_a_noun(words_, i):
                continue  # "una amiga, celeste, ... el cielo celeste": a word no lexicon lists
            if tokens[i].islower() and _said_of_itself(words_, i):
                continue  # "el gallo es gallo pues": the word said of the person, an idiom
            if tokens[i].islower() and i > 0 and norms[i - 1] in _INDEFINITE:
                continue  # "felix cordero ... vendí un cordero": a noun after "un"
            if tokens[i][:1].isupper() or lowercase_ok:
                found.append(Span(start, words_.ends[i], PERSONA))
    for i in _indices(words_, acting):
        if _of_a_place(words_, i) or _glossed(words_, i) or _place_noun_before(words_, i):
            continue
        if _in_place_name(words_, i):
            continue  # "mi hermano Salvador vive en Villa El Salvador"
        if tokens[i][:1].isupper() and (_acting_here(words_, i) or _with_article_inside(words_, i)):
            # Without an article, keyed as the person found, so the fiesta list does not
            # cut it ("se llama Santiago … Santiago es argentino"); "la herranza, el
            # Santiago, se baila" is the fiesta's name with its article.
            key = "" if _with_article(words_, i) else "t:" + norms[i]
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA, key))
        elif (
            i > 0
            and words_.gaps[i] == " "
            and norms[i - 1] in _TITLED
            and tokens[i - 1].lower() != "papa"  # "papa blanca" is a potato, "papá" a father
        ):
            # After a title or kin word, in any case: "el señor modesto... Modesto
            # Anccasi" ("muy modesto" stays); keyed, so that "el señor Santiago" is not
            # cut as the apostle's fiesta.
            patron = norms[i - 1] in _PATRONS  # "el patrón Santiago": the village's saint
            key = "" if patron else "t:" + norms[i]
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA, key))
    for i in _indices(words_, acting | (names - lowercase)):
        if tokens[i].islower() and _article_and_state(words_, i):
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA))
    for i in _indices(words_, lower_acting):
        if tokens[i].islower() and (_article_and_call(words_, i) or _article_and_age(words_, i)):
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA))
            continue
        if tokens[i].islower() and acts(words_, i) and (i == 0 or norms[i - 1] not in _DETERMINERS):
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA))
        elif (
            tokens[i].islower()
            and _with_article(words_, i)
            and (i + 1 >= len(norms) or norms[i + 1] not in _TO_ME | {"se", "lo", "la"})
        ):
            # With the family's article, opening a clause and doing what people do: "flor:
            # yo, mi hijo está en lima ... la flor tiene suerte, su hijo le manda".
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA))
        elif tokens[i].islower() and _dative_of_feeling(words_, i):
            # The one something pleases or hurts: "y a milagros le gusta cargar".
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA))
        elif tokens[i].islower() and opens_clause(words_, i) and _clause_of_one(words_, i):
            # Opening a clause of its own: "... a la mineria. clemente no es malo".
            found.append(Span(words_.starts[i], words_.ends[i], PERSONA))
    return (
        found
        + beside
        + _joined_by_particle(words_, spans)
        + _place_surname(words_, spans)
        + _listed_before(words_, spans)
        + _listed_after(words_, spans)
        + _nickname_before_surname(words_, spans)
        + _spelled_out(text, spans)
        + _profile_tails(text, spans)
    )


# A name spelled letter by letter: "huamani, con i al final, h u a m a n i".
# The lookbehind follows the first letter, so that `re` skips to letters in C.
_LETTERS: Final = re.compile(
    r"[^\W\d_](?<![\w.][^\W\d_])[ \t](?:[^\W\d_][ \t]){2,}[^\W\d_](?![\w])"
)
# Spelled letters hold two letters standing alone between blanks: looked for first, since
# `re` jumps from blank to blank in C where _LETTERS is tried at every letter.
_LETTERS_HINT: Final = re.compile(r"[ \t][^\W\d_][ \t][^\W\d_][ \t]")
# How far before the letters the name they spell may be found.
_SPELLED_REACH: Final = 80


def _spelled_out(text: str, spans: list[Span]) -> list[Span]:
    """Return a name spelled letter by letter: the letters spell a word of a found name,
    or spell four or more right after one ("se llama Yeni, y e n i")."""
    if not spans or _LETTERS_HINT.search(text) is None:
        return []
    found: list[Span] = []
    names = {
        normalize_token(token.strip(".,;:"))
        for span in spans
        if span.kind == PERSONA
        for token in text[span.start : span.end].split()
    }
    ends = sorted(span.end for span in spans if span.kind == PERSONA)
    for m in _LETTERS.finditer(text):
        spelled = normalize_token(m.group().replace(" ", "").replace("\t", ""))
        k = bisect_right(ends, m.start()) - 1
        near = k >= 0 and m.start() - ends[k] <= _SPELLED_REACH
        if spelled in names or (near and len(spelled) >= 4):
            found.append(Span(m.start(), m.end(), PERSONA))
    return found


# A handle built on a name ("marleny.bcn", "yupa_99") and a profile name going on with
# the article and where its owner is from ("natycita la huancavelicana", "frank el
# chanquilino").
_HANDLE_TAIL: Final = re.compile(r"(?:_[a-z0-9ñ]+|\.[a-zñ][a-z0-9ñ]*)(?:[._][a-z0-9ñ]+)*")
_GENTILE_TAIL: Final = re.compile(
    r"[ \t]+(?:el|la)[ \t]+[a-záéíóúñü]+(?:ino|ina|eño|eña|ano|ana|ense)(?![\w])"
)
# Words that say a profile on a network is being named, a few words before the name.
_PROFILE_CUES: Final = re.compile(
    r"(?i)(?<!\w)(?:como|cuenta|perfil|usuario|facebook|face|tiktok|instagram|insta)(?!\w)"
)
_PROFILE_REACH: Final = 40


def _profile_tails(text: str, spans: list[Span]) -> list[Span]:
    """Return a found name grown over the handle it opens ("marleny.bcn") or, named as
    a profile, over "la huancavelicana" after it ("sale como natycita la
    huancavelicana"); "la papa a la huancaína" names no one before it."""
    found: list[Span] = []
    for span in spans:
        if span.kind != PERSONA:
            continue
        tail = _HANDLE_TAIL.match(text, span.end)
        if tail is not None and not text[tail.end() : tail.end() + 1].isalnum():
            found.append(Span(span.start, tail.end(), PERSONA, span.key))
            continue
        tail = _GENTILE_TAIL.match(text, span.end)
        if tail is None:
            continue
        if _PROFILE_CUES.search(text, max(0, span.start - _PROFILE_REACH), span.start):
            found.append(Span(span.start, tail.end(), PERSONA, span.key))
    return found


_IS: Final = words("es era")


def _said_of_itself(words_: Words, i: int) -> bool:
    """Whether the lowercase word at ``i`` follows itself and "es": "el gallo es gallo
    pues, siempre canta primero" says what the nickname means ("el gallo es gallo")."""
    norms = words_.norms
    return i > 1 and norms[i - 1] in _IS and norms[i - 2] == norms[i]


# Words before a surname that say what the person is, not what they are called.
_NOT_NICKNAMES: Final = KIN | HONORIFICS | PARTICLES | SENTENCE_WORDS


def _nickname_before_surname(words_: Words, spans: list[Span]) -> list[Span]:
    """Return a lowercase nickname between the family's article and a lowercase surname
    found: "con el chivo mallqui", "el choclo huachaca, así le dicen". Kin, titles and
    roles ("el señor quispe", "el ingeniero mamani", "la profesora huaman") stay."""
    starts, gaps, tokens, norms = words_.starts, words_.gaps, words_.words, words_.norms
    found: list[Span] = []
    for span in spans:
        if span.kind != PERSONA or not tokens:
            continue
        first = bisect_right(starts, span.start) - 1
        k = first - 1
        if k < 1 or starts[first] != span.start or not tokens[first].islower():
            continue
        if norms[first] not in SURNAMES or gaps[first] != " " or gaps[k] != " ":
            continue
        token, norm = tokens[k], norms[k]
        if norms[k - 1] not in _THE_FAMILY or not token.isalpha() or not token.islower():
            continue
        if len(norm) < 3 or norm in _NOT_NICKNAMES or norm in NEVER_REDACT_ALONE:
            continue
        if norm in NOT_SUBJECTS or norm in CALENDAR_WORDS or norm.endswith(_ROLE_ENDINGS):
            continue
        if norm in DESCRIPTIONS:
            continue  # "el joven mamani", "la viuda quispe": what the person is
        # Someone one goes with, or a nickname said so: "con el chivo mallqui", "el choclo
        # huachaca, así le dicen" ("para el pago quispe no vino" is a payment).
        last = bisect_right(starts, span.end - 1) - 1
        said = last + 3 < len(norms) and norms[last + 1 : last + 4] in (
            ["asi", "le", "dicen"],
            ["asi", "le", "decian"],
            ["le", "dicen", "asi"],
            ["le", "decian", "asi"],
        )
        if not said and (k < 2 or norms[k - 2] not in _WITH_WHOM):
            continue
        found.append(Span(starts[k], span.end, PERSONA))
    return found


_WITH_WHOM: Final = frozenset({"con", "donde"})


# Endings of roles and trades: "el ingeniero", "la profesora", "el dirigente".
_ROLE_ENDINGS: Final = ("ero", "era", "ora", "or", "ente", "enta", "ista", "ario", "aria")


_THE_FAMILY: Final = frozenset({"el", "la"})


def _listed_after(words_: Words, spans: list[Span]) -> list[Span]:
    """Return a capitalized given name, a word-name too, with the family's article and
    set off by a comma right after a found person: "la Maruja de Ecuador, el Fausto, me
    escriben" lists friends. "Rosa, la Paz," and "Juan, el Mayo," stay (a place, a month)."""
    starts, gaps, tokens, norms, n = (
        words_.starts,
        words_.gaps,
        words_.words,
        words_.norms,
        len(words_.norms),
    )
    listed: list[Span] = []
    for span in spans:
        if span.kind != PERSONA or not tokens:
            continue
        last = bisect_right(starts, span.end - 1) - 1
        if (
            last + 3 < n
            and norms[last + 1] in ("de", "del")
            and gaps[last + 1] == " "
            and gaps[last + 2] == " "
            and tokens[last + 2][:1].isupper()
        ):
            last += 2  # "la Maruja de Ecuador, el Fausto": where the friend is from
        k = last + 2
        if k + 1 >= n or gaps[last + 1].strip(" ") != ",":
            continue
        if norms[last + 1] not in _THE_FAMILY or gaps[k] != " ":
            continue
        token, norm = tokens[k], norms[k]
        if not token[:1].isupper() or not token.isalpha() or token.isupper():
            continue
        if norm not in GIVEN_NAMES or norm in PLACE_WORDS or norm in CALENDAR_WORDS:
            continue
        if norm in NEVER_REDACT_ALONE or norm in NOT_PERSON_BEFORE or norm in HONORIFICS:
            continue
        if norm in NAME_WORDS and norms[k - 1] != "el":
            continue  # "Juan, la Paz,": a feminine word-name may be a place or a thing
        if gaps[k + 1].strip(" ") != "," and norms[k + 1] != "y":
            continue
        listed.append(Span(starts[k], words_.ends[k], PERSONA))
    return listed


def _listed_before(words_: Words, spans: list[Span]) -> list[Span]:
    """Return a capitalized word spelled as no Spanish word is ("th", "k", "w", "y" before
    a consonant...), listed right before a found person: "Kener, Sheyla, el Gato...".
    "Lima, Juan y yo" and "Gracias, Rosa" stay."""
    starts, gaps, tokens, norms = words_.starts, words_.gaps, words_.words, words_.norms
    listed: list[Span] = []
    for span in spans:
        if span.kind != PERSONA or not tokens:
            continue
        first = bisect_right(starts, span.start) - 1
        k = first - 1
        if k < 0 or gaps[first].strip(" ") != ",":
            continue
        token, norm = tokens[k], norms[k]
        if len(norm) < 4 or not token.isalpha() or not token[:1].isupper() or token.isupper():
            continue
        if norm in NEVER_REDACT_ALONE or norm in _NOT_WITH_NAME or norm in CALENDAR_WORDS:
            continue
        if norm in _NOT_LISTED or not opens_clause(words_, k):
            continue  # "Okay, Juan dijo"; "el kilo, Juan" is no list of people
        if _NAME_SPELLING.search(norm) is not None:
            listed.append(Span(starts[k], words_.ends[k], PERSONA))
    return listed


# Words from abroad said before a name: "Okay, Juan", "Bye, Rosa".
_NOT_LISTED: Final = words("okay okey ok hey bye yeah wow thanks whatsapp kilo kilos show")


_LIKE: Final = words("igual igualito igualita mas menos parecido parecida")


def _compared_to(words_: Words, i: int) -> bool:
    """Whether the lowercase word at ``i`` follows a comparison and the article: "fuerte
    como el puma", "igualito que el chiwaku" (the thing a nickname comes from)."""
    norms = words_.norms
    if i < 2 or norms[i - 1] not in ("el", "la", "al"):
        return False
    if norms[i - 2] == "como" or (norms[i - 1] == "al" and norms[i - 2] in _LIKE):
        return True  # "fuerte como el puma", "parecido al zorro"
    return i > 2 and norms[i - 2] == "que" and norms[i - 3] in _LIKE


def _after_a_noun(words_: Words, i: int) -> bool:
    """Whether the lowercase word at ``i``, a name no lexicon lists, follows a lowercase
    word that is no function word: there it says what that word is ("el cielo
    celeste"); "con maricruz", "y maricruz", "ya maricruz" stay names."""
    norm = words_.norms[i]
    if norm in GIVEN_NAMES or norm in SURNAMES or i == 0 or words_.gaps[i] != " ":
        return False
    before = words_.words[i - 1]
    if not before.islower() or words_.norms[i - 1] in SENTENCE_WORDS:
        return False
    if words_.norms[i - 1] in PARTICLES or words_.norms[i - 1] in _TITLED:
        return False
    # The noun has its determiner: "el cielo celeste" ("se pone yeremi" is a name).
    return i > 1 and words_.gaps[i - 1] == " " and words_.norms[i - 2] in _DETERMINERS


# Verbs of what pleases, hurts or is owed someone after "a X le": "a milagros le gusta".
_FELT: Final = words("gusta gustaba gusto encanta encantaba duele dolia falta faltaba toca tocaba")


def _dative_of_feeling(words_: Words, i: int) -> bool:
    """Whether the lowercase word-name at ``i`` (found as a name elsewhere) sits between
    "a" and "le" + a verb of feeling: "a milagros le gusta"; "a la fiesta le falta" has
    its article."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if i == 0 or i + 2 >= n or norms[i - 1] != "a" or norms[i + 1] not in ("le", "les"):
        return False
    return gaps[i] == " " and gaps[i + 1] == " " and norms[i + 2] in _FELT


_PARTICIPLES: Final = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# Words before a name that is the one spoken of, not a thing: "con camote", "a camote".
_BEFORE_SOMEONE: Final = words("a con y e o donde para de que")


def _thing_with_participle(words_: Words, i: int) -> bool:
    """Whether the lowercase word at ``i`` is the object of the verb before it and takes
    a participle after it, as a thing does: "llevaba camote sancochado", "comía papa
    sancochada" ("con camote fuimos" and "camote llegó cansado" stay the person)."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    if i == 0 or i + 1 >= n or gaps[i] != " " or gaps[i + 1] != " ":
        return False
    before = norms[i - 1]
    if not tokens[i - 1].islower() or before in _BEFORE_SOMEONE or before in SENTENCE_WORDS:
        return False
    after = norms[i + 1]
    return len(after) > 5 and tokens[i + 1].islower() and after.endswith(_PARTICIPLES)


def _plural_after_plural(words_: Words, i: int) -> bool:
    """Whether the lowercase plural at ``i`` agrees with the lowercase plural noun right
    before it, as an adjective does: "papas rojas", "casas blancas" ("los rojas", "con
    los flores" name families)."""
    norms = words_.norms
    if i == 0 or words_.gaps[i] != " " or not norms[i].endswith(("as", "os")):
        return False
    before, prev = words_.words[i - 1], norms[i - 1]
    if not before.islower() or not prev.endswith(norms[i][-2:]) or len(prev) < 4:
        return False
    return prev not in SENTENCE_WORDS and prev not in PARTICLES and prev not in KIN


# What follows a name opening its clause ("clemente no es malo", "aurora ya se fue");
# a word opening a clause ("justo ese dia", "bueno, ya") goes on otherwise.
_ONES_CLAUSE: Final = words(
    "no ya es era esta estaba tambien tampoco nunca siempre todavia sigue seguia"
)


def _clause_of_one(words_: Words, i: int) -> bool:
    """Whether the word after ``i``, a space away, goes on the clause of a person."""
    k = i + 1
    return k < len(words_.norms) and words_.gaps[k] == " " and words_.norms[k] in _ONES_CLAUSE


# Dutch and German particles inside a surname: "Marieke van Dorsten", "Ana von Bülow".
_FOREIGN_PARTICLES: Final = words("van von der den ter ten")


def _joined_by_particle(words_: Words, spans: list[Span]) -> list[Span]:
    """Join a capitalized person to the capitalized word after "van"/"von" ("van der")."""
    if _FOREIGN_PARTICLES.isdisjoint(words_.vocabulary):
        return []  # the common case
    starts, ends, gaps, norms, n = (
        words_.starts,
        words_.ends,
        words_.gaps,
        words_.norms,
        len(words_.starts),
    )
    joined: list[Span] = []
    for span in spans:
        if span.kind != PERSONA or not words_.text[span.start : span.start + 1].isupper():
            continue
        last = bisect_right(starts, span.end - 1) - 1
        k = last + 1
        while k < n and k - last <= 2 and norms[k] in _FOREIGN_PARTICLES and gaps[k] == " ":
            k += 1
        tokens = words_.words
        if k == last + 1 or k >= n or gaps[k] != " " or not tokens[k][:1].isupper():
            continue
        # "van", not the verb's capital "Van"; "Rosa y Juan van Huancayo" goes there.
        if tokens[last + 1].islower() and norms[k] not in PLACE_WORDS:
            joined.append(Span(span.start, ends[k], PERSONA, span.key))
    return joined


# Diminutive endings in Spanish and Quechua: "Juancito", "Rosita", "Pukllaycha".
_FOND_ENDINGS: Final = ("cha", "chay", "cito", "cita", "ito", "ita", "sha", "ucha", "ico", "ica")


def _diminutives_of(names: set[str], vocabulary: frozenset[str]) -> set[str]:
    """Words of the text that are a found name (of four letters or more) with a
    diminutive ending, the name's last vowel dropped or not: "pukllay" gives
    "pukllaycha", "juan" gives "juancito", "marta" gives "martita"."""
    if not names:
        return set()
    fond: set[str] = set()
    for word in vocabulary:
        if len(word) < 6 or not word.endswith(_FOND_ENDINGS):
            continue
        for ending in _FOND_ENDINGS:
            if not word.endswith(ending):
                continue
            root = word[: -len(ending)]
            if len(root) >= 4 and (root in names or root + "a" in names or root + "o" in names):
                fond.add(word)
    return fond - NOT_SUBJECTS - _NOT_PROPAGATED


def _place_surname(words_: Words, spans: list[Span]) -> list[Span]:
    """Grow a person of two capitalized words over the capitalized place right after
    it, closed by punctuation: the second surname ("Rubén Cáceres Sierra, su celular",
    "Nilda Quispe Lima."). A place after a comma, or going on, stays."""
    starts, ends, gaps, n = words_.starts, words_.ends, words_.gaps, len(words_.starts)
    tokens, norms = words_.words, words_.norms
    grown: list[Span] = []
    for span in spans:
        if span.kind != PERSONA or not tokens:
            continue
        first = bisect_right(starts, span.start) - 1
        last = bisect_right(starts, span.end - 1) - 1
        k = last + 1
        if last - first != 1 or k >= n or gaps[k] != " " or norms[k] not in PLACE_WORDS:
            continue
        if not all(tokens[m][:1].isupper() and tokens[m][1:].islower() for m in (first, last, k)):
            continue
        if k + 1 < n and gaps[k + 1].strip(" ")[:1] not in (",", ".", ";", ":", ")"):
            continue  # "... Quispe Lima está lejos": the place may go on the sentence
        grown.append(Span(span.start, ends[k], PERSONA, span.key))
    return grown


# An Andean surname by its spelling: Quechua and Aymara sounds Spanish words rarely have
# ("cusihuallpa", "ñahuinlla", "ccasani", "yupanqui"); "acción" and "año" do not count.
_ANDEAN_SHAPE: Final = re.compile(
    r"^(?:ñ|.*(?:hua|hui|ccah|cca|cco|ccu|qq|llpa|nlla|nqui|k|w|q(?!u)))", re.IGNORECASE
)
_NOT_SURNAMES: Final = words(
    "whatsapp wifi kilo kilos ok okey web show quechua quichua huayno huaino huaylas"
)


def _andean_surname(words_: Words, k: int) -> bool:
    """Whether the lowercase word ``k`` is spelled or listed as an Andean surname."""
    token, norm = words_.words[k], words_.norms[k]
    if not token.isalpha() or not token.islower() or len(norm) < 4:
        return False
    if norm in SENTENCE_WORDS or norm in KIN or norm in PLACE_WORDS or norm in _NOT_SURNAMES:
        return False
    return norm in SURNAMES or _ANDEAN_SHAPE.match(norm) is not None


def _andean_surnames_beside(words_: Words, spans: list[Span]) -> list[Span]:
    """Grow a person found in lowercase over the lowercase Andean surname right beside
    it: "fidel cusihuallpa trabaja", "es hilda ñahuinlla, con", "kusi yupanqui"."""
    starts, ends, gaps, n = words_.starts, words_.ends, words_.gaps, len(words_.starts)
    norms = words_.norms
    grown: list[Span] = []
    for span in spans:
        if span.kind != PERSONA or not words_.text[span.start : span.end].islower():
            continue
        first = bisect_right(starts, span.start) - 1
        last = bisect_right(starts, span.end - 1) - 1
        lo, hi = first, last
        if hi + 1 < n and gaps[hi + 1] == " " and _andean_surname(words_, hi + 1):
            hi += 1
        if lo > 0 and gaps[lo] == " " and _andean_surname(words_, lo - 1):
            lo -= 1
        if (lo, hi) != (first, last):
            grown.append(Span(starts[lo], ends[hi], PERSONA, span.key))
        # "con roberth y elmer quinto": the lowercase word joined to her by "y" after
        # "con" is a person too ("con mi hermano y juan" keeps the kin word).
        k = first - 2
        if k < 1 or norms[first - 1] != "y" or gaps[first] != " " or gaps[k + 1] != " ":
            continue
        if norms[k - 1] not in _WITH or gaps[k] != " " or not words_.words[k].isalpha():
            continue
        norm = norms[k]
        named = norm in GIVEN_NAMES or _NAME_SPELLING.search(norm) is not None
        if words_.words[k].islower() and named and norm not in _NOT_WITH_NAME:
            grown.append(Span(starts[k], ends[k], PERSONA))
    return grown


_WITH: Final = words("con entre")
# A name spelled as no Spanish word is ("roberth", "yhony", "jhoel", "wilmer"; "plata" and
# "ganas" are words).
_NAME_SPELLING: Final = re.compile(r"th|[^aeioucsl]h|w|k|y[^aeiou]|nn|tt|ss")
_INDEFINITE: Final = frozenset({"un", "una", "unos", "unas"})
_NOT_WITH_NAME: Final = SENTENCE_WORDS | KIN | COMMON_WORDS | PLACE_WORDS | NEVER_REDACT_ALONE


# Adjectives that are also names ("mi tío justo, que...", "no es justo").
_ADJECTIVE_NAMES: Final = words("justo modesto severo benigno feliz amado amada clemente bueno")
# Before a thing, never a name: "la luz llega", "mucha soledad", "muy modesto".
_DETERMINERS: Final = words(
    "el la los las un una mi tu su este esta ese esa mucha mucho poca poco muy tan que de del"
)
_TITLED: Final = HONORIFICS | KIN - words("llama llamado llamada apellido nombre dicen apodo")


def _with_article(words_: Words, i: int) -> bool:
    """Whether a found name at ``i`` follows the family's article at the start of a
    clause and goes on like a person: "la Lourdes está en Génova", "el atoq viene"."""
    norms, gaps = words_.norms, words_.gaps
    if i == 0 or norms[i - 1] not in _THE or gaps[i] != " " or not opens_clause(words_, i - 1):
        return False
    nxt = norms[i + 1] if i + 1 < len(norms) and gaps[i + 1] == " " else ""
    return nxt in _STATE or acts(words_, i) or _born_on(words_, i)


def _born_on(words_: Words, i: int) -> bool:
    """Whether "es del" and a number follow the name at ``i``, the day or year one was
    born: "la Trinidad es del ocho de diciembre", "el Clever es del 94" ("la Candelaria
    es el 2 de febrero" is a fiesta's day)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    k = i + 3
    if k >= n or norms[i + 1] != "es" or norms[i + 2] != "del":
        return False
    if any(gaps[j] != " " for j in (i + 1, i + 2, k)):
        return False
    return norms[k].isdigit() or norms[k] in _NUMBER_WORDS


_NUMBER_WORDS: Final = words(
    """
    uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
    dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres
    veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve treinta
    cuarenta cincuenta sesenta setenta ochenta noventa primero
    """
)
_THE: Final = words("el la")


def _article_and_call(words_: Words, i: int) -> bool:
    """Whether a word-name found as a person in lowercase comes again between the
    family's article and what a relative does to the speaker: "hijos: luz de veinte ...
    la luz me llama los domingos" ("la luz me llama la atención", "ni luz" stay)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if i == 0 or i + 2 >= n or norms[i - 1] not in _THE:
        return False
    if gaps[i] != " " or gaps[i + 1] != " " or gaps[i + 2] != " ":
        return False
    if norms[i + 1] not in _TO_ME or norms[i + 2] not in _CALLS:
        return False
    return not (i + 4 < n and norms[i + 3] == "la" and norms[i + 4] == "atencion")


def _article_and_age(words_: Words, i: int) -> bool:
    """Whether a word-name found as a person in lowercase comes again between the
    family's article and an age: "el más joven es el benigno con 52 años" ("la luz de
    dos años" is no age: only "con"; "la flor con 3 pétalos" has no years)."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    if i == 0 or i + 3 >= n or norms[i - 1] not in _THE:
        return False
    if any(g != " " for g in gaps[i : i + 4]):
        return False
    return norms[i + 1] == "con" and tokens[i + 2].isdigit() and norms[i + 3] in _YEARS


_YEARS: Final = words("anos anitos")
_TO_ME: Final = words("me nos te le les")
_CALLS: Final = words(
    """
    llama llamaba llamo manda mandaba mando visita visitaba visito escribe escribia
    escribio extrana extranaba ayuda ayudaba cuenta contaba dice decia dijo quiere queria
    quiso cuida cuidaba trata trataba paga pagaba conoce conocia va iba
    """
)


def _article_and_state(words_: Words, i: int) -> bool:
    """Whether a name found capitalized comes again in lowercase between the family's
    article and a state: "le dicen el Atoq ... a veces el atoq viene" ("la urpi también
    canta" is the dove)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if i == 0 or i + 1 >= n or norms[i - 1] not in _THE or norms[i] in COMMON_WORDS:
        return False  # "el cielo está llorando": a Spanish word is the thing
    return gaps[i] == " " and gaps[i + 1] == " " and norms[i + 1] in _STATE


# What follows a person's name and not a place's or a fiesta's: "la Lourdes está en
# Génova", "la Lourdes en Italia, el Reyes en Lima".
_STATE: Final = words("esta estaba estuvo sigue seguia viene venia")


def _acting_here(words_: Words, i: int) -> bool:
    """Whether a word-name found as a person elsewhere in the text is the person again
    at ``i``: opening a clause and doing what people do ("Italia manda 200 euros"), with
    the family's article ("la Lourdes está en Génova", "la Lourdes en Italia."), said to
    ("¿tu hijo no está en Chile, Victoria?") or followed by a surname at the start of a
    turn ("Participante 2: Mercedes Ramos, sí"). "vive en Italia" and "la fiesta de
    Santiago" stay."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    if (opens_clause(words_, i) or _after_time_adverb(words_, i)) and acts(words_, i):
        return True
    if (_opens_sentence(words_, i) or words_.gaps[i].strip(" ") == ":") and _verb_after(words_, i):
        # "Amparo no se rinde", "Gloria vivió en Lima", "Socorro es devota", and after a
        # colon: "mire cómo es la vida: Italia terminó viviendo en Italia".
        return True
    if (
        i > 0
        and norms[i - 1] == "a"
        and i + 2 < n
        and norms[i + 1] in _DATIVE_CLITICS
        and gaps[i + 1] == gaps[i + 2] == " "
        and tokens[i + 2].isalpha()
        and tokens[i + 2].islower()
    ):
        return True  # "Y a Italia le dicen por qué no se va también": the one told
    closing = words_.text[words_.ends[i] : words_.ends[i] + 1]
    if closing in ("?", "!") and gaps[i].strip(" ") == ",":
        return True  # a vocative closing a question
    nxt = norms[i + 1] if i + 1 < n and gaps[i + 1] == " " else ""
    if opens_clause(words_, i) and nxt and _surname(tokens[i + 1], nxt):
        return True
    if not _with_article(words_, i):
        return False if i == 0 or norms[i - 1] not in _THE else _listed_where(words_, i)
    return True


def _opens_sentence(words_: Words, i: int) -> bool:
    """Whether the word at ``i`` opens the text or a sentence (after a stop, not a comma)."""
    gap = words_.gaps[i].strip(" ")
    return i == 0 or gap[-1:] in (".", "!", "?", "\n")


# Forms of "ser", "estar" and "tener" a person's name opens a sentence before ("Socorro es
# devota", "Sierra es bien ordenado"), and what an enumerator's notes say a person does
# ("Blanca indica que…", "Milagros pide que…", "Amparo no se rinde").
_VERBS_AFTER_A_NAME: Final = words(
    """
    es era fue esta estaba tiene tenia refiere indica pide pidio comenta comento menciona
    menciono senala senalo responde respondio afirma explica relata narra agrega anade
    manifiesta expresa prefiere rinde cansa siente sentia recuerda recordo sigue siguio
    seguia continua envia enviaba
    """
)


def _verb_after(words_: Words, i: int) -> bool:
    """Whether a verb follows the word at ``i``, past a negation, a clitic or an adverb:
    one that people do, a copula, a form no name or noun has ("indica", "trabajaban"), or
    a preterite with its accent ("vivió")."""
    norms, tokens, n = words_.norms, words_.words, len(words_.norms)
    k = i + 1
    while k < n and norms[k] in BEFORE_ACT and k - i <= 2:
        k += 1
    if k >= n or words_.gaps[k].strip(" "):
        return False
    norm, token = norms[k], tokens[k]
    return (
        norm in ACTS
        or norm in _VERBS_AFTER_A_NAME
        or plainly_verb(norm)
        or (len(token) > 3 and token.endswith("ó") and token.islower())
        # Past a clitic a lowercase word is its verb: "Santiago no se acostumbra".
        or (norms[k - 1] in _CLITICS and k > i + 1 and token.isalpha() and token.islower())
        # A compound tense: "Trujillo ha dicho", "Sierra había vuelto".
        or (
            norm in _HAVE_AUX
            and k + 1 < n
            and words_.gaps[k + 1] == " "
            and norms[k + 1].endswith(_PAST_PARTICIPLES)
        )
    )


_HAVE_AUX: Final = words("ha han habia habian")
_PAST_PARTICIPLES: Final = ("ado", "ido", "dicho", "hecho", "puesto", "vuelto", "escrito", "visto")


_CLITICS: Final = words("se me le les nos te")
_DATIVE_CLITICS: Final = words("le les")
_PATRONS: Final = words("patron patrona")


# Adverbs of time that open a clause before its subject: "y a veces Sierra me acompaña",
# "siempre Italia me manda".
_TIME_ADVERBS: Final = words(
    "veces siempre tambien ahora ahorita ya hoy ayer nunca todavia aun luego despues antes"
)


def _after_time_adverb(words_: Words, i: int) -> bool:
    """Whether the capitalized mention at ``i`` follows an adverb of time, as a subject
    does ("a veces Sierra me acompaña"); "en la sierra" has a preposition instead."""
    return (
        i > 0
        and words_.gaps[i] == " "
        and words_.norms[i - 1] in _TIME_ADVERBS
        and words_.words[i][:1].isupper()
        and words_.words[i][1:].islower()
    )


def _listed_where(words_: Words, i: int) -> bool:
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    if gaps[i] != " " or not opens_clause(words_, i - 1):
        return False
    nxt = norms[i + 1] if i + 1 < n and gaps[i + 1] == " " else ""
    # "la Lourdes en Italia." listing where each child is: one place, then the clause ends.
    k = i + 2
    if nxt != "en" or k >= n or gaps[k] != " " or not tokens[k][:1].isupper():
        return False
    return k + 1 >= n or gaps[k + 1].strip(" ")[:1] in (",", ".", ";")


def _surname(token: str, norm: str) -> bool:
    """A capitalized word that is a known surname, even one that is also a word."""
    return (
        token[:1].isupper() and token[1:].islower() and (norm in SURNAMES or norm in COMMON_WORDS)
    )


_OF: Final = words("de del")
_THERE: Final = words("alla aca ahi aqui alli")


def _a_place_here(words_: Words, i: int) -> bool:
    """Whether the mention at ``i`` (``i`` > 1) is a place or a date here: after a verb of
    going and "a", after "a" continuing a list of places ("a Argentina, a Mendoza"),
    after "allá por", or a month after "16 de"."""
    norms, gaps = words_.norms, words_.gaps
    prev, before = norms[i - 1], norms[i - 2]
    if prev == "a" and before in _SENDING:
        # "lo mandan a Paucará", "me llevaron a Huanta": one sent there; "se lo mandé
        # a Rosa" gives it to her.
        return i > 2 and norms[i - 3] in _OBJECTS and (i < 4 or norms[i - 4] != "se")
    if prev == "a":
        listed = gaps[i - 1].strip(" ") == "," and before in PLACE_WORDS
        return before in GOING or listed
    if prev == "por":
        return before in _THERE
    if prev in PLACE_WORDS and before in TO_A_PLACE and gaps[i].strip(" ") == ",":
        # "yo en Argentina, Mendoza, en la vendimia": the town of the country named
        closing = gaps[i + 1].strip(" ")[:1] if i + 1 < len(norms) else "."
        return closing in (",", ".", ";")
    return prev == "de" and norms[i] in CALENDAR_WORDS and before.isdigit()


_NOT_PROPAGATED: Final = (
    NEVER_REDACT_ALONE
    | COMMON_WORDS
    | PLACE_WORDS
    | NAME_WORDS
    | HONORIFICS
    | KIN
    # A saint's title cut into a name ("Luis de San …") names no one on its own ("Santa"
    # may: "Eulogio Santa Cruz … Santa Cruz tiene media hectárea").
    | frozenset({"san"})
)

# Verbs of sending or taking someone: "lo mandan a Paucará", "nos trajeron a Lima".
_SENDING: Final = words(
    """
    manda mandan mando mandaron mandaba mandaban lleva llevan llevo llevaron llevaba
    llevaban trae traen trajo trajeron envia envian envio enviaron
    """
)
_OBJECTS: Final = words("lo la los las me nos")
_LANGUAGES: Final = words("quechua quichua runasimi aimara aymara castellano espanol")
_GLOSS_VERBS: Final = words("es significa quiere dice")
# Before an article, a word-name is a place or a fiesta: "en la Victoria", "para la Navidad".
_NOT_BEFORE_ARTICLE: Final = words(
    "en a al de del desde hasta hacia por para fiesta dia santa san virgen senor cruz"
)


def _place_noun_before(words_: Words, i: int) -> bool:
    """Whether the mention at ``i`` follows a place noun and "de": "la ciudad de
    Valencia", "el distrito de Santiago" ("la hija de Valencia" is hers)."""
    norms = words_.norms
    return i > 1 and norms[i - 1] in _OF and norms[i - 2] in PLACE_NOUNS


def _place_noun_after(words_: Words, i: int) -> bool:
    """Whether the mention at ``i`` is set off before the article and a place noun: "a
    Córdova, el distrito," ("Córdova, el ingeniero," is the person)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    return (
        i + 2 < n
        and gaps[i + 1].strip(" ") == ","
        and norms[i + 1] in _THE
        and gaps[i + 2] == " "
        and norms[i + 2] in PLACE_NOUNS
    )


_MONTHS: Final = CALENDAR_WORDS - words("lunes martes miercoles jueves viernes sabado domingo")
_FEAST_BEFORE: Final = words("para por en desde hasta")


def _a_feast_here(words_: Words, i: int) -> bool:
    """Whether the mention at ``i`` is a feast: after a preposition and the article and
    set off before its month, with only names between ("para la Purificación, la
    Candelaria, en febrero"; "para la Rosa compré" stays the person)."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    if i < 2 or norms[i - 1] not in _THE or norms[i - 2] not in _FEAST_BEFORE:
        return False
    if i + 1 >= n or gaps[i + 1].strip(" ") != ",":
        return False
    for k in range(i + 1, min(i + 6, n)):
        if norms[k] in _MONTHS:
            return True
        if not (norms[k] in _THE or norms[k] == "en" or tokens[k][:1].isupper()):
            return False
        if gaps[k].strip(" ") not in ("", ","):
            return False
    return False


def _of_a_place(words_: Words, i: int) -> bool:
    """Whether the mention at ``i`` names a place of a country or a region: "no es de
    Cáceres de España", "Santiago de Chile"."""
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    k = i + 2
    return (
        k < n
        and norms[i + 1] in _OF
        and gaps[i + 1] == " "
        and gaps[k] == " "
        and tokens[k][:1].isupper()
        and norms[k] in PLACE_WORDS
    )


def _glossed(words_: Words, i: int) -> bool:
    """Whether the mention at ``i`` is the word being explained, not the person: "Illari
    es amanecer en quechua", "en quechua illari es amanecer", "Warmi significa mujer"."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if i > 1 and norms[i - 2] == "en" and norms[i - 1] in _LANGUAGES:
        return True
    # "kusi en quechua es alegre": the language named right after the word.
    if i + 2 < n and norms[i + 1] == "en" and norms[i + 2] in _LANGUAGES:
        return gaps[i + 1].strip(" ") in ("", ",") and gaps[i + 2] == " "
    if _in_glossary(words_, i):
        return True  # "Qori es oro, wasi es casa": words explained one after another
    if i + 1 >= n or norms[i + 1] not in _GLOSS_VERBS or gaps[i + 1] != " ":
        return False
    if norms[i + 1] == "significa" or (
        norms[i + 1] == "quiere" and i + 2 < n and norms[i + 2] == "decir"
    ):
        return True
    # "X es <a word or two> en quechua" within the same clause.
    for k in range(i + 2, min(i + 7, n - 1)):
        if gaps[k].strip(" "):
            return False
        if norms[k] == "en" and norms[k + 1] in _LANGUAGES and not gaps[k + 1].strip(" "):
            return True
    return False


_GLOSS_JOINS: Final = words("y e")


def _gloss_at(words_: Words, k: int) -> bool:
    """Whether tokens ``k`` to ``k + 2`` read "<word> es <one word>" closing there."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if k < 0 or k + 2 >= n or norms[k + 1] != "es" or gaps[k + 1] != " " or gaps[k + 2] != " ":
        return False
    if not words_.words[k + 2].islower() or not words_.words[k + 2].isalpha():
        return False
    return (
        k + 3 >= n or gaps[k + 3].strip(" ")[:1] in (",", ".", ";") or norms[k + 3] in _GLOSS_JOINS
    )


def _in_glossary(words_: Words, i: int) -> bool:
    """Whether the word at ``i`` is glossed in one word right beside another word glossed
    the same way: "Qori es oro, wasi es casa", "Yachay es aprender, y wawa es niño"
    ("Rosa es buena" alone says something of Rosa)."""
    if not _gloss_at(words_, i):
        return False
    norms, tokens, n = words_.norms, words_.words, len(words_.norms)
    # The next gloss starts after the comma or "y" closing this one. One of the two words
    # explained is in lowercase: two people said to be something are both capitalized
    # ("Rosa es buena, y Pedro es malo").
    nxt = i + 3
    while nxt < n and norms[nxt] in _GLOSS_JOINS:
        nxt += 1
    if _gloss_at(words_, nxt) and (tokens[i].islower() or tokens[nxt].islower()):
        return True
    # Or the previous gloss ends right before this word.
    for back in (3, 4, 5):
        k = i - back
        if k < 0 or not _gloss_at(words_, k) or not (tokens[i].islower() or tokens[k].islower()):
            continue
        if all(norms[m] in _GLOSS_JOINS for m in range(k + 3, i)):
            return True
    return False


def _with_article_inside(words_: Words, i: int) -> bool:
    """Whether a word-name found as a person elsewhere follows the family's article
    inside a sentence: "mi secretaria es la Rosa, Rosa Alcira Sulca" ("en la Victoria",
    "para la Navidad", "la fiesta de la Cruz" stay)."""
    norms, gaps = words_.norms, words_.gaps
    if i < 2 or norms[i - 1] not in _THE or gaps[i] != " " or gaps[i - 1] != " ":
        return False
    if norms[i - 2] in _NOT_BEFORE_ARTICLE or opens_clause(words_, i - 1):
        return False
    nxt = norms[i + 1] if i + 1 < len(norms) else ""
    return nxt not in _OF or gaps[i + 1] != " "


def _org_names(text: str, spans: list[Span]) -> list[tuple[str, ...]]:
    return [
        tuple(normalize_token(t.strip(".,;:")) for t in text[s.start : s.end].split())
        for s in spans
        if s.kind == ONG
    ]


def _names_an_org(surface: str, org_names: list[tuple[str, ...]]) -> bool:
    """Whether a person span of two words or more is an organization's name again."""
    parts = tuple(normalize_token(t.strip(".,;:")) for t in surface.split())
    size = len(parts)
    if size < 2:
        return False
    return any(org[k : k + size] == parts for org in org_names for k in range(len(org) - size + 1))
