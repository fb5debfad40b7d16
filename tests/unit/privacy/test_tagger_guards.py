"""The tagger's guards by class: what a model run is made of, or stands after, says
whether it can be an identifier, whatever the shipped weights guess."""

from __future__ import annotations

import pytest

from privacy.normalize import split_words
from privacy.tagger import CLASSES, _name_start, _not_an_identifier


def guarded(text: str, run: str, cls: str) -> bool:
    """Whether a model run of class ``cls`` over the words of ``run`` in ``text`` is
    dropped."""
    words = split_words(text)
    start = text.index(run)
    first = words.starts.index(start)
    last = words.ends.index(start + len(run))
    return _not_an_identifier(words, first, last, CLASSES.index(cls))


# (text, run, class): runs that are no identifier.
DROPPED = {
    "price-list": ("Los precios fueron 120 – 150 – 180 – 200.", "150", "CONTACT"),
    "count": ("El número de familias es 1200.", "1200", "CONTACT"),
    "date-piece": ("La reunión fue el 12.03.2019 en la plaza.", "03", "ID"),
    "norm-number": ("El decreto 006-2020-MIMP lo dice.", "006-2020-MIMP", "ID"),
    "year-as-street": ("Entre 1990 – 2000 migraron.", "1990", "ADDR"),
    "kin-plural": ("Mis Hijos y Hermanos viven en Lima.", "Hijos", "ORG"),
    "common-word-org": ("La Paz está lejos.", "Paz", "ORG"),
    "foreign-title": ("Ganó Miss Perú.", "Miss", "ORG"),
    "adverb-person": ("Bueno. Ayer Transportes Wayra me pagó.", "Ayer", "PER"),
    "place-person": ("Llegó de Huancayo ayer.", "Huancayo", "PER"),
    "public-name": ("Cobra Pensión 65 cada mes.", "Pensión 65", "ORG"),
    "village-not-street": ("Vivo en Valle Hermoso desde niño.", "Valle Hermoso", "ADDR"),
    "field-label": ("Nombre: Rosa Elvira\nDomicilio: Lima", "Domicilio", "PER"),
    "market-name": ("Trabaja en el Mercado Modelo de Huancayo.", "Mercado Modelo", "PER"),
    "after-market": ("Trabaja en el Mercado Modelo de Huancayo.", "Modelo", "PER"),
    "programme-name": ("Tienen su Bono Juancito Pinto.", "Juancito Pinto", "PER"),
    "field-of-study-after-opening-verb": ("Estudio Ingeniería Civil en Huancayo.", "Civil", "ORG"),
    "field-of-study-after-verb": (
        "Mi hija estudia Enfermería Técnica.",
        "Enfermería Técnica",
        "ORG",
    ),
    "field-of-study-after-carrera-de": (
        "Sigue la carrera de Ingeniería de Minas.",
        "Ingeniería de Minas",
        "ORG",
    ),
    "place-of-living-split-by-class": ("Ahora vivo en Valle Hermoso con ella.", "Hermoso", "ORG"),
    "place-of-birth": ("Nació en Santa Rosa de Ocopa.", "Santa Rosa de Ocopa", "ADDR"),
    "market-org": ("Trabaja en el Mercado Modelo de Huancayo.", "Modelo", "ORG"),
    "market-org-whole": ("Vende en el Mercado Modelo.", "Mercado Modelo", "ORG"),
    "other-name-of-a-public-body": (
        "El MRTA, el Túpac Amaru, entró en 1989.",
        "Túpac Amaru",
        "ORG",
    ),
    "street-without-number": ("Cobro en el Jirón Virrey Toledo. Acá no.", "Virrey Toledo", "ORG"),
    "road-without-number": (
        "Saliendo de la Vía Los Libertadores...",
        "Vía Los Libertadores",
        "ADDR",
    ),
    "port-town-as-person": ("Me fui por Puerto Maldonado, a pie.", "Puerto Maldonado", "PER"),
    "place-cut-after-its-head": ("volvió de Puerto Maldonado, sin nada.", "Puerto", "ORG"),
}

# The same classes where the run is an identifier: kept.
KEPT = {
    "mobile-in-groups": ("Llámeme al 964 123 456, ya.", "123 456", "CONTACT"),
    "dni": ("Su DNI es 45678912.", "45678912", "ID"),
    "email": ("Escriba a rosa@gmail.com mañana.", "rosa@gmail.com", "CONTACT"),
    "street-with-number": ("Vive en Jr. Ayacucho 123, Huancayo.", "Ayacucho 123", "ADDR"),
    "firm": ("Trabajo en Transportes Wayra.", "Transportes Wayra", "ORG"),
    "person-with-common-words": ("Vino Rosa Flores ayer.", "Rosa Flores", "PER"),
    "weekday-name": ("Domingo Quispe vino.", "Domingo", "PER"),
    "person-after-article": ("la Mila siempre viene.", "Mila", "PER"),
    "value-after-label": ("Nombre: Rosa Elvira\nDomicilio: Lima", "Rosa Elvira", "PER"),
    "person-after-lowercase-noun": ("Fue al mercado con Teodora.", "Teodora", "PER"),
    "org-with-common-word": ("La Cooperativa Flor de Mayo vende.", "Cooperativa Flor", "ORG"),
    "school-after-study-verb-and-en": (
        "Estudia en Cibertec Huancayo desde marzo.",
        "Cibertec Huancayo",
        "ORG",
    ),
    "person-after-study-verb": ("Con ella estudia Rosa Quispe.", "Rosa Quispe", "PER"),
    "employer-after-work-verb-and-en": (
        "Trabajo en Valle Hermoso SAC.",
        "Valle Hermoso SAC",
        "ORG",
    ),
    "street-with-number-after-live-verb": ("Vive en Libertad 1493.", "Libertad 1493", "ADDR"),
    "shop-named-like-a-square": ("Trabajo en la Plaza Vea de Ate.", "Vea", "ORG"),
    "org-after-a-private-acronym": ("La ADECAP, Sumaq Kawsay, nos ayudó.", "Sumaq Kawsay", "ORG"),
    "street-name-before-its-number": (
        "Vive en el Jirón Virrey Toledo 345.",
        "Virrey Toledo",
        "ADDR",
    ),
    "street-name-before-number-sign": ("Vive en Jr. Manco Cápac N° 233.", "Manco Cápac", "ADDR"),
    "person-after-place-noun-lowercase": ("Vino del puerto Rosa Quispe.", "Rosa Quispe", "PER"),
    "given-name-before-surname": ("Vino Rosa Flores ayer.", "Rosa", "PER"),
}


@pytest.mark.parametrize(("text", "run", "cls"), DROPPED.values(), ids=DROPPED.keys())
def test_a_run_of_that_class_is_no_identifier(text: str, run: str, cls: str) -> None:
    assert guarded(text, run, cls)


@pytest.mark.parametrize(("text", "run", "cls"), KEPT.values(), ids=KEPT.keys())
def test_an_identifier_of_that_class_is_kept(text: str, run: str, cls: str) -> None:
    assert not guarded(text, run, cls)


@pytest.mark.parametrize(
    ("text", "first", "start"),
    [
        ("vive en Valle Hermoso", 3, 2),
        ("Estudio Ingeniería Civil", 2, 0),
        # A long capitalized stretch is walked back no further than a name is long:
        # once per run it would make a title-case page quadratic.
        (" ".join(["Wayta"] * 30), 29, 21),
    ],
)
def test_the_stretch_before_a_run_is_bounded(text: str, first: int, start: int) -> None:
    assert _name_start(split_words(text), first) == start
