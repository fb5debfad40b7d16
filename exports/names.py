"""Pure: variable names for Stata and SPSS, a stable mapping written in the codebook.

Rules, applied to each table's columns in order: every character outside
``[A-Za-z0-9_]`` becomes ``_``; a name that does not start with a letter gets a
``v`` in front; names are cut to 32 characters (Stata's limit, within SPSS's 64);
a name already taken in the table (compared without case, as SPSS does) gets
``_2``, ``_3``… with the base cut so the whole stays within 32. The same columns in
the same order always give the same names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

MAX_NAME: Final = 32
_INVALID: Final = re.compile(r"[^A-Za-z0-9_]")


def stata_names(names: Iterable[str]) -> dict[str, str]:
    """Map each column name to a unique Stata/SPSS variable name."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = _INVALID.sub("_", name)
        if not base[:1].isalpha():
            base = "v" + base
        candidate, n = base[:MAX_NAME], 1
        while candidate.lower() in taken:
            n += 1
            suffix = f"_{n}"
            candidate = base[: MAX_NAME - len(suffix)] + suffix
        taken.add(candidate.lower())
        out[name] = candidate
    return out
