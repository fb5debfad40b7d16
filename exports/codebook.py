"""Pure: the codebook of a form across its versions, from the export table model.

It says, for every exported variable: its table, its name (and the Stata/SPSS
name), its question in each language, its kind and stored type, its choices with
their codes, its skip logic, its privacy class and what anonymization did to it
(pseudonym, age band, year only, rounded, scrubbed, dropped). Dropped fields are
listed too, so an analyst knows they exist and why they are absent.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from exports.layout import META_LABELS, Options, out_columns
from exports.model import TableModel
from exports.names import stata_names


class CodebookChoice(BaseModel):
    value: str
    code: int = Field(description="Integer code in Stata and SPSS files (stable across versions).")
    label: dict[str, str]


class CodebookVariable(BaseModel):
    table: str
    name: str
    stata_name: str | None = Field(description="Name in .dta and .sav files; null when dropped.")
    path: str = Field(description="The field's newest path in the form.")
    renamed_from: list[str] = Field(description="Older paths folded into this column.")
    label: dict[str, str] = Field(description="The question, per language.")
    kind: str
    value_type: str
    choices: list[CodebookChoice]
    relevant: str | None = Field(description="Skip logic: asked only when this holds.")
    section: str | None
    privacy: str
    transform: str = Field(
        description="none, pseudonym, age_band, year_only, rounded, scrubbed or dropped"
    )
    is_quasi_identifier: bool
    versions: list[int]


class CodebookTable(BaseModel):
    name: str
    parent: str | None
    label: dict[str, str]
    meta: dict[str, str] = Field(description="Meta columns and what they hold.")
    stata_names: dict[str, str] = Field(
        description="Every exported column (fields, meta columns, KEY and PARENT_KEY, "
        "split choices) and its name in .dta and .sav files."
    )


class Codebook(BaseModel):
    form_id: str
    title: dict[str, str]
    languages: list[str]
    versions: list[int]
    missing_codes: dict[str, str] = Field(
        description="How each missing marker is written: CSV/XLSX word, Stata, SPSS."
    )
    tables: list[CodebookTable]
    variables: list[CodebookVariable]


MISSING_CODES = {
    "refused": "CSV/XLSX 'refused'; Stata .a; SPSS -97 (user-missing); Parquet null",
    "dont_know": "CSV/XLSX 'dont_know'; Stata .b; SPSS -98 (user-missing); Parquet null",
    "not_asked": "CSV/XLSX 'not_asked'; Stata .c; SPSS -99 (user-missing); Parquet null",
}


def build_codebook(model: TableModel) -> Codebook:
    """Describe every variable of every table of the model."""
    tables, variables = [], []
    for table in model.tables:
        outs = out_columns(table, Options())
        names = stata_names(o.name for o in outs)
        split = stata_names(o.name for o in out_columns(table, Options(split_multiple=True)))
        meta = [o.name for o in outs if o.column is None]
        tables.append(
            CodebookTable(
                name=table.name,
                parent=table.parent,
                label=table.label,
                meta={m: META_LABELS[m] for m in meta},
                stata_names=names | {k: v for k, v in split.items() if k not in names},
            )
        )
        for column in table.columns:
            variables.append(
                CodebookVariable(
                    table=table.name,
                    name=column.name,
                    stata_name=None if column.is_dropped else names.get(column.name),
                    path="/" + "/".join(column.path),
                    renamed_from=["/" + "/".join(p) for p in column.old_paths],
                    label=column.label,
                    kind=column.kind,
                    value_type=column.value_type,
                    choices=[
                        CodebookChoice(value=c.value, code=c.code, label=c.label)
                        for c in column.choices
                    ],
                    relevant=column.relevant,
                    section=column.section,
                    privacy=column.privacy,
                    transform=column.transform,
                    is_quasi_identifier=column.is_quasi_key,
                    versions=list(column.versions),
                )
            )
    return Codebook(
        form_id=model.form_id,
        title=model.title,
        languages=list(model.languages),
        versions=list(model.versions),
        missing_codes=MISSING_CODES,
        tables=tables,
        variables=variables,
    )
