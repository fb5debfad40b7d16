"""Names people are given and called by, in shapes of speech the other finders miss.

- A name given at a christening: "le puse Santiago por la ciudad", "le pusieron Milagros
  del Pilar", "le pusimos de nombre rosa". What follows the naming verb is the name.
- A Marian or devotional second name after a given name: "Milagros del Pilar", "María de
  los Ángeles", "Juan de Dios". The "del Pilar" belongs to the person, not to a feast.
- A name-word that is masculine or plural as a word after the feminine "la": "la rocío
  era", "la milagros trabaja", "la pilar vive". "la" cannot go with "rocío" (dew) or
  "milagros" (miracles), so the word names a woman.
- A nickname before a surname or a first name: "el gordo willy", "el chivo rojas", "la
  flaca huamaní". The pair is one person, whatever the clause does next.
- A profile name typed in lowercase after a network: "en tiktok me pongo jhoelcito
  mantino", "en face salgo como rosita bella".
- A name with a Japanese honorific after a hyphen: "sato-san", "Tanaka-sensei".

Every finder starts only at its key words (a naming verb, "la", a nickname, a network),
found by set lookups on the shared `Words`: cost stays per kilobyte.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Final

from privacy.cues import ACTS, BEFORE_ACT, QUOTED_KEY
from privacy.given import DIMINUTIVES, GIVEN_NAMES, NAME_WORDS, PERSON_VERBS, SURNAMES
from privacy.lexicon import (
    KIN,
    NEVER_REDACT_ALONE,
    PLACE_WORDS,
    SENTENCE_WORDS,
    verb_form,
    words,
)
from privacy.literals import lowercased
from privacy.naming import role_before, unlisted_name
from privacy.normalize import Words, closes_clause, normalize_token
from privacy.recognizers import PERSONA, Span
from privacy.subjects import NICKNAMES, is_nickname

# Past forms of "poner" that give a child its name after "le"/"les".
_GAVE_NAME: Final = words("puse pusimos pusieron puso pusiste pusieran")
_TO_THEM: Final = words("le les")
# What is put on or into something, never a child's name after "le puse": "le puse luz".
_PUT_THINGS: Final = words("luz sol sal agua cruz paz flor gloria fe remedios")
# Devotional second names after "del", "de la", "de los", "de las" or "de".
_SECOND_NAMES: Final = {
    "del": words("pilar carmen rosario socorro rocio consuelo amparo cielo milagro transito"),
    "la": words("cruz paz luz concepcion asuncion merced encarnacion purificacion candelaria"),
    "los": words("angeles milagros dolores santos reyes remedios"),
    "las": words("mercedes nieves"),
    "de": words("jesus dios fatima lourdes guadalupe belen maria"),
}
_ANY_SECOND_NAME: Final = frozenset().union(*_SECOND_NAMES.values())
# Before these the given name is a devotion or a place: "San Juan de Dios", "Virgen
# del Carmen", "Señor de los Milagros".
_DEVOTION_BEFORE: Final = words(
    "san santa santo santisima santisimo virgen senor senora nuestra nuestro hospital"
)
# Names that are devotions themselves: "el Niño de Belén", "el Cristo de los Milagros".
_DEVOTIONS: Final = words("nino nina ninito cristo")
# Places that "de Jesús"/"de María" open: "vive en Jesús María".
_PLACE_AFTER: Final = words("maria")
# Female names whose word is masculine or plural: "la" before one names a woman.
_DISAGREEING: Final = words(
    """
    rocio pilar amparo socorro rosario consuelo cielo rubi transito carmen
    milagros dolores mercedes nieves remedios angeles
    """
)
_PLURAL_SURNAMES: Final = words("flores campos ramos rosas salas torres rios reyes cuadros llanos")
# Those that are verbs too ("yo la consuelo", "ya la amparo"): not after a subject
# or an adverb of a verb.
_VERBS_TOO: Final = words("rocio amparo socorro consuelo")
_BEFORE_A_VERB: Final = words("yo no ya siempre tambien nunca solo me te se le lo que")
# Animals people are nicknamed after, before a surname only: "el chivo rojas".
_ANIMAL_NICKNAMES: Final = words(
    "chivo chiva gallo piojo zorro mono mona loro lora pato sapo chancho burro puma"
)
_NICKNAME_OR_ANIMAL: Final = NICKNAMES | _ANIMAL_NICKNAMES
_THE: Final = words("el la del al")
# What may follow a name no lexicon lists after a nickname: "el gordo willy los sábados",
# "el flaco yoni que maneja", "el chato brus nos llevó", "la pollería del gordo willy para
# completar".
_GOES_ON: Final = (
    BEFORE_ACT | ACTS | PERSON_VERBS | words("que y de del los las es era para con por")
)
_NOT_A_NAME: Final = ACTS | PERSON_VERBS | KIN | words("aquel aquella mismo misma otro otra")
# A profile name after a network and a verb of showing oneself: "en tiktok me pongo
# jhoelcito mantino", "en face salgo como rosita bella". Lowercase only; capitalized
# ones are privacy.naming's.
_OBJECT_CLITICS: Final = words("lo la los las")
_NETWORKS: Final = words("facebook face fb tiktok instagram insta perfil")
_LOWER: Final = r"[a-záéíóúñü]+"
# Where the network is named, its account or page too: "en tiktok mi cuenta es …".
_PROFILE_WORDS: Final = _NETWORKS | words("cuenta pagina usuario")
_PROFILE_NAME: Final = rf"(?P<name>{_LOWER}(?:[ \t]+(?:(?:de|del|el|la)[ \t]+)?{_LOWER}){{0,2}})"
_PROFILE: Final = re.compile(
    r"(?:(?:me|se|te)[ \t]+(?:pongo|pone|pones|puse|puso)|"
    r"(?:salgo|sale|sal[ií]a|aparezco|aparece|aparec[ií]a|figuro|figura|estoy|esta|está)"
    r"[ \t]+como|"
    # "en facebook me encuentran como elvis cuyero chanquilino", "búscame como …".
    r"(?:me|lo|la|nos)[ \t]+(?:encuentran|encuentras|buscan|buscas)[ \t]+como|"
    r"b[uú]s(?:ca|que)me[ \t]+como)"
    rf"[ \t]+{_PROFILE_NAME}"
)
# Right after the network or its account: "su face es lizana el sanluisino", "mi cuenta
# es miltoncito del ande", "su página se llama cuy sanluisino oficial".
# "mi perfil personal es willy andino emprendedor": a word on which account it is.
_PROFILE_IS: Final = re.compile(
    rf"(?:[ \t]+(?:personal|propio|propia|nuevo|nueva|antiguo|antigua))?"
    rf"[ \t]+(?:es|era|se[ \t]+llama)[ \t]+{_PROFILE_NAME}"
)
_NETWORK_REACH: Final = 60
# What an account is like, never its name: "mi cuenta es falsa", "es privada".
_ACCOUNT_STATES: Final = words(
    "falsa falso privada privado publica publico nueva nuevo vieja viejo cerrada cerrado "
    "bloqueada bloqueado antigua antiguo otra otro mia tuya suya personal"
)
# Words a profile name does not end with: "me pongo rosita bella nomas".
_TRAILING: Final = SENTENCE_WORDS | words("nomas de ahi alla aca")


def _name_word(words_: Words, k: int) -> bool:
    """Whether the word at ``k`` can be a given name after a naming verb."""
    norm = words_.norms[k]
    return norm in GIVEN_NAMES and norm not in _PUT_THINGS and norm not in SENTENCE_WORDS


def _second_name(words_: Words, k: int) -> int:
    """End index (exclusive) of "del Pilar", "de los Ángeles" at ``k``, or ``k``."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if k + 1 >= n or gaps[k] != " " or gaps[k + 1] != " ":
        return k
    link, last = norms[k], k + 1
    if link == "de" and norms[k + 1] in _SECOND_NAMES:
        if k + 2 >= n or gaps[k + 2] != " ":
            return k
        link, last = norms[k + 1], k + 2
    elif link != "del" and link != "de":
        return k
    name = norms[last]
    if name not in _SECOND_NAMES.get(link, frozenset()):
        return k
    after = norms[last + 1] if last + 1 < n else ""
    if name in _PLACE_AFTER or (name == "jesus" and after in _PLACE_AFTER):
        return k  # "Pedro de Jesús María": a district
    return last + 1


