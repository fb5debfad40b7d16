"""Anonymization before storage: pseudonyms, generalization, free-text scrubbing.

Pure: stdlib, pydantic and cryptography only. Callers pass keys, ids and `now`.
"""

from privacy.gazetteer import Gazetteer
from privacy.generalize import generalize_value
from privacy.keys import KeyRing, KeyRingError, pseudonym_candidates, pseudonymize
from privacy.known import KnownValues
from privacy.scrub import NerPlugin, ScrubContext, scrub_for_cli, scrub_free_text
from privacy.submission import Anonymized, anonymize_submission

__all__ = [
    "Anonymized",
    "Gazetteer",
    "KeyRing",
    "KeyRingError",
    "KnownValues",
    "NerPlugin",
    "ScrubContext",
    "anonymize_submission",
    "generalize_value",
    "pseudonym_candidates",
    "pseudonymize",
    "scrub_for_cli",
    "scrub_free_text",
]
