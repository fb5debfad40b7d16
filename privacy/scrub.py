"""Free-text scrubbing: every recognizer proposes spans, the spans are merged, and each
merged span becomes a typed placeholder numbered within the submission.

Sources, most trusted first: shape recognizers (phones, IDs, e-mails, addresses,
birth dates), the submission's own direct identifiers, the study gazetteer, the
trained token tagger, and an optional NER plug-in. Where spans overlap, the union is
replaced (a leak costs more than a lost word) and the most trusted source names it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Final, Protocol

from privacy.address import STREET_WORDS, extend_address, find_addresses, holds_money
from privacy.address_edges import grow_addresses
from privacy.births import find_birth_dates, find_dates_of_people
from privacy.called import find_called
from privacy.gazetteer import Gazetteer
from privacy.given import (
    COUNTRIES_AS_NAMES,
    DEVOTION_TITLES,
    GIVEN_NAMES,
    NOT_PERSON_BEFORE,
    is_word_here,
    starts_sentence,
)
from privacy.glosses import drop_glossed
from privacy.holds import HoldState
from privacy.known import KnownValues
from privacy.lexicon import (
    CALENDAR_WORDS,
    HONORIFICS,
    KIN,
    NEVER_REDACT_ALONE,
    PARTICLES,
    PLACE_WORDS,
)
from privacy.lower_surnames import grow_lower_surnames
from privacy.nicknamed import find_article_nicknames, find_described_lowercase
from privacy.normalize import Words, normalize_token, split_words
from privacy.numberless import numberless_street
from privacy.numbers import find_numbers, is_grouped_figure, is_quantity_after, with_extensions
from privacy.org_edges import grow_organizations
from privacy.org_nicknames import find_org_nicknames, find_quechua_members
from privacy.orgs import (
    HEAD_WORDS,
    find_letters_said_first,
    find_organizations,
    find_worked_in_short,
    with_place_after,
)
from privacy.paisanos import TRIGGERS as PAISANO_TRIGGERS
from privacy.paisanos import find_paisano_groups
from privacy.people import NAME_LEXICON, ORG_WORDS, PEOPLE_WORDS, find_people, find_quechua_orgs
from privacy.persons import TRIGGERS as PERSON_TRIGGERS
from privacy.persons import (
    find_acting_subjects,
    find_aged,
    find_labeled_speakers,
    find_mentions,
    find_named,
    find_named_by_copula,
    find_named_by_role,
)
from privacy.placeholders import NUMBERED_KINDS, PlaceholderState
from privacy.places import TRIGGERS as PLACE_TRIGGERS
from privacy.places import extend_locality, find_settlements
from privacy.public import CUT_KINDS, cut_public_names, find_public_names
from privacy.public import TRIGGERS as PUBLIC_TRIGGERS
from privacy.read_out_addresses import find_read_out_addresses
from privacy.recognizers import (
    BIRTH_WORDS,
    DIRECCION,
    ID,
    ID_WORDS,
    LUGAR,
    ONG,
    PERSONA,
    PHONE_WORDS,
    TELEFONO,
    Span,
    find_contacts,
    find_id_numbers,
    has_digit,
    is_amount,
    is_clock_time,
    is_public_number,
)
from privacy.repeated_names import grow_repeated_names
from privacy.said_addresses import find_said_addresses
from privacy.said_again import find_ids_said_again
from privacy.set_off_names import find_set_off_names
from privacy.spaced_chars import find_spaced_chars
from privacy.spelled_codes import TRIGGERS as SPELLED_TRIGGERS
from privacy.spelled_codes import find_spelled_codes, find_spelled_words
from privacy.spoken import NUMBER_WORDS, find_dictated_emails, find_dictated_numbers
from privacy.tagger import find_model_runs
from privacy.titled_names import find_titled_lowercase
from privacy.triggers import Anchors

# Every word after which some recognizer looks for a match; indexed once per text.
TRIGGER_WORDS: Final = (
    PHONE_WORDS
    | ID_WORDS
    | BIRTH_WORDS
    | STREET_WORDS
    | PEOPLE_WORDS
    | HEAD_WORDS
    | PLACE_TRIGGERS
    | PERSON_TRIGGERS
    | NUMBER_WORDS
    | PUBLIC_TRIGGERS
    | PAISANO_TRIGGERS
    | SPELLED_TRIGGERS
)
# Kinds a guess may give a bare number; a number followed by "soles" is research data.
_NUMBER_KINDS: Final = frozenset({ID, TELEFONO})
# Capitalized words a person span never grows over.
_NOT_NAME_PARTS: Final = (
    NEVER_REDACT_ALONE
    | CALENDAR_WORDS
    | KIN
    | HONORIFICS
    | ORG_WORDS
    | NOT_PERSON_BEFORE
    # Labels of a form or a letterhead after a name: "Remitido por: X Y Correo: ...".
    | frozenset({"correo", "email", "telefono", "celular", "fax", "direccion", "dni"})
)
_LEXICON_NAMES: Final = GIVEN_NAMES | NAME_LEXICON
_GUESS_CUT: Final = CUT_KINDS | {DIRECCION}
# A devotion's name after its title: "la fiesta del Señor de Pachacamilla", "la Virgen de
# Cocharcas", "San Francisco Solano". Guessed alone, its name is no organization or
# person; a brotherhood named after it is found by its head word ("Hermandad del …").
_DEVOTION_BEFORE: Final = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(DEVOTION_TITLES))})\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?"
    r"|(?:San|Santa|Santo)\s+(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+\s+)?)$"
)


# A flight's number: "tomé el vuelo AA 917 a Lima".
_FLIGHT_BEFORE: Final = re.compile(r"\bvuelos?\s+(?:n[°º.]?\s*)?$", re.IGNORECASE)


_TRAILING_FIGURE: Final = re.compile(r",?[ \t]*\d[\d \t.,]*$")


def _without_quantity(span: Span, text: str) -> Span:
    """A guessed address without the figure it ends on when money, a unit or an age
    follows: "la COOPAC Santa María Magdalena, 8 000 soles", "Carmen Rojas, 19 años"."""
    if span.kind != DIRECCION or not is_quantity_after(text, span.end):
        return span
    figure = _TRAILING_FIGURE.search(text, span.start, span.end)
    if figure is None or figure.start() == span.start:
        return span
    return span._replace(end=figure.start())


def _named_by(span: Span, text: str) -> bool:
    """Whether what comes right before a guessed span says what it is: a devotion after
    its title, or a flight's number after "vuelo"."""
    before = max(0, span.start - 30)
    if _FLIGHT_BEFORE.search(text, before, span.start):
        return True
    return span.kind != DIRECCION and bool(_DEVOTION_BEFORE.search(text, before, span.start))


