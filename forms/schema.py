"""Pure: meta-validation of form documents and the field list others read.

`check_form` returns every problem it finds, each with a JSON pointer into the
form document and a stable code, so an editor can underline the exact spot.
`field_specs` is what the privacy, sync and export code read; it works on both
authored and normalized (published) documents. `normalize_form` lives in
``forms.normalize`` and is re-exported here.

The rules (see docs/forms.md for the full reference):

- the document is a valid JSON Schema draft 2020-12 object schema;
- ``x-`` keywords come from a fixed list (`ROOT_ANNOTATIONS`, `FIELD_ANNOTATIONS`);
  an unknown one is refused, because a typo such as ``x-privcy`` would otherwise
  silently publish a field without its privacy class;
- every leaf has a valid ``x-privacy`` and, optionally, a ``x-privacy-rule`` that
  fits its class;
- field, group and repeat names are unique in the whole form (expressions and
  flat exports address fields by bare name);
- expressions parse and name fields that are visible from where they are used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import jsonschema_rs

from forms.checks import (
    FIELD_ANNOTATIONS,
    ROOT_ANNOTATIONS,
    check_fields,
    check_names,
    check_required,
    check_x_form,
)
from forms.normalize import DRAFT_2020_12, normalize_form
from forms.spec import (
    DEFAULT_AGE_BANDS,
    DIRECT_ACTIONS,
    ENTITIES,
    GENERALIZATIONS,
    FieldSpec,
    FormProblem,
    PrivacyClass,
    PrivacyRule,
)
from forms.tree import MISSING_REF, infer_kind, join_pointer, leaf_nodes

__all__ = [
    "DRAFT_2020_12",
    "FIELD_ANNOTATIONS",
    "ROOT_ANNOTATIONS",
    "FormProblem",
    "check_form",
    "field_specs",
    "normalize_form",
    "parse_privacy_rule",
    "quasi_identifier_paths",
]


# Keywords whose values are data, not schemas: x- names inside them are not ours.
_DATA_KEYWORDS: Final = frozenset({"enum", "const", "default", "examples"})


def check_form(document: Any) -> list[FormProblem]:
    """Return every problem of a form document (empty when it can be published)."""
    if not isinstance(document, dict):
        return [FormProblem("", "form.not_an_object", "a form must be a JSON object")]
    schema_problem = _check_meta(document)
    if schema_problem is not None:
        # The rest of the checks assume well-formed keywords; report this first.
        return [schema_problem]
    problems: list[FormProblem] = []
    if document.get("type") != "object":
        problems.append(
            FormProblem("/type", "form.root_not_object", "the form root must have type 'object'")
        )
    problems.extend(_check_annotations(document, "", is_root=True))
    problems.extend(check_x_form(document))
    problems.extend(check_fields(document))
    problems.extend(check_names(document))
    problems.extend(check_required(document))
    return sorted(set(problems), key=lambda p: (p.pointer, p.code, p.message))


def _check_meta(document: Mapping[str, Any]) -> FormProblem | None:
    schema_uri = document.get("$schema", DRAFT_2020_12)
    if schema_uri != DRAFT_2020_12:
        return FormProblem("/$schema", "form.schema_invalid", f"$schema must be '{DRAFT_2020_12}'")
    try:
        jsonschema_rs.meta.validate(dict(document))
    except jsonschema_rs.ValidationError as error:
        pointer = join_pointer("", *error.instance_path)
        keyword = error.schema_path[-1] if error.schema_path else "schema"
        return FormProblem(
            pointer,
            "form.schema_invalid",
            f"not a valid JSON Schema draft 2020-12 document (keyword '{keyword}')",
        )
    except (jsonschema_rs.ReferencingError, ValueError, TypeError):
        return FormProblem("", "form.schema_invalid", "not a valid JSON Schema document")
    return None


def _check_annotations(node: Any, pointer: str, *, is_root: bool = False) -> list[FormProblem]:
    """Refuse unknown x- keywords and $ref other than the missing-marker definition."""
    problems: list[FormProblem] = []
    if isinstance(node, list):
        for index, child in enumerate(node):
            problems.extend(_check_annotations(child, join_pointer(pointer, index)))
        return problems
    if not isinstance(node, Mapping):
        return problems
    allowed = ROOT_ANNOTATIONS if is_root else FIELD_ANNOTATIONS
    for key, value in node.items():
        here = join_pointer(pointer, key)
        if key.startswith("x-"):
            if key not in allowed:
                problems.append(
                    FormProblem(here, "form.annotation_unknown", f"unknown annotation '{key}'")
                )
            continue
        if key == "$ref" and value != MISSING_REF:
            problems.append(
                FormProblem(here, "form.ref_unsupported", f"only '{MISSING_REF}' may be referenced")
            )
        if key not in _DATA_KEYWORDS:
            problems.extend(_check_annotations(value, here))
    return problems


def parse_privacy_rule(privacy: PrivacyClass, raw: Any) -> PrivacyRule:
    """Build the PrivacyRule of a field; unknown or invalid parts fall back to safe defaults."""
    rule = raw if isinstance(raw, Mapping) else {}
    if privacy == "direct":
        action = rule.get("action", "drop")
        entity = rule.get("entity", "other")
        return PrivacyRule(
            action=action if action in DIRECT_ACTIONS else "drop",
            entity=entity if entity in ENTITIES else "other",
        )
    if privacy == "quasi":
        generalize = rule.get("generalize", "keep")
        bands = rule.get("bands", list(DEFAULT_AGE_BANDS))
        precision = rule.get("precision", 2)
        return PrivacyRule(
            generalize=generalize if generalize in GENERALIZATIONS else "keep",
            bands=tuple(bands) if _is_int_list(bands) else DEFAULT_AGE_BANDS,
            precision=precision if isinstance(precision, int) else 2,
        )
    return PrivacyRule()


def _is_int_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, int) and not isinstance(item, bool) for item in value
    )


def quasi_identifier_paths(document: Mapping[str, Any]) -> set[tuple[str, ...]]:
    """Return the field paths listed in ``x-form.quasi_identifiers``."""
    x_form = document.get("x-form")
    listed = x_form.get("quasi_identifiers", []) if isinstance(x_form, Mapping) else []
    if not isinstance(listed, list):
        return set()
    return {tuple(p.strip("/").split("/")) for p in listed if isinstance(p, str)}


def field_specs(document: Mapping[str, Any]) -> tuple[FieldSpec, ...]:
    """Return every leaf field in interview order, with privacy class, rule and kind."""
    quasi_keys = quasi_identifier_paths(document)
    specs: list[FieldSpec] = []
    for node in leaf_nodes(document):
        raw_privacy = node.schema.get("x-privacy")
        # An unchecked document may lack a class: treat the field as the most
        # sensitive one so nothing downstream stores it by mistake.
        privacy: PrivacyClass = (
            raw_privacy if raw_privacy in ("direct", "quasi", "free_text", "none") else "direct"
        )
        specs.append(
            FieldSpec(
                path=node.path,
                privacy=privacy,
                rule=parse_privacy_rule(privacy, node.schema.get("x-privacy-rule")),
                kind=infer_kind(node.schema),
                is_quasi_key=node.path in quasi_keys,
            )
        )
    return tuple(specs)
