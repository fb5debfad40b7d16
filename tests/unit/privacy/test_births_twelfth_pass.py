"""Birth dates, twelfth pass: the date a person's papers state, a birth day told without
its month, a birth date corrected with a copula; and the dates of the same shape that
are research content (a paper's expiry, a meeting's record, a fiesta, a year alone)."""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "dni-with-an-adjective-says-another-date": (
        "Su DNI antiguo dice otra fecha, el 1 de enero de 1950, como a todos.",
        ["1 de enero", "1950"],
    ),
    "dni-with-its-number-between": (
        "Según él nació en 1944, pero su DNI, el 20118743, dice 02/08/1961.",
        ["02/08/1961"],
    ),
    "birth-certificate-far-from-its-verb": (
        "Fui a sacar la partida de mi hijo para su beca y resulta que dice 15 de agosto de 2005.",
        ["15 de agosto", "2005"],
    ),
    "school-certificate-that-says": (
        "No coincide con el certificado de estudios, que dice 13 de agosto.",
        ["13 de agosto"],
    ),
    "passport-in-words": (
        "En su pasaporte figura el diecinueve de marzo de mil novecientos ochenta.",
        ["diecinueve de marzo"],
    ),
    "my-date-after-a-fair-in-the-sentence-before": (
        "despues en la feria de la vega. en el carnet salia bien mi fecha, diecisiete del "
        "once del ochenta y uno, eso si no se equivocaron.",
        ["diecisiete del once"],
    ),
    "born-on-a-day-without-its-month": (
        "Mi hija nació el 13, justo antes de la fiesta.",
        ["13"],
    ),
    "a-full-date-in-dots-is-no-day-alone": (
        "Kely Huayta, nacida el 10.03.2009, se fue en mayo a Lima.",
        ["10.03.2009", "03.2009"],
    ),
    "birthday-is-a-day-in-words": (
        "Su cumpleaños es el veintiuno. Ya va a cumplir diez.",
        ["veintiuno"],
    ),
    "birth-date-corrected-with-a-copula": (
        "Fecha de nacimiento 03/07/2021... no, perdón, está volteado, es 07/03/2021.",
        ["03/07/2021", "07/03/2021"],
    ),
    "birth-date-corrected-was": (
        "Nació el 3 de mayo de 2010... no, me equivoqué, era el 4 de mayo de 2010.",
        ["3 de mayo", "4 de mayo"],
    ),
}

KEPT = {
    "fiesta-after-a-day-only-birth": (
        "Pero no, él nació el 13, el 15 de agosto es la Virgen de la Asunción.",
        ["15 de agosto"],
    ),
    "the-paper-said-the-fiesta-and-the-fiesta-stays": (
        "La partida dice 15 de agosto de 2005, pero él nació el 13; el 15 de agosto es la "
        "fiesta del pueblo.",
        ["el 15 de agosto es"],
    ),
    "a-fiesta-has-its-date": ("La fiesta tiene su fecha, 30 de agosto.", ["30 de agosto"]),
    "a-year-alone-after-birth": ("Nació el 85, en plena violencia.", ["85"]),
    "an-order-after-birth": ("Nació el primero, y después los otros.", ["primero"]),
    "dni-expiry": ("Mi DNI vence el 12 de mayo de 2026, tengo que renovar.", ["12 de mayo"]),
    "record-of-the-assembly": (
        "El acta de la asamblea dice 3 de mayo de 2019, ese día se eligió la directiva.",
        ["3 de mayo"],
    ),
    "document-of-the-programme-with-its-deadline": (
        "El documento de la convocatoria dice 25 de febrero como plazo.",
        ["25 de febrero"],
    ),
    "correction-to-a-fiesta": (
        "Nació el 3 de mayo de 2010. No, la fiesta de la Virgen es el 8 de setiembre.",
        ["8 de setiembre"],
    ),
    "death-certificate": (
        "La partida de defunción dice 22 de agosto de 1983, cuando entraron.",
        ["22 de agosto"],
    ),
    "a-community-born-on-a-day": ("El pueblo nació el 5, con la fiesta.", ["5"]),
}

test_birth_dates_are_gone, test_other_dates_are_kept = gone_and_kept(GONE, KEPT)

