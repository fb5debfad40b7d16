"""An address said aloud, read as the list of parts it is spoken as.

Told to an interviewer, an address comes as parts set off by commas, biggest or smallest
first, its numbers in words, with hesitations: "vivíamos en zona villa dolores, calle
cuatro, número mil ochenta y tres, el alto", "la dirección es doscientos catorce, monroe
street, passaic, nueva jersey", "en membrillar cuatrocientos treinta y...
cuatrocientos treinta y ocho, departamento tres". Finders anchored on one shape (a
street word and digits, a lot) take one part and leave the rest.

This module reads the parts after a cue that an address follows (``vivo en``, ``la
dirección es``, ``mi casa``, ``nuestro local``) and after any address already found,
one part at a time:

- a **headed** part opens on a street or part word (``calle``, ``zona``, ``kilómetro``,
  ``casa``, ``departamento``, ``número``, ``street``, ``chome``…) with its name or value;
- a **numbered** part is a name and a house number of two number words or more
  (``membrillar cuatrocientos treinta y ocho``), never a count (``ica hace 15 años``);
- a number alone (``el trescientos diez``) goes on an address already begun, or opens
  one right after ``la dirección es``;
- then at most two **places** (``passaic``, ``nueva jersey``, ``el alto``): short, no
  verb, no sentence word, no article ``un``.

An address needs a number and a street or part word, or a numbered part. What closes a
sentence closes the address; "..." inside a number is a hesitation, not a stop.

Pure: no I/O, no FastAPI, no database.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final, NamedTuple

from privacy.given import GIVEN_NAMES
from privacy.lexicon import (
    COMMON_WORDS,
    ELSEWHERE_WORDS,
    HONORIFICS,
    KIN,
    PLACE_WORDS,
    SENTENCE_WORDS,
    verb_form,
    words,
)
from privacy.normalize import Words
from privacy.numbers import is_quantity_after
from privacy.recognizers import DIRECCION, Span
from privacy.spoken import NUMBER_WORDS

_CUE: Final = re.compile(
    r"\b(?:viv(?:o|e|en|imos|ia|ian|iamos|í|ía|ían|íamos)|alquil(?:o|é|e|amos|aba|ábamos)|"
    r"direcci[oó]n|domicilio|(?:mi|su|nuestra)\s+casa|(?:nuestro|su|el)\s+local)\b",
    re.IGNORECASE,
)
# "La dirección es doscientos catorce, …": only there may a bare number open an address.
_STRONG_CUE: Final = frozenset({"direccion", "domicilio"})
_COPULAS: Final = frozenset({"es", "era", "seria", "queda", "quedaba"})
_HEADS: Final = words(
    """
    calle av avenida avda jr jiron pasaje psje pje prolongacion carretera kilometro km
    manzana mz mza lote lt casa departamento dpto depto apartamento apto piso interior int
    parcela sector grupo zona ucv etapa bloque block edificio torre puerta urbanizacion urb
    villa numero nro via corso viale piazza rua bajo unidad
    """
)
# Heads said after their name: "monroe street", "oizumi machi", "gunma ken".
_HEADS_AFTER: Final = words(
    "street st avenue ave road rd drive lane boulevard ken gun machi shi cho chome danchi"
)
# Heads whose value may be one letter: "bajo a", "zona ce", "manzana i".
# Heads of a flat or a door: they need a street's head or a numbered part beside them
# ("vivo en el piso tres" names no address).
_FLAT_HEADS: Final = words(
    "piso casa departamento dpto depto apartamento apto interior int bajo puerta numero nro"
)
_VALUE_HEADS: Final = _FLAT_HEADS | words("villa lote lt manzana mz mza km kilometro")
_LETTER_HEADS: Final = frozenset({"bajo", "zona", "manzana", "mz", "interior", "int", "bloque"})
_LETTERS: Final = words(
    "a b c d e f g h i j k l m n o p q r s t u v w x y z be ce de efe ge hache jota ka ele "
    "eme ene erre ese te uve equis ye zeta"
)
_NUMBERS: Final = (NUMBER_WORDS - {"mas"}) | {"mil", "y", "guion", "raya"}
_INSIDE_ONLY: Final = frozenset({"y", "guion", "raya"})
_ARTICLES: Final = frozenset({"el", "la", "los", "las"})
_BEFORE_NAME: Final = frozenset({"en", "es", "el", "la", "era"})
_NAME_JOINS: Final = frozenset({"de", "del", "la", "las", "los", "el"})
_NOT_PLACES: Final = words(
    """
    un una unos unas lunes martes miercoles jueves viernes sabado sabados domingo domingos
    mes meses ano anos semana semanas dia dias noche tarde manana alquilado alquilada
    cerca frente atras detras junto encima debajo costado lado mercado entrada salida
    pago paga pagamos pagan pagaba cobro cobra cobran gano gana ganan ganaba costo cuesta
    seran son somos eran tengo tiene tienen hay habra hace
    fijo celular cel telefono whatsapp dni ruc carnet codigo
    arriba arribita abajo cerquita lejos adentro afuera ja jaja jajaja nomas
    trabaja trabajo vive vivo salgo pregunte lleno llena harto tiempo poco mucho bastante
    """
)
_KNOWN_PLACES: Final = PLACE_WORDS | ELSEWHERE_WORDS
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_MAX_HOUSE_DIGITS: Final = 6
_MONEY_BEFORE: Final = re.compile(r"(?:S/|\$|US\$|€|soles|dolares|dólares)\.?\s*$", re.IGNORECASE)
_SEPARATORS: Final = frozenset(",:")
_STOPS: Final = frozenset('.;?!¿¡\n"“”()')
# What a count or a time span is of: "hace 30 años", "su parcela diez años".
_COUNTED: Final = re.compile(
    r"\s*(?:a[nñ]os|meses|mes|d[ií]as|semanas|horas|hijos|hijas|socios|familias|personas|"
    r"veces|soles|d[oó]lares|pesos|euros|hect[aá]reas|kilos|metros|cuadras|minutos)\b",
    re.IGNORECASE,
)
_AFTER_NUMBER: Final = 4
_MAX_PARTS: Final = 8
_MAX_SKIPPED: Final = 2
_MAX_SKIPPED_WORDS: Final = 8
_MAX_PLACES: Final = 2
_MAX_PLACE_WORDS: Final = 3
_MAX_NAME_WORDS: Final = 4


class _Part(NamedTuple):
    first: int  # index of the part's first word
    last: int  # index of its last word


def find_said_addresses(words_: Words, found: Sequence[Span] = ()) -> list[Span]:
    """Addresses said as parts after a cue, and the parts after addresses in ``found``."""
    text, starts, ends = words_.text, words_.starts, words_.ends
    spans: list[Span] = []
    after = 0
    for m in _CUE.finditer(text):
        if m.end() < after:
            continue
        first = _word_at(words_, m.end())
        if first is None or any(ch in _STOPS for ch in words_.gaps[first]):
            continue  # "…construir el local.\nParticipante 3": the cue ends its sentence
        strong = m.group(0).lower().replace("ó", "o") in _STRONG_CUE
        while strong and first < len(words_.norms) - 1 and words_.norms[first] in _COPULAS:
            first += 1
        got = _read_address(words_, first, strong=strong)
        if got is not None:
            spans.append(Span(starts[got[0]], ends[got[1]], DIRECCION))
            after = ends[got[1]]
    for span in found:
        if span.kind != DIRECCION:
            continue
        nxt = _word_at(words_, span.end)
        if nxt is None or nxt == 0:
            continue
        last = _read_tail(words_, nxt - 1, first=_word_at(words_, span.start) or 0)
        if last > nxt - 1:
            spans.append(Span(span.start, ends[last], DIRECCION))
    return spans


def _word_at(words_: Words, offset: int) -> int | None:
    """The index of the first word starting at or after ``offset``."""
    k = bisect_left(words_.starts, offset)
    return k if k < len(words_.starts) else None


def _parts(words_: Words, first: int) -> list[_Part]:
    """The comma-set parts from word ``first`` to the end of its sentence."""
    gaps, n = words_.gaps, len(words_.norms)
    parts: list[_Part] = []
    begin = first
    i = first
    while i < n and len(parts) < _MAX_PARTS:
        nxt = i + 1
        if nxt >= n:
            parts.append(_Part(begin, i))
            break
        gap = gaps[nxt]
        hesitation = "..." in gap or "…" in gap
        if not hesitation and any(ch in _STOPS for ch in gap):
            parts.append(_Part(begin, i))
            break
        if hesitation and not _numbers_on(words_, i, nxt):
            parts.append(_Part(begin, i))
            break
        if not hesitation and any(ch in _SEPARATORS for ch in gap):
            parts.append(_Part(begin, i))
            begin = nxt
        i = nxt
    return parts


def _numbers_on(words_: Words, i: int, nxt: int) -> bool:
    """Whether a hesitation at word ``nxt`` sits inside an address's number or part
    ("treinta y... cuatrocientos", "número... trescientos")."""
    norms = words_.norms
    return (_is_number(norms[nxt]) or norms[nxt] in _HEADS) and (
        _is_number(norms[i]) or norms[i] in _HEADS or norms[i] == "y"
    )


def _is_number(norm: str) -> bool:
    return norm in _NUMBERS or any(ch.isdigit() for ch in norm)


def _read_address(words_: Words, first: int, *, strong: bool) -> tuple[int, int] | None:
    """The first and last word of the address said from word ``first``, if one is."""
    norms = words_.norms
    start: int | None = None
    end = -1
    numbered = street = number = False
    places = 0
    for k, part in enumerate(_parts(words_, first)):
        if start is None or (not number and norms[part.first] == "en"):
            # "zona R, en la UCV 212": an address begun may be introduced again.
            opened = _opening(words_, part, bare_number=strong and k == 0)
            if opened is not None and _trim(words_, opened[0], part.last) >= opened[0]:
                start, kind = opened
                end = _trim(words_, start, part.last)
                numbered = kind == "numbered"
                street = kind == "headed" and norms[start] not in _FLAT_HEADS
                number = _has_number(words_, start, end)
                if end < part.last:
                    break
                continue
            if start is None:
                if k >= _MAX_SKIPPED or part.last - part.first >= _MAX_SKIPPED_WORDS:
                    return None
                continue
        got = _next_part(words_, part, places=places, lowercase=_lowercase(words_, start, end))
        if got is None:
            break
        begin, end, step = got
        if step is None:
            places += 1
        else:
            numbered |= step == "numbered"
            street |= step == "headed" and norms[begin] not in _FLAT_HEADS
            number |= _has_number(words_, begin, end)
        if end < part.last:
            break
    if start is None or not (numbered or (street and number)):
        return None
    return start, end


def _lowercase(words_: Words, first: int | None, last: int) -> bool:
    """Whether the address from word ``first`` to ``last`` is typed without capitals."""
    if first is None:
        return False
    return not any(w[:1].isupper() for w in words_.words[first : last + 1])


def _read_tail(words_: Words, last: int, *, first: int) -> int:
    """The last word of an address found up to word ``last``, grown over the parts and
    places said after it."""
    gaps, n = words_.gaps, len(words_.norms)
    if last + 1 >= n:
        return last
    gap = gaps[last + 1]
    hesitation = "..." in gap or "…" in gap
    if not (any(ch in _SEPARATORS for ch in gap) or hesitation) or any(
        ch in _STOPS for ch in gap.replace("...", "").replace("…", "")
    ):
        return last
    if hesitation and not _is_number(words_.norms[last + 1]):
        return last
    end = last
    places = 0
    for part in _parts(words_, last + 1):
        got = _next_part(words_, part, places=places, lowercase=_lowercase(words_, first, end))
        if got is None:
            break
        _, end, step = got
        places += step is None
        if end < part.last:
            break
    return end


def _next_part(
    words_: Words, part: _Part, *, places: int, lowercase: bool
) -> tuple[int, int, str | None] | None:
    """How an address goes on over ``part``: its first and last word and its kind when it
    is one more part of the address ("manzana ce", "lote 4"; kind None for a place after
    it, "Ate", "Lima"), or None where the address ended before it. Parts come before
    places, and at most `_MAX_PLACES` places follow."""
    kind = _kind(words_, part) if places == 0 else None
    if kind is not None:
        skip = words_.norms[part.first] in ("el", "la") and part.first < part.last
        begin = part.first + skip
        last = _trim(words_, begin, part.last)
        return (begin, last, kind) if last >= begin else None
    if places >= _MAX_PLACES:
        return None
    place_end = _place(words_, part, lowercase=lowercase)
    return None if place_end is None else (part.first, place_end, None)


def _trim(words_: Words, begin: int, last: int) -> int:
    """The last word of an address part that starts at ``begin``: typed without commas,
    a part runs on into the sentence ("casa 41 bajo flores asi me ha dicho"); it ends
    before the first word no address has (a sentence word, a verb, a count's noun), at
    an article after the number ("numero 1435 cordoba el alquiler…") or four words
    after it."""
    norms, raw = words_.norms, words_.words
    end = begin - 1  # nothing, when the first word already ends it
    after_number = -1
    for i in range(begin, last + 1):
        norm = norms[i]
        if _is_number(norm):
            end, after_number = i, 0
            continue
        if after_number >= 0:
            after_number += 1
            if after_number > _AFTER_NUMBER or norm in _ARTICLES:
                break
        if norm in _HEADS or norm in _HEADS_AFTER or norm in _NAME_JOINS:
            end = i
            continue
        if norm in _LETTERS and i > begin and norms[i - 1] in _LETTER_HEADS:
            end = i  # "bajo a", "zona ce"
            continue
        if (
            norm in SENTENCE_WORDS
            or norm in _NOT_PLACES
            or _verb(norm)
            or not raw[i].replace("-", "").replace(".", "").isalnum()
        ):
            break
        end = i
    while end > begin and norms[end] in (_NAME_JOINS | _INSIDE_ONLY):
        end -= 1
    return end


def _verb(norm: str) -> bool:
    """A verb form that is no name or place ("entrando", "duerme"; not "maria")."""
    if norm in GIVEN_NAMES or norm in _KNOWN_PLACES:
        return False
    return bool(verb_form(norm)) or norm.endswith(("ando", "iendo", "yendo"))


def _opening(words_: Words, part: _Part, *, bare_number: bool) -> tuple[int, str] | None:
    """Where an address opens in ``part`` and how, or None."""
    norms = words_.norms
    for i in range(part.first, part.last + 1):
        norm = norms[i]
        if norm in _HEADS and _headed(words_, i, part.last):
            return i, "headed"
        if norm in _HEADS_AFTER and i > part.first and _tail_of_head(words_, i, part.last):
            begin = i
            while (
                begin > part.first
                and i - begin < _MAX_NAME_WORDS - 1
                and words_.words[begin - 1].isalpha()
                and norms[begin - 1] not in SENTENCE_WORDS
            ):
                begin -= 1
            if begin < i:
                return begin, "headed"
    numbered = _numbered(words_, part)
    if numbered is not None:
        return numbered, "numbered"
    if bare_number and _number_run(words_, part.first, part.last):
        return part.first, "numbered"
    return None


def _kind(words_: Words, part: _Part) -> str | None:
    """How a part after the address's start goes on it: headed, numbered, or None."""
    norms = words_.norms
    first = part.first
    if norms[first] in ("el", "la", "numero", "nro") and first < part.last:
        first += 1 if norms[first] in ("el", "la") else 0
    if norms[first] in _HEADS and _headed(words_, first, part.last):
        return "headed"
    if _named_before_head(words_, first, part.last):
        return "headed"
    if _number_run(words_, first, part.last):
        return "numbered"
    if _numbered(words_, part) is not None:
        return "numbered"
    return None


def _named_before_head(words_: Words, first: int, last: int) -> bool:
    """Whether ``first``..``last`` is a name and a head said after it ("ora gun",
    "nishikoizumi dos chome"), not a clause ("en un danchi lleno de brasileños")."""
    norms = words_.norms
    for i in range(first + 1, last + 1):
        if norms[i] in _HEADS_AFTER:
            return _tail_of_head(words_, i, last) and all(
                words_.words[j].isalpha() and norms[j] not in SENTENCE_WORDS
                for j in range(first, i)
                if not _is_number(norms[j])
            )
    return False


def _tail_of_head(words_: Words, head: int, last: int) -> bool:
    """Only a number may follow a head said after its name ("dos chome, catorce")."""
    return all(_is_number(words_.norms[j]) for j in range(head + 1, last + 1))


def _headed(words_: Words, head: int, last: int) -> bool:
    """Whether the words after a head word are its name or value: a number, a letter, or a
    short name ("calle los pinos", "zona villa dolores")."""
    norms = words_.norms
    rest = range(head + 1, last + 1)
    if not rest:
        return False
    if norms[head] in _LETTER_HEADS and len(rest) == 1 and norms[head + 1] in _LETTERS:
        return True
    if norms[head] in _VALUE_HEADS and not _has_number(words_, head + 1, last):
        # "bajo a" is a flat, "bajo flores" a place; "el apartamento de la empresa" no
        # address; "villa el salvador" a district, "villa uno once catorce" a settlement.
        return False
    if _has_number(words_, head + 1, last):
        # The number follows the street's name: "jirón junín desde el noventa y dos" is a year.
        k = head + 1
        while k <= last and not _is_number(norms[k]):
            if norms[k] in SENTENCE_WORDS and norms[k] not in _NAME_JOINS:
                return False
            k += 1
        # "su parcela diez años" is a time, not a plot's number.
        tail = max(j for j in rest if _is_number(norms[j]) and norms[j] not in _INSIDE_ONLY)
        return not (
            is_quantity_after(words_.text, words_.ends[tail])
            or _COUNTED.match(words_.text, words_.ends[tail])
        )
    if len(rest) > _MAX_NAME_WORDS:
        return False
    return norms[head] not in ("casa", "piso", "numero", "nro", "puerta") and all(
        words_.words[i].isalpha()
        and (norms[i] in _NAME_JOINS or norms[i] not in SENTENCE_WORDS)
        and (norms[i] in GIVEN_NAMES or not verb_form(norms[i]))
        for i in rest
    )


def _has_number(words_: Words, first: int, last: int) -> bool:
    return any(
        _is_number(words_.norms[i]) and words_.norms[i] not in _INSIDE_ONLY
        for i in range(first, last + 1)
    )


def _number_run(words_: Words, first: int, last: int) -> bool:
    """Whether words ``first``..``last`` are one house number: digits, or two number
    words or more, or a hundred; not an amount or a count."""
    norms = words_.norms
    run = norms[first : last + 1]
    if not run or not all(_is_number(w) for w in run):
        return False
    if run[0] in _INSIDE_ONLY or run[-1] in _INSIDE_ONLY:
        return False
    if (
        is_quantity_after(words_.text, words_.ends[last])
        or _COUNTED.match(words_.text, words_.ends[last])
    ) or _MONEY_BEFORE.search(words_.text, max(0, words_.starts[first] - 4), words_.starts[first]):
        return False
    digits = sum(ch.isdigit() for w in run for ch in w)
    if digits > _MAX_HOUSE_DIGITS:
        return False  # "marco 053-467-2831" is a phone
    return digits > 0 or len(run) >= 2 or run[0] in ("cien", "ciento") or run[0].endswith("cientos")


def _numbered(words_: Words, part: _Part) -> int | None:
    """The start of a "name and house number" part ("membrillar cuatrocientos treinta y
    ocho"): one to three name words, then a house number closing the part."""
    norms = words_.norms
    k = part.last
    while k >= part.first and _is_number(norms[k]):
        k -= 1
    if k == part.last or k < part.first or not _number_run(words_, k + 1, part.last):
        return None
    if k + 1 == part.last and _YEAR.fullmatch(norms[part.last]):
        return None  # "alquilé en lima 2015": a town and a year
    begin = k
    while (
        begin > part.first
        and k - begin < _MAX_NAME_WORDS - 1
        and norms[begin - 1] not in SENTENCE_WORDS
        and words_.words[begin - 1].isalpha()
    ):
        begin -= 1
    if begin > part.first and norms[begin - 1] not in _BEFORE_NAME:
        return None  # "con su dni 41 09 28 73": a paper's number, not a house's
    name = range(begin, k + 1)
    if any(
        not words_.words[i].isalpha()
        or norms[i] in SENTENCE_WORDS
        or norms[i] in COMMON_WORDS
        or norms[i] in _NOT_PLACES
        or norms[i] in _NAME_JOINS
        or norms[i] in _HEADS
        or norms[i] in _HEADS_AFTER
        or verb_form(norms[i])
        for i in name
    ):
        return None
    return begin


def _place(words_: Words, part: _Part, *, lowercase: bool) -> int | None:
    """The last word of a place said after an address ("passaic", "nueva jersey", "el
    alto", "madrid" of "madrid los domingos"), or None. Where sentences open with a
    capital, a place word is capitalized or a known place ("Huancavelica, atrás del
    mercado" ends at the city), unless the address itself was typed in lowercase
    (``lowercase``)."""
    norms, raw = words_.norms, words_.words
    size = part.last - part.first + 1

    def place_word(i: int) -> bool:
        norm = norms[i]
        if not raw[i].isalpha() or norm in _NOT_PLACES or norm in _NUMBERS:
            return False
        if norm in HONORIFICS or norm in KIN:
            return False  # "…, lt. 4, la señora, ahí vivía"
        if norm in _KNOWN_PLACES or norm in _NAME_JOINS:
            return True
        if norm in SENTENCE_WORDS or _verb(norm) or norm in COMMON_WORDS:
            return False
        return lowercase or raw[i][0].isupper()

    if (
        size <= _MAX_PLACE_WORDS
        and norms[part.last] not in _NAME_JOINS
        and norms[part.first] not in ("de", "del", "y")
        and (norms[part.first] not in _NAME_JOINS or size <= 2)  # "la Comercial Lucerito"
        and all(place_word(i) for i in range(part.first, part.last + 1))
    ):
        return part.last
    # "madrid los domingos": the place known, the rest of the clause not.
    k = part.first
    while k <= part.last and norms[k] in _KNOWN_PLACES:
        k += 1
    return k - 1 if k > part.first else None
