import pytest

from privacy import scrub_for_cli
from tests.unit.privacy.tables import scrubbed_and_same


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Llame al 987654321 mañana", "[TELÉFONO]"),
        ("Llame al 987 654 321 mañana", "[TELÉFONO]"),
        ("Llame al 987-654-321 mañana", "[TELÉFONO]"),
        ("Llame al 987.654.321 mañana", "[TELÉFONO]"),
        ("Llame al +51 987 654 321 mañana", "[TELÉFONO]"),
        ("Llame al 0051987654321 mañana", "[TELÉFONO]"),
        ("Su fijo es (064) 123456 en casa", "[TELÉFONO]"),
        ("Su fijo es 01-4567890 en casa", "[TELÉFONO]"),
        ("Mi DNI es 45678912.", "[DNI]"),
        ("Con documento 45678912 firmó", "[DNI]"),
        ("Anotó 45678912 en la hoja", "[DNI]"),
        ("La empresa tiene RUC 20123456789.", "[RUC]"),
        ("Su RUC es 10456789123 desde ayer", "[RUC]"),
        ("Tiene carnet de extranjería 001234567", "[CE]"),
        ("Escriba a rosa.quispe@gmail.com por favor", "[CORREO]"),
        ("Vea https://facebook.com/rosa.quispe ahí", "[URL]"),
        ("Vive en Jr. Ayacucho 345 cerca al mercado", "[DIRECCIÓN]"),
        ("Vive en Av. Mariscal Castilla 1200 cerca", "[DIRECCIÓN]"),
        ("Vive en Mz. B Lt. 12 de la asociación", "[DIRECCIÓN]"),
        ("Vive en Calle Los Pinos 123 cerca", "[DIRECCIÓN]"),
        ("Mi hija nació el 3 de mayo de 1998 en la posta", "[FECHA]"),
        ("Fecha de nacimiento: 03/03/1946.", "[FECHA]"),
    ],
    ids=[
        "mobile-plain",
        "mobile-spaces",
        "mobile-dashes",
        "mobile-dots",
        "mobile-plus51",
        "mobile-0051",
        "landline-brackets",
        "landline-lima",
        "dni-context",
        "dni-documento",
        "dni-standalone",
        "ruc-20",
        "ruc-10",
        "carnet",
        "email",
        "url",
        "address-jr",
        "address-av",
        "address-mz-lt",
        "address-calle",
        "birth-date-words",
        "birth-date-slash",
    ],
)
def test_identifier_is_replaced_by_its_placeholder(text, placeholder):
    out = scrub_for_cli(text)
    assert placeholder in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ganaba 1500 soles al mes", "1500"),
        ("Vendió el terreno por S/ 25000000 el año pasado", "25000000"),
        ("Juntó 12000000 soles con la cooperativa", "12000000"),
        ("En 1984 llegaron los senderistas", "1984"),
        ("Tenía 35 años cuando se fue", "35 años"),
        ("Se fue a Lima a trabajar", "Lima"),
        ("Migró a Huancayo y después a la selva", "Huancayo"),
        ("Cuando llegó Sendero Luminoso nos fuimos", "Sendero Luminoso"),
        ("Sembramos papa, habas y cebada en 3 hectáreas", "papa, habas y cebada en 3 hectáreas"),
        ("El alcalde y la profesora nos ayudaron", "El alcalde y la profesora"),
        ("Caminamos por la calle principal del pueblo", "la calle principal"),
        ("Nos reunimos en la Plaza de Armas", "Plaza de Armas"),
        ("Un paseo de 3 horas hasta la chacra", "paseo de 3 horas"),
        ("El 15 de agosto de 1990 entró el ejército", "15 de agosto de 1990"),
        ("Compramos una flor para la fiesta", "una flor"),
    ],
    ids=[
        "amount-soles",
        "amount-S/",
        "amount-8-digits-soles",
        "year",
        "age",
        "destination-lima",
        "destination-huancayo",
        "sendero-luminoso",
        "crops-and-areas",
        "roles",
        "street-word-without-name",
        "plaza-without-number",
        "paseo-as-noun",
        "event-date",
        "flower",
    ],
)
def test_research_content_is_kept(text, kept):
    assert kept in scrub_for_cli(text)


ADDRESSES = {
    "door-letter-after-floor": (
        "Domicilio: Calle Cuba, 2, 5, A. Vive sola",
        "Domicilio: [DIRECCIÓN]. Vive sola",
    ),
    "floor-ordinal-and-door": (
        "Vive en Jr. Grau 345, 2.º B desde enero",
        "Vive en [DIRECCIÓN] desde enero",
    ),
    "floor-and-side-words": (
        "Vive en Av. Brasil 120 piso 3 izda con su hija",
        "Vive en [DIRECCIÓN] con su hija",
    ),
    "sin-numero": ("Vive en Jr. Huancas s/n cerca", "Vive en [DIRECCIÓN] cerca"),
    "capitalized-street-word-with-lowercase-name": (
        "Domicilio: Paseo de los olivos, 13, 2B.",
        "Domicilio: [DIRECCIÓN].",
    ),
    "town-after-number-goes-with-it": (
        "Vive en Jr. Ayacucho 345, Huancayo desde 1990",
        "Vive en [DIRECCIÓN] desde 1990",
    ),
    "year-after-number-is-kept": (
        "Vive en Jr. Ayacucho 345, 1990 fue el año",
        "Vive en [DIRECCIÓN], 1990 fue el año",
    ),
}


test_address_takes_its_flat_door_and_town_but_not_a_year, _ = scrubbed_and_same(ADDRESSES, {})


def test_scrubbing_is_deterministic():
    text = "Mi hermana Rosa Mamani vive en Jr. Grau 345, 2.º B; su celular es 987 654 321."
    assert scrub_for_cli(text) == scrub_for_cli(text) == scrub_for_cli(str(text))


def test_street_word_before_a_year_is_not_an_address():
    assert (
        scrub_for_cli("Plaza de mayo de 1980 fue la marcha")
        == "Plaza de mayo de 1980 fue la marcha"
    )
