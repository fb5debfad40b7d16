"""Study keys (rotation, destruction), disclosure risk, and reading sealed attachments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlmodel import col, select

from accounts import keys
from accounts.models import Role, StudyKey
from accounts.permissions import Permission
from api.auth import StudyAccess, audit, require
from api.db import SessionDep
from attachments.blobstore import BlobStore, LocalBlobStore
from attachments.sealing import sealed_store
from attachments.store import get_blob
from core.errors import DomainError, Forbidden, InvalidInput, NotFound
from forms import store as forms_store
from privacy import Gazetteer, pseudonym_candidates
from privacy.gazetteer import GazetteerKind
from sync import store as sync_store
from sync.disclosure import form_disclosure_risk
from sync.models import Submission
from sync.retention import PURGED
from sync.withdraw import submissions_of_person, withdraw

router = APIRouter(prefix="/api/v1/studies/{slug}", tags=["privacy"])


class AttachmentPurged(DomainError):
    code = "attachment.purged"


class KeyPublic(BaseModel):
    purpose: str
    key_id: str
    is_current: bool
    created_at: datetime
    destroyed_at: datetime | None


class DestroyBody(BaseModel):
    confirm: str = Field(description="The study's slug, typed again: destruction cannot be undone.")


class RiskView(BaseModel):
    view: str
    quasi_identifiers: list[str]
    k: int
    records: int
    smallest_class: int
    is_k_anonymous: bool
    small_classes: list[dict[str, Any]]
    records_at_risk: int


def _audit(
    session: SessionDep, access: StudyAccess, request: Request, action: str, **detail: Any
) -> None:
    audit(
        session, access, request, action, target_type="study", target_id=access.study.slug, **detail
    )


@router.get("/keys", response_model=list[KeyPublic])
def list_keys(
    access: Annotated[StudyAccess, require(Permission.manage_keys)], session: SessionDep
) -> list[KeyPublic]:
    """The study's keys by id; key material never leaves the server."""
    rows = session.exec(
        select(StudyKey).where(StudyKey.study_id == access.study_id).order_by(col(StudyKey.id))
    )
    return [KeyPublic.model_validate(r, from_attributes=True) for r in rows]


@router.post("/keys/{purpose}/rotate", response_model=KeyPublic, status_code=201)
def rotate_key(
    purpose: keys.Purpose,
    access: Annotated[StudyAccess, require(Permission.manage_keys)],
    session: SessionDep,
    request: Request,
) -> KeyPublic:
    """Start a new key: new pseudonyms (or files) use it; old ones stay resolvable."""
    secret = request.app.state.settings.secret_key.get_secret_value()
    keys.key_ring(
        session, study_id=access.study_id, purpose=purpose, secret=secret
    )  # the first exists
    row = keys.create_key(session, study_id=access.study_id, purpose=purpose, secret=secret)
    _audit(session, access, request, "keys.rotate", purpose=purpose, key_id=row.key_id)
    return KeyPublic.model_validate(row, from_attributes=True)


@router.post("/keys/{purpose}/{key_id}/destroy", status_code=204)
def destroy_key(
    purpose: keys.Purpose,
    key_id: str,
    body: DestroyBody,
    access: Annotated[StudyAccess, require(Permission.manage_keys)],
    session: SessionDep,
    request: Request,
) -> None:
    """Erase a key for good: its pseudonyms can no longer be linked to anyone."""
    if body.confirm != access.study.slug:
        raise InvalidInput("Type the study's slug in `confirm` to destroy a key.")
    keys.destroy_key(session, study_id=access.study_id, purpose=purpose, key_id=key_id)
    _audit(session, access, request, "keys.destroy", purpose=purpose, key_id=key_id)


@router.get("/forms/{form_id}/disclosure-risk", response_model=list[RiskView])
def get_disclosure_risk(
    form_id: str,
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    session: SessionDep,
    request: Request,
    k: Annotated[int | None, Query(ge=2, le=100)] = None,
) -> list[RiskView]:
    """k-anonymity over the form's quasi-identifiers: smallest groups and records at risk."""
    form = forms_store.get_form(session, study_id=access.study_id, form_id=form_id)
    version = forms_store.current_version(session, form=form)
    quasi = list(
        (version.document.get("x-form", {}) if version else {}).get("quasi_identifiers", [])
    )
    rows = session.exec(
        select(Submission.instance_id, Submission.data).where(Submission.form_pk == form.id)
    ).all()
    threshold = k or access.study.k_anonymity
    views = form_disclosure_risk([(i, d) for i, d in rows], quasi, k=threshold)
    _audit(session, access, request, "data.read", view="disclosure_risk", form=form_id)
    return [
        RiskView(
            view=name,
            quasi_identifiers=cols,
            k=risk.k,
            records=risk.records,
            smallest_class=risk.smallest_class,
            is_k_anonymous=risk.is_k_anonymous,
            small_classes=[
                {"values": list(c), "size": n} for c, n in sorted(risk.small_classes.items())
            ],
            records_at_risk=len(risk.risky_record_ids),
        )
        for name, (cols, risk) in views.items()
    ]


def _blob_store(request: Request) -> BlobStore:
    state = request.app.state
    if getattr(state, "blob_store", None) is None:
        state.blob_store = LocalBlobStore(state.settings.attachment_dir / "blobs")
    store: BlobStore = state.blob_store
    return store


