"""Addresses, fourteenth pass: the floor told by its ordinal in words before the town,
Italian and Portuguese street names joined by "di", "da", "dos", a lowercase district run
on after the house number with no comma, and a lowercase Italian or Catalan street word
running on into its town."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "floor-in-words-then-town": (
        "El local está en Av. Ferrocarril 1240, tercer piso, Huancayo. Ahí atendemos.",
        ["Ferrocarril", "1240", "Huancayo"],
    ),
    "floor-in-words-first-then-town": (
        "La oficina queda en Jr. Ayacucho 318, primer piso, Jauja, al costado.",
        ["Ayacucho", "318", "Jauja"],
    ),
    "italian-name-with-di": (
        "Trabajé en el edificio de Via Giovanni di Breganze 45, Milano, de portera.",
        ["Giovanni", "Breganze", "45"],
    ),
    "portuguese-name-with-da": (
        "Ella vivía en Rua Padre Manuel da Nóbrega 310, Santos, con su tía.",
        ["Manuel", "Nóbrega", "310"],
    ),
    "lower-district-run-on-con": (
        "vivia en pasaje las violetas 2231 maipu con mi cuñado que es de huancayo",
        ["violetas", "2231", "maipu"],
    ),
    "lower-district-two-words-run-on-verb": (
        "estamos en calle los cedros 845 lo espejo tenemos un cuartito",
        ["cedros", "845", "espejo"],
    ),
    "lower-rua-house-then-district": (
        "morava na rua tres rios 118 casa 2 lapa con otros bolivianos",
        ["tres rios", "118", "lapa"],
    ),
    "lower-viale-town-run-on": (
        "mi prima vive en viale certosa 88 torino con su esposo",
        ["certosa", "88", "torino"],
    ),
    "lower-carrer-town-run-on": (
        "vivimos en carrer de la marina 210 badalona con mis hijos",
        ["marina", "210", "badalona"],
    ),
}

KEPT = {
    "floor-alone-is-not-an-address": (
        "La reunión fue en el segundo piso, Huancavelica, del local comunal.",
        ["segundo piso", "Huancavelica"],
    ),
    "run-on-how-long": (
        "vivo en calle los pinos 245 harto tiempo con mi hija",
        ["harto tiempo"],
    ),
    "run-on-how-many-years": (
        "vivi en pasaje los olivos 330 varios años con mi señora",
        ["varios años"],
    ),
    "run-on-how-alone": (
        "vivo en calle las flores 120 alquilado con mi hermano",
        ["alquilado"],
    ),
    "run-on-when": (
        "vivo en calle los pinos 245 desde el 2010 con mi hija",
        ["desde el 2010"],
    ),
    "run-on-a-verb": (
        "vivo en calle los pinos 245 hace dos años con mi hija",
        ["hace dos años"],
    ),
    "piazza-count": ("en la piazza mayor 20 minutos con ella", ["20 minutos"]),
    "piazza-times": ("fuimos a la piazza 3 veces con ella", ["3 veces"]),
    "corso-carnival": (
        "fuimos al corso de carnaval 2 veces con los niños",
        ["corso de carnaval 2 veces"],
    ),
    "by-way-of": ("lo mandamos por via aerea 2 veces con la agencia", ["via aerea 2 veces"]),
    "amount-after-street": (
        "en la calle principal 300 soles con mi cuñado",
        ["calle principal 300 soles"],
    ),
}

test_addresses_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
