"""Names an unseen batch named with shapes the earlier rules lacked (focus-group labels
with particles, a nickname before "le decíamos", employers' titles abroad, friends in
slang, a described companion set off by commas), and the words like them that stay."""

from privacy import scrub_for_cli
from tests.unit.privacy.tables import scrubbed_and_same

_TRANSCRIPT = "Moderadora: ¿Quién las apoya?\n"


NAMES_IN_NEW_SHAPES = {
    "flor-de-maria-si": (
        _TRANSCRIPT + "Flor de María: Sí, venía.\n",
        _TRANSCRIPT + "[PERSONA-1]: Sí, venía.\n",
    ),
    "maria-de-los-angeles": (
        _TRANSCRIPT + "María de los Ángeles: Sí.\n",
        _TRANSCRIPT + "[PERSONA-1]: Sí.\n",
    ),
    "mi-companero-quintin-el": (
        "Mi compañero Quintín, el Loco le decíamos, sigue allá.",
        "Mi compañero [PERSONA-1], el [PERSONA-2] le decíamos, sigue allá.",
    ),
    "la-chola-le-dicen": (
        "La Chola le dicen a mi hermana.",
        "La [PERSONA-1] le dicen a mi hermana.",
    ),
    "mi-tia-la-flaca": (
        "Mi tía, la flaca le decíamos, vino.",
        "Mi tía, la [PERSONA-1] le decíamos, vino.",
    ),
    "mi-jefe-es-un": (
        "Mi jefe es un italiano, mister DeLuca.",
        "Mi jefe es un italiano, mister [PERSONA-1].",
    ),
    "trabajo-con-la-signora": (
        "Trabajo con la signora Bianchi.",
        "Trabajo con la signora [PERSONA-1].",
    ),
    "mi-pata-kener-tambien": (
        "Mi pata Kener también es de Bellavista.",
        "Mi pata [PERSONA-1] también es de Bellavista.",
    ),
    "mi-causa-jhon-vino": ("Mi causa Jhon vino ayer.", "Mi causa [PERSONA-1] vino ayer."),
    "mi-companera-catalana-montse": (
        "Mi compañera catalana, Montse, se quedó allá.",
        "Mi compañera catalana, [PERSONA-1], se quedó allá.",
    ),
    "mi-novia-kimberly-vino": ("Mi novia, Kimberly, vino.", "Mi novia, [PERSONA-1], vino."),
}


WORDS_LIKE_THOSE_SHAPES = {
    "plaza-de-armas-nada": _TRANSCRIPT + "Plaza de Armas: nada.\n",
    "de-la-casa-nada": _TRANSCRIPT + "de la casa: nada.\n",
    "eso-le-digo-la": "Eso le digo: la migración trae contactos.",
    "algo-le-dicen-siempre": "Algo le dicen siempre.",
    "a-veces-le-deciamos": "A veces le decíamos que no.",
    "el-cura-le-decia": "El cura le decía, que no.",
    "al-director-le-dicen": "Al director le dicen.",
    "la-pata-de-cuy": "La pata de Cuy se come.",
    "es-mi-pata-ya": "Es mi pata, ya.",
    "gano-miss-peru": "Ganó Miss Perú.",
    "mi-hija-en-lima": "Mi hija en Lima, Chorrillos.",
}


test_names_in_new_shapes_are_scrubbed, test_words_like_those_shapes_stay = scrubbed_and_same(
    NAMES_IN_NEW_SHAPES, WORDS_LIKE_THOSE_SHAPES
)


def test_a_lowercase_quechua_nickname_is_the_name_elsewhere_only_with_a_capital() -> None:
    text = "Mi hijo puma le decimos. Es fuerte como puma. Puma me manda plata."
    assert scrub_for_cli(text) == (
        "Mi hijo [PERSONA-1] le decimos. Es fuerte como puma. [PERSONA-1] me manda plata."
    )


PEOPLE_BESIDE_PLACES = {
    "mis-hijos-estan-repartidos": (
        "Mis hijos están repartidos. Rosa en Ica, en la uva. Teresa en Huancayo.",
        "Mis hijos están repartidos. [PERSONA-1] en Ica, en la uva. [PERSONA-2] en Huancayo.",
    ),
    "mi-hija-se-llama": (
        "Mi hija se llama Italia y vive allá.",
        "Mi hija se llama [PERSONA-1] y vive allá.",
    ),
    "el-hijo-del-dueno": (
        "El hijo del dueño del fundo se llama Kevin.",
        "El hijo del dueño del fundo se llama [PERSONA-1].",
    ),
    "tengo-un-hijo-llamado": ("Tengo un hijo llamado Kevin.", "Tengo un hijo llamado [PERSONA-1]."),
    "le-di-a-rosario": ("Le di a Rosario la plata.", "Le di a [PERSONA-1] la plata."),
    "rosa-quiere-irse-a": ("Rosa quiere irse a Lima.", "[PERSONA-1] quiere irse a Lima."),
    "wilfreda-ccanto-dice-que": ("Wilfreda Ccanto dice que sí.", "[PERSONA-1] dice que sí."),
    "nombre-santiago-perez": ("Nombre: Santiago Pérez", "Nombre: [PERSONA-1]"),
}


