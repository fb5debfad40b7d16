"""sync.decide.decide_batch: prepared items plus the stored state -> receipts and writes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from sync.decide import decide_batch
from sync.heads import ORPHAN_FLAG, recompute_head
from sync.plan import (
    BatchFacts,
    BatchState,
    Create,
    Decision,
    Envelope,
    FormVersionRef,
    Item,
    NoWrite,
    PreparedItem,
    Quarantine,
    RefusedItem,
    Revise,
    StoredRevision,
    StoredSubmission,
)
from sync.revisions import content_hash, make_rev

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
IID = "6589d1b4-596a-4648-affb-a9cf36853ce6"
FORM = FormVersionRef(7, "household", 1, "etag-1", {"x-form": {"conflict_policy": "manual"}})
PREFER_SERVER = replace(FORM, document={"x-form": {"conflict_policy": "prefer_server"}})
FACTS = BatchFacts(
    study_id=1,
    device_id="tablet-b",
    enumerator_id=20,
    batch_id="batch-1",
    now=NOW,
    clock_offset_s=0.0,
    fieldwork_start=date(2026, 11, 1),
)
FILE_A, FILE_B = "a" * 64, "b" * 64


def digest(data: dict[str, Any]) -> str:
    return content_hash(form_id="household", form_version=1, data=data)


ROOT_DATA = {"a": 1, "b": 1}
ROOT = make_rev(parent_rev=None, content=digest(ROOT_DATA))
HEAD_DATA = {"a": 2, "b": 1}  # tablet A changed `a`
HEAD = make_rev(parent_rev=ROOT, content=digest(HEAD_DATA))


def revision(rev: str, parent: str | None, data: dict[str, Any], device: str) -> StoredRevision:
    return StoredRevision(rev, parent, data, digest(data), "tablet", (), device)


STORED = StoredSubmission(
    pk=3,
    instance_id=IID,
    form_id="household",
    form_version=1,
    enumerator_id=10,
    head_rev=HEAD,
    content_hash=digest(HEAD_DATA),
    flags=(),
    pseudonyms=("p-1",),
    attachments=(),
    revisions=(
        revision(ROOT, None, ROOT_DATA, "tablet-a"),
        revision(HEAD, ROOT, HEAD_DATA, "tablet-a"),
    ),
)
STATE = BatchState(
    submissions={IID: STORED},
    owners={"tablet-a": 10, "tablet-b": 20},
    stored_blobs=frozenset({FILE_A}),
)
WITH_CONFLICT = BatchState(submissions={IID: replace(STORED, open_conflict_id=44)})


def item(
    data: dict[str, Any],
    *,
    base_rev: str | None = None,
    form: FormVersionRef | None = FORM,
    quarantine: str | None = None,
    problems: tuple[dict[str, Any], ...] = (),
    files: tuple[str, ...] = (),
    started_at: datetime | None = None,
    ended_at: datetime | None = None,
) -> PreparedItem:
    envelope = Envelope(IID, "household", 1, base_rev, started_at, ended_at, files)
    return PreparedItem(0, envelope, data, digest(data), ("p-2",), form, quarantine, problems)


PROBLEM = ({"pointer": "/a", "code": "type", "message": "not an integer"},)
LATE = datetime(2026, 11, 22, tzinfo=UTC)
EARLY = datetime(2026, 10, 1, tzinfo=UTC)
UNKNOWN_BASE = "7-" + "0" * 32

# (item, state) -> outcome, code, write kind
CASES: list[tuple[str, Item, BatchState, str, str, type]] = [
    ("new", item(ROOT_DATA), BatchState(), "created", "ok", Create),
    ("new-edit-of-unseen", item(HEAD_DATA, base_rev=ROOT), BatchState(), "created", "ok", Create),
    ("replay-first", item(ROOT_DATA), STATE, "duplicate", "sync.duplicate", NoWrite),
    ("replay-head", item(HEAD_DATA, base_rev=ROOT), STATE, "duplicate", "sync.duplicate", NoWrite),
    ("unchanged-edit", item(HEAD_DATA, base_rev=HEAD), STATE, "duplicate", "sync.duplicate", NoWrite),
    ("fast-forward", item({"a": 3, "b": 1}, base_rev=HEAD), STATE, "updated", "ok", Revise),
    ("stale-merges", item({"a": 1, "b": 2}, base_rev=ROOT), STATE, "merged", "sync.merged", Revise),
    ("stale-conflicts", item({"a": 3, "b": 1}, base_rev=ROOT), STATE, "conflict", "sync.conflict", Revise),
    ("conflict-kept-open", item({"a": 3, "b": 1}, base_rev=ROOT), WITH_CONFLICT, "conflict", "sync.conflict", Revise),
    ("conflict-auto-resolved", item({"a": 3, "b": 1}, base_rev=ROOT, form=PREFER_SERVER), STATE, "merged", "sync.merged", Revise),
    ("second-first-version", item({"a": 2, "b": 1}), STATE, "merged", "sync.merged", Revise),
    ("held-for-parent", item({"a": 9, "b": 1}, base_rev=UNKNOWN_BASE), STATE, "merged", "sync.held_until_parent", Revise),
    ("unknown-form", item(ROOT_DATA, form=None, quarantine="form.unknown"), BatchState(), "quarantined", "form.unknown", Quarantine),
    ("unknown-version", item(ROOT_DATA, form=None, quarantine="form.version_unknown"), BatchState(), "quarantined", "form.version_unknown", Quarantine),
    ("closed-form", item(ROOT_DATA, quarantine="form.closed"), STATE, "quarantined", "form.closed", Quarantine),
    ("invalid-answers", item(ROOT_DATA, quarantine="answer.invalid", problems=PROBLEM), BatchState(), "quarantined", "answer.invalid", Quarantine),
    ("quarantined-again", item(ROOT_DATA, quarantine="form.closed"), BatchState(quarantined={(IID, digest(ROOT_DATA)): 8}), "quarantined", "form.closed", NoWrite),
    ("withdrawn", item(ROOT_DATA), BatchState(tombstoned=frozenset({IID})), "rejected", "withdrawn", NoWrite),
    ("withdrawn-beats-invalid", RefusedItem(0, IID, "sync.item_invalid", PROBLEM), BatchState(tombstoned=frozenset({IID})), "rejected", "withdrawn", NoWrite),
    ("protocol-invalid", RefusedItem(0, "", "sync.item_invalid", PROBLEM), STATE, "rejected", "sync.item_invalid", NoWrite),
    ("prepare-failed", RefusedItem(0, IID, "sync.retry"), STATE, "retry", "sync.retry", NoWrite),
]  # fmt: skip


@pytest.mark.parametrize(
    ("item", "state", "outcome", "code", "write"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_decision_table(item: Item, state: BatchState, outcome: str, code: str, write: type):
    (decision,) = decide_batch([item], state, FACTS)
    assert (decision.receipt.outcome, decision.receipt.code) == (outcome, code)
    assert type(decision.write) is write


def decide(one: Item, state: BatchState = STATE) -> Decision:
    return decide_batch([one], state, FACTS)[0]


def test_a_new_interview_is_written_with_its_first_revision():
    d = decide(item(ROOT_DATA), BatchState())
    assert isinstance(d.write, Create)
    assert d.receipt.rev == ROOT == d.write.row["head_rev"] == d.write.revision.rev
    assert d.write.row["form_pk"] == FORM.form_pk and d.write.row["state"] == "complete"
    assert d.write.revision.parent_rev is None
    assert d.receipt.as_json() == {
        "instance_id": IID,
        "outcome": "created",
        "code": "ok",
        "rev": ROOT,
        "missing_attachments": [],
    }


def test_an_unchanged_edit_stands_for_its_parent():
    assert decide(item(HEAD_DATA, base_rev=HEAD)).receipt.rev == HEAD
    # The same edit stored while its parent was missing, sent again: still the parent.
    edit = make_rev(parent_rev=HEAD, content=digest(HEAD_DATA))
    stored = replace(STORED, revisions=(*STORED.revisions, revision(edit, HEAD, HEAD_DATA, "x")))
    again = decide(item(HEAD_DATA, base_rev=HEAD), BatchState(submissions={IID: stored}))
    assert again.receipt.rev == HEAD


def test_a_fast_forward_moves_the_head_and_unions_what_the_interview_holds():
    d = decide(item({"a": 3, "b": 1}, base_rev=HEAD, files=(FILE_A,)))
    assert isinstance(d.write, Revise)
    assert d.write.head.head_rev == d.receipt.rev == d.write.revision.rev
    assert d.write.head.merge is None and d.write.head.conflict is None
    assert d.write.pseudonyms == ("p-1", "p-2") and d.write.attachments == (FILE_A,)
    assert d.write.announce == ()


def test_a_clean_merge_is_stored_and_announced_to_every_holder():
    d = decide(item({"a": 1, "b": 2}, base_rev=ROOT))
    assert isinstance(d.write, Revise) and d.write.head.merge is not None
    assert d.write.head.data == {"a": 2, "b": 2}
    assert d.receipt.rev == d.write.head.merge.rev == d.write.head.head_rev
    assert d.receipt.as_json()["branch_rev"] == d.write.revision.rev
    assert d.write.announce == (10, 20)


def test_a_conflict_names_the_open_conflict_and_keeps_the_winner_as_head():
    d = decide(item({"a": 3, "b": 1}, base_rev=ROOT), WITH_CONFLICT)
    assert isinstance(d.write, Revise) and d.write.head.conflict is not None
    assert d.receipt.as_json()["conflict_id"] == 44
    assert [f["pointer"] for f in d.write.head.conflict.fields] == ["/a"]
    assert d.receipt.rev == d.write.head.head_rev


def test_an_edit_of_an_unseen_revision_is_held_and_flags_the_interview():
    d = decide(item({"a": 9, "b": 1}, base_rev=UNKNOWN_BASE))
    assert isinstance(d.write, Revise)
    assert d.write.head.flags == (ORPHAN_FLAG,)
    assert d.receipt.rev == d.write.revision.rev and d.write.head.head_rev == HEAD


def test_a_quarantined_copy_kept_before_is_named_not_written_again():
    state = BatchState(quarantined={(IID, digest(ROOT_DATA)): 8})
    d = decide(item(ROOT_DATA, quarantine="form.closed"), state)
    assert d.receipt.as_json()["quarantine_id"] == 8
    fresh = decide(item(ROOT_DATA, quarantine="answer.invalid", problems=PROBLEM), BatchState())
    assert isinstance(fresh.write, Quarantine)
    assert fresh.write.row["problems"] == list(PROBLEM)
    assert fresh.receipt.as_json()["problems"] == list(PROBLEM)


def test_refusals_echo_only_well_formed_ids_and_say_what_to_do():
    invalid = decide(RefusedItem(0, "", "sync.item_invalid", PROBLEM)).receipt.as_json()
    assert invalid["instance_id"] is None and invalid["problems"] == list(PROBLEM)
    withdrawn = decide(item(ROOT_DATA), BatchState(tombstoned=frozenset({IID}))).receipt.as_json()
    assert "problems" not in withdrawn and "Delete" in withdrawn["detail"]


@pytest.mark.parametrize(
    ("started", "ended", "flags"),
    [
        (None, None, []),
        (NOW - timedelta(hours=1), NOW, []),
        (LATE, LATE, ["clock.started_at_in_future", "clock.ended_at_in_future"]),
        (EARLY, EARLY, ["clock.started_at_before_study", "clock.ended_at_before_study"]),
        (NOW, NOW - timedelta(hours=1), ["clock.ended_before_started"]),
    ],
    ids=["no-times", "plausible", "future", "before-fieldwork", "ended-before-started"],
)
def test_implausible_device_times_are_flagged(started, ended, flags):
    d = decide(item(ROOT_DATA, started_at=started, ended_at=ended), BatchState())
    assert isinstance(d.write, Create)
    assert d.write.row["flags"] == flags


@pytest.mark.parametrize(
    ("one", "missing"),
    [
        (item(ROOT_DATA, files=(FILE_A, FILE_B)), [FILE_B]),
        (item(ROOT_DATA, files=(FILE_A,)), []),
        (item(ROOT_DATA, files=(FILE_B,), quarantine="form.closed"), []),
    ],
    ids=["stored-lists-missing", "nothing-missing", "quarantined-lists-none"],
)
def test_stored_items_list_the_declared_files_not_held_yet(one: Item, missing: list[str]):
    state = BatchState(stored_blobs=frozenset({FILE_A}))
    assert decide(one, state).receipt.as_json()["missing_attachments"] == missing


def test_a_merge_stored_before_is_not_stored_again():
    d = decide(item({"a": 1, "b": 2}, base_rev=ROOT))
    assert isinstance(d.write, Revise) and d.write.head.merge is not None
    merge = d.write.head.merge
    stored = (
        *STORED.revisions,
        StoredRevision(d.write.revision.rev, ROOT, {"a": 1, "b": 2}, d.write.revision.content_hash, "tablet"),
        StoredRevision(merge.rev, merge.parent_rev, merge.data, merge.content_hash, "merge", merge.merged_revs),
    )  # fmt: skip
    again = recompute_head(stored, form_id="household", form_version=1, flags=(), policy="manual")
    assert again.merge is None and again.head_rev == merge.rev
    assert again.content_hash == merge.content_hash
