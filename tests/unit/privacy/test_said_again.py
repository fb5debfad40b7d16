"""Identity numbers said again in the same answer (`privacy.said_again`): a number grouped
like a figure with as many digits as an ID already found, far from any cue ("el de mi
esposa... acá lo tengo apuntado... 45 190 736"), dotted as abroad ("tiene el
93.664.281"). Left: money and quantities of the same length, numbers of another length,
and grouped figures in answers that gave no ID."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_wife_s_after_a_digression": (
        "El mío es 41728305, el de mi esposa... espere, acá lo tengo apuntado en el "
        "cuaderno... 45 190 736, y de los chicos igual.",
        ["45 190 736", "190 736"],
    ),
    "dotted_like_abroad": (
        "Mi DNI es 41728305. Mi señora tiene el 93.664.281, ella llegó antes a Buenos Aires.",
        ["93.664.281"],
    ),
}

KEPT = {
    "money_of_the_same_length": (
        "Mi DNI es 41728305. La obra costó 12 450 000 soles y nadie vio nada.",
        ["12 450 000"],
    ),
    "money_with_its_sign": (
        "Mi DNI es 41728305. El presupuesto fue S/ 12 450 000 para tres años.",
        ["12 450 000"],
    ),
    "another_length": (
        "Mi DNI es 41728305. En la región somos 1 234 567 según el censo.",
        ["1 234 567"],
    ),
    "no_id_given": (
        "La población llegó a 12 345 678 en el último censo del país.",
        ["12 345 678"],
    ),
}

test_id_is_gone, test_figure_is_kept = gone_and_kept(GONE, KEPT)