@router.get("/attachments/{sha256}", response_class=StreamingResponse)
def read_attachment(
    sha256: str,
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    session: SessionDep,
    request: Request,
) -> StreamingResponse:
    """An interview recording or photo, decrypted for a role the study allows."""
    readers = set(access.study.attachment_readers)
    if not (access.principal.user.is_superuser or (access.role and access.role.value in readers)):
        raise Forbidden("This study lets only " + ", ".join(sorted(readers)) + " open recordings.")
    blob = get_blob(session, study_id=access.study_id, sha256=sha256.lower())
    if blob is None:
        raise NotFound("No such attachment.")
    if blob.storage_key == PURGED:
        raise AttachmentPurged("This file was deleted under the study's retention rule.")
    blobs = sealed_store(
        session,
        blobs=_blob_store(request),
        study_id=access.study_id,
        secret=request.app.state.settings.secret_key.get_secret_value(),
    )
    reader = blobs.open(blob.storage_key)
    _audit(session, access, request, "attachment.read", sha256=blob.sha256)

    def chunks() -> Iterator[bytes]:
        try:
            while chunk := reader.read(1 << 16):
                yield chunk
        finally:
            reader.close()

    return StreamingResponse(
        chunks(),
        media_type=blob.content_type,
        headers={"Content-Length": str(blob.size), "Cache-Control": "no-store"},
    )


class WithdrawalBody(BaseModel):
    instance_id: str | None = Field(default=None, description="One interview.")
    respondent_name: str | None = Field(
        default=None,
        max_length=200,
        description="Every interview linked to this person (matched by keyed pseudonym; "
        "the name itself is never stored or logged).",
    )


class WithdrawalPublic(BaseModel):
    withdrawn: list[str]


@router.post("/withdrawals", response_model=WithdrawalPublic)
def withdraw_consent(
    body: WithdrawalBody,
    access: Annotated[StudyAccess, require(Permission.delete_submissions)],
    session: SessionDep,
    request: Request,
) -> WithdrawalPublic:
    """Record that an interviewee withdrew consent: their interviews are erased for real."""
    if (body.instance_id is None) == (body.respondent_name is None):
        raise InvalidInput("Give exactly one of instance_id or respondent_name.")
    if body.instance_id is not None:
        targets = [body.instance_id.lower()]
    else:
        assert body.respondent_name is not None
        ring = keys.key_ring(
            session,
            study_id=access.study_id,
            purpose="pseudonym",
            secret=request.app.state.settings.secret_key.get_secret_value(),
        )
        found = submissions_of_person(
            session,
            study_id=access.study_id,
            pseudonyms=pseudonym_candidates(body.respondent_name, ring),
        )
        targets = sorted(s.instance_id for s in found)
        if not targets:
            raise NotFound("No interview is linked to that person.")
    blobs = _blob_store(request)
    for instance_id in targets:
        withdraw(session, study_id=access.study_id, instance_id=instance_id, blobs=blobs)
    _audit(session, access, request, "submission.withdraw", interviews=len(targets))
    return WithdrawalPublic(withdrawn=targets)


class GazetteerBody(BaseModel):
    people: list[str] = Field(default_factory=list, max_length=100_000)
    organizations: list[str] = Field(default_factory=list, max_length=100_000)


class GazetteerPublic(BaseModel):
    entries: int
    key_id: str
    updated_at: datetime


@router.put("/gazetteer", response_model=GazetteerPublic)
def set_gazetteer(
    body: GazetteerBody,
    access: Annotated[StudyAccess, require(Permission.manage_keys)],
    session: SessionDep,
    request: Request,
) -> GazetteerPublic:
    """Replace the names scrubbed from every answer (participants, NGOs, staff, leaders).

    Only keyed hashes of their normalized words are stored; the names themselves are
    never written anywhere. Upload the whole list each time.
    """
    ring = keys.key_ring(
        session,
        study_id=access.study_id,
        purpose="pseudonym",
        secret=request.app.state.settings.secret_key.get_secret_value(),
    )
    names: list[str | tuple[str, GazetteerKind]] = [*body.people]
    names += [(n, "organization") for n in body.organizations]
    gazetteer = Gazetteer.build(names, key=ring.current_key)
    row = sync_store.set_gazetteer(
        session,
        study_id=access.study_id,
        hashes_json=gazetteer.to_json(),
        key_id=ring.current,
        entries=len(names),
    )
    _audit(session, access, request, "gazetteer.set", entries=len(names))
    return GazetteerPublic(entries=row.entries, key_id=row.key_id, updated_at=row.updated_at)


class AttachmentPolicy(BaseModel):
    readers: list[Role] = Field(
        description="Roles that may open recordings and photos (enumerators never may)."
    )


@router.put("/attachment-policy", response_model=AttachmentPolicy)
def set_attachment_policy(
    body: AttachmentPolicy,
    access: Annotated[StudyAccess, require(Permission.manage_keys)],
    session: SessionDep,
    request: Request,
) -> AttachmentPolicy:
    """Choose which roles may open the study's recordings and photos."""
    if Role.enumerator in body.readers or not body.readers:
        raise InvalidInput("Readers are admins and/or supervisors.")
    study = access.study
    study.attachment_readers = sorted({r.value for r in body.readers})
    session.add(study)
    _audit(
        session, access, request, "attachments.policy", readers=",".join(study.attachment_readers)
    )
    return AttachmentPolicy(readers=[Role(r) for r in study.attachment_readers])
