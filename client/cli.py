"""`chasqui-client`: enroll a tablet, queue exported interviews, sync, see what was sent."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn

from client import ledger, wording
from client.collect import ExportInvalid
from client.link import DeviceRefused, SyncStopped
from client.messages import pick_language, say, say_review_state
from client.session import SyncClient

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True)
DEFAULT_HOME = Path.home() / ".chasqui-client"


class State:
    home: Path = DEFAULT_HOME
    lang: str = "es"


state = State()


@app.callback()
def main(
    home: Annotated[
        Path, typer.Option(envvar="CHASQUI_CLIENT_HOME", help="Client state directory.")
    ] = DEFAULT_HOME,
    lang: Annotated[str | None, typer.Option(help="es | en (default: LANG, else es).")] = None,
) -> None:
    """Reference Chasqui tablet client."""
    state.home, state.lang = home, pick_language(lang)
    # Only identifiers and counts are ever logged, never answers.
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")


def _client() -> SyncClient:
    return SyncClient(state.home)


def _stop(exc: SyncStopped) -> typer.Exit:
    # Words, never the exception's name or a bare code (a 401's reason comes first).
    code = str(getattr(exc, "reason", None) or getattr(exc, "code", "") or "")
    err.print(say(exc.key, state.lang, code=wording.say_stop(code, state.lang)))
    return typer.Exit(2 if isinstance(exc, DeviceRefused) else 1)


@app.command()
def enroll(
    code: str,
    server: Annotated[str, typer.Option(help="Server URL, e.g. https://chasqui.example")],
    label: Annotated[str, typer.Option(help="Name shown to supervisors.")] = "Tableta",
) -> None:
    """Exchange a one-time enrollment code for this tablet's token."""
    client = _client()
    try:
        enrolled = client.enroll(code, server_url=server.rstrip("/"), label=label)
    except SyncStopped as exc:
        raise _stop(exc) from None
    finally:
        client.close()
    typer.echo(say("enrolled", state.lang, **enrolled))


@app.command()
def collect(files: list[Path]) -> None:
    """Queue interviews from tablet export files (one interview or a list per file)."""
    client, total = _client(), 0
    try:
        for path in files:
            try:
                total += len(client.collect_file(path))
            except ExportInvalid as exc:
                detail = say(exc.key, state.lang, **exc.values)
                err.print(say("export_invalid", state.lang, detail=detail))
                raise typer.Exit(3) from None
            except OSError:
                detail = say("export_file_missing", state.lang)
                err.print(say("export_invalid", state.lang, detail=detail))
                raise typer.Exit(3) from None
    finally:
        client.close()
    typer.echo(say("collected", state.lang, n=total))


