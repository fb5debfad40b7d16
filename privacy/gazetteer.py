"""The study gazetteer: names an admin uploads (participants, NGOs, staff, leaders,
and small places such as hamlets, which become ``[LUGAR]``).

It is stored only as keyed hashes (BLAKE2b with the study key) of normalized tokens
and token sequences, never in clear: a leaked gazetteer file cannot be reversed with
a list of Quechua surnames without the key. Lookups hash each word of the text once;
sequences are tried only from words that start some entry.

It also carries, to the push's workers, what the privacy review queue remembers of the
study's decisions (`DecidedSpans`): keyed hashes of the words of each span a supervisor
released (research content) or confirmed (an identifier), so a later edit is not held
again for the same words.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from privacy.lexicon import PARTICLES
from privacy.names import NameMatch, is_acceptable
from privacy.normalize import Words, normalize_token, tokenize

GazetteerKind = Literal["person", "organization", "place"]
FORMAT_VERSION: Final = 1
_DIGEST_BYTES: Final = 12
_PERSON_DOMAIN: Final = b"chasqui-gz"
_PERSON: Final[GazetteerKind] = "person"
# Span digests are their own domain: a span's hash never matches a gazetteer entry's.
_SPAN_DOMAIN: Final = b"chasqui-hs"
_SPAN_DIGEST_BYTES: Final = 16
RELEASED: Final = "released"


def _hash(key: bytes, words: Sequence[str]) -> str:
    message = "\x1f".join(words).encode("utf-8")
    digest = hashlib.blake2b(
        message, key=key[:64], digest_size=_DIGEST_BYTES, person=_PERSON_DOMAIN
    )
    return digest.hexdigest()


def span_digest(text: str, *, key: bytes) -> str | None:
    """The keyed hash of a held span's normalized words (None: it has no word)."""
    words = [normalize_token(t.text) for t in tokenize(text)]
    if not any(words):
        return None
    message = "\x1f".join(words).encode("utf-8")
    digest = hashlib.blake2b(
        message, key=key[:64], digest_size=_SPAN_DIGEST_BYTES, person=_SPAN_DOMAIN
    )
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class DecidedSpans:
    """Spans a supervisor decided, by the id of the study key that hashed them.

    ``decisions[key_id][digest]`` is ``"released"`` or the placeholder kind a confirmed
    span gets. Only key ids still in the ring are kept: a destroyed key forgets its
    decisions, like its pseudonyms.
    """

    keys: Mapping[str, bytes]
    decisions: Mapping[str, Mapping[str, str]]

    @classmethod
    def from_body(cls, body: Mapping[str, Any], *, keys: Mapping[str, bytes]) -> DecidedSpans:
        """Read the ``{key_id: {digest: decision}}`` a stored study sends its workers."""
        decisions = {k: dict(v) for k, v in body.items() if k in keys and v}
        return cls({k: keys[k] for k in decisions}, decisions)

    def decision(self, text: str) -> str | None:
        """``"released"``, a placeholder kind (confirmed), or None (never decided).

        Under several keys (after a rotation), a confirmation wins over a release.
        """
        found: str | None = None
        for key_id, decisions in self.decisions.items():
            digest = span_digest(text, key=self.keys[key_id])
            decided = None if digest is None else decisions.get(digest)
            if decided is not None and decided != RELEASED:
                return decided
            found = found or decided
        return found


