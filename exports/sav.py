"""Pure: a streaming writer of SPSS `.sav` system files (uncompressed, little-endian, UTF-8).

Hand-written for the same reason as `exports.dta`: no maintained library appends
cases to a `.sav`. The layout follows the system-file format as documented by GNU
PSPP: a 176-byte header (case count patched at the end), one variable record per
8-byte slot, value labels, the extension records SPSS reads (machine info, long
variable names, very long strings, encoding), then the cases. Numbers are doubles
(system-missing is -DBL_MAX); user-missing codes are up to three discrete values.
A string longer than 255 bytes is a "very long string": ceil(width / 252) variables,
255 wide but the last, each holding the next 255 bytes (as readstat writes them).
Tests read the files back with pyreadstat only.
"""

from __future__ import annotations

import math
import struct
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Final

SYSMIS: Final = -sys.float_info.max
_SEGMENT: Final = 252
_SHORT_MAX: Final = 255


def _pad(raw: bytes, size: int) -> bytes:
    return raw[:size] + b" " * (size - len(raw[:size]))


def _cut(text: str, size: int) -> bytes:
    return text.encode("utf-8")[:size].decode("utf-8", "ignore").encode("utf-8")


def _slots(width: int) -> int:
    return (width + 7) // 8


@dataclass(frozen=True, slots=True)
class SavVariable:
    name: str  # up to 64 bytes
    label: str
    width: int  # 0: numeric; else the longest value in bytes
    missing: tuple[float, ...] = ()  # numeric user-missing codes (at most 3)

    @property
    def segments(self) -> list[int]:
        """The widths of the stored variables: one, or 255-wide segments for long text."""
        if self.width <= _SHORT_MAX:
            return [self.width]
        count = math.ceil(self.width / _SEGMENT)
        return [_SHORT_MAX] * (count - 1) + [self.width - _SEGMENT * (count - 1)]


def _format(width: int) -> int:
    return (5 << 16) | (8 << 8) | 2 if width == 0 else (1 << 16) | (min(width, 255) << 8)


class SavWriter:
    """Write the dictionary, then `write_row` N times, then `close`."""

    def __init__(
        self,
        out: IO[bytes],
        variables: Sequence[SavVariable],
        *,
        rows: int,
        label: str,
        created: tuple[str, str],  # ("30 Nov 26", "10:54:00")
        value_labels: Mapping[str, Mapping[float, str]],
    ) -> None:
        self.out, self.variables = out, variables
        self.short: list[str] = []
        index: dict[str, int] = {}
        records, slot = [], 1
        for n, variable in enumerate(variables):
            for part, width in enumerate(variable.segments):
                short = f"V{n + 1}" if part == 0 else f"V{n + 1}_{part}"
                if part == 0:
                    self.short.append(short)
                    index[variable.name] = slot
                records.append(self._variable(short, width, variable if part == 0 else None))
                slot += max(1, _slots(width))
        created_date, created_time = created
        out.write(b"$FL2" + _pad(b"@(#) SPSS DATA FILE Chasqui", 60))
        out.write(struct.pack("<iiiii", 2, slot - 1, 0, 0, rows))
        out.write(struct.pack("<d", 100.0))
        out.write(_pad(created_date.encode(), 9) + _pad(created_time.encode(), 8))
        out.write(_pad(_cut(label, 64), 64) + b"\0\0\0")
        out.write(b"".join(records))
        for name, labels in value_labels.items():
            out.write(self._value_labels(labels, index[name]))
        self._extensions()
        out.write(struct.pack("<ii", 999, 0))

    def _variable(self, short: str, width: int, variable: SavVariable | None) -> bytes:
        label = _cut(variable.label, 255) if variable is not None and variable.label else b""
        missing = variable.missing if variable is not None and width == 0 else ()
        fmt = _format(width)
        record = struct.pack("<iiiiii", 2, width, int(bool(label)), len(missing), fmt, fmt)
        record += _pad(short.encode(), 8)
        if label:
            record += struct.pack("<i", len(label)) + _pad(label, (len(label) + 3) // 4 * 4)
        record += b"".join(struct.pack("<d", m) for m in missing)
        for _ in range(_slots(width) - 1):  # a string's further 8-byte slots
            record += struct.pack("<iiiiii", 2, -1, 0, 0, 0, 0) + b" " * 8
        return record

    def _value_labels(self, labels: Mapping[float, str], slot: int) -> bytes:
        out = struct.pack("<ii", 3, len(labels))
        for value, text in sorted(labels.items()):
            raw = _cut(text, 120)
            out += struct.pack("<dB", value, len(raw)) + _pad(raw, (len(raw) + 8) // 8 * 8 - 1)
        return out + struct.pack("<iii", 4, 1, slot)

    def _extension(self, subtype: int, size: int, body: bytes) -> None:
        self.out.write(struct.pack("<iiii", 7, subtype, size, len(body) // size) + body)

    def _extensions(self) -> None:
        self._extension(3, 4, struct.pack("<8i", 1, 0, 0, -1, 1, 1, 2, 65001))
        self._extension(
            4, 8, struct.pack("<3d", SYSMIS, sys.float_info.max, -sys.float_info.max * 0.999)
        )
        names = "\t".join(f"{s}={v.name}" for s, v in zip(self.short, self.variables, strict=True))
        self._extension(13, 1, names.encode("utf-8"))
        long = "".join(
            f"{s}={v.width:05d}\0\t"
            for s, v in zip(self.short, self.variables, strict=True)
            if v.width > _SHORT_MAX
        )
        if long:
            self._extension(14, 1, long.encode("ascii"))
        self._extension(20, 1, b"UTF-8")

    def write_row(self, cells: Iterable[float | str]) -> None:
        """One case: a float per numeric variable (NaN: system-missing), a str per string."""
        parts = []
        for variable, cell in zip(self.variables, cells, strict=True):
            if variable.width == 0:
                assert isinstance(cell, float)
                parts.append(struct.pack("<d", SYSMIS if math.isnan(cell) else cell))
                continue
            assert isinstance(cell, str)
            raw = cell.encode("utf-8")
            start = 0
            for width in variable.segments:
                parts.append(_pad(raw[start : start + width], _slots(width) * 8))
                start += width
        self.out.write(b"".join(parts))

    def close(self) -> None:
        self.out.flush()
