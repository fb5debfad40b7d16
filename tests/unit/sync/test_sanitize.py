"""sync.sanitize: malformed item ids replaced, unknown keys renamed, before validation."""

from __future__ import annotations

import json
import uuid

import pytest

from forms.demo_study import read_study_file
from forms.normalize import normalize_form
from sync.sanitize import form_shape, is_plain_name, keyed_item_id, sanitize_answers
from tests.unit.forms.submissions import community_answers, household_answers, ngo_answers

KEY = b"k" * 32
UID = "6c1e0b0e-3f7a-4a51-9a0e-6a1f2b7f0a01"
SHAPE = form_shape(read_study_file("household.json"))


@pytest.mark.parametrize(
    ("sent", "is_kept"),
    [
        (UID, True),
        (UID.upper(), True),
        ("Teodora Ccanto 45871236", False),
        ("45871236", False),
        (45871236, False),
        ("", False),
        (None, False),
        (UID + " ", False),
    ],
    ids=["uuid", "upper-uuid", "a-name", "a-dni", "a-number", "empty", "null", "padded"],
)
def test_item_ids_that_are_not_uuids_become_keyed_uuids(sent, is_kept):
    data = {"members": [{"_item_id": sent, "member_name": "x"}]}
    stored = sanitize_answers(data, SHAPE, key=KEY)["members"][0]["_item_id"]
    if is_kept:
        assert stored == sent
    else:
        assert stored == keyed_item_id(sent, key=KEY)
        assert uuid.UUID(stored).version == 8
        assert stored != keyed_item_id(sent, key=b"o" * 32)  # keyed: no dictionary attack


CASES = [
    ({"future": "x"}, {"future": "x"}),
    ({"Teodora": 1, "future": "x"}, {"<unknown #1>": 1, "future": "x"}),
    ({"b": 1, "a": 2}, {"<unknown #1>": 2, "<unknown #2>": 1}),  # numbered in sorted order
    (
        {"members": [{"_item_id": UID, "45871236": True, "age": 3}]},
        {"members": [{"_item_id": UID, "<unknown #1>": True, "age": 3}]},
    ),
    ({"Teodora": {"Ccanto": "x"}}, {"<unknown #1>": {"<unknown #2>": "x"}}),
    ({"village": {"_missing": "refused"}}, {"village": {"_missing": "refused"}}),
    ({"village": {"_missing": "Teodora"}}, {"village": {"_missing": "Teodora"}}),
    ({"village": {"Teodora": "x"}}, {"village": {"<unknown #1>": "x"}}),
]


@pytest.mark.parametrize(
    ("sent", "kept"),
    CASES,
    ids=[
        "known-key",
        "unknown-key",
        "sorted-numbering",
        "unknown-key-in-repeat-item",
        "nested-unknown",
        "missing-marker",
        "bad-missing-code-kept-for-validation",
        "object-in-a-leaf",
    ],
)
def test_keys_not_in_the_form_are_renamed(sent, kept):
    assert sanitize_answers(sent, SHAPE, key=KEY) == kept


def test_the_same_answers_sanitize_to_the_same_bytes():
    sent = {"Teodora": 1, "members": [{"_item_id": "Rosa", "x": 2}]}
    first = json.dumps(sanitize_answers(sent, SHAPE, key=KEY))
    assert first == json.dumps(sanitize_answers(json.loads(json.dumps(sent)), SHAPE, key=KEY))
    assert "Teodora" not in first
    assert "Rosa" not in first


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("censo_2005", True),
        ("nota", True),
        ("staff_total", True),
        ("teodora_ccanto", False),
        ("tel_987654321", False),
        ("Teodora Ccanto", False),
        ("45871236", False),
        ("correo@gmail.com", False),
    ],
    ids=["form-id", "word", "field", "a-name", "a-phone", "spaces", "digits", "e-mail"],
)
def test_names_the_server_cannot_check_are_kept_only_when_plain(name, plain):
    assert is_plain_name(name) is plain


def test_an_unknown_forms_keys_are_kept_only_when_plain():
    sent = {"nota": "x", "teodora_ccanto": 1, "members": [{"_item_id": "Rosa", "edad": 3}]}
    out = sanitize_answers(sent, None, key=KEY)
    assert set(out) == {"nota", "<unknown #1>", "members"}
    assert out["members"][0]["_item_id"] == keyed_item_id("Rosa", key=KEY)


@pytest.mark.parametrize(
    ("form", "answers"),
    [
        ("household", household_answers),
        ("ngo", ngo_answers),
        ("community", community_answers),
    ],
    ids=["household", "ngo", "community"],
)
def test_valid_answers_come_out_unchanged(form, answers):
    shape = form_shape(read_study_file(f"{form}.json"))
    assert sanitize_answers(answers(), shape, key=KEY) == answers()
    normalized = form_shape(normalize_form(read_study_file(f"{form}.json")))
    assert normalized == shape


def test_a_geopoint_answer_keeps_its_declared_keys():
    document = {
        "type": "object",
        "properties": {
            "spot": {"x-kind": "geopoint", "x-privacy": "quasi"},
            "note": {"type": "string", "x-kind": "text", "x-privacy": "free_text"},
        },
    }
    sent = {"spot": {"lat": -12.1, "lon": -75.2, "Teodora": 1}, "note": "x"}
    out = sanitize_answers(sent, form_shape(document), key=KEY)
    assert out == {"spot": {"lat": -12.1, "lon": -75.2, "<unknown #1>": 1}, "note": "x"}
