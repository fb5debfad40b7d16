"""Pure: seal and open the original text of a held span (privacy review queue).

A held span's original never reaches disk in clear: it is sealed with AES-SIV under a
key derived (HKDF) from the study's current pseudonym key, bound to where it stood
(its JSON pointer and hold number). AES-SIV is deterministic, so a replayed push seals
to identical bytes and this module needs no randomness. Destroying the study's
pseudonym key makes every sealed span unreadable, like its pseudonyms unlinkable.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from privacy.keys import KeyRing

_INFO: Final = b"chasqui-hold-seal-v1"


class SealError(ValueError):
    """The sealed span was tampered with, moved, or its key is gone."""

    code = "privacy.hold_unreadable"


@dataclass(frozen=True, slots=True)
class HoldKey:
    """The key that seals held spans, and the id of the study key it comes from."""

    key_id: str
    key: bytes


@lru_cache(maxsize=64)
def derive_hold_key(key: bytes, key_id: str) -> HoldKey:
    """The sealing key for held spans, derived from one study (pseudonym) key."""
    derived = HKDF(algorithm=hashes.SHA256(), length=64, salt=b"chasqui", info=_INFO).derive(key)
    return HoldKey(key_id=key_id, key=derived)


def current_hold_key(ring: KeyRing) -> HoldKey:
    """The sealing key under the ring's current key."""
    return derive_hold_key(ring.current_key, ring.current)


def hold_key_for(ring: KeyRing, key_id: str) -> HoldKey | None:
    """The sealing key a span was sealed under, or None once its study key is destroyed."""
    key = ring.keys.get(key_id)
    return None if key is None else derive_hold_key(key, key_id)


def _aad(pointer: str, number: int) -> list[bytes]:
    return [f"{pointer}\x00{number}".encode()]


def seal_span(text: str, *, key: HoldKey, pointer: str, number: int) -> bytes:
    """Encrypt one held span, bound to its place."""
    return AESSIV(key.key).encrypt(text.encode("utf-8"), _aad(pointer, number))


def open_span(sealed: bytes, *, key: HoldKey, pointer: str, number: int) -> str:
    """Decrypt one held span; raises SealError if it was moved or altered."""
    try:
        return AESSIV(key.key).decrypt(sealed, _aad(pointer, number)).decode("utf-8")
    except (InvalidTag, UnicodeDecodeError):
        raise SealError("the held span cannot be opened") from None
