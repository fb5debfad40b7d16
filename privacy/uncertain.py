"""Pure: spans of free text the scrubber left but is unsure of, for a person to decide.

The scrubber replaces what it recognizes. Around what it left, a few cues say "this
may still identify someone": a capitalized unknown word right after a person cue, a
word beside a person it found, a given name it judged to be a word, a word spelled
almost like a name it found or a roster name, a long digit run it did not classify,
an ``@`` or a dictated "arroba". Such a span is held: stored masked (``[REVISAR-n]``)
and listed for a supervisor (docs/privacy.md, "Privacy review queue").

Cues are cheap on purpose (they run on the push path): only capitalized words, words
after a cue word, digit runs and ``@``/"arroba" are looked at, never every word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Final

from privacy.given import GIVEN_NAMES, NOT_PERSON_BEFORE, PERSON_VERBS, starts_sentence
from privacy.lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    HONORIFICS,
    KIN,
    NEVER_REDACT_ALONE,
    PLACE_WORDS,
    SENTENCE_WORDS,
    words,
)
from privacy.normalize import Words, normalize_token
from privacy.public import TRIGGERS as PUBLIC
from privacy.public import find_public_names
from privacy.recognizers import CE, CORREO, DNI, ID, PERSONA, RUC, TELEFONO, Span, is_amount
from privacy.triggers import Anchors

HOLD: Final = "REVISAR"
# Why a span was held; the kind is the placeholder it gets if confirmed.
AFTER_CUE: Final = "after_person_cue"
BESIDE_PERSON: Final = "beside_person"
NAME_WORD: Final = "name_word"
NICKNAME: Final = "nickname"
SURNAME: Final = "surname_cue"
MENTION: Final = "mention"
LIKE_NAME: Final = "like_name"
FAMILY: Final = "family_name"
DIGITS: Final = "digits"
EMAIL: Final = "email_sign"
REASONS: Final = (
    AFTER_CUE,
    BESIDE_PERSON,
    NAME_WORD,
    NICKNAME,
    SURNAME,
    LIKE_NAME,
    FAMILY,
    DIGITS,
    EMAIL,
    MENTION,
)

# Words after which the next word, capitalized or not, is most likely a name.
_TITLES: Final = words("don dona senor senora senorita sr sra srta tayta taita")
# A lowercase word after these is a name only when an article stands before the title
# or the title is one only a person takes ("la señora haydeé", "doña eulalia").
_ALWAYS_TITLES: Final = words("don dona senorita tayta taita")
_CUES: Final = HONORIFICS | KIN | _TITLES | words("tal apellido apellidos apodo apodan dicen")
# Words that are never a name, whatever cue stands before them.
_NOT_NAMES: Final = (
    NEVER_REDACT_ALONE
    | CALENDAR_WORDS
    | KIN
    | HONORIFICS
    | _TITLES
    | words(
        """
        le lo les y e o u que quien cual de del al a en con por para sin se su sus mi mis
        tu tus nuestro nuestra es era fue son ser esta estan estaba tiene tenia ha han
        habia dice dijo vive mayor menor chico chica mayorcito menorcito grande segundo
        tercero ultimo ultima primero primera otro otra mismo misma tambien siempre nunca
        todavia ya no si mas muy bien mal aqui alli alla ahi ahora nomas pues entonces
        cuando como donde senor senora gente familia mamita papito hijito hijita joven
        viejo vieja finado finada difunto difunta recien casi solo sola bueno buena
        """
    )
)
# Never a candidate, whatever the rule: places stay ("los Lima son", "España es mi apellido").
_SKIP: Final = _NOT_NAMES - PLACE_WORDS
# Joiners between a word and a person found beside it: "Jhordan y su primo [PERSONA]".
_AND: Final = words("y e")
_POSSESSIVES: Final = words("su sus mi mis tu tus nuestro nuestra")
# Verbs after "los X" that make X a family: "los Lima son buena gente".
_FAMILY_VERBS: Final = PERSON_VERBS | words(
    "son eran viven vivian tienen tenian vinieron llegaron trabajan trabajaban se"
)
_FAMILY_ARTICLES: Final = words("los las")
# "la Gringa está en Italia", "la chola manda plata": an article and a nickname before
# what a person does.
_NICKNAME_ARTICLES: Final = words("el la")
_NICKNAME_VERBS: Final = PERSON_VERBS | words(
    "esta estaba manda mandaba extrana se fue quiere tiene tenia"
)
# What a relative does and a noun never does: "la chola manda plata".
_KIN_VERBS: Final = words("manda mandaba mandan extrana extranaba llora lloraba llama llamaba")
# Nouns that an article makes the subject of those verbs without naming anyone.
_NOT_NICKNAMES: Final = words(
    """
    gente plata familia casa chacra comunidad mayoria juventud muchacha muchacho chica chico
    chiquita chiquito senora senor bebe nina nino wawa mama papa mamita papito abuelita
    abuelito hija hijo esposa esposo mujer hombre joven viuda viudo profesora profesor
    ingeniero doctora doctor enfermera presidenta presidente alcalde otra otro mayor menor
    primera primero segunda segundo ultima ultimo vida cosa situacion tierra agua lluvia
    helada cosecha ropa chamba radio escuela posta plaza carretera minera empresa
    """
)
_ANY_NICKNAME_VERB: Final = _NICKNAME_VERBS | _KIN_VERBS
# Both, to find the words around which candidates stand in one pass over the text.
_CUES_OR_VERBS: Final = _CUES | _ANY_NICKNAME_VERB
# Rules that look at the word after the candidate start after one of these.
_BEFORE_AFTER: Final = words("los las el la")
_APELLIDO: Final = words("apellido apellidos")
_COPULA: Final = words("es era")
_SENTENCE: Final = SENTENCE_WORDS | KIN | HONORIFICS
# A word spelled almost like a name needs this many letters: short words collide.
_MIN_LIKE: Final = 5
_CAPITAL: Final = re.compile(r"(?<![\w\u0300-\u036f])[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{2,}")
# Two short numbers joined are a range or a ratio ("135-145", "800/160"), and a round
# figure is a count or an amount ("1.200.000 plaquetas").
_RANGE: Final = re.compile(r"\d{1,4} ?[-/] ?\d{1,4}|.*\D000")
_HAS_DIGIT: Final = re.compile(r"\d")
_THOUSANDS: Final = re.compile(r"\d{1,3}(?:[ .]\d{3})+")
_TAIL_AFTER: Final = re.compile(r"[ .\-]?(\d+)(?![\w\[])")
_TAIL_BEFORE: Final = re.compile(r"(?<![\w+\]])(\d+)[ .\-]?$")
_LONG_RUN: Final = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[ .\-/]?\d){6,}(?!\w)")
_NUMBER_KINDS: Final = frozenset({ID, TELEFONO, DNI, CE, RUC})
_DATE: Final = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:1[89]|20)\d\d ?[-/] ?(?:1[89]|20)\d\d"
)
_AT_WORD: Final = re.compile(r"\S*@\S*")
_ARROBA: Final = re.compile(r"\barroba\b", re.IGNORECASE)
_WEIGHT_BEFORE: Final = words(
    "un una la las media dos tres cuatro cinco seis siete ocho nueve diez por cada"
)
_NOT_DOMAIN: Final = words("a de del y en por para cuesta vale esta sale se")
_TRAILING: Final = ".,;:!?)»\"'"
_LEADING: Final = "(«\"'¿¡"


@dataclass(frozen=True, slots=True)
class Uncertain:
    """A span to hold: offsets in the text, why, and the placeholder kind if confirmed."""

    start: int
    end: int
    reason: str
    kind: str


def find_uncertain(
    words_: Words, found: Sequence[Span], *, names: Iterable[str] = ()
) -> list[Uncertain]:
    """Spans outside ``found`` (sorted, disjoint) that may still identify someone.

    ``names`` are normalized words of names known in the submission (its roster and the
    people found in earlier answers): a word spelled almost like one is held.
    """
    text = words_.text
    if not text:
        return []
    covered = _Covered(found)
    out: list[Uncertain] = []
    # A digit is a word character and keeps its key: all-letter keys mean no digit run.
    if not all(map(str.isalpha, words_.vocabulary)) and _HAS_DIGIT.search(text):
        out += _digit_runs(text, found, covered)
    if "@" in text or "rroba" in text or "RROBA" in text:
        out += _email_signs(words_, covered)
    out += _words(words_, found, covered, frozenset(names))
    return _disjoint(out)


class _Covered:
    """Whether an offset range overlaps a span the scrubber replaces."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.starts = [s.start for s in spans]
        self.ends = [s.end for s in spans]

    def __call__(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


def _digit_runs(text: str, found: Sequence[Span], covered: _Covered) -> list[Uncertain]:
    out = []
    # The tail of a number the scrubber cut short: "[ID] 781", "55 [TELÉFONO]".
    for span in found:
        if span.kind not in _NUMBER_KINDS:
            continue
        after = _TAIL_AFTER.match(text, span.end)
        if after is not None and not covered(after.start(1), after.end(1)):
            out.append(Uncertain(after.start(1), after.end(1), DIGITS, ID))
        before = _TAIL_BEFORE.search(text, max(0, span.start - 16), span.start)
        if before is not None and not covered(before.start(1), before.end(1)):
            out.append(Uncertain(before.start(1), before.end(1), DIGITS, ID))
    # A long run left whole: what is neither money, a date, a range nor a count.
    for m in _LONG_RUN.finditer(text):
        start, end = m.span()
        run = m.group()
        if covered(start, end) or _DATE.fullmatch(run) or _RANGE.fullmatch(run):
            continue
        if is_amount(text, start, end) or _is_count(text, run, end):
            continue
        out.append(Uncertain(start, end, DIGITS, ID))
    return out


def _is_count(text: str, run: str, end: int) -> bool:
    """Thousands followed by a noun count something: "1 234 567 cabezas"."""
    return bool(_THOUSANDS.fullmatch(run)) and text[end : end + 2].strip()[:1].isalpha()


def _email_signs(words_: Words, covered: _Covered) -> list[Uncertain]:
    text, out = words_.text, []
    for m in _AT_WORD.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start] in _LEADING:
            start += 1
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end > start and not covered(start, end):
            out.append(Uncertain(start, end, EMAIL, CORREO))
    starts, norms, n = words_.starts, words_.norms, len(words_.words)
    for m in _ARROBA.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if covered(m.start(), m.end()) or i < 0 or starts[i] != m.start():
            continue
        before = norms[i - 1] if i > 0 else ""
        after = norms[i + 1] if i + 1 < n else ""
        if before in _WEIGHT_BEFORE or before.isdigit() or after in _NOT_DOMAIN:
            continue  # "una arroba de papa", "la arroba a 15" are weights
        if not after.isalpha():
            continue
        lo, hi = _clause_bounds(words_, i, 3)
        # Only the words around it the scrubber left: "[PERSONA-1] arroba yahu".
        ends = words_.ends
        while lo < i and covered(starts[lo], ends[i - 1]):
            lo += 1
        while hi > i and covered(starts[i + 1], ends[hi]):
            hi -= 1
        out.append(Uncertain(starts[lo], ends[hi], EMAIL, CORREO))
    return out


