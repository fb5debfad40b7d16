import copy
import json

import pytest

from forms.spec import FieldSpec, PrivacyRule
from privacy import KeyRing, anonymize_submission
from privacy.generalize import DROPPED, generalize_value

RING = KeyRing.single("k1", b"k" * 32)
FIELDS = [
    FieldSpec(("name",), "direct", PrivacyRule(action="pseudonymize", entity="person")),
    FieldSpec(("phone",), "direct", PrivacyRule(entity="phone")),
    FieldSpec(("dni",), "direct", PrivacyRule(entity="national_id")),
    FieldSpec(("age",), "quasi", PrivacyRule(generalize="age_band")),
    FieldSpec(("birth",), "quasi", PrivacyRule(generalize="year")),
    FieldSpec(("gps",), "quasi", PrivacyRule(generalize="gps", precision=2)),
    FieldSpec(("members", "*", "name"), "direct", PrivacyRule(entity="person")),
    FieldSpec(("members", "*", "age"), "quasi", PrivacyRule(generalize="age_band")),
    FieldSpec(("members", "*", "why_left"), "free_text"),
    FieldSpec(("story",), "free_text"),
    FieldSpec(("crop",), "none"),
]


def submission():
    return {
        "name": "Teófilo Ccanto Yauri",
        "phone": "+51 987 654 321",
        "dni": "45678912",
        "age": 37,
        "birth": "1987-05-03",
        "gps": "-12.78654 -74.97321 3680 5",
        "crop": "papa",
        "members": [
            {"_item_id": "a1", "name": "Marcelina Taipe", "age": 12, "why_left": "estudios"},
            {
                "_item_id": "a2",
                "name": "Wilber Ccanto",
                "age": {"_missing": "refused"},
                "why_left": "Wilber se fue con MARCELINA a Lima",
            },
        ],
        "story": "Marcelina me llama al 987654321; mi DNI 45678912. Teófilo no volvió.",
        "nickname": "le dicen el Teo Ccanto",
    }


def test_roster_name_vanishes_from_every_answer():
    result = anonymize_submission(submission(), FIELDS, keys=RING)
    text = json.dumps(result.data, ensure_ascii=False).casefold()
    for raw in ("marcelina", "wilber", "ccanto", "teófilo", "987654321", "45678912"):
        assert raw not in text
    # Keys are walked in sorted order: the roster ("members") comes before "story".
    assert result.data["members"][1]["why_left"] == "[PERSONA-1] se fue con [PERSONA-2] a Lima"
    assert result.data["story"].startswith("[PERSONA-2] me llama al [TELÉFONO]; mi DNI [DNI].")


def test_direct_fields_are_dropped_or_pseudonymized():
    result = anonymize_submission(submission(), FIELDS, keys=RING)
    assert result.data["name"].startswith("ps1.k1.")
    assert result.pseudonyms == {"/name": result.data["name"]}
    assert "phone" not in result.data
    assert "dni" not in result.data
    assert all("name" not in m for m in result.data["members"])


def test_quasi_fields_are_generalized_and_missing_markers_kept():
    data = anonymize_submission(submission(), FIELDS, keys=RING).data
    assert (data["age"], data["birth"], data["gps"]) == ("35-49", 1987, "-12.79 -74.97")
    assert data["members"][0]["age"] == "0-14"
    assert data["members"][1]["age"] == {"_missing": "refused"}
    assert data["members"][1]["_item_id"] == "a2"
    assert data["crop"] == "papa"


def test_unspecified_fields_are_scrubbed_and_reported():
    result = anonymize_submission(submission(), FIELDS, keys=RING)
    assert result.unspecified == ("/nickname",)
    assert "Ccanto" not in result.data["nickname"]


def test_counts_hold_no_raw_values():
    result = anonymize_submission(submission(), FIELDS, keys=RING)
    assert result.counts["direct_dropped"] == 4
    assert result.counts["PERSONA"] >= 4
    assert "Teófilo" not in repr(result)


def test_same_input_gives_identical_bytes_and_input_is_untouched():
    data = submission()
    before = copy.deepcopy(data)
    one = anonymize_submission(data, FIELDS, keys=RING)
    two = anonymize_submission(copy.deepcopy(data), FIELDS, keys=RING)
    assert json.dumps(one.data, sort_keys=True) == json.dumps(two.data, sort_keys=True)
    assert data == before


@pytest.mark.parametrize(
    ("value", "rule", "expected"),
    [
        (25, PrivacyRule(generalize="age_band"), "25-34"),
        (70, PrivacyRule(generalize="age_band"), "65+"),
        ("abc", PrivacyRule(generalize="age_band"), DROPPED),
        ("1990-02-01", PrivacyRule(generalize="year"), 1990),
        (
            {"lat": -12.786, "lon": -74.973},
            PrivacyRule(generalize="gps", precision=1),
            {"lat": -12.8, "lon": -75.0},
        ),
        ("not a point", PrivacyRule(generalize="gps"), DROPPED),
        ("x", PrivacyRule(generalize="drop"), DROPPED),
        ("x", PrivacyRule(generalize="keep"), "x"),
        ({"_missing": "dont_know"}, PrivacyRule(generalize="age_band"), {"_missing": "dont_know"}),
    ],
    ids=[
        "band",
        "open-band",
        "bad-age",
        "year",
        "gps-dict",
        "bad-gps",
        "drop",
        "keep",
        "missing-marker",
    ],
)
def test_generalization_rules(value, rule, expected):
    assert generalize_value(value, rule) == expected
