"""Addresses, phones and IDs as lowercase transcripts and dictation write them: house
numbers read out, lots spelled in words, foreign streets typed without capitals, a phone
read with "más" and typed blocks, a card's letter in lowercase; and the look-alikes that
stay (counts, prices, a road's kilometre where something happened, years)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "street-number-read-out-lowercase": (
        "mi nieta lo anoto, jiron los angeles mil doscientos treinta, el tambo, ahi nomas.",
        ["angeles", "doscientos", "tambo"],
    ),
    "catalan-street-lowercase-with-flat-and-town": (
        "ella vive en carrer de la riera blanca 112, 2n 1a, l hospitalet de llobregat, me mando.",
        ["riera", "112", "hospitalet", "llobregat"],
    ),
    "catalan-street-lowercase-with-town": (
        "mi prima vive en passeig de gracia 45, barcelona, hace años.",
        ["gracia", "45"],
    ),
    "us-street-lowercase-name-ending-like-a-verb": (
        "vivimos en 5821 columbia pike apt 204, falls church, va 22041, hay harta gente.",
        ["columbia", "5821", "204", "falls", "22041"],
    ),
    "room-after-the-house-number-and-the-district": (
        "Vivía en un hotel familiar en calle Agüero 1480, habitación 12, Balvanera, con otros.",
        ["Agüero", "1480", "Balvanera"],
    ),
    "block-letter-read-prime": (
        "asociacion de vivienda los portales de manchay manzana b prima lote diecisiete, "
        "pachacamac, es al fondo",
        ["portales", "diecisiete", "pachacamac"],
    ),
    "block-and-house-in-words-with-the-villa": (
        "la direccion era manzana veintiocho casa cuarenta villa veinte lugano, asi nomas.",
        ["veintiocho", "cuarenta", "lugano"],
    ),
    "road-between-two-towns-lowercase": (
        "su parcela esta en el km 12 de la carretera satipo mazamari, sector pampa hermosa. ya",
        ["satipo", "mazamari", "pampa"],
    ),
    "japanese-address-spaced-and-read": (
        "la direccion era aichi ken toyohashi shi iwata cho san chome hachi no juichi, asi.",
        ["toyohashi", "iwata", "juichi"],
    ),
    "japanese-address-spaced-with-digits": (
        "vivo en Ota shi Nishi cho 3 chome 12 banchi 5 go, con mi esposa",
        ["Nishi", "12 banchi"],
    ),
    "phone-with-mas-and-typed-blocks": (
        "si quiere hablar con él anote: más 56 nueve 6148 2075. Él le cuenta.",
        ["56", "6148", "2075"],
    ),
    "phone-read-in-pairs-with-semicolons": (
        "me llaman al nueve, ocho, cuatro; treinta y seis; cero cinco; setenta y uno, asi.",
        ["treinta y seis", "setenta y uno"],
    ),
    "card-letter-lowercase": (
        "mi numero de registro de extranjero era m 0742 1853, todavia lo tengo.",
        ["m 0742", "0742", "1853"],
    ),
    "card-letters-lowercase-both-sides": (
        "mi tarjeta de residente era la mk 4729 1056 ea, todavia la guardo.",
        ["mk", "4729", " ea,"],
    ),
    "badge-code-lowercase-after-its-cue": (
        "mi fotocheck dice sv-28471, con eso marcamos entrada y salida.",
        ["sv-28471", "28471"],
    ),
    "card-letters-read-by-name": (
        "mi nie era i griega tres ocho cuatro siete uno seis dos ene, me lo se de memoria.",
        ["griega", "ocho cuatro", " ene,"],
    ),
    "japanese-town-and-lot-lowercase": (
        "viviamos en un danchi, en takatsuka-cho 1420-3, hamamatsu, cuatro peruanos.",
        ["takatsuka", "1420-3", "hamamatsu"],
    ),
    "spanish-floor-and-door-in-words": (
        "cuidaba a una señora en calle alcala 412, cuarto izquierda, madrid. ella me decia",
        ["alcala", "izquierda", "madrid"],
    ),
    "villa-after-the-address-unclosed": (
        "alla vivi en pasaje la rioja 2260, villa celina con mi cuñado. el todavia",
        ["rioja", "2260", "celina"],
    ),
    "own-date-after-an-earlier-fair": (
        "despues en la feria de la vega. en el carnet salia bien mi fecha, diecisiete del "
        "once del ochenta y uno, eso si.",
        ["diecisiete", "ochenta y uno"],
    ),
    "member-number-after-a-ride": (
        "viajo en combi y mi número de socio es 0471, con eso cobro",
        ["0471"],
    ),
    "plate-number-of-a-moto": ("mi moto tiene placa numero 4521, la compre", ["4521"]),
    "lowercase-street-after-a-home-with-its-district": (
        "compramos un departamentito en humberto primo 2847, san cristobal, en el 2010.",
        ["humberto", "2847", "cristobal"],
    ),
}

KEPT = {
    "count-after-a-lowercase-street": ("la calle principal mil veces le dije", ["mil veces"]),
    "distance-after-a-lowercase-avenue": (
        "caminamos por la avenida larga doscientos metros",
        ["doscientos metros"],
    ),
    "accident-at-a-road-kilometre": (
        "el accidente fue en el km 41 de la via a huancavelica, la combi se volteo.",
        ["km 41", "huancavelica"],
    ),
    "years-after-a-number-word": ("tengo tres 2015 2016 cosas", ["2015", "2016"]),
    "counting-with-semicolons": (
        "compramos dos; tres; cuatro; cinco; seis; siete; ocho cuyes",
        ["cuatro; cinco"],
    ),
    "spanish-via-by-way-of": ("fuimos por via aerea 2, y luego", ["via aerea 2"]),
    "lone-vowel-before-a-number": ("le pagaron a 4500 soles", ["a 4500 soles"]),
    "villa-said-twice": ("mz b lote 3 villa dos veces fui", ["veces fui"]),
    "block-and-houses-counted": ("en la manzana tres casas dos tienen agua", ["tres casas"]),
    "road-named-then-a-verb": (
        "tenemos la chacra en el km 12 de la carretera estaba cerrada.",
        ["estaba cerrada"],
    ),
    "reply-word-after-a-dni": ("mi dni es 45678912 pe, ya", ["pe, ya"]),
    "disease-code-lowercase-without-cue": ("el covid-2020 fue duro", ["covid-2020"]),
    "phone-then-a-word-letter": (
        "mi celular es nueve ocho siete seis cinco cuatro tres dos uno ese es",
        ["ese es"],
    ),
    "fiesta-has-its-date": (
        "la fiesta tiene su fecha, 30 de agosto, todos vienen",
        ["30 de agosto"],
    ),
    "district-after-a-street-not-a-villa": (
        "vivo en jr ayacucho 345, con mi tia en la chacra",
        ["con mi tia"],
    ),
    "fleet-number-of-a-mototaxi": (
        "Mi mototaxi tiene el número 047, pintado atrás, es el número de flota nomás.",
        ["047"],
    ),
    "fare-set-off-by-a-comma": (
        "Aquí quedan los que no tienen plata para el pasaje, 35 soles hasta Huancayo.",
        ["35 soles hasta Huancayo"],
    ),
    "town-and-year-after-living": ("vivo en huancayo 2010, con mi tia", ["huancayo 2010"]),
    "region-and-a-price-after-a-house": (
        "tenia una casa en la sierra 300, ya no",
        ["la sierra 300"],
    ),
}

test_identifier_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)