def _clause_bounds(words_: Words, i: int, reach: int) -> tuple[int, int]:
    """Up to ``reach`` words each side of ``i``, not across punctuation."""
    gaps, n = words_.gaps, len(words_.words)
    lo = i
    while lo > 0 and i - lo < reach and gaps[lo].strip() == "":
        lo -= 1
    hi = i
    while hi + 1 < n and hi - i < reach and gaps[hi + 1].strip() == "":
        hi += 1
    return lo, hi


def _words(
    words_: Words, found: Sequence[Span], covered: _Covered, names: frozenset[str]
) -> list[Uncertain]:
    starts, ends, norms = words_.starts, words_.ends, words_.norms
    n = len(norms)
    # Capitalized words, words right after a cue word in any case ("la señora haydeé"),
    # and before a verb of a person after an article ("la chola manda"): set operations
    # in C, never a Python step per word of the text.
    candidates = set(compress(range(n), map(str.istitle, words_.words)))
    cued = _positions(words_, _CUES_OR_VERBS)
    if cued:
        candidates.update(i + 1 for i in cued if norms[i] in _CUES)
        candidates.update(j - 1 for j in cued if j > 1 and norms[j] in _ANY_NICKNAME_VERB)
    for span in found:
        candidates.difference_update(
            range(bisect_right(starts, span.start) - 1, bisect_right(starts, span.end - 1) + 1)
        )
    candidates = {i for i in candidates if i < n and norms[i] not in _SKIP}
    if not candidates:
        return []
    persons = [s for s in found if s.kind == PERSONA]
    person_starts = {s.start for s in persons}
    person_ends = {s.end for s in persons}
    known = names | {
        norms[i]
        for s in persons
        for i in range(bisect_right(starts, s.start) - 1, bisect_right(starts, s.end - 1))
        if i >= 0
    }
    # Whether the text says "apellido" at all: asked of every candidate, answered once.
    surname = not _APELLIDO.isdisjoint(words_.vocabulary)
    out = []
    for i in sorted(candidates):
        if covered(starts[i], ends[i]):
            continue
        reason = _word_reason(words_, i, person_starts, person_ends, known, surname)
        if reason is not None:
            out.append(Uncertain(starts[i], ends[i], reason, PERSONA))
    if not out:
        return out
    # Public bodies, programmes and fiestas are research content ("para Santiago"):
    # looked up only once something is held (most answers hold nothing).
    public = _Covered([Span(a, b, "") for a, b in find_public_names(Anchors.find(words_, PUBLIC))])
    out = [u for u in out if not public(u.start, u.end)]
    if not out:
        return out
    # A word held once is held wherever else it stands: "la chola está ... la chola manda".
    shapes = words_.words
    held = {_shape(shapes[bisect_right(starts, u.start) - 1]) for u in out}
    held = {(norm, capital) for norm, capital in held if norm not in PLACE_WORDS}
    taken = {u.start for u in out}
    for i in _positions(words_, frozenset(norm for norm, _ in held)):
        if _shape(shapes[i]) in held and starts[i] not in taken and not covered(starts[i], ends[i]):
            out.append(Uncertain(starts[i], ends[i], MENTION, PERSONA))
    return out


