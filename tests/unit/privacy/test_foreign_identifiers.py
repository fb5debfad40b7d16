"""Phones, ID numbers, e-mails, birth dates and addresses of the countries the families
live in, written, spaced or dictated in any way: the raw value must be gone, and
amounts, years, counts and ordinary dates that look like them must stay."""

import re

import pytest

from privacy import scrub_for_cli


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


IDENTIFIERS = {
    # phones, national and international
    "pe-mobile-plus-brackets": ("Me avisas al +51 (954) 610-372 cuando llegues.", "954 610-372"),
    "pe-mobile-brackets-prefix": ("Su celular es (+51) 981 402 337, llámala.", "981 402 337"),
    "pe-landline-provinces": ("El teléfono de la oficina es 064-238 417.", "064-238 417"),
    "ar-mobile": ("Mi tío atiende en el +54 9 351 627-4410 los sábados.", "627-4410"),
    "ar-landline-brackets": ("Llama de su fijo, el (0261) 438-9920, a veces.", "438-9920"),
    "cl-mobile": ("Su número allá es +56 9 6120 4478.", "6120 4478"),
    "bo-mobile": ("Le escribo al +591 76 204 118 por la noche.", "76 204 118"),
    "es-mobile": ("Me llama del +34 655 21 08 93 los domingos.", "655 21 08 93"),
    "it-mobile-00": ("Su teléfono es el 0039 328 904 1176.", "328 904 1176"),
    "trunk-zero-in-brackets": ("Le timbro al +39 (0)347 218 5509 de noche.", "+39"),
    "uk-trunk-zero-in-brackets": ("Su jefe dejó el +44 (0)20 7946 0731.", "+44"),
    "dots-between-spaces": ("Que me llame al 964 . 218 . 305 si hay trabajo.", "964 . 218"),
    "digits-with-pauses": ("Su número es 9 7 1... 4 0 8... 2 2 6, anote.", "9 7 1"),
    "es-social-security-slashes": ("Mi seguridad social es 28/41093376/12, guárdelo.", "/12"),
    "us-dashes": ("Nos llama del 1-305-555-0142 cada mes.", "555-0142"),
    "us-plus": ("Su teléfono es el +1 646 555 0199.", "646 555 0199"),
    "jp-mobile": ("Para hablar con ella marco el +81 80-3312-6620.", "3312-6620"),
    # ID numbers
    "dni-pe-spaced": ("Mi documento es 43 117 905, me lo sé.", "43 117 905"),
    "dni-pe-check-digit": ("En la ficha figura su DNI, 46203318-7, y su firma.", "46203318"),
    "dni-ar-dotted": ("Su documento argentino es el 38.402.117.", "38.402.117"),
    "rut-cl-k": ("Ya tiene su RUT, el 23.801.446-K, para trabajar.", "23.801.446"),
    "rut-cl-digit": ("Mi RUT era 25.117.093-4 en ese tiempo.", "25.117.093"),
    "nie-es-dashes": ("Saqué mi NIE, el Z-3318204-L, en Madrid.", "3318204"),
    "nie-es-plain": ("Le dieron el NIE Y6603921T por fin.", "Y6603921T"),
    "dni-es": ("Ahora tiene DNI español, 52184437J, y pasaporte.", "52184437J"),
    "dni-es-dotted-letter": ("Su documento era el 52.184.437-J en Bilbao.", "52.184.437"),
    "ssn-us": ("Su Social Security es 078-05-1120, lo tiene anotado.", "078-05-1120"),
    "alien-card-jp": ("Mi tarjeta de extranjero era la AB-2207-9913.", "2207-9913"),
    "digits-one-by-one": ("Anote: 4 1 8 7 2 3 6 5 es su número.", "4 1 8 7 2 3 6 5"),
    "codice-fiscale": ("El codice fiscale es RSSMRA80A41H501Q, ahí está.", "RSSMRA80A41H501Q"),
    "worker-code": ("Mi código de trabajador era el PX-55-2019, lo marcábamos.", "PX-55-2019"),
    "registry-code": ("Estoy inscrita con el código RV-11-0093312.", "0093312"),
    "student-code": ("Mi código de alumna es 2019-4471-ADM, en el instituto.", "2019-4471"),
    "passport": ("Viajó con pasaporte 118204377 hasta Roma.", "118204377"),
    "dni-dictated-pairs": (
        "Le dicté mi DNI: cuarenta y uno, veinte, treinta y tres, ochenta.",
        "cuarenta y uno, veinte, treinta y tres, ochenta",
    ),
    "phone-dictated-digits": (
        "Mi celular es nueve ocho siete, cuatro cuatro uno, cero dos seis.",
        "nueve ocho siete, cuatro cuatro uno, cero dos seis",
    ),
    # e-mails
    "email-capitals": ("Escríbale a MARIA.CONDORI@GMAIL.COM nomás.", "CONDORI"),
    "email-dictated": (
        "Mi correo es rosa punto yupanqui arroba gmail punto com, todo junto.",
        "yupanqui",
    ),
    "email-dictated-underscore": (
        "Es wili guion bajo ccanto arroba hotmail punto com.",
        "ccanto",
    ),
    "email-half-dictated": ("Su correo, sonia.pari arroba yahoo.com, lo revisa.", "pari"),
    # birth dates
    "birth-digits": ("Mi hijo nació el 17/09/2015 en la posta.", "17/09/2015"),
    "birth-short-year": ("Yo nací el 3 de agosto del 71 en la puna.", "3 de agosto"),
    "birth-words": (
        "Nací el nueve de febrero de mil novecientos setenta y dos.",
        "nueve de febrero",
    ),
    "birth-list": (
        "La mayor nació el 2 de mayo de 2009, y el menor, Teo, el 30 de enero de 2013.",
        "30 de enero",
    ),
    "birthday": ("Su cumpleaños es el 14 de noviembre, le mandamos torta.", "14 de noviembre"),
    # addresses
    "settlement-lot": ("Vivo en AA.HH. Villa Esperanza, Mz. G, Lt. 9, Carabayllo.", "Carabayllo"),
    "sector-grupo": ("Mi casa es Sector 2, Grupo 14, Mz. C, Lt. 3, Villa El Salvador.", "14"),
    "street-then-district": ("Alquila en Jr. Puno 418, Chilca, Huancayo, con su primo.", "Chilca"),
    "floor-then-city": ("Vive en Jr. Puno 418, 2do piso, Huancayo, sola.", "Huancayo"),
    "road-km": ("Tiene su puesto en Carretera Central km 12.5, Ate, al lado.", "Ate"),
    "us-address": ("Le mandamos a 77 Pine Street, Apt 4, Newark, NJ 07104.", "Pine"),
    "italy-address": ("Vive en Via Roma 21, 20121 Milano, con su esposo.", "Roma"),
    "japan-address": ("Vivía en Toyota-shi, Kamigo 4-11-2, Aichi, con mi tío.", "Kamigo"),
}