class Bars:
    """Two bars on stderr: interviews acknowledged, and attachment bytes the server holds."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.items: TaskID | None = None
        self.bytes: TaskID | None = None

    def start(self, *, items: int, bytes_total: int) -> None:
        self.items = self.progress.add_task(say("items", state.lang), total=items, detail="")
        self.bytes = self.progress.add_task(say("bytes", state.lang), total=bytes_total, detail="")
        self.advance_items(0)
        self.advance_bytes(0)

    def advance_items(self, n: int) -> None:
        if self.items is not None:
            self.progress.advance(self.items, n)
            task = self.progress.tasks[self.items]
            self.progress.update(self.items, detail=f"{task.completed:.0f}/{task.total:.0f}")

    def advance_bytes(self, n: int) -> None:
        if self.bytes is not None:
            self.progress.advance(self.bytes, n)
            task = self.progress.tasks[self.bytes]
            total = task.total or 0
            detail = f"{task.completed / 1e6:.1f}/{total / 1e6:.1f} MB"
            self.progress.update(self.bytes, detail=detail)


@app.command()
def sync() -> None:
    """Send interviews and attachments, then fetch forms and changes."""
    client = _client()
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[detail]}"))
    try:
        began = client.now()
        with Progress(*columns, console=err) as bar:
            report = client.sync(Bars(bar))
        status = client.status()
        said = client.describe(report.push, state.lang)
        notes = ledger.read_reviews_pulled_since(client.outbox, began)
    except SyncStopped as exc:
        raise _stop(exc) from None
    finally:
        client.close()
    summary = wording.summarize(said, state.lang)
    files, waiting = report.upload.files, status.waiting
    typer.echo(say("sync_done", state.lang, summary=summary, files=files, waiting=waiting))
    _say_each(said)
    if report.pull.error:
        typer.echo(say("news_failed", state.lang))
    if not report.pull.is_supported:
        typer.echo(say("pull_unsupported", state.lang))
    if report.pull.reviews:
        typer.echo(say("reviews_pulled", state.lang, n=report.pull.reviews))
    _say_reviews(notes)


MAX_LINES = 20


def _say_each(said: list[wording.Said]) -> None:
    """One line per interview that needs the enumerator (not simply stored)."""
    shown = [s for s in said if s.reason is not None or s.group == "unknown"]
    for s in shown[:MAX_LINES]:
        group = wording.say_count(s.group, 1, state.lang).removeprefix("1 ")
        reason = s.reason or wording.GENERIC_REASON[state.lang]
        typer.echo(
            say("sync_item", state.lang, instance_id=s.instance_id, group=group, reason=reason)
        )
    if len(shown) > MAX_LINES:
        typer.echo(say("sync_more", state.lang, n=len(shown) - MAX_LINES))


@app.command()
def forget(
    instance_ids: Annotated[list[str] | None, typer.Argument()] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Every interview the server already holds.")
    ] = False,
) -> None:
    """Erase interviews the server already holds from this tablet (refuses unsent ones)."""
    if not instance_ids and not all_:
        err.print(say("forget_which", state.lang))
        raise typer.Exit(4)
    client = _client()
    try:
        forgotten = client.forget(None if all_ else list(instance_ids or []))
    finally:
        client.close()
    if forgotten.refused:
        err.print(say("forget_refused", state.lang, n=len(forgotten.refused)))
        for instance_id in forgotten.refused:
            err.print(f"  {instance_id}")
        raise typer.Exit(4)
    typer.echo(say("forget_done", state.lang, n=len(forgotten.erased), kept=forgotten.kept))


def _say_receipt(outcome: str, code: str) -> str:
    if outcome == "review":
        shown = say_review_state(code.removeprefix("review.").replace("comment", ""), state.lang)
        return say("receipt_review", state.lang, state=shown)
    if outcome == "resolved":
        return say("receipt_resolved", state.lang)
    group = wording.group_of(outcome, code)
    text = wording.say_count(group, 1, state.lang).removeprefix("1 ")
    reason = wording.explain(outcome=outcome, code=code, problems=(), lang=state.lang)
    return f"{text}: {reason}" if reason and group not in ("saved", "duplicate") else text


@app.command()
def status() -> None:
    """What is still on the tablet and what the server already holds."""
    client = _client()
    try:
        s = client.status()
        reviews = ledger.read_reviews(client.outbox)
        attention = ledger.read_attention(client.outbox)
    finally:
        client.close()
    values = {k: getattr(s, k) for k in s.__dataclass_fields__}
    typer.echo(say("status", state.lang, megabytes=s.bytes_waiting / 1e6, **values))
    if attention:
        typer.echo(say("attention", state.lang, n=len(attention)))
    for e in attention:
        typer.echo(f"  {e.instance_id}  {_say_receipt(e.outcome, e.code)}")
    if reviews:
        typer.echo(say("reviews", state.lang, n=len(reviews)))
    _say_reviews(reviews)


def _say_reviews(reviews: list[ledger.ReviewNote]) -> None:
    for r in reviews:
        shown = say_review_state(r.state, state.lang)
        comment = r.comment or say("review_no_comment", state.lang)
        typer.echo(
            say("review", state.lang, instance_id=r.instance_id, state=shown, comment=comment)
        )


@app.command()
def receipts(instance_id: Annotated[str | None, typer.Argument()] = None) -> None:
    """The receipt log ("¿ya se envió?"): what the server said, and when."""
    client = _client()
    try:
        entries = client.receipts(instance_id)
    finally:
        client.close()
    if not entries:
        typer.echo(say("no_receipts", state.lang))
    for e in entries:
        said = _say_receipt(e.outcome, e.code)
        typer.echo(
            say(
                "receipt",
                state.lang,
                received_at=e.received_at,
                instance_id=e.instance_id,
                said=said,
            )
        )


if __name__ == "__main__":
    app()
