"""Addresses a ninth batch wrote in shapes the eighth pass lacked: a raw lowercase
transcript with no punctuation, whose settlement and district run into the clause after
the lots or the house number; a housing association after the lots ("Asoc."); "ah." for
a human settlement; Argentina's cross streets ("entre 21 y 22"); and a member code set
off by a comma after its cue. And the look-alikes that stay."""

from tests.unit.privacy.tables import scrubbed_and_same

ADDRESSES = {
    # The settlement after the lots, its name running into the next clause.
    "mi-tia-vive-en": (
        "mi tia vive en mz k lote 8 asociacion las gardenias carabayllo ahi nos quedamos",
        "mi tia vive en [DIRECCIÓN] ahi nos quedamos",
    ),
    "alquilo-en-mz-c": (
        "alquilo en mz c lt 14 aahh nueva esperanza lurin pagamos 300 al mes",
        "alquilo en [DIRECCIÓN] pagamos 300 al mes",
    ),
    "vivimos-en-mz-d": (
        "vivimos en mz d lote 7 aahh 9 de octubre trabaja de mototaxi",
        "vivimos en [DIRECCIÓN] trabaja de mototaxi",
    ),
    "ella-esta-en-mz": (
        "ella esta en mz a lote 3 asociacion villa sol mi mama vende alla",
        "ella esta en [DIRECCIÓN] mi mama vende alla",
    ),
    # A known district or city after a lowercase house number, with no comma, or
    # after a comma with the clause going on.
    "me-quedo-en-jr": (
        "me quedo en jr tupac amaru 512 huancayo con mi cuñada",
        "me quedo en [DIRECCIÓN] con mi cuñada",
    ),
    "la-pension-esta-en": (
        "la pension esta en av los incas 233 chilca tambien cocina ahi",
        "la pension esta en [DIRECCIÓN] tambien cocina ahi",
    ),
    "renta-en-mz-g": (
        "renta en mz g lote 2 urb los sauces, ica con dos paisanas",
        "renta en [DIRECCIÓN] con dos paisanas",
    ),
    # "Asoc." after the lots, capitalized, and "ah." before them.
    "vive-en-mz-c3": (
        "Vive en Mz. C3 Lt. 11, Asoc. Los Girasoles de Collique, Comas. Trabaja ahí.",
        "Vive en [DIRECCIÓN]. Trabaja ahí.",
    ),
    "su-direccion-es-ah": (
        "su direccion es ah. nueva vida, mz. c2 lt. 5, ate, con su suegra.",
        "su direccion es [DIRECCIÓN], con su suegra.",
    ),
    # Argentina's cross streets after the house number.
    "viviamos-en-calle-12": (
        "Vivíamos en calle 12 N° 940, entre 47 y 48, La Plata, con mi tío.",
        "Vivíamos en [DIRECCIÓN], con mi tío.",
    ),
    "alquilaba-en-av-mitre": (
        "Alquilaba en Av. Mitre 845 e/ Belgrano y Sarmiento, Quilmes, ahí vivía.",
        "Alquilaba en [DIRECCIÓN], ahí vivía.",
    ),
    # A lowercase neighbourhood after its head, its name ending like a verb.
    "vivia-en-manzana-14": (
        "vivia en manzana 14, casa 3, barrio garibaldia, villa lugano. ahi conoci",
        "vivia en [DIRECCIÓN]. ahi conoci",
    ),
    # A Japanese city opening on a macron after the address.
    "dormiamos-en-kamimura-cho": (
        "Dormíamos en Kamimura-chō 14-2, Ōizumi-machi, Gunma, seis en un cuarto.",
        "Dormíamos en [DIRECCIÓN], seis en un cuarto.",
    ),
    # A street named after a person with a middle initial.
    "su-hermano-alquila-en": (
        "Su hermano alquila en Jr. Manuel A. Odría 340, Chilca, con su señora.",
        "Su hermano alquila en [DIRECCIÓN], con su señora.",
    ),
    "vive-en-av-ramon": (
        "Vive en Av. Ramón L. Castilla 1120, Pueblo Libre.",
        "Vive en [DIRECCIÓN].",
    ),
    # A member code set off by a comma after its cue.
    "me-dieron-mi-carnet": (
        "Me dieron mi carnet, RQ-0815, para entrar a la planta.",
        "Me dieron mi carnet, [ID], para entrar a la planta.",
    ),
    # Look-alikes that stay: places, amounts, verbs and words after a lowercase
    # address; districts named alone; hours "entre" two numbers.
    "vive-en-jr-puno": (
        "vive en jr puno 318 frente al mercado de huancayo",
        "vive en [DIRECCIÓN] frente al mercado de huancayo",
    ),
    "vive-en-av-grau": (
        "vive en av grau 1200 trabaja en el mercado",
        "vive en [DIRECCIÓN] trabaja en el mercado",
    ),
    "vive-en-jr-ayacucho": (
        "vive en jr ayacucho 245 hace cinco años",
        "vive en [DIRECCIÓN] hace cinco años",
    ),
    "se-fue-a-huancayo": (
        "se fue a huancayo y luego a chilca a la cosecha",
        "se fue a huancayo y luego a chilca a la cosecha",
    ),
    "en-huaycan-pago-250": ("en huaycan pago 250 no mas", "en huaycan pago 250 no mas"),
    "la-asociacion-los-claveles": (
        "la asociacion los claveles organiza la fiesta",
        "la asociacion los claveles organiza la fiesta",
    ),
    "vive-en-calle-5": (
        "vive en calle 5 N° 120, entre semana trabaja en Lima",
        "vive en [DIRECCIÓN], entre semana trabaja en Lima",
    ),
    "estaba-en-la-av": (
        "Estaba en la Av. Lima 345, entre 8 y 9 de la noche.",
        "Estaba en la [DIRECCIÓN], entre 8 y 9 de la noche.",
    ),
    "ah-bueno-lote-3": ("ah. bueno, lote 3 mil soles", "ah. bueno, lote 3 mil soles"),
    "vive-en-jr-lima": (
        "Vive en Jr. Lima Mz. B. Luego se fue a Ica 200 veces.",
        "Vive en [DIRECCIÓN]. Luego se fue a Ica 200 veces.",
    ),
    "mi-codigo-2015-fue": ("mi código, 2015 fue el año", "mi código, 2015 fue el año"),
}


test_ninth_pass_addresses, _ = scrubbed_and_same(ADDRESSES, {})
