"""What a study's privacy officer asks of its stored data: withdraw an interviewee's
consent, and replace the names scrubbed from every answer.

Names typed here (a respondent's, the gazetteer's) are only ever turned into keyed
pseudonyms or hashes; they are never stored, logged or put in an error message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from accounts.keyrings import StudyKeyRings
from attachments.blobstore import BlobStore
from core.errors import InvalidInput, NotFound
from privacy import Gazetteer, pseudonym_candidates
from privacy.gazetteer import GazetteerKind
from sync import store
from sync.models import Submission
from sync.withdraw import withdraw

BATCH = 1000


@dataclass(frozen=True, slots=True)
class GazetteerSaved:
    """What was stored: how many names, under which key, when."""

    entries: int
    key_id: str
    updated_at: datetime


def withdraw_consent(
    rings: StudyKeyRings,
    *,
    study_id: int,
    instance_id: str | None,
    respondent_name: str | None,
    blobs: BlobStore,
) -> list[str]:
    """Erase one interview, or every interview linked to a person; their instance ids."""
    if (instance_id is None) == (respondent_name is None):
        raise InvalidInput("Give exactly one of instance_id or respondent_name.")
    if instance_id is not None:
        targets = [instance_id.lower()]
    else:
        assert respondent_name is not None
        targets = _interviews_of_person(rings, study_id=study_id, name=respondent_name)
        if not targets:
            raise NotFound("No interview is linked to that person.")
    for target in targets:
        withdraw(rings.session, study_id=study_id, instance_id=target, blobs=blobs)
    return targets


def _interviews_of_person(rings: StudyKeyRings, *, study_id: int, name: str) -> list[str]:
    """The interviews that carry one of the person's pseudonyms, under any live key."""
    wanted = set(pseudonym_candidates(name, rings.ring(study_id, "pseudonym")))
    query = select(Submission.instance_id, Submission.respondent_pseudonyms).where(
        Submission.study_id == study_id
    )
    found = [
        instance_id
        for rows in rings.session.exec(query.execution_options(yield_per=BATCH)).partitions()
        for instance_id, pseudonyms in rows
        if wanted & set(pseudonyms)
    ]
    return sorted(found)


def replace_gazetteer(
    rings: StudyKeyRings,
    *,
    study_id: int,
    people: Sequence[str],
    organizations: Sequence[str],
) -> GazetteerSaved:
    """Replace the study's gazetteer with keyed hashes of these names (never the names)."""
    ring = rings.ring(study_id, "pseudonym")
    names: list[str | tuple[str, GazetteerKind]] = [*people]
    names += [(n, "organization") for n in organizations]
    gazetteer = Gazetteer.build(names, key=ring.current_key)
    row = store.set_gazetteer(
        rings.session,
        study_id=study_id,
        hashes_json=gazetteer.to_json(),
        key_id=ring.current,
        entries=len(names),
    )
    return GazetteerSaved(entries=row.entries, key_id=row.key_id, updated_at=row.updated_at)
