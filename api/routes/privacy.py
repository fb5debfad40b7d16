"""Study keys (rotation, destruction), disclosure risk, and reading sealed attachments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from accounts import keyrings
from accounts.keys import Purpose
from accounts.models import Role
from accounts.permissions import Permission
from api.auth import StudyAccess, require
from api.db import SessionDep
from api.deps import AuditDep, Auditor, BlobStoreDep, KeyRingsDep
from interviews.attachments import OpenedAttachment, open_attachment, set_attachment_readers
from monitor.disclosure import form_disclosure_report
from sync import privacy_requests

router = APIRouter(prefix="/api/v1/studies/{slug}", tags=["privacy"])


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


def _audit(audit: Auditor, access: StudyAccess, action: str, **detail: Any) -> None:
    audit(access, action, target_type="study", target_id=access.study.slug, **detail)


@router.get("/keys", response_model=list[KeyPublic])
def list_keys(
    access: Annotated[StudyAccess, require(Permission.manage_keys)], session: SessionDep
) -> list[KeyPublic]:
    """The study's keys by id; key material never leaves the server."""
    rows = keyrings.list_study_keys(session, study_id=access.study_id)
    return [KeyPublic.model_validate(r, from_attributes=True) for r in rows]


@router.post("/keys/{purpose}/rotate", response_model=KeyPublic, status_code=201)
def rotate_key(
    purpose: Purpose,
    access: Annotated[StudyAccess, require(Permission.manage_keys)],
    rings: KeyRingsDep,
    audit: AuditDep,
) -> KeyPublic:
    """Start a new key: new pseudonyms (or files) use it; old ones stay resolvable."""
    row = keyrings.rotate_study_key(rings, study_id=access.study_id, purpose=purpose)
    _audit(audit, access, "keys.rotate", purpose=purpose, key_id=row.key_id)
    return KeyPublic.model_validate(row, from_attributes=True)


@router.post("/keys/{purpose}/{key_id}/destroy", status_code=204)
def destroy_key(
    purpose: Purpose,
    key_id: str,
    body: DestroyBody,
    access: Annotated[StudyAccess, require(Permission.manage_keys)],
    session: SessionDep,
    audit: AuditDep,
) -> None:
    """Erase a key for good: its pseudonyms can no longer be linked to anyone."""
    keyrings.destroy_study_key(
        session, study=access.study, purpose=purpose, key_id=key_id, confirm=body.confirm
    )
    _audit(audit, access, "keys.destroy", purpose=purpose, key_id=key_id)


@router.get("/forms/{form_id}/disclosure-risk", response_model=list[RiskView])
def get_disclosure_risk(
    form_id: str,
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    session: SessionDep,
    audit: AuditDep,
    k: Annotated[int | None, Query(ge=2, le=100)] = None,
) -> list[RiskView]:
    """k-anonymity over the form's quasi-identifiers: smallest groups and records at risk."""
    report = form_disclosure_report(session, study=access.study, form_id=form_id, k=k)
    _audit(audit, access, "data.read", view="disclosure_risk", form=form_id)
    return [
        RiskView(
            view=v.view,
            quasi_identifiers=v.quasi_identifiers,
            k=v.risk.k,
            records=v.risk.records,
            smallest_class=v.risk.smallest_class,
            is_k_anonymous=v.risk.is_k_anonymous,
            small_classes=[
                {"values": list(c), "size": n} for c, n in sorted(v.risk.small_classes.items())
            ],
            records_at_risk=len(v.risk.risky_record_ids),
        )
        for v in report
    ]


@router.get("/attachments/{sha256}", response_class=StreamingResponse)
def read_attachment(
    sha256: str,
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    rings: KeyRingsDep,
    blobs: BlobStoreDep,
    audit: AuditDep,
) -> StreamingResponse:
    """An interview recording or photo, decrypted for a role the study allows."""
    opened = open_attachment(
        rings,
        study=access.study,
        role=access.role,
        is_superuser=access.principal.user.is_superuser,
        sha256=sha256,
        blobs=blobs,
    )
    _audit(audit, access, "attachment.read", sha256=opened.blob.sha256)
    return attachment_response(opened)


def attachment_response(opened: OpenedAttachment) -> StreamingResponse:
    """Stream an opened file, closing it at the end; never cached."""

    def chunks() -> Iterator[bytes]:
        try:
            while chunk := opened.reader.read(1 << 16):
                yield chunk
        finally:
            opened.reader.close()

    return StreamingResponse(
        chunks(),
        media_type=opened.blob.content_type,
        headers={"Content-Length": str(opened.blob.size), "Cache-Control": "no-store"},
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
    rings: KeyRingsDep,
    blobs: BlobStoreDep,
    audit: AuditDep,
) -> WithdrawalPublic:
    """Record that an interviewee withdrew consent: their interviews are erased for real."""
    targets = privacy_requests.withdraw_consent(
        rings,
        study_id=access.study_id,
        instance_id=body.instance_id,
        respondent_name=body.respondent_name,
        blobs=blobs,
    )
    _audit(audit, access, "submission.withdraw", interviews=len(targets))
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
    rings: KeyRingsDep,
    audit: AuditDep,
) -> GazetteerPublic:
    """Replace the names scrubbed from every answer (participants, NGOs, staff, leaders).

    Only keyed hashes of their normalized words are stored; the names themselves are
    never written anywhere. Upload the whole list each time.
    """
    row = privacy_requests.replace_gazetteer(
        rings, study_id=access.study_id, people=body.people, organizations=body.organizations
    )
    _audit(audit, access, "gazetteer.set", entries=row.entries)
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
    audit: AuditDep,
) -> AttachmentPolicy:
    """Choose which roles may open the study's recordings and photos."""
    study = set_attachment_readers(session, study=access.study, readers=body.readers)
    _audit(audit, access, "attachments.policy", readers=",".join(study.attachment_readers))
    return AttachmentPolicy(readers=[Role(r) for r in study.attachment_readers])
