"""Who may do what in a study: the access matrix, as data.

Pure. Every route names the permission it needs; `api/auth.py` checks it against
the caller's role in the study the route addresses. Tests walk this whole table.
"""

from __future__ import annotations

import enum
from typing import Final

from accounts.models import Role


class Permission(enum.StrEnum):
    read_study = "read_study"  # see the study, its forms and plan
    manage_members = "manage_members"  # add people, change roles
    manage_forms = "manage_forms"  # draft, publish, close forms
    enroll_device = "enroll_device"  # issue enrollment codes
    revoke_device = "revoke_device"  # revoke a lost tablet
    list_devices = "list_devices"
    read_submissions = "read_submissions"  # anonymized answers of everyone
    read_own_submissions = "read_own_submissions"  # an enumerator's own
    push_submissions = "push_submissions"  # tablets only
    review = "review"  # approve, flag, comment
    manage_plan = "manage_plan"  # fieldwork targets, who works where
    resolve_conflicts = "resolve_conflicts"
    delete_submissions = "delete_submissions"  # consent withdrawal
    export = "export"
    read_audit = "read_audit"
    manage_keys = "manage_keys"  # rotate or destroy pseudonym keys


_SUPERVISOR: Final = frozenset(
    {
        Permission.read_study,
        Permission.enroll_device,
        Permission.revoke_device,
        Permission.list_devices,
        Permission.read_submissions,
        Permission.read_own_submissions,
        Permission.review,
        Permission.manage_plan,
        Permission.resolve_conflicts,
        Permission.delete_submissions,
    }
)

ROLE_PERMISSIONS: Final[dict[Role, frozenset[Permission]]] = {
    Role.enumerator: frozenset(
        {Permission.read_study, Permission.read_own_submissions, Permission.push_submissions}
    ),
    Role.supervisor: _SUPERVISOR,
    Role.admin: _SUPERVISOR
    | {
        Permission.manage_members,
        Permission.manage_forms,
        Permission.export,
        Permission.read_audit,
        Permission.manage_keys,
    },
}


def role_allows(role: Role | None, permission: Permission) -> bool:
    """True when `role` in a study grants `permission` there; no role grants nothing."""
    return role is not None and permission in ROLE_PERMISSIONS[role]
