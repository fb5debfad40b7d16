"""Farms and savings banks named in text typed lowercase.

Two shapes of speech that the head-noun finders miss:

- A farm is named by an article and a one-word name right after its noun: "trabajé en el fundo la
  catalina de la empresa", "en la hacienda el carmen, en la caña", "la finca la
  esperanza." The name is often a woman's name (then the person finders take the name
  alone and leave "fundo la" behind) or a common noun that no other finder reads as a
  name ("el fundo el mirador"). What a speaker says after "en el fundo" is otherwise a
  clause ("en el fundo la gente duerme en carpas", "en el fundo la conocí, era de
  ica"): the name must be closed (a comma, a stop, "de", "que", "en"...), may not be a
  verb, a role, a time or a common word of the topic.
- A savings bank or a savings-and-credit cooperative is named after its legal kind:
  "un préstamo de la caja de ahorro y credito inti wasi, 9 mil soles", "la cooperativa
  de ahorro y credito san cristobal", "la caja rural señor de luren", "la financiera
  sumaq qollqe". Loans from such lenders are common in the study's villages; the kind
  phrase says a name follows. The kind alone ("la caja de ahorro,", "la cooperativa de
  ahorro y credito") names no one, and a municipal savings bank is left to the public
  bodies' rules.

Both run only where their nouns occur and only in text typed without capitals (see
`privacy.orgs.typed_lowercase`), where no capital tells a name from a word.
"""

from __future__ import annotations

from typing import Final

from privacy.lexicon import words
from privacy.normalize import Words, closes_clause
from privacy.recognizers import ONG, Span
from privacy.set_off_kinds import NOT_NAMES, names_something

_ESTATE_NOUNS: Final = words("fundo hacienda finca estancia")
_ESTATE_ARTICLES: Final = words("la el")
_LEADS: Final = words("el la al del un una")
# What a speaker says after "en el fundo" that is no farm's name.
_NOT_ESTATE_NAMES: Final = words(
    """
    patron patrona capataz caporal enganchador supervisor ingeniero ingeniera jefe jefa
    comida cama carpa cuarto paga pago jornal planilla campana cosecha siembra poda
    uva palta esparrago arandano mandarina cebolla algodon tarea chamba trabajo
    """
)
# Words that close a farm's name: what follows the name in a clause.
_ESTATE_CLOSERS: Final = words("de del en que y con donde por para a al ahi alli nomas")
_LENDER_NOUNS: Final = words("caja cooperativa financiera edpyme")
# The legal kind between a lender's noun and its name ("de ahorro y credito").
_SAVINGS: Final = ("de", "ahorro", "y", "credito")
_LENDER_CLOSERS: Final = words("que y con para a al en por donde me te le les nos se")
_MOST: Final = 4


def _lower_word(words_: Words, k: int) -> bool:
    if k >= len(words_.words):
        return False
    word = words_.words[k]
    return words_.gaps[k] == " " and word.isalpha() and word.islower()


def _closed(words_: Words, k: int, closers: frozenset[str]) -> bool:
    """Whether a name ending before word ``k`` is closed there."""
    return k >= len(words_.words) or closes_clause(words_.gaps[k]) or words_.norms[k] in closers


def _estate(words_: Words, i: int) -> Span | None:
    """ "el fundo la catalina de ...": the article and the name after a farm's noun."""
    norms, n = words_.norms, len(words_.words)
    article = i + 1
    if not (
        i
        and norms[i - 1] in _LEADS
        and article + 1 < n
        and norms[article] in _ESTATE_ARTICLES
        and words_.gaps[article] == " "
        and _lower_word(words_, article + 1)
    ):
        return None
    name = article + 1
    norm = norms[name]
    if (
        not _closed(words_, name + 1, _ESTATE_CLOSERS)
        or len(norm) < 4
        or words_.words[name][-1] in "áéíóú"  # "la conocí", "la dejé": a verb
        or norm in _NOT_ESTATE_NAMES
        or norm in NOT_NAMES
        or not names_something([norm])
    ):
        return None
    return Span(words_.starts[article], words_.ends[name], ONG)


def _lender(words_: Words, i: int) -> Span | None:
    """ "la caja de ahorro y credito inti wasi, ...": a lender's noun, kind and name."""
    norms, n = words_.norms, len(words_.words)
    if not (i and norms[i - 1] in _LEADS - words("un una")):
        return None
    j = i + 1
    if tuple(norms[j : j + len(_SAVINGS)]) == _SAVINGS:
        j += len(_SAVINGS)
    elif norms[i] == "caja" and j < n and norms[j] == "rural":
        j += 1
        if tuple(norms[j : j + len(_SAVINGS)]) == _SAVINGS:
            j += len(_SAVINGS)
    elif norms[i] not in words("financiera edpyme"):
        return None  # "la caja de cerveza", "la cooperativa de alpaqueros"
    if any(not _lower_word(words_, k) for k in range(i + 1, min(j, n))):
        return None
    first = k = j
    while k < n and k - first < _MOST and _lower_word(words_, k):
        if k > first and _closed(words_, k, _LENDER_CLOSERS):
            break
        k += 1
    if k == first or not _closed(words_, k, _LENDER_CLOSERS):
        return None
    if norms[first] in words("de del") or not names_something(norms[first:k]):
        return None
    return Span(words_.starts[i], words_.ends[k - 1], ONG)


_ESTATE_OR_LENDER: Final = _ESTATE_NOUNS | _LENDER_NOUNS


def find_estates_and_lenders(words_: Words) -> list[Span]:
    """Farms named by an article and a name, and lenders named after their legal kind,
    in lowercase text."""
    if words_.vocabulary.isdisjoint(_ESTATE_OR_LENDER):
        return []
    spans: list[Span] = []
    for i, norm in enumerate(words_.norms):
        if norm not in _ESTATE_OR_LENDER or not words_.words[i].islower():
            continue
        span = _estate(words_, i) if norm in _ESTATE_NOUNS else _lender(words_, i)
        if span is not None:
            spans.append(span)
    return spans
