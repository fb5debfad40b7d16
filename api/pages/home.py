"""The web app's entry: `/` goes to `/app`, which lists the person's studies; a study's landing."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from accounts.models import Role
from accounts.permissions import Permission
from api.pages.session import PagePersonDep, StudyPage, page_require, redirect, render

router = APIRouter(include_in_schema=False)


@router.get("/")
def get_root() -> Response:
    """The server's front door is the web app."""
    return redirect("/app")


@router.get("/app", response_class=HTMLResponse)
def get_home(request: Request, me: PagePersonDep) -> Response:
    """The person's studies; with exactly one, go straight to it."""
    if len(me.studies) == 1:
        return redirect(f"/app/{me.studies[0][0].slug}")
    return render(request, "home.html", {})


@router.get("/app/{slug}", response_class=HTMLResponse)
def get_study_home(
    request: Request, page: Annotated[StudyPage, page_require(Permission.read_study)]
) -> Response:
    """A study's landing: what this person's role lets them do; enumerators see their interviews."""
    if page.role == Role.enumerator and not page.me.person.is_superuser:
        return redirect(f"/app/{page.view.slug}/interviews")
    return render(request, "study.html", {})
