"""A lowercase name found, grown over the lowercase surname right after it.

Typed fast, a full name has no capital to tell it: "mi esposa mariela higa es nikkei",
"se llamaba maritza, maritza del solar". The first name is found by its cue or its
lexicon; the word after it is its surname when it is one the surname list knows, or a
word spelled as no Spanish word is (`naming.unlisted_name`) closing the clause or before
"es", "que", "y"; after "del" or "de la" only a listed surname, never an ordinary word
("villa maria del triunfo", "el gordo de la tienda").

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from privacy.given import SURNAMES
from privacy.lexicon import COMMON_WORDS, PLACE_WORDS, SENTENCE_WORDS, verb_form
from privacy.naming import unlisted_name
from privacy.normalize import Words
from privacy.recognizers import PERSONA, Span

_ARTICLES: Final = frozenset({"la", "los", "las"})
_PLACE_HEADS: Final = frozenset({"villa", "san", "santa", "santo", "puerto", "nueva", "nuevo"})
_SHORTEST: Final = 3
# Verbs of saying and knowing a name is the subject of: "la señora rosa dice que…".
_SAYS: Final = frozenset(
    {"dice", "dijo", "decia", "cuenta", "conto", "sabe", "sabia", "quiere", "queria", "piensa",
     "cree", "creia", "llama", "llamo", "manda", "mando", "viene", "vino", "va", "fue", "vive",
     "trabaja", "tiene", "estudia", "ayuda", "apoya", "vende", "compra", "habla"}
)  # fmt: skip
# What follows a subject's full name: the copula, a relative, "y"; not an object's
# article ("wilfrida recibe la plata": "recibe" is the verb).
_SUBJECT_GOES_ON: Final = frozenset({"es", "era", "fue", "que", "y", "ya", "tambien"})


def grow_lower_surnames(words_: Words, spans: Sequence[Span]) -> list[Span]:
    """The lowercase person spans of ``spans`` grown over the surname after them."""
    text, starts, norms, gaps, n = (
        words_.text,
        words_.starts,
        words_.norms,
        words_.gaps,
        len(words_.norms),
    )
    grown: list[Span] = []
    for span in spans:
        if span.kind != PERSONA or not text[span.start : span.end].islower():
            continue
        k = bisect_left(starts, span.end)
        if k >= n or gaps[k] != " ":
            continue
        first = bisect_left(starts, span.start)
        if first > 0 and norms[first - 1] in _PLACE_HEADS:
            continue  # "villa maria del triunfo" is a district
        j = k
        if norms[k] == "del":
            j = k + 1
        elif norms[k] == "de" and k + 1 < n and norms[k + 1] in _ARTICLES:
            j = k + 2
        if j >= n or gaps[j] != " ":
            continue
        if _surname(words_, j, after_particle=j > k):
            grown.append(Span(span.start, words_.ends[j], PERSONA, span.key))
    return grown


def _surname(words_: Words, j: int, *, after_particle: bool) -> bool:
    word, norm = words_.words[j], words_.norms[j]
    if not word.isalpha() or not word.islower() or len(norm) < _SHORTEST:
        return False
    if norm in SENTENCE_WORDS or norm in PLACE_WORDS or verb_form(norm):
        return False
    if norm in _SUBJECT_GOES_ON or norm in _SAYS or norm in COMMON_WORDS:
        return False  # "el julio dice que…", "villa maria del triunfo"
    if norm in SURNAMES:
        return True
    if after_particle:
        return False  # "el gordo de la tienda": only a listed surname goes after "de la"
    # A word no list knows is a surname when the clause or the subject's verb follows it:
    # "mariela higa es nikkei"; in "wilfredo trabaja en lima" it is the verb.
    nxt = j + 1
    closes = nxt >= len(words_.norms) or words_.gaps[nxt].strip(" ")[:1] in (
        ",",
        ".",
        ";",
        "!",
        "?",
    )
    return unlisted_name(norm) and (closes or words_.norms[nxt] in _SUBJECT_GOES_ON)
