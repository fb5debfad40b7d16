"""The demo study's files (`forms/study/*.json`): its forms and plan, and the tests' fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

STUDY_DIR = Path(__file__).resolve().parent / "study"


def read_study_file(name: str) -> dict[str, Any]:
    """Read one of the demo study's JSON files."""
    data: dict[str, Any] = json.loads((STUDY_DIR / name).read_text(encoding="utf-8"))
    return data