# A guess that stops at a document's "N" or "Nº" before its number: "Ordenanza Municipal
# N° 012-2019", "Directiva N° 005-2022-MIDIS/PNADP-DE".
_NUMBER_SIGN_END: Final = re.compile(r"\b(?:N|Nro|No)\.?\s?[º°]?$")
_DOCUMENT_NUMBER: Final = re.compile(r"\d-(?:19|20)\d\d\b")
_SIGNED_NUMBER: Final = re.compile(r"\.?\s?[º°]?\.?\s*(\d[\w\-/]*)")
# Two given names and two surnames at most; an unknown word joins a shorter span only,
# so "Médico: Ignacio Rubio Tortosa Servicio de..." stops before "Servicio".
_MAX_NAME: Final = 4
_MAX_WITH_UNKNOWN: Final = 3


class NerPlugin(Protocol):
    """An optional named-entity recognizer (Presidio, spaCy...) behind one method."""

    def find(self, text: str) -> Iterable[tuple[int, int, str]]:
        """Return ``(start, end, kind)`` with kind one of our placeholder kinds."""


@dataclass(slots=True)
class ScrubContext:
    """Everything one submission's scrubbing shares: its known values and numbering.

    With ``holds``, spans the scrubber is unsure of are masked too and kept (sealed)
    for a supervisor: the privacy review queue (privacy/holds.py).
    """

    known: KnownValues = field(default_factory=KnownValues)
    gazetteer: Gazetteer | None = None
    ner: NerPlugin | None = None
    use_model: bool = True
    placeholders: PlaceholderState = field(default_factory=PlaceholderState)
    holds: HoldState | None = None


