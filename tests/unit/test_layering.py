"""The packages import downwards only, and no two modules import each other (issue 12).

`LAYERS` is the one list of the server's packages, highest first: a package may import
the packages listed after it and never one listed before it. Why this order (see also
docs/architecture.md):

- `bench` and `migrations` are tooling over the whole server; `api` is the HTTP shell,
  the only FastAPI package, and the only one that wires the others together.
- `exports` reads interviews (`interviews`) and supervision figures (`monitor`).
- `interviews` is the interview browser's reading and correcting service over what the
  push stored; it shows review states.
- `monitor` holds the supervisor's read models: it reads review states, the push's rows
  and attachments. Its read model follows the review state through a listener it owns,
  so `review` never writes `monitor`'s table.
- `review` (review states, comments, retention) writes its own tables and emits to the feed.
- `holdqueue` decides on spans the privacy queue holds, and re-stores the interview
  through `sync`.
- `sync` is the push: it uses attachments (hashes the tablet already uploaded), keys
  (`accounts`), anonymization (`privacy`) and form versions (`forms`), and emits to the feed.
- `holds` stores the spans the push holds for review, in the push's transaction.
- `attachments`: tus uploads, blob stores and sealing at rest, under study keys.
- `accounts`: people, devices, tokens, study keys and the study gazetteer.
- `privacy` is pure: pseudonyms, scrubbing, generalization, k-anonymity, given the form's
  field specifications (`forms.spec`).
- `forms`: form documents, their checks, diff and XLSForm import; publishing a form
  emits to the feed.
- `feed`: the pull feed every writer emits to.
- `jobqueue` (background work) and `web` (templates, translations) import no other package.
- `core`: errors, time, ids, the shared metadata.

`client` is the tablet's program: it imports no server package and no server package
imports it (only `bench` drives it). `tests` may import anything.

The import graph is read from the source (`tests/import_graph.py`), so a function-local
or `TYPE_CHECKING` import counts as much as one at the top of a module.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import pytest

from tests.import_graph import Import, find_cycles, find_modules, import_graph

ROOT = Path(__file__).resolve().parents[2]

# Highest first. A new package goes where its imports allow; justify it in the docstring above.
LAYERS: list[str] = [
    "bench",
    "migrations",
    "api",
    "exports",
    "interviews",
    "monitor",
    "review",
    "holdqueue",
    "sync",
    "holds",
    "attachments",
    "accounts",
    "privacy",
    "forms",
    "feed",
    "jobqueue",
    "web",
    "core",
]
# Programs of their own: they import only themselves, and only the tooling imports them.
SEPARATE: dict[str, set[str]] = {"client": {"bench"}}
NOT_CHECKED = {"tests", "docs", "examples", "var", "build"}


def top_level_packages(root: Path) -> set[str]:
    return {
        path.parent.name
        for path in root.glob("*/__init__.py")
        if path.parent.name not in NOT_CHECKED
    }


def upward_imports(graph: dict[str, list[Import]]) -> list[Import]:
    """Imports that point up `LAYERS`, or into or out of a `SEPARATE` program."""
    rank = {package: position for position, package in enumerate(LAYERS)}
    wrong = []
    for edges in graph.values():
        for edge in edges:
            source, target = edge.source.split(".")[0], edge.target.split(".")[0]
            if source == target:
                continue
            if target in SEPARATE:
                allowed = source in SEPARATE[target]
            elif source in SEPARATE:
                allowed = False
            else:
                allowed = rank[source] < rank[target]
            if not allowed:
                wrong.append(edge)
    return sorted(wrong)


@pytest.fixture(scope="module")
def graph() -> dict[str, list[Import]]:
    return import_graph(ROOT, find_modules(ROOT, sorted(set(LAYERS) | set(SEPARATE))))


def test_every_package_has_a_place_in_the_layers() -> None:
    unplaced = top_level_packages(ROOT) - set(LAYERS) - set(SEPARATE)
    assert not unplaced, f"add {sorted(unplaced)} to LAYERS in {__file__}, where its imports allow"


def test_every_package_is_shipped_and_measured() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    measured = set(pyproject["tool"]["coverage"]["run"]["source"])
    server = (set(LAYERS) | set(SEPARATE)) - {"bench", "migrations"}
    unshipped = sorted(
        p for p in server | {"migrations"} if not any(fnmatch.fnmatch(p, i) for i in include)
    )
    assert not unshipped, f"add {unshipped} to [tool.setuptools.packages.find] include"
    unmeasured = sorted(server - measured)
    assert not unmeasured, f"add {unmeasured} to [tool.coverage.run] source in pyproject.toml"


def test_packages_import_only_downwards(graph: dict[str, list[Import]]) -> None:
    wrong = upward_imports(graph)
    assert not wrong, "imports against the layers (LAYERS, highest first):\n" + "\n".join(
        str(edge) for edge in wrong
    )


def test_no_two_modules_import_each_other(graph: dict[str, list[Import]]) -> None:
    circles = find_cycles(graph)
    assert not circles, "modules that import each other, one circle each:\n" + "\n\n".join(
        "\n".join(str(edge) for edge in circle) for circle in circles
    )


def _graph_of(files: dict[str, str], tmp_path: Path) -> dict[str, list[Import]]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    packages = sorted({name.split("/")[0] for name in files})
    return import_graph(tmp_path, find_modules(tmp_path, packages))


# The checks themselves, on small trees: they must be able to fail.
CASES = [
    pytest.param(
        {
            "core/__init__.py": "",
            "core/a.py": "import sync.b\n",
            "sync/__init__.py": "",
            "sync/b.py": "",
        },
        "core/a.py:1: core.a imports sync.b",
        id="upward-at-top",
    ),
    pytest.param(
        {
            "forms/__init__.py": "",
            "forms/a.py": "def f() -> None:\n    from monitor import plan\n",
            "monitor/__init__.py": "",
            "monitor/plan.py": "",
        },
        "forms/a.py:2: forms.a imports monitor.plan",
        id="upward-inside-a-function",
    ),
    pytest.param(
        {
            "api/__init__.py": "",
            "api/x.py": "",
            "client/__init__.py": "",
            "client/a.py": "from api import x\n",
        },
        "client/a.py:1: client.a imports api.x",
        id="client-imports-the-server",
    ),
]


@pytest.mark.parametrize(("files", "expected"), CASES)
def test_an_upward_import_is_named(files: dict[str, str], expected: str, tmp_path: Path) -> None:
    assert [str(edge) for edge in upward_imports(_graph_of(files, tmp_path))] == [expected]


def test_a_downward_import_passes(tmp_path: Path) -> None:
    files = {"sync/__init__.py": "", "sync/a.py": "from core import b\n", "core/__init__.py": ""}
    assert upward_imports(_graph_of(files, tmp_path)) == []


def test_a_circle_of_files_is_named(tmp_path: Path) -> None:
    files = {
        "forms/__init__.py": "",
        "forms/a.py": "from forms.b import x\n",
        "forms/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import a\n",
    }
    circles = find_cycles(_graph_of(files, tmp_path))
    assert [[str(edge) for edge in circle] for circle in circles] == [
        ["forms/a.py:1: forms.a imports forms.b", "forms/b.py:3: forms.b imports forms.a"]
    ]
