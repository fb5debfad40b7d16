"""Numbers found in pieces (`privacy.said_again`, `privacy.spoken`): a number dictated
with a filler in a pause ('cuatro ocho... eh... nueve, uno'), two pieces joined by a
correction ('cero cuarenta y siete... no, cero cuarenta y dos'), a digit group typed one
space from a number found or the capital that opens it ('A 214 587 309', 'R4827 6103'),
and digits dictated in Quechua.
Kept: a count said with a filler, amounts and years beside a number, two numbers told
one after the other, and Quechua number words that count."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_filler_in_a_pause": (
        "Y ella dice dos, cero, cuatro... cuatro ocho... eh... nueve, uno, cinco, tres, y se olvida.",
        ["cuatro", "eh", "nueve", "tres"],
    ),
    "a_correction_between_pieces": (
        "Su número es nueve ocho uno, tres tres cero, cero cuarenta y siete... no, cero "
        "cuarenta y dos, eso.",
        ["siete", "cuarenta y dos", "no,"],
    ),
    "a_resident_card_in_groups": (
        "Su green card decía A 214 587 309, eso recuerdo.",
        ["A 214", "214", "309"],
    ),
    "a_visa_with_a_group_after": (
        "Su visa número R4827 6103, no sé si está bien.",
        ["R4827", "6103"],
    ),
    "digits_in_quechua": (
        "Su número, para no olvidar: huk, iskay, chusaq, huk, pichqa, pichqa, pichqa, chusaq, "
        "huk. Así me enseñó.",
        ["iskay", "pichqa", "chusaq"],
    ),
}

KEPT = {
    "a_count_with_a_filler": (
        "Tengo tres... eh... cuatro hijos en Lima.",
        ["tres", "cuatro hijos"],
    ),
    "an_amount_after_a_phone": (
        "El número es 987 654 321 y 20 soles de recarga.",
        ["20 soles"],
    ),
    "a_price_in_groups": ("Le pagué 1 600 soles en 2019 por el terreno.", ["1 600 soles", "2019"]),
    "quechua_words_that_count": (
        "Huk runa, iskay warmi, kimsa wawa chayamurqanku.",
        ["Huk runa", "iskay warmi", "kimsa wawa"],
    ),
}

test_number_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
