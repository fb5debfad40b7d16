"""A study's keys as services use them: rings unwrapped on demand; list, rotate, destroy.

The HTTP shell builds one `StudyKeyRings` per request (the session and the server secret)
and hands it to services, which ask for the ring they need only when they need it: asking
creates a study's first key, so a service that does not need one must not ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from accounts.keys import Purpose, create_key, destroy_key, key_ring
from accounts.models import Study, StudyKey
from core.errors import InvalidInput
from core.ids import id_of
from privacy.keys import KeyRing


@dataclass(frozen=True, slots=True)
class StudyKeyRings:
    """Unwraps a study's key rings with the server secret (CHASQUI_SECRET_KEY)."""

    session: Session
    secret: str = field(repr=False)

    def ring(self, study_id: int, purpose: Purpose = "pseudonym") -> KeyRing:
        """The study's live keys for `purpose`; creates the first key on first use."""
        return key_ring(self.session, study_id=study_id, purpose=purpose, secret=self.secret)


def list_study_keys(session: Session, *, study_id: int) -> list[StudyKey]:
    """The study's keys of every purpose, oldest first (their material stays wrapped)."""
    query = select(StudyKey).where(StudyKey.study_id == study_id).order_by(col(StudyKey.id))
    return list(session.exec(query))


def rotate_study_key(rings: StudyKeyRings, *, study_id: int, purpose: Purpose) -> StudyKey:
    """Start a new current key; the older ones stay in the ring so old values resolve."""
    rings.ring(study_id, purpose)  # the first key exists before the rotation
    return create_key(rings.session, study_id=study_id, purpose=purpose, secret=rings.secret)


def destroy_study_key(
    session: Session, *, study: Study, purpose: Purpose, key_id: str, confirm: str
) -> None:
    """Erase a key for good, once the caller has typed the study's slug again."""
    if confirm != study.slug:
        raise InvalidInput("Type the study's slug in `confirm` to destroy a key.")
    study_id = id_of(study)
    destroy_key(session, study_id=study_id, purpose=purpose, key_id=key_id)
