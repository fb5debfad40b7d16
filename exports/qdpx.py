"""REFI-QDA project (.qdpx) for qualitative coding: NVivo, ATLAS.ti, MAXQDA, QualCoder.

Each interview becomes one text source: for every free-text answer (scrubbed at
ingest) the question as a heading, then the answer, pre-coded with a code for
that question. Codes are the form's sections with their free-text questions
inside. Each respondent (the interview's pseudonym; the interview key when the
form has none) is a case holding variables from the quasi-identifiers (already
generalized) and the form. ``project.qde`` follows the REFI-QDA Project schema
(``exports/schema/Project-mrt2019.xsd``, MIT); tests validate it.

Source texts are written to one spool file as interviews arrive, their offsets and
the cases to a SQLite file beside it (the schema puts cases first, and a respondent's
case gathers all their interviews): memory stays flat whatever the number of
interviews, but for the zip's directory (about 1 KB per source).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path
from typing import Any, Final, TextIO
from xml.sax.saxutils import escape, quoteattr

from exports.layout import Options, label_in, out_columns, text_cell
from exports.model import Column, Table, TableModel

_NS: Final = "urn:QDA-XML:project:1.0"
_GUID_NS: Final = uuid.UUID("6f1d9a52-8f55-4b7e-9c1e-2a4c3b5d7e90")


def guid(*parts: str) -> str:
    """A stable GUID from names, so two exports of the same data agree."""
    return str(uuid.uuid5(_GUID_NS, "\x00".join(parts)))


class QdpxSink:
    def __init__(
        self, model: TableModel, options: Options, directory: Path, *, created_at: datetime
    ) -> None:
        self.model, self.options, self.directory = model, options, directory
        self.created = created_at.astimezone(UTC).replace(microsecond=0).isoformat()
        self.texts = [(t, c) for t in model.tables for c in t.kept if c.privacy == "free_text"]
        self.case_vars = [c for c in model.root.kept if c.is_quasi_key]
        names = {c.name for c in self.case_vars}
        self.case_outs = [o for o in out_columns(model.root, options) if o.name in names]
        self.texts_of: dict[str, list[Column]] = {}
        for t, c in self.texts:
            self.texts_of.setdefault(t.name, []).append(c)
        self.case_of = next(
            (c for c in model.root.kept if c.transform == "pseudonym" and "name" in c.name),
            next((c for c in model.root.kept if c.transform == "pseudonym"), None),
        )
        # Cases precede sources in the schema and gather every interview of a respondent:
        # kept in a SQLite file beside the export, not in memory.
        self.cases = sqlite3.connect(directory / "cases.sqlite")
        self.cases.execute("CREATE TABLE case_source (name TEXT, case_values TEXT, source TEXT)")
        self.has_sources = False
        self.sources_path = directory / "sources.xml.part"
        self.sources = self.sources_path.open("w", encoding="utf-8")
        # Every source's text goes into one spool file (one file each cost a file
        # creation per interview, most of the export's time); the zip reads them back.
        self.cases.execute("CREATE TABLE source_text (guid TEXT, start INTEGER, size INTEGER)")
        self.texts_path = directory / "sources.txt.part"
        self.texts_file = self.texts_path.open("w+b")
        self.current: tuple[str, list[tuple[str, str, str]]] | None = None
        self.case_values: dict[str, str] = {}
        self.case_name = ""

    def write(self, table: Table, row: Mapping[str, Any]) -> None:
        if not table.repeat:
            self._flush()
            self.current = (str(row["KEY"]), [])
            self.case_name = (
                str(row.get(self.case_of.name) or row["KEY"]) if self.case_of else str(row["KEY"])
            )
            self.case_values = {
                out.name: str(text_cell(out, row, self.options)) for out in self.case_outs
            }
            self.case_values["form"] = self.model.form_id
        assert self.current is not None
        for column in self.texts_of.get(table.name, ()):
            if isinstance(row.get(column.name), str) and row[column.name]:
                self.current[1].append(
                    (self._code_id(column), self._prompt(column), row[column.name])
                )

    def _prompt(self, column: Column) -> str:
        return label_in(column.label, self.options.lang, column.name)

    def _code_id(self, column: Column) -> str:
        return guid(self.model.form_id, "question", "/".join(column.path))

    def _flush(self) -> None:
        if self.current is None:
            return
        key, answers = self.current
        self.current = None
        if not answers:
            return
        source = guid(self.model.form_id, "source", key)
        text, selections = "", []
        for code, prompt, answer in answers:
            text += prompt + "\n\n"
            start = len(text)
            text += answer
            selections.append((code, start, len(text)))
            text += "\n\n"
        raw = text.encode("utf-8")
        self.cases.execute(
            "INSERT INTO source_text VALUES (?, ?, ?)", (source, self.texts_file.tell(), len(raw))
        )
        self.texts_file.write(raw)
        out = [
            f'<TextSource guid="{source}" name={quoteattr(key)} '
            f'plainTextPath="internal://{source}.txt" creationDateTime="{self.created}">'
        ]
        for n, (code, start, end) in enumerate(selections):
            out.append(
                f'<PlainTextSelection guid="{guid(source, str(n))}" startPosition="{start}" '
                f'endPosition="{end}"><Coding guid="{guid(source, str(n), "coding")}">'
                f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
            )
        out.append("</TextSource>\n")
        self.sources.write("".join(out))
        self.cases.execute(
            "INSERT INTO case_source VALUES (?, ?, ?)",
            (self.case_name, json.dumps(self.case_values, ensure_ascii=False), source),
        )
        self.has_sources = True

    def close(self) -> list[Path]:
        self._flush()
        self.sources.close()
        qde = self.directory / "project.qde"
        with qde.open("w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n')
            title = label_in(self.model.title, self.options.lang, self.model.form_id)
            f.write(
                f'<Project xmlns="{_NS}" name={quoteattr(title)} origin="Chasqui" '
                f'creationDateTime="{self.created}">\n'
            )
            f.write(self._codebook())
            self._write_variables_and_cases(f)
            f.write("<Sources>\n" if self.has_sources else "")
            with self.sources_path.open(encoding="utf-8") as part:
                for line in part:
                    f.write(line)
            f.write("</Sources>\n" if self.has_sources else "")
            f.write("</Project>\n")
        self.sources_path.unlink()
        path = self.directory / f"{self.model.form_id}.qdpx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
            z.write(qde, "project.qde")
            self._write_texts(z)
        self.cases.close()
        return [path]

    def _write_texts(self, z: zipfile.ZipFile) -> None:
        """`Sources/<guid>.txt` for every source, in guid order, from the spool."""
        self.texts_file.flush()
        read = self.texts_file.read
        rows = self.cases.execute("SELECT guid, start, size FROM source_text ORDER BY guid")
        for source, start, size in rows:
            self.texts_file.seek(start)
            z.writestr(f"Sources/{source}.txt", read(size))
        self.texts_file.close()
        self.texts_path.unlink()

    def _codebook(self) -> str:
        sections: dict[str | None, list[Column]] = {}
        for _, column in self.texts:
            sections.setdefault(column.section, []).append(column)
        if not sections:
            return ""
        titles = {name: title for name, title, _ in self.model.sections}
        out = ["<CodeBook><Codes>"]
        for section, columns in sections.items():
            name = label_in(titles.get(section or "", {}), self.options.lang, section or "form")
            out.append(
                f'<Code guid="{guid(self.model.form_id, "section", section or "")}" '
                f'name={quoteattr(name)} isCodable="true">'
            )
            for column in columns:
                out.append(
                    f'<Code guid="{self._code_id(column)}" name={quoteattr(self._prompt(column))} '
                    f'isCodable="true"><Description>{escape("/".join(column.path))}</Description>'
                    "</Code>"
                )
            out.append("</Code>")
        out.append("</Codes></CodeBook>\n")
        return "".join(out)

    def _write_variables_and_cases(self, f: TextIO) -> None:
        if not self.has_sources:
            return
        names = [c.name for c in self.case_vars] + ["form"]
        variables = {n: guid(self.model.form_id, "variable", n) for n in names}
        f.write("<Variables>")
        for n, g in variables.items():
            f.write(f'<Variable guid="{g}" name={quoteattr(n)} typeOfVariable="Text"/>')
        f.write("</Variables>\n<Cases>")
        self.cases.execute("CREATE INDEX case_order ON case_source (name)")  # then rowid
        rows = self.cases.execute(
            "SELECT name, case_values, source FROM case_source ORDER BY name, rowid"
        )
        for name, group in groupby(rows, key=lambda r: r[0]):
            first = next(group)
            values = json.loads(first[1])
            f.write(
                f'<Case guid="{guid(self.model.form_id, "case", name)}" name={quoteattr(name)}>'
            )
            for n, g in variables.items():
                f.write(
                    f'<VariableValue><VariableRef targetGUID="{g}"/>'
                    f"<TextValue>{escape(values.get(n, ''))}</TextValue></VariableValue>"
                )
            for _, _, source in [first, *group]:
                f.write(f'<SourceRef targetGUID="{source}"/>')
            f.write("</Case>")
        f.write("</Cases>\n")
