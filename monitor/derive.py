"""Pure: what supervision derives from one stored (already anonymized) interview.

Nothing here returns answers except two narrow, deliberate exceptions that stay
inside the server: top-level single-choice values (the uniformity check compares
them across interviews) and the form's generalized quasi-identifiers (only ever
shown as k-suppressed counts).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from core.days import local_day

MISSING_KINDS = ("refused", "dont_know", "not_asked")


@dataclass(frozen=True, slots=True)
class Completeness:
    questions: int
    answered: int
    refused: int
    dont_know: int
    not_asked: int


@dataclass(frozen=True, slots=True)
class Timing:
    """Device times corrected by the offset the server measured when the batch arrived."""

    day: date
    started_at: datetime | None
    ended_at: datetime | None
    duration_s: float | None
    lag_s: float | None


def _is_repeat(spec: Mapping[str, Any]) -> bool:
    items = spec.get("items")
    return spec.get("type") == "array" and isinstance(items, Mapping) and "properties" in items


def _is_group(spec: Mapping[str, Any]) -> bool:
    return "x-kind" not in spec and spec.get("type") == "object" and "properties" in spec


def _classify(present: bool, value: Any) -> str:
    if not present:
        return "not_asked"  # skip logic hid it, or the tablet left it out
    if isinstance(value, Mapping) and "_missing" in value:
        kind = value["_missing"]
        return kind if kind in MISSING_KINDS else "not_asked"
    return "answered"


def _walk(props: Mapping[str, Any], data: Any, counts: Counter[str]) -> None:
    answers = data if isinstance(data, Mapping) else {}
    for name, spec in props.items():
        if not isinstance(spec, Mapping):
            continue
        value = answers.get(name)
        if _is_repeat(spec) and isinstance(value, list) and value:
            # Each repeat item asks its questions again (one per household member).
            for item in value:
                _walk(spec["items"]["properties"], item, counts)
            continue
        if _is_group(spec):
            _walk(spec["properties"], value, counts)
            continue
        counts["questions"] += 1
        counts[_classify(name in answers, value)] += 1


def count_completeness(schema: Mapping[str, Any], data: Mapping[str, Any]) -> Completeness:
    """Count the form's questions in an interview: answered, refused, don't know, not asked."""
    counts: Counter[str] = Counter()
    _walk(schema.get("properties", {}), data, counts)
    return Completeness(
        questions=counts["questions"],
        answered=counts["answered"],
        refused=counts["refused"],
        dont_know=counts["dont_know"],
        not_asked=counts["not_asked"],
    )


def quasi_fields(schema: Mapping[str, Any]) -> list[str]:
    """Top-level quasi-identifier fields other than the village (already its own column)."""
    pointers = schema.get("x-form", {}).get("quasi_identifiers", [])
    names = [p[1:] for p in pointers if isinstance(p, str) and p.count("/") == 1]
    return [n for n in names if n != "village"]


def _scalar(value: Any) -> str | None:
    if isinstance(value, Mapping) and "_missing" in value:
        return None
    return value if isinstance(value, str) else None if value is None else str(value)


def choice_answers(schema: Mapping[str, Any], data: Mapping[str, Any]) -> dict[str, str]:
    """Top-level single-choice answers, quasi-identifiers and the village excluded."""
    skip = {"village", *quasi_fields(schema)}
    out: dict[str, str] = {}
    for name, spec in schema.get("properties", {}).items():
        if name in skip or not isinstance(spec, Mapping) or spec.get("x-kind") != "select_one":
            continue
        value = _scalar(data.get(name))
        if value is not None:
            out[name] = value
    return out


def quasi_values(schema: Mapping[str, Any], data: Mapping[str, Any]) -> dict[str, str]:
    """The generalized quasi-identifiers (e.g. sex, age band) of the respondent."""
    out: dict[str, str] = {}
    for name in quasi_fields(schema):
        value = _scalar(data.get(name))
        if value is not None:
            out[name] = value
    return out


def correct_times(
    *,
    started_at: datetime | None,
    ended_at: datetime | None,
    clock_offset_s: float | None,
    received_at: datetime,
    zone: tzinfo = UTC,
) -> Timing:
    """Shift device times by the measured offset; duration needs no shift, lag does."""
    shift = timedelta(seconds=clock_offset_s or 0.0)
    start = started_at + shift if started_at else None
    end = ended_at + shift if ended_at else None
    duration = (ended_at - started_at).total_seconds() if started_at and ended_at else None
    if duration is not None and duration < 0:
        duration = None  # flagged as clock.ended_before_started at ingest
    lag = (received_at - end).total_seconds() if end else None
    return Timing(
        day=local_day(start or received_at, zone),  # the study's calendar day
        started_at=start,
        ended_at=end,
        duration_s=duration,
        lag_s=lag,
    )


def clock_flags(flags: Sequence[str]) -> list[str]:
    return sorted(f for f in flags if f.startswith("clock."))
