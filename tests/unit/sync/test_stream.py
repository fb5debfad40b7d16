"""sync.stream.parse_batch_spans reads a batch item by item exactly as parse_batch reads it whole."""

from __future__ import annotations

import json
import uuid

import pytest

from sync import stream
from sync.intake import BatchInvalid, BatchTooLarge, parse_batch
from sync.stream import parse_batch_spans
from tests.unit.sync.test_intake import BATCH_REFUSED

BATCH_ID = str(uuid.uuid4())
LIMITS = {"max_items": 50, "max_item_bytes": 4000, "max_depth": 4}


def _iid(n: int) -> str:
    return f"6c1e0b0e-3f7a-4a51-9a0e-6a1f2b7f{n:04x}"


def _item(n: int, **overrides: object) -> dict[str, object]:
    data = {"nota": f"Mamá cosechó papa {n} ✓ 😀", "edad": n, "big": 10**30, "f": 1.5e300}
    return {
        "instance_id": _iid(n),
        "form_id": "household",
        "form_version": 1,
        "started_at": "2026-11-20T14:00:00-05:00",
        "data": data,
        "attachments": [],
    } | overrides


BODIES = [
    (json.dumps({"batch_id": BATCH_ID, "items": [_item(n) for n in range(30)]}), "compact"),
    (
        json.dumps(
            {
                "items": [_item(n) for n in range(20)],
                "device_time": "2026-11-20T10:00:00Z",
                "batch_id": BATCH_ID,
            },
            indent=3,
            ensure_ascii=False,
        ),
        "pretty-items-first-raw-utf8",
    ),
    (
        json.dumps(
            {
                "batch_id": BATCH_ID,
                "items": [
                    _item(0),
                    _item(1, form_version="uno"),
                    7,
                    _item(3, data={"a": "NUL \u0000 and \ud800 lone"}),
                    _item(4, instance_id="Teodora Ccanto"),
                    _item(5, data=[1, 2]),
                ],
            }
        ),
        "refused-items-and-suspect-text",
    ),
    (f'{{"batch_id": "{BATCH_ID}", "items": []}}', "empty"),
    (
        f'{{"batch_id": "{BATCH_ID}", "items": [{json.dumps(_item(1))}],'
        f' "items": [{json.dumps(_item(2))}]}}',
        "items-twice-the-last-counts",
    ),
]


@pytest.mark.parametrize("window", [7, 64, 1 << 20], ids=["window-7", "window-64", "window-1mb"])
@pytest.mark.parametrize(("text", "name"), BODIES, ids=[b[1] for b in BODIES])
def test_items_answers_and_refusals_equal_the_whole_tree_reader(monkeypatch, text, name, window):
    monkeypatch.setattr(stream, "WINDOW", window)
    body = text.encode()
    whole = parse_batch(body, **LIMITS)
    spanned = parse_batch_spans(body, **LIMITS)
    got = spanned.batch
    assert (got.batch_id, got.device_time, got.refused) == (
        whole.batch_id,
        whole.device_time,
        whole.refused,
    )
    assert [i.model_dump(exclude={"data"}) for i in got.items] == [
        i.model_dump(exclude={"data"}) for i in whole.items
    ]
    for index, item in enumerate(whole.items):
        if index not in whole.refused:
            assert spanned.answers(index) == item.data
            assert spanned.item_bytes(index) > 0
    assert all(not i.data for i in got.items)  # no answers held after the parse


@pytest.mark.parametrize("window", [5, 1 << 20], ids=["window-5", "window-1mb"])
@pytest.mark.parametrize(
    ("body", "error"), [c[:2] for c in BATCH_REFUSED], ids=[c[2] for c in BATCH_REFUSED]
)
def test_a_wrong_envelope_is_refused_as_the_whole_tree_reader_refuses_it(
    monkeypatch, body, error, window
):
    monkeypatch.setattr(stream, "WINDOW", window)
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    with pytest.raises(error) as caught:
        parse_batch_spans(raw, max_items=3, max_item_bytes=2000, max_depth=4)
    shown = json.dumps([caught.value.message, caught.value.extensions])
    assert "Teodora" not in shown


TRAILING = [
    (b'{"batch_id": "x", "items": []} []', BatchInvalid, "text-after"),
    (b'{"batch_id": "x", "items": [{}] ', BatchInvalid, "unclosed"),
    (b'{"batch_id": "x" "items": []}', BatchInvalid, "no-comma"),
    (b'{"items": [{}, {}, {}, {}], "batch_id": "x"}', BatchTooLarge, "too-many"),
]


@pytest.mark.parametrize(("body", "error"), [t[:2] for t in TRAILING], ids=[t[2] for t in TRAILING])
def test_broken_json_around_the_items_refuses_the_batch(monkeypatch, body, error):
    monkeypatch.setattr(stream, "WINDOW", 3)
    with pytest.raises(error):
        parse_batch_spans(body, max_items=3, max_item_bytes=2000, max_depth=4)
