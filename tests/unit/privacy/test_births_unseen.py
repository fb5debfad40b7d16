"""Birth dates in unseen interviews: the classes of the w5 and w7 misses, as tables.

A birth date is told without "nació" next to it: children listed with their dates
after a plural child word, a birth told with "tener" ("los tuve", "tuve a mi hija"),
a question about when someone was born answered in the next turns, a lowercase "el
niño" who is a child and not the Nativity, and a second child told where, then when.
The research content of the same shape stays: fiestas, trips, meetings, events."""

import pytest

from privacy import scrub_for_cli
from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "children-listed-with-names-and-years": (
        "Le dicto a mis hijas: Nélida, 4 de mayo de 1996; Ruth, 19 de agosto del 2000.",
        ["4 de mayo", "19 de agosto", "2000"],
    ),
    "children-listed-by-order": (
        "Mis hijos son tres: el mayor el 2 de julio del 2010, el segundo el 9 de enero "
        "del 2013 y la última el 5 de mayo del 2016.",
        ["2 de julio", "9 de enero", "5 de mayo"],
    ),
    "grandchildren-listed-without-years": (
        "Mis nietos: Brayan, el 12 de octubre; Naomi, el 3 de diciembre.",
        ["12 de octubre", "3 de diciembre"],
    ),
    "births-told-with-tener": (
        "A mis dos hijas las tuve en la posta: la primera el 6 de junio del 2018 y la otra "
        "el once de abril del 2020.",
        ["6 de junio", "once de abril"],
    ),
    "tuve-a-mi-hija": ("Tuve a mi hija el 17 de marzo del 2015 en Lircay.", ["17 de marzo"]),
    "di-a-luz": ("Di a luz el 2 de febrero del 2019, en el hospital.", ["2 de febrero"]),
    "a-question-answered-in-the-next-turn": (
        "E: ¿Y cuándo nació su hija?\nParticipante 1: a ver... el veinte de mayo, creo, "
        "sí.\nParticipante 2: la mía el 8 de enero.",
        ["veinte de mayo", "8 de enero"],
    ),
    "a-question-answered-in-the-same-line": (
        "¿En qué fecha nacieron sus hijos? Bueno, Gladys el 14 de abril del 2002.",
        ["14 de abril"],
    ),
    "a-list-item-with-an-article": (
        "Tengo tres: Ruth, que nació el 5 de abril del 2009; la Maribel, 2 de octubre, y "
        "el último que tiene cuatro años.",
        ["5 de abril", "2 de octubre"],
    ),
    "a-list-going-on-past-a-date-told-before-its-cue": (
        "Mis hijas: Ruth, 03-05-2008; Noemí, 24-06-2010, nació en el Inti Raymi; y Abigail, "
        "9-2-2014.",
        ["03-05-2008", "24-06-2010", "9-2-2014"],
    ),
    "a-second-item-with-del": (
        "Mi hijo el mayor es del 2 de junio del 99, la segunda del 17 de enero del 2003.",
        ["2 de junio", "17 de enero"],
    ),
    "a-birth-on-a-saints-day-with-its-year": (
        "Nació en Acobamba, el día de la Virgen, el 8 de setiembre del 2001.",
        ["8 de setiembre"],
    ),
    "a-named-child-then-the-pronoun": (
        "A la Yaneth la tuve el 3 de marzo del 2019 y al Brayan el 18 de agosto del 2021.",
        ["3 de marzo", "18 de agosto"],
    ),
    "a-baby-arrives": ("La bebita llegó el 14 de febrero, el día del amor.", ["14 de febrero"]),
    "order-items-with-del": (
        "Mis hijos son de 2001 y 2006: el mayor del 5 de mayo, el otro del 12 de junio.",
        ["5 de mayo", "12 de junio"],
    ),
    "tuve-familia": ("Tuve familia el 9 de octubre del 2020, en la posta.", ["9 de octubre"]),
    "a-lowercase-child-after-nacio": ("nació el niño el 12/11/2015, en la posta.", ["12/11/2015"]),
    "a-second-child-told-where-then-when": (
        "El primero nació el 3 de enero del 99. La segunda, Nilda, en San Jerónimo, el "
        "21 de julio.",
        ["3 de enero", "21 de julio"],
    ),
    "a-year-in-words-with-ano": (
        "Mi mamá nació el veinticinco de marzo del año treinta y ocho, ya está mayor.",
        ["veinticinco de marzo", "treinta y ocho"],
    ),
    "month-then-day-then-year": (
        "El Rusbel nació el diez de febrero, y el Dilmer en junio, el 21, del 2016.",
        ["diez de febrero", "21", "2016"],
    ),
    "a-list-before-the-cue": (
        "Mis hijos son tres: Rufino, del doce de junio, Marleni, que cumple el dos de "
        "setiembre, y la wawa, que nació el 8/4/2019.",
        ["doce de junio", "dos de setiembre", "8/4/2019"],
    ),
    "a-date-corrected": (
        "El mayor, nacido el 02.03.2010... no, espera, el 2 de marzo del 2011, sí.",
        ["02.03.2010", "2 de marzo"],
    ),
    "the-next-sentence-names-the-next-child": (
        "Yolanda nació el 14 de febrero del 89, el día de los enamorados, por eso es "
        "enamoradiza, jaja. Teófanes el 3 de mayo del 93, en la fiesta.",
        ["14 de febrero", "3 de mayo"],
    ),
    "the-next-sentence-lowercase-article": (
        "¿cuándo nacieron? ah, la Yeni nació el 4 de agosto, dos días después de la posta, "
        "sufrí harto. el Brayan el 31 de octubre, día de la canción criolla.",
        ["4 de agosto", "31 de octubre"],
    ),
    "a-name-comma-full-date-without-cue": (
        "Mis hijos todos afuera. El mayor Teodoro, 17 de enero del 1970; Natividad, 8 de "
        "setiembre del 72; Cirilo, 9/2/1975; y la última, Asunción, del 15 de agosto del 79.",
        ["17 de enero", "8 de setiembre", "9/2/1975", "15 de agosto"],
    ),
    "a-name-comma-full-date-after-a-fiesta": (
        "Teófanes nació el 3 de mayo del 93, en la fiesta de las Cruces, el 3 de mayo pues. "
        "Y la última, la Nilda, 20 de octubre del 2001.",
        ["3 de mayo del 93", "20 de octubre"],
    ),
    "a-full-name-comma-full-date": (
        "Mi papá, Anselmo Quispe, 5 de noviembre de 1948, ya falleció.",
        ["5 de noviembre"],
    ),
    "an-age-turned-without-anos": ("Mi hija cumplió quince el 9 de enero.", ["9 de enero"]),
    # w12/w13: the month, then the day, in a list; the month by its number in words; a
    # name with only a comma before its date; an article, a name and "es el" after a
    # corrected answer; "ellos son del" for twins.
    "w12-month-then-day-in-a-list": (
        "El mayor nació el dos de marzo, la segunda Kelly en agosto, el nueve, ya.",
        ["dos de marzo", "agosto, el nueve"],
    ),
    "w13-month-by-its-number-in-words": (
        "Mi nieto nació el doce del cuatro del dieciocho, en Satipo.",
        ["doce del cuatro"],
    ),
    "w13-next-child-with-only-a-comma": (
        "La Rosa nació el 3 de mayo del 90, en la posta. El Fredy, 8 de enero, del año no sé.",
        ["3 de mayo", "8 de enero"],
    ),
    "w12-corrected-answer-with-es-el": (
        "E: ¿cuándo es el cumpleaños del menor?\nel 4 de abril, ¿no?... no, ése es del Juan. "
        "el Beto es el 9 de octubre, eso.",
        ["4 de abril", "9 de octubre"],
    ),
    "w12-month-then-day-without-a-comma": (
        "Mi hija nació en junio el doce, en la posta.",
        ["junio el doce"],
    ),
    "w13-day-of-the-month-of": (
        "Mi hijo nació el 12 del mes de junio del 98, en Lircay.",
        ["12 del mes", "98"],
    ),
    "w13-birthday-asked-without-cuando": (
        "E: ¿y el cumpleaños de su hija?\nP: ay, el 12 de agosto, en plena siembra.",
        ["12 de agosto"],
    ),
    "w14-day-of-the-birth-month": (
        "Se llama Killa, nació en marzo cuando llueve fuerte, el 9 de marzo, antes de Pascua.",
        ["9 de marzo"],
    ),
    "w14-month-in-roman-numerals": ("Mi hermana nació el 21/XI/1999 en Lircay.", ["21/XI/1999"]),
    "w14-english-certificate": ("Su partida dice que nació el June 21st, 2011.", ["June 21st"]),
    "w14-english-born-on": ("Su papel dice born on June 21st, 2011, en Virginia.", ["June 21st"]),
    "w14-english-day-first": ("Nació el 5th of May 2010, en Nueva Jersey.", ["5th of May"]),
    "w15-es-del-after-a-relative-sentence": (
        "Mi hijo se llama Edwin, vive en Ate. Es del 2 de enero del 91, día de los Reyes.",
        ["2 de enero"],
    ),
    "w11-then-the-next-child-named": (
        "La mayor, Rosa, nació el 3 de abril del 2001, ella vive en Ica. Después Teófilo, "
        "del 9 de mayo del 2004... en plena siembra nació.",
        ["9 de mayo"],
    ),
    "w11-a-name-es-del-a-date-in-digits": (
        "Los chiquitos... ay, Yupanqui es del 12/08/2015 y la bebita no sé.",
        ["12/08/2015"],
    ),
    "w11-a-full-name-opening-a-sentence-then-a-date": (
        "Dos ingresaron este año. Yoel Taipe, 9 de enero de 2006, entró a Enfermería.",
        ["9 de enero"],
    ),
    "w13-twins-son-del": (
        "Tengo mellizos, están en Ica, ellos son del 5 de marzo del 2001.",
        ["5 de marzo"],
    ),
    "one's-date-on-a-card": (
        "Ese es mi carné de extranjería, ahí dice mi fecha: 9 de noviembre del 79.",
        ["9 de noviembre"],
    ),
    "her-date-on-the-passport": (
        "En el pasaporte de mi mamá su fecha sale 2 de febrero de 1955, ya está viejita.",
        ["2 de febrero"],
    ),
    "the-date-a-child's-card-carries": (
        "La más chiquita es Nayra; en su carné de vacunas dice 14/02/21, ahí está todo.",
        ["14/02/21"],
    ),
    "the-date-written-on-a-birth-record": (
        "En la partida de mi nieto pusieron 3/11/2019, pero nació un día antes.",
        ["3/11/2019"],
    ),
    "month-first-with-del-year": (
        "La mayor nació el 3 de marzo del 2009 y el segundo en julio 14 del 2012.",
        ["julio 14"],
    ),
    "born-in-a-settlement-named-by-a-date": (
        "Mi nieto nació en Lima, en el Quince de Enero, el tres de junio del 2017.",
        ["tres de junio"],
    ),
}

