"""Pure: quality flags from interview metrics, each explaining itself in Spanish and English.

Flags point a supervisor at something worth a look; they never judge. Thresholds
are deliberately simple so a supervisor can check the arithmetic by hand.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

SHORT_FRACTION = 1 / 3  # shorter than a third of the form's median duration
MIN_INTERVIEWS = 5  # below this a median or a share means nothing
UNIFORM_MARGIN = 0.25  # enumerator's modal-answer share this far above everyone else's
DONT_KNOW_SHARE = 0.25  # more than a quarter of the questions answered "don't know"


@dataclass(frozen=True, slots=True)
class Interview:
    instance_id: str
    form_id: str
    enumerator: str
    started_at: datetime | None
    duration_s: float | None
    n_questions: int
    n_dont_know: int
    clock_flags: Sequence[str]
    choices: dict[str, str] = field(default_factory=dict)
    day: date | None = None  # the corrected start's day in the study's time zone


@dataclass(frozen=True, slots=True)
class QualityFlag:
    kind: str
    enumerator: str
    form_id: str
    instance_id: str | None
    value: float | None
    message: dict[str, str]


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f}"


def short_interviews(interviews: Sequence[Interview]) -> list[QualityFlag]:
    """Interviews shorter than a third of their form's median duration."""
    by_form: dict[str, list[Interview]] = defaultdict(list)
    for i in interviews:
        if i.duration_s is not None:
            by_form[i.form_id].append(i)
    flags = []
    for form_id, rows in sorted(by_form.items()):
        if len(rows) < MIN_INTERVIEWS:
            continue
        median = statistics.median(i.duration_s or 0.0 for i in rows)
        flags.extend(short_flags(form_id, median, rows))
    return flags


def short_bound(median: float) -> float:
    """Durations under this are short (a third of the form's median)."""
    return median * SHORT_FRACTION


def short_flags(form_id: str, median: float, rows: Sequence[Interview]) -> list[QualityFlag]:
    """Flag the interviews of one form (with a known median) that are short."""
    flags = []
    for i in rows:
        if i.duration_s is not None and i.duration_s < short_bound(median):
            took, usual = _minutes(i.duration_s), _minutes(median)
            flags.append(
                QualityFlag(
                    "short_interview",
                    i.enumerator,
                    form_id,
                    i.instance_id,
                    round(i.duration_s, 1),
                    {
                        "es": f"Duró {took} min; la mediana de «{form_id}» es {usual} min "
                        "(menos de un tercio).",
                        "en": f"Took {took} min; the median for '{form_id}' is {usual} min "
                        "(under a third).",
                    },
                )
            )
    return flags


def _modal_share(rows: Sequence[Interview]) -> float | None:
    """Mean over choice questions of the share of interviews giving the most common answer."""
    answers: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        for q, a in r.choices.items():
            answers[q][a] += 1
    return modal_share(answers)


def modal_share(answers: Mapping[str, Counter[str]]) -> float | None:
    """The same share from answer counts per question."""
    shares = []
    for q in sorted(answers):
        total = sum(answers[q].values())
        if total >= MIN_INTERVIEWS:
            shares.append(answers[q].most_common(1)[0][1] / total)
    return sum(shares) / len(shares) if shares else None


def uniform_answers(interviews: Sequence[Interview]) -> list[QualityFlag]:
    """Enumerators whose choice answers repeat far more than everyone else's on a form."""
    tallies: dict[str, dict[str, Tally]] = defaultdict(dict)
    for i in interviews:
        tally = tallies[i.form_id].setdefault(i.enumerator, Tally())
        tally.interviews += 1
        for q, a in i.choices.items():
            tally.answers[q][a] += 1
    return uniform_flags(tallies)


@dataclass(slots=True)
class Tally:
    """One enumerator's interviews on one form and their choice answers, counted."""

    interviews: int = 0
    answers: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


