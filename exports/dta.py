"""Pure: a streaming writer of Stata 118 `.dta` files (Stata 14+), little-endian.

Hand-written because no maintained library appends rows to a `.dta` (pyreadstat and
pandas write a whole DataFrame, so memory grows with the interviews). The format is
Stata's documented `dta_118`: tagged sections, a map of their offsets (patched at
the end), fixed-width rows, long strings as strLs after the data, value labels last.
Numbers are doubles; a string variable is `strN` for its longest value up to 2045
bytes, else `strL`. The caller streams rows whose widths it measured beforehand.
Tests read the files back with pyreadstat only.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Final

STR_MAX: Final = 2045
STRL: Final = 32768
DOUBLE: Final = 65526


def missing_bits(letter: str) -> bytes:
    """The 8 bytes of Stata's `.` (letter "") or an extended missing `.a` … `.z`."""
    code = 0 if not letter else ord(letter) - ord("a") + 1
    return struct.pack("<Q", 0x7FE0000000000000 + code * 0x0000010000000000)


def fixed(text: str, size: int) -> bytes:
    """UTF-8, cut at a character boundary to leave a terminating NUL, NUL-padded."""
    raw = text.encode("utf-8")[: size - 1]
    raw = raw.decode("utf-8", "ignore").encode("utf-8")
    return raw + b"\0" * (size - len(raw))


@dataclass(frozen=True, slots=True)
class DtaVariable:
    name: str
    label: str
    width: int  # 0: numeric (double); else the longest value in bytes
    value_labels: str = ""  # the name of a label set, or ""

    @property
    def is_strl(self) -> bool:
        return self.width > STR_MAX

    @property
    def type_code(self) -> int:
        if self.width == 0:
            return DOUBLE
        return STRL if self.is_strl else max(1, self.width)

    @property
    def display(self) -> str:
        if self.width == 0:
            return "%10.0g"
        return "%9s" if self.is_strl else f"%{min(max(1, self.width), STR_MAX)}s"


class DtaWriter:
    """Write header and dictionary, then `write_row` N times, then `close`.

    `strls` is a scratch file (read and write) for the strLs, which follow the data.
    """

    def __init__(
        self,
        out: IO[bytes],
        strls: IO[bytes],
        variables: Sequence[DtaVariable],
        *,
        rows: int,
        label: str,
        timestamp: str,  # "dd Mon yyyy hh:mm"
    ) -> None:
        self.out, self.strls, self.variables = out, strls, variables
        self.map = [0] * 14
        self.row = 0
        k = len(variables)
        out.write(b"<stata_dta><header><release>118</release><byteorder>LSF</byteorder>")
        out.write(b"<K>" + struct.pack("<H", k) + b"</K><N>" + struct.pack("<Q", rows) + b"</N>")
        title = fixed(label, 321).rstrip(b"\0")
        out.write(b"<label>" + struct.pack("<H", len(title)) + title + b"</label>")
        out.write(b"<timestamp>\x11" + timestamp.encode("ascii")[:17] + b"</timestamp></header>")
        self.map[1] = out.tell()
        out.write(b"<map>" + b"\0" * 8 * 14 + b"</map>")
        self._section(
            2, b"variable_types", b"".join(struct.pack("<H", v.type_code) for v in variables)
        )
        self._section(3, b"varnames", b"".join(fixed(v.name, 129) for v in variables))
        self._section(4, b"sortlist", b"\0\0" * (k + 1))
        self._section(5, b"formats", b"".join(fixed(v.display, 57) for v in variables))
        self._section(
            6, b"value_label_names", b"".join(fixed(v.value_labels, 129) for v in variables)
        )
        self._section(7, b"variable_labels", b"".join(fixed(v.label, 321) for v in variables))
        self._section(8, b"characteristics", b"")
        self.map[9] = out.tell()
        out.write(b"<data>")
        self.strls.write(b"<strls>")

    def _section(self, index: int, tag: bytes, body: bytes) -> None:
        self.map[index] = self.out.tell()
        self.out.write(b"<" + tag + b">" + body + b"</" + tag + b">")

    def write_row(self, cells: Iterable[bytes | str]) -> None:
        """One observation: 8 bytes per numeric variable (a double or a missing
        pattern), a str per string variable."""
        self.row += 1
        parts = []
        for index, (variable, cell) in enumerate(zip(self.variables, cells, strict=True)):
            if variable.width == 0:
                assert isinstance(cell, bytes)
                parts.append(cell)
                continue
            assert isinstance(cell, str)
            raw = cell.encode("utf-8")
            if not variable.is_strl:
                raw = raw[: variable.width]  # the caller measured: never cut in practice
                parts.append(raw + b"\0" * (variable.width - len(raw)))
            elif not raw:
                parts.append(b"\0" * 8)
            else:  # (v, o) refer to a GSO written to the strls stream
                v, o = index + 1, self.row
                parts.append(struct.pack("<H", v) + struct.pack("<Q", o)[:6])
                self.strls.write(b"GSO" + struct.pack("<IQBI", v, o, 130, len(raw) + 1))
                self.strls.write(raw + b"\0")
        self.out.write(b"".join(parts))

    def close(self, value_labels: Mapping[str, Mapping[int, str]]) -> None:
        """Append the strLs (from the `strls` scratch file), the value labels; patch the map."""
        out = self.out
        out.write(b"</data>")
        self.map[10] = out.tell()
        self.strls.write(b"</strls>")
        self.strls.seek(0)
        while chunk := self.strls.read(1 << 20):
            out.write(chunk)
        self.map[11] = out.tell()
        out.write(b"<value_labels>")
        for name, labels in value_labels.items():
            out.write(_label_table(name, labels))
        out.write(b"</value_labels>")
        self.map[12] = out.tell()
        out.write(b"</stata_dta>")
        self.map[13] = out.tell()
        out.seek(self.map[1] + len(b"<map>"))
        out.write(b"".join(struct.pack("<Q", position) for position in self.map))
        out.seek(0, 2)


def _label_table(name: str, labels: Mapping[int, str]) -> bytes:
    offsets, values, text = [], [], b""
    for value, label in sorted(labels.items()):
        offsets.append(len(text))
        values.append(value)
        text += fixed(label, 32001).rstrip(b"\0") + b"\0"
    n = len(values)
    table = struct.pack("<II", n, len(text))
    table += struct.pack(f"<{n}I", *offsets) + struct.pack(f"<{n}i", *values) + text
    return (
        b"<lbl>" + struct.pack("<I", len(table)) + fixed(name, 129) + b"\0\0\0" + table + b"</lbl>"
    )