KEPT = {
    "a-card's-expiry": "El DNI dice que vence el 12/03/2030, hay que renovarlo.",
    "a-record-of-a-meeting": "El acta de la asamblea dice 15/08/2019, con todas las firmas.",
    "a-fiesta-has-its-date": "La herranza tiene su fecha, 25 de julio, y todos regresan.",
    "a-trip-has-its-date": "Su fecha de viaje era el 3 de mayo, pero se postergó.",
    "a-settlement-named-by-a-date": ("Mi hija nació en la 28 de Julio, la avenida, y ahí vivimos."),
    "children-travel-on-a-date": "Mis hijos viajan a Ica el 15 de enero y vuelven el 20 de marzo.",
    "children-at-a-fiesta": (
        "Mis hijos vienen para la fiesta: Santiago, el 25 de julio, y la Virgen, el 15 de agosto."
    ),
    "a-meeting-held": "La reunión la tuvimos el 3 de mayo en el local comunal.",
    "had-to-sell": "El ganado lo tuve que vender el 12 de abril del 2020.",
    "a-question-about-a-fiesta": (
        "E: ¿Cuándo es la fiesta?\nParticipante 1: el 8 de setiembre, la Virgen de Cocharcas."
    ),
    "a-question-about-birthplace-answered-with-a-fiesta": (
        "E: ¿Cuándo nació usted?\nP: en Lircay, en la fiesta de la Virgen, el 8 de setiembre es."
    ),
    "the-nativity-lowercase": "nació el niño Jesús el 25 de diciembre, dicen los abuelos.",
    "the-nativity-capitalized": "Para Navidad, cuando nació el Niño, el 25 de diciembre, hay misa.",
    "a-fiesta-with-del-after-a-birth": (
        "Mi hijo nació en mayo, la fiesta del 25 de julio es grande, el santo del 8 de setiembre."
    ),
    "a-named-person-seen": "A la Rosa la vimos el 3 de mayo en la feria.",
    "had-to-take-someone": "Al Juan lo tuvimos que llevar el 5 de junio al hospital.",
    "a-baby-travels": "El bebé llegó a Lima el 2 de enero con su mamá.",
    "family-visit": "Tuvimos familia de visita el 3 de mayo, vinieron de Lima.",
    "children-and-a-year": "Mis hijos se fueron en el 2015 a Lima, los tres.",
    "a-place-comma-full-date": "Llegamos a Lircay, 15 de agosto de 1983, con la familia.",
    "an-event-after-a-place": "En Pisco, 15 de agosto del 2007 fue el terremoto.",
    "an-event-date-with-year": "El 15 de agosto de 1983 entraron los militares al pueblo.",
    "arrived-on-a-date": "Llegamos el 3 de mayo, para la fiesta de las Cruces.",
    "a-fiesta-after-a-comma": "La fiesta de Santiago, 25 de julio del 2019, fue grande.",
    "a-saint-comma-date": "Para la Virgen, el 8 de setiembre del 2020 hubo misa.",
    "a-place-list-comma-full-date": "Estuve en Ica, Pisco, el 15 de agosto del 2007, el terremoto.",
    "a-place-with-its-article": "Llegamos a Villa El Salvador, 5 de noviembre de 1998.",
    "a-place-after-en-la": "Vivimos en La Oroya, 5 de noviembre de 1998 fue.",
    "a-work-turned-months": "La faena cumplió tres meses el 9 de enero.",
    "goals-met": "El proyecto cumplió sus metas el 9 de enero.",
    "a-fiesta-sentence-after-a-birth-date": (
        "Mi hijo nació en Lima. El Carnaval el 10 de febrero del 2024 fue grande."
    ),
    "w12-month-then-day-without-a-birth": "Llegamos en junio, el doce, a Lima.",
    "w12-a-month-and-a-year-after-a-birth": "Nació en junio el 2005, creo.",
    "w13-an-event-on-the-day-of-the-month": "El paro fue el 12 del mes de junio.",
    "w13-where-born-asked": "E: ¿dónde nació usted?\nP: en Lircay, el 8 de setiembre es la fiesta.",
    "w13-a-village-birthday-asked": "E: ¿y el cumpleaños de la comunidad?\nP: el 3 de mayo.",
    "w13-prices-son-del": "Los precios son del 3 de mayo, de la feria.",
    "w14-a-fiesta-day-after-a-birth-month": "Nació en agosto, y el 15 de agosto es la fiesta.",
    "w14-a-fiesta-in-the-birth-month": "Nació en agosto, para la fiesta del 30 de agosto.",
    "w14-roman-month-of-an-event": "La asamblea fue el 7/VII/2006 en el local comunal.",
    "w14-english-born-without-a-date": "Dice born in the USA, en su polo, desde 2008.",
    "w14-english-event-date": "The flood was on March 3rd, 2008, in the valley.",
    "w15-es-del-a-photo": "Tengo una foto de mi hija. Es del 3 de mayo de 1990.",
    "w15-es-del-a-document": "Mi hijo trajo el acta. Es del 2 de enero del 91, de la asamblea.",
    "w11-a-weekday-opening-a-sentence": "Hicimos asamblea. Lunes, 3 de mayo de 2021, votamos.",
    "w11-a-place-opening-a-sentence": "Fuimos. Villa Rica, 3 de mayo de 2021, llegamos.",
    "w11-a-fiesta-opening-a-sentence": "Fuimos. Santiago, 25 de julio del 2019, bailamos.",
    "w11-a-fiesta-es-del": "Santiago es del 25 de julio, la fiesta grande.",
    "w11-a-noun-es-del-in-digits": "Ese Documento es del 3/05/1990, de la comunidad.",
    "w13-a-strike-by-numbers": "El paro fue el cinco del tres del noventa, en Huancayo.",
}


