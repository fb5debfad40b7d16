"""Organizations, ninth pass: the classes sealed batches still missed, as tables.

Each row is a new wording of a miss's cause, not its words: an acronym defined right
after a name or told as its nickname, a name closed by its kind in apposition, foreign
and collective head words, "los de X" hiring and "en X somos" staff, a profession "de" a
name, a public university typed lowercase where someone studies. Look-alike rows assert
that research content stays: public bodies and state programmes with their acronyms,
villages, people's initials, places after a profession, generic mentions.
"""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    # An acronym defined right after the name it spells: both are the organization.
    "acronym-after-comma-spells-the-name": (
        "Trabajo para Manos Unidas por el Campo, MUCA, en Lircay y Julcamarca.",
        ["Manos Unidas", "Campo", "MUCA"],
    ),
    "acronym-with-joiner-letter": (
        "Soy promotor de Frutos de la Puna, FDP, hace dos años.",
        ["Frutos", "Puna", "FDP"],
    ),
    "acronym-of-a-programme-shaped-name": (
        "Llegó el Proyecto Agua Limpia Tayacaja, PALTA, una ONG de Lima.",
        ["Agua Limpia", "PALTA"],
    ),
    "acronym-said-again-later": (
        "Ella es de Tejiendo Esperanza Andina, TEA, en Huanta. TEA nos apoyó con lana.",
        ["Tejiendo", "TEA"],
    ),
    "acronym-told-as-nickname": (
        "Estuve en la Casa de la Mujer Wayta, que todos conocen como CAMUWA, en Lima.",
        ["CAMUWA"],
    ),
    "acronym-told-with-como-le-dicen": (
        "Soy socia de la Asociación Pallay Sonqo, APS como le decimos, de Anta.",
        ["APS"],
    ),
    # A name closed by its kind in apposition, the kind capitalized as its own head.
    "name-then-capitalized-association": (
        "Los de Kallpanchis, la Asociación de Madres Tejedoras, nos ayudaron.",
        ["Kallpanchis"],
    ),
    "programme-shaped-name-then-ong": (
        "Vino el Programa de Apoyo Wiñaq Sonqo, una ONG con sede en Ayacucho.",
        ["Wiñaq Sonqo"],
    ),
    # Foreign and collective head words.
    "french-association": (
        "En Lyon bailé con la Association Inti Pacha Lyon, los sábados.",
        ["Inti Pacha"],
    ),
    "brazilian-association": (
        "Me ayudó la Associação Tupac Brasil en São Paulo.",
        ["Tupac Brasil"],
    ),
    "collective-with-a-clause-name": (
        "Soy del Colectivo Mujeres que Siembran, de Villa El Salvador.",
        ["Mujeres", "Siembran"],
    ),
    "agrupacion-head": (
        "Los residentes tenemos la Agrupación Juventud Ccasapata, para la fiesta.",
        ["Juventud Ccasapata"],
    ),
    # Bare names that act as an organization.
    "los-de-hire": (
        "Los de Sumaq Puquio contrataron a doce jóvenes para la obra.",
        ["Sumaq Puquio"],
    ),
    "en-x-somos-staff": (
        "En Warma Kuyay somos cuatro facilitadoras para nueve comunidades.",
        ["Warma Kuyay"],
    ),
    "profession-de-a-name": (
        "Soy psicóloga de Ayni Wasi Perú, atendemos a las familias.",
        ["Ayni Wasi"],
    ),
    # A public university typed lowercase where someone studies.
    "lowercase-university-studied-at": (
        "mi sobrina estudia en la universidad nacional de cajamarca, enfermeria",
        ["universidad nacional de cajamarca"],
    ),
    "lowercase-university-with-a-saint": (
        "postulo a la universidad nacional de san cristobal de huamanga este año",
        ["san cristobal", "huamanga"],
    ),
    # A seminary by its kind; a page's name set off; organizations given as examples.
    "bible-seminary": (
        "Mi sobrino estudia en el Seminario Teológico Monte Horeb, en Lima.",
        ["Monte Horeb"],
    ),
    "page-name-set-off": (
        "Los residentes tienen su página, Hijos de Paucará Unidos, en Facebook.",
        ["Paucará Unidos"],
    ),
    "ngos-given-as-examples": (
        "Trabajamos con ONG como el Wiñay Kawsay o PROSAN, para no duplicar.",
        ["Wiñay Kawsay", "PROSAN"],
    ),
    # Lowercase: members before a Quechua name; an article and a plural closed by a comma.
    "lowercase-association-of-members-then-quechua-name": (
        "somos de la asociacion de tejedoras sumaq awana, doce socias",
        ["sumaq awana"],
    ),
    "lowercase-academy-with-plural-name": (
        "me preparo en la academia los incas, en huancayo",
        ["los incas"],
    ),
    # A date with its month capitalized names a school or an association.
    "association-named-by-a-date": (
        "Vendo en el mercado, somos de la Asociación de Feriantes 24 de Junio hace años.",
        ["Feriantes", "24 de Junio"],
    ),
    "school-named-by-a-date": (
        "Mi nieto estudia en el Colegio 7 de Junio de Lircay.",
        ["7 de Junio"],
    ),
    "missionary-order": (
        "Vienen las Misioneras Lauritas de Colombia cada mes.",
        ["Lauritas"],
    ),
    "english-named-club": (
        "Los sábados íbamos al Andean Cultural Club of Queens a bailar.",
        ["Andean Cultural", "Queens"],
    ),
}

