"""Fieldwork page: enroll a tablet with a QR code, list and revoke tablets, edit the plan.

The enrollment code is shown once, on the page that issued it (never in a URL), with
its QR code as inline SVG for the tablet's camera. The plan form sends every target
and every enumerator's villages; the service checks forms, villages and people exist.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from accounts import enrollment
from accounts.permissions import Permission
from api.db import SessionDep
from api.deps import AuditDep
from api.pages.session import CsrfDep, StudyPage, page_require, redirect, render
from api.routes.devices import qr_svg
from core.errors import InvalidInput
from monitor import plan
from monitor.fieldwork_view import fieldwork_view

router = APIRouter(prefix="/app/{slug}/fieldwork", include_in_schema=False)

Lister = Annotated[StudyPage, page_require(Permission.list_devices)]
Enroller = Annotated[StudyPage, page_require(Permission.enroll_device)]
Revoker = Annotated[StudyPage, page_require(Permission.revoke_device)]
Planner = Annotated[StudyPage, page_require(Permission.manage_plan)]
DeviceId = Annotated[str, PathParam(max_length=36)]
MAX_PLAN_FIELDS = 5000


def _page(
    request: Request, page: StudyPage, session: SessionDep, status: int = 200, **extra: Any
) -> Response:
    view = fieldwork_view(session, study_id=page.access.study_id)
    context = {
        "view": view,
        "enrollment": None,
        "error": None,
        "done": request.query_params.get("done"),
        **extra,
    }
    return render(request, "fieldwork.html", context, status_code=status)


@router.get("", response_class=HTMLResponse)
def get_fieldwork(request: Request, page: Lister, session: SessionDep) -> Response:
    """Tablets, the enrollment form and the plan."""
    return _page(request, page, session)


@router.post("/codes", response_class=HTMLResponse)
def post_code(
    request: Request,
    page: Enroller,
    session: SessionDep,
    _me: CsrfDep,
    audit: AuditDep,
    enumerator: Annotated[str, Form(min_length=1, max_length=64)],
) -> Response:
    """Issue a one-time code for an enumerator's tablet and show it with its QR code."""
    issued = enrollment.issue_enrollment_code(
        session,
        study=page.access.study,
        enumerator=enumerator,
        created_by=page.access.principal.user,
        minutes=request.app.state.settings.enrollment_code_minutes,
    )
    audit(
        page.access,
        "device.enrollment_code",
        target_type="user",
        target_id=issued.enumerator.id,
    )
    shown = {
        "code": issued.code,
        "qr": qr_svg(issued.code),
        "enumerator": issued.enumerator.username,
        "expires_at": issued.row.expires_at,
    }
    response = _page(request, page, session, enrollment=shown)
    response.headers["Cache-Control"] = "no-store"  # the code is a secret until used
    return response


@router.post("/devices/{device_id}/revoke", response_class=HTMLResponse)
def post_revoke(
    page: Revoker, session: SessionDep, _me: CsrfDep, audit: AuditDep, device_id: DeviceId
) -> Response:
    """Revoke a lost or stolen tablet: its token stops working at once."""
    device = enrollment.revoke_device(session, study_id=page.access.study_id, device_id=device_id)
    audit(page.access, "device.revoke", target_type="device", target_id=device.id)
    return redirect(f"/app/{page.view.slug}/fieldwork?done=revoked")


def _target(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or len(text) > 6:
        raise InvalidInput("A target is a whole number.")
    return int(text)


@router.post("/plan", response_class=HTMLResponse)
async def post_plan(
    request: Request, page: Planner, session: SessionDep, _me: CsrfDep, audit: AuditDep
) -> Response:
    """Replace the plan from the form: ``target:<form>:<village|*>``, the new target row,
    and ``villages:<username>`` (every village ticked for that person)."""
    sent = list((await request.form()).multi_items())[:MAX_PLAN_FIELDS]
    targets: dict[tuple[str, str | None], int] = {}
    villages: dict[str, list[str]] = {}
    fields = {key: value for key, value in sent if isinstance(value, str)}
    try:
        for key, value in sent:
            if not isinstance(value, str):
                continue
            if key.startswith("target:"):
                _, form_id, village = key.split(":", 2)
                number = _target(value)
                if number is not None:
                    targets[(form_id, None if village == "*" else village)] = number
            elif key.startswith("villages:"):
                villages.setdefault(key.removeprefix("villages:"), []).append(value)
            elif key.startswith("everyone:"):
                villages.setdefault(key.removeprefix("everyone:"), [])
        new = _target(fields.get("new_target", ""))
        if new is not None and fields.get("new_form"):
            targets[(fields["new_form"], fields.get("new_village") or None)] = new
        saved = plan.set_plan(
            session,
            study_id=page.access.study_id,
            plan=plan.Plan(
                targets=tuple(plan.Target(f, v, n) for (f, v), n in targets.items()),
                assignments=tuple(
                    plan.Assignment(name, tuple(dict.fromkeys(chosen)))
                    for name, chosen in villages.items()
                    if chosen
                ),
            ),
        )
    except (InvalidInput, ValueError):
        return _page(request, page, session, 422, error="plan")
    audit(
        page.access,
        "plan.set",
        target_type="study",
        target_id=page.access.study.slug,
        targets=len(saved.targets),
        assignments=len(saved.assignments),
    )
    return redirect(f"/app/{page.view.slug}/fieldwork?done=plan")
