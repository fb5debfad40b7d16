"""Routes stay thin: no SQL, no transaction handling, no other route imported (issue 12).

A route names its permission and calls one service function; queries, commits and
savepoints live in the domain packages. This walks every route module's syntax tree.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROUTES = Path(__file__).resolve().parents[2] / "api" / "routes"
# Calls that mean SQL or a transaction: select(...), session.exec/execute(...), commit,
# rollback, begin, begin_nested.
SQL_FUNCTIONS = frozenset({"select", "delete", "update", "insert", "text"})
SESSION_METHODS = frozenset({"exec", "execute", "commit", "rollback", "begin", "begin_nested"})
SQLMODEL_NAMES = frozenset({"select", "col", "delete", "update", "text", "func", "or_", "and_"})


def sql_in_route(source: str) -> list[str]:
    """What in this module's source is SQL or transaction handling, one line each."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            found += [f"{line}: import {a.name}" for a in node.names if _is_sa(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if _is_sa(node.module):
                found.append(f"{line}: from {node.module} import")
            elif node.module == "sqlmodel":
                found += [
                    f"{line}: from sqlmodel import {a.name}"
                    for a in node.names
                    if a.name in SQLMODEL_NAMES
                ]
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in SQL_FUNCTIONS:
                found.append(f"{line}: {func.id}(")
            elif isinstance(func, ast.Attribute) and func.attr in SESSION_METHODS:
                found.append(f"{line}: .{func.attr}(")
    return found


def route_imports(source: str) -> list[str]:
    """The route modules this module imports (a route calls services, not other routes)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("api.routes."):
                found.append(node.module)
            elif node.module == "api.routes":
                found += [f"api.routes.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("api.routes.")]
    return found


def _is_sa(module: str) -> bool:
    return module == "sqlalchemy" or module.startswith("sqlalchemy.")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import sqlalchemy as sa", ["1: import sqlalchemy"]),
        ("from sqlalchemy.orm import Session", ["1: from sqlalchemy.orm import"]),
        ("from sqlmodel import Session, select", ["1: from sqlmodel import select"]),
        ("rows = session.exec(query).all()", ["1: .exec("]),
        ("q = select(Submission)", ["1: select("]),
        ("session.commit()", ["1: .commit("]),
        ("writer.rollback()", ["1: .rollback("]),
        ("with session.begin_nested():\n    pass", ["1: .begin_nested("]),
        ("with session.begin():\n    pass", ["1: .begin("]),
        ("conn.execute(q)", ["1: .execute("]),
        ("from sqlmodel import Session", []),
        ("found = service.read_quarantined(session, study_id=1)", []),
    ],
    ids=[
        "import-sqlalchemy",
        "from-sqlalchemy",
        "sqlmodel-select",
        "exec",
        "select-call",
        "commit",
        "rollback",
        "begin-nested",
        "begin",
        "execute",
        "session-type-only",
        "a-service-call",
    ],
)
def test_the_check_finds_sql_and_transactions(source: str, expected: list[str]) -> None:
    assert sql_in_route(source) == expected


@pytest.mark.parametrize("path", sorted(ROUTES.glob("*.py")), ids=lambda p: p.name)
def test_routes_hold_no_sql_and_no_transactions(path: Path) -> None:
    assert sql_in_route(path.read_text()) == [], f"{path.name}: move it into a service"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from api.routes.progress import refresh_and_read", ["api.routes.progress"]),
        ("from api.routes import devices", ["api.routes.devices"]),
        ("import api.routes.auth", ["api.routes.auth"]),
        ("from monitor.reads import refresh_and_read", []),
    ],
    ids=["from-module", "from-package", "import", "a-service"],
)
def test_the_check_finds_route_imports(source: str, expected: list[str]) -> None:
    assert route_imports(source) == expected


@pytest.mark.parametrize("path", sorted(ROUTES.glob("*.py")), ids=lambda p: p.name)
def test_routes_import_no_other_route(path: Path) -> None:
    assert route_imports(path.read_text()) == [], f"{path.name}: import the service instead"