test_birth_date_is_gone, _ = gone_and_kept(GONE, {})


@pytest.mark.parametrize("text", KEPT.values(), ids=KEPT.keys())
def test_other_dates_stay(text: str) -> None:
    out = scrub_for_cli(text)
    assert "[FECHA]" not in out, out


def test_a_fiesta_after_the_next_child_stays() -> None:
    out = scrub_for_cli(
        "Yolanda nació el 14 de febrero del 89. Teófanes el 3 de mayo del 93, justo en la "
        "fiesta de las Cruces, ese día que bajan la cruz del cerro, el 3 de mayo pues."
    )
    assert "14 de febrero" not in out and "del 93" not in out, out
    assert out.endswith("el 3 de mayo pues."), out


def test_a_count_of_days_is_no_year() -> None:
    out = scrub_for_cli("La Yeni nació el 4 de agosto, dos días después de la posta.")
    assert "dos días después" in out, out


def test_a_fiesta_next_to_listed_births_stays() -> None:
    out = scrub_for_cli(
        "Mis hijas: Rocío, 3 de mayo de 2004; Elsa, 9 de junio de 2007. El 24 de junio "
        "es la fiesta de San Juan."
    )
    assert "3 de mayo" not in out and "9 de junio" not in out, out
    assert out.endswith("El 24 de junio es la fiesta de San Juan."), out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Mi nieta nació el 16/07/12. Para el 28 de julio desfilamos con la asociación.",
            "Para el 28 de julio desfilamos",
        ),
        (
            "Mi hijo nació el 3 de mayo. Santiago es el 25 de julio, la fiesta grande.",
            "Santiago es el 25 de julio",
        ),
    ],
)
def test_a_sentence_after_a_birth_opened_by_no_child_keeps_its_date(text: str, kept: str) -> None:
    out = scrub_for_cli(text)
    assert "[FECHA]" in out and kept in out, out


