"""Names an unseen batch named with shapes the earlier rules lacked (focus-group labels
with particles, a nickname before "le decíamos", employers' titles abroad, friends in
slang, a described companion set off by commas), and the words like them that stay."""

import pytest

from privacy import scrub_for_cli

_TRANSCRIPT = "Moderadora: ¿Quién las apoya?\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _TRANSCRIPT + "Flor de María: Sí, venía.\n",
            _TRANSCRIPT + "[PERSONA-1]: Sí, venía.\n",
        ),
        (
            _TRANSCRIPT + "María de los Ángeles: Sí.\n",
            _TRANSCRIPT + "[PERSONA-1]: Sí.\n",
        ),
        (
            "Mi compañero Quintín, el Loco le decíamos, sigue allá.",
            "Mi compañero [PERSONA-1], el [PERSONA-2] le decíamos, sigue allá.",
        ),
        ("La Chola le dicen a mi hermana.", "La [PERSONA-1] le dicen a mi hermana."),
        ("Mi tía, la flaca le decíamos, vino.", "Mi tía, la [PERSONA-1] le decíamos, vino."),
        (
            "Mi jefe es un italiano, mister DeLuca.",
            "Mi jefe es un italiano, mister [PERSONA-1].",
        ),
        ("Trabajo con la signora Bianchi.", "Trabajo con la signora [PERSONA-1]."),
        (
            "Mi pata Kener también es de Bellavista.",
            "Mi pata [PERSONA-1] también es de Bellavista.",
        ),
        ("Mi causa Jhon vino ayer.", "Mi causa [PERSONA-1] vino ayer."),
        (
            "Mi compañera catalana, Montse, se quedó allá.",
            "Mi compañera catalana, [PERSONA-1], se quedó allá.",
        ),
        ("Mi novia, Kimberly, vino.", "Mi novia, [PERSONA-1], vino."),
    ],
)
def test_names_in_new_shapes_are_scrubbed(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        _TRANSCRIPT + "Plaza de Armas: nada.\n",
        _TRANSCRIPT + "de la casa: nada.\n",
        "Eso le digo: la migración trae contactos.",
        "Algo le dicen siempre.",
        "A veces le decíamos que no.",
        "El cura le decía, que no.",
        "Al director le dicen.",
        "La pata de Cuy se come.",
        "Es mi pata, ya.",
        "Ganó Miss Perú.",
        "Mi hija en Lima, Chorrillos.",
    ],
)
def test_words_like_those_shapes_stay(text: str) -> None:
    assert scrub_for_cli(text) == text


