"""The worker-process path gives exactly what the in-process path gives."""

from __future__ import annotations

import copy

from forms.demo_study import read_study_file
from forms.schema import normalize_form
from privacy import Gazetteer, KeyRing
from sync.answers import StudyGazetteerRef, Work, load_gazetteer, process_all
from sync.parallel import MIN_PARALLEL_ITEMS, PreparePool
from tests.unit.forms.submissions import household_answers


def test_worker_processes_anonymize_like_the_server_process():
    document = normalize_form(read_study_file("household.json"))
    keys = KeyRing.single("k1", b"z" * 32)
    works = []
    for i in range(MIN_PARALLEL_ITEMS + 6):
        data = copy.deepcopy(household_answers())
        data["future"] = f"Mi hijo Wilber Quispe llamó al 964 123 45{i % 10} desde Lima."
        if i % 7 == 0:
            data["respondent_age"] = "cuarenta"  # invalid: detailed problems, full walk
        works.append(Work(i, "household", 1, "etag-h", True, data))
    works.append(
        Work(len(works), "censo", 1, None, True, {"nombre": "Teodora Ccanto", "nota": "hola"})
    )
    gazetteer = Gazetteer.build(["Celestino Arroyo"], key=keys.current_key)
    ref = StudyGazetteerRef(gazetteer.to_json(), keys.current)
    for work in works[:3]:
        work.data["future"] = "Celestino Arroyo trajo las semillas."
    expected = process_all(
        works, documents={"etag-h": document}, keys=keys, gazetteer=load_gazetteer(ref, keys)
    )
    pool = PreparePool(2)
    try:
        got = pool(works, {"etag-h": document}, keys, ref)
    finally:
        pool.close()
    assert [(d.index, d.data, d.pseudonyms, d.content, d.problems) for d in got] == [
        (d.index, d.data, d.pseudonyms, d.content, d.problems) for d in expected
    ]
    assert any(d.problems for d in got)
    assert "Arroyo" not in got[1].data["future"]