def scrub_free_text(text: str, *, context: ScrubContext) -> str:
    """Replace identifiers in ``text`` with typed, numbered placeholders."""
    if not text:
        return text
    words = split_words(text)
    spans = find_identifier_spans(words, context)
    if context.holds is None:
        return _render(words, spans, context.placeholders)
    return context.holds.render(
        words,
        spans,
        roster=frozenset(context.known.persons.tokens),
        render=_render,
        placeholders=context.placeholders,
    )


def find_identifier_spans(words: Words, context: ScrubContext) -> list[Span]:
    """Return the merged, non-overlapping spans that scrubbing replaces."""
    text, starts, ends = words.text, words.starts, words.ends
    anchors = Anchors.find(words, TRIGGER_WORDS)
    trusted = find_contacts(anchors)
    trusted += find_id_numbers(anchors)
    trusted += find_birth_dates(words)
    # Phones and ID numbers are written with digits, and most answers have none. A digit
    # is a word character and keeps its key, so all-letter word keys mean no number.
    if not all(map(str.isalpha, words.vocabulary)) and has_digit(text):
        trusted += find_numbers(text)
        trusted += find_spaced_chars(words)
        trusted = with_extensions(text, trusted)  # "(067) 453-170 anexo 12"
    trusted += find_dictated_numbers(anchors)
    trusted += find_spelled_codes(anchors.of(SPELLED_TRIGGERS), words)
    trusted += find_spelled_words(words)
    trusted += find_dictated_emails(words)
    trusted += find_addresses(anchors)
    trusted += find_settlements(anchors)
    trusted += find_read_out_addresses(words)
    trusted += context.known.find(words)
    if context.gazetteer is not None:
        for match, kind in context.gazetteer.find(words):
            span_kind = PERSONA if kind == "person" else LUGAR if kind == "place" else ONG
            key = "g:" + " ".join(words.norms[match.first : match.last + 1])
            trusted.append(Span(starts[match.first], ends[match.last], span_kind, key))
    # Kin-word and title rules already stop at places; "Don Teodoro Lima" keeps its Lima.
    trusted += find_people(anchors)
    guessed: list[Span | None] = []
    if context.use_model:
        runs = find_model_runs(words)
        guessed += [_trim(Span(starts[a], ends[b], kind), words, a, b) for a, b, kind in runs]
    if context.ner is not None:
        guessed += [_trim_span(Span(a, b, kind), words) for a, b, kind in context.ner.find(text)]
    guessed += find_quechua_orgs(words)
    trusted += find_organizations(anchors)
    trusted += find_org_nicknames(text)
    trusted += find_quechua_members(text)
    trusted += find_paisano_groups(anchors)
    trusted += find_labeled_speakers(text)
    trusted += find_named_by_role(anchors)
    trusted += find_named(anchors)
    trusted += find_named_by_copula(anchors)
    trusted += find_article_nicknames(words) + find_described_lowercase(words)
    trusted += find_called(words)
    trusted += find_titled_lowercase(words)
    trusted += find_set_off_names(words)
    guessed += find_aged(text)
    guessed += find_acting_subjects(anchors)
    public = find_public_names(anchors)
    trusted = drop_glossed(trusted, text)
    trusted = _inside_organizations(cut_public_names(trusted, words, public), text)
    ranked = [(0, s) for s in trusted]
    # A guess may also take a programme for a street: "cobra Beca 18".
    guesses = cut_public_names([g for g in guessed if g], words, public, kinds=_GUESS_CUT)
    guesses = [
        _without_quantity(g, text)
        for g in guesses
        # A letter alone is no guess of anything: a roster's "– M –" is the member's sex.
        if not _roster_letter(g, text) and not numberless_street(g, text) and not _named_by(g, text)
    ]
    guesses = _before_numbers(guesses, trusted, text)
    ranked += [(1, g) for g in guesses]
    ranked = [
        (r, _absorb(s, words, r == 0) if s.kind == PERSONA else with_place_after(text, s))
        for r, s in ranked
    ]
    merged = _merge(ranked, text)
    again = find_ids_said_again(text, merged)
    if again:
        merged = _merge([(0, s) for s in merged] + [(0, s) for s in again], text)
    # A name found once is a name everywhere in the text: "Yudith, la mayor" names the
    # same girl as a later "Yudith quiere irse", whatever rule found the first one.
    mentions = cut_public_names(find_mentions(words, merged), words, public)
    if mentions:
        # A mention is a word of a name found elsewhere: it grows over the unknown
        # capitalized word beside it like a trusted find ("el Negro Huincho").
        grown = [_absorb(s, words, True) for s in mentions]
        merged = _merge([(0, s) for s in merged] + [(1, s) for s in grown], text)
    repeated = grow_repeated_names(words, merged)
    if repeated:
        # "se llamaba maritza, maritza del solar": a name said again adds its surname.
        merged = _merge([(0, s) for s in merged] + [(0, s) for s in repeated], text)
    surnamed = grow_lower_surnames(words, merged)
    if surnamed:
        # "mi esposa mariela higa": a lowercase name found takes the surname after it.
        merged = _merge([(0, s) for s in merged] + [(0, s) for s in surnamed], text)
    worked = find_worked_in_short(words, merged) + find_letters_said_first(words, merged)
    if worked:
        # "Textiles Yupanqui … 'trabajo en Yupanqui'": the firm said short.
        merged = _merge([(0, s) for s in merged] + [(0, s) for s in worked], text)
    # A word of a name the speaker translates is the word, however it was found again
    # ("… Yuyariy Manta, somos 63 familias. Yuyariy es recordar").
    merged = drop_glossed(merged, text)
    grown_edges = grow_addresses(text, grow_organizations(words, merged, public))
    if grown_edges != merged:
        merged = _merge([(0, s) for s in grown_edges], text)
    # An address said aloud, part after part: after its cue, or after an address found;
    # with the street said before its lot ("pasaje Los Álamos, lote ocho, …").
    said = [
        Span(min(grown.start, part.start), part.end, part.kind, part.key)
        for part in find_said_addresses(words, merged)
        for grown in grow_addresses(text, [part])
    ]
    if said:
        merged = _merge([(0, s) for s in merged] + [(0, s) for s in said], text)
    # Once the people are known, a date hung on one of them is their birth date.
    people = [(s.start, s.end) for s in merged if s.kind == PERSONA]
    births = find_dates_of_people(text, people) if people else []
    if not births:
        return merged
    return _merge([(0, s) for s in merged] + [(0, s) for s in births], text)