# Identifiers read out as one cardinal number ("veinticuatro millones …"), as a Chilean
# RUT or an Argentine DNI is said, with the check digit after "guion"; and the amounts of
# the same shape, which stay.
GONE_SPOKEN = {
    "chilean-rut-read-as-a-number-with-its-check-digit": (
        "en chile tenia mi rut veinticuatro millones ochocientos setenta y un mil "
        "seiscientos tres guion siete",
        ["veinticuatro", "ochocientos", "seiscientos", "guion siete"],
    ),
    "dni-with-setenta-y-un-mil": (
        "su dni es cuarenta y cinco millones ochocientos setenta y un mil seiscientos tres",
        ["cuarenta", "ochocientos", "seiscientos"],
    ),
    "cedula-with-a-k-check-digit": (
        "mi cédula es uno siete dos cuatro cinco ocho nueve tres guion k",
        ["uno siete dos", "guion k"],
    ),
    "phone-read-in-groups-split-by-semicolons": (
        "Me llaman al nueve, ocho, cuatro; treinta y seis; cero cinco; setenta y uno, así "
        "lo digo en la radio.",
        ["treinta y seis", "cero cinco", "setenta y uno"],
    ),
    "phone-abroad-typed-in-fours-with-a-word": (
        "si quiere hablar con él anote: más 56 nueve 6148 2075. Él le puede contar.",
        ["6148", "2075"],
    ),
}

KEPT_SPOKEN = {
    "years-after-counts": ("fueron dos 2015 y tres 2016", ["2015", "2016"]),
    "counts-split-by-semicolons": (
        "tengo tres hijos; dos; cuatro nietos; cinco ovejas; siete cuyes y nueve gallinas",
        ["cuatro nietos", "cinco ovejas", "siete cuyes"],
    ),
    "a-works-cost-in-millions": (
        "la obra costó veinticuatro millones ochocientos setenta y un mil soles",
        ["veinticuatro millones ochocientos setenta y un mil soles"],
    ),
    "a-transfer-of-the-canon": (
        "el municipio recibió tres millones cuatrocientos mil soles del canon",
        ["tres millones cuatrocientos mil soles"],
    ),
    "a-project-budget": (
        "el proyecto era de dos millones trescientos cuarenta y cinco mil seiscientos soles",
        ["dos millones trescientos cuarenta y cinco mil seiscientos"],
    ),
    "a-herd-count": (
        "tiene dos mil trescientos cuarenta y cinco cuyes",
        ["dos mil trescientos cuarenta y cinco"],
    ),
    "a-round-figure-after-a-cue": ("mi rut es veinticuatro millones", ["veinticuatro"]),
}

test_spoken_ids_are_gone, test_spoken_amounts_are_kept = gone_and_kept(GONE_SPOKEN, KEPT_SPOKEN)

# Cards typed in lowercase: the letters beside the digits, a NIE spelled letter by letter,
# a badge's code after "dice"; and short words beside numbers, which stay.
GONE_CARDS = {
    "residence-card-letters-in-lowercase": (
        "mi tarjeta de residente era la mk 4729 1056 ea, todavia la guardo de recuerdo.",
        ["mk", "4729", "ea,"],
    ),
    "alien-registration-letter-in-lowercase": (
        "mi numero de registro de extranjero era m 0742 1853, todavia tengo el carnecito.",
        ["m 0742", "1853"],
    ),
    "nie-spelled-out": (
        "mi nie era i griega tres ocho cuatro siete uno seis dos ene, me lo se de memoria.",
        ["griega", "tres ocho", "ene"],
    ),
    "badge-says-its-code": (
        "mi fotocheck dice sv-28471, con eso marcamos entrada y salida.",
        ["sv-28471", "28471"],
    ),
}

KEPT_CARDS = {
    "short-word-after-a-dni": ("mi dni es 45871236 y tengo 3 hijos en lima.", ["y tengo"]),
    "peruvian-pues-after-a-phone": (
        "mi numero es nueve ocho siete seis cinco cuatro tres dos uno pe, llamame",
        [" pe, llamame"],
    ),
    "o-sea-before-a-number-again": (
        "Su número allá es el 3 91 28 47 66. O sea 391 284 766. Vive en Lima.",
        ["O sea"],
    ),
    "the-records-name-before-its-number": (
        "mi historia es la hc 004718, segundo grado dice.",
        ["hc"],
    ),
    "count-of-members-says": ("el número de socios dice 120", ["120"]),
}

test_card_ids_are_gone, test_words_beside_cards_are_kept = gone_and_kept(GONE_CARDS, KEPT_CARDS)
