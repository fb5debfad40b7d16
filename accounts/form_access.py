"""Who fills and who reads which forms: enumerators' assignments, and which published
version a tablet or a person may download."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from accounts import store as accounts
from accounts.models import Device, Role, User
from accounts.names import usernames
from accounts.permissions import Permission, role_allows
from core.errors import InvalidInput, NotFound
from forms import store
from forms.models import Form, FormState, FormVersion


def assignee_names(session: Session, form: Form) -> list[str]:
    """The usernames of the enumerators assigned to the form, sorted."""
    names = usernames(session, store.assigned_user_ids(session, form=form))
    return sorted(names.values())


def assign_enumerators(
    session: Session, *, study_id: int, form_id: str, enumerators: Sequence[str]
) -> tuple[Form, int]:
    """Set which of the study's enumerators fill the form; how many were assigned."""
    form = store.get_form(session, study_id=study_id, form_id=form_id)
    user_ids = []
    for username in enumerators:
        user = accounts.get_user_by_username(session, username)
        assert user.id is not None
        if accounts.get_role(session, study_id=study_id, user_id=user.id) != Role.enumerator:
            raise InvalidInput("Only enumerators of this study can be assigned a form.")
        user_ids.append(user.id)
    store.assign_form(session, form=form, user_ids=user_ids)
    return form, len(user_ids)


def tablet_form_version(
    session: Session, *, device: Device, user_id: int, form_id: str, version: int
) -> FormVersion:
    """A version of a form assigned to the tablet's enumerator (closing forms included)."""
    form = store.get_form(session, study_id=device.study_id, form_id=form_id)
    # A closing form stays downloadable: a tablet may still hold answers to it.
    if form.state == FormState.draft or not store.is_assigned(session, form=form, user_id=user_id):
        raise NotFound("No such form.")
    return store.get_version(session, form=form, version=version)


def person_form_version(
    session: Session, *, user: User, form_id: str, version: int, slug: str | None
) -> FormVersion:
    """A version of a form of the person's studies where they may read submissions."""
    found: list[Form] = []
    for study, role in accounts.list_user_studies(session, user=user):
        if slug is not None and study.slug != slug:
            continue
        if not (user.is_superuser or role_allows(role, Permission.read_submissions)):
            continue
        assert study.id is not None
        try:
            found.append(store.get_form(session, study_id=study.id, form_id=form_id))
        except NotFound:
            continue
    if not found:
        raise NotFound("No such form.")
    if len(found) > 1:
        raise InvalidInput("Several of your studies have this form: add ?study=SLUG.")
    if found[0].state == FormState.draft:
        raise NotFound("No such form.")
    return store.get_version(session, form=found[0], version=version)
