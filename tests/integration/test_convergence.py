"""Convergence through the real pipeline: any arrival order of the same edits, same result.

Hypothesis draws a set of offline edits of one interview (siblings on the first
version, sometimes an edit of an edit) and an arrival order; the final answers and
the open conflicts must equal those of the canonical order. Runs on both engines.
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from accounts.models import Role
from sync.models import Submission, SyncConflict
from tests.factories import (
    make_device,
    make_member,
    make_published_form,
    make_study,
    push_body,
    push_item,
    receive_directly,
)
from tests.unit.forms.submissions import ngo_answers

SECRET = "convergence-secret-convergence-secret"
FIELDS: dict[str, list[Any]] = {
    "staff_total": [20, 25, 30],
    "staff_from_region": [1, 2, 3],
    "youth_target": [True, False],
}

edit_strategy = st.fixed_dictionaries(
    {}, optional={k: st.sampled_from(v) for k, v in FIELDS.items()}
).filter(bool)


def _state(session, study_id: int, instance_id: str):
    row = session.exec(
        select(Submission).where(
            Submission.study_id == study_id, Submission.instance_id == instance_id
        )
    ).one()
    conflicts = session.exec(
        select(SyncConflict).where(SyncConflict.submission_pk == row.id, SyncConflict.is_open)
    ).all()
    fields = sorted(
        (
            f["pointer"],
            repr(f.get("base")),
            tuple(sorted(map(repr, (f.get("ours"), f.get("theirs"))))),
        )
        for c in conflicts
        for f in c.fields
    )
    # Each run is its own study with its own keys: compare pseudonyms by position only.
    data = {
        k: ("<pseudonym>" if isinstance(v, str) and v.startswith("ps1.") else v)
        for k, v in row.data.items()
    }
    return data, fields


def _run(session, items_in_order, instance_id: str) -> tuple:
    study = make_study(session)
    enumerator = make_member(session, study, Role.enumerator)
    make_published_form(session, study, "ngo", enumerator)
    device, _ = make_device(session, study, enumerator)
    receipts = {}
    for name, item in items_in_order:
        body = orjson.dumps(push_body({**item, "instance_id": instance_id}))
        response = receive_directly(session, device=device, body=body, secret=SECRET)
        receipts[name] = response["results"][0]
        session.commit()
    return receipts, _state(session, study.id, instance_id)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(edit_strategy, min_size=2, max_size=4),
    child=st.none() | edit_strategy,
    order=st.randoms(use_true_random=False),
)
def test_any_arrival_order_gives_the_same_answers_and_conflicts(session, edits, child, order):
    base = push_item("ngo", ngo_answers())
    instance_id = str(uuid.uuid4())
    root_receipts, _ = _run(session, [("root", base)], instance_id)
    rev1 = root_receipts["root"]["rev"]
    items = [
        (f"e{i}", {**base, "base_rev": rev1, "data": {**base["data"], **e}})
        for i, e in enumerate(edits)
    ]
    canonical = [("root", base), *items]
    reference_receipts, reference = _run(session, canonical, str(uuid.uuid4()))
    if child is not None:
        parent_rev = (
            reference_receipts["e0"]["branch_rev"]
            if "branch_rev" in reference_receipts["e0"]
            else reference_receipts["e0"]["rev"]
        )
        child_item = (
            "child",
            {**base, "base_rev": parent_rev, "data": {**items[0][1]["data"], **child}},
        )
        canonical.append(child_item)
        _, reference = _run(session, canonical, str(uuid.uuid4()))
    shuffled = canonical[1:]
    order.shuffle(shuffled)
    _, result = _run(session, [canonical[0], *shuffled], str(uuid.uuid4()))
    assert result == reference