@dataclass(slots=True)
class Gazetteer:
    """Keyed hashes of study names; `key` is held in memory only, never serialized."""

    key: bytes
    person_tokens: frozenset[str] = frozenset()
    sequences: dict[str, GazetteerKind] = field(default_factory=dict)
    starts: frozenset[str] = frozenset()
    max_n: int = 1
    # Remembered review-queue decisions (never serialized by `to_json`: stored apart).
    decided: DecidedSpans | None = None
    _cache: dict[str, str] = field(default_factory=dict, repr=False)
    _any: frozenset[str] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        self._any = self.person_tokens | self.starts

    @classmethod
    def build(cls, names: Iterable[str | tuple[str, GazetteerKind]], *, key: bytes) -> Gazetteer:
        """Hash a list of names; a bare string is a person."""
        tokens: set[str] = set()
        sequences: dict[str, GazetteerKind] = {}
        starts: set[str] = set()
        max_n = 1
        for item in names:
            name, kind = (item, _PERSON) if isinstance(item, str) else item
            words = [normalize_token(t.text) for t in tokenize(name)]
            if not words:
                continue
            sequences[_hash(key, words)] = kind
            starts.add(_hash(key, words[:1]))
            max_n = max(max_n, len(words))
            if kind == "person":
                tokens.update(_hash(key, [w]) for w in words if w not in PARTICLES and len(w) > 1)
        return cls(key, frozenset(tokens), sequences, frozenset(starts), max_n)

    def to_json(self) -> str:
        """Serialize the hashes (not the key) for storage."""
        body = {
            "version": FORMAT_VERSION,
            "person_tokens": sorted(self.person_tokens),
            "sequences": dict(sorted(self.sequences.items())),
            "starts": sorted(self.starts),
            "max_n": self.max_n,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: str | bytes, *, key: bytes) -> Gazetteer:
        """Load hashes written by `to_json`; lookups need the same key."""
        body = json.loads(data)
        if body.get("version") != FORMAT_VERSION:
            raise ValueError("unknown gazetteer format")
        return cls(
            key,
            frozenset(body["person_tokens"]),
            dict(body["sequences"]),
            frozenset(body["starts"]),
            int(body["max_n"]),
        )

    @classmethod
    def load(cls, data: str | bytes, *, key_id: str, keys: Mapping[str, bytes]) -> Gazetteer | None:
        """A study's gazetteer and remembered decisions, as the push's workers get them.

        Entries hashed under a destroyed key are inert; decisions under keys still held
        stay. None when nothing is left to look up.
        """
        body = json.loads(data)
        decided = DecidedSpans.from_body(body.get("decided") or {}, keys=keys)
        found = decided if decided.decisions else None
        if key_id in keys:
            gazetteer = cls.from_json(data, key=keys[key_id])
            gazetteer.decided = found
            return gazetteer
        return None if found is None else cls(b"", decided=found)

    def _token_hash(self, norm: str) -> str:
        found = self._cache.get(norm)
        if found is None:
            found = self._cache[norm] = _hash(self.key, [norm])
        return found

    def find(self, words: Words) -> list[tuple[NameMatch, GazetteerKind]]:
        """Return whole entries and person words of the gazetteer found in the text."""
        if not self._any:
            return []  # only remembered decisions: no word to hash
        # Hash each distinct word once; only words that start an entry or are a person
        # word need a look at their position.
        known = {n: h for n in words.vocabulary if (h := self._token_hash(n)) in self._any}
        if not known:
            return []
        norms = words.norms
        hashes = [known.get(n, "") for n in norms]
        found: list[tuple[NameMatch, GazetteerKind]] = []
        after = 0
        for i in [i for i, h in enumerate(hashes) if h]:
            if i < after:
                continue
            match = self._sequence_at(norms, hashes, i)
            if match is not None:
                found.append(match)
                after = match[0].last + 1
            elif hashes[i] in self.person_tokens and is_acceptable(words, i, 1):
                found.append((NameMatch(i, i, frozenset()), "person"))
        return found

    def _sequence_at(
        self, norms: Sequence[str], hashes: Sequence[str], i: int
    ) -> tuple[NameMatch, GazetteerKind] | None:
        if hashes[i] not in self.starts:
            return None
        for n in range(min(self.max_n, len(norms) - i), 1, -1):
            kind = self.sequences.get(_hash(self.key, norms[i : i + n]))
            if kind is not None:
                return NameMatch(i, i + n - 1, frozenset()), kind
        kind = self.sequences.get(hashes[i])
        # One word of an organization or a place is the whole entry; of a person, one
        # name among others (looked up in `person_tokens`).
        return (NameMatch(i, i, frozenset()), kind) if kind in ("organization", "place") else None
