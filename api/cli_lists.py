"""`chasqui privacy load-list`: add a study's own names to its gazetteer from a spreadsheet.

A study knows names no recognizer can: its NGOs and residents' associations, its
participants, its hamlets. An admin keeps them in a spreadsheet (CSV or XLSX, one name
a row, in the first column or in a column headed ``name``/``nombre``) and loads each
list with its kind. Only keyed hashes of the normalized words are stored (see
`privacy.gazetteer`); the names themselves are never written to the database, a log or
an error message. Lists add up; ``--replace`` starts the gazetteer over (needed after a
key rotation, since the stored hashes are keyed).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Final

import typer
from sqlalchemy import Engine
from sqlmodel import Session

from accounts import store
from accounts.keys import key_ring
from accounts.models import StudyGazetteer
from api.db import create_db_engine
from api.settings import Settings
from core.errors import NotFound
from privacy import Gazetteer
from privacy.gazetteer import GazetteerKind
from privacy.normalize import normalize_token
from sync.store import set_gazetteer


class ListKind(StrEnum):
    person = "person"
    org = "org"
    place = "place"


_KINDS: Final[dict[ListKind, GazetteerKind]] = {
    ListKind.person: "person",
    ListKind.org: "organization",
    ListKind.place: "place",
}
_HEADERS: Final = frozenset(
    {
        "name",
        "names",
        "nombre",
        "nombres",
        "nombre completo",
        "organizacion",
        "organization",
        "ong",
        "lugar",
        "place",
        "persona",
        "person",
    }
)
_MAX_NAME: Final = 200


class ListRejected(Exception):
    """The list cannot be loaded as asked; the message names no entry."""


def read_names(path: Path) -> list[str]:
    """Return the names in a CSV or XLSX file: the ``name``/``nombre`` column, or the first."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif path.suffix.lower() in (".csv", ".txt", ".tsv"):
        rows = _csv_rows(path)
    else:
        raise ListRejected("Give a .csv or .xlsx file.")
    return _names_from_rows(rows)


def _csv_rows(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel  # one column: nothing to sniff
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        return [
            ["" if cell is None else str(cell) for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        workbook.close()


def _names_from_rows(rows: Iterable[list[str]]) -> list[str]:
    table = [[cell.strip() for cell in row] for row in rows if any(c.strip() for c in row)]
    if not table:
        return []
    column = 0
    header = [" ".join(normalize_token(w) for w in cell.split()) for cell in table[0]]
    named = [k for k, cell in enumerate(header) if cell in _HEADERS]
    if named:
        column, table = named[0], table[1:]
    names = [row[column] for row in table if column < len(row) and row[column]]
    if any(len(name) > _MAX_NAME for name in names):
        raise ListRejected(f"A cell is longer than {_MAX_NAME} characters: is it a list of names?")
    return names


def add_to_gazetteer(
    session: Session,
    *,
    study_id: int,
    names: list[str],
    kind: GazetteerKind,
    secret: str,
    replace: bool = False,
) -> StudyGazetteer:
    """Hash ``names`` with the study's current key and add them to its gazetteer."""
    ring = key_ring(session, study_id=study_id, purpose="pseudonym", secret=secret)
    added = Gazetteer.build([(name, kind) for name in names], key=ring.current_key)
    row = session.get(StudyGazetteer, study_id)
    entries = len(names)
    if row is not None and not replace:
        if row.key_id != ring.current:
            raise ListRejected(
                "The gazetteer was hashed with an older key; load every list again "
                "with --replace first."
            )
        stored = Gazetteer.from_json(json.dumps(row.hashes), key=ring.current_key)
        added = Gazetteer(
            ring.current_key,
            stored.person_tokens | added.person_tokens,
            {**stored.sequences, **added.sequences},
            stored.starts | added.starts,
            max(stored.max_n, added.max_n),
        )
        entries += row.entries
    return set_gazetteer(
        session,
        study_id=study_id,
        hashes_json=added.to_json(),
        key_id=ring.current,
        entries=entries,
    )


def load_list_command(
    path: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A .csv or .xlsx file.")
    ],
    study: Annotated[str, typer.Option(help="Study slug.")],
    kind: Annotated[ListKind, typer.Option(help="What the names are.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Start the study's gazetteer over with this list.")
    ] = False,
) -> None:
    """Add a study's own names (people, organizations, places) to its gazetteer."""
    settings = Settings()
    try:
        names = read_names(path)
    except ListRejected as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    if not names:
        typer.echo("no names in the file", err=True)
        raise typer.Exit(2)
    session = Session(create_db_engine(settings.database_url), expire_on_commit=False)
    try:
        _load(session, study=study, names=names, kind=kind, replace=replace, settings=settings)
    finally:
        session.close()
        bind = session.get_bind()
        if isinstance(bind, Engine):
            bind.dispose()  # a CLI run leaves no pooled connection open


def _load(
    session: Session,
    *,
    study: str,
    names: list[str],
    kind: ListKind,
    replace: bool,
    settings: Settings,
) -> None:
    try:
        target = store.get_study(session, study)
    except NotFound as exc:
        typer.echo(f"no study '{study}'", err=True)
        raise typer.Exit(1) from exc
    assert target.id is not None
    try:
        row = add_to_gazetteer(
            session,
            study_id=target.id,
            names=names,
            kind=_KINDS[kind],
            secret=settings.secret_key.get_secret_value(),
            replace=replace,
        )
    except ListRejected as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    session.commit()
    typer.echo(
        f"{len(names)} {kind.value} name(s) added to '{study}': {row.entries} entries, "
        f"hashed with key {row.key_id}"
    )
