"""sync.intake.parse_batch: the envelope is refused whole, a bad item alone, nothing echoed."""

from __future__ import annotations

import json
import uuid

import pytest

from sync.intake import BatchInvalid, BatchTooLarge, parse_batch
from sync.text import clean_text

BATCH_ID = str(uuid.uuid4())
IID = "6c1e0b0e-3f7a-4a51-9a0e-6a1f2b7f0a01"
REV = "1-" + "0" * 32


def _item(**overrides):
    return {"instance_id": IID, "form_id": "household", "form_version": 1, "data": {}} | overrides


def _parse(body) -> object:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return parse_batch(raw, max_items=3, max_item_bytes=2000, max_depth=4)


BATCH_REFUSED = [
    (b'{"batch_id": "x", "items": [', BatchInvalid, "truncated"),
    (b'{"batch_id": "\xff", "items": []}', BatchInvalid, "invalid-utf8"),
    (b"[1]", BatchInvalid, "not-an-object"),
    (b'{"batch_id": NaN, "items": []}', BatchInvalid, "nan"),
    ({"batch_id": "Teodora Ccanto", "items": []}, BatchInvalid, "batch-id-format"),
    ({"batch_id": BATCH_ID, "items": {}}, BatchInvalid, "items-not-a-list"),
    ({"batch_id": BATCH_ID, "items": [], "Teodora": 1}, BatchInvalid, "unknown-envelope-key"),
    (
        {"batch_id": BATCH_ID, "device_time": "2026-11-20T10:00:00", "items": []},
        BatchInvalid,
        "device-time-without-offset",
    ),
    (
        {"batch_id": BATCH_ID, "device_time": "9999-12-31T23:00:00-12:00", "items": []},
        BatchInvalid,
        "device-time-out-of-range",
    ),
    ({"batch_id": BATCH_ID, "items": [_item(), _item()]}, BatchInvalid, "instance-twice"),
    ({"batch_id": BATCH_ID, "items": [_item()] * 4}, BatchTooLarge, "too-many-items"),
    ({"batch_id": BATCH_ID, "items": [_item(data={"a": "x" * 3000})]}, BatchTooLarge, "big-item"),
    ({"batch_id": BATCH_ID, "items": [_item(data={"a": [[[[[1]]]]]})]}, BatchInvalid, "deep"),
    (b'{"a": ' + b"[" * 1000 + b'"\\u0000"' + b"]" * 1000 + b"}", BatchInvalid, "deep-with-nul"),
]


@pytest.mark.parametrize(
    ("body", "error"), [c[:2] for c in BATCH_REFUSED], ids=[c[2] for c in BATCH_REFUSED]
)
def test_a_wrong_envelope_refuses_the_batch_without_echoing_it(body, error):
    with pytest.raises(error) as caught:
        _parse(body)
    shown = json.dumps([caught.value.message, caught.value.extensions])
    assert "Teodora" not in shown


ITEM_REFUSED = [
    (_item(form_version=2**31), "/items/0/form_version", "less_than_equal"),
    (_item(form_version=2**63), "/items/0/form_version", "less_than_equal"),
    (_item(form_version=2**70), "/items/0/form_version", "int_parsing_size"),
    (_item(form_version=10**400), "/items/0/form_version", "less_than_equal"),
    (_item(form_version=0), "/items/0/form_version", "greater_than_equal"),
    (_item(form_id="Teodora Ccanto"), "/items/0/form_id", "string_pattern_mismatch"),
    (_item(form_id="x" * 65), "/items/0/form_id", "string_pattern_mismatch"),
    (_item(base_rev="Teodora"), "/items/0/base_rev", "string_pattern_mismatch"),
    (_item(base_rev="1-45871236"), "/items/0/base_rev", "string_pattern_mismatch"),
    (_item(instance_id="45871236"), "/items/0/instance_id", "string_pattern_mismatch"),
    (_item(started_at="1492-10-12T00:00:00Z"), "/items/0/started_at", "value_error"),
    (_item(ended_at="2026-11-20T10:00:00"), "/items/0/ended_at", "timezone_aware"),
    (_item(data=["Teodora"]), "/items/0/data", "dict_type"),
    (_item(**{"Teodora Ccanto": 1}), "/items/0/<unknown>", "extra_forbidden"),
    ("Teodora Ccanto", "/items/0", "model_type"),
    (
        _item(attachments=[{"name": "a", "sha256": "0" * 64, "size": 2**64, "content_type": "x"}]),
        "/items/0/attachments/0/size",
        "int_parsing_size",
    ),
]


