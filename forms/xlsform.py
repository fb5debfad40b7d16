"""Pure: import an XLSForm spreadsheet as a draft Chasqui form.

pyxform (the reference XLSForm implementation) parses and checks the workbook,
including its XForm stage, so we accept exactly what ODK tools accept. We then
walk pyxform's JSON and build our document. Nothing is dropped silently:
whatever we cannot represent (calculate, pulldata, select_one_from_file,
geotrace, repeat_count, untranslatable expressions...) is reported in
`XlsFormImport.issues` with its row and name, and every privacy class that was
guessed is reported too so a person confirms it. An optional ``privacy`` column
in the survey sheet (direct, quasi, free_text, none) states the class instead.

Fatal problems raise `XlsFormError` with a stable code and a message that names
rows and fields but never quotes cell contents beyond pyxform's own message.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Final

from forms.xlsform_build import Builder, ImportIssue

__all__ = ["ImportIssue", "XlsFormError", "XlsFormImport", "convert_xlsform"]

MAX_BYTES: Final = 20 * 1024 * 1024
_MAGIC: Final = {".xlsx": b"PK\x03\x04", ".xlsm": b"PK\x03\x04", ".xls": b"\xd0\xcf\x11\xe0"}


class XlsFormError(Exception):
    """A workbook that cannot be imported at all; ``code`` is stable, ``message`` English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class XlsFormImport:
    """A draft form built from an XLSForm, with what a person must review."""

    document: dict[str, Any]
    issues: tuple[ImportIssue, ...]
    warnings: tuple[str, ...]

    @property
    def form_id(self) -> str:
        form_id: str = self.document["x-form"]["form_id"]
        return form_id


def convert_xlsform(content: bytes, *, filename: str) -> XlsFormImport:
    """Convert XLSForm bytes to a draft form document, or raise XlsFormError."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in _MAGIC:
        raise XlsFormError("xlsform.unsupported_file", "upload an .xlsx, .xlsm or .xls workbook")
    if len(content) > MAX_BYTES:
        raise XlsFormError("xlsform.too_large", f"the workbook is larger than {MAX_BYTES} bytes")
    if not content.startswith(_MAGIC[suffix]):
        raise XlsFormError(
            "xlsform.unreadable", "the file is not a readable spreadsheet (corrupt or not Excel)"
        )
    survey, rows, settings, pyxform_warnings = _run_pyxform(content, suffix)
    try:
        builder = Builder(rows=rows, settings=settings, filename=filename)
        document = builder.build(survey)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        # pyxform accepted the form but its JSON surprised us: still no raw exception.
        raise XlsFormError(
            "xlsform.conversion_failed",
            f"the form could not be converted ({type(error).__name__}); please report it",
        ) from None
    return XlsFormImport(document, tuple(builder.issues), tuple(pyxform_warnings))


def _run_pyxform(
    content: bytes, suffix: str
) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any], list[str]]:
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    collected: list[str] = []
    try:
        # openpyxl and pyxform emit Python warnings on odd workbooks; they are
        # reported as import warnings, never raised (pytest runs warnings=error).
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            definition = get_xlsform(io.BytesIO(content), file_type=suffix)
            rows = [dict(row) for row in definition.survey]
            settings = dict(definition.settings[0]) if definition.settings else {}
            survey = workbook_to_json(
                workbook_dict=definition,
                fallback_form_name=definition.fallback_form_name,
                warnings=collected,
            )
            create_survey_element_from_dict(survey).to_xml(validate=False, warnings=collected)
    except PyXFormError as error:
        raise _pyxform_error(str(error)) from None
    except RecursionError:
        raise XlsFormError("xlsform.too_complex", "the form is nested too deeply") from None
    except Exception as error:  # pyxform can crash (AttributeError...): never leak it
        raise XlsFormError(
            "xlsform.converter_failed",
            "the XLSForm converter (pyxform) failed on this workbook "
            f"({type(error).__name__}); check that it opens in a spreadsheet program and "
            "follows the XLSForm specification",
        ) from None
    collected.extend(str(w.message) for w in caught)
    return survey, rows, settings, sorted(set(collected))


def _pyxform_error(message: str) -> XlsFormError:
    first = " ".join(message.split())[:400]
    if "sheet named 'survey'" in message:
        return XlsFormError("xlsform.no_survey_sheet", "the workbook has no 'survey' sheet")
    if "not recognized as a supported type" in message:
        return XlsFormError("xlsform.unreadable", "the file is not a readable spreadsheet")
    return XlsFormError("xlsform.invalid", f"the XLSForm is invalid: {first}")