def _positions(words_: Words, vocabulary: frozenset[str]) -> list[int]:
    """Indices of the words in ``vocabulary`` (set operations in C, no Python per word)."""
    present = vocabulary & words_.vocabulary
    if not present:
        return []
    return list(compress(range(len(words_.norms)), map(present.__contains__, words_.norms)))


def _word_reason(
    words_: Words,
    i: int,
    person_starts: set[int],
    person_ends: set[int],
    known: frozenset[str],
    surname: bool,
) -> str | None:
    """Why word ``i`` is held, or None; ``surname``: the text says "apellido"."""
    word, norm, norms = words_.words[i], words_.norms[i], words_.norms
    if not word.isalpha() or len(norm) < 3:
        return None
    capital = word[:1].isupper() and not word.isupper()
    before = norms[i - 1] if i > 0 else ""
    tight = i > 0 and words_.gaps[i].strip() == ""
    after = _next_norm(words_, i) if surname or before in _BEFORE_AFTER else ""
    # Places count here: "los Lima son buena familia", "España es mi apellido".
    if capital and tight and before in _FAMILY_ARTICLES and after in _FAMILY_VERBS:
        return FAMILY
    if (
        capital
        and surname
        and (after in _COPULA or not starts_sentence(words_, i))
        and norm not in _SENTENCE
        and not _APELLIDO.isdisjoint(_following(words_, i, 3))
    ):
        return SURNAME
    if norm in _NOT_NAMES:
        return None
    if tight and before in _CUES and (capital or _titled_lowercase(words_, i)):
        return AFTER_CUE
    # "trabajé con Higa", "me quedo donde Quispillo": no rule took it. "con" only after a
    # verb of company ("tratamiento con Tramadol" is a drug).
    company = before == "donde" or (before == "con" and i > 1 and norms[i - 2] in _COMPANY)
    if capital and tight and company and _unknown_alone(words_, i):
        return AFTER_CUE
    # In lowercase only before what a relative does, not what a thing does.
    verbs = _NICKNAME_VERBS if capital else _KIN_VERBS
    if (
        tight
        and before in _NICKNAME_ARTICLES
        and after in verbs
        and norm not in _NOT_NICKNAMES
        and norm not in COMMON_WORDS
    ):
        return NICKNAME
    if not capital:
        return None
    if _beside_person(words_, i, person_starts, person_ends):
        return BESIDE_PERSON
    previous_capital = i > 0 and words_.words[i - 1][:1].isupper() and tight
    if (
        norm in GIVEN_NAMES
        and before not in NOT_PERSON_BEFORE
        and not previous_capital
        and norm not in _NOT_NICKNAMES
        and not _after_article(words_, i)
    ):
        return NAME_WORD
    if len(norm) >= _MIN_LIKE and norm not in known and _like_any(norm, known):
        return LIKE_NAME
    return None