def test_a_lowercase_quechua_nickname_is_the_name_elsewhere_only_with_a_capital() -> None:
    text = "Mi hijo puma le decimos. Es fuerte como puma. Puma me manda plata."
    assert scrub_for_cli(text) == (
        "Mi hijo [PERSONA-1] le decimos. Es fuerte como puma. [PERSONA-1] me manda plata."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mis hijos están repartidos. Rosa en Ica, en la uva. Teresa en Huancayo.",
            "Mis hijos están repartidos. [PERSONA-1] en Ica, en la uva. [PERSONA-2] en Huancayo.",
        ),
        ("Mi hija se llama Italia y vive allá.", "Mi hija se llama [PERSONA-1] y vive allá."),
        (
            "El hijo del dueño del fundo se llama Kevin.",
            "El hijo del dueño del fundo se llama [PERSONA-1].",
        ),
        ("Tengo un hijo llamado Kevin.", "Tengo un hijo llamado [PERSONA-1]."),
        ("Le di a Rosario la plata.", "Le di a [PERSONA-1] la plata."),
        ("Rosa quiere irse a Lima.", "[PERSONA-1] quiere irse a Lima."),
        ("Wilfreda Ccanto dice que sí.", "[PERSONA-1] dice que sí."),
        ("Nombre: Santiago Pérez", "Nombre: [PERSONA-1]"),
    ],
)
def test_people_beside_the_places_and_words_below_are_still_scrubbed(
    text: str, expected: str
) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mi pueblo se llama Manta y es bonito.",
        "La comunidad de mi esposo se llama Chanquil.",
        "Vivo en un pueblo llamado Manta.",
        "Tengo cuenta en el banco.",
        "Hay pregunta en el formulario.",
        "Hay que diferenciar: Haku Wiñay es del Estado.",
        "Mis hijos trabajan en la uva, allá por Villacurí. Ganan S/ 55 el jornal.",
        "Presenta pitiriasis rosada de Gibert en el tronco.",
        "Le diagnosticaron linfoma de Hodgkin.",
        "Sara quiere decir maíz.",
        "Nuestra casa está en el cerro.",
        "Fuimos a la feria. Santiago en Chile es caro.",
    ],
)
def test_places_programmes_and_words_that_look_named_stay(text: str) -> None:
    assert scrub_for_cli(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mi esposa se llama Rosario; le decían: ¿por qué no se van a Rosario?",
            "Mi esposa se llama [PERSONA-1]; le decían: ¿por qué no se van a Rosario?",
        ),
        (
            "Mi comadre se llama Miraflores; vive allá por Miraflores.",
            "Mi comadre se llama [PERSONA-1]; vive allá por Miraflores.",
        ),
        (
            "Mi hijo se llama Julio. Vende en la feria de la 16 de Julio.",
            "Mi hijo se llama [PERSONA-1]. Vende en la feria de la 16 de Julio.",
        ),
        (
            "Un señor Mendoza era el patrón. Me fui a Argentina, a Mendoza.",
            "Un señor [PERSONA-1] era el patrón. Me fui a Argentina, a Mendoza.",
        ),
        (
            "La Asociación Qori Sara. Qori sara quiere decir maíz de oro.",
            "La [ONG-1]. Qori sara quiere decir maíz de oro.",
        ),
    ],
)
def test_a_person_named_like_a_place_is_not_that_place(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mi hermana vive allá; ¡así es!, Ángeles en Los Ángeles.",
            "Mi hermana vive allá; ¡así es!, [PERSONA-1] en Los Ángeles.",
        ),
        ("Con Montse y Jordi trabajaba.", "Con [PERSONA-1] y [PERSONA-2] trabajaba."),
    ],
)
def test_spanish_hypocoristics_and_angeles_are_given_names(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text", ["Trabajé en Los Ángeles dos años.", "Vino de los Ángeles de Huanta, la danza."]
)
def test_los_angeles_stays(text: str) -> None:
    assert scrub_for_cli(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le mandé plata a Kener.", "Le mandé plata a [PERSONA-1]."),
        ("Llamé a Kener ayer.", "Llamé a [PERSONA-1] ayer."),
        ("Extraño a Kener.", "Extraño a [PERSONA-1]."),
        (
            "Vino la Soledad de mi abuela con sus hijos.",
            "Vino la [PERSONA-1] de mi abuela con sus hijos.",
        ),
        ("Llegó la Rosa de mi tío.", "Llegó la [PERSONA-1] de mi tío."),
    ],
)
def test_unknown_names_after_a_and_kin_of_are_scrubbed(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fui a Satipo.",
        "Le vendí la vaca a Huancayo.",
        "Llamé a Santa Rosa.",
        "Visité a Villa El Salvador.",
        "Le di. A Kener no.",
        "Llevé la carga a Pichari.",
        "La casa de mi abuela es grande.",
        "Fuimos a la Cruz de mi abuelo.",
        "Le mandé plata a 200 soles.",
    ],
)
def test_places_after_a_and_things_of_kin_stay(text: str) -> None:
    assert scrub_for_cli(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Informe clínico del paciente: Paciente de 70 años, minero.",
            "Informe clínico del paciente: Paciente de 70 años, minero.",
        ),
        (
            "Remitido por: Dr. Hector Pastor Navarro Servicio de Urología. Nuestro servicio atiende.",
            "Remitido por: Dr. [PERSONA-1] Servicio de Urología. Nuestro servicio atiende.",
        ),
        ("Vino don Juan Santa Cruz a la faena.", "Vino don [PERSONA-1] a la faena."),
        ("La señora Paciente Quispe vino.", "La señora [PERSONA-1] vino."),
    ],
)
def test_a_title_is_not_followed_by_itself_nor_by_an_institution(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Se hicieron los test serológicos, ELISA, y la PCR.",
            "Se hicieron los test serológicos, ELISA, y la PCR.",
        ),
        ("Nombre: ELISA QUISPE.", "Nombre: [PERSONA-1]."),
    ],
)
def test_an_all_capitals_given_name_alone_is_an_acronym(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mi esposa se llama Esperanza; vivo en Alto Esperanza con ella.",
            "Mi esposa se llama [PERSONA-1]; vivo en Alto Esperanza con ella.",
        ),
        (
            "Mi hija se llama Rosa. Sembramos en Pampa Rosa.",
            "Mi hija se llama [PERSONA-1]. Sembramos en Pampa Rosa.",
        ),
        ("Mi hija Rosa vino con Rosa Quispe.", "Mi hija [PERSONA-1] vino con [PERSONA-2]."),
    ],
)
def test_a_word_name_after_a_place_prefix_is_the_place(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Limpio la casa de Mrs. Johnson en Miami.",
            "Limpio la casa de Mrs. [PERSONA-1] en Miami.",
        ),
        ("Mi jefe era Mr. Brown, bien estricto.", "Mi jefe era Mr. [PERSONA-1], bien estricto."),
    ],
)
def test_english_titles_with_a_period_keep_the_name_after_them(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected
