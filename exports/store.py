"""Load what an export or a codebook needs from the database: a form's versions."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from core.errors import NotFound
from exports.model import TableModel, build_table_model
from forms import store as forms_store
from forms.models import Form


def form_versions(session: Session, *, form: Form) -> list[tuple[int, dict[str, Any]]]:
    """Every published version of a form, oldest first, as (number, document)."""
    return [(v.version, v.document) for v in forms_store.list_versions(session, form=form)]


def load_model(
    session: Session, *, study_id: int, form_id: str, group_prefix: bool = True
) -> tuple[Form, list[tuple[int, dict[str, Any]]], TableModel]:
    """The form, its versions and its table model; NotFound when nothing was published."""
    form = forms_store.get_form(session, study_id=study_id, form_id=form_id)
    versions = form_versions(session, form=form)
    if not versions:
        raise NotFound("This form has no published version yet.")
    return form, versions, build_table_model(form.form_id, versions, group_prefix=group_prefix)
