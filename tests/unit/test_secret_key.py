"""The server refuses the development secret key unless it is told it is a demo."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.settings import DEV_SECRET_KEY, Settings


@pytest.mark.parametrize(
    ("secret", "dev_mode", "refused"),
    [
        (DEV_SECRET_KEY, False, True),
        (DEV_SECRET_KEY, True, False),
        ("short-secret", False, True),
        ("x" * 31, False, True),
        ("k7Q2-random-production-secret-of-48-characters-xx", False, False),
    ],
    ids=["dev-default", "dev-default-in-dev-mode", "short", "31-chars", "strong"],
)
def test_secret_key_problem(secret: str, dev_mode: bool, refused: bool) -> None:
    settings = Settings(_env_file=None, secret_key=secret, dev_mode=dev_mode)  # type: ignore[call-arg]
    assert (settings.secret_key_problem() is not None) is refused


def test_serve_refuses_the_development_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHASQUI_SECRET_KEY", raising=False)
    monkeypatch.delenv("CHASQUI_DEV_MODE", raising=False)
    monkeypatch.chdir("/")  # no .env file here
    result = CliRunner().invoke(app, ["serve", "--port", "1"])
    assert result.exit_code == 2
    assert "development default" in result.output
    assert DEV_SECRET_KEY not in result.output
