"""Benchmark: validations per second of a realistic household interview.

Run: .venv/bin/python bench/bench_forms.py
Uses the cached, compiled validator exactly as sync intake does.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from forms.validators import get_validator  # noqa: E402
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


def main() -> None:
    document = load_study_form("household")
    validator = get_validator("household", 1, document)
    answers = realistic_submission()
    size = len(json.dumps(answers, ensure_ascii=False).encode("utf-8"))
    if validator.validation_errors(answers):
        raise SystemExit("benchmark submission is not valid")
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < SECONDS:
        for _ in range(50):
            validator = get_validator("household", 1, document)
            validator.validation_errors(answers)
        count += 50
    rate = count / (time.perf_counter() - started)
    print(f"BENCH validate_household {rate:.0f} validations/s ({size} bytes per submission)")  # noqa: T201


if __name__ == "__main__":
    main()