def find_given_names(words_: Words) -> list[Span]:
    """Return the name after "le puse", "le pusieron (de nombre)": the child's name, with
    a second name ("Milagros del Pilar") or a surname after it."""
    if words_.vocabulary.isdisjoint(_GAVE_NAME):
        return []  # most answers: no naming verb, decided without a pass over the words
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    for v in compress(range(1, n - 1), map(_GAVE_NAME.__contains__, norms[1:-1])):
        if norms[v - 1] not in _TO_THEM or gaps[v] != " ":
            continue
        k = v + 1
        if k + 2 < n and norms[k] in ("de", "por") and norms[k + 1] == "nombre":
            k += 2
        if gaps[k] != " " or not _name_word(words_, k):
            continue
        end = k + 1
        while end < n and end - k < 4 and gaps[end] == " ":
            second = _second_name(words_, end)
            if second > end:
                end = second
            elif _name_word(words_, end) or norms[end] in SURNAMES:
                end += 1
            else:
                break
        spans.append(Span(words_.starts[k], words_.ends[end - 1], PERSONA, "t:" + norms[k]))
    return spans


def find_second_names(words_: Words) -> list[Span]:
    """Return a given name and its devotional second name: "Milagros del Pilar", "rosa
    de los ángeles". Not after a saint's or a devotion's title ("Virgen del Carmen", "San
    Juan de Dios"), and a word-name only when capitalized."""
    if words_.vocabulary.isdisjoint(_ANY_SECOND_NAME):
        return []  # a second name is one of a few devotions: "Pilar", "los Ángeles"
    norms, tokens, n = words_.norms, words_.words, len(words_.norms)
    spans: list[Span] = []
    for k in compress(range(n - 2), map(GIVEN_NAMES.__contains__, norms[: n - 2])):
        if norms[k + 1] not in ("de", "del"):
            continue
        if (k > 0 and norms[k - 1] in _DEVOTION_BEFORE) or norms[k] in _DEVOTIONS:
            continue
        if norms[k] in NAME_WORDS and not tokens[k][:1].isupper():
            continue
        end = _second_name(words_, k + 1)
        if end > k + 1:
            spans.append(Span(words_.starts[k], words_.ends[end - 1], PERSONA, "t:" + norms[k]))
    return spans


