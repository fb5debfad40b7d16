"""Addresses an unseen batch wrote in shapes the earlier rules lacked: a lowercase UCV and
lot letter ("ucv 52 lote 3, zona k"), the Spanish letters "ll" and "ch" of a block, a
settlement's head and name before its lot or its street, in either case, an ordinal part
inside a settlement's name ("3er Sector", "II Etapa"), French streets with the number
first, US streets typed in lowercase, and a lot read out in words ("manzana jota, lote
cinco"); and the look-alikes that stay."""

import pytest

from privacy import scrub_for_cli
from tests.unit.privacy.tables import scrubbed_and_same

ADDRESSES = {
    # A lowercase UCV, a lowercase lot letter after a zone, the district after it.
    "mi-tio-vive-en": (
        "mi tío vive en ucv 52 lote 3, zona k, huaycan, ahi llegamos.",
        "mi tío vive en [DIRECCIÓN], ahi llegamos.",
    ),
    "se-mudo-a-la": ("Se mudó a la UCV 210 Lt. 14, Zona R, Ate.", "Se mudó a la [DIRECCIÓN]."),
    # "ll" and "ch" are letters of a block in Spanish.
    "mi-casa-es-mz": ("mi casa es mz ch lote 12, comas.", "mi casa es [DIRECCIÓN]."),
    "quedaba-en-la-mz": ("Quedaba en la Mz. LL Lt. 8, Pachacútec.", "Quedaba en la [DIRECCIÓN]."),
    # A settlement's head and lowercase name before its lot.
    "ahora-vive-en-asoc": (
        "ahora vive en asoc. los claveles mz ll lote 2, carabayllo, con su suegra.",
        "ahora vive en [DIRECCIÓN], con su suegra.",
    ),
    "en-el-aa-hh": (
        "en el aa.hh. nueva esperanza mz. d lote 7, ate. ahí paran.",
        "en el [DIRECCIÓN]. ahí paran.",
    ),
    "compro-en-la-asociacion": (
        "Compró en la Asociación Las Palmeras, Mz. F, Lt. 3, Lurín.",
        "Compró en la [DIRECCIÓN].",
    ),
    # An ordinal part inside a settlement's name.
    "vive-en-el-aa": (
        "Vive en el AA.HH. Santa Rosa 2da Etapa Mz. C Lt. 4, Comas, cerca.",
        "Vive en el [DIRECCIÓN], cerca.",
    ),
    "en-el-a-h": ("en el A.H. Los Pinos II Etapa Mz. B Lt. 1, Ate", "en el [DIRECCIÓN]"),
    "nos-quedamos-en-pueblo": (
        "nos quedamos en Pueblo Joven Micaela Bastidas 1ra zona Mz. G Lt. 9, Ate.",
        "nos quedamos en [DIRECCIÓN].",
    ),
    "alquila-en-laderas-de": (
        "Alquila en Laderas de Chillón Tercer Sector, Mz. P Lt. 20, Puente Piedra.",
        "Alquila en [DIRECCIÓN].",
    ),
    "vive-en-aa-hh": (
        "Vive en AA.HH. Señor de los Milagros, 3er Sector, Mz. A Lt. 6, Comas. Ya.",
        "Vive en [DIRECCIÓN]. Ya.",
    ),
    # A settlement's head and name before a street.
    "vive-en-caserio-pampa": (
        "Vive en Caserío Pampa Blanca, Jr. Los Andes 340, Chincha, con su tía.",
        "Vive en [DIRECCIÓN], con su tía.",
    ),
    "vive-en-el-centro": (
        "vive en el centro poblado san jacinto, calle 5 n° 210, nasca, allá.",
        "vive en el [DIRECCIÓN], allá.",
    ),
    # French streets with the number first.
    "vive-en-7-bis": (
        "vive en 7 bis rue de la Roquette, 75011 Paris. trabaja",
        "vive en [DIRECCIÓN]. trabaja",
    ),
    "su-direccion-es-42": (
        "Su dirección es 42 avenue Victor Hugo, Lyon, ya.",
        "Su dirección es [DIRECCIÓN], ya.",
    ),
    "mi-prima-esta-en": (
        "mi prima está en 3 impasse des Lilas, Marsella, sola.",
        "mi prima está en [DIRECCIÓN], sola.",
    ),
    "la-carta-va-a": (
        "la carta va a 9 rue du moulin, 69003 lyon. ojalá llegue.",
        "la carta va a [DIRECCIÓN]. ojalá llegue.",
    ),
    # US streets typed in lowercase.
    "alquilaba-en-77-park": (
        "alquilaba en 77 park ave, union city, con otros.",
        "alquilaba en [DIRECCIÓN], con otros.",
    ),
    "vivia-en-214-maple": (
        "vivia en 214 maple street apt 2a, passaic, con mi cuñado.",
        "vivia en [DIRECCIÓN], con mi cuñado.",
    ),
    "llego-a-1530-w": (
        "llegó a 1530 w 39th street, chicago, sin nada.",
        "llegó a [DIRECCIÓN], sin nada.",
    ),
    # A lot read out in words.
    "la-direccion-es-manzana": (
        "la dirección es manzana jota, lote cinco, así nomás.",
        "la dirección es [DIRECCIÓN], así nomás.",
    ),
    "vive-en-el-lote": (
        "vive en el lote veintidós de la manzana hache, en Huaycán.",
        "vive en el [DIRECCIÓN], en Huaycán.",
    ),
    "anote-mz-eme-lote": ("anote: mz. eme lote treinta y uno, ventanilla.", "anote: [DIRECCIÓN]."),
    "es-manzana-b-lote": (
        "es manzana B, lote ocho, por el colegio.",
        "es [DIRECCIÓN], por el colegio.",
    ),
    "paro-en-la-asociacion": (
        "paro en la asociación las lomas, manzana ele, lote dos, ya.",
        "paro en la [DIRECCIÓN], ya.",
    ),
}


test_addresses_in_new_shapes_are_scrubbed, _ = scrubbed_and_same(ADDRESSES, {})


@pytest.mark.parametrize(
    "text",
    [
        # A lot or a block alone, fruit and prices.
        "compramos el lote tres para sembrar papa.",
        "Me vendió una manzana de dos kilos.",
        "vendió la manzana y el lote tres el 2019.",
        "el lote cuatro mil soles costaba.",
        # Zones and groups told in a story, not a home.
        "son de la zona b y de la zona c, no se juntan.",
        "el grupo b de la escuela ganó.",
        "había lotes s/n en la pampa.",
        "una zona y otra zona tienen agua.",
        "el sector a trabajar es grande.",
        # A settlement or association named without a lot or a house number.
        "vive en el asentamiento humano nueva esperanza, en Ate.",
        "La Asociación de Vivienda Los Pinos hizo su faena.",
        "la asociación compró un terreno en Huaycán.",
        "Vive en el Centro Poblado La Venta, en Ica.",
        "en el aa.hh. el progreso 3er sector hay agua desde el 2015.",
        # A university's acronym; numbers that are no house.
        "estudia en la ucv de Lima, en la noche.",
        "tengo 20 años en la avenue.",
        "trabajé 5 años en el food court de la plaza.",
        "éramos 18 en la rue, bailando.",
        "Nos vemos en la Place Vendôme, dijo.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert "[DIRECCIÓN]" not in scrub_for_cli(text)
