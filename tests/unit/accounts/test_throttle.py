"""How long a key stays locked after failed logins (pure)."""

from __future__ import annotations

import pytest

from accounts.throttle import ThrottlePolicy, lock_seconds, throttle_key


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [(0, 0), (5, 0), (6, 1), (7, 2), (8, 4), (15, 512), (16, 900), (200, 900), (10**6, 900)],
    ids=[
        "none",
        "all-free",
        "first-lock",
        "doubles",
        "doubles-again",
        "grows",
        "capped",
        "200",
        "huge",
    ],
)
def test_locks_double_after_the_free_failures_up_to_the_cap(failures, seconds):
    assert lock_seconds(failures, free=5, max_seconds=900) == seconds


def test_account_keys_ignore_case_and_never_hold_what_was_typed():
    from datetime import timedelta

    policy = ThrottlePolicy(free=5, max_seconds=900, window=timedelta(hours=1))
    upper = throttle_key("account", "Ana", secret="s" * 32, policy=policy)
    lower = throttle_key("account", "ana ", secret="s" * 32, policy=policy)
    assert upper.key_hash == lower.key_hash
    assert "ana" not in upper.key_hash
    other_secret = throttle_key("account", "ana", secret="t" * 32, policy=policy)
    assert other_secret.key_hash != upper.key_hash
