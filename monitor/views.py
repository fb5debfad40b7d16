"""The shapes supervisors read: counts, shares, times, flags. Never an answer."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel


class Counts(BaseModel):
    """Interviews by review state; `collected` excludes rejected ones (they do not count)."""

    collected: int = 0
    received: int = 0
    approved: int = 0
    has_issues: int = 0
    rejected: int = 0
    target: int | None = None

    def add(self, state: str, n: int) -> None:
        setattr(self, state, getattr(self, state) + n)
        if state != "rejected":
            self.collected += n


class FormCounts(Counts):
    form_id: str


class VillageProgress(BaseModel):
    village: str | None
    name: str
    assigned: list[str]
    total: Counts
    forms: list[FormCounts]


class CompletenessShares(BaseModel):
    questions: int = 0
    answered: float | None = None
    refused: float | None = None
    dont_know: float | None = None
    not_asked: float | None = None


class FormSummary(Counts):
    form_id: str
    title: str
    median_duration_s: float | None = None
    mean_duration_s: float | None = None
    completeness: CompletenessShares


class EnumeratorProgress(BaseModel):
    username: str
    display_name: str
    villages: list[str]
    total: Counts
    forms: list[FormCounts]
    completeness: CompletenessShares
    mean_duration_s: float | None
    last_sync_at: datetime | None


class DayCount(BaseModel):
    day: date
    count: int


class Queues(BaseModel):
    open_conflicts: int
    open_quarantine: int
    quarantine_by_reason: dict[str, int]


class ProgressSummary(BaseModel):
    study: str
    name: str
    k_anonymity: int
    time_zone: str = "America/Lima"  # `days` are calendar days in this zone
    generated_at: datetime
    version: str  # changes whenever a tablet syncs or a supervisor reviews
    totals: Counts
    forms: list[FormSummary]
    villages: list[VillageProgress]
    enumerators: list[EnumeratorProgress]
    days: list[DayCount]
    queues: Queues


class DeviceHealth(BaseModel):
    device_id: str
    label: str
    enumerator: str
    is_revoked: bool
    enrolled_at: datetime
    last_sync_at: datetime | None
    days_silent: float | None
    is_silent: bool
    syncs: int
    last_clock_offset_s: float | None
    mean_lag_s: float | None
    max_lag_s: float | None
    failed_syncs: int
    awaiting_attachments: int
    open_uploads: int


class SyncEvent(BaseModel):
    received_at: datetime
    device_id: str
    device_label: str
    enumerator: str
    items: int
    outcomes: dict[str, int]
    bytes_received: int
    duration_ms: float
    clock_offset_s: float | None
    is_partial: bool


class DeviceReport(BaseModel):
    silent_after_days: int
    devices: list[DeviceHealth]
    syncs: list[SyncEvent]


class QualityFlagPublic(BaseModel):
    kind: str
    enumerator: str
    form_id: str
    instance_id: str | None
    value: float | None
    message: dict[str, str]  # {"es": ..., "en": ...}
    # Which interview a flag means (None for flags about an enumerator's interviews as a
    # whole): its community and its day in the study's time zone.
    village: str | None = None
    village_name: str | None = None
    day: date | None = None


class QualityReport(BaseModel):
    flags: list[QualityFlagPublic]


class BreakdownTable(BaseModel):
    """Respondents by village and one quasi-identifier; None marks a suppressed cell."""

    field: str
    columns: list[str]
    rows: dict[str, dict[str, int | None]]


class RespondentBreakdown(BaseModel):
    form_id: str
    k_anonymity: int
    tables: list[BreakdownTable]
