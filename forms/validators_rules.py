"""Pure: the per-version rule plan behind `forms.validators` (constraints, relevance, item ids).

jsonschema_rs checks types, choices and limits; what it cannot express (an
x-constraint, an x-relevant condition, unique ``_item_id`` within a repeat) is
compiled here once per form version into a tree of closures that follows only
the answer positions where a rule applies. A submission is walked once per plan,
repeats without rules are never iterated and JSON pointers are only built for
problems, so a valid submission costs a few dictionary lookups per rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypeAlias

from forms.expr import ExpressionError, Predicate, Scopes, compile_predicate, parse
from forms.spec import EACH_ITEM, ITEM_ID_KEY, MISSING_KEY, ValidationProblem, is_missing_marker
from forms.tree import Node, join_pointer

# The answer position being visited, as a linked list (parent, segment) ending
# in (): extending it costs one small tuple, and a pointer is built only for a problem.
_Path: TypeAlias = tuple[Any, ...]
Visitor: TypeAlias = Callable[[Any, _Path, Scopes, list[ValidationProblem]], None]

_DUPLICATE_MESSAGE: Final = f"two items of this repeat share the same {ITEM_ID_KEY}"


@dataclass(frozen=True, slots=True)
class _FieldCheck:
    """One compiled rule: a problem when `guard` (if any) holds and `expect` does not."""

    guard: Predicate | None
    expect: Predicate
    message: str
    code: str
    severity: Literal["error", "warning"] = "error"


@dataclass(slots=True)
class _Branch:
    """One answer position where a rule applies, here or further down."""

    check: _FieldCheck | None = None  # a field has one constraint and one relevance rule
    is_repeat: bool = False
    each: _Branch | None = None
    fields: dict[str, _Branch] = field(default_factory=dict)

    def add(self, path: tuple[str, ...]) -> _Branch:
        branch = self
        for segment in path:
            if segment == EACH_ITEM:
                branch.each = branch.each or _Branch()
                branch = branch.each
            else:
                branch = branch.fields.setdefault(segment, _Branch())
        return branch


def build_plans(nodes: Iterable[Node]) -> tuple[Visitor, Visitor]:
    """Compile the error plan (constraints, duplicate item ids) and the warning plan."""
    errors, warnings = _Branch(), _Branch()
    for node in nodes:
        if node.role == "repeat":
            errors.add(node.path).is_repeat = True
        relevant, constraint = _compiled(node, "x-relevant"), _compiled(node, "x-constraint")
        if constraint is not None:
            # An irrelevant answer is a warning only: its constraint is not checked.
            errors.add(node.path).check = _FieldCheck(
                relevant,
                constraint,
                "the answer breaks the field's constraint",
                "answer.constraint",
            )
        if relevant is not None:
            warnings.add(node.path).check = _FieldCheck(
                None,
                relevant,
                "answered although its relevance condition is false",
                "answer.not_relevant",
                "warning",
            )
    return _compile_branch(errors), _compile_branch(warnings)


def run_plan(plan: Visitor, data: Mapping[str, Any]) -> list[ValidationProblem]:
    """Return the problems a compiled plan finds in one submission."""
    problems: list[ValidationProblem] = []
    plan(data, (), (data,), problems)
    return problems


def _compiled(node: Node, key: str) -> Predicate | None:
    text = node.schema.get(key)
    if not isinstance(text, str):
        return None
    try:
        return compile_predicate(parse(text))
    except ExpressionError:
        return None  # check_form refuses such forms; never block validation on it


def _compile_branch(branch: _Branch) -> Visitor:
    parts: list[Visitor] = []
    if branch.check is not None:
        parts.append(_visit_check(branch.check))
    if branch.is_repeat or branch.each is not None:
        each = None if branch.each is None else _compile_branch(branch.each)
        parts.append(_visit_items(each, is_repeat=branch.is_repeat))
    if branch.fields:
        children = tuple((name, _compile_branch(child)) for name, child in branch.fields.items())
        parts.append(_visit_fields(children))
    if len(parts) == 1:
        return parts[0]

    def visit_all(value: Any, path: _Path, scopes: Scopes, out: list[ValidationProblem]) -> None:
        for part in parts:
            part(value, path, scopes, out)

    return visit_all


def _visit_check(check: _FieldCheck) -> Visitor:
    guard, expect = check.guard, check.expect

    def visit(value: Any, path: _Path, scopes: Scopes, out: list[ValidationProblem]) -> None:
        # Unanswered questions and recorded reasons for no answer break no rule.
        if value is None or (isinstance(value, dict) and is_missing_marker(value)):
            return
        if (guard is None or guard(scopes)) and not expect(scopes):
            pointer = _pointer(path)
            out.append(ValidationProblem(pointer, check.message, check.code, check.severity))

    return visit


def _visit_items(each: Visitor | None, *, is_repeat: bool) -> Visitor:
    def visit(value: Any, path: _Path, scopes: Scopes, out: list[ValidationProblem]) -> None:
        if not isinstance(value, list):
            return
        if is_repeat:
            _check_item_ids(value, path, out)
        if each is not None:
            for index, item in enumerate(value):
                if isinstance(item, (dict, Mapping)):
                    each(item, (path, index), (item, *scopes), out)

    return visit


def _visit_fields(children: tuple[tuple[str, Visitor], ...]) -> Visitor:
    # A missing marker stands for a whole group, so nothing inside it is
    # answered; only its own key could be looked up, and field names never are.
    guarded = any(name == MISSING_KEY for name, _ in children)

    def visit(value: Any, path: _Path, scopes: Scopes, out: list[ValidationProblem]) -> None:
        if not isinstance(value, (dict, Mapping)):
            return
        if guarded and is_missing_marker(value):
            return
        for name, child in children:
            if name in value:
                child(value[name], (path, name), scopes, out)

    return visit


def _check_item_ids(items: list[Any], path: _Path, out: list[ValidationProblem]) -> None:
    # Fast path: as many distinct ids as items means no two ids are equal. Any
    # item without an id, or of another shape, takes the exact loop below.
    try:
        if len({item[ITEM_ID_KEY] for item in items}) == len(items):
            return
    except (KeyError, TypeError):
        pass
    seen: set[str] = set()
    for index, item in enumerate(items):
        is_object = isinstance(item, (dict, Mapping))
        item_id = item.get(ITEM_ID_KEY) if is_object else None
        if not isinstance(item_id, str):
            continue
        if item_id in seen:
            pointer = join_pointer(_pointer(path), index, ITEM_ID_KEY)
            out.append(ValidationProblem(pointer, _DUPLICATE_MESSAGE, "answer.duplicate_item_id"))
        seen.add(item_id)


def _pointer(path: _Path) -> str:
    segments: list[str | int] = []
    while path:
        path, segment = path
        segments.append(segment)
    return join_pointer("", *reversed(segments))
