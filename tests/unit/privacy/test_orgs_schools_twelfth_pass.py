"""Schools abroad named by a code, a number or a middle initial, and public bodies
spoken of as acting (twelfth pass)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

# Each country's way of naming a school, capitalized or typed lowercase.
SCHOOL_GONE = {
    "new-york-public": (
        "Mi hija va a la P.S. 143 Corona Heights, ya habla inglés.",
        ["143", "Corona Heights"],
    ),
    "new-york-intermediate": ("El mayor está en el I.S. 230, en Queens.", ["230"]),
    "spain-institute": (
        "Mi hijo va al IES Virgen de la Paloma; le gusta el fútbol.",
        ["Virgen de la Paloma"],
    ),
    "spain-primary": ("La chiquita está en el CEIP Miguel Hernández de Elche.", ["Hernández"]),
    "spain-lowercase": (
        "mi hija esta en el colegio ceip el palmeral, ya habla con acento",
        ["ceip", "palmeral"],
    ),
    "night-school-lowercase": (
        "termine la secundaria en el ceba ricardo palma soto. ahora trabajo",
        ["ricardo", "palma", "soto"],
    ),
    "buenos-aires-district": (
        "Estudia en la Escuela N° 9 D.E. 4 República del Ecuador; no habla quechua.",
        ["9", "República del Ecuador"],
    ),
    "us-middle-initial": (
        "Los chicos estudian en Mary J. Walsh Middle School, el menor juega béisbol.",
        ["Mary", "Walsh", "Middle School"],
    ),
}
SCHOOL_KEPT = {
    "code-with-place": ("el ceba de manta es nocturno, y el ceip en murcia", ["ceba", "ceip"]),
    "code-alone": ("En España el IES es la secundaria; allá todos van al IES.", ["IES"]),
    "game-console": ("Le compramos una PS 5 con lo que mandó de Japón.", ["PS 5"]),
    "school-years": ("La Escuela N° 9 tiene 300 alumnos desde 2015.", ["300", "2015"]),
    "spain-town": ("Vivimos en Elche, en Alicante, desde 2019.", ["Elche", "Alicante", "2019"]),
    "ceba-kind": ("Estudió en el CEBA de noche, como adulta.", ["CEBA"]),
    "strain": ("Se envió la cepa problema al laboratorio.", ["cepa problema"]),
}
test_schools_are_gone, test_school_content_is_kept = gone_and_kept(SCHOOL_GONE, SCHOOL_KEPT)

# Lowercase schools where someone studies: the words after the head noun up to a pause.
LOWER_SCHOOL_GONE = {
    "institute-career": (
        "mi hijo esta estudiando en el instituto sideral, enfermeria",
        ["sideral"],
    ),
    "institute-article": (
        "estudio en huancayo en el instituto la salesiana, computacion",
        ["salesiana"],
    ),
    "school-until": ("estudio alli en el colegio marianitas hasta quinto", ["marianitas"]),
    "school-number-name": (
        "la menor estudia en el colegio 3051 virgen dolorosa, esta en cuarto",
        ["3051", "virgen dolorosa"],
    ),
}
LOWER_SCHOOL_KEPT = {
    "only-adverb": ("mi hijo estudia en el colegio nomas, no trabaja", ["colegio nomas"]),
    "kind-and-place": ("estudia en el colegio nacional de acobamba", ["nacional", "acobamba"]),
    "where": ("estudia en el colegio de manta, en quinto", ["manta", "quinto"]),
    "how-far": ("va al colegio caminando dos horas", ["caminando dos horas"]),
    "pupils": ("estudio en el colegio 1250 alumnos, de todo el distrito", ["1250 alumnos"]),
    "pedagogic": (
        "estudia en el instituto pedagogico de huancavelica, educacion",
        ["pedagogico", "huancavelica"],
    ),
}
test_lower_schools_are_gone, test_lower_school_content_is_kept = gone_and_kept(
    LOWER_SCHOOL_GONE, LOWER_SCHOOL_KEPT
)

# A public body on the allow-list, said to do something, is no person.
BODY_GONE = {
    "man-named-for-fiesta": ("Santiago manda más plata desde Lima.", ["Santiago"]),
    "nickname-acting": ("El Chato manda fotos desde Ica.", ["Chato"]),
}
BODY_KEPT = {
    "foreign-office": (
        "La Cancillería tiene la oficina desconcentrada en Huancavelica.",
        ["Cancillería"],
    ),
    "ombudsman": ("La Defensoría tiene una oficina en Huancavelica.", ["Defensoría"]),
    "prosecutor": ("La Fiscalía tiene la denuncia desde marzo.", ["Fiscalía"]),
    "migration-office": ("Migraciones pide el pasaporte vigente.", ["Migraciones"]),
}
test_people_acting_are_gone, test_bodies_acting_are_kept = gone_and_kept(BODY_GONE, BODY_KEPT)

# Lowercase shops named by their trade and a name with its own article.
SHOP_GONE = {
    "chicken-shop": (
        "trabajo de repartidor para la polleria el gallo de oro, en san juan",
        ["polleria", "gallo de oro"],
    ),
    "two-trades": (
        "vendemos a la polleria y cuyeria la casona de acobamba, a veinte soles",
        ["polleria", "cuyeria", "casona"],
    ),
    "taxi-firm": ("tiene su remiseria, remis el tucuman. yo saque", ["remis el", "tucuman"]),
    "oil-change": ("trabajo en el lubricentro el zorro, que queda en la avenida", ["zorro"]),
    "hardware": ("compramos en la ferreteria el cóndor en huancayo", ["cóndor"]),
}
SHOP_KEPT = {
    "when": ("trabaje en la polleria el año pasado, de ayudante", ["polleria el año pasado"]),
    "verb": ("y en la chifa la cerraron por la pandemia.", ["chifa la cerraron"]),
    "owner": ("en el restaurante el dueño es chino", ["restaurante el dueño"]),
    "day": ("la polleria el domingo abre temprano", ["polleria el domingo"]),
    "nearest": ("la farmacia la mas cercana esta en lircay", ["farmacia la mas cercana"]),
    "capital-place": ("Trabajé en una pollería en Lima, en 2019.", ["pollería", "Lima", "2019"]),
}
test_shops_are_gone, test_shop_content_is_kept = gone_and_kept(SHOP_GONE, SHOP_KEPT)

# Bus lines named by their trade word after the bus or the firm that carries parcels.
BUS_GONE = {
    "firm": ("le mando queso por la empresa de transporte expreso huallaga.", ["huallaga"]),
    "bus": ("le mando papa en el carro de expreso ayllu, el chofer ya lo conoce", ["ayllu"]),
}
BUS_KEPT = {
    "express-mail": ("mandamos por correo expreso a lima, en dos dias", ["expreso", "lima"]),
    "bus-when": ("el carro de turismo de las ocho sale tarde", ["turismo", "ocho"]),
}
test_bus_lines_are_gone, test_bus_content_is_kept = gone_and_kept(BUS_GONE, BUS_KEPT)
