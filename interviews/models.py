"""Response shapes of the interview read API (documented in OpenAPI)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from review.models import ReviewState


class InterviewSummary(BaseModel):
    instance_id: str
    form_id: str
    form_version: int
    village: str | None
    enumerator: str
    device_id: str
    review_state: ReviewState
    state: str = Field(description="complete, or awaiting_attachments")
    is_conflicting: bool = Field(description="An open sync conflict waits for a supervisor.")
    is_quarantined: bool = Field(description="A later copy of it sits in the quarantine queue.")
    flags: list[str]
    started_at: datetime | None = Field(description="Device clock, corrected at sync.")
    ended_at: datetime | None
    received_at: datetime
    updated_at: datetime


class InterviewPage(BaseModel):
    items: list[InterviewSummary]
    next_cursor: str | None = Field(
        description="Give it back as `cursor` for the next page; null on the last page."
    )


class ChoicePublic(BaseModel):
    value: str
    label: str


class AnswerPublic(BaseModel):
    pointer: str = Field(description="JSON pointer of the answer in the interview.")
    name: str
    prompt: str = Field(description="The question, in the chosen language.")
    kind: str
    value: Any = Field(description="The stored (anonymized) answer; null when missing.")
    choices: list[ChoicePublic] = Field(default_factory=list)
    missing: str | None = Field(default=None, description="refused, dont_know or not_asked")
    missing_label: str | None = Field(default=None, description="The missing marker as words.")


class RevisionPublic(BaseModel):
    rev: str
    parent_rev: str | None
    kind: str = Field(description="tablet, merge or resolution")
    form_version: int
    device_id: str
    received_at: datetime
    is_head: bool


class ReviewEventPublic(BaseModel):
    state: ReviewState | None
    comment: str | None
    author: str | None
    created_at: datetime


class AttachmentPublic(BaseModel):
    id: str = Field(description="The file's sha256.")
    kind: str = Field(description="audio, photo, video or file")
    content_type: str | None
    size: int | None
    duration_s: float | None = Field(
        default=None,
        description="Seconds of a recording, measured after upload; null until measured, "
        "for photos, and for formats that cannot be read (AMR, WebM).",
    )
    is_received: bool
    href: str | None = Field(
        description="Where to open it; null when the study's attachment policy does not "
        "let your role open recordings and photos."
    )


class InterviewDetail(InterviewSummary):
    lang: str
    answers: list[AnswerPublic]
    revisions: list[RevisionPublic]
    review: list[ReviewEventPublic]
    attachments: list[AttachmentPublic]
