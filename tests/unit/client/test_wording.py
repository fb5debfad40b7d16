"""The words an enumerator reads after a sync: every outcome and code, in es and en."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from client.wording import (
    GENERIC_PROBLEM,
    GENERIC_REASON,
    GROUPS,
    OUTCOME_GROUPS,
    PROBLEMS,
    REASONS,
    Said,
    explain,
    group_of,
    label_at,
    summarize,
)

ROOT = Path(__file__).resolve().parents[3]
OUTCOMES = ("created", "duplicate", "updated", "merged", "conflict", "quarantined", "rejected")
RECEIPT_CODES = (
    "ok",
    "sync.duplicate",
    "sync.merged",
    "sync.held_until_parent",
    "sync.conflict",
    "form.unknown",
    "form.version_unknown",
    "form.closed",
    "answer.invalid",
    "withdrawn",
    "sync.item_invalid",
    "sync.retry",
)
DOCUMENT = {
    "properties": {
        "village": {"x-prompt": {"es": "Comunidad", "en": "Community"}},
        "members": {
            "type": "array",
            "items": {"properties": {"age": {"x-prompt": {"es": "Edad", "en": "Age"}}}},
        },
        "consent": {"x-prompt": {"es": "¿La persona acepta?", "en": "Does the person agree?"}},
    }
}


def codes_in(folder: str, prefix: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / folder).glob("*.py"):
        found |= set(re.findall(rf'"({prefix}\.[a-z_]+)"', path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("outcome", [*OUTCOMES, "retry", "blocked"])
def test_every_outcome_has_a_group_worded_in_both_languages(outcome):
    group = OUTCOME_GROUPS[outcome]
    for lang in ("es", "en"):
        one, many = GROUPS[group][lang]
        assert one.strip()
        assert many.strip()


@pytest.mark.parametrize("code", RECEIPT_CODES)
def test_every_receipt_code_has_a_reason_in_both_languages(code):
    assert set(REASONS[code]) == {"es", "en"}
    assert all(text.strip() and code not in text for text in REASONS[code].values())


def test_every_answer_problem_the_server_can_send_has_a_sentence():
    sent = codes_in("forms", "answer")
    assert "answer.required" in sent  # the scan reads the validators
    assert sent <= set(PROBLEMS), sorted(sent - set(PROBLEMS))
    for code, texts in PROBLEMS.items():
        assert set(texts) == {"es", "en"}, code
        assert all("{field}" in t or code == "answer.unknown_field" for t in texts.values())


def test_every_quarantine_reason_the_server_can_send_has_a_reason():
    quarantine = set(re.findall(r'"(form\.[a-z_]+|answer\.invalid)": "', read("sync/receipts.py")))
    assert quarantine == {"form.unknown", "form.version_unknown", "form.closed", "answer.invalid"}
    assert quarantine <= set(REASONS)


def read(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_an_unknown_code_gets_a_generic_sentence_never_the_code(lang):
    reason = explain(outcome="quarantined", code="form.shiny_new", problems=(), lang=lang)
    assert reason == GENERIC_REASON[lang]
    problem = explain(
        outcome="quarantined",
        code="answer.invalid",
        problems=(("/village", "answer.shiny_new"),),
        lang=lang,
        document=DOCUMENT,
    )
    assert problem == GENERIC_PROBLEM[lang].format(field=label_at(DOCUMENT, "/village", lang))
    assert "shiny" not in (problem or "")


def test_an_unknown_outcome_is_its_own_group_not_received():
    assert group_of("teleported", "x") == "unknown"
    assert "teleported" not in summarize([Said("a", "unknown", None)], "en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", "2 guardadas, 1 en revisión: falta «Comunidad»."),
        ("en", "2 saved, 1 held for review: «Community» is missing."),
    ],
    ids=["es", "en"],
)
def test_two_stored_and_one_quarantined_are_not_three_received(lang, expected):
    said = [
        Said("a", group_of("created", "ok"), None),
        Said("b", group_of("updated", "ok"), None),
        Said(
            "c",
            group_of("quarantined", "answer.invalid"),
            explain(
                outcome="quarantined",
                code="answer.invalid",
                problems=(("/village", "answer.required"),),
                lang=lang,
                document=DOCUMENT,
            ),
        ),
    ]
    assert summarize(said, lang) == expected


@pytest.mark.parametrize(
    ("pointer", "lang", "expected"),
    [
        ("/members/2/age", "es", "«Edad»"),
        ("/members/2/age", "en", "«Age»"),
        ("/consent", "es", "«La persona acepta»"),
        ("/not_in_form", "es", "«not_in_form»"),
        ("/members/0/<unknown #1>", "es", "una respuesta"),
        ("", "en", "the interview"),
    ],
    ids=["nested-es", "nested-en", "question-marks", "no-label", "placeholder", "root"],
)
def test_fields_are_named_by_the_forms_label(pointer, lang, expected):
    assert label_at(DOCUMENT, pointer, lang) == expected


def test_without_the_form_a_field_is_named_by_its_name():
    assert label_at(None, "/respondent_age", "es") == "«respondent_age»"


def test_withdrawn_and_refused_items_say_why_and_stored_ones_say_nothing():
    assert explain(outcome="created", code="ok", problems=(), lang="es") is None
    assert "consentimiento" in (
        explain(outcome="rejected", code="withdrawn", problems=(), lang="es") or ""
    )
    refused = explain(
        outcome="rejected", code="sync.item_invalid", problems=(("/items/0", "x"),), lang="en"
    )
    assert refused == REASONS["sync.item_invalid"]["en"]


def test_more_than_two_problems_are_counted_not_listed():
    problems = (("/village", "answer.required"),) * 5
    said = explain(outcome="quarantined", code="answer.invalid", problems=problems, lang="en")
    assert said is not None
    assert said.endswith("and 3 more problem(s)")


def test_every_message_and_stop_reason_is_in_both_languages():
    from client.messages import MESSAGES
    from client.wording import STOPS

    for key, texts in {**MESSAGES, **STOPS}.items():
        assert set(texts) == {"es", "en"}, key
        assert all(t.strip() for t in texts.values()), key


def test_every_way_a_sync_stops_has_a_message():
    from client import link
    from client.messages import MESSAGES

    stops = [
        c for c in vars(link).values() if isinstance(c, type) and issubclass(c, link.SyncStopped)
    ]
    assert len(stops) >= 5
    assert {c.key for c in stops} | {"device_revoked"} <= set(MESSAGES)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_stop_code_is_said_in_words_and_an_unknown_one_generically(lang):
    from client.wording import GENERIC_STOP, say_stop

    assert "membership_ended" not in say_stop("membership_ended", lang)
    assert say_stop("db.exploded", lang) == GENERIC_STOP[lang]
