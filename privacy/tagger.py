"""A small averaged-perceptron token tagger for names, organizations, addresses and IDs.

Trained on the MEDDOCAN train split and the in-domain Andean marks by
``bench/train_ner.py`` (fixed seed) and shipped as ``privacy/data/ner_model.json.gz``.
Only tokens with a capital letter or a digit are scored; the rest are research prose and
cost nothing. Scores are sums of per-token vectors cached by word, so a token costs a
handful of additions. ``find_model_runs`` drops runs that by their class of words or
digits are no identifier (kin words, places, prices, years: ``_not_an_identifier``).
"""

from __future__ import annotations

import gzip
import json
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import compress
from operator import itemgetter
from typing import Final, cast

from privacy.cues import NOT_SUBJECTS
from privacy.given import GIVEN_NAMES, NAMED_SPACES, PLACE_PREFIXES, SURNAMES
from privacy.lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    ELSEWHERE_WORDS,
    HONORIFICS,
    KIN,
    NEVER_REDACT_ALONE,
    PLACE_WORDS,
    RESEARCH_WORDS,
)
from privacy.lexicon import words as word_set
from privacy.normalize import Words
from privacy.public import PUBLIC_NAMES
from privacy.recognizers import DIRECCION, ID, ONG, PERSONA, TELEFONO

CLASSES: Final = ("O", "PER", "ORG", "ADDR", "ID", "CONTACT")
KIND_OF_CLASS: Final = {
    "PER": PERSONA,
    "ORG": ONG,
    "ADDR": DIRECCION,
    "ID": ID,
    "CONTACT": TELEFONO,
}
MODEL_FILE: Final = "ner_model.json.gz"
BOS: Final = "<s>"
EOS: Final = "</s>"
_CACHE_LIMIT: Final = 200_000
# Neighbour roles in the order of a `Record` after the token's own vector.
_ROLES: Final = ("-1", "+1", "-2", "+2")
# Lowercase words that may sit inside one tagged name or street, at most two in a row.
_BRIDGES: Final = frozenset({"de", "del", "la", "las", "los", "les", "dels", "da", "do"})
_MAX_BRIDGE: Final = 2


def is_candidate(word: str) -> bool:
    """Whether the tagger looks at a token at all (capital letter or digit)."""
    return not (word.islower() and word.isalpha())


@lru_cache(maxsize=1 << 16)
def shape(word: str) -> str:
    """Collapsed character classes: "Huamán" -> "Xx", "45678912" -> "d", "2ºA" -> "dxX"."""
    out: list[str] = []
    for ch in word:
        c = "d" if ch.isdigit() else "X" if ch.isupper() else "x" if ch.isalpha() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def self_features(word: str, norm: str) -> list[str]:
    """Features of a token that depend on the token alone."""
    digits = sum(ch.isdigit() for ch in word)
    return [
        "b",
        "w=" + norm,
        "s=" + shape(word),
        "p3=" + norm[:3],
        "s3=" + norm[-3:],
        f"d={min(digits, 12)}",
        f"l={min(len(word), 12)}",
    ]


def neighbour_features(role: str, word: str, norm: str) -> list[str]:
    """Features a token gives to its neighbour at relative position ``role``."""
    if role in ("-1", "+1"):
        return [f"w{role}={norm}", f"s{role}={shape(word)}"]
    return [f"w{role}={norm}"]


def gap_features(before: str, after: str, *, first: bool) -> list[str]:
    """Punctuation before and after a token, and whether it starts a line."""
    feats = ["g-=" + before.strip()[-2:], "g+=" + after.strip()[:2]]
    if first or "\n" in before:
        feats.append("bol")
    return feats


# A score vector is packed into one int, one 32-bit field per class, each holding
# _BIAS + the class score in thousandths (the weights have three decimals, so the sums
# are exact). Adding six packed vectors is five int additions instead of thirty float
# ones; the bias keeps every field positive so no carry crosses into the next class.
Vector = int
# A word's vectors as the token itself, then as the -1, +1, -2 and +2 neighbour, and
# whether it is scored at all.
Record = tuple[Vector, Vector, Vector, Vector, Vector, bool]
_IS_CANDIDATE: Final = itemgetter(5)
_SCALE: Final = 1000
_BIAS: Final = 1 << 28
_FIELD: Final = 32
_ROW: Final = struct.Struct(f"<{len(CLASSES)}I")
_PACKED_BYTES: Final = len(CLASSES) * _FIELD // 8
# Fields stay below 2**31 (six biases plus scores far below 2**29 thousandths), so bit 31
# of each field is free to act as a borrow guard when comparing fields.
_MAX_PART: Final = 1 << 25
_FIELD_MASK: Final = (1 << _FIELD) - 1
_REPLICATE: Final = sum(1 << (_FIELD * c) for c in range(len(CLASSES)))
_GUARDS: Final = _REPLICATE << (_FIELD - 1)
_BIASES: Final = _BIAS * _REPLICATE
# A vector sums at most this many features (a token's own seven, or its context's
# four): each feature's weight must stay below its share of a field.
_MOST_FEATURES: Final = 16