def find_disagreeing_names(words_: Words) -> list[Span]:
    """Return a name-word that is masculine or plural as a word after a feminine "la":
    "la rocío era la más activa", "la milagros trabaja" ("yo la consuelo" is a verb); and
    a plural surname after a singular "el": "el flores es el que conoce"."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    spans: list[Span] = []
    # Each pass needs one of its words in the text: most answers have none, and the
    # vocabulary tells so without a pass over every word.
    if not words_.vocabulary.isdisjoint(_DISAGREEING):
        for a in compress(range(n - 1), map("la".__eq__, norms[: n - 1])):
            k = a + 1
            norm = norms[k]
            if norm not in _DISAGREEING or gaps[k] != " ":
                continue
            if norm in _VERBS_TOO and a > 0 and norms[a - 1] in _BEFORE_A_VERB:
                continue
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, "t:" + norm))
    # A surname that is a plural noun after a singular "el": "el flores es el que conoce".
    if not words_.vocabulary.isdisjoint(_PLURAL_SURNAMES):
        for a in compress(range(n - 1), map("el".__eq__, norms[: n - 1])):
            k = a + 1
            if norms[k] in _PLURAL_SURNAMES and gaps[k] == " " and words_.words[k].islower():
                spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, "t:" + norms[k]))
    return spans


def _named_after_nickname(words_: Words, k: int, *, animal: bool) -> bool:
    """Whether the word at ``k`` is a surname or a first name after the nickname before
    it. A word no lexicon lists must close the phrase or open the person's clause ("el
    gordo willy, el de la pollería"); "el zambo cobra 30 soles" is a verb."""
    token, norm = words_.words[k], words_.norms[k]
    if not token.isalpha() or norm in NEVER_REDACT_ALONE or norm in _NOT_A_NAME:
        return False
    if norm in PLACE_WORDS or norm in NICKNAMES:
        return False
    if norm in SURNAMES and norm not in NAME_WORDS:
        return True
    if animal:
        return False
    if norm in GIVEN_NAMES:
        return norm not in NAME_WORDS
    if not unlisted_name(norm) or verb_form(norm):
        return False
    if words_.norms[k - 1].endswith("o") and norm.endswith("a"):
        return False  # a masculine nickname before a word in -a: "el chato cobra"
    n = len(words_.norms)
    if k + 1 >= n or closes_clause(words_.gaps[k + 1]):
        return True
    return words_.gaps[k + 1] == " " and words_.norms[k + 1] in _GOES_ON


