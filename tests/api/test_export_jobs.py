"""Background export jobs: create, poll, download with Range, sealed at rest, expire."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import timedelta
from pathlib import Path

from exports.jobs_models import ExportJob
from tests.api.test_exports import admin, seed  # noqa: F401  (fixture)
from tests.api.test_progress import field  # noqa: F401  (fixture)

CREATE = "/api/v1/studies/demo/forms/household/export-jobs"


async def test_a_job_runs_reports_progress_and_downloads_in_ranges(
    client,
    field,  # noqa: F811
    admin,  # noqa: F811
    settings,
):
    await seed(client, field, admin)
    created = await client.post(CREATE, json={"format": "csv"}, headers=admin)
    assert created.status_code == 202, created.text
    job = (await client.get(created.headers["Location"], headers=admin)).json()
    assert job["status"] == "done"
    assert (job["done"], job["total"]) == (3, 3)
    assert job["report"]["interviews"] == 3

    whole = await client.get(job["href"], headers=admin)
    assert whole.status_code == 200
    assert whole.headers["accept-ranges"] == "bytes"
    assert hashlib.sha256(whole.content).hexdigest() == job["sha256"]
    assert "household.csv" in zipfile.ZipFile(io.BytesIO(whole.content)).namelist()

    part = await client.get(job["href"], headers={**admin, "Range": "bytes=10-99"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 10-99/{job['size']}"
    assert part.content == whole.content[10:100]
    tail = await client.get(job["href"], headers={**admin, "Range": "bytes=-20"})
    assert tail.content == whole.content[-20:]
    bad = await client.get(job["href"], headers={**admin, "Range": f"bytes={job['size']}-"})
    assert (bad.status_code, bad.json()["code"]) == (416, "export.range_not_satisfiable")

    stored = list(Path(settings.attachment_dir).rglob(f"{job['job_id']}.zip"))
    assert len(stored) == 1
    assert stored[0].read_bytes()[:2] != b"PK"  # sealed at rest, not a readable zip


async def test_jobs_need_the_export_permission_and_check_the_request_first(
    client,
    field,  # noqa: F811
    admin,  # noqa: F811
):
    refused = await client.post(CREATE, json={"format": "csv"}, headers=field["sup"])
    assert refused.status_code == 403
    unknown = await client.post(CREATE, json={"format": "rdata"}, headers=admin)
    assert (unknown.status_code, unknown.json()["code"]) == (400, "export.format_unknown")
    cursor = await client.post(CREATE, json={"format": "csv", "since": "nope"}, headers=admin)
    assert cursor.json()["code"] == "export.cursor_invalid"
    missing = await client.get("/api/v1/studies/demo/export-jobs/nope", headers=admin)
    assert missing.status_code == 404


async def test_an_expired_job_is_gone(client, field, admin, session):  # noqa: F811
    created = await client.post(CREATE, json={"format": "csv"}, headers=admin)
    job = session.get(ExportJob, created.json()["job_id"])
    session.refresh(job)
    job.expires_at = job.created_at - timedelta(seconds=1)
    session.add(job)
    session.commit()
    expired = await client.get(created.headers["Location"], headers=admin)
    assert (expired.status_code, expired.json()["code"]) == (410, "export.job_expired")
    await client.post(CREATE, json={"format": "csv"}, headers=admin)  # purges expired ones
    assert session.get(ExportJob, job.id, populate_existing=True) is None


async def test_a_job_with_filters_exports_only_the_matching_interviews(
    client,
    field,  # noqa: F811
    admin,  # noqa: F811
):
    first, _, _ = await seed(client, field, admin)
    created = await client.post(
        CREATE,
        json={"format": "csv", "review_state": "approved", "village": "manta", "labels": True},
        headers=admin,
    )
    job = (await client.get(created.headers["Location"], headers=admin)).json()
    assert job["status"] == "done", job
    assert job["report"]["interviews"] == 1
    bundle = zipfile.ZipFile(io.BytesIO((await client.get(job["href"], headers=admin)).content))
    assert f"uuid:{first['instance_id']}".encode() in bundle.read("household.csv")
