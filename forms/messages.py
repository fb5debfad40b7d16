"""Pure: turn jsonschema_rs errors into ValidationProblems that never echo answers.

jsonschema_rs messages quote the instance (``"Juana" is not of type "integer"``);
an answer can be a name, a phone number or a story, so we describe the failing
keyword with values taken from the form (limits, formats) and never from the data.
"""

from __future__ import annotations

from typing import Any, Final

from forms.spec import MISSING_CODES, MISSING_KEY, ValidationProblem
from forms.tree import join_pointer

_LIMITS: Final = {
    "Minimum": ("answer.out_of_range", "is below the minimum of {limit}"),
    "Maximum": ("answer.out_of_range", "is above the maximum of {limit}"),
    "ExclusiveMinimum": ("answer.out_of_range", "must be greater than {limit}"),
    "ExclusiveMaximum": ("answer.out_of_range", "must be less than {limit}"),
    "MinLength": ("answer.too_short", "is shorter than {limit} characters"),
    "MaxLength": ("answer.too_long", "is longer than {limit} characters"),
    "MinItems": ("answer.too_few_items", "has fewer than {limit} items"),
    "MaxItems": ("answer.too_many_items", "has more than {limit} items"),
}
_FIXED: Final = {
    "Enum": ("answer.choice_unknown", "is not one of the field's choices"),
    "Constant": ("answer.invalid", "is not the expected constant"),
    "Pattern": ("answer.pattern", "does not match the expected pattern"),
    "UniqueItems": ("answer.duplicate_choice", "lists the same value more than once"),
    "FalseSchema": ("answer.unexpected", "is not allowed here"),
}


def describe_error(error: Any) -> list[ValidationProblem]:
    """Describe one jsonschema_rs error by keyword and form values only."""
    pointer = join_pointer("", *error.instance_path)
    kind = type(error.kind).__name__
    details = _details(error)
    if kind == "Required":
        missing = join_pointer(pointer, str(details.get("property", "")))
        return [ValidationProblem(missing, "a required answer is absent", "answer.required")]
    if kind == "AdditionalProperties":
        unexpected = details.get("unexpected") or [""]
        return [
            ValidationProblem(
                join_pointer(pointer, str(name)),
                "is not a field of this form version",
                "answer.unknown_field",
            )
            for name in unexpected
        ]
    if kind == "AnyOf" and _is_missing_wrapper_error(error):
        return _describe_wrapped_leaf(error, pointer)
    if kind == "Type":
        types = " or ".join(str(t) for t in details.get("types", []))
        return [ValidationProblem(pointer, f"must be of type {types}", "answer.type")]
    if kind == "Format":
        fmt = details.get("format", "")
        return [ValidationProblem(pointer, f"is not a valid {fmt}", "answer.format")]
    if kind in _LIMITS:
        code, template = _LIMITS[kind]
        return [ValidationProblem(pointer, template.format(limit=details.get("limit")), code)]
    if kind in _FIXED:
        code, message = _FIXED[kind]
        return [ValidationProblem(pointer, message, code)]
    keyword = str(error.schema_path[-1]) if error.schema_path else "schema"
    return [ValidationProblem(pointer, f"does not satisfy '{keyword}'", "answer.invalid")]


def _details(error: Any) -> dict[str, Any]:
    try:
        details = error.kind.as_dict()
    except (AttributeError, TypeError, ValueError):
        return {}
    return details if isinstance(details, dict) else {}


def _is_missing_wrapper_error(error: Any) -> bool:
    # Normalized optional leaves are anyOf [answer, missing]; the answer branch
    # is branch 0 (see forms.normalize).
    context = _details(error).get("context")
    return isinstance(context, list) and len(context) == 2


def _describe_wrapped_leaf(error: Any, pointer: str) -> list[ValidationProblem]:
    instance = error.instance
    if isinstance(instance, dict) and MISSING_KEY in instance:
        codes = ", ".join(MISSING_CODES)
        message = f"is not a valid missing marker ({{'{MISSING_KEY}': one of {codes}}})"
        return [ValidationProblem(pointer, message, "answer.missing_marker")]
    problems: list[ValidationProblem] = []
    for sub_error in _details(error)["context"][0]:
        problems.extend(describe_error(sub_error))
    return problems or [ValidationProblem(pointer, "is not a valid answer", "answer.invalid")]