# Verbs of being or going with someone, before "con".
_COMPANY: Final = words(
    """
    estoy esta estaba estuve estuvo estabamos trabajo trabaja trabajaba trabaje trabajo
    trabajamos vivo vive vivia vivi vivimos viven fui fue fuimos fueron vine vino vinimos
    sali salio salimos ando anda andaba andaban caso case casada casado junto juntaba
    quedo queda quedaba quede hable hablo hablamos converse voy va iba iban
    """
)


def _unknown_alone(words_: Words, i: int) -> bool:
    """Whether the capitalized word at ``i`` is in no lexicon and stands alone: not a
    word, a place or a given name (those have their own reasons), not the first word of a
    longer name ("con Haku Wiñay", "con Cáritas del Perú")."""
    norm, n = words_.norms[i], len(words_.norms)
    if norm in COMMON_WORDS or norm in PLACE_WORDS or norm in GIVEN_NAMES or norm in _SENTENCE:
        return False
    if i + 1 < n and words_.gaps[i + 1] == " ":
        nxt = words_.words[i + 1]
        if nxt[:1].isupper() or words_.norms[i + 1] in ("de", "del"):
            return False
    return True


def _shape(word: str) -> tuple[str, bool]:
    return normalize_token(word), word[:1].isupper()


def _titled_lowercase(words_: Words, i: int) -> bool:
    """A lowercase word after a title is a name only after a title no one else takes."""
    before = words_.norms[i - 1]
    if before in _ALWAYS_TITLES:
        return True
    return before in _TITLES and i > 1 and words_.norms[i - 2] in ("la", "el")


