"""Real concurrency on PostgreSQL: several connections push the same interviews at once."""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from sqlmodel import Session, func, select

from accounts.keys import key_ring
from accounts.models import Device, Role
from api.db import Database, create_db_engine
from sync.models import Submission, SubmissionRevision
from tests.conftest import create_pg_database, drop_pg_database, migrate
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

SECRET = "concurrency-secret-concurrency-secret"


@pytest.fixture
def committed_pg(pg_url: str) -> Iterator[Database]:
    """A migrated PostgreSQL database whose commits are real (no outer transaction)."""
    url = create_pg_database("chasqui_conc")
    migrate(url)
    engine = create_db_engine(url)
    yield Database(engine)
    engine.dispose()
    drop_pg_database(url)


def _push(
    database: Database,
    device_id: str,
    body: bytes,
    results: list,
    errors: list,
    start: threading.Barrier,
) -> None:
    start.wait()
    try:
        with database.session(writer=True) as session:
            device = session.get(Device, device_id)
            response = receive_directly(session, device=device, body=body, secret=SECRET)
            session.commit()
        results.extend(response["results"])
    except Exception as exc:  # collected and asserted below
        errors.append(exc)


def test_concurrent_pushes_of_the_same_interviews_store_each_once(committed_pg: Database):
    with committed_pg.session() as session:
        study = make_study(session, slug="demo")
        enumerators = [make_member(session, study, Role.enumerator) for _ in range(2)]
        make_published_form(session, study, "ngo", *enumerators)
        key_ring(session, study_id=study.id, purpose="pseudonym", secret=SECRET)
        devices = [make_device(session, study, e)[0].id for e in enumerators for _ in range(2)]
        session.commit()

    items = [push_item("ngo", ngo_answers(), instance_id=str(uuid.uuid4())) for _ in range(40)]
    results: list = []
    errors: list = []
    start = threading.Barrier(len(devices))
    threads = [
        threading.Thread(
            target=_push,
            args=(committed_pg, d, orjson.dumps(push_body(*items)), results, errors, start),
        )
        for d in devices
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)

    assert errors == []
    by_instance = Counter((r["instance_id"], r["outcome"]) for r in results)
    for item in items:
        assert by_instance[(item["instance_id"], "created")] == 1
        assert by_instance[(item["instance_id"], "duplicate")] == len(devices) - 1
    with Session(committed_pg.engine) as session:
        assert session.exec(select(func.count()).select_from(Submission)).one() == len(items)
        assert session.exec(select(func.count()).select_from(SubmissionRevision)).one() == len(
            items
        )


def test_concurrent_edits_of_one_interview_lose_no_update(committed_pg: Database):
    with committed_pg.session() as session:
        study = make_study(session, slug="demo")
        enumerator = make_member(session, study, Role.enumerator)
        make_published_form(session, study, "ngo", enumerator)
        key_ring(session, study_id=study.id, purpose="pseudonym", secret=SECRET)
        devices = [make_device(session, study, enumerator)[0].id for _ in range(4)]
        session.commit()
    item = push_item("ngo", ngo_answers())
    first: list = []
    _push(committed_pg, devices[0], orjson.dumps(push_body(item)), first, [], threading.Barrier(1))
    rev1 = first[0]["rev"]
    # Four tablets each change a different field of the same interview, at once.
    changes: list[dict[str, Any]] = [
        {"staff_total": 40},
        {"staff_from_region": 7},
        {"youth_target": True},
        {"programmes": "Ferias de semillas"},
    ]
    bodies = [
        orjson.dumps(push_body({**item, "base_rev": rev1, "data": {**item["data"], **change}}))
        for change in changes
    ]
    results: list = []
    errors: list = []
    start = threading.Barrier(len(devices))
    threads = [
        threading.Thread(target=_push, args=(committed_pg, d, body, results, errors, start))
        for d, body in zip(devices, bodies, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert {r["outcome"] for r in results} <= {"updated", "merged"}
    with Session(committed_pg.engine) as session:
        row = session.exec(select(Submission)).one()
        for change in changes:
            for name, value in change.items():
                assert row.data[name] == value
        assert session.exec(select(func.count()).select_from(SubmissionRevision)).one() >= 5


def test_the_same_batch_delivered_twice_at_once_is_stored_once_and_replayed(committed_pg: Database):
    with committed_pg.session() as session:
        study = make_study(session, slug="demo")
        enumerator = make_member(session, study, Role.enumerator)
        make_published_form(session, study, "ngo", enumerator)
        key_ring(session, study_id=study.id, purpose="pseudonym", secret=SECRET)
        device = make_device(session, study, enumerator)[0].id
        session.commit()
    body = orjson.dumps(push_body(*[push_item("ngo", ngo_answers()) for _ in range(30)]))
    results: list = []
    errors: list = []
    start = threading.Barrier(3)
    threads = [
        threading.Thread(target=_push, args=(committed_pg, device, body, results, errors, start))
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    # every delivery answers exactly what the first one did
    assert Counter(r["outcome"] for r in results) == Counter({"created": 90})
    with Session(committed_pg.engine) as session:
        assert session.exec(select(func.count()).select_from(Submission)).one() == 30


def test_a_push_chosen_to_break_a_deadlock_is_stored_on_its_next_attempt(
    committed_pg: Database, caplog: pytest.LogCaptureFixture
):
    """PostgreSQL fails one transaction of a deadlock; the push it fails is stored
    again from the start, and the tablet gets its receipts, not an error."""
    with committed_pg.session() as session:
        study = make_study(session, slug="demo")
        enumerator = make_member(session, study, Role.enumerator)
        make_published_form(session, study, "ngo", enumerator)
        key_ring(session, study_id=study.id, purpose="pseudonym", secret=SECRET)
        device = make_device(session, study, enumerator)[0].id
        session.commit()
    # Two interviews; the push locks their rows in instance id order: "a…" then "b…".
    first_id, second_id = "a" + str(uuid.uuid4())[1:], "b" + str(uuid.uuid4())[1:]
    items = [push_item("ngo", ngo_answers(), instance_id=i) for i in (first_id, second_id)]
    stored: list = []
    _push(committed_pg, device, orjson.dumps(push_body(*items)), stored, [], threading.Barrier(1))
    assert [r["outcome"] for r in stored] == ["created", "created"]

    def lock(connection: Any, instance_id: str) -> None:
        connection.exec_driver_sql(
            "SELECT id FROM submission WHERE instance_id = %(i)s FOR UPDATE", {"i": instance_id}
        )

    results: list = []
    errors: list = []
    with committed_pg.engine.connect() as other:
        # The other transaction waits long before it looks for a deadlock: the push,
        # which waits first, is the one PostgreSQL fails.
        other.exec_driver_sql("SET deadlock_timeout = '20s'")
        lock(other, second_id)
        push = threading.Thread(
            target=_push,
            args=(
                committed_pg,
                device,
                orjson.dumps(push_body(*items)),
                results,
                errors,
                threading.Barrier(1),
            ),
        )
        with caplog.at_level("WARNING", logger="chasqui.sync"):
            push.start()
            time.sleep(0.5)  # the push holds "a…" and waits for "b…"
            lock(other, first_id)  # a deadlock: the push is failed, and lets "a…" go
            other.rollback()
            push.join(timeout=60)
    assert errors == []
    assert [r["outcome"] for r in results] == ["duplicate", "duplicate"]
    assert any("storing it again" in r.getMessage() for r in caplog.records)
