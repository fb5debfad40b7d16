"""Passwords, bearer tokens and enrollment codes: how they are made and hashed.

Passwords use argon2 (pwdlib). Tokens and codes are random and long enough that a
fast hash is safe; they are stored only as SHA-256 so they can be looked up.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Final

from pwdlib import PasswordHash

_passwords: Final = PasswordHash.recommended()
# Crockford-style alphabet: no 0/O, 1/I/L, so a code read aloud or typed on a
# tablet keyboard survives.
_CODE_ALPHABET: Final = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
TOKEN_PREFIX: Final = "chq_"


def hash_password(password: str) -> str:
    return _passwords.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    return _passwords.verify(password, password_hash)


# Verifying against this keeps a login for an unknown user as slow as a real one.
_DUMMY_HASH: Final = _passwords.hash("chasqui-timing-equalizer")


def burn_password_time(password: str) -> None:
    _passwords.verify(password, _DUMMY_HASH)


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_enrollment_code() -> str:
    """Twelve characters in three groups: ~59 bits, one use, short-lived."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[0:4]}-{raw[4:8]}-{raw[8:12]}"


def normalize_enrollment_code(code: str) -> str:
    """Accept what an enumerator types: lower case, spaces, missing dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def enrollment_code_digest(code: str) -> str:
    return digest("enroll:" + normalize_enrollment_code(code))