_WORD: Final = re.compile(r"[\w'’]+")
_SET_OFF_LETTER: Final = re.compile(r"[–—|-] ?\w ?[–—|-]")


def _roster_letter(span: Span, text: str) -> bool:
    """Whether ``span`` is a letter set off by dashes, a roster's sex ("– jefe – M –")."""
    return span.end - span.start == 1 and bool(
        _SET_OFF_LETTER.fullmatch(text, max(span.start - 2, 0), span.end + 2)
    )


def _first_word(text: str, start: int, end: int) -> str:
    word = _WORD.search(text, start, end)
    return normalize_token(word.group()) if word else ""


def _inside_organizations(spans: list[Span], text: str) -> list[Span]:
    """Drop a person found by a rule that is words of a longer organization's name told
    by its head word: "secretaria del Centro Social Chilcapite" names the centre, not a
    person "Centro" (a person named inside such a name, "I.E. José Olaya", belongs to it
    too). A person the name is all of ("el fundo se llama Kevin") is the person the rule
    found; a name without its head ("Carlos Haya" left of "Hospital Regional Carlos
    Haya" by the allow-list) may be the person it is named after; known people stay."""
    organizations = sorted(
        (s.start, s.end)
        for s in spans
        if s.kind == ONG and _first_word(text, s.start, s.end) in HEAD_WORDS
    )
    if not organizations:
        return spans
    starts = [a for a, _ in organizations]
    # The furthest end of the organizations starting at or before each one.
    reach = list(accumulate((b for _, b in organizations), max))
    kept: list[Span] = []
    for span in spans:
        if span.kind == PERSONA and not span.key.startswith(("k:", "g:")):
            first = next((k for k in range(span.start, span.end) if text[k].isupper()), span.start)
            at_or_before = bisect_right(starts, first)
            before = bisect_left(starts, first)
            if (at_or_before and reach[at_or_before - 1] > span.end) or (
                before and reach[before - 1] >= span.end
            ):
                continue
        kept.append(span)
    return kept