PLACES_AND_WORDS_THAT_LOOK_NAMED = {
    "mi-pueblo-se-llama": "Mi pueblo se llama Manta y es bonito.",
    "la-comunidad-de-mi": "La comunidad de mi esposo se llama Chanquil.",
    "vivo-en-un-pueblo": "Vivo en un pueblo llamado Manta.",
    "tengo-cuenta-en-el": "Tengo cuenta en el banco.",
    "hay-pregunta-en-el": "Hay pregunta en el formulario.",
    "hay-que-diferenciar-haku": "Hay que diferenciar: Haku Wiñay es del Estado.",
    "mis-hijos-trabajan-en": "Mis hijos trabajan en la uva, allá por Villacurí. Ganan S/ 55 el jornal.",
    "presenta-pitiriasis-rosada-de": "Presenta pitiriasis rosada de Gibert en el tronco.",
    "le-diagnosticaron-linfoma-de": "Le diagnosticaron linfoma de Hodgkin.",
    "sara-quiere-decir-maiz": "Sara quiere decir maíz.",
    "nuestra-casa-esta-en": "Nuestra casa está en el cerro.",
    "fuimos-a-la-feria": "Fuimos a la feria. Santiago en Chile es caro.",
}


(
    test_people_beside_the_places_and_words_below_are_still_scrubbed,
    test_places_programmes_and_words_that_look_named_stay,
) = scrubbed_and_same(PEOPLE_BESIDE_PLACES, PLACES_AND_WORDS_THAT_LOOK_NAMED)


PEOPLE_NAMED_LIKE_PLACES = {
    "mi-esposa-se-llama": (
        "Mi esposa se llama Rosario; le decían: ¿por qué no se van a Rosario?",
        "Mi esposa se llama [PERSONA-1]; le decían: ¿por qué no se van a Rosario?",
    ),
    "mi-comadre-se-llama": (
        "Mi comadre se llama Miraflores; vive allá por Miraflores.",
        "Mi comadre se llama [PERSONA-1]; vive allá por Miraflores.",
    ),
    "mi-hijo-se-llama": (
        "Mi hijo se llama Julio. Vende en la feria de la 16 de Julio.",
        "Mi hijo se llama [PERSONA-1]. Vende en la feria de la 16 de Julio.",
    ),
    "un-senor-mendoza-era": (
        "Un señor Mendoza era el patrón. Me fui a Argentina, a Mendoza.",
        "Un señor [PERSONA-1] era el patrón. Me fui a Argentina, a Mendoza.",
    ),
    "la-asociacion-qori-sara": (
        "La Asociación Qori Sara. Qori sara quiere decir maíz de oro.",
        "La [ONG-1]. Qori sara quiere decir maíz de oro.",
    ),
}


test_a_person_named_like_a_place_is_not_that_place, _ = scrubbed_and_same(
    PEOPLE_NAMED_LIKE_PLACES, {}
)


HYPOCORISTICS = {
    "mi-hermana-vive-alla": (
        "Mi hermana vive allá; ¡así es!, Ángeles en Los Ángeles.",
        "Mi hermana vive allá; ¡así es!, [PERSONA-1] en Los Ángeles.",
    ),
    "con-montse-y-jordi": (
        "Con Montse y Jordi trabajaba.",
        "Con [PERSONA-1] y [PERSONA-2] trabajaba.",
    ),
}


LOS_ANGELES = {
    "trabaje-en-los-angeles": "Trabajé en Los Ángeles dos años.",
    "vino-de-los-angeles": "Vino de los Ángeles de Huanta, la danza.",
}


test_spanish_hypocoristics_and_angeles_are_given_names, test_los_angeles_stays = scrubbed_and_same(
    HYPOCORISTICS, LOS_ANGELES
)


