"""Passwords are checked wherever one is set: POST /users and `chasqui users create`."""

from __future__ import annotations

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from accounts.models import User
from api.cli import app as cli_app
from tests.factories import auth, make_token, make_user


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("password123", "too_common"),
        ("ana.torres-secret", "contains_username"),
        ("ab-cd-ef", "too_short"),
    ],
    ids=["common", "username", "short"],
)
async def test_weak_passwords_are_refused_with_a_reason(client, session, password, reason):
    admin = make_token(session, make_user(session, "root", is_superuser=True))
    session.commit()
    response = await client.post(
        "/api/v1/users",
        json={"username": "ana.torres", "password": password},
        headers=auth(admin),
    )
    assert response.status_code == 422
    assert response.json()["code"] == "auth.password_rejected"
    assert response.json()["reason"] == reason
    assert password not in response.text
    assert session.exec(select(User).where(User.username == "ana.torres")).first() is None


async def test_a_good_password_is_accepted(client, session):
    admin = make_token(session, make_user(session, "root", is_superuser=True))
    session.commit()
    response = await client.post(
        "/api/v1/users",
        json={"username": "ana.torres", "password": "vicuña-ridge-lantern"},
        headers=auth(admin),
    )
    assert response.status_code == 201


def test_the_cli_refuses_a_common_password_before_touching_the_database(tmp_path):
    result = CliRunner().invoke(
        cli_app,
        ["users", "create", "ana", "--password", "password123"],
        env={"CHASQUI_DATABASE_URL": f"sqlite:///{tmp_path}/absent/none.db"},
    )
    assert result.exit_code == 2
    assert "password refused" in result.output
    assert "password123" not in result.output
