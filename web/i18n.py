"""Pure: the web app's words in Spanish and English, and numbers and dates in the locale.

Every key exists in both catalogs (a test checks it). Templates call `t(key, **kw)`,
bound to the person's language by `api/pages/session.render`. Codes the server shows
(review states, flags, problem codes) are keys too, so a page never prints a raw code.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Final

from web import catalogs

LANGUAGES: Final = ("es", "en")
DEFAULT_LANG: Final = "es"


def _load() -> dict[str, dict[str, str]]:
    """Merge every module of web/catalogs (one per area of the app) into one catalog a language.

    Each module holds `ES` and `EN` dicts; a key defined by two modules is a mistake.
    """
    merged: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for info in sorted(pkgutil.iter_modules(catalogs.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{catalogs.__name__}.{info.name}")
        for lang in LANGUAGES:
            part: Mapping[str, str] = getattr(module, lang.upper())
            clash = merged[lang].keys() & part.keys()
            if clash:
                raise ValueError(f"keys defined twice in web/catalogs: {sorted(clash)}")
            merged[lang].update(part)
    return merged


CATALOGS: Final[Mapping[str, Mapping[str, str]]] = _load()
ES: Final = CATALOGS["es"]
EN: Final = CATALOGS["en"]


def normalize_lang(value: str | None) -> str | None:
    """'es', 'en' or None for anything else ('en-GB' counts as 'en')."""
    if not value:
        return None
    head = value.strip().lower().replace("_", "-").split("-")[0]
    return head if head in CATALOGS else None


def lang_from_accept(header: str | None) -> str:
    """The first supported language an Accept-Language header prefers, else Spanish."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((header or "").split(",")):
        tag, _, params = part.partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if (lang := normalize_lang(tag)) is not None and quality > 0:
            ranked.append((-quality, index, lang))
    return min(ranked)[2] if ranked else DEFAULT_LANG


def t(lang: str, key: str, **kw: object) -> str:
    """The text for `key` in `lang` (Spanish when missing there), with `{name}` filled in."""
    text = CATALOGS.get(lang, ES).get(key) or ES.get(key)
    if text is None:
        return key  # a missing key shows itself in tests rather than breaking a page
    return text.format(**kw) if kw else text


def has(lang: str, key: str) -> bool:
    return key in CATALOGS.get(lang, ES)


def format_number(lang: str, value: float) -> str:
    """1234.5 -> '1 234,5' (es) or '1,234.5' (en)."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    if lang == "es":
        return text.replace(",", "\u202f").replace(".", ",")
    return text


_MONTHS: Final = {
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_datetime(lang: str, value: datetime | None, zone: tzinfo) -> str:
    """A moment as a person in the study's time zone reads it: '30 nov 2026, 14:05'."""
    if value is None:
        return "—"
    local = value.astimezone(zone)
    month = _MONTHS.get(lang, _MONTHS["es"])[local.month - 1]
    if lang == "en":
        return f"{month} {local.day}, {local.year}, {local:%H:%M}"
    return f"{local.day} {month} {local.year}, {local:%H:%M}"