NAMES_AFTER_A_AND_KIN_OF = {
    "le-mande-plata-a": ("Le mandé plata a Kener.", "Le mandé plata a [PERSONA-1]."),
    "llame-a-kener-ayer": ("Llamé a Kener ayer.", "Llamé a [PERSONA-1] ayer."),
    "extrano-a-kener": ("Extraño a Kener.", "Extraño a [PERSONA-1]."),
    "vino-la-soledad-de": (
        "Vino la Soledad de mi abuela con sus hijos.",
        "Vino la [PERSONA-1] de mi abuela con sus hijos.",
    ),
    "llego-la-rosa-de": ("Llegó la Rosa de mi tío.", "Llegó la [PERSONA-1] de mi tío."),
}


PLACES_AFTER_A_AND_THINGS_OF_KIN = {
    "fui-a-satipo": "Fui a Satipo.",
    "le-vendi-la-vaca": "Le vendí la vaca a Huancayo.",
    "llame-a-santa-rosa": "Llamé a Santa Rosa.",
    "visite-a-villa-el": "Visité a Villa El Salvador.",
    "le-di-a-ccochaccasa": "Le di. A Ccochaccasa no.",
    "lleve-la-carga-a": "Llevé la carga a Pichari.",
    "la-casa-de-mi": "La casa de mi abuela es grande.",
    "fuimos-a-la-cruz": "Fuimos a la Cruz de mi abuelo.",
    "le-mande-plata-a": "Le mandé plata a 200 soles.",
}


test_unknown_names_after_a_and_kin_of_are_scrubbed, test_places_after_a_and_things_of_kin_stay = (
    scrubbed_and_same(NAMES_AFTER_A_AND_KIN_OF, PLACES_AFTER_A_AND_THINGS_OF_KIN)
)


AFTER_A_TITLE = {
    "informe-clinico-del-paciente": (
        "Informe clínico del paciente: Paciente de 70 años, minero.",
        "Informe clínico del paciente: Paciente de 70 años, minero.",
    ),
    "remitido-por-dr-hector": (
        "Remitido por: Dr. Hector Pastor Navarro Servicio de Urología. Nuestro servicio atiende.",
        "Remitido por: Dr. [PERSONA-1] Servicio de Urología. Nuestro servicio atiende.",
    ),
    "vino-don-juan-santa": (
        "Vino don Juan Santa Cruz a la faena.",
        "Vino don [PERSONA-1] a la faena.",
    ),
    "la-senora-paciente-quispe": ("La señora Paciente Quispe vino.", "La señora [PERSONA-1] vino."),
}


test_a_title_is_not_followed_by_itself_nor_by_an_institution, _ = scrubbed_and_same(
    AFTER_A_TITLE, {}
)


ALL_CAPITALS_GIVEN_NAMES = {
    "se-hicieron-los-test": (
        "Se hicieron los test serológicos, ELISA, y la PCR.",
        "Se hicieron los test serológicos, ELISA, y la PCR.",
    ),
    "nombre-elisa-quispe": ("Nombre: ELISA QUISPE.", "Nombre: [PERSONA-1]."),
}


test_an_all_capitals_given_name_alone_is_an_acronym, _ = scrubbed_and_same(
    ALL_CAPITALS_GIVEN_NAMES, {}
)


WORD_NAMES_AFTER_A_PLACE_PREFIX = {
    "mi-esposa-se-llama": (
        "Mi esposa se llama Esperanza; vivo en Alto Esperanza con ella.",
        "Mi esposa se llama [PERSONA-1]; vivo en Alto Esperanza con ella.",
    ),
    "mi-hija-se-llama": (
        "Mi hija se llama Rosa. Sembramos en Pampa Rosa.",
        "Mi hija se llama [PERSONA-1]. Sembramos en Pampa Rosa.",
    ),
    "mi-hija-rosa-vino": (
        "Mi hija Rosa vino con Rosa Quispe.",
        "Mi hija [PERSONA-1] vino con [PERSONA-2].",
    ),
}


test_a_word_name_after_a_place_prefix_is_the_place, _ = scrubbed_and_same(
    WORD_NAMES_AFTER_A_PLACE_PREFIX, {}
)


ENGLISH_TITLES = {
    "limpio-la-casa-de": (
        "Limpio la casa de Mrs. Johnson en Miami.",
        "Limpio la casa de Mrs. [PERSONA-1] en Miami.",
    ),
    "mi-jefe-era-mr": (
        "Mi jefe era Mr. Brown, bien estricto.",
        "Mi jefe era Mr. [PERSONA-1], bien estricto.",
    ),
}


test_english_titles_with_a_period_keep_the_name_after_them, _ = scrubbed_and_same(
    ENGLISH_TITLES, {}
)
