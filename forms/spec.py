"""The vocabulary of a Chasqui form: the `x-` annotations and the answer shapes.

Pure: stdlib only. Every other package (privacy, sync, monitor) reads forms through
the types here, so the annotation names live in one place.

A form is a JSON Schema (draft 2020-12) object schema. Each leaf field carries:

- ``x-privacy``: one of ``direct``, ``quasi``, ``free_text``, ``none`` (required).
- ``x-privacy-rule`` (optional), by class:
  - direct: ``{"action": "drop" | "pseudonymize", "entity": <Entity>}``
    (default ``{"action": "drop", "entity": "other"}``). ``entity`` tells the
    free-text scrubber what the value is: a person's name typed in a roster row
    must vanish from every answer of the same submission.
  - quasi: ``{"generalize": "keep" | "age_band" | "year" | "gps" | "drop",
    "bands": [0, 15, 25, ...] (age_band), "precision": 2 (gps decimals)}``.
  - free_text, none: no rule.

Repeat groups are arrays of objects; every item carries a stable ``_item_id``
(a tablet-made UUID) so merges match items by id, never by index.

Any optional answer may instead be a missing marker: ``{"_missing": "refused"}``,
``{"_missing": "dont_know"}`` or ``{"_missing": "not_asked"}``. An absent key means
"not reached"; a marker means the interviewer recorded why there is no answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final, Literal

PrivacyClass = Literal["direct", "quasi", "free_text", "none"]
PRIVACY_CLASSES: Final[tuple[PrivacyClass, ...]] = ("direct", "quasi", "free_text", "none")

DirectAction = Literal["drop", "pseudonymize"]
DIRECT_ACTIONS: Final[tuple[DirectAction, ...]] = ("drop", "pseudonymize")

Entity = Literal["person", "organization", "phone", "national_id", "address", "email", "other"]
ENTITIES: Final[tuple[Entity, ...]] = (
    "person",
    "organization",
    "phone",
    "national_id",
    "address",
    "email",
    "other",
)

Generalization = Literal["keep", "age_band", "year", "gps", "drop"]
GENERALIZATIONS: Final[tuple[Generalization, ...]] = ("keep", "age_band", "year", "gps", "drop")
DEFAULT_AGE_BANDS: Final[tuple[int, ...]] = (0, 15, 25, 35, 50, 65)

MissingCode = Literal["refused", "dont_know", "not_asked"]
MISSING_CODES: Final[tuple[MissingCode, ...]] = ("refused", "dont_know", "not_asked")
MISSING_KEY: Final = "_missing"
ITEM_ID_KEY: Final = "_item_id"

ConflictPolicy = Literal["manual", "prefer_server", "prefer_tablet"]
CONFLICT_POLICIES: Final[tuple[ConflictPolicy, ...]] = ("manual", "prefer_server", "prefer_tablet")

# A draft field whose x-privacy was guessed (XLSForm import) carries this flag, true,
# until a person confirms or changes the class; a draft with one cannot be published.
PRIVACY_GUESSED: Final = "x-privacy-guessed"

# Path segment that stands for "every item of this repeat".
EACH_ITEM: Final = "*"


@dataclass(frozen=True, slots=True)
class PrivacyRule:
    """How one field is anonymized before storage; defaults are the safe choice."""

    action: DirectAction = "drop"
    entity: Entity = "other"
    generalize: Generalization = "keep"
    bands: tuple[int, ...] = DEFAULT_AGE_BANDS
    precision: int = 2


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One leaf field of a form, addressed by its path from the document root.

    ``path`` uses field names and ``EACH_ITEM`` for repeat items, e.g.
    ``("members", "*", "name")``.
    """

    path: tuple[str, ...]
    privacy: PrivacyClass
    rule: PrivacyRule = field(default_factory=PrivacyRule)
    kind: str = "text"
    is_quasi_key: bool = False

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def pointer(self) -> str:
        """The JSON-pointer-like pattern of this field, e.g. ``/members/*/name``."""
        return "/" + "/".join(self.path)


def is_missing_marker(value: Any) -> bool:
    """True when an answer is a recorded reason for having no answer."""
    return isinstance(value, dict) and len(value) == 1 and value.get(MISSING_KEY) in MISSING_CODES


@dataclass(frozen=True, slots=True)
class FormProblem:
    """One problem in a form document; ``pointer`` is a JSON pointer into the document.

    ``code`` is a stable string such as ``form.privacy_missing``; the message is
    English and never carries answer content.
    """

    pointer: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ValidationProblem:
    """One problem in a submission's answers; ``pointer`` is a JSON pointer into them.

    ``severity`` is ``error`` (the submission is refused) or ``warning`` (kept,
    flagged for a supervisor). The message never quotes an answer value.
    """

    pointer: str
    message: str
    code: str = "answer.invalid"
    severity: Literal["error", "warning"] = "error"
