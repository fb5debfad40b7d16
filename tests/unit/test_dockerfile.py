"""The image ships every package pyproject.toml ships: a package added to one and not
the other builds an image that cannot import itself."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def shipped_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    return {pattern.rstrip("*") for pattern in include}


def copied_packages(dockerfile: str) -> set[str]:
    return set(re.findall(r"^COPY (\w+) \./\1$", dockerfile, flags=re.MULTILINE))


def test_the_image_copies_every_shipped_package() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert copied_packages(dockerfile) == shipped_packages()


def test_the_check_sees_a_missing_package() -> None:
    assert copied_packages("COPY api ./api\nCOPY core ./core\n") == {"api", "core"}
    assert copied_packages("COPY api ./api\n") != shipped_packages()
