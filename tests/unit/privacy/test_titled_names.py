"""A lowercase name right after a title (`privacy.titled_names`), and lowercase firms
named in a transcript typed without punctuation (`privacy.lower_headed`). Kept: what
follows a title in a sentence, a kind said alone."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_surname_after_doctor": (
        "la señora se llamaba beatriz y su esposo el doctor larrea yo cuidaba a su bebe",
        ["larrea"],
    ),
    "a_surname_after_senor_before_que": (
        "la leche la vendo a la planta y otra parte al señor guillen que viene en su camioneta",
        ["guillen"],
    ),
    "a_firm_in_a_transcript_without_punctuation": (
        "e: y donde trabaja\nmi hijo trabaja en la agroexportadora huacachina del sur el sueldo "
        "es cincuenta y cinco diario y mi hija estudia en el instituto contable andino en "
        "huancayo ella quiere ser contadora pues eso dice siempre cuando viene",
        ["huacachina", "contable andino"],
    ),
}

KEPT = {
    "what_follows_a_title": (
        "el señor que vino dijo que la doctora no estaba y el ingeniero agronomo tampoco la "
        "señora mayor y el profe nuevo",
        ["señor que vino", "ingeniero agronomo", "señora mayor", "profe nuevo"],
    ),
    "a_kind_said_alone_without_punctuation": (
        "e: y donde trabaja\nmi hijo trabaja en la empresa paga poco pero es seguro y mi hija "
        "estudia en el instituto de huancayo ella quiere ser contadora pues eso dice siempre "
        "cuando viene a la casa",
        ["empresa paga poco", "instituto de huancayo"],
    ),
}

test_name_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