def _absorb(span: Span, words: Words, trusted: bool) -> Span:
    """Grow a person span over the capitalized names and unknown capitalized words right
    beside it: "Teodora Ccanto Yauri" is one person even when only "Ccanto" was found.

    A tagger guess grows over unknown words only when it holds a lexicon name: on its own
    it may be a title-case phrase ("Infecciones Urinarias").
    """
    text = words.text
    # Most spans have no word beside them across one space: decided on a few characters.
    end = span.end
    right = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
    starts, gaps, norms, n = words.starts, words.gaps, words.norms, len(words.starts)
    first = bisect_left(starts, span.start)
    left = first > 0 and gaps[first] == " " and words.words[first - 1][:1].isupper()
    if not right and not left:
        return span
    last = bisect_left(starts, span.end) - 1
    if first >= n or last < first:
        return span
    unknown = trusted or not _LEXICON_NAMES.isdisjoint(norms[first : last + 1])
    lo, hi = first, last
    while hi + 1 < n and gaps[hi + 1] == " " and _name_part(words, hi + 1, hi - lo + 1, unknown):
        hi += 1
    # Inside a name a place is a surname: "Teodoro Lima viajó a Lima".
    if (
        hi + 1 < n
        and gaps[hi + 1] == " "
        and norms[hi] in _LEXICON_NAMES
        and hi - lo < _MAX_NAME - 1
        and norms[hi + 1] in PLACE_WORDS
        and words.words[hi + 1][:1].isupper()
    ):
        hi += 1
    while lo > 0 and gaps[lo] == " " and _name_part(words, lo - 1, hi - lo + 1, unknown):
        # A capitalized word opening the sentence is a name only if the lexicon says so.
        if starts_sentence(words, lo - 1) and words.norms[lo - 1] not in _LEXICON_NAMES:
            break
        lo -= 1
    if lo == first and _place_named_first(words, lo):
        lo -= 1  # "la que más ayuda es Italia Ccorahua": a given name that is a place
    if lo == first and hi == last:
        return span
    return Span(starts[lo], max(span.end, words.ends[hi]), span.kind, span.key)


def _place_named_first(words: Words, first: int) -> bool:
    """Whether a given name that is also a place or a word comes right before a person's
    first word, and no preposition of place before it: "es Italia Ccorahua", "con Rosario
    Ñahui" ("en Italia Ccorahua trabaja…" reads as where)."""
    k = first - 1
    if k < 0 or words.gaps[first] != " " or not _titled(words.words[k]):
        return False
    if not _titled(words.words[first]):
        return False  # "Argentina juan@…": the country before an address, not a name
    norm = words.norms[k]
    # "el canal Ccollpa Huamán", "con Nuevo Amanecer": a village, a word.
    if norm not in GIVEN_NAMES and norm not in COUNTRIES_AS_NAMES:
        return False
    if norm in CALENDAR_WORDS or norm in KIN or norm in HONORIFICS:
        return False
    if k > 0 and words.gaps[k] == " " and words.norms[k - 1] in _WHERE_BEFORE:
        return False
    return not starts_sentence(words, k) or norm in _LEXICON_NAMES


