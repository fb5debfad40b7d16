"""The import graph of the repository's own modules, read from the source (AST), not by importing.

Every import counts: at the top of a module, inside a function, and under
`TYPE_CHECKING` (a type-only import is still a dependency a reader must follow).
Importing `a.b.c` is an edge to `a.b.c` only, not to the `a` and `a.b` packages
Python also runs, or every `__init__` that re-exports its modules would close a circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True, order=True)
class Import:
    """One import statement's edge: `source` (a module) imports `target` at `path:line`."""

    source: str
    target: str
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.source} imports {self.target}"


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def find_modules(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Every module of the given top-level packages, by dotted name."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            found[module_name(root, path)] = path
    return found


def _targets(
    node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: Mapping[str, Path]
) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    else:
        if node.level:
            # `from . import x` in a.b (module) or in a/b/__init__ (package a.b).
            parts = module.split(".")
            keep = len(parts) - node.level + (1 if is_package else 0)
            base = ".".join(parts[:keep] + ([node.module] if node.module else []))
        else:
            base = node.module or ""
        for alias in node.names:
            # `from a import b`: the module a.b if there is one, else a name from a.
            yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base


def import_graph(root: Path, modules: Mapping[str, Path]) -> dict[str, list[Import]]:
    """The imports between the given modules, by importing module."""
    graph: dict[str, list[Import]] = {}
    for module, path in modules.items():
        edges: set[Import] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(node, module, path.name == "__init__.py", modules):
                if target in modules and target != module:
                    edges.add(Import(module, target, str(path.relative_to(root)), node.lineno))
        graph[module] = sorted(edges)
    return graph


def find_cycles(graph: Mapping[str, list[Import]]) -> list[list[Import]]:
    """One shortest circle of imports through each group of modules that import each other."""
    cycles = []
    for group in _strongly_connected(graph):
        start = min(group)
        cycles.append(_shortest_circle(graph, start, group))
    return sorted(cycles)


def _strongly_connected(graph: Mapping[str, list[Import]]) -> list[set[str]]:
    # Tarjan's algorithm, iterative (the graph has a few hundred modules).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter([e.target for e in graph[root]]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter([e.target for e in graph.get(child, [])])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)
    return groups


def _shortest_circle(
    graph: Mapping[str, list[Import]], start: str, group: set[str]
) -> list[Import]:
    # Breadth-first from `start` back to itself, inside the group.
    paths: dict[str, list[Import]] = {start: []}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for edge in graph[node]:
                if edge.target == start:
                    return [*paths[node], edge]
                if edge.target in group and edge.target not in paths:
                    paths[edge.target] = [*paths[node], edge]
                    following.append(edge.target)
        frontier = following
    raise AssertionError(f"{start} is in a circle it cannot reach")