def uniform_flags(tallies: Mapping[str, Mapping[str, Tally]]) -> list[QualityFlag]:
    """`uniform_answers` from counts: {form_id: {enumerator: Tally}}."""
    flags = []
    for form_id in sorted(tallies):
        per_person = tallies[form_id]
        everyone: dict[str, Counter[str]] = defaultdict(Counter)
        for tally in per_person.values():
            for q, counts in tally.answers.items():
                everyone[q].update(counts)
        total = sum(t.interviews for t in per_person.values())
        for who in sorted(per_person):
            own = per_person[who]
            if own.interviews < MIN_INTERVIEWS or total - own.interviews < MIN_INTERVIEWS:
                continue
            others = {q: everyone[q] - own.answers.get(q, Counter()) for q in everyone}
            mine = modal_share(own.answers)
            theirs = modal_share({q: c for q, c in others.items() if c})
            if mine is None or theirs is None or mine - theirs < UNIFORM_MARGIN:
                continue
            flags.append(_uniform_flag(form_id, who, mine, theirs))
    return flags


def _uniform_flag(form_id: str, who: str, mine: float, theirs: float) -> QualityFlag:
    a, b = f"{mine:.0%}", f"{theirs:.0%}"
    return QualityFlag(
        "uniform_answers",
        who,
        form_id,
        None,
        round(mine, 3),
        {
            "es": f"En «{form_id}», {a} de sus respuestas de opción coinciden con su "
            f"respuesta más frecuente; en el resto del equipo, {b}.",
            "en": f"On '{form_id}', {a} of their choice answers match their most "
            f"common answer; {b} for the rest of the team.",
        },
    )


def clock_problems(
    interviews: Sequence[Interview], *, start: date | None, end: date | None
) -> list[QualityFlag]:
    """Interviews whose (corrected) times fall outside the fieldwork period or look wrong."""
    flags = []
    for i in interviews:
        # Fieldwork dates are the study's calendar days, so compare the local day.
        day = i.day or (i.started_at.date() if i.started_at else None)
        outside = day is not None and (
            (start is not None and day < start) or (end is not None and day > end)
        )
        if not outside and not i.clock_flags:
            continue
        flags.append(
            QualityFlag(
                "clock",
                i.enumerator,
                i.form_id,
                i.instance_id,
                None,
                {
                    "es": f"La hora de la tableta no es creíble ({_said(i.clock_flags, 'es')}).",
                    "en": f"The tablet's time is not credible ({_said(i.clock_flags, 'en')}).",
                },
            )
        )
    return flags


# Clock flags set at ingest, in words (a supervisor reads these, not the codes).
_CLOCK_WORDS: dict[str, dict[str, str]] = {
    "clock.started_at_in_future": {"es": "empieza en el futuro", "en": "starts in the future"},
    "clock.ended_at_in_future": {"es": "termina en el futuro", "en": "ends in the future"},
    "clock.started_at_before_study": {
        "es": "empieza antes del estudio",
        "en": "starts before the study",
    },
    "clock.ended_at_before_study": {
        "es": "termina antes del estudio",
        "en": "ends before the study",
    },
    "clock.ended_before_started": {
        "es": "termina antes de empezar",
        "en": "ends before it starts",
    },
    "fieldwork": {"es": "fecha fuera del periodo de campo", "en": "a date outside the fieldwork"},
}
_CLOCK_OTHER = {"es": "reloj desajustado", "en": "a clock that is off"}


def _said(clock_flags: Sequence[str], lang: str) -> str:
    return ", ".join(
        _CLOCK_WORDS.get(f, _CLOCK_OTHER)[lang] for f in (clock_flags or ["fieldwork"])
    )


def many_dont_know(interviews: Sequence[Interview]) -> list[QualityFlag]:
    """Interviews where more than a quarter of the questions were answered "don't know"."""
    flags = []
    for i in interviews:
        if not i.n_questions or i.n_dont_know / i.n_questions <= DONT_KNOW_SHARE:
            continue
        share = i.n_dont_know / i.n_questions
        flags.append(
            QualityFlag(
                "many_dont_know",
                i.enumerator,
                i.form_id,
                i.instance_id,
                round(share, 3),
                {
                    "es": f"{i.n_dont_know} de {i.n_questions} preguntas ({share:.0%}) con "
                    "«no sabe».",
                    "en": f"{i.n_dont_know} of {i.n_questions} questions ({share:.0%}) "
                    "answered 'don't know'.",
                },
            )
        )
    return flags


def quality_flags(
    interviews: Sequence[Interview], *, start: date | None, end: date | None
) -> list[QualityFlag]:
    """Every flag, in a stable order."""
    return [
        *short_interviews(interviews),
        *uniform_answers(interviews),
        *clock_problems(interviews, start=start, end=end),
        *many_dont_know(interviews),
    ]
