"""Pure: the structured difference between two versions of a form.

Exports put every version of a form in one table, so a field must keep one
column across versions. `diff_forms` tells which changes keep that promise
(compatible) and which break it (breaking). A breaking change is allowed only
when the new version declares it in ``x-form.declared_changes`` (or the caller
passes it in ``accept``), so nobody breaks a study's exports by accident.

Fields are matched by path. A field that names its previous name in
``x-renamed-from`` (a sibling name, or a full path such as ``/old/path`` for a
move) is matched with that old field: its answers keep one export column under
the new name, and its children follow it. A stale ``x-renamed-from`` left over
from an earlier version is harmless: when the old version has no such field,
the field is matched by its own path.

Breaking: a removed field, a changed kind (except text <-> long_text and
integer -> decimal), a removed choice value, a changed privacy class, a field
that becomes required, a group that becomes a repeat or the reverse.
Compatible: added fields, renames, added choices, changed relevance,
constraint or privacy rule, a field that stops being required.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from forms.checks import CHANGE_KINDS
from forms.labels import choice_values
from forms.spec import EACH_ITEM
from forms.tree import Node, infer_kind, walk_nodes

__all__ = ["CHANGE_KINDS", "FieldChange", "FormDiff", "diff_forms"]

_WIDENINGS = frozenset({("text", "long_text"), ("long_text", "text"), ("integer", "decimal")})


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One change; ``pointer`` is the field path in the new version (old one if removed)."""

    pointer: str
    change: str
    is_breaking: bool
    detail: str
    old_pointer: str | None = None
    is_declared: bool = False


@dataclass(frozen=True, slots=True)
class FormDiff:
    """All changes between two versions, in a deterministic order."""

    changes: tuple[FieldChange, ...]

    @property
    def breaking(self) -> tuple[FieldChange, ...]:
        """Every breaking change, declared or not."""
        return tuple(change for change in self.changes if change.is_breaking)

    @property
    def undeclared(self) -> tuple[FieldChange, ...]:
        """Breaking changes the new version did not declare: publishing must refuse them."""
        return tuple(change for change in self.breaking if not change.is_declared)

    @property
    def is_allowed(self) -> bool:
        """True when the new version may be published after the old one."""
        return not self.undeclared

    @property
    def renames(self) -> dict[str, str]:
        """Map each renamed field's new path to its old path (to align export columns)."""
        return {
            change.pointer: change.old_pointer
            for change in self.changes
            if change.change == "field_renamed" and change.old_pointer is not None
        }


def _pointer(path: tuple[str, ...]) -> str:
    return "/" + "/".join(path)


def diff_forms(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    *,
    accept: Iterable[tuple[str, str]] = (),
) -> FormDiff:
    """Compare two versions of a form; ``accept`` adds (pointer, change) declarations."""
    old_nodes = {node.path: node for node in walk_nodes(old)}
    new_nodes = walk_nodes(new)
    declared = _declared(new) | set(accept)
    changes: list[FieldChange] = []
    matched_old: set[tuple[str, ...]] = set()
    old_path_of: dict[tuple[str, ...], tuple[str, ...]] = {}
    for node in new_nodes:
        old_path = _old_path(node, old_path_of, old_nodes)
        old_path_of[node.path] = old_path
        before = old_nodes.get(old_path)
        if before is None:
            changes.append(_change(node.path, "field_added", False, f"new {node.role}"))
            continue
        matched_old.add(old_path)
        changes.extend(_compare(before, node))
    for path, node in old_nodes.items():
        if path not in matched_old:
            detail = f"{node.role} removed without x-renamed-from"
            changes.append(_change(path, "field_removed", True, detail))
    marked = [
        _with_declared(change, (change.pointer, change.change) in declared) for change in changes
    ]
    return FormDiff(tuple(sorted(marked, key=lambda c: (c.pointer, c.change, c.detail))))


def _declared(document: Mapping[str, Any]) -> set[tuple[str, str]]:
    x_form = document.get("x-form")
    entries = x_form.get("declared_changes", []) if isinstance(x_form, Mapping) else []
    if not isinstance(entries, list):
        return set()
    return {
        (entry["pointer"], entry["change"])
        for entry in entries
        if isinstance(entry, Mapping)
        and isinstance(entry.get("pointer"), str)
        and isinstance(entry.get("change"), str)
    }


