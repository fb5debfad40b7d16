"""Pure: one table model for every version of a form, built once per export.

Every export format (CSV, XLSX, Stata, SPSS, Parquet, REFI-QDA) and the codebook
read the same model, so a field has one column in every format:

- a leaf field of any version is one column, named after its newest path; a field
  renamed with ``x-renamed-from`` (or under a renamed group or repeat) folds into
  the column of its new name;
- each repeat is its own table, linked to its parent by ``KEY``/``PARENT_KEY``;
- choices keep one integer code forever: the codes of the first version that had a
  choice, new choices numbered after the old ones (Stata and SPSS value labels);
- the transformation anonymization applied is known per column (pseudonym, age band,
  year only, rounded GPS, scrubbed, dropped): a dropped field has no column at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, Final

from forms.diff import diff_forms
from forms.schema import parse_privacy_rule, quasi_identifier_paths
from forms.spec import EACH_ITEM, PrivacyClass
from forms.tree import Node, answer_schema, infer_kind, walk_nodes

# How each privacy class and rule is applied before storage (docs/privacy.md).
TRANSFORMS: Final = ("none", "pseudonym", "age_band", "year_only", "rounded", "scrubbed", "dropped")
_KIND_TYPES: Final[Mapping[str, str]] = {
    "integer": "integer",
    "decimal": "decimal",
    "boolean": "boolean",
    "select_one": "choice",
    "select_multiple": "choices",
}
_NO_ANSWER_KINDS: Final = frozenset({"note"})
Labels = dict[str, str]


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    code: int
    label: Labels


@dataclass(frozen=True, slots=True)
class Column:
    """One field of the form as exported; ``path`` is its newest path (repeats as "*")."""

    name: str
    path: tuple[str, ...]
    kind: str
    privacy: PrivacyClass
    transform: str
    value_type: str  # string, integer, decimal, boolean, choice, choices
    label: Labels
    choices: tuple[Choice, ...] = ()
    relevant: str | None = None
    section: str | None = None
    versions: tuple[int, ...] = ()
    old_paths: tuple[tuple[str, ...], ...] = ()
    is_quasi_key: bool = False

    @property
    def is_dropped(self) -> bool:
        return self.transform == "dropped"

    def code_of(self, value: Any) -> int | None:
        for choice in self.choices:
            if choice.value == value:
                return choice.code
        return None


@dataclass(frozen=True, slots=True)
class Table:
    """The root table (``repeat`` is ``()``) or one repeat's table."""

    name: str
    repeat: tuple[str, ...]
    parent: str | None
    columns: tuple[Column, ...]
    label: Labels = field(default_factory=dict)

    @property
    def kept(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.is_dropped)


@dataclass(frozen=True, slots=True)
class TableModel:
    form_id: str
    title: Labels
    languages: tuple[str, ...]
    versions: tuple[int, ...]
    tables: tuple[Table, ...]
    sections: tuple[tuple[str, Labels, tuple[str, ...]], ...] = ()

    @property
    def root(self) -> Table:
        return self.tables[0]

    def table_of(self, repeat: tuple[str, ...]) -> Table:
        return next(t for t in self.tables if t.repeat == repeat)


def transform_of(privacy: PrivacyClass, raw_rule: Any, kind: str) -> str:
    """Name what anonymization did to a field's answers before they were stored."""
    rule = parse_privacy_rule(privacy, raw_rule)
    if privacy == "direct":
        return "pseudonym" if rule.action == "pseudonymize" else "dropped"
    if privacy == "quasi":
        return {
            "keep": "none",
            "age_band": "age_band",
            "year": "year_only",
            "gps": "rounded",
            "drop": "dropped",
        }[rule.generalize]
    if privacy == "free_text":
        return "scrubbed"
    return "none"


def stored_type(kind: str, transform: str) -> str:
    """The type of the stored (anonymized) answer, which is what exports carry."""
    if transform in ("pseudonym", "age_band", "scrubbed", "rounded"):
        return "string"
    if transform == "year_only":
        return "integer"
    return _KIND_TYPES.get(kind, "string")


def rename_steps(versions: Sequence[tuple[int, Mapping[str, Any]]]) -> list[dict[str, str]]:
    """For each version but the newest: the renames (old pointer -> new) into the next one."""
    steps = []
    for (_, old), (_, new) in pairwise(versions):
        steps.append({o: n for n, o in diff_forms(old, new).renames.items()})
    return steps


def _forward(pointer: str, renames: Mapping[str, str]) -> str:
    for old in sorted(renames, key=len, reverse=True):
        if pointer == old or pointer.startswith(old + "/"):
            return renames[old] + pointer[len(old) :]
    return pointer


def canonical_path(path: tuple[str, ...], steps: Sequence[Mapping[str, str]]) -> tuple[str, ...]:
    """Carry a path of an old version through every later rename to its newest name."""
    pointer = "/" + "/".join(path)
    for renames in steps:
        pointer = _forward(pointer, renames)
    return tuple(pointer.strip("/").split("/"))


def _label(value: Any) -> Labels:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, Mapping) else {}


def _choices(schema: Mapping[str, Any]) -> list[tuple[str, Labels]]:
    raw = schema.get("x-choices")
    if isinstance(raw, list):
        return [
            (str(c["value"]), _label(c.get("label")))
            for c in raw
            if isinstance(c, Mapping) and "value" in c
        ]
    inner = answer_schema(schema)
    items = inner.get("items") if inner.get("type") == "array" else inner
    enum = items.get("enum") if isinstance(items, Mapping) else None
    return [(str(v), {}) for v in enum] if isinstance(enum, list) else []