def find_nicknamed_names(words_: Words) -> list[Span]:
    """Return a nickname and the surname or first name after it: "el gordo willy", "del
    chivo rojas", "la flaca huamaní". An animal goes with a surname only ("el chivo
    negro" is a goat)."""
    if words_.vocabulary.isdisjoint(_NICKNAME_OR_ANIMAL):
        return []  # both need a nickname's word (see is_nickname)
    norms, gaps, tokens, n = words_.norms, words_.gaps, words_.words, len(words_.norms)
    spans: list[Span] = []
    for a in compress(range(n - 2), map(_THE.__contains__, norms[: n - 2])):
        k = a + 1
        if gaps[k] != " " or gaps[k + 1] != " ":
            continue
        animal = norms[k] in _ANIMAL_NICKNAMES
        if not animal and not is_nickname(tokens[k], norms[k]):
            continue
        if _named_after_nickname(words_, k + 1, animal=animal):
            spans.append(Span(words_.starts[k], words_.ends[k + 1], PERSONA, "t:" + norms[k + 1]))
        elif animal and a > 0 and role_before(words_, a) and _clause_goes_on(words_, k + 1):
            # After a person's role an animal is what the person is called: "con mi
            # compañero el piojo y la vecina", "el capataz, el zorro, nos gritaba".
            spans.append(Span(words_.starts[k], words_.ends[k], PERSONA, "t:" + norms[k]))
    return spans


def _clause_goes_on(words_: Words, k: int) -> bool:
    """Whether the word at ``k`` ends the phrase of the word before it: a stop or a
    comma before it, or a verb, "y", "que" after a space."""
    return closes_clause(words_.gaps[k]) or words_.norms[k] in _GOES_ON


def find_lowercase_profiles(words_: Words) -> list[Span]:
    """Return a lowercase profile name shown after a network: "en tiktok me pongo
    jhoelcito mantino ahí". The name opens with a listed or name-spelled word; "me pongo
    a bailar", "me pongo música" are not names."""
    if not (_NETWORKS & words_.vocabulary):
        return []
    text = words_.text
    spans: list[Span] = []
    for i in compress(range(len(words_.norms)), map(_PROFILE_WORDS.__contains__, words_.norms)):
        start = words_.ends[i]
        window = text[start : start + _NETWORK_REACH]
        # The profile may be told in the next sentence: "por el face. la señora salía
        # como gaby cuadros m, puso …"; never past a second one.
        cut = re.search(r"[;!?\n]|\.[^.]*\.", window)
        window = (
            window[: cut.start() if cut.group()[0] != "." else cut.end() - 1] if cut else window
        )
        shown = _PROFILE_IS.match(window)
        for m in [shown] if shown else _PROFILE.finditer(window):
            parts = list(re.finditer(r"\S+", m.group("name")))
            base = start + m.start("name")
            found = _profile_span(
                [(base + p.start(), base + p.end(), p.group()) for p in parts],
                made_up=shown is not None,
            )
            if shown and found and not _named_account(words_, found[0], len(parts)):
                continue  # "su cuenta es falsa": what the account is
            spans += found
    return spans


def _named_account(words_: Words, span: Span, size: int) -> bool:
    """Whether a profile said after "es" names someone: its first word a listed given
    name, a diminutive or a surname, or the first of several words spelled as no word."""
    first = normalize_token(words_.text[span.start : span.end].split()[0])
    if first in GIVEN_NAMES or first in DIMINUTIVES or first in SURNAMES:
        return True
    # Three words or more are a name made up for the account: "su perfil era chico
    # sombrero huantino" ("su cuenta es falsa" is one word of what it is).
    return size > 2 or (size > 1 and unlisted_name(first) and first not in _ACCOUNT_STATES)


def _profile_span(parts: list[tuple[int, int, str]], *, made_up: bool = False) -> list[Span]:
    """The span of a profile's words, its trailing words of a sentence cut."""
    while parts and normalize_token(parts[-1][2]) in _TRAILING:
        parts.pop()
    if not parts:
        return []
    first = normalize_token(parts[0][2])
    listed = first in GIVEN_NAMES or first in DIMINUTIVES or first in SURNAMES
    if first in SENTENCE_WORDS or first in NEVER_REDACT_ALONE or first in _ACCOUNT_STATES:
        return []
    # After "su perfil es", three words or more are a name made for the account,
    # whatever its first word: "chico sombrero huantino".
    if not listed and not unlisted_name(first) and not (made_up and len(parts) >= 3):
        return []
    return [Span(parts[0][0], parts[-1][1], PERSONA, "t:" + first)]