def _old_path(
    node: Node,
    old_path_of: Mapping[tuple[str, ...], tuple[str, ...]],
    old_nodes: Mapping[tuple[str, ...], Node],
) -> tuple[str, ...]:
    parent = node.path[:-1]
    if parent and parent[-1] == EACH_ITEM:
        old_parent = (*old_path_of.get(parent[:-1], parent[:-1]), EACH_ITEM)
    else:
        old_parent = old_path_of.get(parent, parent)
    default = (*old_parent, node.name)
    renamed = node.schema.get("x-renamed-from")
    if not isinstance(renamed, str) or not renamed:
        return default
    candidate = (
        tuple(renamed.strip("/").split("/")) if renamed.startswith("/") else (*old_parent, renamed)
    )
    return candidate if candidate in old_nodes else default


def _change(
    path: tuple[str, ...], change: str, is_breaking: bool, detail: str, old: str | None = None
) -> FieldChange:
    return FieldChange(_pointer(path), change, is_breaking, detail, old)


def _with_declared(change: FieldChange, is_declared: bool) -> FieldChange:
    return FieldChange(
        change.pointer,
        change.change,
        change.is_breaking,
        change.detail,
        change.old_pointer,
        is_declared,
    )


def _compare(before: Node, after: Node) -> list[FieldChange]:
    path, old_pointer = after.path, _pointer(before.path)
    changes: list[FieldChange] = []
    if before.path != after.path:
        detail = f"renamed from {old_pointer}"
        changes.append(_change(path, "field_renamed", False, detail, old_pointer))
    if before.role != after.role:
        detail = f"was a {before.role}, now a {after.role}"
        changes.append(_change(path, "repeat_changed", True, detail, old_pointer))
        return changes
    if after.is_required and not before.is_required:
        changes.append(_change(path, "required_added", True, "now required", old_pointer))
    elif before.is_required and not after.is_required:
        changes.append(_change(path, "required_removed", False, "now optional", old_pointer))
    expressions = (("x-relevant", "relevance_changed"), ("x-constraint", "constraint_changed"))
    for key, change in expressions:
        if before.schema.get(key) != after.schema.get(key):
            changes.append(_change(path, change, False, f"{key} changed", old_pointer))
    if after.role == "leaf":
        changes.extend(_compare_leaf(before, after, old_pointer))
    return changes


def _compare_leaf(before: Node, after: Node, old_pointer: str) -> list[FieldChange]:
    path = after.path
    changes: list[FieldChange] = []
    old_kind, new_kind = infer_kind(before.schema), infer_kind(after.schema)
    if old_kind != new_kind:
        is_breaking = (old_kind, new_kind) not in _WIDENINGS
        detail = f"kind {old_kind} -> {new_kind}"
        changes.append(_change(path, "type_changed", is_breaking, detail, old_pointer))
    old_privacy, new_privacy = before.schema.get("x-privacy"), after.schema.get("x-privacy")
    if old_privacy != new_privacy:
        detail = f"privacy {old_privacy} -> {new_privacy}"
        changes.append(_change(path, "privacy_changed", True, detail, old_pointer))
    elif before.schema.get("x-privacy-rule") != after.schema.get("x-privacy-rule"):
        detail = "x-privacy-rule changed"
        changes.append(_change(path, "privacy_rule_changed", False, detail, old_pointer))
    old_values = [str(v) for v in choice_values(before.schema) or []]
    new_values = [str(v) for v in choice_values(after.schema) or []]
    # Choices by position in their list, never by value: messages do not echo input.
    for index in sorted({old_values.index(v) for v in set(old_values) - set(new_values)}):
        detail = f"the choice at position {index} of the previous version was removed"
        changes.append(_change(path, "choice_removed", True, detail, old_pointer))
    for index in sorted({new_values.index(v) for v in set(new_values) - set(old_values)}):
        detail = f"a choice was added at position {index}"
        changes.append(_change(path, "choice_added", False, detail, old_pointer))
    return changes
