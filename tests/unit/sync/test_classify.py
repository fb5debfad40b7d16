"""sync.decide.classify: what an incoming item is, given what the server holds."""

from __future__ import annotations

import pytest

from sync.decide import Existing, classify
from sync.revisions import make_rev

A, B, C = "a" * 64, "b" * 64, "c" * 64
REV1 = make_rev(parent_rev=None, content=A)
REV2 = make_rev(parent_rev=REV1, content=B)
HELD = Existing(head_rev=REV2, head_hash=B, revs=frozenset({REV1, REV2}))

CASES = [
    # (existing, base_rev, content, kind, rev)
    (None, None, A, "new", REV1),
    (None, REV1, B, "new", REV2),  # an edit whose interview the server never saw
    (HELD, None, A, "replay", REV1),  # the first version, sent again
    (HELD, REV1, B, "replay", REV2),  # the head revision, sent again
    (HELD, REV2, C, "edit", make_rev(parent_rev=REV2, content=C)),
    (HELD, REV1, C, "stale", make_rev(parent_rev=REV1, content=C)),  # on an older base
    (HELD, "7-" + "0" * 32, C, "stale", make_rev(parent_rev="7-" + "0" * 32, content=C)),
    (HELD, None, C, "stale", make_rev(parent_rev=None, content=C)),  # a second first version
]


@pytest.mark.parametrize(
    ("existing", "base_rev", "content", "kind", "rev"),
    CASES,
    ids=[
        "nothing-stored-first-version",
        "nothing-stored-edit",
        "first-version-replayed",
        "head-replayed",
        "edit-on-head-fast-forwards",
        "edit-on-older-base-is-stale",
        "edit-on-unknown-base-is-stale",
        "second-first-version-is-stale",
    ],
)
def test_classify(existing, base_rev, content, kind, rev):
    decision = classify(existing=existing, base_rev=base_rev, content=content)
    assert (decision.kind, decision.rev) == (kind, rev)


@pytest.mark.parametrize(
    ("parent", "generation"), [(None, 1), (REV1, 2), ("41-" + "0" * 32, 42)], ids=str
)
def test_revision_ids_count_generations_and_depend_only_on_parent_and_content(parent, generation):
    rev = make_rev(parent_rev=parent, content=C)
    assert rev == make_rev(parent_rev=parent, content=C)
    assert rev.startswith(f"{generation}-")
    assert rev != make_rev(parent_rev=parent, content=A)


# (existing, base_rev, content, content before the study's remembered decisions, kind, rev)
DECIDED_CASES = [
    (HELD, None, C, A, "replay", REV1),  # the first version sent again after a decision
    (HELD, REV1, C, B, "replay", REV2),  # an edit sent again after a decision
    (HELD, REV2, C, B, "edit", make_rev(parent_rev=REV2, content=C)),  # B on REV2: new
    (HELD, None, C, "", "stale", make_rev(parent_rev=None, content=C)),  # nothing decided
    (None, None, C, A, "new", make_rev(parent_rev=None, content=C)),
]


@pytest.mark.parametrize(
    ("existing", "base_rev", "content", "before", "kind", "rev"),
    DECIDED_CASES,
    ids=["first-version-retried", "edit-retried", "new-edit", "no-decision", "nothing-stored"],
)
def test_classify_a_retry_after_a_review_decision(existing, base_rev, content, before, kind, rev):
    decision = classify(
        existing=existing, base_rev=base_rev, content=content, content_before_decisions=before
    )
    assert (decision.kind, decision.rev) == (kind, rev)
