"""The `chasqui` command: serve, migrate, create users, enroll devices, load the demo."""

from __future__ import annotations

import logging
from typing import Annotated

import typer
from alembic import command
from sqlalchemy.engine import make_url
from sqlmodel import Session

from accounts import store
from accounts.audit import record_audit
from accounts.models import Role
from accounts.passwords import PasswordRejected, check_password
from api.cli_export import export_command
from api.cli_lists import load_list_command
from api.db import alembic_config, create_db_engine
from api.settings import Settings, blob_store_from_settings
from core.errors import NotFound

app = typer.Typer(
    help="Chasqui: offline-first backend for confidential field interviews.", no_args_is_help=True
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
users_app = typer.Typer(help="People's accounts.", no_args_is_help=True)
devices_app = typer.Typer(help="Tablets.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(devices_app, name="devices")
privacy_app = typer.Typer(help="Anonymization.", no_args_is_help=True)
keys_app = typer.Typer(help="A study's secret keys: list, rotate, destroy.", no_args_is_help=True)
app.add_typer(privacy_app, name="privacy")
app.add_typer(keys_app, name="keys")
app.command("export")(export_command)
privacy_app.command("load-list")(load_list_command)


def _session(settings: Settings) -> Session:
    return Session(create_db_engine(settings.database_url), expire_on_commit=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (PostgreSQL only; see docs/deploy.md).")
    ] = 1,
) -> None:
    """Serve the API (and the dashboard) with uvicorn."""
    import uvicorn

    settings = Settings()
    problem = settings.secret_key_problem() or _serve_problem(settings, workers)
    if problem is not None:
        typer.echo(f"refusing to serve: {problem}", err=True)
        raise typer.Exit(2)
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # /readyz checks the revision often
    uvicorn.run(
        "api.app:serve_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        # A worker that has not answered the supervisor's ping in 5 s (uvicorn's default)
        # is killed and replaced; on a loaded machine a starting worker takes longer.
        timeout_worker_healthcheck=30,
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        log_level=settings.log_level.lower(),
    )


def _serve_problem(settings: Settings, workers: int) -> str | None:
    """Why this configuration cannot serve (checked before any worker starts)."""
    if workers > 1 and make_url(settings.database_url).get_backend_name() == "sqlite":
        return "--workers above 1 needs PostgreSQL; SQLite serves from one process."
    try:
        blob_store_from_settings(settings)
    except (ValueError, RuntimeError) as exc:
        return str(exc)
    return None


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply migrations up to REVISION (default: head)."""
    settings = Settings()
    create_db_engine(settings.database_url).dispose()  # creates ./var for SQLite
    command.upgrade(alembic_config(settings.database_url), revision)
    typer.echo(f"database at {revision}")


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1.")],
) -> None:
    """Revert migrations down to REVISION (data in dropped tables is lost)."""
    settings = Settings()
    command.downgrade(alembic_config(settings.database_url), revision)
    typer.echo(f"database at {revision}")


@users_app.command("create")
def users_create(
    username: str,
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
    display_name: Annotated[str, typer.Option()] = "",
    superuser: Annotated[bool, typer.Option(help="Server administrator.")] = False,
    study: Annotated[str | None, typer.Option(help="Study slug to add them to.")] = None,
    role: Annotated[Role, typer.Option(help="Their role in that study.")] = Role.enumerator,
) -> None:
    """Create a person's account, optionally with a role in a study."""
    settings = Settings()
    try:
        check_password(password, username=username, min_length=settings.password_min_length)
    except PasswordRejected as exc:
        typer.echo(f"password refused: {exc.message}", err=True)
        raise typer.Exit(2) from None
    with _session(settings) as session:
        user = store.create_user(
            session,
            username=username,
            password=password,
            display_name=display_name,
            is_superuser=superuser,
        )
        if study:
            store.set_membership(
                session, study=store.get_study(session, study), user=user, role=role
            )
        session.commit()
    typer.echo(f"created {username}")


@users_app.command("passwd")
def users_passwd(
    username: str,
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
) -> None:
    """Set a person's password (the rules apply); their browser and API sessions end."""
    from accounts.password_change import set_password

    settings = Settings()
    with _session(settings) as session:
        try:
            user = store.get_user_by_username(session, username)
        except NotFound:
            typer.echo(f"no user named {username}", err=True)
            raise typer.Exit(1) from None
        try:
            ended = set_password(
                session, user=user, new=password, min_length=settings.password_min_length
            )
        except PasswordRejected as exc:
            typer.echo(f"password refused: {exc.message}", err=True)
            raise typer.Exit(2) from None
        record_audit(session, action="auth.password_set_cli", target_type="user", target_id=user.id)
        session.commit()
    typer.echo(f"password of {username} changed; {ended} session(s) ended")


@users_app.command("list")
def users_list(study: Annotated[str, typer.Option(help="Study slug.")]) -> None:
    """Who is in a study: username, role, name."""
    settings = Settings()
    with _session(settings) as session:
        try:
            target = store.get_study(session, study)
        except NotFound:
            typer.echo(f"no study {study}", err=True)
            raise typer.Exit(1) from None
        assert target.id is not None
        for membership, user in store.list_memberships(session, study_id=target.id):
            typer.echo(f"{user.username:<20} {Role(membership.role).value:<11} {user.display_name}")


@devices_app.command("enroll-code")
def devices_enroll_code(
    study: Annotated[str, typer.Option(help="Study slug.")],
    enumerator: Annotated[str, typer.Option(help="Enumerator's username.")],
    qr: Annotated[bool, typer.Option(help="Also draw the QR code in the terminal.")] = False,
) -> None:
    """Issue a one-time enrollment code; the code is the last line printed."""
    settings = Settings()
    with _session(settings) as session:
        target = store.get_study(session, study)
        user = store.get_user_by_username(session, enumerator)
        assert target.id is not None
        assert user.id is not None
        if store.get_role(session, study_id=target.id, user_id=user.id) != Role.enumerator:
            raise typer.BadParameter("that user is not an enumerator in this study")
        code, row = store.create_enrollment_code(
            session,
            study=target,
            enumerator=user,
            created_by=user,
            minutes=settings.enrollment_code_minutes,
        )
        session.commit()
    if qr:
        import segno

        segno.make(code, error="m").terminal(compact=True)
    typer.echo(f"expires {row.expires_at.isoformat()}")
    typer.echo(code)


@privacy_app.command("scrub")
def privacy_scrub(
    known_name: Annotated[
        list[str] | None,
        typer.Option("--known-name", help="A name the same submission gave (repeatable)."),
    ] = None,
    study: Annotated[
        str | None, typer.Option(help="Also use this study's uploaded gazetteer (and keys).")
    ] = None,
) -> None:
    """Read UTF-8 text on stdin and write it scrubbed, exactly as ingest scrubs free text."""
    import sys

    from privacy import KnownValues, ScrubContext, scrub_free_text

    gazetteer = None
    if study:
        from accounts.keys import key_ring
        from sync.answers import load_gazetteer
        from sync.store import get_gazetteer

        settings = Settings()
        with _session(settings) as session:
            target = store.get_study(session, study)
            assert target.id is not None
            ring = key_ring(
                session,
                study_id=target.id,
                purpose="pseudonym",
                secret=settings.secret_key.get_secret_value(),
            )
            gazetteer = load_gazetteer(get_gazetteer(session, study_id=target.id), ring)
    text = sys.stdin.buffer.read().decode("utf-8")
    context = ScrubContext(known=KnownValues.from_names(known_name or ()), gazetteer=gazetteer)
    sys.stdout.write(scrub_free_text(text, context=context))


@keys_app.command("list")
def keys_list(study: Annotated[str, typer.Option(help="Study slug.")]) -> None:
    """List a study's keys (ids and state only; key material never leaves the server)."""
    from sqlmodel import col, select

    from accounts.models import StudyKey

    with _session(Settings()) as session:
        target = store.get_study(session, study)
        for row in session.exec(
            select(StudyKey).where(StudyKey.study_id == target.id).order_by(col(StudyKey.id))
        ):
            state = "destroyed" if row.destroyed_at else ("current" if row.is_current else "held")
            typer.echo(f"{row.purpose:<10} {row.key_id:<6} {state}")


@keys_app.command("rotate")
def keys_rotate(
    study: Annotated[str, typer.Option(help="Study slug.")],
    purpose: Annotated[str, typer.Option(help="pseudonym or attachment")] = "pseudonym",
) -> None:
    """Start a new current key; older keys stay until destroyed."""
    from accounts import keys

    settings = Settings()
    secret = settings.secret_key.get_secret_value()
    with _session(settings) as session:
        target = store.get_study(session, study)
        assert target.id is not None
        keys.key_ring(session, study_id=target.id, purpose=purpose, secret=secret)  # type: ignore[arg-type]
        row = keys.create_key(session, study_id=target.id, purpose=purpose, secret=secret)  # type: ignore[arg-type]
        record_audit(
            session, action="keys.rotate", study_id=target.id, detail={"key_id": row.key_id}
        )
        session.commit()
    typer.echo(row.key_id)


@keys_app.command("destroy")
def keys_destroy(
    study: Annotated[str, typer.Option(help="Study slug.")],
    key_id: Annotated[str, typer.Option(help="The key to erase.")],
    purpose: Annotated[str, typer.Option(help="pseudonym or attachment")] = "pseudonym",
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False,
) -> None:
    """Erase a key for good: its pseudonyms can no longer be linked to anyone."""
    from accounts import keys

    if not yes:
        typer.confirm(
            f"Destroy {purpose} key {key_id} of {study}? This cannot be undone", abort=True
        )
    with _session(Settings()) as session:
        target = store.get_study(session, study)
        assert target.id is not None
        keys.destroy_key(session, study_id=target.id, purpose=purpose, key_id=key_id)  # type: ignore[arg-type]
        record_audit(session, action="keys.destroy", study_id=target.id, detail={"key_id": key_id})
        session.commit()
    typer.echo(f"destroyed {key_id}")


attachments_app = typer.Typer(help="Interview recordings and photos.", no_args_is_help=True)
app.add_typer(attachments_app, name="attachments")


@attachments_app.command("purge")
def attachments_purge(
    study: Annotated[str, typer.Option(help="Study slug.")],
    content_type: Annotated[
        str, typer.Option(help="Type prefix, e.g. audio/ or image/.")
    ] = "audio/",
    approved: Annotated[bool, typer.Option(help="Only files of approved interviews.")] = True,
    older_than_days: Annotated[int | None, typer.Option(help="Only files older than this.")] = None,
) -> None:
    """Apply a retention rule: delete files the study no longer needs (e.g. transcribed audio)."""
    from datetime import timedelta

    from core.metadata import utcnow
    from review.retention import RetentionRule, purge_attachments

    settings = Settings()
    rule = RetentionRule(
        content_prefix=content_type,
        when_approved=approved,
        older_than=timedelta(days=older_than_days) if older_than_days is not None else None,
    )
    with _session(settings) as session:
        target = store.get_study(session, study)
        assert target.id is not None
        blobs = blob_store_from_settings(settings)
        count = purge_attachments(session, study_id=target.id, blobs=blobs, rule=rule, now=utcnow())
        record_audit(
            session, action="attachment.purge", study_id=target.id, detail={"files": count}
        )
        session.commit()
    typer.echo(f"deleted {count} file(s)")


@attachments_app.command("purge-uploads")
def attachments_purge_uploads() -> None:
    """Delete unfinished uploads past their expiry and their part files (run it daily)."""
    from attachments.store import purge_expired_uploads

    settings = Settings()
    with _session(settings) as session:
        count = purge_expired_uploads(session, parts_dir=settings.attachment_dir / "parts")
        session.commit()
    typer.echo(f"purged {count} expired upload(s)")


@app.command()
def demo() -> None:
    """Load the demo study (seven communities, its people, the three study forms) once."""
    from api.demo import DEMO_PEOPLE, load_demo

    settings = Settings()
    with _session(settings) as session:
        study, created = load_demo(session, secret=settings.secret_key.get_secret_value())
        session.commit()
    typer.echo(f"demo study '{study.slug}' {'loaded' if created else 'already loaded'}")
    typer.echo("log in at POST /api/v1/auth/login with one of (demo passwords, change them):")
    for person in DEMO_PEOPLE:
        role = person.role.value if person.role else "server admin"
        typer.echo(f"  {person.username:<14} {person.password:<22} {role}")


def main() -> None:
    app()