KEPT = {
    "amount-soles-spaced": ("La obra costó S/ 14 380 000 el año pasado.", "14 380 000"),
    "amount-pesos": ("Me pagaban 420 000 pesos al mes.", "420 000"),
    "amount-euros": ("Mandó 2 300 euros para el techo.", "2 300"),
    "price-unknown-currency": ("Cuesta 3 500 000 guaraníes allá.", "3 500 000"),
    "budget-no-currency": ("El presupuesto fue de 3 250 000 para todo el distrito.", "3 250 000"),
    "count-fish": ("Sembramos 18 500 alevinos en la laguna.", "18 500"),
    "area": ("La comunidad tiene 5 120 hectáreas de pastos.", "5 120"),
    "year-range": ("Entre 1983-1993 nadie vivía aquí.", "1983-1993"),
    "years-list": ("Volvió en 1995, 2001 y 2008 para la fiesta.", "1995, 2001 y 2008"),
    "event-date": ("El 4 de junio de 1989 entraron a la comunidad.", "4 de junio de 1989"),
    "fiesta-date": ("Nació allá, y el 25 de julio es la herranza.", "25 de julio"),
    "date-digits-event": ("La asamblea fue el 12.03.2019 en el local.", "12.03.2019"),
    "age": ("Mi hija tiene 17 años y estudia.", "17 años"),
    "dictated-count": ("Tenemos cuarenta y cinco cuyes y dos vacas.", "cuarenta y cinco"),
    "arroba-unit": ("Vendimos una arroba de papa en la feria.", "arroba de papa"),
    "district-alone": ("Vive en Ate y trabaja en Huaycán.", "Ate"),
    "street-without-number": (
        "Caminamos por la Carretera Central hasta Lima.",
        "Carretera Central",
    ),
    "code-like-acronym": ("Con el COVID-19 todos volvieron.", "COVID-19"),
    "year-born-only": ("Mi hijo nació en 1989, en plena violencia.", "1989"),
    "a-date-with-slashes": ("La asamblea fue el 14/08/2019 en el local.", "14/08/2019"),
    "counts-with-a-pause": ("Éramos 3... 4 familias, y en 1990... 2000 ya no.", "1990... 2000"),
}


@pytest.mark.parametrize(("text", "raw"), IDENTIFIERS.values(), ids=IDENTIFIERS.keys())
def test_identifier_value_is_gone(text: str, raw: str) -> None:
    out = scrub_for_cli(text)
    assert raw not in out
    if any(ch.isdigit() for ch in raw):
        assert _digits(raw) not in _digits(out)
    assert "[" in out


@pytest.mark.parametrize(("text", "kept"), KEPT.values(), ids=KEPT.keys())
def test_look_alike_research_content_is_kept(text: str, kept: str) -> None:
    assert kept in scrub_for_cli(text)
