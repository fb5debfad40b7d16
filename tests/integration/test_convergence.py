"""Convergence through the real pipeline: the same edits in any order give the same interview.

Every run starts from one stored root revision (one study, so one pseudonym key and
one root `rev` for every run) and delivers the same edits in another order. Tablets
chain their own edits, and a tablet may start from another tablet's edit it has seen,
so a child can arrive before its parent (held, then released). The answers, the
winning revision, the open conflict with every candidate, the receipts of edits that
changed nothing, and the revision a resolution makes must not depend on the order.
Runs on both engines. docs/reconciliation.md states the rule and why order cannot matter.
"""

from __future__ import annotations

import copy
import itertools
import os
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from accounts.keys import key_ring
from accounts.models import Device, Role, User
from feed.models import FeedEntry
from sync import resolution
from sync.history import get_at
from sync.merge import ABSENT, same
from sync.models import Submission, SubmissionRevision, SyncConflict
from tests.factories import (
    make_device,
    make_member,
    make_published_form,
    make_study,
    push_body,
    push_item,
    receive_directly,
)
from tests.unit.forms.submissions import household_answers
from tests.unit.sync.test_merge_properties import atoms, under

SECRET = "convergence-secret-convergence-secret"
ROOT = household_answers()
MEMBER_IDS = [m["_item_id"] for m in ROOT["members"]]
NEW_MEMBER_IDS = [f"9e0c2f4a-0000-4000-8000-00000000000{i}" for i in (1, 2, 3)]
SCALARS: dict[str, list[Any]] = {
    "land_held_ha": [0.5, 0.75, 2.0],
    "land_uses": [["consumo"], ["consumo", "ganado"], ["venta"]],
    "future": [
        "Que estudien y sean profesionales; en la chacra no hay futuro.",
        "Que se queden a trabajar la chacra.",
        "Que salgan a estudiar y vuelvan.",
    ],
}
SCHOOLING = ["primaria_inc", "secundaria", "superior"]


# -- scenarios ----------------------------------------------------------------------------


@dataclass
class Scenario:
    """Edits by key (tablet, n); `base` is "root" or another edit's key."""

    edits: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    bases: dict[tuple[int, int], Any] = field(default_factory=dict)

    def chain(self, tablet: int) -> list[tuple[int, int]]:
        return sorted(k for k in self.edits if k[0] == tablet)

    @property
    def tablets(self) -> list[int]:
        return sorted({t for t, _ in self.edits})


def pick(draw: st.DrawFn, choices: list[Any], tablet: int) -> Any:
    # Hypothesis leans towards the first choice; rotating by tablet makes tablets
    # differ by default (conflicts) while any two can still coincide (same value).
    return choices[(draw(st.integers(0, len(choices) - 1)) + tablet) % len(choices)]


@st.composite
def changed(draw: st.DrawFn, data: dict[str, Any], tablet: int) -> dict[str, Any]:
    """One offline edit: one to three changes, now and then none (saved without a change)."""
    data = copy.deepcopy(data)
    if draw(st.integers(0, 7)) == 7:
        return data
    for _ in range(draw(st.integers(1, 3))):
        # Steps and fields alike for every tablet, values rotated: tablets often touch
        # the same field with different values (conflicts), sometimes with the same one.
        step = draw(st.sampled_from(["set", "add", "edit", "revert", "delete"]))
        members = data["members"]
        if step == "set":
            name = draw(st.sampled_from(sorted(SCALARS)))
            data[name] = pick(draw, SCALARS[name], tablet + 1)
        elif step == "revert":
            name = draw(st.sampled_from(sorted(SCALARS)))
            data[name] = copy.deepcopy(ROOT[name])
        elif step == "add":
            item_id = pick(draw, NEW_MEMBER_IDS, tablet)
            if all(m["_item_id"] != item_id for m in members):
                members.append(
                    {"_item_id": item_id, "member_name": "Ana", "relation": "nieto"}
                    | {"sex": "mujer", "age": pick(draw, [3, 7], tablet)}
                )
        elif step == "edit":
            member = draw(st.sampled_from(members))
            member["schooling"] = pick(draw, SCHOOLING, tablet)
        elif len(members) > 1:
            members.remove(draw(st.sampled_from(members)))
    return data


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """Two or three tablets, one to three edits each; later tablets may start from an earlier one's edit."""
    scenario = Scenario()
    for tablet in range(draw(st.integers(2, 3))):
        seen: list[Any] = ["root", *sorted(scenario.edits)]
        base: Any = draw(st.sampled_from(seen)) if draw(st.booleans()) else "root"
        for n in range(draw(st.integers(1, 3))):
            before = ROOT if base == "root" else scenario.edits[base]
            scenario.edits[(tablet, n)] = draw(changed(before, tablet))
            scenario.bases[(tablet, n)] = base
            base = (tablet, n)
    return scenario


