"""Birth dates, fourteenth pass: a year in words followed by the fiesta its day is
("del cuarenta y ocho, día de reyes"), a date written year first ("1979/04/11"), and
one's date said with how it is written ("su fecha así, 14.02.1991"); and the look-alikes
that are research content (a count of days, a fiesta alone, amounts, a span of years, a
meeting's day)."""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "year-in-words-then-its-fiesta": (
        "yo naci el seis de enero del cuarenta y ocho dia de reyes por eso me pusieron asi",
        ["seis de enero", "cuarenta y ocho"],
    ),
    "month-by-number-then-its-fiesta": (
        "nacio el veintiocho del siete del veinte dia de la independencia por eso",
        ["veintiocho del siete del veinte"],
    ),
    "year-first-with-slashes": (
        "mi fecha es 1979/04/11, primero el año.",
        ["1979/04/11", "04/11"],
    ),
    "year-first-with-dashes": (
        "Mi hijo nació el 2008-03-15 en Lima.",
        ["2008-03-15"],
    ),
    "my-date-the-other-way-round": (
        "ponían mi fecha al revés, 1979/04/11, primero el año.",
        ["1979/04/11", "04/11"],
    ),
    "her-date-written-so": (
        "En su tarjetita dice su fecha así, 14.02.1991, con puntitos.",
        ["14.02.1991"],
    ),
}

KEPT = {
    "a-count-of-days-after-the-date": (
        "nació el 4 de agosto, dos días después llegó su papá.",
        ["dos días después"],
    ),
    "a-fiesta-alone": ("el seis de enero es día de reyes, hay fiesta", ["seis de enero", "reyes"]),
    "a-span-of-years-and-an-amount": (
        "el proyecto duró 2019/2020 y costó 2019.5 soles",
        ["2019/2020", "2019.5"],
    ),
    "a-number-with-slashes-as-a-quantity": ("vendimos 1979/04/11 kilos", ["kilos"]),
    "a-meeting-day-year-first": (
        "la reunión fue el 2019/04/11 en el local",
        ["2019/04/11", "local"],
    ),
    "a-year-of-the-state-programme": (
        "Juntos llegó en 2005 y Pensión 65 el 2011.",
        ["Juntos", "2005", "Pensión 65", "2011"],
    ),
}

test_dates_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)

# A professional's registration number in their college is an identifier; a fee, a year
# and a count of members with the same word are not.
REGISTRATION_GONE = {
    "registration-with-the-college-letters": (
        "Mi colegiatura es COP 28715, por si la piden para el consentimiento.",
        ["28715"],
    ),
    "registration-in-digits": ("Mi colegiatura es 28715, por si la piden.", ["28715"]),
    "number-as-a-member-of-the-college": (
        "mi número de colegiado es el 045123",
        ["045123"],
    ),
}

REGISTRATION_KEPT = {
    "the-fee": ("la colegiatura cuesta 1200 soles", ["colegiatura", "1200 soles"]),
    "the-year-paid": ("pagué mi colegiatura 2023 en marzo", ["2023", "marzo"]),
    "the-year-registered": (
        "colegiado en 1998, trabajo en Huancavelica",
        ["1998", "Huancavelica"],
    ),
    "a-count-of-members": ("somos colegiados 3500 en la región", ["3500"]),
    "a-summit-and-its-year": ("En la COP 2021 hablaron del clima.", ["COP 2021"]),
}

test_registrations_are_gone, test_registration_lookalikes_are_kept = gone_and_kept(
    REGISTRATION_GONE, REGISTRATION_KEPT
)

# An e-mail's local part dictated as several loose words after "el correo es" is the
# address; the words before the cue, a place and a weight in "arrobas" are not.
MAIL_GONE = {
    "local-part-of-three-loose-words": (
        "para las donaciones el correo es monte sion ccollpa guion bajo iglesia arroba "
        "yahoo punto es... el hermano zacarias",
        ["monte", "sion", "ccollpa", "iglesia", "yahoo"],
    ),
    "local-part-of-two-loose-words": (
        "escriban a tarpuy wasi punto hvca arroba gmail punto com, todo pegado",
        ["tarpuy", "wasi", "hvca"],
    ),
}

MAIL_KEPT = {
    "the-relative-before-the-address": (
        "le mandé a mi prima juana punto quispe arroba gmail punto com",
        ["prima"],
    ),
    "the-community-before-the-address": (
        "le escribí a la comunidad de ccollpa juan punto q arroba gmail punto com",
        ["comunidad"],
    ),
    "a-weight": ("vendimos una arroba de papa a la feria", ["arroba de papa", "feria"]),
    "the-words-after-the-address": (
        "el correo es monte sion guion bajo iglesia arroba yahoo punto es, el hermano lo ve",
        ["hermano"],
    ),
}

test_mails_are_gone, test_mail_lookalikes_are_kept = gone_and_kept(MAIL_GONE, MAIL_KEPT)
