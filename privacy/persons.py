"""People the lexicon does not know, found by context; one trigger index for all.

The recognizers live by job: `speakers` (focus-group labels), `naming` (names after a
cue: "se llama", "el tesorero, X,", "el presidente es X"), `subjects` (names by what
they do, or followed by an age) and `mentions` (a found name everywhere else). Their
shared vocabulary is in `cues`.
"""

from __future__ import annotations

from typing import Final

from privacy.cues import ACTING
from privacy.mentions import find_mentions
from privacy.naming import TRIGGERS as NAMING_TRIGGERS
from privacy.naming import find_named, find_named_by_copula, find_named_by_role
from privacy.speakers import find_labeled_speakers
from privacy.subjects import TRIGGERS as SUBJECT_TRIGGERS
from privacy.subjects import find_acting_subjects, find_aged

# Every word after which one of these recognizers looks for a name.
TRIGGERS: Final = NAMING_TRIGGERS | SUBJECT_TRIGGERS

__all__ = [
    "ACTING",
    "TRIGGERS",
    "find_acting_subjects",
    "find_aged",
    "find_labeled_speakers",
    "find_mentions",
    "find_named",
    "find_named_by_copula",
    "find_named_by_role",
]