def interleave(scenario: Scenario, slots: list[int]) -> list[tuple[int, int]]:
    """The k-th slot of a tablet delivers its k-th edit: each tablet's own order holds."""
    chains = {t: iter(scenario.chain(t)) for t in scenario.tablets}
    return [next(chains[t]) for t in slots]


# -- driving the pipeline -----------------------------------------------------------------


@dataclass
class Field:
    """One study, its tablets (one per scenario tablet) and a supervisor."""

    devices: list[Device]
    supervisor: User
    study_id: int


def make_field(session: Session, tablets: int = 3) -> Field:
    study = make_study(session)
    enumerator = make_member(session, study, Role.enumerator)
    supervisor = make_member(session, study, Role.supervisor)
    make_published_form(session, study, "household", enumerator)
    key_ring(session, study_id=study.id, purpose="pseudonym", secret=SECRET)
    devices = [make_device(session, study, enumerator)[0] for _ in range(tablets)]
    session.commit()
    assert study.id is not None
    return Field(devices, supervisor, study.id)


def push(session: Session, device: Device, item: dict[str, Any]) -> dict[str, Any]:
    body = orjson.dumps(push_body(item))
    receipt = receive_directly(session, device=device, body=body, secret=SECRET)["results"][0]
    session.commit()
    assert receipt["outcome"] not in ("retry", "quarantined", "rejected"), receipt
    return receipt


def own_rev(receipt: dict[str, Any]) -> str:
    """The revision a tablet keeps for its next edit (the client's rule)."""
    if receipt["outcome"] in ("merged", "conflict") and receipt.get("branch_rev"):
        return str(receipt["branch_rev"])
    return str(receipt["rev"])


@dataclass
class Run:
    instance_id: str
    receipts: dict[Any, dict[str, Any]]


def deliver(
    session: Session,
    where: Field,
    scenario: Scenario,
    order: list[tuple[int, int]],
    revs: dict[Any, str],
) -> Run:
    """Push the root, then every edit in `order`; `revs` maps edits to their revision ids.

    Without ids yet (the first run, parents first), each edit's id is learned from its receipt.
    """
    instance_id = str(uuid.uuid4())
    receipts: dict[Any, dict[str, Any]] = {
        "root": push(session, where.devices[0], root_item(instance_id))
    }
    revs.setdefault("root", receipts["root"]["rev"])
    for key in order:
        item = root_item(instance_id) | {
            "base_rev": revs[scenario.bases[key]],
            "data": scenario.edits[key],
        }
        receipts[key] = push(session, where.devices[key[0]], item)
        revs.setdefault(key, own_rev(receipts[key]))
    return Run(instance_id, receipts)


def root_item(instance_id: str) -> dict[str, Any]:
    return push_item("household", ROOT, instance_id=instance_id)


def state(session: Session, where: Field, instance_id: str) -> dict[str, Any]:
    """What every server must agree on: answers, winner, the open conflict and its candidates."""
    row = submission(session, where, instance_id)
    conflicts = session.exec(
        select(SyncConflict).where(
            SyncConflict.submission_pk == row.id, col(SyncConflict.is_open).is_(True)
        )
    ).all()
    assert len(conflicts) <= 1
    return {
        "head_rev": row.head_rev,
        "answers": orjson.dumps(row.data, option=orjson.OPT_SORT_KEYS),
        "conflict": orjson.dumps([c.fields for c in conflicts], option=orjson.OPT_SORT_KEYS),
    }