_WHERE_BEFORE: Final = frozenset({"en", "a", "de", "desde", "hasta", "para", "por", "hacia"})


def _name_part(words: Words, i: int, size: int, unknown: bool) -> bool:
    word, norm = words.words[i], words.norms[i]
    if size >= _MAX_NAME or not word[:1].isupper() or norm in _NOT_NAME_PARTS:
        return False
    if norm in _LEXICON_NAMES:
        return True
    # Acronyms ("DNI", "UGEL") and codes ("NºCol") are not names; "Ccori-Huamán" is.
    return (
        unknown
        and size < _MAX_WITH_UNKNOWN
        and all(map(_titled, word.replace("'", "-").split("-")))
    )


def _titled(part: str) -> bool:
    rest = part[1:]
    return (
        part[:1].isupper() and (not rest or (rest.islower() and rest.isalpha())) and "º" not in rest
    )


def _trim_span(span: Span, words: Words) -> Span | None:
    """`_trim` a span given by offsets: find the tokens it covers."""
    first = bisect_right(words.starts, span.start) - 1
    if first < 0 or words.ends[first] <= span.start:
        first += 1
    return _trim(span, words, first, bisect_left(words.starts, span.end) - 1)


def _trim(span: Span, words: Words, first: int, last: int) -> Span | None:
    """Drop places, crops and particles from the edges of a guessed span (tokens
    ``first`` to ``last``)."""
    starts, norms = words.starts, words.norms
    lo, hi = first, last
    while lo <= hi and norms[lo] in NEVER_REDACT_ALONE:
        lo += 1
    while hi >= lo and norms[hi] in NEVER_REDACT_ALONE:
        hi -= 1
    if lo > hi or (
        span.kind in _NUMBER_KINDS
        and (
            is_amount(words.text, span.start, span.end)
            or is_clock_time(words.text, span.start, span.end)
            or is_grouped_figure(words.text, span.start, span.end)
        )
    ):
        # Nothing but places, crops, particles or symbols: no identifier to hide.
        return None
    if _public_document(span, words.text):
        return None
    if lo == hi and span.kind == PERSONA and is_word_here(words, lo):
        return None  # "la fiesta de la Cruz", "la Virgen del Carmen"
    if span.kind == DIRECCION and (
        all(norms[k].isdigit() or norms[k] in STREET_WORDS for k in range(lo, hi + 1))
        or holds_money(words.text[span.start : span.end])
    ):
        # A street needs a name: "cuesta 3 500 000 guaraníes" is a price, and the "Av."
        # left of "la Av. Argentina" once the place is trimmed names no one.
        return None
    start = span.start if lo == first else starts[lo]
    end = span.end if hi == last else words.ends[hi]
    if span.kind == DIRECCION:
        # The model stops at the street name and number; the flat and door go too.
        end = extend_locality(words.text, extend_address(words.text, end))
    elif start == span.start and end == span.end:
        return span
    return Span(start, end, span.kind, span.key)


def _public_document(span: Span, text: str) -> bool:
    """Whether a guess is a public document told by its number ("Resolución Gerencial
    N° 45-2023-GRH/DRA"): the number is published, and so is the document's name."""
    if not _NUMBER_SIGN_END.search(text, max(span.start, span.end - 5), span.end):
        # Or the guess holds the number itself: "Resolución Gerencial N° 118-2022-GRH".
        return _DOCUMENT_NUMBER.search(text, span.start, span.end) is not None and (
            is_public_number(text, span.start, span.end)
        )
    number = _SIGNED_NUMBER.match(text, span.end)
    return number is not None and is_public_number(text, number.start(1), number.end(1))