def object_clitic(words_: Words, k: int) -> bool:
    """Whether "lo", "la", "los", "las" at ``k`` is an object clitic before its verb ("mi
    nuera rosa las lleva a Lima", "mi hija flor los cuida", "mi esposo modesto lo
    mataron"), not an article before a plural noun ("los domingos", "las papas"): the
    next word is a verb, and no plural noun after "los"/"las" lacks its s."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    if k + 1 >= n or norms[k] not in _OBJECT_CLITICS or gaps[k] != " " or gaps[k + 1] != " ":
        return False
    verb = words_.words[k + 1]
    return verb.isalpha() and verb.islower() and not norms[k + 1].endswith("s")


def find_called(words_: Words) -> list[Span]:
    """Return the names of every shape above."""
    return [
        *find_given_names(words_),
        *find_second_names(words_),
        *find_disagreeing_names(words_),
        *find_nicknamed_names(words_),
        *find_lowercase_profiles(words_),
        *find_japanese_honorifics(words_.text),
        *find_as_called(words_.text),
        *find_quoted_nicknames(words_.text),
    ]


# What one is called, in quotes right after the verb of calling: "en la escuela me
# decían "Navidad"", "le dicen “Covid” por lo que nació en la cuarentena". Quoted there,
# a fiesta's or a day's name is the nickname (see QUOTED_KEY); a lowercase common word
# ("le dicen "la chacra"") or a name with its article ("Los Andes") is not read.
_QUOTED_NICKNAME: Final = re.compile(
    r"\b(?:me|te|le|les|nos)[ \t]+(?:dicen|dec[ií]an|dec[ií]a|dice|decimos|dec[ií]amos|"
    r"llaman|llamaban|llamamos|pusieron|pusimos)[ \t]+(?:de[ \t]+apodo[ \t]+)?[\"“«']"
    r"(?!(?:El|La|Los|Las)\b)"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}(?:[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,})?)[\"”»']"
)


def find_quoted_nicknames(text: str) -> list[Span]:
    """Return a capitalized name in quotes right after a verb of calling."""
    if '"' not in text and "“" not in text and "«" not in text and "'" not in text:
        return []
    return [
        Span(m.start("name"), m.end("name"), PERSONA, QUOTED_KEY + normalize_token(m.group("name")))
        for m in _QUOTED_NICKNAME.finditer(text)
    ]


# A name set off before "como le decimos": "Candela, como le decimos, dice que…", "el
# Chato, como lo llaman, maneja". What one is called that way is a person's name.
_AS_CALLED: Final = re.compile(
    r"(?<![\w\-])(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}),[ \t]+como[ \t]+"
    r"(?:le|la|lo|les|nos|me|te)[ \t]+(?:dicen|decimos|dec[ií]an|dec[ií]amos|llaman|"
    r"llamamos|llamaban|conocen|conocemos)\b"
)


def find_as_called(text: str) -> list[Span]:
    """Return a capitalized name set off before "como le decimos" and the like."""
    if "como " not in text:
        return []
    return [
        Span(m.start("name"), m.end("name"), PERSONA)
        for m in _AS_CALLED.finditer(text)
        if normalize_token(m.group("name")) not in _NOT_AS_CALLED
        and _OPENS_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
    ]


# The name opens its clause, maybe after the family's article: "Candela, como…", "…. El
# Chato, como…"; "Apu Wamani, como le decimos" names the mountain's spirit, not a person.
_OPENS_BEFORE: Final = re.compile(r"(?:^|[.!?:;\n¿¡][ \t]*|\b[Ee]l[ \t]+|\b[Ll]a[ \t]+)$")


# What is called so is a thing or a group: "Yanaqocha, como le decimos a la laguna".
_NOT_AS_CALLED: Final = words("eso esto aquello asi")


# A name with a Japanese honorific, as migrants to Japan call their bosses and
# neighbours, in either case: "el jefe, sato-san, era estricto", "Tanaka-sensei".
_HONORIFIC_SUFFIX: Final = re.compile(
    r"(?<![\w\-])(?P<name>[A-Za-zāēīōū]{2,})-(?:san|sama|kun|chan|sensei|senpai)(?![\w\-])"
)
_SUFFIX_HINTS: Final = ("-san", "-sama", "-kun", "-chan", "-sensei", "-senpai")


def find_japanese_honorifics(text: str) -> list[Span]:
    """Return names written with a Japanese honorific after a hyphen (the honorific
    stays: "[PERSONA-1]-san")."""
    folded = lowercased(text)
    if not any(hint in folded for hint in _SUFFIX_HINTS):
        return []
    return [Span(m.start(), m.end("name"), PERSONA) for m in _HONORIFIC_SUFFIX.finditer(text)]
