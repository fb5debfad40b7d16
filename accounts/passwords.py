"""Password rules, checked wherever a password is set (the CLI and the API).

The list of common passwords ships with the `zxcvbn` package (MIT licence, Dropbox's
password strength estimator ported to Python): its 30,000 most frequent passwords,
taken from Mark Burnett's corpus of 10 million leaked passwords. It is read from the
installed package, offline; no password ever leaves the server.
"""

from __future__ import annotations

import functools
from typing import Final

from zxcvbn.frequency_lists import FREQUENCY_LISTS  # type: ignore[import-untyped]

from core.errors import DomainError

MIN_LENGTH: Final = 10
MAX_LENGTH: Final = 256
# A few that the English-language list misses and that field teams tend to use.
_LOCAL_COMMON: Final = frozenset(
    {
        "contraseña",
        "contrasena",
        "contraseña123",
        "contrasena123",
        "chasqui123",
        "chasquichasqui",
        "encuesta123",
        "encuestador",
        "supervisor",
        "peru123456",
        "lima123456",
        "cusco12345",
        "1234567890",
        "0987654321",
        "qwertyuiop",
    }
)


class PasswordRejected(DomainError):
    code = "auth.password_rejected"


@functools.cache
def _common() -> frozenset[str]:
    return frozenset(FREQUENCY_LISTS["passwords"]) | _LOCAL_COMMON


def password_problem(password: str, *, username: str, min_length: int = MIN_LENGTH) -> str | None:
    """Why `password` may not be used by `username`, or None when it may (a reason code)."""
    lowered = password.lower()
    # Compared without separators: "rosa-quispe-2026" contains "rosa.quispe".
    name = "".join(ch for ch in username.lower() if ch.isalnum())
    plain = "".join(ch for ch in lowered if ch.isalnum())
    if len(password) < min_length:
        return "too_short"
    if len(password) > MAX_LENGTH:
        return "too_long"
    if len(name) >= 3 and (name in plain or name[::-1] in plain or (plain and plain in name)):
        return "contains_username"
    if len(set(password)) < 3:
        return "too_repetitive"
    if lowered in _common() or lowered.strip("0123456789!.?* ") in _common():
        return "too_common"
    return None


_MESSAGES: Final = {
    "too_short": "The password is too short: use at least {min_length} characters.",
    "too_long": f"The password is longer than {MAX_LENGTH} characters.",
    "contains_username": "The password may not contain the username.",
    "too_repetitive": "The password repeats too few characters.",
    "too_common": "This password is on a list of common or leaked passwords; choose another.",
}


def check_password(password: str, *, username: str, min_length: int = MIN_LENGTH) -> None:
    """Raise PasswordRejected (with a stable `reason`, never the password) if not allowed."""
    reason = password_problem(password, username=username, min_length=min_length)
    if reason is not None:
        message = _MESSAGES[reason].format(min_length=min_length)
        raise PasswordRejected(message, reason=reason, min_length=min_length)
