"""core.ids.id_of: a stored row's id as an int, and a plain error for a row never flushed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from core.ids import Unsaved, id_of


@dataclass
class Row:
    id: int | None


def test_a_stored_row_gives_its_id() -> None:
    assert id_of(Row(id=7)) == 7


def test_id_zero_is_an_id() -> None:
    assert id_of(Row(id=0)) == 0


def test_a_row_never_flushed_is_a_bug_said_plainly() -> None:
    with pytest.raises(Unsaved, match="Row has no id yet"):
        id_of(Row(id=None))
