"""The hand-written streaming .dta and .sav writers, read back by pyreadstat only."""

from __future__ import annotations

import math
import struct
import tempfile
from pathlib import Path

import pyreadstat
import pytest

from exports.dta import DtaVariable, DtaWriter, missing_bits
from exports.sav import SavVariable, SavWriter

LONG = "canción de la puna, " * 160  # 3,360 bytes: a Stata strL, an SPSS very long string
ROWS = [
    (1.0, "hola", "", "uuid:1"),
    ("a", "ñandú", LONG, "uuid:2"),
    ("b", "", LONG + "fin", "uuid:3"),
    ("c", "x", "corto", "uuid:4"),
    (None, "y", "", "uuid:5"),
]
WIDTHS = {"sex": 0, "word": len("ñandú".encode()), "story": len((LONG + "fin").encode()), "KEY": 6}
LABELS = {"sex": "Sexo de la persona", "word": "Palabra", "story": "Relato", "KEY": "Row key"}


def test_a_stata_118_file_reads_back_with_labels_missing_letters_and_long_strings(
    tmp_path: Path,
):
    variables = [
        DtaVariable(n, LABELS[n], w, "sex" if n == "sex" else "") for n, w in WIDTHS.items()
    ]
    path = tmp_path / "t.dta"
    with path.open("w+b") as out, tempfile.TemporaryFile() as strls:
        writer = DtaWriter(
            out, strls, variables, rows=len(ROWS), label="Hogar", timestamp="30 Nov 2026 10:54"
        )
        for number, *texts in ROWS:
            cell = struct.pack("<d", number) if isinstance(number, float) else None
            writer.write_row([cell or missing_bits(str(number or "")), *texts])
        writer.close({"sex": {1: "Mujer", 2: "Hombre"}})
    with path.open("rb") as f:
        assert b"<release>118</release>" in f.read(80)
    frame, meta = pyreadstat.read_dta(str(path), user_missing=True)
    assert frame["sex"].tolist()[:4] == [1.0, "a", "b", "c"]
    assert math.isnan(frame["sex"].tolist()[4])
    assert frame["story"].tolist() == [r[2] for r in ROWS]
    assert frame["word"].tolist() == [r[1] for r in ROWS]
    assert meta.variable_value_labels["sex"] == {1: "Mujer", 2: "Hombre"}
    assert meta.column_names_to_labels == LABELS
    assert (meta.file_label, meta.number_rows) == ("Hogar", len(ROWS))
    plain, _ = pyreadstat.read_dta(str(path))
    assert plain["sex"].isna().tolist() == [False, True, True, True, True]


@pytest.mark.parametrize("size", [1, 255, 256, 3000], ids=["1B", "255B", "256B", "3000B"])
def test_an_spss_file_reads_back_with_user_missing_codes_labels_and_long_strings(
    tmp_path: Path, size: int
):
    text = ("ñ" * size)[: size // 2] if size > 1 else "a"
    rows = [(1.0, text, "uuid:1"), (-97.0, "", "uuid:2"), (math.nan, text + "z", "uuid:3")]
    width = len((text + "z").encode())
    variables = [
        SavVariable("respondent_sex", "Sexo", 0, (-97.0, -98.0, -99.0)),
        SavVariable("relato_largo_de_la_persona", "Relato", width),
        SavVariable("KEY", "Row key", 6),
    ]
    path = tmp_path / "t.sav"
    with path.open("wb") as out:
        writer = SavWriter(
            out,
            variables,
            rows=len(rows),
            label="Hogar",
            created=("30 Nov 26", "10:54:00"),
            value_labels={"respondent_sex": {1.0: "Mujer", -97.0: "refused"}},
        )
        for row in rows:
            writer.write_row(list(row))
        writer.close()
    frame, meta = pyreadstat.read_sav(str(path), user_missing=True)
    assert frame["relato_largo_de_la_persona"].tolist() == [r[1] for r in rows]
    assert frame["respondent_sex"].tolist()[:2] == [1.0, -97.0]
    assert meta.missing_ranges["respondent_sex"][0] == {"lo": -97.0, "hi": -97.0}
    assert meta.variable_value_labels["respondent_sex"] == {1.0: "Mujer", -97.0: "refused"}
    assert meta.column_names_to_labels["respondent_sex"] == "Sexo"
    assert meta.number_rows == 3
    plain, _ = pyreadstat.read_sav(str(path))
    assert plain["respondent_sex"].isna().tolist() == [False, True, True]
