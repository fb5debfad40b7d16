"""Organisations typed all in lowercase, named with their kind, set off after a
workplace, said short later, or closed by a plain "s.a."; and the look-alikes that stay:
generic kinds, places, times, verbs after the kind, public bodies."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "association-members-product": (
        "la asociacion de productores de leche bellavista la formamos en 2014 con 23 socios.",
        ["bellavista la formamos"],
    ),
    "association-members-name": (
        "somos ocho socios de la asociacion de productores wayllapampa, nos dieron alevinos.",
        ["wayllapampa"],
    ),
    "club-kind-name": (
        "el club deportivo estrella ccollpina lo fundamos en 2003 aca en ica.",
        ["estrella ccollpina"],
    ),
    "cooperative-kinds-name": (
        "el cafe lo vende a la cooperativa agraria cafetalera perene, 600 soles el quintal.",
        ["perene"],
    ),
    "centre-social-name": (
        "hay otro grupo, el centro social huancapata unido, ellos no se llevan bien.",
        ["huancapata unido"],
    ),
    "centre-works-name": (
        "en el centro de promocion andina yachaqkuna trabajamos con 35 familias. "
        "con yachaqkuna hicimos la feria.",
        ["yachaqkuna"],
    ),
    "prayer-group-plural-name": (
        "tenemos el grupo de oracion siervas de la luz, somos once señoras.",
        ["siervas"],
    ),
    "prayer-group-name-before-when": (
        "yo entre al grupo de oracion manantial de vida cuando mi esposo se fue a ica.",
        ["manantial"],
    ),
    "workshop-brothers": (
        "despues trabaje en el taller automotriz hermanos ccorahua, en la av. ferrocarril.",
        ["ccorahua"],
    ),
    "restaurant-set-off-article": (
        "me fui a la capital a un restaurante, el rincon sureño, en estacion central.",
        ["rincon sureño"],
    ),
    "factory-set-off-trade": (
        "trabaje en una fabrica de bento, kansai bento kogyo, haciendo loncheras.",
        ["kansai"],
    ),
    "mine-plain-sa": (
        "la mina es minera antapite s.a. y la contrata era otra.",
        ["antapite"],
    ),
    "university-acronym-after-career": (
        "mi hijo esta estudiando agronomia en la uncp, ya esta en cuarto ciclo.",
        ["uncp"],
    ),
    "university-acronym-vowel": ("la mayor estudia en la uba, en segundo año.", ["uba"]),
    "technical-school-virgin": (
        "primero estudie mecanica en el cetpro virgen de guadalupe, despues trabaje.",
        ["cetpro virgen", "guadalupe"],
    ),
    "residents-by-children-lower": (
        "los de hijos de ccollpa tienen su local en la carretera.",
        ["hijos de ccollpa"],
    ),
    "farming-company-sat": (
        "Trabajo en Verduras del Vinalopó S.A.T., cortando lechuga, 7,80 euros la hora.",
        ["Vinalopó"],
    ),
    "initials-with-ampersand": (
        "Era vigilante en M&L Resguardo Total S.A.C., me pagaban el mínimo.",
        ["M&L", "Resguardo"],
    ),
    "drilling-contractor": (
        "Con lo de Cordillera Drilling le he comprado una motobomba.",
        ["Cordillera Drilling"],
    ),
    "orchestra-hired": (
        "Para la fiesta contratamos la orquesta Los Magníficos de Acoria, 7 000 soles.",
        ["Magníficos"],
    ),
    "peasant-patrols-central": (
        "Estamos afiliados a la Central de Rondas Campesinas de Tayacaja desde 2010.",
        ["Central de Rondas"],
    ),
    "school-number-lowercase": (
        "la escuela es la ie 36472, la unica de ccollpa.",
        ["ie 36472"],
    ),
    "shop-named-after-noun": (
        "me consiguio trabajo en la polleria sabor norteño de canto grande, trabajaba bien.",
        ["sabor norteño"],
    ),
    "carrier-plural-name": (
        "le mando queso en el carro de expreso huaytaras, el chofer ya lo conoce.",
        ["huaytaras"],
    ),
    "english-trade-lowercase": (
        "trabajo en paterson, en la river valley packaging, y en la noche limpio oficinas.",
        ["river valley packaging"],
    ),
    "english-trade-called": (
        "entrabamos por una contratista que se llamaba nagoya human service. despues otra.",
        ["nagoya human service"],
    ),
    "residents-demonym-where": (
        "tenemos la asociacion de residentes ccollpinos en ica, somos ochenta familias.",
        ["ccollpinos"],
    ),
    "mining-company-lowercase": (
        "la compañia minera condorhuasi quiere ampliar su botadero.",
        ["condorhuasi"],
    ),
    "transport-company-lowercase": (
        "trabaja de chofer en la empresa de transportes wari express, maneja de noche.",
        ["wari express"],
    ),
    "university-region-country": (
        "yo estudio enfermeria en la universidad nacional del altiplano del peru en puno.",
        ["altiplano"],
    ),
    "shop-name-with-article": (
        "trabajo de repartidor para la polleria el gallo dorado, en san juan de lurigancho.",
        ["gallo dorado"],
    ),
    "shop-name-said-again": (
        "trabajo en una polleria en la molina, polleria el buen sabor, de ayudante.",
        ["buen sabor"],
    ),
    "acronym-set-off-with-branch": (
        "Estamos afiliados a la Central de Rondas Campesinas de Tayacaja, CERCAT-T le decimos.",
        ["CERCAT"],
    ),
    "lowercase-head-shop": (
        "trabajo de repartidor para la polleria el gallo dorado, en san juan.",
        ["polleria el gallo"],
    ),
    "lowercase-head-church": (
        "son de la iglesia pentecostal rio de agua viva. ellos no pasan cargo.",
        ["iglesia pentecostal rio"],
    ),
    "quechua-word-later": (
        "la ong warmikuna rikcharisun nos enseño. los de rikcharisun ya no vienen.",
        ["rikcharisun"],
    ),
}

KEPT = {
    "association-generic-place": (
        "la asociacion de productores de la zona nos ayuda con semillas.",
        ["asociacion de productores de la zona"],
    ),
    "association-of-village": (
        "la asociacion de residentes de chilcapite tambien mando cemento.",
        ["residentes de chilcapite"],
    ),
    "club-plays": ("el club deportivo juega los domingos en la cancha.", ["juega los domingos"]),
    "club-of-village": ("el club deportivo del pueblo gano.", ["club deportivo del pueblo"]),
    "cooperative-has-members": ("la cooperativa agraria tiene 40 socios.", ["tiene 40 socios"]),
    "prayer-group-of-parish": (
        "el grupo de oracion de la parroquia se reune los jueves.",
        ["grupo de oracion de la parroquia"],
    ),
    "prayer-group-on-thursday": (
        "el grupo de oracion los jueves reza el rosario.",
        ["los jueves reza"],
    ),
    "women-group-adjective": (
        "el grupo de mujeres artesanas vende en la feria.",
        ["mujeres artesanas"],
    ),
    "health-centre-public": (
        "el centro de salud de chanquil nos atiende, el centro de desarrollo infantil tambien.",
        ["centro de salud de chanquil", "desarrollo infantil"],
    ),
    "factory-set-off-doing": (
        "trabaje en una fabrica, cosiendo polos, y en un restaurante, de ayudante.",
        ["cosiendo polos", "de ayudante"],
    ),
    "shop-set-off-place": ("trabaje en una tienda, en lima, dos años.", ["en lima"]),
    "capitalized-text-generic": (
        "La asociación de residentes trajeron los fuegos. La asociación de residentes de "
        "Lima mandó un parlante.",
        ["residentes trajeron", "Lima mandó"],
    ),
    "university-word": (
        "estudia en la universidad de noche y postulo a la ultima convocatoria.",
        ["universidad", "ultima"],
    ),
    "virgin-feast": (
        "la fiesta de la virgen de cocharcas es en setiembre.",
        ["virgen de cocharcas"],
    ),
    "orchestra-plain": ("En la orquesta tocaba mi tío el arpa.", ["orquesta tocaba"]),
    "sat-amount": ("Pagamos 7 000 soles a la S.A.T. del agua.", ["7 000 soles"]),
    "power-plant-place": (
        "la central de la red se malogró en Huancavelica.",
        ["central de la red", "Huancavelica"],
    ),
    "shop-of-uncle": ("trabajo en la polleria de mi tio los domingos.", ["polleria de mi tio"]),
    "shop-kind-adjective": ("el restaurante chino, en lima, paga poco.", ["restaurante chino"]),
    "shop-worked-well": ("la polleria trabajaba bien ese año.", ["polleria trabajaba"]),
    "espresso-coffee": ("un cafe expreso, rico, en la plaza.", ["cafe expreso"]),
    "mining-company-big": ("la empresa minera grande no contrata.", ["minera grande"]),
    "transport-company-has": ("la empresa de transportes tiene buses.", ["transportes tiene"]),
    "english-trade-after-verb": ("hago cleaning en casas los sabados.", ["hago cleaning"]),
    "university-works-there": ("trabajo en la universidad de noche.", ["universidad de noche"]),
    "environment-regulator": (
        "Ya fuimos al OEFA y al OSINERGMIN por el agua.",
        ["OEFA", "OSINERGMIN"],
    ),
    "reparations-commission": (
        "Lleva los casos ante la Comisión Multisectorial de Alto Nivel, la CMAN.",
        ["Comisión Multisectorial de Alto Nivel", "CMAN"],
    ),
    "community-mental-health": (
        "Trabajamos con el Centro de Salud Mental Comunitario de Huancavelica.",
        ["Centro de Salud Mental Comunitario", "Huancavelica"],
    ),
    "police-alone": ("Lo entregamos a la Policía en Lircay.", ["Policía", "Lircay"]),
    "builders-registry": (
        "Mi carnet del RETCC, el registro de construcción civil, ya venció.",
        ["RETCC"],
    ),
    "shop-then-when": (
        "trabajo en la polleria el domingo, y en el chifa la comida, rica.",
        ["el domingo", "la comida"],
    ),
    "shop-then-how": ("el restaurante la verdad, no paga.", ["la verdad"]),
    "public-acronym-after-name": (
        "Trabajo con la Asociación Warmi Kallpan, UGEL también nos apoya.",
        ["UGEL"],
    ),
    "lowercase-group-purpose-outside": (
        "tenemos el grupo de oracion siervas de la luz, somos once.",
        ["grupo de oracion"],
    ),
    "capitalized-text-head-outside": (
        "Trabaja en la pollería El Gallo Dorado, en San Juan.",
        ["pollería"],
    ),
    "quechua-word-common": (
        "la ong sumaq runa nos apoya; la runa de aca no quiere.",
        ["runa de aca"],
    ),
}

test_organizations_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