def _pack(weights: Sequence[float]) -> Vector:
    """One feature's weights as one int, a 32-bit field per class (fields may be
    negative here: the biases added once per vector keep every sum positive)."""
    scores = [round(x * _SCALE) for x in weights]
    if any(abs(t) >= _MAX_PART // _MOST_FEATURES for t in scores):
        raise ValueError("model weights too large for packed scores")
    return sum(t << (_FIELD * c) for c, t in enumerate(scores))


@dataclass(slots=True)
class TokenTagger:
    """Averaged perceptron weights with per-word caches of summed feature vectors."""

    weights: dict[str, list[float]]
    margin: float = 0.0
    _records: dict[str, Record] = field(default_factory=dict)
    _contexts: dict[tuple[int, str, str], Vector] = field(default_factory=dict)
    _packed: dict[str, Vector] = field(default_factory=dict)

    def vector(self, feats: Sequence[str]) -> Vector:
        """The packed sum of the weights of ``feats`` (each feature's weights are packed
        once, on first use: packing is linear, so the packed sum is the sum of packs)."""
        packed, total = self._packed, _BIASES
        for f in feats:
            p = packed.get(f)
            if p is None:
                w = self.weights.get(f)
                if w is None:
                    continue
                p = packed[f] = _pack(w)
            total += p
        return total

    def _context(self, prev: int, before: str, after: str) -> Vector:
        if len(self._contexts) > _CACHE_LIMIT:
            self._contexts.clear()
        feats = [f"t-1={CLASSES[prev]}", *gap_features(before, after, first=False)]
        # Every scored token adds exactly one context vector: it carries the margin.
        margin = round(self.margin * _SCALE)
        found = self._contexts[prev, before, after] = self.vector(feats) - margin
        return found

    def _record(self, word: str, norm: str) -> Record:
        if len(self._records) > _CACHE_LIMIT:
            self._records.clear()
        own = self.vector(self_features(word, norm))
        m1, p1, m2, p2 = (self.vector(neighbour_features(r, word, norm)) for r in _ROLES)
        found = self._records[word] = (own, m1, p1, m2, p2, is_candidate(word))
        return found

    def _records_of(self, ws: list[str], ns: list[str]) -> list[Record]:
        records: list[Record | None] = list(map(self._records.get, ws))
        if None in records:
            records = [r or self._record(w, n) for r, w, n in zip(records, ws, ns, strict=True)]
        return cast("list[Record]", records)

    def tag(self, words: Words) -> dict[int, int]:
        """Return the class index (never 0, which is O) of every tagged token, greedily."""
        n, gaps = len(words.words), words.gaps
        # The first word starts a line: a line break before it gives the same features.
        befores, afters = ["\n" + gaps[0], *gaps[1:n]], [*gaps[1:n], ""]
        contexts, context, unpack = self._contexts, self._context, _ROW.unpack
        # Two pads on each side: position i of the text is k = i + 2 here. Each word's
        # vectors in every role are looked up once, in one C-level pass.
        ws = [BOS, BOS, *words.words, EOS, EOS]
        rec = self._records_of(ws, [BOS, BOS, *words.norms, EOS, EOS])
        tags: dict[int, int] = {}
        last, prev = -2, 0
        for i in compress(range(n), map(_IS_CANDIDATE, rec[2 : n + 2])):
            if last != i - 1:
                prev = 0
            k = i + 2
            key = (prev, befores[i], afters[i])
            total = (
                rec[k][0]
                + rec[k - 1][1]
                + rec[k + 1][2]
                + rec[k - 2][3]
                + rec[k + 2][4]
                + (contexts.get(key) or context(*key))
            )
            last = i
            # Most tokens are O: O wins (ties too) when no class field exceeds its own,
            # checked for all fields at once on the guard bits of one subtraction.
            if (((total & _FIELD_MASK) * _REPLICATE | _GUARDS) - total) & _GUARDS == _GUARDS:
                prev = 0
                continue
            scores = unpack(total.to_bytes(_PACKED_BYTES, "little"))
            prev = tags[i] = scores.index(max(scores))
        return tags


def load_tagger(data: bytes) -> TokenTagger:
    """Build a tagger from the gzipped JSON written by the training script."""
    body = json.loads(gzip.decompress(data))
    if tuple(body["classes"]) != CLASSES:
        raise ValueError("model classes do not match this code")
    return TokenTagger(weights=body["weights"], margin=float(body.get("margin", 0.0)))


@cache
def default_tagger() -> TokenTagger | None:
    """The shipped model, loaded once; None when the package was built without it."""
    path = resources.files("privacy") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    return load_tagger(path.read_bytes())


def find_model_runs(words: Words) -> list[tuple[int, int, str]]:
    """Return ``(first, last, kind)`` token runs the shipped model tags, one per run of
    equal non-O tags."""
    tagger = default_tagger()
    if tagger is None or not words.words:
        return []
    runs: list[list[int]] = []
    for i, cls in tagger.tag(words).items():
        if runs and runs[-1][2] == cls and _joins(words, runs[-1][1], i):
            runs[-1][1] = i
        else:
            runs.append([i, i, cls])
    return [
        (first, last, KIND_OF_CLASS[CLASSES[cls]])
        for first, last, cls in runs
        if not _lone_opener(words, first, last, cls)
        and not (cls == _PER and _not_a_person(words, first, last))
        and not _not_an_identifier(words, first, last, cls)
        and _AMOUNT.match(words.text, words.starts[first]) is None  # "Ganan S/ 55"
    ]


_PER: Final = CLASSES.index("PER")
# After these an unknown capitalized word is where someone goes or lives: "vive en
# Villacurí", "hasta Pazos"; "allá por Villacurí".
_TO_A_PLACE: Final = word_set("en desde hasta hacia")
_THERE: Final = word_set("alla aca ahi aqui alli")
_AMOUNT_START: Final = ("S/", "US$", "$", "€")
_AMOUNT: Final = re.compile(r"(?:S/|US\$|\$|€)[ \t]?\d")


def _not_a_person(words: Words, first: int, last: int) -> bool:
    """Whether a person the model guesses is a place, a verb or a public name here.

    A place after "en", "desde", "hasta" or "allá por"; a lone word opening a sentence
    before an amount ("Ganan S/ 55 el jornal"); a programme on the public allow-list
    after a colon in prose ("hay que diferenciar: Haku Wiñay es del Estado"), where a
    form's "Nombre: Santiago" has a capitalized label.
    """
    norms, gaps = words.norms, words.gaps
    prev = norms[first - 1] if first > 0 and gaps[first].strip(" ") == "" else ""
    if prev in _TO_A_PLACE or (prev == "por" and first > 1 and norms[first - 2] in _THERE):
        return True
    if prev in NAMED_SPACES and words.words[first - 1].islower():
        return True  # "el parque Valentino", "el mercado Raimondi": a public space
    nxt = last + 1
    if (
        first == last
        and nxt < len(norms)
        and words.words[first][1:].islower()
        and (first == 0 or gaps[first].strip(" ")[-1:] in (".", "!", "?", "\n", "¿", "¡"))
        and words.text.startswith(_AMOUNT_START, words.starts[nxt])
    ):
        return True
    if first > 1 and gaps[first].strip(" ") == ":" and words.words[first - 1].islower():
        phrases = PUBLIC_NAMES.get(norms[first], ())
        return any(tokens == tuple(norms[first : last + 1]) for tokens, _ in phrases)
    return False


# Guards by class, not by instance: what a model run is made of or stands after says it
# is a word of the language, a place or an amount, not somebody's identifier.
_ORG: Final = CLASSES.index("ORG")
_ADDR: Final = CLASSES.index("ADDR")
_NUMBER_CLASSES: Final = frozenset({CLASSES.index("ID"), CLASSES.index("CONTACT")})
# Words no model run may consist of alone: kin, titles (also "Miss"), places, research
# and sentence words, and what is never a subject ("Ayer", "Comunidad"), but months and
# weekdays, which are names too ("Domingo"). Organizations and streets add the common
# words that are also names ("La Paz", "la Soledad"); a person may be Rosa Flores.
_PLAIN: Final = (
    KIN | HONORIFICS | PLACE_WORDS | NEVER_REDACT_ALONE | (NOT_SUBJECTS - CALENDAR_WORDS)
)
_PLAIN_OF: Final = {_PER: _PLAIN, _ORG: _PLAIN | COMMON_WORDS, _ADDR: _PLAIN | COMMON_WORDS}
# "el Mercado Modelo", "su Bono Juancito Pinto": a name after an article or possessive
# and a capitalized noun of a place, an institution or a programme names that thing.
_ARTICLES: Final = word_set("el la los las del al su sus mi mis nuestro nuestra")
_THING_NOUNS: Final = (
    (
        PLACE_WORDS
        | RESEARCH_WORDS
        | word_set("colegio escuela hospital asociacion empresa radio bono beca")
    )
    - KIN
    - HONORIFICS
)
# Phones have six digits or more (a province landline), ID numbers eight or more;
# fewer digits are an amount, a year or a count ("es 1200", "120 – 150 – 180").
_MIN_DIGITS: Final = 6
_ENDS: Final = re.compile(r"[.!?¿¡\n]\s*$")
# A norm's number ends in its year and issuer: "decreto 006-2020-MIMP", "0456-2018".
_NORM_NUMBER: Final = re.compile(r"\d{1,5}-(?:19|20)\d\d(?:-[A-Za-z]+)*")


def _not_an_identifier(words: Words, first: int, last: int, cls: int) -> bool:
    """Whether a model run is, by its class of words or digits, no identifier.

    Runs of numbers (ID, CONTACT) need the digits of a phone or an ID: the number group
    around the run (digit words joined by single spaces, "964 123 456") holds at least
    six digits unless it is a field's value after a colon, and is no norm number
    ("006-2020-MIMP"). An e-mail has its "@". A run of digits alone after a word of
    a dash, or after a sentence's first word, is a year or an amount, not a street or a
    name ("Entre 1990 – 2000"; "Calle Colón, 23" and "limia 56" keep their numbers).
    Runs of words (PER, ORG, ADDR) are no identifier when every word is a kin word, a
    title, a place, a research or sentence word (or, for organizations and streets, a
    common word that is also a name), or when the run is an allow-listed public name.
    A street with no digit after "en", "desde", "hasta" or "hacia" is a place ("vivo en
    Valle Hermoso"); a person after an article and a capitalized place or institution
    noun names it ("el Mercado Modelo"); a run opening a line before a colon is a
    field's label ("Domicilio: Lima"), which the speaker rules judge. An organization of
    single letters is a piece of a dotted code ("I.E.I.").
    """
    text, ws, norms, gaps = words.text, words.words, words.norms, words.gaps
    if cls in _NUMBER_CLASSES:
        piece = text[words.starts[first] : words.ends[last]]
        if "@" in piece:
            return False
        lo, hi = first, last
        while lo > 0 and gaps[lo] == " " and ws[lo - 1].isdigit():
            lo -= 1
        while hi + 1 < len(ws) and gaps[hi + 1] == " " and ws[hi + 1].isdigit():
            hi += 1
        group = text[words.starts[lo] : words.ends[hi]]
        if sum(map(str.isdigit, group)) < _MIN_DIGITS and not gaps[lo].strip(" ").endswith(":"):
            return True  # a field's value stays: "NºCol: 28 28"
        return _NORM_NUMBER.fullmatch(piece) is not None
    run = norms[first : last + 1]
    if not any(map(str.isalpha, "".join(ws[first : last + 1]))) and (
        first == 0
        or "–" in gaps[first]
        or (norms[first - 1] not in _STREETS and (first == 1 or _ENDS.search(gaps[first - 1])))
    ):
        return True  # "Entre 1990 – 2000"; the number of "Calle Colón, 23" stays
    if cls == _ORG and max(map(len, run)) == 1:
        return True  # letters of a dotted code, "I.E.I. N° 412": no name alone
    if cls == _ORG and all(n in ELSEWHERE_WORDS for n in run):
        return True  # "los de Buenos Aires mandaron": a city abroad, no organization
    plain = _PLAIN_OF.get(cls)
    if plain is not None and all(n in plain for n in run) and max(map(len, run)) > 1:
        return True
    if any(tokens == tuple(run) for tokens, _ in PUBLIC_NAMES.get(run[0], ())):
        return True
    if _names_no_one(words, first, last, cls):
        return True
    line_start = first == 0 or "\n" in gaps[first]
    if line_start and gaps[last + 1].strip(" ").startswith(":"):
        return True
    prev = norms[first - 1] if first > 0 and gaps[first].strip(" ") == "" else ""
    if cls != _PER and _studied_or_lived_in(words, first, last):
        return True
    if _renames_a_public_name(words, first):
        return True
    if cls in _ADDR_OR_ORG and _street_without_number(words, first, last):
        return True
    if cls == _PER and last > first and run[0] in _PLACE_HEADS and ws[first][:1].isupper():
        return True  # "por Puerto Maldonado", "la Ciudad Universitaria"
    if (
        first == last
        and run[0] in _PLACE_HEADS
        and last + 1 < len(ws)
        and gaps[last + 1] == " "
        and ws[last + 1][:1].isupper()
    ):
        return True  # a place cut after its head: "volvió de Puerto Maldonado"
    if cls == _ADDR:
        return (
            prev in _TO_A_PLACE
            and not any(map(str.isdigit, "".join(ws[first : last + 1])))
            and not any(n in _STREETS for n in run)
        )
    nouns = _THING_NOUNS if cls == _PER else _PLACE_NOUNS if cls == _ORG else None
    if nouns is None:
        return False
    # The thing's noun inside the run ("Mercado Modelo") or just before it.
    at = first + 1 if run[0] in nouns and last > first else first
    return (
        at > 1
        and norms[at - 1] in nouns
        and ws[at - 1][:1].isupper()
        and gaps[at - 1].strip(" ") == ""
        and gaps[at].strip(" ") == ""
        and norms[at - 2] in _ARTICLES
    )


# A field of study follows a verb or noun of studying ("Estudio Ingeniería Civil", "la
# carrera de Enfermería Técnica"); where one studies follows "en" and is not dropped.
_STUDY_VERBS: Final = word_set(
    "estudio estudia estudie estudian estudiamos estudiar estudiando estudiaba estudiado"
)
_STUDY_NOUNS: Final = word_set("carrera profesion especialidad licenciatura maestria doctorado")
# After a verb of living or birth and "en", a name is where one lives: "vivo en Valle
# Hermoso" (an employer follows "trabajo en", so "en" alone says nothing).
_LIVE_VERBS: Final = word_set(
    "vivo vive viven vivimos vivia vivian vivir viviendo naci nacio nacieron radica radican"
    " reside residen"
)
# A market or a park named after an article is a place ("el Mercado Modelo"); a shop
# named like a square is not ("trabaja en Plaza Vea"), so "plaza" is left out.
_PLACE_NOUNS: Final = word_set("mercado parque")
_MAX_STRETCH: Final = 8
_SENTENCE_END: Final = (".", "!", "?", "\n", "¿", "¡", ":", ";")


def _name_start(words: Words, first: int) -> int:
    """The first token of the capitalized stretch a run ends ("Valle" for "Hermoso" in
    "en Valle Hermoso"): the model may tag a name's words with different classes."""
    at = first
    # Bounded like a name: a run inside a long capitalized stretch (a title-case line, a
    # list of Quechua words) must not walk the whole stretch back, once per run.
    while (
        at > 0
        and first - at < _MAX_STRETCH
        and words.gaps[at].strip(" ") == ""
        and words.words[at - 1][:1].isupper()
    ):
        at -= 1
    return at


def _studied_or_lived_in(words: Words, first: int, last: int) -> bool:
    """Whether an organization or street run is a field of study or a place of living.

    A field of study: the capitalized stretch of the run opens a sentence with a verb of
    studying ("Estudio Ingeniería Civil"), or follows one ("estudia Enfermería") or a
    noun of studying with "de" or "en" ("carrera de Ingeniería de Minas"). A place: the
    stretch, with no digit, follows a verb of living and "en", "desde" or "hasta".
    """
    norms, gaps = words.norms, words.gaps
    start = _name_start(words, first)
    if (
        start < first
        and norms[start] in _STUDY_VERBS
        and (start == 0 or gaps[start].strip(" ")[-1:] in _SENTENCE_END)
    ):
        return True
    if start == 0 or gaps[start].strip(" ") != "":
        return False
    before = norms[start - 1]
    if before in _STUDY_VERBS or before in _STUDY_NOUNS:
        return True
    before2 = norms[start - 2] if start > 1 and gaps[start - 1].strip(" ") == "" else ""
    if before in ("de", "en") and before2 in _STUDY_NOUNS:
        return True
    return (
        before in _TO_A_PLACE
        and before2 in _LIVE_VERBS
        and not any(map(str.isdigit, "".join(words.words[start : last + 1])))
    )


def _renames_a_public_name(words: Words, first: int) -> bool:
    """Whether a run set off by a comma after an allow-listed public name, with or
    without an article, is that body's other name: "El MRTA, el Túpac Amaru, entró"."""
    norms, gaps = words.norms, words.gaps
    at = first
    if at > 0 and norms[at - 1] in _ARTICLES and gaps[at].strip(" ") == "":
        at -= 1
    if at == 0 or gaps[at].strip(" ") != ",":
        return False
    end = at - 1
    for j in range(max(0, end - 4), end + 1):
        for tokens, exact in PUBLIC_NAMES.get(norms[j], ()):
            if tokens == tuple(norms[j : end + 1]) and (
                not exact or all(w.isupper() for w in words.words[j : end + 1])
            ):
                return True
    return False


# Place nouns that open a place's name and no person's: "Puerto Maldonado".
_PLACE_HEADS: Final = word_set(
    "puerto ciudad provincia distrito departamento region pueblo comunidad anexo caserio"
    " barrio capital"
)
# A street named without a number is a place (research content), not an address.
_STREET_HEADS: Final = word_set(
    "calle avenida av avda paseo camino carretera jiron jr pasaje psje via alameda malecon"
)


_NUMBER_SIGNS: Final = frozenset({"N", "No", "Nº", "N°", "s", "S"})
_THE_STREET: Final = word_set("el la al del")


def _street_without_number(words: Words, first: int, last: int) -> bool:
    """Whether a street or organization run is a street's name with no number: "en el
    Jirón Virrey Toledo.", "de la Vía Los Libertadores..." ("Jr. Virrey Toledo 345"
    and "Calle Lima, 23" keep their number and stay an address)."""
    ws, norms, gaps, n = words.words, words.norms, words.gaps, len(words.words)
    # The street word opens the run or the capitalized stretch it ends ("Jirón Virrey").
    head = first
    while norms[head] not in _STREET_HEADS:
        if (
            head == 0
            or first - head >= 3
            or gaps[head].strip(" .")
            or not ws[head - 1][:1].isupper()
        ):
            return False
        head -= 1
    if not ws[head][:1].isupper() or any(map(str.isdigit, "".join(ws[head : last + 1]))):
        return False
    # Talk names a street with its article ("en el Jirón", "de la Vía"); a form's
    # "Domicilio: Avda. de la Albufera, 66" has none.
    if head == 0 or norms[head - 1] not in _THE_STREET or gaps[head].strip(" "):
        return False
    # No number, lot or block after it, past the rest of a name the model cut short:
    # "Virrey Toledo 345", "Lima, 23", "Juan B. Justo 1290", "s/n", "Mz. B".
    for k in range(last + 1, min(last + 6, n)):
        if (
            any(map(str.isdigit, ws[k]))
            or norms[k] in ("nro", "mz", "lt")
            or ws[k] in _NUMBER_SIGNS
        ):
            return False
        if (ws[k][:1].islower() and norms[k] not in _BRIDGES) or any(
            c in gaps[k] for c in "\n!?;:"
        ):
            break
    return True


_STREETS: Final = word_set(
    "calle avenida av avd avda paseo plaza camino carretera ctra jiron jr pasaje psje"
)
_ABBREVIATIONS: Final = word_set(
    "gral prof avda avd ing lic sra srta dra sr sto sta pje urb nstra col ctra crta"
)
_ADDR_OR_ORG: Final = frozenset({CLASSES.index("ADDR"), CLASSES.index("ORG")})


def _lone_opener(words: Words, first: int, last: int, cls: int) -> bool:
    """A street or an organization the model guesses from one capitalized word opening a
    sentence ("Manda 200 dólares", "Tenemos Beca 18") is the sentence's verb: an
    interview is not a letterhead."""
    if cls not in _ADDR_OR_ORG:
        return False
    # "Caminamos 5 km": one word and numbers after it.
    if any(not w.isdigit() for w in words.words[first + 1 : last + 1]):
        return False
    word = words.words[first]
    if not word[1:].islower() or any(map(str.isdigit, word)) or words.norms[first] in _STREETS:
        return False
    # "Olivos 973, Independencia" and "Teatinos 180." are streets; "Manda 200 dólares"
    # goes on in lowercase.
    after, n = last + 1, len(words.words)
    while after < n and words.gaps[after] == " " and words.words[after].isdigit():
        after += 1  # "Ganaba 1 250 soles": the model took "Ganaba 1"
    if last > first and not (
        after < n and words.gaps[after] == " " and words.words[after][:1].islower()
    ):
        return False
    if first == 0:
        return True
    gap = words.gaps[first].strip(" ")
    before = words.words[first - 1]
    if gap == "." and (
        words.norms[first - 1] in _ABBREVIATIONS or not any(c in "aeiou" for c in before.lower())
    ):
        return False  # after an abbreviation: "Calle Gral. Rey, 2", "Avda. Dr. Fedriani"
    nxt = first + 1
    if last == first and words.gaps[nxt : nxt + 1] == [", "] and words.words[nxt].isdigit():
        return False  # "Colón, 28, 1º"
    return gap[-1:] in (".", "!", "?", "\n", ";", "¿", "¡")


def _joins(words: Words, last: int, i: int) -> bool:
    """Whether token ``i`` continues the span that ends at token ``last``.

    A run breaks at punctuation so that "Libertad 1493, Huancayo. Su" becomes pieces,
    and the place and the sentence word can be trimmed off each. Lowercase particles
    the model never scores join a run ("Travessera de les Corts", "María de los Ángeles").
    """
    if i - last > _MAX_BRIDGE + 1:
        return False
    if i == last + 1:
        return words.gaps[i].strip(" -/") == ""
    between = words.norms[last + 1 : i]
    if any(
        n not in _BRIDGES or not words.words[j].islower() for j, n in enumerate(between, last + 1)
    ):
        return False
    return all(words.gaps[j].strip(" -/") == "" for j in range(last + 1, i + 1))


# More guards by class, for the model trained on every marked batch: public bodies and
# committees, months, compass points, transport lines, streets and villages named in talk.
#
# The words of the allow-listed public names that are nobody's name ("ministerio",
# "seguridad", "union", "padres", "familia"), the fields a public body or office covers
# and the roles a village committee gathers: a run of these alone names a kind of body.
_PUBLIC_WORDS: Final = (
    frozenset(w for ps in PUBLIC_NAMES.values() for tokens, _ in ps for w in tokens if w.isalpha())
    - GIVEN_NAMES
    - SURNAMES
    - _BRIDGES
)
_FIELD_WORDS: Final = word_set(
    """
    agricultura agrario agraria ganaderia salud educacion economia finanzas trabajo
    empleo vivienda ambiente cultura defensa interior justicia transportes
    comunicaciones energia minas mineria produccion turismo desarrollo inclusion
    ciudadana ciudadano europea europeo nacional regional municipal provincial distrital
    comunal publica publico social sociales seguridad proteccion salubridad riego
    infraestructura obras servicios relaciones exteriores internacional cooperacion
    vigilancia serenazgo limpieza nocturna diurna vial
    """
)
_COMMITTEE_ROLES: Final = word_set(
    """
    padres madres vecinos regantes usuarios productores comerciantes autoridades
    docentes profesores maestros jovenes mujeres ganaderos agricultores artesanos
    pescadores mototaxistas transportistas moradores pobladores comuneros socios
    """
)
_BODY_WORDS: Final = _PUBLIC_WORDS | _FIELD_WORDS | _COMMITTEE_ROLES
_MONTHS: Final = word_set(
    "enero febrero marzo abril mayo junio julio agosto setiembre septiembre octubre"
    " noviembre diciembre"
)
# Before a month: "en Marzo", "desde Julio", "a fines de Abril", "el mes de Mayo".
_BEFORE_MONTH: Final = word_set(
    "en de desde hasta para por entre fines inicios mediados comienzos principios mes"
)
_COMPASS: Final = word_set(
    "norte sur este oeste oriente occidente noreste noroeste sureste suroeste nororiente"
)
# Travelling somewhere "en" or "por" a bus line, or "en el bus de" one: the line is how
# one goes, not an employer ("Trabajo en Transportes Wayra" is one).
_TRAVEL_STEMS: Final = (
    "viaj",
    "regres",
    "volv",
    "vuelv",
    "lleg",
    "vin",
    "vien",
    "vengo",
    "fui",
    "fuimos",
    "fueron",
    "iba",
    "voy",
    "vamos",
    "van",
    "sali",
    "salg",
    "baj",
    "sub",
    "mand",
    "envi",
)
_VEHICLES: Final = word_set(
    "bus buses omnibus carro carros combi combis camion camioneta colectivo avion vuelo"
    " agencia pasaje"
)
# Nouns of a street or a place that a name follows, lowercase in talk: "la calle Los
# Pinos", "el barrio se llamaba La Merced".
_STREET_NOUNS: Final = _STREET_HEADS | word_set(
    "urbanizacion asentamiento zona sector barrio anexo caserio"
)
_PLACE_OR_STREET_NOUNS: Final = (
    _STREET_NOUNS | _PLACE_HEADS | word_set("zona sector villa cerro quebrada laguna rio")
)
_NAMING: Final = word_set("llama llamaba llamaban llaman llamado llamada nombre")
# Andean villages are nouns of land and water: "-pampa", "-bamba", "-cocha", "-marca",
# "-tambo" ("Ccochapampa", "Julcamarca", "Tarmatambo"); "a" may be a person's ("Llamé a").
_TOPONYM_ENDINGS: Final = ("pampa", "bamba", "cocha", "qocha", "marca", "marka", "tambo")
_TOWARDS: Final = _TO_A_PLACE | word_set("de")
# A settlement's head opens its name: "Villa Rica", "Alto Cunas", "Nueva Esperanza".
_SETTLEMENT_HEADS: Final = PLACE_PREFIXES | word_set("villa puerto pueblo ciudad barrio")
_TO_A_SETTLEMENT: Final = _TOWARDS | word_set("a al")
# A workplace named by its kind alone: "En el Fundo nos pagan", "la Empresa no paga".
_WORKPLACE_KINDS: Final = word_set(
    "fundo hacienda empresa fabrica mina taller granja planta tienda obra campamento"
)
# Illnesses, the weather and the map are nobody: "con la Covid", "la Helada", "el Círculo
# Polar Ártico".
_NOBODY: Final = word_set(
    "covid coronavirus pandemia dengue gripe influenza tbc sida vih helada heladas sequia"
    " friaje granizo circulo polar artico antartico antartida tropico ecuatorial hemisferio"
    " meridiano"
)
# A saint's name after "San", "Santa": the saint, the fiesta or the place ("San Martín").
_SAINT_TITLES: Final = word_set("san santa santo santisima santisimo")
# A score or a series, not a street number: "quedó 3-15-8".
_SERIES: Final = re.compile(r"\d+(?:-\d+){2,}")


def _names_no_one(words: Words, first: int, last: int, cls: int) -> bool:
    """Whether a person, organization or street run names a kind of thing, not someone.

    - A kind of public body or committee: an organization made only of allow-listed
      public words, fields and committee roles ("el Ministerio de Agricultura", "la
      Unión Europea", "Seguridad Ciudadana", "como Padres de Familia"), with one field
      or role at least;
    - a month taken for a person: "Marzo" always, "Julio" or "Abril" (given names too)
      after "en", "de", "desde"... or before "de 2019" or a number;
    - a compass point alone, whatever the class: "la zona Sur", "el Norte"; an illness,
      the weather or the map ("con la Covid", "el Círculo Polar Ártico");
    - a workplace by its kind alone ("En el Fundo nos pagan"); a saint after "San" or
      "Santa" ("San Martín"); a series of numbers after a lowercase word ("quedó
      3-15-8"), not a street number;
    - a bus line one travels by: after a verb of going and "en" or "por" ("Viajamos en
      Cruz del Sur"), or after a vehicle and "de" ("el bus de Cruz del Sur");
    - a street or a place named in talk: after a lowercase street or area noun ("la
      calle Los Pinos", "la zona El Gran Poder") or after a place noun and a verb of
      naming ("la calle se llamaba Los Pinos"), with no number after it;
    - a village named by its Andean ending after a word of place: "En Ccochapampa".
    """
    ws, norms, gaps = words.words, words.norms, words.gaps
    run = norms[first : last + 1]
    piece = words.text[words.starts[first] : words.ends[last]]
    if any(map(str.isdigit, piece)):
        # "el partido quedó 3-15-8": a series after a lowercase word ("Nishikoizumi
        # 3-12-5" is a Japanese address after its place).
        return (
            cls == _ADDR
            and _SERIES.fullmatch(piece) is not None
            and first > 0
            and ws[first - 1].islower()
        )
    if (
        cls == _ORG
        and all(n in _BODY_WORDS or n in _BRIDGES for n in run)
        and any(n in _FIELD_WORDS or n in _COMMITTEE_ROLES for n in run)
    ):
        return True  # "Santa Fe", all allow-listed words but no field, is a farm's name
    if all(n in _COMPASS for n in run) or all(n in _NOBODY or n in _BRIDGES for n in run):
        return True
    if cls == _ORG and first == last and run[0] in _WORKPLACE_KINDS:
        return True
    if (
        cls == _PER
        and first > 0
        and norms[first - 1] in _SAINT_TITLES
        and ws[first - 1][:1].isupper()
        and gaps[first].strip(" ") == ""
    ):
        return True
    prev = norms[first - 1] if first > 0 and gaps[first].strip(" ") == "" else ""
    if cls == _PER and first == last and _plural_noun_opening(words, first):
        return True
    if cls == _PER and first == last and run[0] in _MONTHS:
        return run[0] not in GIVEN_NAMES or prev in _BEFORE_MONTH or _dated_after(words, last)
    if cls == _ORG and _travelled_by(words, first):
        return True
    if _named_place(words, first, last):
        return True
    if cls != _PER and _in_a_settlement_name(words, first, last):
        return True
    return first == last and prev in _TOWARDS and run[0].endswith(_TOPONYM_ENDINGS)


def _plural_noun_opening(words: Words, i: int) -> bool:
    """Whether a lone capitalized word opening a sentence or an answer is a plural noun
    going on as a phrase ("Ferias de semillas", "Talleres y charlas"): a word ending as a
    plural, no known given name or surname ("Dolores", "Rosas" are), and a lowercase
    "de", "y" or "para" after it."""
    norm, n = words.norms[i], len(words.words)
    if not norm.endswith(_PLURAL_ENDINGS) or norm in GIVEN_NAMES or norm in SURNAMES:
        return False
    if i > 0 and words.gaps[i].strip(" ")[-1:] not in _SENTENCE_END:
        return False
    nxt = i + 1
    return nxt < n and words.gaps[nxt] == " " and words.words[nxt] in _PHRASE_GOES_ON


_PLURAL_ENDINGS: Final = ("as", "es", "os")
_PHRASE_GOES_ON: Final = frozenset({"de", "del", "y", "e", "para", "con", "sin"})


def _in_a_settlement_name(words: Words, first: int, last: int) -> bool:
    """Whether an organization or street run is (the end of) a settlement's name after
    a word of place: "los de Villa Rica contrataron", "en Villa María del Triunfo",
    "desde Nueva Esperanza". The name opens with a settlement's head ("Villa", "Alto",
    "Nueva"...), goes on in capitalized words and "de"/"del"/"la", holds no digit and
    ends with the run; a firm's word after it ("Villa Rica Export") is not a place's.
    """
    ws, norms, gaps = words.words, words.norms, words.gaps
    at = first
    while (
        at > 0
        and first - at < _MAX_STRETCH
        and gaps[at].strip(" ") == ""
        and (ws[at - 1][:1].isupper() or norms[at - 1] in _BRIDGES)
    ):
        at -= 1
    # The head may follow a capitalized "En" opening the sentence.
    while at <= first and not (
        norms[at] in _SETTLEMENT_HEADS
        and ws[at][:1].isupper()
        and at > 0
        and gaps[at].strip(" ") == ""
        and norms[at - 1] in _TO_A_SETTLEMENT
    ):
        at += 1
    if at > first or at == last:
        return False
    stretch = ws[at : last + 1]
    if any(map(str.isdigit, "".join(stretch))):
        return False
    if any(len(w) > 1 and w.isupper() for w in stretch):
        return False  # "Valle Hermoso SAC": a firm's legal form or acronym
    nxt = last + 1
    # "Villa Sol 2, Mz. B": a numbered settlement is an address's.
    return not (
        nxt < len(ws)
        and gaps[nxt].strip(" ") == ""
        and (ws[nxt][:1].isupper() or ws[nxt][:1].isdigit())
    )


def _dated_after(words: Words, last: int) -> bool:
    """Whether a number, or "de"/"del" and a number, follows token ``last``."""
    ws, n = words.words, len(words.words)
    k = last + 1
    if k < n and words.norms[k] in ("de", "del") and words.gaps[k].strip(" ") == "":
        k += 1
    return k < n and ws[k][:1].isdigit() and words.gaps[k].strip(" ") == ""


def _travelled_by(words: Words, first: int) -> bool:
    """Whether an organization run is a line one travels or sends by: "Viajamos en Cruz
    del Sur", "lo mandé por Cruz del Sur", "en el bus de Cruz del Sur"."""
    norms, gaps = words.norms, words.gaps
    if first < 2 or gaps[first].strip(" ") or gaps[first - 1].strip(" "):
        return False
    before, verb = norms[first - 1], norms[first - 2]
    if before in ("en", "por") and verb.startswith(_TRAVEL_STEMS):
        return True
    return before in ("de", "del") and verb in _VEHICLES


def _named_place(words: Words, first: int, last: int) -> bool:
    """Whether a run follows a lowercase street or place noun, directly or through a verb
    of naming ("la calle Los Pinos", "el barrio se llamaba La Merced"), with no number,
    lot or block after it ("la calle Los Pinos 123" is an address)."""
    ws, norms, gaps, n = words.words, words.norms, words.gaps, len(words.words)
    at = first - 1
    # "se llamaba", "llamado", "de nombre": up to two words between noun and name.
    while at >= 0 and first - at <= 3 and (norms[at] in _NAMING or norms[at] in ("se", "de")):
        at -= 1
    if at < 0 or norms[at] not in _PLACE_OR_STREET_NOUNS or not ws[at].islower():
        return False
    if any(gaps[k].strip(" ") for k in range(at + 1, first + 1)):
        return False
    if at == first - 1:
        if norms[at] not in _STREET_NOUNS:
            return False  # "Vino del puerto Rosa Quispe": only a street is named so
    elif not any(norms[k] in _NAMING for k in range(at + 1, first)):
        return False  # "la calle de Juan": "de" alone is no naming
    for k in range(last + 1, min(last + 4, n)):
        if (
            any(map(str.isdigit, ws[k]))
            or norms[k] in ("nro", "mz", "lt")
            or ws[k] in _NUMBER_SIGNS
        ):
            return False
        if gaps[k].strip(" "):
            break
    return True