KEPT = {
    # Public bodies and state programmes define acronyms too: they stay.
    "public-body-with-its-acronym": (
        "Vino la Unidad de Gestión Educativa Local, UGEL, a la escuela.",
        ["UGEL"],
    ),
    "state-body-with-a-state-word": (
        "La Dirección Regional Agraria, DRA, nos dio semillas.",
        ["Dirección Regional", "DRA"],
    ),
    "state-programme-with-its-acronym": (
        "Cobramos del Programa Nacional de Becas, PRONABEC, cada mes.",
        ["PRONABEC"],
    ),
    "person-with-initials": (
        "Mi compadre Julián Ayala Rojas, JAR, firmó el acta.",
        ["JAR"],
    ),
    "acronym-that-spells-nothing-before": (
        "Estuve en Huancayo, SIS me atendió gratis.",
        ["Huancayo", "SIS"],
    ),
    # Villages and places stay.
    "los-de-a-village-do-a-faena": (
        "Los de Santa Rosa trabajaron en la faena del canal.",
        ["Santa Rosa"],
    ),
    "los-de-a-village-hire-with-a-place-head": (
        "Los de Villa Rica contrataron un camión para la papa.",
        ["Villa Rica"],
    ),
    "en-a-village-somos-families": (
        "En Chanquil somos cien familias, y en Lima somos tres técnicos.",
        ["Chanquil", "Lima"],
    ),
    "profession-de-a-district": (
        "Es psicóloga de Villa El Salvador, trabaja en la posta.",
        ["Villa El Salvador"],
    ),
    "capitalized-kind-after-a-place": (
        "Vivo en Huancayo, la Asociación de Vivienda queda lejos.",
        ["Huancayo"],
    ),
    # A generic university stays.
    "lowercase-university-of-here": (
        "mi hijo estudia en la universidad de aqui, en huancayo",
        ["universidad de aqui", "huancayo"],
    ),
    "lowercase-university-not-where-someone-studies": (
        "la universidad nacional hizo un estudio del agua",
        ["universidad nacional"],
    ),
    "a-seminar-is-no-seminary": (
        "Fui al Seminario de Liderazgo Juvenil en la UGEL.",
        ["Seminario"],
    ),
    "programmes-given-as-examples": (
        "Hay programas como Qali Warma, y ONG como Juntos no hay.",
        ["Qali Warma", "Juntos"],
    ),
    "lowercase-association-and-its-members": (
        "en la asociacion los socios pagan su cuota; la asociacion de productores agropecuarios, ahi estoy",
        ["los socios", "productores agropecuarios"],
    ),
    "lowercase-parish-then-days": (
        "nos reunimos en la parroquia los domingos. el colegio los fines de semana, cierra",
        ["los domingos", "los fines de semana"],
    ),
    "a-date-written-lowercase": (
        "La feria es el 24 de junio, día del campesino; el 7 de junio es la bandera.",
        ["24 de junio", "7 de junio"],
    ),
    "a-spanish-club-of-mothers": ("El Club de Madres se reúne los martes.", ["Club de Madres"]),
    "a-shared-taxi": ("Tomamos el colectivo a Huancayo, cuesta 15 soles.", ["colectivo"]),
}


test_organization_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)
