"""What autogenerate and the models-vs-migrations test leave out of the comparison."""

from __future__ import annotations


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """procrastinate's tables (PostgreSQL) come from migration 0015, not from our models."""
    return not (type_ == "table" and (name or "").startswith("procrastinate_"))
