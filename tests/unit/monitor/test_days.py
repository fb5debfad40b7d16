"""Days in the study's time zone: pure tables for core.days and the monitor's derivations."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.days import check_time_zone, local_day, zone_of
from monitor.derive import correct_times
from monitor.quality import Interview, clock_problems

LIMA = zone_of("America/Lima")


@pytest.mark.parametrize(
    ("moment", "zone", "day"),
    [
        (datetime(2026, 11, 21, 1, 0, tzinfo=UTC), "America/Lima", date(2026, 11, 20)),
        (datetime(2026, 11, 21, 4, 59, tzinfo=UTC), "America/Lima", date(2026, 11, 20)),
        (datetime(2026, 11, 21, 5, 0, tzinfo=UTC), "America/Lima", date(2026, 11, 21)),
        (datetime(2026, 11, 21, 1, 0, tzinfo=UTC), "Etc/UTC", date(2026, 11, 21)),
        (datetime(2026, 11, 21, 1, 0), "America/Lima", date(2026, 11, 20)),
    ],
    ids=["evening", "last-minute", "midnight", "utc", "naive-is-utc"],
)
def test_a_moment_falls_on_the_zones_calendar_day(moment, zone, day):
    assert local_day(moment, zone_of(zone)) == day


@pytest.mark.parametrize(
    "name", ["Lima", "America/Nowhere", "", "../etc/passwd", "/etc/localtime", "x" * 65]
)
def test_only_known_iana_names_pass(name):
    with pytest.raises(ValueError, match="IANA"):
        check_time_zone(name)


def test_an_unknown_stored_zone_falls_back_to_utc_not_an_error():
    assert zone_of("Mars/Olympus") is UTC
    assert check_time_zone("America/Lima") == "America/Lima"


def test_an_interview_at_20h_in_lima_counts_on_that_day():
    timing = correct_times(
        started_at=datetime(2026, 11, 21, 1, 0, tzinfo=UTC),
        ended_at=None,
        clock_offset_s=None,
        received_at=datetime(2026, 11, 22, tzinfo=UTC),
        zone=LIMA,
    )
    assert timing.day == date(2026, 11, 20)


def test_the_fieldwork_period_is_checked_on_the_local_day():
    evening_of_the_last_day = Interview(
        instance_id="a",
        form_id="household",
        enumerator="ana",
        started_at=datetime(2026, 11, 21, 1, 0, tzinfo=UTC),
        duration_s=600,
        n_questions=10,
        n_dont_know=0,
        clock_flags=(),
        day=date(2026, 11, 20),
    )
    assert clock_problems([evening_of_the_last_day], start=None, end=date(2026, 11, 20)) == []


def test_without_a_start_time_the_arrival_counts_on_the_lima_day():
    timing = correct_times(
        started_at=None,
        ended_at=None,
        clock_offset_s=None,
        received_at=datetime(2026, 11, 21, 1, 0, tzinfo=UTC),  # 20:00 in Lima
        zone=LIMA,
    )
    assert timing.day == date(2026, 11, 20)