def submission(session: Session, where: Field, instance_id: str) -> Submission:
    return session.exec(
        select(Submission).where(
            Submission.study_id == where.study_id, Submission.instance_id == instance_id
        )
    ).one()


def resolve_with(session: Session, where: Field, instance_id: str, side: str) -> str | None:
    """Resolve the open conflict (if any) taking `side` everywhere; the resulting head."""
    row = submission(session, where, instance_id)
    conflict = session.exec(
        select(SyncConflict).where(
            SyncConflict.submission_pk == row.id, col(SyncConflict.is_open).is_(True)
        )
    ).first()
    if conflict is None:
        return None
    choices = {f["pointer"]: side for f in conflict.fields}
    resolution.resolve_conflict(
        session, conflict=conflict, submission=row, choices=choices, user=where.supervisor
    )
    session.commit()
    return submission(session, where, instance_id).head_rev


def assert_nothing_lost(session: Session, where: Field, scenario: Scenario, run: Run) -> None:
    """Every value an edit wrote is current, a candidate, or overwritten by an edit made on it."""
    row = submission(session, where, run.instance_id)
    rows = session.exec(
        select(SubmissionRevision).where(SubmissionRevision.submission_pk == row.id)
    ).all()
    stored = {r.rev: r.data for r in rows}
    conflict = session.exec(
        select(SyncConflict).where(
            SyncConflict.submission_pk == row.id, col(SyncConflict.is_open).is_(True)
        )
    ).first()
    records = conflict.fields if conflict else []
    rev_of = {k: own_rev(r) for k, r in run.receipts.items()}
    for key in scenario.edits:
        parent, mine = stored[rev_of[scenario.bases[key]]], stored[rev_of[key]]
        # Evidence of an overwrite: an edit or resolution built on this revision (two
        # tablets making the same edit make one revision); the server's own merges are
        # not evidence, since they are what is being checked.
        built_on = descendants(rows, rev_of[key])
        later = [stored[r.rev] for r in rows if r.kind != "merge" and r.rev in built_on]
        for pointer, value in atoms(mine).items():
            if value in ({}, []) or same(get_at(parent, pointer), value):
                continue  # not written by this edit
            overwritten = any(not same(get_at(d, pointer), value) for d in later)
            kept = same(get_at(row.data, pointer), value) or any(
                under(r["pointer"], pointer)
                and any(
                    same(get_at(c.get("value", ABSENT), pointer[len(r["pointer"]) :]), value)
                    for c in r["candidates"]
                )
                for r in records
            )
            assert kept or overwritten, (key, pointer)


def descendants(rows: Sequence[SubmissionRevision], rev: str) -> set[str]:
    children: dict[str, set[str]] = {}
    for r in rows:
        for up in (r.parent_rev, *r.merged_revs):
            if up:
                children.setdefault(up, set()).add(r.rev)
    found: set[str] = set()
    frontier = [rev]
    while frontier:
        for child in children.get(frontier.pop(), ()):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


# -- the property ---------------------------------------------------------------------------

# Each example runs the scenario three times (parents first, then two random orders)
# and resolves the conflict once per run: about 25 pushes. 25 examples per engine reach
# every outcome (updated, merged, conflict, duplicate, held until parent) many times
# and keep this file near a minute per engine on two cores. Fixed seed for CI.
EXAMPLES = int(os.environ.get("CONVERGENCE_EXAMPLES", "25"))


