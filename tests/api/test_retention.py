"""Retention: transcribed audio of approved interviews is deleted; nothing else is."""

from __future__ import annotations

import hashlib

from sqlmodel import select

from accounts.models import Role
from attachments.blobstore import LocalBlobStore
from attachments.models import AttachmentBlob
from core.metadata import utcnow
from review.retention import RetentionRule, purge_attachments
from sync.models import Submission
from tests.api.test_attachments import TUS, create, patch
from tests.factories import (
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
    make_token,
    push_body,
    push_item,
)
from tests.unit.forms.submissions import ngo_answers


async def _interview_with_audio(client, tablet, audio: bytes):
    created = await create(client, {**tablet, **TUS}, audio)
    await patch(client, {**tablet, **TUS}, created.headers["Location"], 0, audio)
    sha = hashlib.sha256(audio).hexdigest()
    item = push_item(
        "ngo",
        ngo_answers(),
        attachments=[{"name": "a", "sha256": sha, "size": len(audio), "content_type": "audio/mp4"}],
    )
    await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    return item, sha


async def test_audio_of_approved_interviews_is_purged_and_not_asked_for_again(
    client, session, settings
):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator)
    make_published_form(session, study, "ngo", enumerator)
    _, device = make_device(session, study, enumerator)
    admin = auth(make_token(session, make_member(session, study, Role.admin)))
    session.commit()
    tablet = auth(device)
    approved_item, approved_sha = await _interview_with_audio(
        client, tablet, b"\x01audio-aprobado" * 3000
    )
    _, pending_sha = await _interview_with_audio(client, tablet, b"\x02audio-pendiente" * 3000)
    assert (
        await client.get(f"/api/v1/studies/demo/attachments/{approved_sha}", headers=admin)
    ).status_code == 200
    review = await client.put(
        f"/api/v1/studies/demo/submissions/{approved_item['instance_id']}/review",
        json={"state": "approved"},
        headers=admin,
    )
    assert review.status_code == 200

    session.commit()
    blobs = LocalBlobStore(settings.attachment_dir / "blobs")
    assert (
        purge_attachments(
            session, study_id=study.id, blobs=blobs, rule=RetentionRule(), now=utcnow()
        )
        == 1
    )
    session.commit()

    gone = await client.get(f"/api/v1/studies/demo/attachments/{approved_sha}", headers=admin)
    assert gone.status_code == 410
    assert gone.json()["code"] == "attachment.purged"
    assert (
        await client.get(f"/api/v1/studies/demo/attachments/{pending_sha}", headers=admin)
    ).status_code == 200
    keys = {b.sha256: b.storage_key for b in session.exec(select(AttachmentBlob))}
    assert keys[approved_sha] == ""
    assert not blobs.exists(
        f"study-{study.id}/{approved_sha[:2]}/{approved_sha[2:4]}/{approved_sha}"
    )
    again = await client.post("/api/v1/sync/push", json=push_body(approved_item), headers=tablet)
    assert again.json()["results"][0]["missing_attachments"] == []


async def test_only_the_roles_the_study_allows_open_recordings(client, session):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator)
    make_published_form(session, study, "ngo", enumerator)
    _, device = make_device(session, study, enumerator)
    admin = auth(make_token(session, make_member(session, study, Role.admin)))
    supervisor = auth(make_token(session, make_member(session, study, Role.supervisor)))
    session.commit()
    _, sha = await _interview_with_audio(client, auth(device), b"\x03entrevista" * 2000)
    url = f"/api/v1/studies/demo/attachments/{sha}"
    assert (await client.get(url, headers=admin)).status_code == 200
    assert (await client.get(url, headers=supervisor)).status_code == 403
    refused = await client.put(
        "/api/v1/studies/demo/attachment-policy", json={"readers": ["enumerator"]}, headers=admin
    )
    assert refused.status_code == 422
    allowed = await client.put(
        "/api/v1/studies/demo/attachment-policy",
        json={"readers": ["admin", "supervisor"]},
        headers=admin,
    )
    assert allowed.json() == {"readers": ["admin", "supervisor"]}
    opened = await client.get(url, headers=supervisor)
    assert opened.status_code == 200
    assert opened.content == b"\x03entrevista" * 2000
    assert (
        await client.put(
            "/api/v1/studies/demo/attachment-policy",
            json={"readers": ["supervisor"]},
            headers=supervisor,
        )
    ).status_code == 403


async def test_interview_waiting_for_its_recording_completes_when_the_upload_finishes(
    client, session
):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator)
    make_published_form(session, study, "ngo", enumerator)
    _, device = make_device(session, study, enumerator)
    session.commit()
    tablet = auth(device)
    audio = b"\x04despues" * 4000
    sha = hashlib.sha256(audio).hexdigest()
    item = push_item(
        "ngo",
        ngo_answers(),
        attachments=[{"name": "a", "sha256": sha, "size": len(audio), "content_type": "audio/mp4"}],
    )
    pushed = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    assert pushed.json()["results"][0]["missing_attachments"] == [sha]
    session.commit()
    assert session.exec(select(Submission.state)).one() == "awaiting_attachments"
    created = await create(client, {**tablet, **TUS}, audio)
    await patch(client, {**tablet, **TUS}, created.headers["Location"], 0, audio)
    session.commit()
    assert session.exec(select(Submission.state)).one() == "complete"
