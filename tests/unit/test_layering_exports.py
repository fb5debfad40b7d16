"""exports/ and jobqueue/ sit where the layering says: nothing below imports them.

api → exports → interviews → monitor → …; the job queue sits low (core-level): it
knows no package of ours, and services hand it their tasks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BELOW_EXPORTS = (
    "core",
    "privacy",
    "forms",
    "feed",
    "accounts",
    "sync",
    "attachments",
    "monitor",
    "interviews",
    "review",
    "jobqueue",
)


def imported_packages(package: str) -> set[str]:
    """Top-level names every module of a package imports (also inside functions)."""
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", [p for p in BELOW_EXPORTS if (ROOT / p).is_dir()])
def test_no_package_below_exports_imports_it_or_the_api(package: str):
    assert not imported_packages(package) & {"exports", "api", "web"}


def test_exports_does_not_import_the_api():
    assert not imported_packages("exports") & {"api", "web"}


def test_the_job_queue_knows_none_of_our_packages():
    ours = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()} - {"jobqueue"}
    assert not imported_packages("jobqueue") & ours
