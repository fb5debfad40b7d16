"""Benchmark: validations per second of a realistic household interview.

Run: .venv/bin/python bench/bench_forms.py
Uses the cached, compiled validator exactly as sync intake does. Prints one line
per case: a valid interview (the common case), one with five typical errors
(the detailed, pointer-and-message path) and `validation_warnings` on one with
an answer to a question that did not apply.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from forms.validators import FormValidator, ValidationProblem, get_validator  # noqa: E402
from tests.unit.forms.submissions import STORY, household_answers, load_study_form  # noqa: E402

SECONDS = 3.0


def realistic_submission() -> dict[str, Any]:
    """Return a ~5 KB household interview with ~2 KB of Spanish free text."""
    answers = household_answers()
    answers["migration_impact"] = (STORY * 4)[:2000]
    answers["future"] = STORY[:300]
    # A fourth member, so the roster is as long as a typical household's.
    extra = json.loads(json.dumps(answers["members"][1]).replace("6c1e0b0e", "7d2f1c1f"))
    extra = json.loads(json.dumps(extra).replace("1b7d6a9e", "2c8e7baf"))
    extra["member_name"] = "Elmer"
    answers["members"].append(extra)
    return answers


def invalid_submission() -> dict[str, Any]:
    """Return the realistic interview with typical tablet mistakes in it."""
    answers = realistic_submission()
    answers["members"][1]["age"] = 130  # out of range and against its constraint
    answers["village"] = "Juliaca"  # not one of the choices
    answers["interview_date"] = "14/07/2005"  # not a date
    answers["members"][1]["episodes"][0]["sends_home"] = ["nada", "dinero"]  # constraint
    return answers


def irrelevant_submission() -> dict[str, Any]:
    """Return the realistic interview with answers to questions that did not apply."""
    answers = realistic_submission()
    answers["members"][1]["episodes"][0]["country"] = "Chile"  # destination is Lima
    return answers


def measure(
    check: Callable[[FormValidator, Any], list[ValidationProblem]], answers: dict[str, Any]
) -> float:
    """Return calls per second of `check` through the validator cache, as sync intake does."""
    document = load_study_form("household")
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < SECONDS:
        for _ in range(50):
            check(get_validator("household", 1, document), answers)
        count += 50
    return count / (time.perf_counter() - started)


def main() -> None:
    validator = get_validator("household", 1, load_study_form("household"))
    valid, invalid, irrelevant = (
        realistic_submission(),
        invalid_submission(),
        irrelevant_submission(),
    )
    if validator.validation_errors(valid) or validator.validation_warnings(valid):
        raise SystemExit("benchmark submission is not valid")
    if len(validator.validation_errors(invalid)) != 5:
        raise SystemExit("invalid benchmark submission does not have its five errors")
    if len(validator.validation_warnings(irrelevant)) != 1:
        raise SystemExit("irrelevant benchmark submission does not have its warning")
    size = len(json.dumps(valid, ensure_ascii=False).encode("utf-8"))
    cases = [
        ("validate_household", FormValidator.validation_errors, valid),
        ("validate_household_invalid", FormValidator.validation_errors, invalid),
        ("warnings_household", FormValidator.validation_warnings, irrelevant),
    ]
    for name, check, answers in cases:
        rate = measure(check, answers)
        print(f"BENCH {name} {rate:.0f} validations/s ({size} bytes per submission)")


if __name__ == "__main__":
    main()