def _sections(document: Mapping[str, Any]) -> tuple[tuple[str, Labels, tuple[str, ...]], ...]:
    x_form = document.get("x-form")
    raw = x_form.get("sections") if isinstance(x_form, Mapping) else None
    if not isinstance(raw, list):
        return ()
    return tuple(
        (str(s.get("name")), _label(s.get("title")), tuple(str(f) for f in s.get("fields", [])))
        for s in raw
        if isinstance(s, Mapping)
    )


@dataclass(slots=True)
class _Seen:
    node: Node
    versions: list[int]
    old_paths: set[tuple[str, ...]]
    choices: dict[str, Labels]


def _scope(path: tuple[str, ...]) -> tuple[str, ...]:
    for index in range(len(path) - 1, -1, -1):
        if path[index] == EACH_ITEM:
            return path[: index + 1]
    return ()


def _table_name(form_id: str, scope: tuple[str, ...]) -> str:
    return "-".join([form_id, *(s for s in scope if s != EACH_ITEM)])


def _column_name(path: tuple[str, ...], scope: tuple[str, ...], group_prefix: bool) -> str:
    inner = [s for s in path[len(scope) :] if s != EACH_ITEM]
    return "-".join(inner) if group_prefix else inner[-1]


def _collect(
    versions: Sequence[tuple[int, Mapping[str, Any]]],
) -> tuple[dict[tuple[str, ...], _Seen], dict[tuple[str, ...], _Seen]]:
    """Leaves and repeats by newest path, newest version's order first, then removed ones."""
    steps = rename_steps(versions)
    leaves: dict[tuple[str, ...], _Seen] = {}
    repeats: dict[tuple[str, ...], _Seen] = {}
    for index in range(len(versions) - 1, -1, -1):
        number, document = versions[index]
        for node in walk_nodes(document):
            if node.role == "group":
                continue
            path = canonical_path(node.path, steps[index:])
            target = repeats if node.role == "repeat" else leaves
            seen = target.setdefault(path, _Seen(node, [], set(), {}))
            seen.versions.append(number)
            if node.path != path:
                seen.old_paths.add(node.path)
    for index, (_, document) in enumerate(versions):  # oldest first: codes never move
        for node in walk_nodes(document):
            path = canonical_path(node.path, steps[index:])
            if node.role == "leaf" and path in leaves:
                for value, label in _choices(node.schema):
                    leaves[path].choices.setdefault(value, label)
    return leaves, repeats


def build_table_model(
    form_id: str, versions: Sequence[tuple[int, Mapping[str, Any]]], *, group_prefix: bool = True
) -> TableModel:
    """Build the tables of a form across all its versions (ascending version numbers)."""
    ordered = sorted(versions, key=lambda v: v[0])
    newest = ordered[-1][1]
    leaves, repeats = _collect(ordered)
    sections = _sections(newest)
    section_of = {name: s for s, _, names in sections for name in names}
    quasi = quasi_identifier_paths(newest)
    by_scope: dict[tuple[str, ...], list[Column]] = {(): []}
    for path in repeats:
        by_scope.setdefault((*path, EACH_ITEM), [])
    for path, seen in leaves.items():
        schema = seen.node.schema
        kind = infer_kind(schema)
        if kind in _NO_ANSWER_KINDS:
            continue
        raw_privacy = schema.get("x-privacy")
        privacy: PrivacyClass = (
            raw_privacy if raw_privacy in ("direct", "quasi", "free_text", "none") else "direct"
        )
        transform = transform_of(privacy, schema.get("x-privacy-rule"), kind)
        scope = _scope(path)
        # Codes by first appearance (oldest version first); labels from the newest version.
        labels = dict(seen.choices) | {v: lab for v, lab in _choices(schema) if lab}
        choices = tuple(
            Choice(value, code, labels[value]) for code, value in enumerate(seen.choices, start=1)
        )
        relevant = schema.get("x-relevant")
        by_scope.setdefault(scope, []).append(
            Column(
                name=_column_name(path, scope, group_prefix),
                path=path,
                kind=kind,
                privacy=privacy,
                transform=transform,
                value_type=stored_type(kind, transform),
                label=_label(schema.get("x-prompt")),
                choices=choices if kind in ("select_one", "select_multiple") else (),
                relevant=relevant if isinstance(relevant, str) else None,
                section=section_of.get(path[0]),
                versions=tuple(sorted(seen.versions)),
                old_paths=tuple(sorted(seen.old_paths)),
                is_quasi_key=path in quasi,
            )
        )
    tables = []
    for scope, columns in by_scope.items():
        parent = _scope(scope[:-1]) if scope else None
        label = _label(repeats[scope[:-1]].node.schema.get("x-prompt")) if scope else {}
        tables.append(
            Table(
                name=_table_name(form_id, scope),
                repeat=scope,
                parent=_table_name(form_id, parent) if parent is not None else None,
                columns=_unique_names(columns),
                label=label,
            )
        )
    x_form = newest.get("x-form")
    x_form = x_form if isinstance(x_form, Mapping) else {}
    languages = x_form.get("languages")
    return TableModel(
        form_id=form_id,
        title=_label(x_form.get("title")),
        languages=tuple(languages) if isinstance(languages, list) else ("es",),
        versions=tuple(v for v, _ in ordered),
        tables=tuple(tables),
        sections=sections,
    )


def _unique_names(columns: list[Column]) -> tuple[Column, ...]:
    """Without group prefixes two fields may share a name: number the later ones."""
    taken: set[str] = set()
    out = []
    for column in columns:
        name, n = column.name, 1
        while name in taken:
            n += 1
            name = f"{column.name}_{n}"
        taken.add(name)
        out.append(column if name == column.name else _renamed(column, name))
    return tuple(out)


def _renamed(column: Column, name: str) -> Column:
    return replace(column, name=name)