@pytest.mark.parametrize(
    ("item", "pointer", "code"),
    ITEM_REFUSED,
    ids=[
        "version-2^31",
        "version-2^63",
        "version-2^70",
        "version-10^400",
        "version-0",
        "form-id-a-name",
        "form-id-too-long",
        "rev-a-name",
        "rev-without-hash",
        "instance-id-a-dni",
        "time-before-1900",
        "time-without-clock",
        "data-not-an-object",
        "unknown-item-key",
        "item-not-an-object",
        "attachment-size-past-bigint",
    ],
)
def test_a_bad_item_is_refused_alone_with_a_pointer_never_the_value(item, pointer, code):
    good = _item(instance_id=str(uuid.uuid4()))
    batch = _parse({"batch_id": BATCH_ID, "items": [item, good]})
    assert list(batch.refused) == [0]
    assert (pointer, code) in {(p["pointer"], p["code"]) for p in batch.refused[0]}
    assert "Teodora" not in json.dumps(batch.refused[0])
    assert "45871236" not in json.dumps(batch.refused[0])
    assert batch.items[0].data == {}
    assert batch.items[1].instance_id == good["instance_id"]


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("a\\u0000b", "a\ufffdb"),
        ("a\\u0007b\\u001fc", "a\ufffdb\ufffdc"),
        ("tab\\tand\\nlines\\r", "tab\tand\nlines\r"),
        ("lone \\ud800 surrogate", "lone \ufffd surrogate"),
        ("pair \\ud83d\\ude00 kept", "pair \U0001f600 kept"),
        ("non\\uffffchar\\ufdd0", "non\ufffdchar\ufffd"),
        ("del\x7f", "del\ufffd"),
        ("plane\U0001fffe", "plane\ufffd"),
        ("Ñuñoa ayllu", "Ñuñoa ayllu"),
    ],
    ids=[
        "nul",
        "controls",
        "tab-newlines-kept",
        "lone-surrogate",
        "surrogate-pair",
        "bmp-noncharacters",
        "del",
        "plane-noncharacter",
        "plain",
    ],
)
def test_strings_are_cleaned_the_same_way_keys_and_values(sent, kept):
    body = (
        f'{{"batch_id": "{BATCH_ID}", "items": [{{"instance_id": "{IID}", "form_id": "f",'
        f' "form_version": 1, "data": {{"k{sent}": "{sent}"}}}}]}}'
    ).encode()
    batch = parse_batch(body, max_items=3, max_item_bytes=2000, max_depth=4)
    assert batch.items[0].data == {f"k{kept}": kept}


@pytest.mark.parametrize(
    ("sent", "kept"),
    [(2**64 - 1, 2**64 - 1), (2**70, float(2**70)), (10**400, str(10**400))],
    ids=["u64-kept", "past-64-bits-a-float", "past-a-double-text"],
)
def test_numbers_no_column_holds_become_floats_or_text(sent, kept):
    body = json.dumps({"batch_id": BATCH_ID, "items": [_item(data={"n": sent, "s": "\ud800"})]})
    assert _parse(body.encode()).items[0].data["n"] == kept  # the standard library's path
    body = json.dumps({"batch_id": BATCH_ID, "items": [_item(data={"n": sent})]})
    if sent < 10**400:
        assert _parse(body.encode()).items[0].data["n"] == kept  # orjson's path


@pytest.mark.parametrize(
    ("text", "clean"),
    [("", ""), ("sin cambios", "sin cambios"), ("\x00", "\ufffd"), ("\ud83d", "\ufffd")],
    ids=["empty", "plain", "nul", "lone-high-surrogate"],
)
def test_clean_text(text, clean):
    assert clean_text(text) == clean