def _following(words_: Words, i: int, reach: int) -> list[str]:
    """The normalized words after ``i`` in the same clause, at most ``reach``."""
    out, n = [], len(words_.norms)
    j = i + 1
    while j < n and j - i <= reach and words_.gaps[j].strip() == "":
        out.append(words_.norms[j])
        j += 1
    return out


def _next_norm(words_: Words, i: int) -> str:
    if i + 1 >= len(words_.words) or words_.gaps[i + 1].strip():
        return ""
    return words_.norms[i + 1]


def _after_article(words_: Words, i: int) -> bool:
    return i > 0 and words_.norms[i - 1] in ("el", "la", "los", "las", "del", "en", "al", "de")


def _beside_person(words_: Words, i: int, person_starts: set[int], person_ends: set[int]) -> bool:
    """ "X y [PERSONA]", "[PERSONA] y X", "X y su primo ...": coordinated with a person."""
    norms, starts, ends, n = words_.norms, words_.starts, words_.ends, len(words_.words)
    if words_.norms[i] in PLACE_WORDS:
        return False
    if i + 2 < n and norms[i + 1] in _AND and not words_.gaps[i + 1].strip():
        j = i + 2
        if norms[j] in _POSSESSIVES and j + 1 < n:
            j += 1
        if starts[j] in person_starts or (norms[j] in KIN and j > i + 2):
            return True
    if i >= 2 and norms[i - 1] in _AND and not words_.gaps[i].strip():
        return ends[i - 2] in person_ends
    return False


def _like_any(norm: str, known: frozenset[str]) -> bool:
    # A plural is a kind of thing, not a misspelling: "dos Santiagos".
    size = len(norm)
    return any(
        size - 1 <= len(k) <= size + 1 and norm != k + "s" and _within_one(norm, k) for k in known
    )


def _within_one(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one edit (insert, delete, substitute, swap)."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        rest_a, rest_b = a[i + 1 :], b[i + 1 :]
        swapped = (
            i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
        )
        return rest_a == rest_b or swapped
    return a[i:] == b[i + 1 :]


def _disjoint(spans: list[Uncertain]) -> list[Uncertain]:
    out: list[Uncertain] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out
