"""Load the demo study: seven Huancavelica communities, its people, its three forms.

Idempotent: running it again on a loaded database changes nothing. The passwords
are for a laptop demo only and are printed by `chasqui demo`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from accounts import store as accounts
from accounts.models import Community, Role, Study
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


def load_demo(session: Session) -> tuple[Study, bool]:
    """Create the demo study if absent; returns it and whether it was created now."""
    spec = read_study_file("demo.json")
    existing = session.exec(select(Study).where(Study.slug == spec["slug"])).first()
    if existing is not None:
        return existing, False
    study = accounts.create_study(session, slug=spec["slug"], name=spec["name"])
    assert study.id is not None
    for village in spec["communities"]:
        session.add(
            Community(
                study_id=study.id,
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
            assert user.id is not None
            enumerator_ids.append(user.id)
            enumerator_names.append(user.username)
    for entry in spec["forms"]:
        form = store.create_form(
            session, study_id=study.id, document=read_study_file(entry["file"])
        )
        store.publish_form(session, form=form, published_by_id=None)
        store.assign_form(session, form=form, user_ids=enumerator_ids)
    session.flush()
    load_demo_plan(session, study_id=study.id, spec=spec, enumerators=enumerator_names)
    return study, True
