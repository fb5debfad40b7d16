"""Pure: calendar days in a study's time zone (an IANA name such as America/Lima).

Interviews are stamped in UTC; a supervisor in Peru counts an interview made at 20:00
on that evening's day, not on the next UTC day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIME_ZONE = "America/Lima"


def check_time_zone(name: str) -> str:
    """The name if it is an IANA time zone this server knows; ValueError otherwise."""
    if not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        raise ValueError("not an IANA time zone")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("not an IANA time zone") from None
    return name


def zone_of(name: str | None) -> tzinfo:
    """The zone for a stored name; UTC for a name this server does not know."""
    try:
        return ZoneInfo(check_time_zone(name or DEFAULT_TIME_ZONE))
    except ValueError:
        return UTC


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The calendar day of an aware moment in `zone` (a naive one is taken as UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone).date()
