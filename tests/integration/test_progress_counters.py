"""The counter-based supervision views equal the full-scan views, whatever was written.

Random sequences of writes go through the real write paths of the read model (the
metrics refresh after interviews arrive or change, a supervisor's review, a consent
withdrawal, a time zone change, syncs arriving), on both engines; after each read the
progress summary, device health and quality flags must equal what the scan-per-request
code (tests/integration/scan_reference.py) computes from the same rows. Means are
compared to 1e-9 relative (a sum of microseconds versus SQL's avg of floats).
"""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from accounts.models import Community, Device, Role, Study, User
from attachments.blobstore import LocalBlobStore
from monitor import breakdown, health, progress
from monitor.count_models import ProgressCount
from monitor.metrics import refresh_metrics, set_time_zone
from review import store as review
from review.models import ReviewState
from sync.models import Submission, SyncBatch
from sync.withdraw import withdraw
from tests.factories import make_device, make_member, make_published_form, make_study
from tests.integration import scan_reference

VILLAGES = ("manta", "ccollpa", "lejos", None)  # "lejos" is no community of the study
T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DK = {"_missing": "dont_know"}
OPEN_FIELDS = ("consent", "interview_date", "land_held_ha", "land_uses", "future", "members")


def _world(session: Session) -> dict[str, Any]:
    study = make_study(session, fieldwork_start=date(2026, 6, 3), fieldwork_end=date(2026, 6, 20))
    for slug in VILLAGES[:2]:
        session.add(Community(study_id=study.id, slug=slug, name=slug.title()))
    people = [make_member(session, study, Role.enumerator) for _ in range(3)]
    supervisor = make_member(session, study, Role.supervisor)
    forms = [make_published_form(session, study, name, *people) for name in ("household", "ngo")]
    devices = [make_device(session, study, person)[0] for person in people]
    session.commit()
    return {"study": study, "people": people, "sup": supervisor, "forms": forms, "dev": devices}


interviews = st.fixed_dictionaries(
    {
        "form": st.integers(0, 1),
        "who": st.integers(0, 2),
        "village": st.sampled_from(VILLAGES),
        "start_h": st.integers(-72, 30 * 24),
        "minutes": st.one_of(st.none(), st.sampled_from([1, 5, 20, 59.5, 60, 61, 90, 90])),
        "offset": st.sampled_from([None, 0.0, -3600.0, 86400.0 * 2]),
        "lag_h": st.integers(0, 100),
        "clock": st.lists(
            st.sampled_from(["clock.started_at_in_future", "flag.other"]), max_size=1
        ),
        "displaced": st.sampled_from(["si", "si", "no"]),
        "member": st.sampled_from(["si", "no"]),
        "dont_know": st.integers(0, 6),
    }
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("push"), interviews),
        st.tuples(st.just("edit"), st.integers(0, 50), interviews),
        st.tuples(st.just("review"), st.integers(0, 50), st.sampled_from(list(ReviewState)[1:])),
        st.tuples(st.just("withdraw"), st.integers(0, 50)),
        st.tuples(st.just("sync"), st.integers(0, 2), st.booleans()),
        st.tuples(st.just("zone"), st.sampled_from(["America/Lima", "Asia/Tokyo"])),
        st.tuples(st.just("read")),
    ),
    min_size=1,
    max_size=25,
)


