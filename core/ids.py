"""Primary keys of stored rows, narrowed from `int | None` once, with a plain error.

SQLModel types a table's `id` as `int | None` because a new row has none until it is
flushed. Code that holds a stored row needs an `int`; `assert row.id is not None`
narrows it for mypy but disappears under `python -O`, and a None id then reaches a
query. `id_of` always checks.
"""

from __future__ import annotations

from typing import Protocol


class HasId(Protocol):
    @property
    def id(self) -> int | None: ...


class Unsaved(RuntimeError):
    """A row's id was asked for before the row was flushed: a bug, not bad input."""


def id_of(row: HasId) -> int:
    """The row's primary key; raises `Unsaved` for a row never flushed."""
    if row.id is None:
        raise Unsaved(f"{type(row).__name__} has no id yet: flush it before using its id")
    return row.id
