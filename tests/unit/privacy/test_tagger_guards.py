"""The tagger's guards by class: what a model run is made of, or stands after, says
whether it can be an identifier, whatever the shipped weights guess. Public bodies and
committees, months, compass points, bus lines, streets and villages named in talk are
no one's identifier; their look-alikes stay identifiers."""

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
    # A kind of public body, its field, or a committee of roles.
    "ministry-and-field": (
        "Nos visitó el Ministerio de Vivienda.",
        "Ministerio de Vivienda",
        "ORG",
    ),
    "field-after-ministry": ("Vino el Ministerio de Salud ayer.", "Salud", "ORG"),
    "adjective-of-a-union": ("La Unión Europea mandó técnicos.", "Europea", "ORG"),
    "public-service": ("Llamamos a Seguridad Ciudadana.", "Seguridad Ciudadana", "ORG"),
    "regional-government": ("Pedimos al Gobierno Regional.", "Gobierno Regional", "ORG"),
    "committee-of-parents": ("Como Padres de Familia exigimos.", "Padres de Familia", "ORG"),
    "committee-of-water-users": ("Los Usuarios de Riego se reúnen.", "Usuarios de Riego", "ORG"),
    "association-of-producers": ("La Asociación de Productores vende.", "Productores", "ORG"),
    "public-service-of-a-trade": ("Pasó Limpieza Pública temprano.", "Limpieza Pública", "ORG"),
    # A month taken for a person.
    "month-not-a-name": ("Llegamos en Marzo con la cosecha.", "Marzo", "PER"),
    "month-not-a-name-opening": ("Noviembre fue seco.", "Noviembre", "PER"),
    "month-name-after-en": ("Sembramos en Julio, antes de la helada.", "Julio", "PER"),
    "month-name-before-year": ("Abril de 2019 fue duro.", "Abril", "PER"),
    "month-name-at-end-of": ("A fines de Julio cosechamos.", "Julio", "PER"),
    # A compass point alone.
    "southern-zone": ("En la zona Sur no hay agua.", "Sur", "ORG"),
    "northern-cone": ("Se fue al Norte a trabajar.", "Norte", "ADDR"),
    "east-as-person": ("Del lado Oeste vienen.", "Oeste", "PER"),
    # Illnesses, the weather, the map.
    "illness-with-article": ("Estuvimos con la Dengue un mes.", "Dengue", "PER"),
    "frost": ("Nos malogró la Helada.", "Helada", "PER"),
    "map-words": ("Miramos el Trópico de Capricornio.", "Trópico", "ORG"),
    # A workplace by its kind alone, a saint, a series of numbers.
    "workplace-kind": ("En la Fábrica nos tratan mal.", "Fábrica", "ORG"),
    "saint-after-san": ("Para San Isidro sembramos.", "Isidro", "PER"),
    "saint-after-santa": ("Es devota de Santa Bárbara.", "Bárbara", "PER"),
    "score-series": ("ganamos 2-10-4 en vóley.", "2-10-4", "ADDR"),
    # A bus line one travels or sends by.
    "travel-by-line": ("Viajamos en Expreso Molina hasta Lima.", "Expreso Molina", "ORG"),
    "came-by-line": ("Vine por Turismo Central anoche.", "Turismo Central", "ORG"),
    "sent-by-line": ("Le mandé la encomienda en Flores Hermanos.", "Flores Hermanos", "ORG"),
    "bus-of-a-line": ("Subí al bus de Transportes Rojas.", "Transportes Rojas", "ORG"),
    # A street or place named in talk, without a number.
    "lowercase-street": ("Vive por la calle Los Álamos, cerca.", "Los Álamos", "ORG"),
    "lowercase-avenue": ("Camina por la avenida Mariscal Castilla.", "Mariscal Castilla", "PER"),
    "zone-named-alone": ("En la zona Virgen del Carmen hay agua.", "Virgen del", "ADDR"),
    "street-named-so": ("La calle se llamaba Las Retamas.", "Las Retamas", "ORG"),
    "village-named-so": ("El pueblo se llama Tres de Mayo.", "Tres de Mayo", "ORG"),
    "settlement-named-so": ("El barrio llamado Santa Anita creció.", "Santa Anita", "PER"),
    # A village by its Andean ending after a word of place.
    "village-pampa": ("En Huaychaupampa hacemos la faena.", "Huaychaupampa", "ORG"),
    "village-cocha": ("Venimos de Yanacocha Alta.", "Yanacocha", "ADDR"),
    "village-marca": ("Nos fuimos hasta Llacctamarca.", "Llacctamarca", "ORG"),
    "village-tambo": ("Vive en Chucotambo con sus hijos.", "Chucotambo", "ORG"),
    # A plural noun opening an answer or a sentence and going on as a phrase.
    "plural-noun-answer": ("Ferias de semillas", "Ferias", "PER"),
    "plural-noun-opening": ("Nos ayudan. Talleres y charlas hay.", "Talleres", "PER"),
    # A settlement's name after a word of place, opened by its head.
    "villa-after-los-de": ("Los de Villa Rica contrataron un camión.", "Villa Rica", "ORG"),
    "tail-of-a-district": ("Me recibe en Villa María del Triunfo.", "Triunfo", "ADDR"),
    "district-after-opening-en": ("En Villa María del Triunfo vendo.", "Triunfo", "ADDR"),
    "alto-after-desde": ("Bajamos desde Alto Huayllay temprano.", "Alto Huayllay", "ORG"),
    "nueva-after-a": ("Se mudaron a Nueva Esperanza.", "Nueva Esperanza", "ORG"),
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
    # Look-alikes of the classes below: public bodies, months, lines, streets, villages.
    "ngo-with-a-name": ("Trabaja en la Asociación Manos Unidas.", "Manos Unidas", "ORG"),
    "cooperative-with-a-saint-and-name": (
        "La Cooperativa Agraria Santa Rosa vende café.",
        "Cooperativa Agraria Santa Rosa",
        "ORG",
    ),
    "farm-of-allow-listed-words": ("A los de Santa Fe nos conviene.", "Santa Fe", "ORG"),
    "month-given-name-alone": ("Le avisé a Julio, mi primo.", "Julio", "PER"),
    "month-given-name-with-surname": ("Vino Abril Huamán ayer.", "Abril Huamán", "PER"),
    "bus-line-as-employer": ("Trabajo en Cruz Verde de chofer.", "Cruz Verde", "ORG"),
    "company-after-sale-verb": ("Vendo en Expreso Molina pasajes.", "Expreso Molina", "ORG"),
    "street-with-a-number": ("Vive en la calle Los Álamos 345.", "Los Álamos", "ADDR"),
    "street-with-number-sign": ("Vive en la calle Los Álamos N° 12.", "Los Álamos", "ADDR"),
    "street-of-someone": ("Pasé por la calle de Juan Quispe.", "Juan Quispe", "PER"),
    "surname-ending-like-a-village": ("Se casó con Rosa Pomacocha.", "Rosa Pomacocha", "PER"),
    "village-ending-without-place-word": ("Llamé a Pampamarca ayer.", "Pampamarca", "PER"),
    "farm-with-its-name": ("En el Fundo Santa Elena pagan.", "Fundo Santa Elena", "ORG"),
    "person-named-like-a-saint": ("Vino Martín Quispe ayer.", "Martín Quispe", "PER"),
    "surname-san-in-the-run": ("Vino Juan San Román.", "Juan San Román", "PER"),
    "japanese-address-series": ("Vive en Nishikoizumi 3-12-5, Oizumi.", "3-12-5", "ADDR"),
    "trade-with-a-name": ("Trabaja en Vigilancia Halcón.", "Vigilancia Halcón", "ORG"),
    "person-after-con-la": ("Vino con la Mila ayer.", "Mila", "PER"),
    "compass-inside-a-name": ("Viaja en Cruz del Sur hoy.", "Cruz del", "PER"),
    "given-name-ending-as-a-plural": ("Dolores de Quispe vino.", "Dolores", "PER"),
    "surname-ending-as-a-plural": ("Vargas y su hijo vinieron.", "Vargas", "PER"),
    "plural-inside-a-sentence": ("Vino con Huamanías de Lircay.", "Huamanías", "PER"),
    "settlement-then-a-firm-word": ("Trabajo en Villa Rica Export.", "Villa Rica", "ORG"),
    "settlement-name-with-a-number": ("Los de Villa Sol 2 pagaron.", "Villa Sol", "ORG"),
    "settlement-head-without-a-place-word": (
        "Villa Rica Tours nos llevó.",
        "Villa Rica Tours",
        "ORG",
    ),
    "villa-as-a-surname": ("Vino Rosa Villa ayer.", "Rosa Villa", "PER"),
    "settlement-with-a-legal-form": ("Trabajo en Valle Rico SAC.", "Valle Rico SAC", "ORG"),
    "head-after-an-article": ("Trabaja en la Villa Hermosa Lodge.", "Villa Hermosa", "ORG"),
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