def _answers(spec: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {"displaced": spec["displaced"], "association_member": spec["member"]}
    data.update(dict.fromkeys(OPEN_FIELDS[: spec["dont_know"]], DK))
    return data


def _apply(row: Submission, spec: dict[str, Any], world: dict[str, Any]) -> None:
    started = T0 + timedelta(hours=spec["start_h"])
    ended = None if spec["minutes"] is None else started + timedelta(minutes=spec["minutes"])
    now = datetime.now(UTC)
    row.form_pk = world["forms"][spec["form"]].id
    row.enumerator_id = world["people"][spec["who"]].id
    row.device_id = world["dev"][spec["who"]].id
    row.village = spec["village"]
    row.data = _answers(spec)
    row.content_hash = uuid.uuid4().hex
    row.flags = list(spec["clock"])
    row.started_at, row.ended_at = started, ended
    row.clock_offset_s = spec["offset"]
    row.received_at = started + timedelta(hours=spec["lag_h"], minutes=120)
    row.updated_at = now


def _run(session: Session, world: dict[str, Any], ops: list[Any], blobs: Path) -> None:
    study: Study = world["study"]
    assert study.id is not None
    pushed: list[str] = []
    for op in ops:
        kind = op[0]
        if kind == "push":
            row = Submission(
                study_id=study.id,
                instance_id=str(uuid.uuid4()),
                form_pk=0,
                form_version=1,
                device_id="",
                enumerator_id=0,
                head_rev="1-x",
                content_hash="",
                data={},
            )
            _apply(row, op[1], world)
            session.add(row)
            pushed.append(row.instance_id)
        elif kind == "edit" and pushed:
            row = _find(session, study.id, pushed[op[1] % len(pushed)])
            if row is not None:
                _apply(row, op[2], world)
                session.add(row)
        elif kind == "review" and pushed:
            instance_id = pushed[op[1] % len(pushed)]
            if _find(session, study.id, instance_id) is not None:
                review.set_review(
                    session,
                    study_id=study.id,
                    instance_id=instance_id,
                    author_id=world["sup"].id,
                    state=op[2],
                    comment=None,
                    now=datetime.now(UTC),
                )
        elif kind == "withdraw" and pushed:
            instance_id = pushed.pop(op[1] % len(pushed))
            withdraw(
                session, study_id=study.id, instance_id=instance_id, blobs=LocalBlobStore(blobs)
            )
        elif kind == "sync":
            _sync(session, world, op[1], is_partial=op[2])
        elif kind == "zone":
            set_time_zone(session, study=study, time_zone=op[1])
        session.commit()
        if kind == "read":
            _compare(session, study)
    _compare(session, study)


def _find(session: Session, study_id: int, instance_id: str) -> Submission | None:
    return session.exec(
        select(Submission).where(
            Submission.study_id == study_id, Submission.instance_id == instance_id
        )
    ).first()


def _sync(session: Session, world: dict[str, Any], who: int, *, is_partial: bool) -> None:
    device: Device = world["dev"][who]
    person: User = world["people"][who]
    assert person.id is not None
    outcomes = {"created": 2, "quarantined": 1} if is_partial else {"created": 3}
    session.add(
        SyncBatch(
            study_id=world["study"].id,
            device_id=device.id,
            enumerator_id=person.id,
            batch_id=str(uuid.uuid4()),
            request_hash="h",
            received_at=T0 + timedelta(days=len(session.exec(select(SyncBatch.id)).all())),
            clock_offset_s=float(who),
            item_count=3,
            outcomes=outcomes,
        )
    )


def _compare(session: Session, study: Study) -> None:
    assert study.id is not None
    now = datetime.now(UTC)
    refresh_metrics(session, study_id=study.id, now=now)
    session.commit()
    views: list[tuple[Any, Any, dict[str, Any]]] = [
        (progress.progress_summary, scan_reference.progress_summary, {"study": study, "now": now}),
        (
            health.device_report,
            scan_reference.device_report,
            {"study_id": study.id, "now": now, "silent_after_days": 3},
        ),
        (breakdown.quality_report, scan_reference.quality_report, {"study": study}),
    ]
    for counted, scanned, kwargs in views:
        _assert_same(
            counted(session, **kwargs).model_dump(), scanned(session, **kwargs).model_dump()
        )


def _assert_same(got: Any, want: Any, at: str = "") -> None:
    if isinstance(want, float) and isinstance(got, float):
        assert math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9), (at, got, want)
    elif isinstance(want, dict) and isinstance(got, dict):
        assert got.keys() == want.keys(), (at, got.keys(), want.keys())
        for key in want:
            _assert_same(got[key], want[key], f"{at}/{key}")
    elif isinstance(want, list) and isinstance(got, list):
        assert len(got) == len(want), (at, got, want)
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            _assert_same(g, w, f"{at}/{i}")
    else:
        assert got == want, (at, got, want)


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations)
def test_counted_views_equal_the_scan_after_any_writes(
    session: Session, tmp_path: Path, ops: list[Any]
) -> None:
    _run(session, _world(session), ops, tmp_path)


def test_many_interviews_on_one_form_give_the_scans_median_and_flags(
    session: Session, tmp_path: Path
) -> None:
    """Enough timed interviews for medians inside one minute, short ones and uniformity."""
    world = _world(session)
    specs = [
        {
            "form": 0,
            "who": i % 3,
            "village": VILLAGES[i % 4],
            "start_h": i * 7 % 500,
            "minutes": [60, 60.25, 61.5, 2, 90, 59.99][i % 6] if i % 11 else None,
            "offset": [None, 0.0, -3600.0][i % 3],
            "lag_h": i % 48,
            "clock": ["clock.started_at_in_future"] if i % 17 == 0 else [],
            "displaced": "si" if i % 3 == 0 or i % 5 == 0 else "no",
            "member": "si" if i % 3 else "no",
            "dont_know": i % 7,
        }
        for i in range(60)
    ]
    ops: list[Any] = [("push", spec) for spec in specs]
    ops += [("review", i, ReviewState.rejected) for i in range(0, 60, 9)]
    ops += [("sync", i % 3, i % 2 == 0) for i in range(5)]
    _run(session, world, ops, tmp_path)
    assert session.exec(select(sa.func.count()).select_from(ProgressCount)).one() > 0
    kinds = {f.kind for f in breakdown.quality_report(session, study=world["study"]).flags}
    assert kinds == {"short_interview", "uniform_answers", "clock", "many_dont_know"}


def test_removing_every_interview_leaves_no_counter_rows(session: Session, tmp_path: Path) -> None:
    world = _world(session)
    spec = {
        "form": 1,
        "who": 0,
        "village": None,
        "start_h": 3,
        "minutes": 30,
        "offset": None,
        "lag_h": 1,
        "clock": [],
        "displaced": "si",
        "member": "no",
        "dont_know": 6,
    }
    ops: list[Any] = [("push", spec), ("push", spec), ("read",), ("withdraw", 0), ("withdraw", 0)]
    _run(session, world, ops, tmp_path)
    study_id = world["study"].id
    for table in ("progress_count", "progress_day_count", "duration_count", "choice_count"):
        left = session.execute(
            sa.text(f"SELECT COUNT(*) FROM {table} WHERE study_id = :s"), {"s": study_id}
        ).scalar_one()
        assert left == 0, table
