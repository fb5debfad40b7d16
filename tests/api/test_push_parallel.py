"""The worker-process path gives exactly what the in-process path gives."""

from __future__ import annotations

import copy

from forms.demo import read_study_file
from forms.schema import normalize_form
from privacy import KeyRing
from sync.answers import Work, process_all
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
    expected = process_all(works, documents={"etag-h": document}, keys=keys)
    pool = PreparePool(2)
    try:
        got = pool(works, {"etag-h": document}, keys)
    finally:
        pool.close()
    assert [(d.index, d.data, d.pseudonyms, d.content, d.problems) for d in got] == [
        (d.index, d.data, d.pseudonyms, d.content, d.problems) for d in expected
    ]
    assert any(d.problems for d in got)
