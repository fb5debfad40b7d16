"""ID numbers told apart from their cue: a code told as "mine" after the sentence that
names its registry ("cada socio tiene su código, por ejemplo el mío es …"), a dotted DNI
after "DNI de cada uno", a code after "fotocheck, el", a short code with a zero first;
and the numbers of the same shape that stay: years, ranks, prices, sums and models, or a
"mío" with no registry before it. Examples written for these tests.
"""

from __future__ import annotations

import pytest

from privacy import scrub_for_cli

GONE = {
    "member-code-after-example": (
        "En la cooperativa cada socio tiene su código, por ejemplo el mío es COAP-118.",
        "COAP-118",
    ),
    "carne-then-mine-lowercase": (
        "nos dieron carné a todos, el mio era jt-2290 y el de mi cuñado otro",
        "jt-2290",
    ),
    "employee-number-long": (
        "En la fábrica te dan tu número de trabajador. El mío fue 00731942, nunca lo olvido.",
        "00731942",
    ),
    "fotocheck-hers": (
        "Con el fotocheck entras a la planta; el suyo es PL-4471, el de mi esposa.",
        "PL-4471",
    ),
    "registry-two-sentences-back": (
        "Para el padrón nos inscribieron a todos. Hicimos cola toda la mañana. La mía es RV 20931.",
        "20931",
    ),
    "dotted-dni-of-another": (
        "Pedimos el DNI de todos los socios. El de la tesorera es 38.114.905, ya está.",
        "114",
    ),
    "comma-then-article": ("Al entrar te dan tu carné, el 30471, y con eso marcas.", "30471"),
    "zero-first-member": ("en la asociación yo soy socia número 014 desde el inicio", "014"),
}

KEPT = {
    "dotted-sum-in-soles": (
        "Con su DNI cobran el bono; el proyecto costó 2.450.000 soles en total.",
        "2.450.000",
    ),
    "dotted-sum-no-registry": ("La obra salió 3.200.000, una plata grande.", "3.200.000"),
    "rank-after-numero": ("En la lista de espera somos el número 12 todavía.", "12"),
    "year-after-carne-comma": ("Mi carné, el 2015 me lo dieron en Ica.", "2015"),
    "year-after-mine": ("Cada uno tiene su código del año, el mío es 2019, cuando entré.", "2019"),
    "rank-after-mine": ("Nos dieron un número de turno y el mío era el 3.", "3"),
    "price-after-mine": ("El carné cuesta, el mío fue 1500 soles con todo.", "1500"),
    "no-registry-before": ("Todos tienen celular; el mío es un A-12 viejito.", "A-12"),
    "mine-without-code": ("El número es difícil de recordar, el mío es corto.", "corto"),
}


@pytest.mark.parametrize(("text", "value"), GONE.values(), ids=GONE.keys())
def test_code_told_as_mine_is_gone(text: str, value: str) -> None:
    assert value not in scrub_for_cli(text)


@pytest.mark.parametrize(("text", "value"), KEPT.values(), ids=KEPT.keys())
def test_look_alike_after_mine_stays(text: str, value: str) -> None:
    assert value in scrub_for_cli(text)
