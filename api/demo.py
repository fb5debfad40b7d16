"""Load the demo study: seven Huancavelica communities, its people, its three forms,
and its gazetteer (its invented NGOs, associations and hamlets, stored as keyed hashes).

Idempotent: running it again on a loaded database changes nothing. The passwords
are for a laptop demo only and are printed by `chasqui demo`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from accounts import store as accounts
from accounts.models import Community, Role, Study
from api.cli_lists import add_to_gazetteer
from core.ids import id_of
from forms import store
from forms.demo_study import read_study_file
from monitor.plan import load_demo_plan


@dataclass(frozen=True, slots=True)
class DemoPerson:
    username: str
    password: str
    role: Role | None
    display_name: str


DEMO_PEOPLE = (
    DemoPerson("admin", "admin-demo-chasqui", None, "Administración"),
    DemoPerson("investigadora", "investigadora-demo", Role.admin, "Investigadora principal"),
    DemoPerson("supervisor", "supervisor-demo", Role.supervisor, "Supervisor de campo"),
    DemoPerson("enumerador1", "enumerador1-demo", Role.enumerator, "Enumerador 1"),
    DemoPerson("enumerador2", "enumerador2-demo", Role.enumerator, "Enumerador 2"),
)


def load_demo(session: Session, *, secret: str | None = None) -> tuple[Study, bool]:
    """Create the demo study if absent; returns it and whether it was created now.

    With the server's ``secret`` (which wraps the study's keys) its gazetteer is loaded too.
    """
    spec = read_study_file("demo.json")
    existing = session.exec(select(Study).where(Study.slug == spec["slug"])).first()
    if existing is not None:
        return existing, False
    study = accounts.create_study(session, slug=spec["slug"], name=spec["name"])
    study_id = id_of(study)
    for village in spec["communities"]:
        session.add(
            Community(
                study_id=study_id,
                slug=village["slug"],
                name=village["name"],
                district=village.get("district", ""),
                province=village.get("province", ""),
            )
        )
    enumerator_ids, enumerator_names = [], []
    for person in DEMO_PEOPLE:
        user = accounts.create_user(
            session,
            username=person.username,
            password=person.password,
            display_name=person.display_name,
            is_superuser=person.role is None,
        )
        if person.role is not None:
            accounts.set_membership(session, study=study, user=user, role=person.role)
        if person.role == Role.enumerator:
            user_id = id_of(user)
            enumerator_ids.append(user_id)
            enumerator_names.append(user.username)
    for entry in spec["forms"]:
        form = store.create_form(
            session, study_id=study_id, document=read_study_file(entry["file"])
        )
        store.publish_form(session, form=form, published_by_id=None)
        store.assign_form(session, form=form, user_ids=enumerator_ids)
    session.flush()
    load_demo_plan(session, study_id=study_id, spec=spec, enumerators=enumerator_names)
    if secret is not None:
        load_demo_gazetteer(session, study_id=study_id, secret=secret)
    return study, True


def load_demo_gazetteer(session: Session, *, study_id: int, secret: str) -> int:
    """Hash the demo study's own lists into its gazetteer; returns the entries stored."""
    lists = read_study_file("gazetteer.json")
    row = add_to_gazetteer(
        session,
        study_id=study_id,
        names=lists["organizations"],
        kind="organization",
        secret=secret,
        replace=True,
    )
    row = add_to_gazetteer(
        session, study_id=study_id, names=lists["places"], kind="place", secret=secret
    )
    return row.entries
