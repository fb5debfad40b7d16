"""Keyed pseudonyms for direct identifiers, and the ring of study keys behind them.

A pseudonym is ``ps1.<key_id>.<tag>`` where ``tag`` is the HMAC-SHA256 of the
normalized value, truncated to 20 base32 characters (100 bits). 100 bits keeps the
chance of two different people sharing a pseudonym below 1e-18 even for a million
values (birthday bound), while staying short enough to read in an export; guessing
is not the threat (without the key, a tag reveals nothing), so more bits buy nothing.

The key id is in clear inside the pseudonym so that, after a rotation, each stored
pseudonym says which key made it. Destroying a key (dropping it from the ring) makes
every pseudonym made under it unlinkable to a person, which is how a study ends.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from forms.spec import Entity
from privacy.normalize import normalize_phone, normalize_text, only_digits

PSEUDONYM_VERSION: Final = "ps1"
TAG_CHARS: Final = 20
MIN_KEY_BYTES: Final = 32
_KEY_ID: Final = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


class KeyRingError(ValueError):
    """A key ring was built or changed in a way that would lose data."""

    code = "privacy.key_ring"


@dataclass(frozen=True, slots=True)
class KeyRing:
    """Study keys by id; new pseudonyms use ``current``, old ones stay resolvable."""

    keys: Mapping[str, bytes] = field(default_factory=dict)
    current: str = ""

    def __post_init__(self) -> None:
        if self.current not in self.keys:
            raise KeyRingError("the current key id must be in the ring")
        for key_id, key in self.keys.items():
            if not _KEY_ID.match(key_id):
                raise KeyRingError("key ids are 1-32 chars of [a-z0-9_-]")
            if len(key) < MIN_KEY_BYTES:
                raise KeyRingError(f"keys must have at least {MIN_KEY_BYTES} bytes")
        # A private copy: callers cannot mutate the ring after building it.
        object.__setattr__(self, "keys", dict(self.keys))

    @classmethod
    def single(cls, key_id: str, key: bytes) -> KeyRing:
        """Build a ring with one key, which is current."""
        return cls(keys={key_id: key}, current=key_id)

    @property
    def current_key(self) -> bytes:
        return self.keys[self.current]

    def rotate(self, key_id: str, key: bytes) -> KeyRing:
        """Return a ring where ``key_id`` is current and older keys are still held."""
        if key_id in self.keys:
            raise KeyRingError("key ids are never reused")
        return KeyRing(keys={**self.keys, key_id: key}, current=key_id)

    def destroy(self, key_id: str) -> KeyRing:
        """Return a ring without ``key_id``: its pseudonyms become unlinkable."""
        if key_id == self.current:
            raise KeyRingError("rotate to a new key before destroying the current one")
        return KeyRing(
            keys={k: v for k, v in self.keys.items() if k != key_id}, current=self.current
        )


def normalize_identifier(value: str, entity: Entity) -> str:
    """Canonical form of a direct identifier, so spelling variants share a pseudonym."""
    if entity == "phone":
        return normalize_phone(value)
    if entity == "national_id":
        digits = only_digits(value)
        # DNI are digits only; a carnet de extranjeria may carry letters, keep them.
        return digits if len(digits) == len(re.sub(r"\W", "", value)) else normalize_text(value)
    if entity == "email":
        return value.strip().casefold()
    return normalize_text(value)


def _tag(value: str, entity: Entity, key: bytes) -> str:
    # The entity separates domains: the same digits as a phone and as a DNI must
    # not produce the same pseudonym (that would link two fields for free).
    message = f"{PSEUDONYM_VERSION}\x00{entity}\x00{normalize_identifier(value, entity)}"
    digest = hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:TAG_CHARS]


def pseudonymize(value: str, *, entity: Entity, key: bytes, key_id: str) -> str:
    """Return the keyed pseudonym of a direct identifier."""
    return f"{PSEUDONYM_VERSION}.{key_id}.{_tag(value, entity, key)}"


def pseudonymize_current(value: str, *, entity: Entity, ring: KeyRing) -> str:
    """Return the pseudonym of ``value`` under the ring's current key."""
    return pseudonymize(value, entity=entity, key=ring.current_key, key_id=ring.current)


def pseudonym_candidates(
    value: str, ring: KeyRing, *, entity: Entity = "person"
) -> tuple[str, ...]:
    """Return the pseudonyms of ``value`` under every key still held, current first."""
    order = [ring.current, *sorted(k for k in ring.keys if k != ring.current)]
    return tuple(pseudonymize(value, entity=entity, key=ring.keys[k], key_id=k) for k in order)