def _before_numbers(guesses: list[Span], trusted: list[Span], text: str) -> list[Span]:
    """Cut a guessed street where a phone a rule found or a date starts inside it: the
    tagger reads "Hermelinda 9 8 1 3 2 0 4 5 5" and "Nayeli 30/01/2021" as a street and
    its number, and the union with the name before would give the phone the name's
    placeholder, or take the date's day into the name and leave its month and year."""
    numbers = [(s.start, s.end) for s in trusted if s.kind == TELEFONO]
    streets = [g for g in guesses if g.kind == DIRECCION]
    if not streets or (not numbers and "/" not in text):
        return guesses
    kept: list[Span] = []
    for guess in guesses:
        cut = None
        if guess.kind == DIRECCION:
            cut = min((a for a, b in numbers if guess.start < a < guess.end), default=None)
            day = _DATE_INSIDE.search(text, guess.start + 1, guess.end + 8)
            if day is not None and day.start() < guess.end and (cut is None or day.start() < cut):
                cut = day.start()
        if cut is None:
            kept.append(guess)
            continue
        end = len(text[guess.start : cut].rstrip(" ,;:")) + guess.start
        if end > guess.start:
            kept.append(Span(guess.start, end, guess.kind, guess.key))
    return kept


# A date's day inside a guessed street: "Nayeli 30/01/2021".
_DATE_INSIDE: Final = re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}/\d{2,4}(?!\d)")


def _merge(ranked: list[tuple[int, Span]], text: str) -> list[Span]:
    """Union overlapping spans, and people whose words are only spaces apart.

    The union takes the kind and key of its most trusted (lowest rank) member.
    """
    merged: list[tuple[int, Span]] = []
    # Sorted by start, longest first, most trusted first; ties keep their order.
    order = sorted(range(len(ranked)), key=[(s.start, -s.end, r) for r, s in ranked].__getitem__)
    for rank, span in map(ranked.__getitem__, order):
        if merged:
            last_rank, last = merged[-1]
            if span.start < last.end or (
                last.kind == span.kind == PERSONA and _spaces_only(text[last.end : span.start])
            ):
                best = last if last_rank <= rank else span
                union = Span(last.start, max(last.end, span.end), best.kind, best.key)
                merged[-1] = (min(rank, last_rank), union)
                continue
        merged.append((rank, span))
    return [span for _, span in merged]


def _spaces_only(gap: str) -> bool:
    return gap.isspace() and len(gap) < 3


def _render(
    words: Words,
    spans: Sequence[Span],
    state: PlaceholderState,
    masks: Sequence[tuple[int, int, str]] = (),
) -> str:
    """The text with each span replaced by its placeholder and each mask by its text."""
    text, starts, norms = words.text, words.starts, words.norms
    out: list[str] = []
    pos = 0
    pending = sorted(masks)
    m = 0
    for span in spans:
        while m < len(pending) and pending[m][0] < span.start:
            out.append(text[pos : pending[m][0]])
            out.append(pending[m][2])
            pos = pending[m][1]
            m += 1
        out.append(text[pos : span.start])
        if span.kind in NUMBERED_KINDS:
            lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
            names = frozenset(n for n in norms[lo:hi] if n not in PARTICLES)
            key = span.key or "t:" + " ".join(sorted(names))
            written = words.words[lo:hi]
            out.append(state.placeholder(span.kind, key, names, written))
        else:
            out.append(state.placeholder(span.kind, span.key, frozenset()))
        pos = span.end
    for start, end, replacement in pending[m:]:
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def scrub_for_cli(text: str, *, known_names: Sequence[str] = ()) -> str:
    """Scrub one text exactly as ingest does, given the names known for it."""
    return scrub_free_text(text, context=ScrubContext(known=KnownValues.from_names(known_names)))
