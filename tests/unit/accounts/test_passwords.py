"""Password rules (pure): length, the username, and the shipped list of common passwords."""

from __future__ import annotations

import pytest

from accounts.passwords import PasswordRejected, check_password, password_problem


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short-1", "too_short"),
        ("x" * 257, "too_long"),
        ("rosa-quispe-2026", "contains_username"),
        ("ROSA.QUISPE", "contains_username"),
        ("epsiuq.asor", "contains_username"),
        ("aaaaaaaaaaaa", "too_repetitive"),
        ("abababababab", "too_repetitive"),
        ("password123", "too_common"),
        ("Password1234", "too_common"),
        ("qwertyuiop", "too_common"),
        ("1q2w3e4r5t", "too_common"),
        ("contraseña123", "too_common"),
        ("iloveyou!!!!", "too_common"),
        ("correct-horse-battery", None),
        ("Tr0ub4dor&3x-llama", None),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 30 else "value",
)
def test_password_rules(password, reason):
    assert password_problem(password, username="rosa.quispe") == reason


def test_the_minimum_length_is_a_setting():
    assert password_problem("ab-cd-ef-gh", username="ana", min_length=12) == "too_short"
    assert password_problem("ab-cd-ef-gh", username="ana", min_length=10) is None


def test_the_refusal_never_carries_the_password():
    with pytest.raises(PasswordRejected) as refused:
        check_password("password123", username="ana")
    assert refused.value.extensions["reason"] == "too_common"
    assert "password123" not in str(refused.value) + str(refused.value.extensions)