def test_a_fiesta_named_like_a_person_after_then_keeps_its_date() -> None:
    out = scrub_for_cli(
        "Mi hijo nació el 3 de mayo del 2001. Después Santiago, el 25 de julio, hacemos fiesta."
    )
    assert "3 de mayo" not in out and "25 de julio" in out, out


# A date hung on a person the scrubber found is that person's birth date, cue or not
# (privacy/births.py find_dates_of_people). Invented sentences, none from a batch.
HUNG_ON_A_PERSON = {
    "next-child-after-a-semicolon": (
        "Primero Teodora, el 2 de abril del 80. luego Wilmer, 11 de junio; vive en Ica.",
        "11 de junio",
    ),
    "copula-and-del": ("el Rodolfo es del 8 de octubre del 2009, ya camina.", "8 de octubre"),
    "digits-after-es-del": ("mi Yoselin es del 21-11-2015, ya lee.", "21-11-2015"),
    "comma-el-and-year": (
        "después Anselmo, el 14 de febrero de 1991, en Ica trabaja.",
        "14 de febrero",
    ),
    "del-without-comma": ("y la Marisol del cinco de enero, en Lima.", "cinco de enero"),
}

NOT_HUNG = {
    "what-happened-that-day": "Mi comadre Rosa, el 30 de agosto vende más en la feria.",
    "a-fiesta-of-that-day": "Mi hermano Santiago, el 25 de julio, es la fiesta grande.",
    "an-event-with-a-year": "Con don Teodoro, el 15 de agosto de 1983, entraron los senderistas.",
    "a-parade": "Le dije a Juana, el 28 de julio desfilamos.",
    "bare-el-is-when": "Vino la señora Marta el 3 de mayo y se fue el 5.",
    "a-place-not-a-person": "Estuvimos en Huancayo, el 3 de mayo, en la feria.",
}


@pytest.mark.parametrize(("text", "gone"), HUNG_ON_A_PERSON.values(), ids=HUNG_ON_A_PERSON.keys())
def test_a_date_hung_on_a_person_is_a_birth_date(text: str, gone: str) -> None:
    out = scrub_for_cli(text)
    assert gone not in out
    assert "[FECHA]" in out


@pytest.mark.parametrize("text", NOT_HUNG.values(), ids=NOT_HUNG.keys())
def test_a_day_told_of_what_happened_stays(text: str) -> None:
    assert "[FECHA]" not in scrub_for_cli(text)