def test_any_arrival_order_gives_the_same_interview_conflicts_and_revisions(session):
    where = make_field(session)
    seen: Counter[str] = Counter()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        # No shrinking: a scenario here is small already, and shrinking through the
        # database takes minutes; the failing example is printed as drawn.
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(scenario=scenarios(), data=st.data())
    def check(scenario: Scenario, data: st.DataObject) -> None:
        revs: dict[Any, str] = {}
        reference_order = [k for t in scenario.tablets for k in scenario.chain(t)]
        reference = deliver(session, where, scenario, reference_order, revs)
        expected = state(session, where, reference.instance_id)
        assert_nothing_lost(session, where, scenario, reference)
        resolved = resolve_with(session, where, reference.instance_id, "ours")
        slots = [t for t, _ in reference_order]
        for _ in range(2):
            order = interleave(scenario, data.draw(st.permutations(slots)))
            run = deliver(session, where, scenario, order, revs)
            assert state(session, where, run.instance_id) == expected, order
            assert resolve_with(session, where, run.instance_id, "ours") == resolved
            for key in scenario.edits:
                # An edit equal to its parent is a duplicate of the parent in every order
                # in which the parent (the revision its base_rev names) arrived first.
                mine, base = run.receipts[key], scenario.bases[key]
                unchanged = scenario.edits[key] == (
                    ROOT if base == "root" else scenario.edits[base]
                )
                before = ["root", *order[: order.index(key)]]
                stored = {own_rev(run.receipts[k]) for k in before}
                if unchanged and revs[base] in stored:
                    assert (mine["outcome"], mine["rev"]) == ("duplicate", revs[base])
            seen.update(r["code"] for r in run.receipts.values())
        seen.update(r["code"] for r in reference.receipts.values())
        seen["open conflict at the end"] += resolved is not None
        # A head that is none of the edits is a merge revision: the branches merged cleanly.
        seen["clean merge at the end"] += expected["head_rev"] not in revs.values()

    check()
    # Not vacuous: every kind of outcome happened, many times.
    for code in ("ok", "sync.merged", "sync.conflict", "sync.duplicate", "sync.held_until_parent"):
        assert seen[code] >= 3, seen
    assert seen["open conflict at the end"] >= 3, seen
    assert seen["clean merge at the end"] >= 1, seen


# -- the five breaks an outside check found, each through the pipeline ---------------------


def scenario_of(*chains: list[tuple[Any, dict[str, Any]]]) -> Scenario:
    """Chains per tablet of (base, changes); a base None continues the chain (or starts at root)."""
    scenario = Scenario()
    for tablet, chain in enumerate(chains):
        previous: Any = "root"
        for n, (base, changes) in enumerate(chain):
            base = previous if base is None else base
            before = ROOT if base == "root" else scenario.edits[base]
            scenario.edits[(tablet, n)] = copy.deepcopy(before) | changes
            scenario.bases[(tablet, n)] = base
            previous = (tablet, n)
    return scenario


def every_order(
    session: Session, scenario: Scenario
) -> tuple[Field, list[tuple[Run, dict[str, Any]]]]:
    """Deliver in every interleaving of the tablets' chains (parents first, first)."""
    where = make_field(session)
    reference_order = [k for t in scenario.tablets for k in scenario.chain(t)]
    slots = [t for t, _ in reference_order]
    orders = [reference_order] + [
        interleave(scenario, list(p)) for p in sorted(set(itertools.permutations(slots)))
    ]
    revs: dict[Any, str] = {}
    results = []
    for order in orders:
        run = deliver(session, where, scenario, order, revs)
        results.append((run, state(session, where, run.instance_id)))
    assert len({tuple(sorted(s.items())) for _, s in results}) == 1
    return where, results


def open_fields(session: Session, run: Run) -> list[dict[str, Any]]:
    row = session.exec(select(Submission).where(Submission.instance_id == run.instance_id)).one()
    conflict = session.exec(
        select(SyncConflict).where(
            SyncConflict.submission_pk == row.id, col(SyncConflict.is_open).is_(True)
        )
    ).first()
    return conflict.fields if conflict else []


def test_clean_merges_give_the_same_winning_revision_in_every_order(session):
    """Break 1: three servers, three different `5-…` heads for the same five edits."""
    members = copy.deepcopy(ROOT["members"])
    members[0]["schooling"] = "secundaria"
    scenario = scenario_of(
        [(None, {"land_held_ha": 0.5}), (None, {"land_uses": ["venta"]})],
        [((0, 0), {"future": SCALARS["future"][1]})],  # started from tablet 0's first edit
        [(None, {"members": members})],
    )
    _, results = every_order(session, scenario)
    (run, final), *_ = results
    assert open_fields(session, run) == []
    revs = {own_rev(r) for r in run.receipts.values()}
    assert final["head_rev"] not in revs  # a merge revision, the same in every order
    held = [r for run, _ in results for r in run.receipts.values()]
    assert any(r["code"] == "sync.held_until_parent" for r in held)
    data = orjson.loads(final["answers"])
    assert (data["land_held_ha"], data["land_uses"], data["future"]) == (
        0.5,
        ["venta"],
        SCALARS["future"][1],
    )


