"""Per-study secret keys: made at random, stored wrapped by the server key, rotated, destroyed.

Keys are random rather than derived from the server secret, because a derived key
could always be derived again: destruction would be a promise we could not keep.
"""

from __future__ import annotations

import os
from typing import Literal

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlmodel import Session, col, select

from accounts.models import StudyKey
from core.errors import Conflict, DomainError
from core.metadata import utcnow
from privacy.keys import KeyRing

Purpose = Literal["pseudonym", "attachment"]


class KeysDestroyed(DomainError):
    code = "privacy.keys_destroyed"


def server_key(secret: str) -> bytes:
    """The key-encryption key, derived from CHASQUI_SECRET_KEY."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"chasqui", info=b"study-key-wrap-v1"
    ).derive(secret.encode())


def _aad(study_id: int, purpose: str, key_id: str) -> bytes:
    return f"{study_id}\x00{purpose}\x00{key_id}".encode()


def _wrap(kek: bytes, key: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(kek).encrypt(nonce, key, aad)


def _unwrap(kek: bytes, blob: bytes, aad: bytes) -> bytes:
    return AESGCM(kek).decrypt(blob[:12], blob[12:], aad)


def _rows(session: Session, study_id: int, purpose: Purpose) -> list[StudyKey]:
    return list(
        session.exec(
            select(StudyKey)
            .where(StudyKey.study_id == study_id, StudyKey.purpose == purpose)
            .order_by(col(StudyKey.id))
        )
    )


def create_key(session: Session, *, study_id: int, purpose: Purpose, secret: str) -> StudyKey:
    """Add a new random key and make it current (the first key, or a rotation)."""
    rows = _rows(session, study_id, purpose)
    key_id = f"k{len(rows) + 1}"
    for row in rows:
        if row.is_current:
            row.is_current = False
            session.add(row)
    row = StudyKey(
        study_id=study_id,
        purpose=purpose,
        key_id=key_id,
        wrapped_key=_wrap(server_key(secret), os.urandom(32), _aad(study_id, purpose, key_id)),
        is_current=True,
    )
    session.add(row)
    session.flush()
    return row


def key_ring(session: Session, *, study_id: int, purpose: Purpose, secret: str) -> KeyRing:
    """The study's live keys for `purpose`; creates the first key on first use."""
    rows = [r for r in _rows(session, study_id, purpose) if r.wrapped_key is not None]
    if not rows:
        if any(r.destroyed_at for r in _rows(session, study_id, purpose)):
            raise KeysDestroyed("This study's keys were destroyed; it accepts no new data.")
        rows = [create_key(session, study_id=study_id, purpose=purpose, secret=secret)]
    kek = server_key(secret)
    keys = {
        r.key_id: _unwrap(kek, r.wrapped_key, _aad(study_id, purpose, r.key_id))
        for r in rows
        if r.wrapped_key is not None
    }
    current = next(r.key_id for r in rows if r.is_current)
    return KeyRing(keys=keys, current=current)


def destroy_key(session: Session, *, study_id: int, purpose: Purpose, key_id: str) -> None:
    """Erase a key's material for good. The current key goes last, at the study's end."""
    rows = _rows(session, study_id, purpose)
    row = next((r for r in rows if r.key_id == key_id), None)
    if row is None or row.wrapped_key is None:
        raise Conflict("No such live key.")
    others_live = [r for r in rows if r.wrapped_key is not None and r.key_id != key_id]
    if row.is_current and others_live:
        raise Conflict("Destroy the older keys first, or rotate before destroying this one.")
    row.wrapped_key, row.destroyed_at, row.is_current = None, utcnow(), row.is_current
    session.add(row)
    session.flush()
