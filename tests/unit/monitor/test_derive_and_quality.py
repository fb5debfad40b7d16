"""Pure supervision logic: completeness counts, corrected times and quality flags."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from forms.demo_study import read_study_file
from monitor.derive import choice_answers, correct_times, count_completeness, quasi_values
from monitor.quality import (
    Interview,
    clock_problems,
    many_dont_know,
    short_interviews,
    uniform_answers,
)
from tests.unit.forms.submissions import household_answers

T0 = datetime(2026, 7, 1, 14, 0, tzinfo=UTC)


def test_completeness_counts_markers_absent_fields_and_repeat_items():
    schema = read_study_file("household.json")
    data = household_answers()
    done = count_completeness(schema, data)
    assert done.refused == 1  # displacement_story
    assert done.dont_know == 1  # an episode's sends_home
    assert done.questions == done.answered + done.refused + done.dont_know + done.not_asked
    del data["future"]
    assert count_completeness(schema, data).not_asked == done.not_asked + 1


def test_choices_leave_out_quasi_identifiers_and_village():
    schema = read_study_file("household.json")
    choices = choice_answers(schema, household_answers())
    assert "village" not in choices and "respondent_sex" not in choices
    assert choices["displaced"] == "si"
    assert quasi_values(schema, household_answers())["respondent_sex"] == "mujer"


def test_times_are_shifted_by_the_clock_offset_but_duration_is_not():
    timing = correct_times(
        started_at=T0,
        ended_at=T0 + timedelta(hours=1),
        clock_offset_s=3600.0,
        received_at=T0 + timedelta(hours=5),
    )
    assert timing.started_at == T0 + timedelta(hours=1)
    assert timing.duration_s == 3600
    assert timing.lag_s == 3 * 3600


def interview(n: int, who: str = "ana", seconds: float = 3600, **kw: object) -> Interview:
    return Interview(
        instance_id=f"i{n}",
        form_id="household",
        enumerator=who,
        started_at=T0,
        duration_s=seconds,
        n_questions=kw.pop("questions", 20),  # type: ignore[arg-type]
        n_dont_know=kw.pop("dont_know", 0),  # type: ignore[arg-type]
        clock_flags=kw.pop("flags", []),  # type: ignore[arg-type]
        choices=kw.pop("choices", {}),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("seconds", "flagged"), [(1000, True), (1300, False)], ids=["under-a-third", "over-a-third"]
)
def test_short_interviews_are_measured_against_the_form_median(seconds, flagged):
    rows = [interview(n) for n in range(5)] + [interview(9, seconds=seconds)]
    assert bool(short_interviews(rows)) is flagged


def test_uniform_answers_compare_an_enumerator_with_everyone_else():
    same = [interview(n, "ana", choices={"q": "si"}) for n in range(6)]
    varied = [interview(10 + n, "beto", choices={"q": "si" if n % 2 else "no"}) for n in range(6)]
    flags = uniform_answers(same + varied)
    assert [f.enumerator for f in flags] == ["ana"]
    assert "100%" in flags[0].message["es"] and "50%" in flags[0].message["en"]


def test_clock_and_dont_know_flags_explain_themselves():
    rows = [interview(1, flags=["clock.started_at_in_future"]), interview(2, dont_know=10)]
    clock = clock_problems(rows, start=date(2026, 6, 1), end=date(2026, 8, 31))
    assert [f.instance_id for f in clock] == ["i1"]
    outside = clock_problems([interview(3)], start=date(2026, 8, 1), end=None)
    assert [f.instance_id for f in outside] == ["i3"]
    assert [f.instance_id for f in many_dont_know(rows)] == ["i2"]
