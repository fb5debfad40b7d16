"""Generalization of quasi-identifiers (age, birth date, GPS) per `PrivacyRule`.

Each rule coarsens a value so that, combined with village and sex, it no longer
singles out a household. A value that cannot be parsed is dropped rather than kept:
an unparseable GPS string may still hold exact coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from itertools import pairwise
from typing import Any, Final

from forms.spec import PrivacyRule, is_missing_marker

_YEAR: Final = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Absent value after generalization: the key disappears from the anonymized answer.
DROPPED: Final = object()


def age_band(age: Any, bands: tuple[int, ...]) -> str | object:
    """Return the band label of an age, e.g. ``"25-34"``; the last band is open."""
    try:
        years = int(float(age))
    except (TypeError, ValueError):
        return DROPPED
    if years < 0 or not bands:
        return DROPPED
    edges = sorted(bands)
    if years < edges[0]:
        return f"<{edges[0]}"
    for low, high in pairwise(edges):
        if low <= years < high:
            return f"{low}-{high - 1}"
    return f"{edges[-1]}+"


def birth_year(value: Any) -> int | object:
    """Return only the year of a date (ISO string, date or datetime)."""
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, int) and 1800 <= value <= 2100:
        return value
    if isinstance(value, str):
        match = _YEAR.search(value)
        if match:
            return int(match.group())
    return DROPPED


def round_gps(value: Any, precision: int) -> str | dict[str, float] | object:
    """Round a GPS point to ``precision`` decimals; altitude and accuracy are dropped.

    Altitude is dropped because in the Andes it pins a house on a slope as well as
    latitude does; accuracy says how exact the original was.
    """
    if isinstance(value, Mapping):
        try:
            lat, lon = float(value["lat"]), float(value["lon"])
        except (KeyError, TypeError, ValueError):
            return DROPPED
        return {"lat": round(lat, precision), "lon": round(lon, precision)}
    if isinstance(value, str):
        parts = value.split()
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except (IndexError, ValueError):
            return DROPPED
        return f"{round(lat, precision):.{precision}f} {round(lon, precision):.{precision}f}"
    return DROPPED


def generalize_value(value: Any, rule: PrivacyRule) -> Any:
    """Apply a quasi rule; returns `DROPPED` when the field must not be stored."""
    if is_missing_marker(value):
        return value
    if rule.generalize == "keep":
        return value
    if rule.generalize == "age_band":
        return age_band(value, rule.bands)
    if rule.generalize == "year":
        return birth_year(value)
    if rule.generalize == "gps":
        return round_gps(value, max(0, rule.precision))
    return DROPPED
