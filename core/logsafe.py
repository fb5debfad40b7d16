"""Log an exception without its message: a database error quotes the values it refused.

PostgreSQL's errors carry the text they could not store ("CONTEXT: JSON data, line 1:
…"), and any exception raised on the way may hold an answer. Logs keep the type and
where it was raised, which is what finding the bug needs.
"""

from __future__ import annotations

import traceback
from pathlib import Path

_FRAMES = 12


def describe_exception(exc: BaseException) -> str:
    """`Type (cause: Type) at file:line in function <- …`, innermost frame first."""
    frames = traceback.extract_tb(exc.__traceback__)[-_FRAMES:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
    cause = exc.__cause__ or exc.__context__
    kind = type(exc).__name__ + (f" (cause: {type(cause).__name__})" if cause else "")
    return f"{kind} at {where}" if where else kind
