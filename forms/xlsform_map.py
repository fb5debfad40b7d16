"""Pure: how XLSForm concepts map to Chasqui's (types, languages, expressions, privacy).

Kept apart from `forms.xlsform`, which drives pyxform and walks its output, so
each mapping table can be read and tested on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any, Final

from forms.expr import ExpressionError, parse

# XLSForm type (as pyxform's JSON spells it) -> x-kind.
KINDS: Final[Mapping[str, str]] = {
    "text": "text",
    "string": "text",
    "barcode": "text",
    "integer": "integer",
    "int": "integer",
    "decimal": "decimal",
    "range": "decimal",
    "select one": "select_one",
    "select all that apply": "select_multiple",
    "date": "date",
    "datetime": "datetime",
    "dateTime": "datetime",
    "time": "time",
    "geopoint": "geopoint",
    "photo": "photo",
    "image": "photo",
    "audio": "audio",
    "video": "video",
    "file": "file",
    "acknowledge": "boolean",
    "trigger": "boolean",
    "note": "note",
}
# Device metadata pyxform adds as questions; they are sync metadata for us.
METADATA_TYPES: Final = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "simserial",
        "subscriberid",
        "phonenumber",
        "email",
        "audit",
        "start-geopoint",
        "background-audio",
    }
)
_LANGUAGE_NAMES: Final[Mapping[str, str]] = {
    "english": "en",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "quechua": "qu",
    "runasimi": "qu",
    "portuguese": "pt",
    "português": "pt",
    "arabic": "ar",
    "العربية": "ar",
    "german": "de",
    "deutsch": "de",
    "swahili": "sw",
    "kiswahili": "sw",
    "indonesian": "id",
    "bahasa": "id",
    "tigrinya": "ti",
    "amharic": "am",
    "oromiffa": "om",
    "oromo": "om",
    "aymara": "ay",
}
_CODE_IN_NAME: Final = re.compile(r"\(([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\)\s*$")


def language_code(name: str) -> str | None:
    """Return the language code of an XLSForm language name, e.g. 'Español (es)' -> 'es'."""
    match = _CODE_IN_NAME.search(name)
    if match:
        return match.group(1)
    return _LANGUAGE_NAMES.get(name.strip().lower())


_DIRECT: Final = (
    (
        re.compile(
            r"phone|tel[eé]f|\btelf?\b|\btlf\b|mobile|m[oó]vil|celular|\bcel\b|cell|"
            r"whats?app|\bfono\b|n[uú]mero de contacto|contact_?number"
        ),
        "phone",
    ),
    (re.compile(r"e-?mail|correo|\bmail\b"), "email"),
    (
        re.compile(
            r"\bdni\b|national_?id|id_?num|passport|pasaporte|cedula|c[eé]dula|documento|"
            r"\bdoc_|\bnum_?doc|\bruc\b|\brut\b|\bnie\b|carn[eé]t?|\bce\b|\bssn\b|"
            r"social security|codice fiscale|codice_fiscale|\bid number|identidad"
        ),
        "national_id",
    ),
    (
        re.compile(
            r"address|direcci[oó]n|domicilio|adresse|\bcalle\b|street|avenida|\bjir[oó]n\b|"
            r"manzana|\blote\b|residencia|where do you live|d[oó]nde vive"
        ),
        "address",
    ),
    (re.compile(r"name|nombre|\bnom\b|apellido|surname|firstname|lastname|signature"), "person"),
)
_BIRTH: Final = re.compile(
    r"birth|nacimiento|\bnac\b|fecha_nac|f_nac|\bdob\b|cumplea|naci[oó]|born|\bnacid[oa]"
)
_QUASI: Final = re.compile(
    r"\bage\b|^age|edad|\bsex|gender|g[eé]nero|village|comunidad|district|distrito|provinc|"
    r"region|ethnic|religion|marital|civil|occupation|ocupaci"
)
_FREE_TEXT_KINDS: Final = frozenset({"text", "long_text"})
_MEDIA_KINDS: Final = frozenset({"photo", "audio", "video", "file"})
# Kinds whose answer is a choice, not the identifier itself ("has a phone? yes/no").
_CHOICE_KINDS: Final = frozenset({"select_one", "select_multiple"})


def guess_privacy(name: str, kind: str, *, label: str = "") -> tuple[str, dict[str, Any] | None]:
    """Guess a privacy class conservatively from a field's name, label and kind.

    Over-protecting costs a person's confirmation; under-protecting could
    store an identifier, so every doubt goes to the stricter class. A field named or
    labelled like a phone, an ID, an e-mail, an address or a date of birth is never
    guessed ``none``: typed as a number or a date it is still the identifier, and as a
    choice it is at least a quasi-identifier.
    """
    lowered = _fold(f"{name} {label}".replace("_", " ") + " " + name)
    if _BIRTH.search(lowered):
        return "quasi", ({"generalize": "year"} if kind in ("date", "datetime") else None)
    for pattern, entity in _DIRECT:
        if pattern.search(lowered):
            if kind in _CHOICE_KINDS:
                return "quasi", None
            return "direct", {"action": "drop", "entity": entity}
    if kind in _MEDIA_KINDS:
        return "direct", {"action": "drop", "entity": "other"}
    if kind == "geopoint":
        return "quasi", {"generalize": "gps", "precision": 2}
    if _QUASI.search(lowered):
        return "quasi", None
    if kind in _FREE_TEXT_KINDS:
        return "free_text", None
    return "none", None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_EMPTY_COMPARISON: Final = re.compile(r"(\$\{[^}]+\})\s*(!?=)\s*(''|\"\")")
_SELF: Final = re.compile(r"(?<![\w.$'\"}])\.(?![\w.])")
_XPATH_BOOLEANS: Final = re.compile(r"\b(true|false)\(\)")
_NOT_CALL: Final = re.compile(r"\bnot\s*\(")
# XPath function names our language spells with '_' (its words have no '-').
_RENAMED_FUNCTIONS: Final = re.compile(r"\b(indexed-repeat|count-selected|selected-at)\s*\(")
_POSITION: Final = re.compile(r"\bposition\s*\(\s*\.\.\s*\)")


def translate_expression(text: str, *, self_name: str) -> str | None:
    """Translate a simple XLSForm (XPath) expression into ours, or None if it cannot be.

    Handled: ``${x}``, comparisons, and/or/not(), ``selected()``, ``count()``,
    ``true()``/``false()``, ``.`` for the field itself, and ``${x} != ''`` meaning
    "answered". Arithmetic, string functions, dates and ``pulldata`` are not.
    """
    translated = _EMPTY_COMPARISON.sub(
        lambda m: (
            f"answered({m.group(1)})" if m.group(2) == "!=" else f"not answered({m.group(1)})"
        ),
        text.strip(),
    )
    translated = _RENAMED_FUNCTIONS.sub(lambda m: m.group(1).replace("-", "_") + "(", translated)
    translated = _POSITION.sub("position()", translated)
    translated = _XPATH_BOOLEANS.sub(lambda m: m.group(1), translated)
    translated = _NOT_CALL.sub("not (", translated)
    translated = _SELF.sub("${" + self_name + "}", translated)
    try:
        parse(translated)
    except ExpressionError:
        return None
    return translated


def is_required(bind: Mapping[str, Any]) -> bool | None:
    """Return True/False for a literal XLSForm ``required``, None for an expression."""
    value = str(bind.get("required", "")).strip().lower()
    if value in ("", "no", "false", "false()", "0"):
        return False
    if value in ("yes", "true", "true()", "1"):
        return True
    return None


def slug(text: str, *, fallback: str) -> str:
    """Make a form_id from a title or file name (lowercase, ASCII, '_')."""
    cleaned = re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_")
    cleaned = re.sub(r"^[^a-z]+", "", cleaned)[:64]
    return cleaned or fallback