def test_repeat_items_added_by_two_tablets_come_in_one_order_everywhere_and_in_the_feed(session):
    """Break 2: members two tablets added came out in the order the merges ran."""
    late, early = NEW_MEMBER_IDS[2], NEW_MEMBER_IDS[0]

    def member(item_id: str) -> dict[str, Any]:
        return {"_item_id": item_id, "member_name": "Ana", "relation": "nieto"} | {
            "sex": "mujer",
            "age": 3,
        }

    scenario = scenario_of(
        [(None, {"members": [*copy.deepcopy(ROOT["members"]), member(late)]})],
        [(None, {"members": [member(early), *copy.deepcopy(ROOT["members"])]})],
    )
    for run, final in every_order(session, scenario)[1]:
        ids = [m["_item_id"] for m in orjson.loads(final["answers"])["members"]]
        assert ids == [*MEMBER_IDS, early, late]
        announced = session.exec(
            select(FeedEntry)
            .where(FeedEntry.ref == run.instance_id, FeedEntry.kind == "edit")
            .order_by(col(FeedEntry.seq).desc())
        ).first()
        assert announced is not None
        assert announced.payload["rev"] == final["head_rev"]
        assert [m["_item_id"] for m in announced.payload["data"]["members"]] == ids


def test_the_queue_offers_each_tablets_latest_value_and_resolving_keeps_it(session):
    """Break 3: the queue offered a tablet's earlier value; resolving dropped its later edit."""
    scenario = scenario_of(
        [(None, {"land_held_ha": 0.5}), (None, {"land_held_ha": 0.75})],
        [(None, {"land_held_ha": 2.0})],
        [(None, {"future": SCALARS["future"][2]})],
    )
    where, results = every_order(session, scenario)
    for run, final in results:
        (record,) = open_fields(session, run)
        assert record["pointer"] == "/land_held_ha"
        assert sorted(c["value"] for c in record["candidates"]) == [0.75, 2.0]
        assert orjson.loads(final["answers"])["land_held_ha"] == record[record["shown"]]
    heads: dict[str, set[str | None]] = {"ours": set(), "theirs": set()}
    for i, (run, _) in enumerate(results):
        side = ("ours", "theirs")[i % 2]
        heads[side].add(resolve_with(session, where, run.instance_id, side))
        data = submission(session, where, run.instance_id).data
        assert data["land_held_ha"] in (0.75, 2.0)
        assert data["future"] == SCALARS["future"][2]
    # The same choice gives the same resolution revision, whatever order came before.
    assert len(heads["ours"]) == len(heads["theirs"]) == 1


def test_an_edit_equal_to_its_parent_is_a_duplicate_of_the_parent_in_every_order(session):
    """Break 4: `duplicate` in one order, `merged` with a new revision in another."""
    scenario = scenario_of(
        [(None, {"land_held_ha": 0.5}), (None, {})],  # saved again without a change
        [(None, {"future": SCALARS["future"][1]})],
    )
    _, results = every_order(session, scenario)
    first_edit = {own_rev(run.receipts[(0, 0)]) for run, _ in results}
    assert len(first_edit) == 1
    for run, _ in results:
        receipt = run.receipts[(0, 1)]
        assert (receipt["outcome"], receipt["rev"]) == ("duplicate", *first_edit)


def test_the_same_value_then_changed_is_a_conflict_in_every_order(session):
    """Break 5: a clean merge in some orders and an open conflict in others."""
    scenario = scenario_of(
        [(None, {"land_held_ha": 0.5}), (None, {"land_held_ha": 2.0})],
        # The same value, in an edit of its own (identical edits would be one revision).
        [(None, {"land_held_ha": 0.5, "future": SCALARS["future"][1]})],
    )
    for run, _ in every_order(session, scenario)[1]:
        (record,) = open_fields(session, run)
        assert record["pointer"] == "/land_held_ha"
        assert sorted(c["value"] for c in record["candidates"]) == [0.5, 2.0]
