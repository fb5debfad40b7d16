"""Pure tests of the web app's words: every key in both languages, negotiation, formats."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from web import i18n

TEMPLATES = Path(__file__).resolve().parents[2] / "web" / "templates"


def test_every_key_is_in_spanish_and_english():
    assert sorted(i18n.ES.keys() - i18n.EN.keys()) == [], "keys missing in English"
    assert sorted(i18n.EN.keys() - i18n.ES.keys()) == [], "keys missing in Spanish"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_fill_in_the_same_names():
    differ = [k for k in i18n.ES if _fields(i18n.ES[k]) != _fields(i18n.EN[k])]
    assert differ == []


def test_no_text_is_empty():
    assert [k for lang in i18n.LANGUAGES for k, v in i18n.CATALOGS[lang].items() if not v] == []


def test_every_literal_key_a_template_uses_exists():
    used = set()
    for page in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_.]+)["']\s*[,)]""", page.read_text()))
    assert sorted(used - i18n.ES.keys()) == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "es"),
        ("", "es"),
        ("en-GB,en;q=0.8", "en"),
        ("fr-FR,en;q=0.5,es;q=0.9", "es"),
        ("fr", "es"),
        ("es-PE", "es"),
        ("en;q=0", "es"),
        ("en;q=abc", "es"),
    ],
    ids=["none", "empty", "english", "ranked", "unsupported", "region", "zero-q", "bad-q"],
)
def test_accept_language_picks_the_preferred_supported_language(header, expected):
    assert i18n.lang_from_accept(header) == expected


def test_missing_key_falls_back_to_spanish_then_to_the_key():
    assert i18n.t("qu", "nav.interviews") == i18n.ES["nav.interviews"]
    assert i18n.t("en", "no.such.key") == "no.such.key"
    assert i18n.t("en", "login.throttled", seconds=3) == (
        "Too many failed logins. Try again in 3 seconds."
    )


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [("es", 1234, "1\u202f234"), ("en", 1234, "1,234"), ("es", 2.5, "2,5"), ("en", 2.5, "2.5")],
    ids=["es-int", "en-int", "es-float", "en-float"],
)
def test_numbers_in_the_locale(lang, value, expected):
    assert i18n.format_number(lang, value) == expected


def test_a_lima_evening_stays_on_its_day():
    # 20:30 in Lima is 01:30 UTC the next day: the page says the Lima day.
    moment = datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    assert i18n.format_datetime("es", moment, ZoneInfo("America/Lima")) == "30 nov 2026, 20:30"
    assert i18n.format_datetime("en", moment, ZoneInfo("America/Lima")) == "Nov 30, 2026, 20:30"
    assert i18n.format_datetime("en", None, ZoneInfo("America/Lima")) == "—"
