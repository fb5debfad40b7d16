"""Birth dates: a date is an identifier when its sentence says someone was born on it.

Interviews are full of dates that are research content: fiestas ("el 25 de julio se
hace la herranza"), events ("el 15 de agosto de 1990 entró el ejército"), months and
years. A date (day and month, with or without a year, in digits or in words) is a
birth date when a birth cue ("nací", "nació el", "nacido", "fecha de nacimiento",
"cumpleaños", "dio a luz", "tuvo a su bebé") comes before it in the same sentence, at
most a short clause away, or when it continues a list that started with one ("nació
el 15 de abril, y el chiquito, Abel, el 2 de noviembre"). The same date string
elsewhere, in a sentence without a cue, stays: it is the fiesta, not the birthday.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Final

from privacy.given import GIVEN_NAMES, PLACE_PREFIXES
from privacy.lexicon import COMMON_WORDS, PLACE_WORDS, SENTENCE_WORDS
from privacy.lexicon import words as word_set
from privacy.literals import folded_starts, lowercased, match_at_folded_keys, number_starts
from privacy.normalize import Words, normalize_token
from privacy.public import PUBLIC_NAMES
from privacy.recognizers import FECHA, Span
from privacy.triggers import find_at

_MONTHS: Final = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|"
    r"noviembre|diciembre)"
)
_NUMBER_WORD: Final = (
    r"(?:uno|primero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
    r"catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti[a-záéíóú]+|"
    # Typed as one word, as it is said: "del cuarentaiuno", "sesentaicinco".
    r"(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)i(?:uno|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|nueve)|"
    r"treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|mil|"
    r"novecientos|ochocientos)"
)
_EN_MONTHS: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_SHORT_MONTHS: Final = r"(?:ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SET|SEP|OCT|NOV|DIC)"
_IT_MONTHS: Final = (
    r"(?:gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre)"
)
_ABBREVIATED_MONTHS: Final = (
    r"(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic)(?:\.|(?!\w))"
)
_MONTH_NUMBER: Final = r"(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?!\w)"
_DAY: Final = rf"(?:\d{{1,2}}(?:[º°]|\.º)?|{_NUMBER_WORD}(?:\s+y\s+{_NUMBER_WORD})?)"
# A year in words is no count of days: "nació el 4 de agosto, dos días después".
_YEAR: Final = (
    rf"(?:\d{{4}}|'?\d{{2}}|{_NUMBER_WORD}(?:\s+(?:y\s+)?{_NUMBER_WORD}){{0,5}}"
    # "del cuarenta y ocho, día de reyes": a day named after the year is its fiesta.
    r"(?!\s+(?:d[ií]as|d[ií]a(?!\s+(?:de|del)\s)|mes(?:es)?|a[ñn]os?|semanas?|horas?|veces)\b))"
)
# A year read as its own group, never a digit: "dos mil seis", "noventa y ocho", "98".
_GROUPED_YEAR: Final = (
    r"(?:dos\s+mil(?:\s+[a-záéíóúñ]+){0,3}|mil\s+novecientos(?:\s+[a-záéíóúñ]+){0,3}"
    r"|(?:cincuenta|sesenta|setenta|ochenta|noventa)(?:\s+y\s+[a-záéíóúñ]+)?|\d{2}|\d{4})"
)
_SEP: Final = r"(?:\s*(?:\.\.\.|…)\s*|\s+)"
# A word said again after a pause: "el 2 de... de agosto", "del 20 de octubre del... del
# 2010", "ella es del... del catorce de mayo".
_PAUSE: Final = r"\s*(?:\.\.\.|…)\s*"
# A year in words: "noventa y seis", "mil novecientos setenta", "dos mil diez".
_YEAR_WORDS: Final = (
    r"(?:(?:mil\s+novecientos|dos\s+mil)(?:\s+(?:y\s+)?[a-záéíóúñ]+){0,3}|"
    r"(?:cincuenta|sesenta|setenta|ochenta|noventa)(?:\s+y\s+[a-záéíóúñ]+)?)(?=,)"
)
_DATE: Final = re.compile(
    rf"(?<!\w)(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})(?!\d)"
    # The year first, as Japanese and ISO papers write it: "1979/04/11", "2008-03-15".
    r"|(?:19|20)\d\d([/.\-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d/.\-])"
    # Day and month alone in digits, only ever looked for right after a cue: "el 3/8".
    rf"|\d{{1,2}}/\d{{1,2}}(?![/\d])"
    # "el 3 del 5 del 2015"
    rf"|\d{{1,2}}\s+del?\s+\d{{1,2}}\s+del?\s+(?:\d{{4}}|\d{{2}})(?!\d)"
    # "el 25 de marzo del año treinta y ocho"
    # Said haltingly too: "el veinte... de marzo... del dos mil dieciséis".
    # Said haltingly with a word said again: "el 2 de... de agosto del... del 2013".
    # A month typed short: "nació el 2 de nov del 96", "el 15 de sept. del 2003".
    rf"|{_DAY}{_SEP}de(?:{_PAUSE}de)?{_SEP}(?:{_MONTHS}|{_ABBREVIATED_MONTHS})"
    rf"(?:,?{_SEP}(?:del?(?:{_PAUSE}del?)?{_SEP})?(?:año\s+)?{_YEAR}(?!\w))?"
    # The year first, then the day and month: "el 1975, seis de enero", "del 69, 4 de
    # enero", "es del noventa y seis, once de marzo".
    rf"|(?:(?:19|20)\d\d|'?\d{{2}}|{_YEAR_WORDS}),{_SEP}{_DAY}{_SEP}de{_SEP}{_MONTHS}"
    rf"(?!{_SEP}de{_SEP}(?:\d|{_NUMBER_WORD}))"
    # "en junio, el 21, del 2016": the month, then the day, then the year.
    rf"|{_MONTHS},?\s+el\s+\d{{1,2}},?\s+del?\s+(?:año\s+)?(?:\d{{4}}|\d{{2}})(?!\d)"
    # "la segunda en junio, el doce": the month, then the day, no year.
    rf"|{_MONTHS},?\s+el\s+{_DAY}(?!\s+de\b)(?![\w/])"
    # "es de junio 29", "del junio veintiséis", "de mayo, veinte", "de noviembre, el día
    # cuatro": said month first, the day closing the clause.
    rf"|{_MONTHS},?\s+(?:el\s+)?(?:d[ií]a\s+)?{_DAY}(?=\s*(?:[,.;:!?)\n…]|$)|\s+(?:y|o|creo)\b)"
    # "el 12 del mes de junio del 98"
    rf"|{_DAY}\s+del\s+mes\s+de\s+{_MONTHS}(?:,?\s+(?:de(?:l)?\s+)?(?:año\s+)?{_YEAR}(?!\w))?"
    # "el veintinueve del diez del dieciséis": the month by its number, in words.
    rf"|{_DAY}\s+del?\s+{_MONTH_NUMBER},?\s+del?\s+{_YEAR}(?!\w)"
    # Read off the card in its groups: "cero tres, once, dos mil seis" (03/11/2006).
    rf"|(?:cero\s+)?{_DAY},\s+(?:cero\s+)?{_MONTH_NUMBER},\s+{_GROUPED_YEAR}(?!\w)"
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+(?:del?\s+)?\d{{4}}"
    # "7/VII/2006": the month in Roman numerals, as school records write it.
    r"|\d{1,2}[/.\-](?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[/.\-](?:\d{4}|\d{2})(?!\d)"
    # A birth certificate from abroad, in English: "March 3rd, 2008", "3rd of March 2008".
    # Said in Spanish around it: "el July 4th del 2008".
    rf"|{_EN_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:del?\s+)?\d{{4}}(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTHS},?\s+\d{{4}}(?!\d)"
    # A passport's "11 ENE 1999", an Italian birth record's "22 luglio 2011".
    # Both languages on one card: "19 FEB/FEB 1966".
    rf"|\d{{1,2}}\s+(?:{_SHORT_MONTHS}\.?(?:/[a-z]{{3}}\.?)?|{_IT_MONTHS})\s+\d{{4}}(?!\d)"
    # A note's dashed short month: "n. 17-ene-2012".
    rf"|\d{{1,2}}-{_SHORT_MONTHS}-(?:\d{{4}}|\d{{2}})(?!\d)"
    # A Japanese record's, by the year or the era: "2015年4月5日", "平成25年8月2日",
    # "令和3年1月18日", and the era's letter dotted: "H24.6.2".
    r"|(?:(?:平成|昭和|令和|大正)\s?(?:\d{1,2}|元)|(?:19|20)\d\d)\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"|(?-i:[HSRT])\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d.]))",
    re.IGNORECASE,
)
_CUE: Final = re.compile(
    # Not "Nacional", "nacionalidad": "la Universidad Nacional de Huancavelica".
    # A note's shorthand: "f.nac", "fnac 03-11-2021", "f/nac", "fec. nac.", "fech nac".
    r"\b(?:nac[ií](?!onal)\w*|nacimiento|nac(?=\.)|f\.\s?nac|f/?nac\b|fec(?:h|ha)?\.?\s?nac\b|"
    r"cumplea(?:ñ|n)os|"
    # A girl's fifteenth birthday party falls on her birthday: "su quinceañero, el 22".
    r"quincea(?:ñ|n)er[oa]s?|"
    # "cumplo años", "cumplió 15 años": not "cumplió con la faena".
    # "cumplió un año de casada" is an anniversary.
    r"cumpl\w*\s+(?:\w+\s+)?a(?:ñ|n)os?\b(?!\s+de\s+(?:casad|matrimonio|servicio|trabajo|"
    r"fundad|creaci|vida|aniversario|muert|fallec|viud|llegad|migra))|"
    r"cumple(?!\s+con\b)|"
    # "mi hija cumplió quince el 9 de enero": an age turned, "años" left unsaid.
    # "cumplo dieciséis en setiembre, el catorce", "cumplí dieciocho allá, el 9 de
    # febrero": who turns an age says the day they were born.
    rf"cumpl(?:i[oó]|í|o|imos|iste)\s+(?:sus\s+|los\s+|mis\s+)?(?:\d{{1,2}}|{_NUMBER_WORD})"
    r"(?!\s+(?:d[ií]as|meses|semanas|horas|a[ñn]os\s+de)\b)|"
    # "tengo dieciocho ya, los cumplí el once de noviembre"
    r"(?<=los\s)cumpl\w*|"
    # "ahora tengo 16, cumplí el 20 de enero", "cumplo 18 el 9 de marzo": the day one
    # turns an age is one's birthday, whoever says it.
    rf"cumpl\w*\s+(?:(?:mis|sus|los|tus)\s+)?(?:(?:\d{{1,2}}|{_NUMBER_WORD})\s+(?:a(?:ñ|n)os\s+)?)?"
    rf"(?=el\s+{_DAY}\s+de\s+{_MONTHS})|"
    r"(?:vino|lleg[oó])\s+al\s+mundo|"
    # Papers from abroad, in English: "born on March 3rd, 2008", "born 5th of May 2010".
    r"born(?:\s+on)?|"
    # "su carné dice 07/05/22", "en el certificado de Ashley dice …", "en la partida
    # pusimos …": the date a child's or a person's papers carry is when they were born.
    # "en mi tarjeta de extranjero decía 1968/4/17", "en mi ID del estado sale 07/04/1982".
    r"(?:carn[eé]t?|certificado|partida|ficha|DNI|documento|pasaporte|c[eé]dula|constancia|"
    r"SIS|tarjeta|(?-i:ID))"
    # "en su tarjeta CRED dice 2/3/2022": the card's own letters.
    r"(?:\s+(?-i:[A-Z]{2,6}))?"
    # Not a death's record: "la partida de defunción dice 22 de agosto de 1983".
    # "en mi ID de Nueva Jersey sale …": a place of two words the paper is from.
    r"(?:\s+(?:de|del)\s+(?!defunci)\w+(?:\s+(?-i:[A-ZÁÉÍÓÚ])\w+)?){0,2}\s+(?:dice|dec[ií]a|sale|sal[ií]a|sali[oó]|pusimos|pusieron|pone|"
    # "en el carné está 15/11/2017", "en el SIS figuraba 21-10-2022", "en su carné está
    # escrito ...": what the paper carries.
    r"pon[ií]a|figura(?:ba)?|aparec[eí]a?|est[aá](?:ba)?(?:\s+escrito)?|indica(?:ba)?)"
    r"(?:\s+que)?(?=\s+(?:el\s+)?(?:\d|" + _NUMBER_WORD + r"\s+de\s))|"
    # "ahí sale mi fecha, 17 de junio del 81": one's date on a document is the birth date.
    # "su fecha así, 14.02.1991", "mi fecha al revés, 1979/04/11": how it is written.
    # "mi fecha de verdad es 1 de julio del 2004", "su fecha correcta es ...".
    r"(?:mi|su|tu)\s+fecha(?:\s+(?:as[ií]|al\s+rev[eé]s|con\s+puntitos|con\s+rayitas|"
    r"de\s+verdad|verdadera|real|correcta|exacta))?"
    r"(?=\s*[,:]|\s+(?:es|era|sale|dice|sal[ií]a|dec[ií]a)\b)|"
    # One's day, then the date: "ella sí sabe su día, veinticinco de julio".
    rf"(?:mi|su|tu)\s+d[ií]a(?=\s*,\s*(?:el\s+)?{_DAY}\s+de\s+{_MONTHS})|"
    # What the registrar put down for someone: "a mí me pusieron treinta de agosto del
    # cuarenta y nueve", "en el sis le pusieron 4 de febrero", "la registraron mal,
    # pusieron 12 de octubre".
    # The cue starts at the verb, the clitic before it (one hint per verb, not per pair).
    r"(?:(?<=\bme )|(?<=\ble )|(?<=\bles )|(?<=\bnos )|(?<=\blo )|(?<=\bla )|(?<=\blos )|"
    # Registered "on" a day is when the act was done ("lo inscribimos el 20 de mayo"):
    # what was written down is registered "mal", "con" or "como" a date.
    r"(?<=\bte ))(?:pusieron|pusimos|puso|"
    r"(?:registraron|inscribieron|inscribimos|anotaron|anotamos)(?=\s+(?:mal|con|como)\b))"
    rf"(?:\s+mal)?(?:[,.]?\s+pusieron)?(?:\s+con|\s+como)?"
    rf"(?=\s+(?:el\s+)?(?:{_DAY}\s+de\s+{_MONTHS}|\d{{1,2}}[/.\-]\d{{1,2}}))|"
    # What a record shows for someone, the date right after: "en el Facebook le sale 21
    # de octubre", "me aparece 03/05/1990".
    r"(?:(?<=\bme )|(?<=\ble )|(?<=\bte ))(?:sale|sal[ií]a|aparece|aparec[ií]a|figura|figuraba)"
    rf"(?=\s+(?:{_DAY}\s+de\s+{_MONTHS}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d))|"
    r"di[oó]?\s+a\s+luz|tuvo\s+a\s+su\s+(?:beb[eé]|hij[oa]|wawa)|naci[oó]|alumbr\w+|par(?:í|ió)|"
    # A delivery, the noun: "el parto fue el 3 de mayo"; "23 de setiembre de 1999, parto
    # domiciliario" (see _CUE_AFTER_DATE). Not "parto a Lima" (I leave).
    r"(?:(?<=\bel )|(?<=\bsu ))parto\b|parto\s+(?:domiciliario|normal|institucional|en\s+casa)|"
    # A register of deliveries read out: "Rocío Ñañez, parto el 17 de enero, mujercita".
    rf"(?<=, )parto(?=\s+el\s+{_DAY}\s+de\s+{_MONTHS})|"
    # An Italian paper: "nata in Perù il 14/09/1982", "nato a Lima il 3 marzo 1990".
    r"nat[oa](?=\s+(?:(?:in|a)\s+\w+\s+)?il\s+\d)|"
    # A note's "n." right before a whole date: "Yuli nieta, n. 8/12/2015, 3ro prim".
    r"(?<![\w.])n(?=\.\s?\d{1,2}[/.\-](?:\d{1,2}|[a-z]{3})[/.\-]\d{2,4}(?!\d))|"
    # "tuve a mi hija el 3 de mayo"; "a mis hijos los tuve acá: la mayor el ..." (the
    # object pronoun only after a child word, see _CHILD_BEFORE): not "la tuvimos el lunes".
    r"tuv(?:e|o|imos|iste|ieron)\s+a\s+(?:mis?|sus?|tus?|nuestr[oa]s?|la|el|los|las)\s+"
    r"(?:\w+\s+)?(?:hij|wawa|beb|niñ|gemel|melliz|criatur|chiquit)\w*|"
    r"l[oa]s?\s+tuv(?:e|o|imos|iste|ieron)(?!\s+que\b)|"
    # "yo tuve a la mía en Lima, el 14 de setiembre": the child, by its pronoun.
    r"tuv(?:e|o|iste)\s+a\s+(?:la|el)\s+m[ií][ao]\b|"
    # "tuvo gemelas el cinco de marzo", "tuve un bebito el 2 de mayo": the child is born.
    r"tuv(?:e|o|imos|iste|ieron)\s+(?:(?:un|una|unos|unas|su|sus|mi|mis)\s+)?"
    r"(?:gemel|melliz|trilliz|beb|wawit|hijit)\w*|"
    # "la bebita llegó el 14 de febrero": a baby arrives by being born.
    r"(?:beb[eéi]\w*|wawa|wawit?a)\s+lleg[oó]\b(?!\s+(?:a|al|de|del|desde|hasta|con)\b)|"
    # "tuve familia el 5 de abril": gave birth, as the Andes say it.
    r"tuv(?:e|o|iste)\s+familia\b|"
    # "Yo soy del 14 de febrero de 1968": who is "of" a date was born on it.
    # "¿Tú no eras del doce de mayo?": asked of the one spoken to.
    rf"(?:soy|eres|eras|somos)\s+del?(?=\s+(?:el\s+)?{_DAY}\s+de\s+{_MONTHS})|"
    # Twins, "of" the date they share: "son mellizos, del veintiuno de setiembre".
    # Who they are may come between: "son mellizos, varoncito y mujercita, del 15 de …".
    rf"(?:melliz|gemel|trilliz)[oa]s(?:,(?:\s+[a-záéíóúñ]+){{1,3}})?,?\s+del?"
    rf"(?=\s+(?:el\s+)?{_DAY}\s+de\s+{_MONTHS})|"
    # "Mi mamá es del 12 de marzo de 1950", with a relative before it (see _RELATIVE).
    # "Amaru es del 19/06/2016": a full date in digits too.
    # "es de un 19 de setiembre", "es del 2003, de un 10 de enero", "es de 1950, del 12
    # de marzo", "es de marzo, del 15 de marzo del 2012": the year or month, then the day.
    # "ella es del... del catorce de mayo": the word said again after a pause.
    rf"(?:es|era|son|eran)\s+del?(?:{_PAUSE}del?)?\s+"
    rf"(?:(?:\d{{4}}|\d{{2}}|{_MONTHS}),\s+de(?:l\s+|\s+))?"
    # "es del noventa y seis, once de marzo", "es del 69, 4 de enero": the year first.
    # "el mayor es de marzo 3 del 2007": the month, then the day.
    rf"(?:un\s+)?(?=(?:{_DAY}\s+de(?:{_PAUSE}de)?\s+{_MONTHS}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|"
    rf"{_MONTHS}\s+\d{{1,2}},?\s+(?:del?\s+)?\d{{4}}|"
    rf"{_MONTHS},?\s+(?:el\s+)?(?:d[ií]a\s+)?{_DAY}(?=\s*(?:[,.;:!?)\n…]|$)|\s+(?:y|o|creo)\b)|"
    rf"(?:\d{{4}}|\d{{2}}|{_YEAR_WORDS}),\s+{_DAY}\s+de\s+{_MONTHS})))\b",
    re.IGNORECASE,
)
_RELATIVE: Final = re.compile(
    r"\b(?:yo|él|ella|ellos|ellas|mam[aá]|pap[aá]|hij(?:[oa]|it[oa])s?|herman[oa]s?|espos[oa]|abuel[oa]|"
    r"niet[oa]s?|sobrin[oa]s?|t[ií][oa]|prim[oa]s?|suegr[oa]|cuñad[oa]|mayor|menor|[úu]ltim[oa]|"
    r"beb[eé]s?|melliz[oa]s|gemel[oa]s|marido|señora|ahijad[oa]|yerno|nuera|"
    # "mi vieja es del diez de mayo": a parent by the word children use; kin by baptism.
    r"viej[oa]|bisabuel[oa]|comadre|compadre)"
    r"(?:\s+\w+)?\s+$",
    re.IGNORECASE,
)
# The Nativity is a fiesta: "el nacimiento del Niño", "nació el Niño Jesús".
# So is the birthday of a town or a school: "el cumpleaños de la comunidad".
_NATIVITY: Final = re.compile(
    # "nació el Niño", "nació el niño Jesús"; "nació el niño el 29/02/2012" is a child.
    r"\s+(?:del?\s+)?(?:el\s+|la\s+|nuestr[oa]\s+)?(?:(?-i:Ni[ñn]o)|"
    r"ni[ñn]o(?=\s+(?:jes[uú]s|dios|manuelito|divino|de\s+(?:dios|bel[eé]n|praga|reyes)))|jes[uú]s|se[ñn]or|cristo|dios|redentor|"
    r"comunidad|pueblo|distrito|colegio|escuela|instituci[oó]n|asociaci[oó]n|club|provincia|"
    r"regi[oó]n|municipalidad|anexo|caser[ií]o|ciudad|parroquia|iglesia|barrio|federaci[oó]n|"
    r"cooperativa|empresa|organizaci[oó]n|promoci[oó]n|"
    # Nor are the young of the herd, nor a group that was founded: "nacieron los corderitos".
    r"comedor|ronda|proyecto|programa|grupo|radio|ong|"
    r"(?:los\s+|las\s+|unos\s+|unas\s+)?(?:corder|cr[ií]a|becerr|terner|alpaquit|pollit|cuy|"
    r"chanchit|potrill|cabrit|llamit|vicuñit)\w*)\b",
    re.IGNORECASE,
)
# A body as the subject before "nació": "El comedor nació el 12 de octubre de 1990".
_BODY_BEFORE: Final = re.compile(
    r"\b(?:comedor|asociaci[oó]n|organizaci[oó]n|club|comunidad|pueblo|ronda|proyecto|ong|"
    r"iglesia|escuela|colegio|federaci[oó]n|cooperativa|empresa|programa|radio|banda|grupo|"
    r"anexo|distrito|caser[ií]o|barrio|comit[eé]|centro)(?:\s+\w+){0,2}\s+$",
    re.IGNORECASE,
)
# A date the birth is told after: "El 12 de marzo del 2005 nació mi hija", "el 3 de
# mayo es mi cumpleaños".
_CUE_AFTER_DATE: Final = re.compile(
    r"(?:nac(?:[ií]|i[oó]|imos|ieron|iste|en?)|vino\s+al\s+mundo|lleg[oó]\s+al\s+mundo|dio\s+a\s+luz|"
    r"cumplea(?:ñ|n)os|cumpl\w*\s+(?:\w+\s+)?a(?:ñ|n)os?|"
    # "el 7 de marzo cumple noventa": an age turned that day, "años" left unsaid.
    rf"cumpl(?:e|en|o|imos|i[oó]|í)\s+(?:sus\s+|los\s+)?(?:\d{{1,3}}|{_NUMBER_WORD})"
    r"(?!\s+(?:d[ií]as|meses|semanas|horas|a[ñn]os\s+de)\b)|"
    r"parto\s+(?:domiciliario|normal|institucional|en\s+casa)|"
    # "el 14 de abril de 2003 tuve a mi primera hija": a child had on that day.
    r"tuv(?:e|o|imos|ieron)\s+a\s+(?:mis?|sus?|nuestr[oa]s?)\s+(?:\w+\s+)?"
    r"(?:hij|wawa|beb|gemel|melliz)\w*)\b",
    re.IGNORECASE,
)
# "El 3 de mayo es mi cumpleaños", not "el 3 de mayo, cumpleaños del pueblo".
# Or "el 16 de abril del 84, el mismo día de mi cumpleaños".
_BIRTHDAY_IS: Final = re.compile(
    r"(?:(?:es|era|fue|ser[aá])\s+(?:mi|su|el)|el\s+mismo\s+d[ií]a\s+(?:de|que)\s+(?:mi|su)"
    # "el 14 de febrero, mi cumpleaños, …", "cada 12 de octubre, por su cumpleaños, …".
    r"|(?<=\d|[a-z]),\s*(?:(?:por|para)\s+)?(?:mi|su|tu))\s+$",
    re.IGNORECASE,
)
_MAX_DATE_BEFORE: Final = 30
_DAY_MONTH: Final = re.compile(r"\d{1,2}/\d{1,2}")
_LONGEST_DATE: Final = 80
_CUE_HINTS: Final = (
    "nac",
    "quincea",
    "carn",
    "certificado",
    "partida",
    "ficha",
    "dni",
    "documento",
    "pasaporte",
    "constancia",
    "sis ",
    "cédula",
    "cedula",
    "tarjeta",
    "id ",
    "mi fecha",
    "mi día",
    "su día",
    "tu día",
    "mi dia",
    "su dia",
    "tu dia",
    "su fecha",
    "tu fecha",
    "born",
    "cumpl",
    "soy de",
    "es del",
    "era del",
    "son del",
    "es de ",
    "era de ",
    "son de ",
    "eran de ",
    "eran del",
    "eres de",
    "eras de",
    "nata ",
    "nato ",
    "n.",
    "somos de",
    "alumbr",
    "melliz",
    "gemel",
    "trilliz",
    "dio a luz",
    "pusieron",
    "pusimos",
    "puso",
    "inscribimos",
    "anotamos",
    "registraron",
    "inscribieron",
    "anotaron",
    "di a luz",
    "dió a luz",
    "parí",
    "parió",
    "parto",
    "sale ",
    "salía",
    "salia",
    "aparece",
    "figura",
    "bebe",
    "bebé",
    "bebit",
    "wawa",
    "tuviste familia",
    # "tuvo a", "tuve familia", "tuvo gemelas": any "tuve", "tuvo" (see _CUE).
    "tuvo ",
    "tuve ",
    "tuvimos ",
    "tuvieron ",
    "tuviste a",
    "lo tuv",
    "la tuv",
    "los tuv",
    "las tuv",
    "f. nac",
    "fnac",
    "f/nac",
    "fec",
    "f.nac",
    "vino al mundo",
    "llegó al mundo",
    "llego al mundo",
)
_MAX_LIST_GAP: Final = 100
# "nació en Ica, en el hospital regional, el 21 de setiembre": a clause without "y".
_MAX_CUE_GAP: Final = 60
# Given names that are a feast's or a place's too, never "mine" as a person: "mi santo".
_FIESTA_WORDS: Final = frozenset({"santo", "santa", "fiesta", "pueblo", "virgen", "cruz"})
_MAX_CUE_GAP_YEAR: Final = 100
# Past this many characters the clause may have moved on to another subject.
_NEAR_CUE: Final = 35
_OTHER_CLAUSE: Final = re.compile(
    r"\b(?:es|son|era|fue|se|hace|hacen|celebra\w*|festividad|aniversario|fiesta|donde|cuando|"
    # What was done to the child on another day: "nació el 7 de julio de 1952 y lo
    # inscribimos el 7 de julio de 2024", "…, bautizada el veinticuatro de junio".
    r"bautiz\w*|inscrib\w*|registr\w*|vacun\w*)\b",
    re.IGNORECASE,
)
_TRAILING_JOINS: Final = re.compile(r"(?:\s+(?:y|de|del))+$", re.IGNORECASE)
_AND: Final = re.compile(r"\by\b|\be\b", re.IGNORECASE)
# A sentence's end; an ellipsis is a pause in speech, not an end ("nació un domingo de
# carnavales... el 15 de febrero del 2015", "nació el 20 de... 27 de marzo").
_BREAK: Final = re.compile(r"(?<!\.)\.(?!\.)|[;!?\n]")
_CONTINUES: Final = re.compile(r"^[^.;!?\n]{0,60}\by\b[^.;!?\n]{0,40}$")
# A list item without "y": "nació el 23 de marzo, Soledad el 8 de julio" (a name or a
# kin word, then "el"), but not "..., la fiesta es el 25 de julio".
# "mi hija la mayor es del 12 de mayo, la segunda del 3 de agosto".
# "…, la segunda Shirley en junio, el doce": "en" before a month.
_ITEM: Final = re.compile(r"^,\s*[^.;!?\n]{1,40}\s(?:el|en\s+el|del|en)\s+$", re.IGNORECASE)
# "..., y el 25 de julio es la herranza": a date the sentence goes on to describe.
_EVENT_AFTER: Final = re.compile(
    r"\s*(?:(?:tambi[eé]n|siempre|ya|todav[ií]a)\s+)?"
    r"(?:es|era|fue|son|se\s|hay|hac|celebr|festej|lleg|vin|entr|pas[oó])",
    re.IGNORECASE,
)
# "Rosa 03/05/2001, Juan 05/06/2003"; "Yesenia, 10 de febrero de 1999; Clemente, 22 de
# junio de 2001; Azucena, el 30 de noviembre".
_NAME_ITEM: Final = re.compile(
    r"^,\s*(?:y\s+)?(?:(?:el|la)\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+,?\s+(?:el\s+)?$"
)
_NOT_ITEM: Final = re.compile(
    r"\b(?:es|son|fue|era|se|hace|hacen|celebra\w*|fiesta|d[ií]a|festividad|aniversario|"
    # A fiesta named between two dates: "nació el 24/06/2011, en plena verbena de Sant
    # Joan, el 24 de junio" gives the fiesta's date, not a second child's.
    r"verbena|procesi[oó]n|feria|carnaval|herranza|patr[oó]n|patrona|virgen|santo|sant|san|"
    r"bautiz\w*|inscrib\w*|registr\w*|vacun\w*)\b",
    re.IGNORECASE,
)


# An age told just before: "el deyvis tiene dos años recién. es de 15 de mayo".
_AGED_BEFORE: Final = re.compile(
    rf"\b(?:tiene|tengo|tenía|cumpli[oó])\s+(?:\d{{1,2}}|{_NUMBER_WORD})\s+a(?:ñ|n)os\b[^\n]*$",
    re.IGNORECASE,
)


_DAY_OF: Final = re.compile(r"\bd[ií]a\s+(?:de|del)\s", re.IGNORECASE)
_DAY_CUES: Final = (" dia", " día")


# A child by its order, set off by a comma, the date after it: "me acuerdo solo de la
# mayor, uno de mayo" (see find_dates_of_people).
_ORDER_WORD: Final = re.compile(
    r"\b(?:el|la)\s+(?:mayor|menor|[uú]ltim[oa]|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|"
    r"primer[oa]?|chiquit[oa])(?=\s*,)",
    re.IGNORECASE,
)


# The words an _ORDER_WORD closes on, in lowercase.
_ORDER_KEYS: Final = tuple(
    word_set("mayor menor ultim últim segund tercer cuart quint primer chiquit")
)


def _order_words(text: str) -> list[re.Match[str]]:
    """``_ORDER_WORD.finditer(text)``, tried only where one can open: at the "el" or "la"
    two characters before the blanks before an order word (the whole scan tried the
    pattern at every character of most answers)."""
    found = folded_starts(text, _ORDER_KEYS)
    if found is None:
        return list(_ORDER_WORD.finditer(text))
    starts = set()
    for at in found:
        blank = at
        while blank > 0 and text[blank - 1].isspace():  # what `\s` reads
            blank -= 1
        if 2 <= blank < at:
            starts.add(blank - 2)
    return find_at(_ORDER_WORD, text, sorted(starts))


def _aged_person_before(text: str, at: int) -> bool:
    """Whether a person's age is told just before ``at`` (not a fair's or a group's)."""
    lo = max(0, at - 60)
    aged = _AGED_BEFORE.search(text, lo, at)
    if aged is None:
        return False
    start = max(0, aged.start() - 40)
    return not (
        _EVENT_BEFORE.search(text, start, aged.start())
        or _BODY_BEFORE.search(text, start, aged.start())
    )


def find_birth_dates(words: Words) -> list[Span]:
    """Return dates that the sentence says are someone's birth date."""
    text = words.text
    spans: list[Span] = []
    after = 0
    # Dates are looked for only just after a cue and just after a birth date, so the
    # date pattern never runs over a text that speaks of no birth.
    for cue in find_at(_CUE, text, _cue_positions(words)):
        if (
            cue.start() < after
            or _NATIVITY.match(text, cue.end())
            or (
                (cue.group()[-5:].lower() == "fecha" or cue.group()[-4:].lower() in _DAY_CUES)
                and _event_before(text, cue.start())
            )
            # "El día del campesino es su día, 24 de junio": a commemoration's day.
            or (
                cue.group()[-4:].lower() in _DAY_CUES
                and _DAY_OF.search(text, _sentence_start(text, cue.start(), 80), cue.start())
            )
            # "a la fiesta le pusieron 3 de mayo": what was put down for an event.
            or (_REGISTERED.match(cue.group()) and _event_before(text, cue.start()))
            or _BODY_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
        ):
            continue
        needs_year = False
        if (
            cue.group().lower().startswith(_COPULAS)
            and not cue.group().lower().startswith("eras")  # "¿tú no eras del ...?"
            and not _RELATIVE.search(text, max(0, cue.start() - 30), cue.start())
            and not _named_mine(text, cue.start())
            and not _KIN_SUBJECT.search(text, max(0, cue.start() - 160), cue.start())
            # "el deyvis tiene dos años recién. es de 15 de mayo": whose age was just told.
            and not _aged_person_before(text, cue.start())
        ):
            named = _NAME_IS.search(text, max(0, cue.start() - 30), cue.start())
            if named is not None and (_public(named.group(1)) or named.group(1) in _FIESTA_NAME):
                continue  # "Santiago es del 25 de julio"
            titled = named is not None and named.group(1)[:1].isupper()
            clause = _clause_start(text, cue.start())
            if not text[clause : cue.start()].strip() and clause > 1:
                # "Tengo una foto de mi hija. Es del 3 de mayo de 1990": the sentence before
                # says what is "of" the date.
                clause = _clause_start(text, clause - 1)
            if not titled and _THING_BEFORE.search(text, clause, cue.start()):
                continue  # "La foto es del 3 de mayo de 1990"
            # "Amaru es del 19/06/2016", "la chabuca, así le decimos, es del treinta de
            # noviembre del 2015", "… ingresó en 2021. Es del ocho de diciembre del 2002":
            # who is "of" a whole date was born on it; a day and month alone may be a fiesta.
            needs_year = True
        if (
            cue.group()[:1] in "lL"
            and "tuv" in cue.group().lower()
            and not _CHILD_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
            and not _NAMED_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
        ):
            continue  # "la reunión la tuvimos el 3 de mayo"; "a la Nayeli la tuve" is a child
        asked = _asked(text, cue.start(), cue.end())
        if asked is not None:
            # "Moderadora: ¿y cuándo nacieron sus hijos?" The dates are in the answers.
            for answer in _answer_dates(text, asked):
                after = max(after, _run(text, answer, spans))
            continue
        before = _date_before(text, cue.start(), after)
        right_after = _ARTICLE_AFTER_CUE.match(text, cue.end())
        if before is not None and right_after and _DATE.match(text, right_after.end()):
            # "para la Virgen del Carmen, el 16 de julio, soy devota, yo nací el 16 de
            # julio": the date told right after the cue is the birth's, the one before
            # it the fiesta's.
            before = None
        if before is not None:
            end = _trim_year_words(before)
            if "mismo" in text[before.end() : cue.start()]:
                # "llegué el 16 de abril del 84, el mismo día de mi cumpleaños": the day
                # and month are the birthday's, the year the journey's.
                part = _DAY_AND_MONTH.match(text, before.start())
                end = part.end() if part is not None else end
            spans.append(Span(before.start(), end, FECHA))
        day = _DAY_ONLY.match(text, cue.end())
        if day is not None:
            # "él nació el 13, el 15 de agosto es la Virgen": the day alone is the birth's;
            # "nació el veintiuno, cero cuatro, noventa y ocho" goes on with its month.
            whole = _DATE.match(text, day.start(1))
            end = _trim_year_words(whole) if whole is not None else day.end(1)
            spans.append(Span(day.start(1), max(end, day.end(1)), FECHA))
            after = max(end, day.end(1))
            continue
        m = _whole(text, _search_date(text, cue.end(), cue.end() + _MAX_CUE_GAP + _LONGEST_DATE))
        if m is not None and _names_a_place(text, m):
            # "nació allá, en el Doce de Octubre, el doce de octubre del 2008": the first
            # is a settlement named after a date; the birth date comes after it.
            m = _whole(text, _search_date(text, m.end(), m.end() + _MAX_CUE_GAP + _LONGEST_DATE))
        if m is None or (needs_year and not _WITH_YEAR.search(m.group())):
            continue
        if not _WITH_YEAR.search(m.group()) and _FIESTA_IS.match(text, m.end()):
            # "nació en Manta, el 25 de julio es la fiesta grande": the day's own event.
            continue
        if not (
            _cue_governs(
                text[cue.start() : m.start()],
                cue.end() - cue.start(),
                with_year=_WITH_YEAR.search(m.group()) is not None,
            )
            or _narrows_month(text, cue.end(), m)
        ):
            continue
        after = _run(text, m, spans)
    for listed in _children_listed(words, after):
        _run(text, listed, spans)
    for named in _named_full_dates(text):
        _run(text, named, spans)
    for paper in _paper_dates(text):
        _run(text, paper, spans)
    orders = [(m.start(), m.end()) for m in _order_words(text)] if ", " in text else []
    if orders:
        spans += find_dates_of_people(text, orders)
    if "con fecha" in text:
        for declared in _declared_dates(text):
            _run(text, declared, spans)
    if "recib" in text and _BIRTH_TALK.search(text):
        for received in _received_dates(text):
            _run(text, received, spans)
    spans += _topic_dates(text, spans)
    spans += _restated_dates(text, spans)
    if "nac" in text or "Nac" in text:
        spans += _told_dates(text)
    return _without_fiesta_days(text, spans) if len(spans) > 1 else spans


def _restated_dates(text: str, spans: list[Span]) -> list[Span]:
    """A birth date found, said again the other way in the same sentence after "o sea":
    "el 05-09-2016, así sale en su certificado; o sea cinco de septiembre"."""
    found: list[Span] = []
    for span in spans:
        said = _RESTATED.match(text, span.end)
        if said is None:
            continue
        m = _DATE.match(text, said.end())
        if m is not None and not _DAY_MONTH.fullmatch(m.group()):
            found.append(Span(m.start(), _trim_year_words(m), FECHA))
    return found


def _told_dates(text: str) -> list[Span]:
    """A birth's date as someone told it, later in the sentence that says where the child
    was born ("nació en Lima, en Carabayllo; su mamá me dijo por teléfono que fue el 23 de
    enero"), or the day it shared with another event ("nació el mismo día que se lo
    llevaron, un 24 de diciembre")."""
    found: list[Span] = []
    # Each pattern only where its plain words are: tried at every character of a long
    # text they cost a percent of the scrub.
    told_it = " que fue " in text or " que era " in text
    same_day = "mismo d" in text
    if not told_it and not same_day:
        return found
    tolds = [*(_TOLD_IT_WAS.finditer(text) if told_it else ())]
    tolds += [*(_SAME_DAY.finditer(text) if same_day else ())]
    for told in tolds:
        m = _DATE.match(text, told.end())
        if m is None or _DAY_MONTH.fullmatch(m.group()) or not _CLOSES.match(text, m.end()):
            continue  # "dicen que fue el 3 de mayo que llegó el agua": what happened that day
        start = max(0, told.start() - _TOLD_REACH)
        for brk in _FULL_STOP.finditer(text, start, told.start()):
            start = brk.end()
        if told.re is _SAME_DAY or _BORN.search(text, start, told.start()) is not None:
            found.append(Span(m.start(), _trim_year_words(m), FECHA))
    return found


_TOLD_IT_WAS: Final = re.compile(
    r"\b(?:dij\w*|dice|dicen|dec[ií]a\w*|cont[oó]|cuenta\w*|recuerda\w*)\b"
    r"(?:\s+[^\s.!?\n;]+){0,4}?\s+que\s+(?:fue|era)\s+(?:el\s+|un\s+)",
    re.IGNORECASE,
)
_SAME_DAY: Final = re.compile(
    r"\bnac(?:i[oó]|í|imos|ieron)\s+(?:el\s+)?mismo\s+d[ií]a\s+(?:que|en\s+que)\b"
    r"[^.;!?\n]{0,50}?,\s+(?:el|un)\s+",
    re.IGNORECASE,
)
_BORN: Final = re.compile(r"\bnac(?:i[oó]|í|imos|ieron|iste)\b", re.IGNORECASE)
_ARTICLE_AFTER_CUE: Final = re.compile(r"\s+(?:el|en\s+el|un)\s+", re.IGNORECASE)
_CLOSES: Final = re.compile(r"\s*(?:[,.;…)]|$|(?:y|pero|creo|o)\b)", re.IGNORECASE)
_FULL_STOP: Final = re.compile(r"(?<!\.)\.(?!\.)|[!?\n]")
_TOLD_REACH: Final = 160
_RESTATED: Final = re.compile(r"[^.!?\n]{0,40}?\bo\s+sea,?\s+(?:el\s+|un\s+)?", re.IGNORECASE)


# What a day without its year is, said right after it: a fiesta, not a birth.
_FIESTA_IS: Final = re.compile(
    r"\s+(?:es|era|fue|son)\s+(?:la|el|nuestra|nuestro|su)\s+(?:fiesta|festividad|herranza|"
    r"aniversario|patr[oó]n|patrona|feria|carnaval|procesi[oó]n|d[ií]a\s+(?:de|del)\s)"
    r"|\s+(?:se\s+(?:hace|celebra|festeja|baila)|celebramos|festejamos|bailamos|hacemos)\b",
    re.IGNORECASE,
)


# A birth day told again as a fiesta's or a holiday's day: "nació el 5 de mayo del 98, y
# justo el 5 de mayo allá es feriado", "nací el 30/08/2007, mi cumpleaños coincide con
# santa rosa, el 30 de agosto". The birth date is hidden where it was told; its day and
# month again, without a year, beside the fiesta, is the fiesta's day (research content).
_MONTH_NUMBERS: Final = {
    name: k + 1
    for k, names in enumerate(
        (
            ("enero",),
            ("febrero",),
            ("marzo",),
            ("abril",),
            ("mayo",),
            ("junio",),
            ("julio",),
            ("agosto",),
            ("septiembre", "setiembre"),
            ("octubre",),
            ("noviembre",),
            ("diciembre",),
        )
    )
    for name in names
}
_NUMERIC_DAY_MONTH: Final = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2,4}))?")
_NAMED_DAY_MONTH: Final = re.compile(r"(\d{1,2})\s+de\s+([a-z]+)(.*)", re.IGNORECASE | re.DOTALL)
_YEAR_IN: Final = re.compile(r"\d{2}")
_HOLIDAY_AFTER: Final = re.compile(
    r"\s*,?\s*(?:(?:all[aá]|ac[aá]|aqu[ií]|all[ií]|ah[ií]|justo|tambi[eé]n|siempre)\s+)*"
    r"(?:(?:es|era|fue|hay|hab[ií]a)\b|se\s|hac|celebr|festej|feriado|fiesta|d[ií]a\s+de)",
    re.IGNORECASE,
)


def _day_month(value: str) -> tuple[int, int, bool] | None:
    """Day, month and whether a year is written, of a date in digits or "5 de mayo"."""
    m = _NUMERIC_DAY_MONTH.match(value)
    if m is not None:
        return int(m.group(1)), int(m.group(2)), m.group(3) is not None
    m = _NAMED_DAY_MONTH.match(value)
    month = _MONTH_NUMBERS.get(m.group(2).lower()) if m else None
    if m is None or month is None:
        return None
    return int(m.group(1)), month, _YEAR_IN.search(m.group(3)) is not None


def _without_fiesta_days(text: str, spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for span in sorted(spans):
        told = _day_month(text[span.start : span.end])
        if told is None:
            kept.append(span)
            continue
        day, month, with_year = told
        if (day, month) in seen and not with_year and _beside_fiesta(text, span):
            continue
        seen.add((day, month))
        kept.append(span)
    return kept


def _beside_fiesta(text: str, span: Span) -> bool:
    before = _FIESTA_BEFORE.search(text, max(0, span.start - 60), span.start)
    if before is not None and _BREAK.search(text, before.end(), span.start) is None:
        return True
    return _HOLIDAY_AFTER.match(text, span.end) is not None


_COPULAS: Final = ("es", "era", "son ", "eran")
# A date written as a place's name: after "en el"/"en la", its first word capitalized
# ("en el Doce de Octubre", "en la 28 de Julio"); a birth date is written in lowercase.
# A place named by a date, after "en el" or after what it is: "en el hospital Doce de
# Octubre", "el colegio Siete de Junio", "la avenida 28 de Julio".
_IN_THE: Final = re.compile(
    r"(?:\ben\s+(?:el|la)|\b(?:hospital|cl[ií]nica|colegio|escuela|avenida|av\.|jir[oó]n|jr\.|"
    r"calle|plaza|asentamiento|barrio|urbanizaci[oó]n|distrito|mercado|estadio|"
    r"instituto|posta|parque))\s+$",
    re.IGNORECASE,
)
# A date of a fiesta or an event has "its date" too: "la fiesta tiene su fecha, 30 de agosto".
_REGISTERED: Final = re.compile(r"(?:pus|regis|inscr|anot)", re.IGNORECASE)
_EVENT_BEFORE: Final = re.compile(
    r"\b(?:fiesta|santo|santa|virgen|patr[oó]n|patrona|aniversario|feria|reuni[oó]n|asamblea|"
    r"viaje|boda|matrimonio|cita|examen|faena|herranza|carnaval\w*|elecci[oó]n\w*)\b",
    re.IGNORECASE,
)


_SENTENCE_END: Final = re.compile(r"[.;!?\n](?!\d)")


def _event_before(text: str, start: int) -> bool:
    """Whether an event is named before "fecha" at ``start`` in the same sentence: "la
    fiesta tiene su fecha" (not "…la feria de la vega. …salía bien mi fecha")."""
    lo = max(0, start - 80)
    events = list(_EVENT_BEFORE.finditer(text, lo, start))
    return bool(events) and _SENTENCE_END.search(text, events[-1].end(), start) is None


def _names_a_place(text: str, m: re.Match[str]) -> bool:
    """Whether the date ``m`` is a place's name (see _IN_THE)."""
    if _IN_THE.search(text, max(0, m.start() - 16), m.start()) is None:
        return False
    return any(w[:1].isupper() for w in m.group().split() if w.lower() not in ("de", "del"))


_MAX_TAKEN: Final = 2


def _run(text: str, m: re.Match[str] | None, spans: list[Span]) -> int:
    """Take the birth date ``m`` and the dates that continue its list into ``spans``;
    return where the run ends."""
    end, taken = 0, 0
    while m is not None:
        if any(s.start < m.end() and m.start() < s.end for s in spans[-8:]):
            # Already taken by an earlier cue ("Nataly, 25-12-2011, nació en Navidad; y
            # Josué, …"): the list goes on past it, but a run walked before is not again.
            taken += 1
            if taken > _MAX_TAKEN:
                return end
        else:
            halted = _HALTED_DAY.search(text, max(0, m.start() - 30), m.start())
            start = halted.start() if halted is not None else m.start()
            spans.append(Span(start, _trim_year_words(m), FECHA))
        end = _trim_year_words(m)
        m = _whole(text, _search_date(text, end, end + _MAX_LIST_GAP + _LONGEST_DATE))
        if m is not None and (
            # "el 11 de marzo del 2018, en el Doce de Octubre, el hospital": a place.
            _names_a_place(text, m)
            or not _continues(text[end : m.start()])
            or _EVENT_AFTER.match(text, m.end())
            # "… Después Santiago, el 25 de julio": after "then", only a date with its year.
            or (_THEN_NAMED.search(text, end, m.start()) and not _WITH_YEAR.search(m.group()))
        ):
            m = None
    return end


# A question about when someone was born: the dates are in the answer turns after it.
_WHEN: Final = re.compile(
    r"\b(?:cu[aá]ndo|fechas?|qu[eé]\s+d[ií]as?|qu[eé]\s+mes)\b", re.IGNORECASE
)
_MAX_QUESTION: Final = 120
_ANSWER: Final = 600
_ANSWER_TURNS: Final = 6
# The first date of an answer, read in its first words ("el mío, Kusi, no me acuerdo
# bien... treinta de abril creo"), unless a fiesta is named before it.
_ANSWER_HEAD: Final = 160
_FIESTA_BEFORE: Final = re.compile(
    r"\b(?:fiesta|santo|santa|san|patr[oó]n|patrona|virgen|verbena|procesi[oó]n|feria|"
    r"carnaval\w*|herranza|aniversario|festividad|d[ií]a\s+de)\b",
    re.IGNORECASE,
)


def _asked(text: str, start: int, end: int) -> int | None:
    """Where the question ends when the cue at ``start:end`` is asked about, "¿y
    cuándo nacieron sus hijos?", else None."""
    opened = text.rfind("¿", max(0, start - _MAX_QUESTION), start)
    if opened < 0 or _BREAK.search(text, opened, start):
        return None
    close = text.find("?", end, end + _MAX_QUESTION)
    if close < 0 or _BREAK.search(text, end, close):
        return None
    if _WHEN.search(text, opened, close) is None and _DATE_NOUN.search(text, opened, close) is None:
        return None
    return close + 1


# A birthday or a birth date asked about without "cuándo": "¿y el cumpleaños de su hija?",
# "¿su fecha de nacimiento?" ("¿dónde nació?" asks where).
_DATE_NOUN: Final = re.compile(r"\b(?:cumplea(?:ñ|n)os|nacimiento)\b", re.IGNORECASE)


def _answer_dates(text: str, at: int) -> list[re.Match[str]]:
    """The first date of each answer turn after a question that ends at ``at``, up to
    the next question."""
    stop = text.find("¿", at, at + _ANSWER)
    stop = at + _ANSWER if stop < 0 else stop
    stop = min(stop, len(text))
    found: list[re.Match[str]] = []
    turn = at
    for _ in range(_ANSWER_TURNS):
        if turn >= stop:
            break
        line_end = text.find("\n", turn + 1, stop)
        line_end = stop if line_end < 0 else line_end
        m = _whole(text, _search_date(text, turn, min(line_end, turn + _ANSWER_HEAD)))
        if (
            m is not None
            and _FIESTA_BEFORE.search(text, turn, m.start()) is None
            and _EVENT_AFTER.match(text, m.end()) is None
        ):
            found.append(m)
        turn = line_end + 1
    return found


# Children listed with their dates, without a birth word: "mis hijos con sus fechas:
# Yesenia, 10 de febrero de 1999; Clemente, 22 de junio de 2001"; "a mis hijos los
# tuve acá: la mayor el 27 de enero del 2021 y el segundo el ...".
_CHILDREN_HINTS: Final = ("hijos", "hijas", "wawas", "nietos", "nietas", "criaturas")
_CHILD_BEFORE: Final = re.compile(
    r"\b(?:hij[oa]s?|wawas?|niet[oa]s?|criaturas?|beb[eé]s?|niñ[oa]s?|gemel\w+|melliz\w+|"
    # "a mi mayor, jean piero, lo tuve …": a child by its order.
    r"mi\s+(?:mayor|menor|[uú]ltim[oa]|segund[oa]|tercer[oa]?))\b"
    r"[^.;!?\n]*$",
    re.IGNORECASE,
)
_CAP: Final = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
# "a la Nayeli la tuve el 3 de marzo": a person named before the pronoun.
_NAMED_BEFORE: Final = re.compile(r"(?:\b[Aa]\s+(?:la|el)|\b[Aa]l)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+$")
_CHILD_ITEM: Final = re.compile(
    r"[,:;]\s*(?:y\s+)?(?:"
    r"(?:el|la|mi)\s+(?:mayor|menor|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|[uú]ltim[oa]|"
    r"chiquit[oa]|otr[oa])(?:,?\s+" + _CAP + r")?"
    r"|" + _CAP + r"(?:\s+" + _CAP + r")?"
    r"),?\s+(?:el\s+|en\s+el\s+|del\s+)?$"
)
_LIST_SCOPE: Final = 160
_WITH_YEAR: Final = re.compile(
    rf"\d{{4}}|\d[/.\-]\d{{1,2}}[/.\-]\d|\d\s+del?\s+\d|"
    # The month, then more than its day: "junio, el 21, del 2016"; not "marzo 15".
    rf"{_MONTHS},?\s+(?:del?\s+)?(?!(?:el\s+)?(?:d[ií]a\s+)?{_DAY}$)\w|"
    # The year first: "69, 4 de enero", "noventa y seis, once de marzo".
    rf"^[^,]+,\s+{_DAY}\s+de\s+{_MONTHS}",
    re.IGNORECASE,
)


def _children_listed(words: Words, after: int) -> list[re.Match[str]]:
    """The first date of a list of children and their dates after a plural child
    word, when an item (a name or an order word) opens it and a second item or a year
    follows."""
    text = words.text
    folded = lowercased(text)
    found: list[re.Match[str]] = []
    for hint in _CHILDREN_HINTS:
        at = folded.find(hint)
        while at >= 0:
            end = at + len(hint)
            # A list before a cue is read too: "mis hijos son cuatro: Rufino, del doce
            # de junio, Marleni, que cumple el ..." (`_run` skips dates already taken).
            if at == 0 or not folded[at - 1].isalnum():
                m = _first_listed(text, end)
                if m is not None:
                    found.append(m)
            at = folded.find(hint, end)
    return sorted(found, key=lambda m: m.start())


def _first_listed(text: str, start: int) -> re.Match[str] | None:
    brk = _BREAK.search(text, start, start + _LIST_SCOPE)
    stop = brk.start() if brk is not None else min(len(text), start + _LIST_SCOPE)
    m = _whole(text, _search_date(text, start, stop))
    if m is None or _CHILD_ITEM.search(text[max(start, m.start() - 40) : m.start()]) is None:
        return None
    if _FIESTA_BEFORE.search(text, start, m.start()) or _EVENT_AFTER.match(text, m.end()):
        return None
    if _WITH_YEAR.search(m.group()):
        return m  # a day, a month and a year
    nxt = _whole(text, _search_date(text, m.end(), m.end() + _MAX_LIST_GAP + _LONGEST_DATE))
    if nxt is not None and _continues(text[_trim_year_words(m) : nxt.start()]):
        return m
    return None


def _whole(text: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """The date found inside a bounded window, read to its real end: a window that
    closes inside "4 de febrero del 2003" must not leave the year out."""
    return m if m is None else _DATE.match(text, m.start())


def _date_before(text: str, cue: int, after: int) -> re.Match[str] | None:
    """The date a birth cue at ``cue`` is told after, in the same clause: "El 12 de
    marzo nació mi hija", "el 3 de mayo es mi cumpleaños"."""
    told = _CUE_AFTER_DATE.match(text, cue)
    if told is None:
        return None
    if told.group()[:7].lower() == "cumplea":
        m = _BIRTHDAY_IS.search(text, max(0, cue - 24), cue)
        if m is None:
            return None
        cue = m.start()
    found = None
    for m in _DATE.finditer(text, max(after, cue - _MAX_DATE_BEFORE - _LONGEST_DATE), cue):
        found = m
    # "3/8" without a year is a date only right after a cue.
    if found is None or _DAY_MONTH.fullmatch(found.group()):
        return None
    if told.group()[:3].lower() == "tuv" and not _WITH_YEAR.search(found.group()):
        return None  # "el 24 de junio tuve a mis hijos bailando": a fiesta's day
    gap = text[found.end() : cue]
    if len(gap) > _MAX_DATE_BEFORE or _AND.search(gap) or _BREAK.search(gap):
        return None
    return found


# A run of births goes on in the next sentence when it opens with the next child, by
# order or by kin word, maybe named, then the date: "Mi primera hija nació el 8 de
# diciembre del 99. El segundo, Yonatan, el diecinueve de mayo del dos mil dos."
_NEXT_CHILD: Final = re.compile(
    r"[.;]\s+(?:(?:Y|Luego|Despu[eé]s),?\s+)?(?:[Ee]l|[Ll]a|[Mm]i)\s+"
    r"(?:segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|menor|[uú]ltim[oa]|otr[oa]|"
    r"siguiente|chiquit[oa]|shulc[aá]|hermanit[oa])"
    r"(?:\s+(?:hij[oa]|var[oó]n|mujer|wawa|beb[eé]))?"
    r"(?:,?\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?"
    # "La segunda, Rosa, en Santa Rosa, el 30 de agosto": where, then when.
    r"(?:,?\s+(?:naci[oó]\s+)?en\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)?"
    r",?\s+(?:naci[oó]\s+)?(?:el|en\s+el)\s+$"
)


# "nacido el 02.03.2010... no, espera, el 2 de marzo del 2011": the date corrected.
_CORRECTED: Final = re.compile(
    # "... no, ¿qué estoy diciendo?, del trece de mayo del 2001": a question inside it.
    r"^[.…,\s]*(?:no|perd[oó]n|digo|mejor\s+dicho|me\s+equivoqu[eé]),?\b(?:[,\s]*¿[^?\n]{0,30}\?)?"
    r"[^.;!?\n]{0,30}\s(?:el|del)\s+$"
    # "pusieron 12 de octubre en vez de 21 de octubre": what it should have been.
    r"|^\s*,?\s*en\s+vez\s+del?\s+(?:el\s+)?$"
    # Said again right after, the article left out: "27 de marzo, perdón, veintisiete de
    # marzo", "el 15 de mayo... no, dieciséis de mayo"; or another day offered for the
    # same birth: "nació el 22 de enero, o 23 de enero", "el 18 de mayo... o 19... sí,
    # dieciocho de mayo".
    # "del catorce de mayo, no, perdón, quince de mayo": two words of it.
    r"|^[.…,\s]*(?:(?:no|perd[oó]n|digo|o\s+sea|mejor\s+dicho),?\s*){1,2}$"
    rf"|^[.…,\s]*(?:(?:o|s[ií]|no|creo)(?:\s+(?:el\s+)?{_DAY})?[.…,\s]+){{1,3}}(?:el\s+|del\s+)?$",
    re.IGNORECASE,
)
# A day begun and left before the birth date said whole: "nació el 20 de... 27 de marzo",
# "el cuatro... no, el cinco de enero".
_HALTED_DAY: Final = re.compile(
    rf"\b{_DAY}(?:\s+de)?\s*(?:\.\.\.|…)\s*(?:no,?\s+)?(?:el\s+)?$", re.IGNORECASE
)
# "Fecha de nacimiento 03/07/2021... no, perdón, está volteado, es 07/03/2021": the
# correction says what the date is, with a copula (not a fiesta: "no, la fiesta es …").
_CORRECTED_IS: Final = re.compile(
    r"^[.…\s]*(?:no|perd[oó]n|digo|mejor\s+dicho|me\s+equivoqu[eé]),?\b[^.;!?\n]{0,40}"
    r"\s(?:es|era|ser[ií]a|fue)\s+(?:el\s+|del\s+)?$",
    re.IGNORECASE,
)
# "…, jaja. Teófanes el 3 de mayo del 93"; "…, sufrí harto. el Brayan el 31 de octubre":
# the next sentence opens with the next child's name, then the date.
# Also with only a comma before the date ("… por su abuela. El Primitivo, 21 de junio"),
# or a copula after an article and the name ("… no, ése es de la Hermelinda. la Sabina es
# el 15 de mayo").
_NEXT_NAMED: Final = re.compile(
    # "… Después Prudencio, del 2 de noviembre del 2005": "then" before the next name.
    r"[.;]\s+(?:[Yy]\s+|(?:Luego|Despu[eé]s),?\s+)?(?:(?P<article>[Ee]l|[Ll]a)\s+)?"
    r"(" + _CAP + r")(?:\s+" + _CAP + r")?"
    r"(?:,?\s+(?:el|del|en\s+el)|,|(?P<is>\s+(?:es|era)\s+(?:el|del)))\s+$"
)
# The same in a transcript typed in lowercase, the name a known given name after its
# article: "nacio el 3 de mayo del 2010; la nayda el once de noviembre".
_NEXT_NAMED_LOWER: Final = re.compile(
    r"[.;]\s+(?:y\s+)?(?:el|la)\s+([a-záéíóúñ]+)(?:,?\s+(?:el|del|en\s+el)|,)\s+$"
)
# "la rosa el 5 de junio florece": a given name that is also a word is no child there.
_LOWER_ITEM_NAMES: Final = GIVEN_NAMES - COMMON_WORDS
# The next speaker's turn opens on their own birth, after one just told: "jhonatan: y yo
# el veinticinco de diciembre", "kevin: yo en lima, en el hospital de ate, el 8 de marzo".
_TURN_GOES_ON: Final = re.compile(
    r"\n[^\n:]{1,30}:\s+(?:y\s+)?(?:yo|mi\s+\w+|el\s+m[ií]o|la\s+m[ií]a)"
    # Only where, in between: "en lima, en el hospital de ate"; not "se casó el".
    r"(?:,?\s+en\s+[^,.;!?\n]{1,30}?)*,?\s+(?:el|del|de|en\s+el)\s+$",
    re.IGNORECASE,
)
# A name, not a noun after its article: "Amaru es del …", not "Ese Documento es del …".
_NAME_IS: Final = re.compile(
    r"(?<![\w.])(?<!\b(?:el|la|lo|un|mi|tu|su) )(?<!\b(?:ese|esa|una|los|las) )"
    r"(?<!\b(?:este|esta) )"
    r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+$",
    re.IGNORECASE,
)
# Things that are "of" a date: "la foto es del 3 de mayo de 1990", "el acta era del …".
_THING_BEFORE: Final = re.compile(
    r"\b(?:fotos?|foto(?:graf[ií]a)?|documentos?|actas?|cartas?|resoluci[oó]n|reuni[oó]n|fiestas?|"
    r"ley|decreto|oficio|constancia|contrato|boleta|recibo|factura|t[ií]tulo|libro|padr[oó]n|"
    r"convenio|proyecto|evento|partido|matrimonio|boda|misa|ceremonia|asamblea|censo|informe|"
    r"video|noticia|peri[oó]dico|diario|expediente|denuncia|sentencia|terremoto|huaico|masacre|"
    r"ataque|elecci[oó]n|elecciones|feria|campeonato|aniversario|fundaci[oó]n|creaci[oó]n|"
    r"inauguraci[oó]n|obra|camioneta|carro|moto|terreno|deuda|pr[eé]stamo|"
    r"[uú]ltim[oa]\s+vez|viaje|cita|audiencia|examen|vacuna)\b",
    re.IGNORECASE,
)


def _clause_start(text: str, at: int) -> int:
    """Start of the sentence holding ``at`` (after the last stop, semicolon or line)."""
    return max(text.rfind(stop, 0, at) for stop in (".", ";", "\n", "?", "!")) + 1


_THEN_NAMED: Final = re.compile(r"[.;]\s+(?:Luego|Despu[eé]s),?\s+[^.;!?\n]*$")
# A fiesta named like a person: "Santiago" stays a name, the fiesta's own words do not.
_FIESTA_NAME: Final = frozenset(
    {
        "San",
        "Santa",
        "Santo",
        "Virgen",
        "Navidad",
        "Carnaval",
        "Carnavales",
        "Pascua",
        "Corpus",
        "Candelaria",
        "Natividad",
        "Asunción",
        "Señor",
        "Niño",
        "Cruz",
        "Todos",
    }
)


def _public(word: str) -> bool:
    return normalize_token(word) in PUBLIC_NAMES


def _continues(gap: str) -> bool:
    if _OTHER_DATE_LABEL.search(gap):
        return False  # "fecha de nacimiento, 19/03/2001, y la fecha de ingreso, 02/10/2023"
    if (_CORRECTED.match(gap) or _CORRECTED_IS.match(gap)) and not _FIESTA_BEFORE.search(gap):
        return True
    if _TURN_GOES_ON.search(gap) and not _FIESTA_BEFORE.search(gap):
        return True  # "...\njhonatan: y yo el 25 de diciembre": the next speaker's own
    named = _NEXT_NAMED.search(gap)
    if (
        named is not None
        and named.group(2) not in _FIESTA_NAME
        # "… nació el 16/07/12. Para el 28 de julio desfilamos": no child opens it.
        and normalize_token(named.group(2)) not in SENTENCE_WORDS
        # "la Sabina es el …" with its article; a fiesta ("Santiago es el …") is not a child.
        and (not named.group("is") or (named.group("article") and not _public(named.group(2))))
    ):
        return True
    lower = _NEXT_NAMED_LOWER.search(gap)
    if lower is not None and normalize_token(lower.group(1)) in _LOWER_ITEM_NAMES:
        return True
    m = _NEXT_CHILD.search(gap)
    if m is not None and _BREAK.search(gap, 0, m.start()) is None:
        return True  # the next sentence names the next child, then its date
    # A list may be split by semicolons: "…; Juan, el 5 de junio de 2003; y Ana, el 7 …".
    gap = gap.replace(";", ",")
    if _NAME_ITEM.match(gap):
        return True  # "Rosa 03/05/2001, Juan 05/06/2003"
    if _CONTINUES.match(gap) is not None:
        # "…, y la Bajada de Reyes también es el 6 de enero": the date of something else.
        return _OTHER_CLAUSE.search(_AND.split(gap)[-1]) is None
    return _ITEM.match(gap) is not None and _NOT_ITEM.search(gap) is None


# A paper's or a form's other dates, labelled: "fecha de ingreso", "F. de visita".
_OTHER_DATE_LABEL: Final = re.compile(
    r"\bf(?:echa|\.)?\s*de\s+(?!nac)\w+|\b(?:ingreso|visita|emisi[oó]n|vencimiento|caducidad|"
    r"expedici[oó]n|matrimonio|defunci[oó]n|entrevista)\b",
    re.IGNORECASE,
)


# A field note's or a paper's own dates (a clinical report's "Fecha de Ingreso" is the
# patient's, an identifier there too).
_VISIT_LABEL: Final = re.compile(
    r"\bfecha\s+de\s+(?:visita|entrevista|emisi[oó]n|vencimiento|caducidad|expedici[oó]n|"
    r"matrimonio|defunci[oó]n)\b",
    re.IGNORECASE,
)


# "mi rosa es del 30 de agosto": a given name that is "mine" is a person.
_MINE: Final = re.compile(r"\b(?:mi|tu|nuestr[oa])\s+(\w+)\s+$", re.IGNORECASE)
# "la mayumi, veintiocho de febrero; el fernando, ese es del dos de mayo": a child named,
# then pointed at. Not a public or patron's name, as for "<Name> es del ..." (`_public`:
# "el santiago, ese es del 25 de julio" is the fiesta).
_NAMED_THAT: Final = re.compile(
    r"\b(?:el|la)\s+(\w+),\s+(?:ese|esa|este|esta|él|ella)\s+$", re.IGNORECASE
)


def _named_mine(text: str, cue: int) -> bool:
    m = _MINE.search(text, max(0, cue - 30), cue)
    if m is None:
        pointed = _NAMED_THAT.search(text, max(0, cue - 40), cue)
        if pointed is None:
            return False
        name = normalize_token(pointed.group(1))
        return name in GIVEN_NAMES and name not in _FIESTA_WORDS and not _public(name)
    name = normalize_token(m.group(1))
    return name in GIVEN_NAMES and name not in _FIESTA_WORDS


def _cue_positions(words: Words) -> list[int]:
    """Where a cue may start: each hint found with `str.find` (far faster than a regex
    scan), at the start of a word; `_CUE` decides at those places only."""
    text = words.text
    folded = lowercased(text)
    found: list[int] = []
    for hint in _CUE_HINTS:
        at = folded.find(hint)
        while at >= 0:
            if at == 0 or not folded[at - 1].isalnum():
                found.append(at)
            at = folded.find(hint, at + 1)
    return sorted(found)


# "Mi hija se llama Luz Marina, está en Comas. Es del 8 de setiembre del 86": a sentence
# that opens on "es del" and a date speaks of the relative the sentence before opened on,
# when nothing else was named since.
_KIN_SUBJECT: Final = re.compile(
    r"(?:^|[.!?]\s+)(?:mi|su|tu|nuestr[oa])s?\s+(?:\w+\s+)?"
    r"(?:hij|herman|espos|mam|pap|abuel|niet|sobrin|prim|t[ií][oa]|suegr|cuñad|ahijad)\w*"
    # No article in it: "Mi hijo trajo el acta. Es del 2 de enero" is the record's date.
    r"\b(?:(?!\b(?:el|la|los|las|un|una|unos|unas)\b)[^.!?\n])*[.!?]\s+$",
    re.IGNORECASE,
)
_BIRTH_MONTH: Final = re.compile(rf"\s+en\s+({_MONTHS})\b", re.IGNORECASE)


def _narrows_month(text: str, cue_end: int, m: re.Match[str]) -> bool:
    """Whether the date ``m`` gives the day of the month the birth was told in: "nació
    en agosto cuando hay viento fuerte, el 17 de agosto" (not "nació en agosto, y el 15
    de agosto es la fiesta")."""
    month = _BIRTH_MONTH.match(text, cue_end)
    if month is None or month.group(1).lower() not in m.group().lower():
        return False
    gap = text[month.end() : m.start()]
    return (
        len(gap) <= _MAX_CUE_GAP
        and _BREAK.search(gap) is None
        and _AND.search(gap) is None
        and _FIESTA_BEFORE.search(gap) is None
        and _EVENT_AFTER.match(text, m.end()) is None
    )


def _cue_governs(before: str, cue_end: int, *, with_year: bool = False) -> bool:
    """Whether the birth cue opening ``before`` (the sentence up to a date; the cue
    ends at ``cue_end``), or a later one, is about that date: "nació el 3 de mayo",
    not "nació allá, y el 25 de julio es la fiesta"."""
    last = max([cue_end, *(m.end() for m in _CUE.finditer(before))])
    gap = before[last:]
    if before[:last].lower().endswith("nac") or before[:last].lower() == "n":
        # "F. nac.: 12/03/1985", "n. 8/12/2015": an abbreviation's dot ends no sentence
        gap = gap.removeprefix(".")
    if len(gap) > _NEAR_CUE and any(
        not (with_year and m.group().lower() == "cuando") for m in _OTHER_CLAUSE.finditer(gap)
    ):
        # "nació en Lircay, donde la fiesta grande es el 8 de septiembre"; but a whole
        # date after "cuando" still closes the birth: "nació en Huancayo, cuando
        # estábamos desplazados, el 28 de julio del 94".
        return False
    comma = gap.find(",")
    if not with_year and comma >= 0 and _FIESTA_BEFORE.search(gap, comma):
        # "nació en mayo, la fiesta del 25 de julio": a new clause, the fiesta's date (a
        # year says it is the birth's: "…, el día de la Virgen, el 8 de setiembre del 99").
        return False
    # A whole date with its year may come after a longer clause of where and when: "nació
    # cuando su papá estaba en la mina, en Cerro de Pasco, creo que un jueves, el 17 de …".
    longest = _MAX_CUE_GAP_YEAR if with_year else _MAX_CUE_GAP
    # An exclamation the clause goes on after ("¡nació aquí!, el 15/01/2011") is no end.
    gap = gap.replace("!,", ",").replace("?,", ",")
    return len(gap) <= longest and _AND.search(gap) is None and _BREAK.search(gap) is None


def _trim_year_words(m: re.Match[str]) -> int:
    # "el 3 de mayo y después" must not take "y" as a year word.
    value = m.group()
    trimmed = _TRAILING_JOINS.sub("", value)
    return m.start() + len(trimmed)


# "el mayor Teodoro, 17 de enero del 1970; Natividad, 8 de setiembre del 72": a full
# date (day, month and year) right after a person's name and a comma is a birth date,
# cue or not. The name follows an article, an order or kin word, or a list separator,
# never a preposition ("en Lircay, 15 de agosto de 1983" is where, then when).
_COMMA_DATE: Final = re.compile(
    r",\s+(?:del?\s+|el\s+)?(?=\d|" + _NUMBER_WORD + r"\b)", re.IGNORECASE
)
_NAME_BEFORE_COMMA: Final = re.compile(
    # "… a la universidad. Kevin Anccasi, 4 de marzo de 2005, entró": a sentence's opening
    # name too.
    r"(?:[,;:.]|\b(?:[Ee]l|[Ll]a|[Yy]|mayor|menor|[uú]ltim[oa]|hij[oa]))\s+("
    + _CAP
    + r")(?:\s+"
    + _CAP
    + r"){0,2}$"
)


_PLACE_OPENERS: Final = PLACE_PREFIXES | PLACE_WORDS | frozenset({"villa", "puerto", "nueva"})
_FULL_NAME: Final = re.compile(r"\.\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+$")
_PLACE_BEFORE: Final = re.compile(
    r"(?:\b(?!(?:Y|E|Luego|Despu[eé]s|Entonces|Bueno|Ya)\s)[A-ZÁÉÍÓÚÑ]\w*|"
    r"\b(?i:a|en|de|del|desde|hasta|para|por|hacia))\s+$"
)


def _named_full_dates(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    # Found from the comma (a literal the regex engine skips to), the name read back.
    for comma in _COMMA_DATE.finditer(text):
        name = _NAME_BEFORE_COMMA.search(text, max(0, comma.start() - 45), comma.start())
        if name is None or name.group(1) in _FIESTA_NAME - {"Natividad", "Asunción"}:
            continue
        if name.group().startswith(".") and (
            not _FULL_NAME.match(name.group())
            or normalize_token(name.group(1)) in _PLACE_OPENERS
            or _public(name.group(1))
        ):
            continue  # after a full stop only a first name and surname: not "Lunes, 3 de …"
        if any(normalize_token(w) in PLACE_WORDS for w in name.group().split()[1:]):
            continue  # "Estuve en Ica, Pisco, el 15 de agosto del 2007": a place, then when
        if name.group().split()[0].lower() in ("el", "la") and _PLACE_BEFORE.search(
            text, max(0, name.start() - 20), name.start()
        ):
            continue  # "a Villa El Salvador, 5 de …", "en La Oroya, …": a place's article
        m = _DATE.match(text, comma.end())
        if (
            m is not None
            and _WITH_YEAR.search(m.group())
            and not _DAY_MONTH.fullmatch(m.group())
            and _EVENT_AFTER.match(text, m.end()) is None
        ):
            found.append(m)
    return found


# "después [Nilo], 4 de enero;", "el [Edwin] es del 3 de mayo del 2011", "mi [Kevin] es del
# 15-04-2016, ya está en cuarto": a date hung on a person the scrubber found (after a
# comma, "el", "del" or "es del") is that person's birth date, cue or not, when the
# sentence then moves on (a comma, a semicolon, a full stop, "y", "en", "ya") rather than
# telling what happened that day ("Rosa, el 30 de agosto vende más", "…, el 25 de julio,
# es la herranza").
_ATTACHED: Final = re.compile(
    r"(?:,\s+(?:(?:que\s+)?(?:es|era)\s+)?(?:del?\s+|el\s+)?"
    # Without a comma only a copula or "del" hangs it: "Marta el 3 de mayo" may be when
    # she came ("Vino la señora Marta el 3 de mayo").
    r"|\s+(?:(?:que\s+)?(?:es|era)\s+(?:del?|el)|del)\s+"
    # In brackets after the name, as a note lists children: "Killa (03-09-12)".
    r"|\s*\(\s*)"
    # Month first too: "Sonia, del junio veintiséis", "Piero, es de enero, el veinte".
    r"(?=\d|" + _NUMBER_WORD + r"\b|" + _MONTHS + r"\b)",
    re.IGNORECASE,
)
_MAX_ATTACHED_GAP: Final = 16
_RANGE_END: Final = re.compile(r"\s+(?:al|hasta|a)\b", re.IGNORECASE)
_WHOLE_DIGITS: Final = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d\d")
_MOVES_ON: Final = re.compile(r"\s*(?:[,;.)\n]|$|(?:y|e|en|ya|pero)\b)", re.IGNORECASE)
_THEN_EVENT: Final = re.compile(r"\s*,\s*")
# What a day's own sentence goes on with: "…, es la herranza", "…, hacemos la fiesta",
# "…, entraron"; not "…, ya está en cuarto" (the person again).
_EVENT_NEXT: Final = re.compile(
    r"(?:(?:tambi[eé]n|siempre|todav[ií]a)\s+)?"
    r"(?:(?:es|era|fue|son|hay)\b|se\s|hac|celebr|festej|lleg|vin|entr|pas[oó]|desfil|baila|viaj)",
    re.IGNORECASE,
)


_SAINT_OR_FIESTA: Final = re.compile(
    r"\b(?:fiesta|patr[oó]n|patrona|virgen|santo|santa|san|sant|sao|são|verbena|procesi[oó]n|"
    r"festividad|d[ií]a\s+de)\b",
    re.IGNORECASE,
)
_SAINT_WINDOW: Final = 20


def find_dates_of_people(text: str, people: Iterable[tuple[int, int]]) -> list[Span]:
    """Return the birth dates hung on the people found in ``text`` (their spans)."""
    found: list[Span] = []
    people = list(people)
    found += _listed_with_dates(text, people)
    found += _roster_rows(text, people)
    for start, end in people:
        # Within the person's own sentence: "Mis hijos, todos con fecha de fiesta. Juan,
        # 24 de junio del 77" speaks of fiestas in the sentence before.
        if _SAINT_OR_FIESTA.search(text, _sentence_start(text, start, _SAINT_WINDOW), end):
            # "la fiesta del patrón San Luis, el 25 de agosto", "en plena verbena de Sant
            # Joan, el 24 de junio": a saint's or a fiesta's day, whoever took the name.
            continue
        # A number after the name may have been taken with it ("Martín, 3" read as a
        # street and its number): the date is looked for after the name's last word.
        if text[end - 1 : end].isdigit():
            end = _name_end(text, start, end)
        gap = _ATTACHED.match(text, end)
        if gap is None or gap.end() - end > _MAX_ATTACHED_GAP:
            continue
        m = _DATE.match(text, gap.end())
        if m is None or _DAY_MONTH.fullmatch(m.group()):
            continue
        close = _trim_year_words(m)
        after = _THEN_EVENT.match(text, close)
        # "el segundo elvis del 3/10/2010 esta en el colegio": a whole date in digits the
        # name is "of", no comma between, is hers whatever the sentence goes on with.
        # Not a range: "Rosa del 3/10/2010 hasta el 5".
        whole = (
            text[end : gap.end()].strip().lower() == "del"
            and _WHOLE_DIGITS.fullmatch(m.group())
            and _RANGE_END.match(text, close) is None
        )
        if not whole and (
            _MOVES_ON.match(text, close) is None
            or (after is not None and _EVENT_NEXT.match(text, after.end()) is not None)
        ):
            continue
        found.append(Span(m.start(), close, FECHA))
        # Corrected right after: "Edwin, es del 3 de mayo... no, perdón, del 4 de mayo".
        again = _search_date(text, close, close + _MAX_CORRECTION)
        if again is not None and _CORRECTED.match(text[close : again.start()]):
            found.append(Span(again.start(), _trim_year_words(again), FECHA))
    return found


def _listed_with_dates(text: str, people: list[tuple[int, int]]) -> list[Span]:
    """The dates of a list of people, each with a whole date in digits right after the
    name, two at least in a row: "fechas de la tarjeta: Killa 05/06/2019, Inti Rafael
    22/11/2016, Nayeli 30/01/2021" (a note of children and their birth dates; "Marta el
    3 de mayo" alone may be when she came)."""
    if "/" not in text or len(people) < 2:
        return []
    dated: list[tuple[int, int]] = []
    for _, end in people:
        m = _WHOLE_DATE_AFTER.match(text, end)
        dated.append((m.start(1), m.end(1)) if m is not None else (-1, -1))
    found: list[Span] = []
    for k, (a, b) in enumerate(dated):
        if a < 0:
            continue
        before = (
            k > 0
            and dated[k - 1][0] >= 0
            and _LIST_GAP.fullmatch(text, dated[k - 1][1], people[k][0])
        )
        after = (
            k + 1 < len(dated)
            and dated[k + 1][0] >= 0
            and _LIST_GAP.fullmatch(text, b, people[k + 1][0])
        )
        if before or after:
            found.append(Span(a, b, FECHA))
    return found


def _roster_rows(text: str, people: list[tuple[int, int]]) -> list[Span]:
    """The date in a household roster's row: a name, then its fields set off by dashes or
    bars, one at least a relation or a sex, then a whole date in digits ("Pari Ñaupari,
    Sixto – jefe – M – 1-3-80 – DNI …"): the form asks each member's birth date there."""
    found: list[Span] = []
    for _, end in people:
        m = _ROSTER_ROW.match(text, end)
        if m is not None:
            found.append(Span(m.start(1), m.end(1), FECHA))
    return found


_ROSTER_FIELD: Final = (
    r"(?:jef[ea](?:\s+de\s+hogar)?|espos[oa]|c[oó]nyuge|conviviente|hij[oa]|niet[oa]|"
    r"padre|madre|pap[aá]|mam[aá]|abuel[oa]|herman[oa]|sobrin[oa]|yerno|nuera|suegr[oa]|"
    r"ahijad[oa]|otro|otra|[MFHV]|\d{1,3}\s*a(?:ños)?)"
)
# Set off by a dash or a bar only: "Sixto, jefe, M, 1-3-80" is also a row, but a comma's
# list runs into prose ("Sixto, el jefe, 1-3-80 llegó") too easily to read it as one.
_ROSTER_ROW: Final = re.compile(
    rf"[ \t]*[–—|-][ \t]*(?:{_ROSTER_FIELD}[ \t]*[–—|-][ \t]*){{1,3}}"
    r"(\d{1,2}[/.\-]\d{1,2}[/.\-](?:(?:19|20)\d\d|\d\d))(?!\d|[/.\-]\d)",
    re.IGNORECASE,
)


_WHOLE_DATE_AFTER: Final = re.compile(
    r"[ \t]+(\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d)(?!\d|[/.\-]\d)"
)
_LIST_GAP: Final = re.compile(r"[ \t]*[,;][ \t]*(?:y[ \t]+)?")
_MAX_CORRECTION: Final = 60
_DAY_AND_MONTH: Final = re.compile(rf"{_DAY}{_SEP}de{_SEP}{_MONTHS}", re.IGNORECASE)


def _name_end(text: str, start: int, end: int) -> int:
    """Where the last word of letters in ``text[start:end]`` ends (``end`` if none)."""
    found = list(_LETTERS_WORD.finditer(text, start, end))
    return found[-1].end() if found else end


_LETTERS_WORD: Final = re.compile(r"[^\W\d_]+")


def _sentence_start(text: str, at: int, back: int) -> int:
    """Where the sentence holding ``at`` starts, at most ``back`` characters before it:
    a fiesta of the sentence before ("… en la feria de la Vega. … mi fecha, …") is not
    the one whose date is told."""
    start = max(0, at - back)
    for brk in _BREAK.finditer(text, start, at):
        start = brk.end()
    return start


# A birth day told without its month, the clause closing on it: "nació el 13, el 15 de
# agosto es la fiesta", "su cumpleaños es el veintiuno". Not a year ("nació el 85"), nor
# an order ("nació el primero").
_DAY_ONLY: Final = re.compile(
    r"\s+(?:es\s+)?el\s+((?:[1-9]|[12]\d|3[01])(?!\d)|(?:uno|dos|tres|cuatro|cinco|seis|siete|"
    r"ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|"
    r"diecinueve|veinte|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|"
    r"treinta(?:\s+y\s+uno)?)\b)"
    # "nació el 10.03.2011" and "el treinta y uno de diciembre" go on past the day.
    # "nació el veinte... de marzo...": said haltingly, the month comes after the pause.
    r"(?![.\-/]\d)(?!\s+y\s+uno\b)(?!\s*(?:\.\.\.|…)\s*de\b)(?=\s*(?:[,.;…]|(?:y|pero|no)\b|$))",
    re.IGNORECASE,
)


# A date a person's papers state: "su DNI antiguo dice otra fecha, el 1 de enero de 1950",
# "su DNI, el 20118743, dice 02/08/1961", "la partida de mi hijo … y resulta que dice 15 de
# agosto de 2005", "el certificado de estudios, que dice 13 de agosto". What an identity
# paper says a day was is the birth date it carries; not its expiry or issue ("vence el
# …"), nor a paper of a meeting, a death or a sale ("el acta de la asamblea dice …").
_PAPER_HINTS: Final = (
    "papel",
    "registrador",
    "dni",
    "partida",
    "certificado",
    "carn",
    "pasaporte",
    "cédula",
    "cedula",
    "documento",
    "libreta",
    "sis",
    "padrón",
    "padron",
    "ficha",
)
_PAPER: Final = re.compile(
    # The SIS (the health insurance) files a child by its birth date too.
    # A programme's register of its members (Juntos' padrón), a form (ficha) too.
    r"(?:dni|partida|certificado|carn[eé]t?|pasaporte|c[eé]dula|documento|libreta|papel(?:es)?|sis"
    r"|padr[oó]n|ficha"
    r"|registrador(?:a)?)s?\b"
    r"(?!\s+(?:de\s+|del\s+)(?:la\s+|el\s+)?(?:defunci|matrimonio|casamiento|compra|venta|"
    r"propiedad|posesi|trabajo|asamblea|reuni|comunidad|municipalidad|programa|proyecto|"
    r"convocatoria|obra|capacitaci|curso|taller|vacun|salud|propietari|terreno|chacra|casa))",
    re.IGNORECASE,
)
# The paper's own verb, then a short filler ("otra fecha,", "que", "el") before the date.
_PAPER_SAYS: Final = re.compile(
    r"\b(?:dice|dec[ií]a|sale|sal[ií]a|sali[oó]|figura|figuraba|aparece|aparec[ií]a|pone|"
    r"pon[ií]a|pusieron|pusimos|puso|indica|marca|tiene|ten[ií]a|"
    # "está bien la fecha, 05/02/2007", "sí está bien, 28/10/2015".
    r"est[aá]\s+(?:bien|mal)(?:\s+(?:la|su)\s+fecha)?)\b"
    r"(?:\s+que)?(?:\s+(?:otra|la|una|su|mi|esa)\s+fecha(?:\s+de\s+nacimiento)?)?"
    r"\s*[,:]?\s*(?:(?:el|del)\s+)?",
    re.IGNORECASE,
)
_PAPER_GAP: Final = 70
# Not a birth: the paper's expiry, issue or another event's day.
_NOT_BIRTH_PAPER: Final = re.compile(
    r"\b(?:venc\w*|caduc\w*|emisi[oó]n|emiti\w*|expedi\w*|expir\w*|renov\w*|tr[aá]mite|"
    r"entreg\w*|recog\w*|defunci[oó]n|muri[oó]|falleci\w*|matrimonio|plazo)\b",
    re.IGNORECASE,
)


def _paper_dates(text: str) -> list[re.Match[str]]:
    """The dates a person's identity papers are said to state (see _PAPER)."""
    folded = lowercased(text)
    found: list[re.Match[str]] = []
    for hint in _PAPER_HINTS:
        at = folded.find(hint)
        while at >= 0:
            if at == 0 or not folded[at - 1].isalnum():
                m = _paper_date(text, at)
                if m is not None:
                    found.append(m)
            at = folded.find(hint, at + len(hint))
    return sorted(found, key=lambda m: m.start())


def _paper_date(text: str, at: int) -> re.Match[str] | None:
    paper = _PAPER.match(text, at)
    if paper is None:
        return None
    before = _date_before_paper(text, at)
    if before is not None:
        return before
    brk = _BREAK.search(text, paper.end(), paper.end() + _PAPER_GAP)
    stop = brk.start() if brk is not None else min(len(text), paper.end() + _PAPER_GAP)
    # Each of the paper's verbs in turn: "en mi DNI dice otra cosa, dice 15 de setiembre
    # de 1941", "pusieron mal la fecha, pusieron 02/12/2023".
    for says in _PAPER_SAYS.finditer(text, paper.end(), stop):
        gap = text[paper.end() : says.start()]
        if _NOT_BIRTH_PAPER.search(gap) or _DATE.search(gap):
            return None
        m = _DATE.match(text, says.end())
        if m is None:
            continue
        if _DAY_MONTH.fullmatch(m.group()) or _EVENT_AFTER.match(text, m.end()):
            return None
        return m
    return None


# "tiene 1 de enero en su DNI", "sale 3 de mayo en mi partida": the date, then the paper.
_HAS_DATE: Final = re.compile(
    r"\b(?:tiene|ten[ií]a|tengo|tienen|figura|figuraba|sale|sal[ií]a|aparece|aparec[ií]a|"
    r"pusieron|puso|dice|dec[ií]a)\s+(?:el\s+)?",
    re.IGNORECASE,
)
_IN_PAPER: Final = re.compile(r"\s+en\s+(?:su|mi|tu|el|la|sus|mis)\s+", re.IGNORECASE)
_HAS_DATE_REACH: Final = 60


def _date_before_paper(text: str, at: int) -> re.Match[str] | None:
    for has in _HAS_DATE.finditer(text, max(0, at - _HAS_DATE_REACH), at):
        m = _DATE.match(text, has.end())
        if m is None or _DAY_MONTH.fullmatch(m.group()):
            continue
        gap = _IN_PAPER.match(text, m.end())
        if gap is not None and gap.end() == at:
            return m
    return None


# "declaró a su nieto con fecha 29 de setiembre de 2020", "la niña aparece con fecha
# 31/04/2020": the date a person is registered with. Not a resolution's or a letter's date.
_DECLARED: Final = re.compile(
    r"\b(?:declar|inscrib|registr|asent|anot|apunt|aparec|figur)\w*\b[^.;!?\n]{0,50}$",
    re.IGNORECASE,
)
_NOT_A_PERSONS_PAPER: Final = re.compile(
    r"\b(?:resoluci[oó]n|oficio|acta|convenio|contrato|boleta|recibo|factura|carta|solicitud|"
    r"denuncia|informe|memorial|ordenanza|decreto|constancia\s+de\s+trabajo|t[ií]tulo|"
    # Nor a body's: "inscribieron a la comunidad en el padrón con fecha ...".
    r"asociaci[oó]n|comunidad|programa|padr[oó]n|club|empresa|cooperativa|comit[eé]|"
    r"proyecto|organizaci[oó]n|terreno|chacra|comedor|ronda)\b",
    re.IGNORECASE,
)
# Who was registered: a person ("a su nieto", "a la bebé") or a child.
_A_PERSON: Final = re.compile(
    r"\ba\s+(?:su|mi|tu|la|el|los|las|sus|mis)\b|"
    r"\b(?:niñ|hij|niet|beb|wawa|sobrin|ahijad|criatur|chiquit)\w*",
    re.IGNORECASE,
)
_WITH_DATE: Final = re.compile(
    r"con\s+(?:la\s+)?fecha(?:\s+de\s+nacimiento)?\s*:?\s+(?:(?:el|del?)\s+)?", re.IGNORECASE
)
_DECLARED_REACH: Final = 60


def _declared_dates(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    at = text.find("con fecha")
    while at >= 0:
        window = max(0, at - _DECLARED_REACH)
        said = _WITH_DATE.match(text, at)
        if (
            said is not None
            and _DECLARED.search(text, window, at) is not None
            and _NOT_A_PERSONS_PAPER.search(text, window, at) is None
            and _A_PERSON.search(text, window, at) is not None
        ):
            m = _DATE.match(text, said.end())
            if m is not None and not _DAY_MONTH.fullmatch(m.group()):
                found.append(m)
        at = text.find("con fecha", at + 1)
    return found


# What a midwife says of the babies she delivered: "a ella la recibí el 1 de noviembre
# del 89", "al hijo de Gregoria lo recibí el 15 de mayo del 89". Only with its year and
# where the answer speaks of births ("lo recibí el 3 de mayo" may be a parcel).
_RECEIVED: Final = re.compile(
    # "la recibí yo misma, el 15 de agosto del 2012": who received her, said between.
    r"\b(?:lo|la|los|las)\s+recib(?:í|i|ió|io|imos|ieron|ía|ia)"
    r"(?:\s+(?:yo|ella|él)(?:\s+(?:mism[oa]|sol[oa]))?,?)?\s+(?:el\s+|en\s+el\s+)?",
    re.IGNORECASE,
)
_BIRTH_TALK: Final = re.compile(
    r"\b(?:parter[oa]s?|partos?|nac\w+|d(?:i|io|ió)\s+a\s+luz|alumbr\w+|wawas?|beb[eé]s?)\b",
    re.IGNORECASE,
)


def _received_dates(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for said in _RECEIVED.finditer(text):
        m = _DATE.match(text, said.end())
        if m is not None and _WITH_YEAR.search(m.group()) and not _DAY_MONTH.fullmatch(m.group()):
            found.append(m)
    return found


# A birth told in conversation: the date comes sentences or turns after what says it is a
# birth ("¿cuándo nació? Dijo «para San Juan, pero un día antes», o sea 23 de junio"),
# is corrected by someone else ("¡Once de noviembre, pues!"), or is read from a paper
# ("en el certificado quedó 02/06/2024"). Inside a passage about a birth, a day and month
# told as a date of its own (ending its clause: "…, o sea 23 de junio.", "la luana el 21
# de marzo y …") is a birth date, unless its clause names another event. A date that
# opens a clause of its own ("el 16 de julio siempre hay fiesta", "la rosa el 5 de junio
# florece") is when something else happened.
_TOPIC_CUE: Final = re.compile(
    r"\b(?:nac[ií](?!onal)\w*|nacimiento|cumplea(?:ñ|n)os|quincea(?:ñ|n)er[oa]s?|"
    r"cumple(?!\s+con\b)|"
    # Turning an age, not "cumplí quince días en la mina", "cumplió sus metas".
    rf"cumpl\w*\s+(?:sus\s+|los\s+|mis\s+)?(?:\d{{1,2}}|{_NUMBER_WORD})\b"
    r"(?!\s+(?:d[ií]as|meses|semanas|horas|a[ñn]os\s+de)\b)|"
    # Not another paper: "la partida de defunción dice ...".
    r"(?:partida|certificado|constancia|libreta)(?!\s+de\s+(?:defunci|matrimon|trabaj|estudio|"
    r"propiedad|posesi|vacun|bautism|domicilio|residencia|notas))|"
    r"parter[oa]s?|d(?:io|ió)\s+a\s+luz)",
    re.IGNORECASE,
)
# The words a _TOPIC_CUE opens with, in lowercase: it is tried only where one of them is.
_TOPIC_CUE_KEYS: Final = tuple(
    word_set("nac cumpl quincea partida certificado constancia libreta parter dio dió")
)
_TOPIC_REACH: Final = 240
# What makes a date in a birth passage some other day: an event in its clause just before
# it ("la fiesta de Santa Rosa, 30 de agosto", "cada 24 de junio", "el mismo 15 de
# agosto se fue", "la convocatoria cerraba el 31 de diciembre") or just after it ("el 16
# de julio siempre hay fiesta", "el 4 de junio murió don Apolinario").
_OTHER_BEFORE: Final = re.compile(
    r"\b(?:fiestas?|festividad|aniversario|feria|reuni[oó]n|asamblea|viaje|viaj\w+|boda|"
    r"candelaria|raymi|navidad|a[ñn]o\s+nuevo|patrias|reyes|corpus|golpe|"
    r"matrimonio|cas[aó]\w*|cita|control|examen|faena|herranza|elecci[oó]n\w*|lleg\w+|fu[ei]|"
    r"fuimos|fueron|se\s+fue|sal[ií]\w*|regres\w+|volv\w+|vin\w+|muri\w+|falleci\w+|"
    r"enterr\w+|mataron|llevaron|entr[oó]|pasaje|huaico|helada|inundaci\w+|terremoto|sismo|"
    r"(?:desde|hasta)\s+(?:el|la|que|hace)|clausura|inauguraci\w+|procesi[oó]n|misa|bautiz\w+|pag\w+|cobr\w+|"
    # "… y lo inscribimos el 20 de mayo de 2015": the day of the registration.
    r"inscrib\w+|"
    r"cada|mismo|para\s+(?:el|la)|d[ií]a\s+del?|santo|santa|san|virgen|patr[oó]n\w*|"
    r"(?:despu[eé]s|antes)\s+del?|campa[ñn]a\w*|cerraba|corte|lunes|martes|mi[eé]rcoles|jueves|"
    r"viernes|s[aá]bado|domingo|vence|plazo|denuncia|fund\w+|rendici[oó]n|probable|"
    r"postul\w+|desfil\w+|carnaval\w*|otro\s+a[ñn]o|a[ñn]o\s+pasado|este\s+a[ñn]o)\b",
    re.IGNORECASE,
)
_OTHER_BEFORE_REACH: Final = 40
# A fiesta said right after the date: "Santiago es el 25 de julio, la fiesta grande",
# "Después Santiago, el 25 de julio, hacemos fiesta".
_FIESTA_TAIL: Final = re.compile(
    r",\s*(?:\w+\s+){0,2}?(?:(?:la|el|su|nuestra|nuestro)\s+)?"
    r"(?:fiesta|festividad|aniversario|feriado|patr[oó]n\w*|herranza|feria|procesi[oó]n|carnaval)",
    re.IGNORECASE,
)
# What may follow a date told as such: the end of its clause, "y" and the next item, a
# tag ("pues", "creo", "¿era?").
_TOLD_END: Final = re.compile(
    r"\s*(?:$|[,.;:!?)…\"»”\n]|(?:y|e|o|pero|pues|pe|nom[aá]s|creo|parece|era|dice|dicen)\b)",
    re.IGNORECASE,
)
_OTHER_AFTER: Final = re.compile(
    r"[^.,;!?\n]{0,40}?\b(?:hay|hab[ií]a|hac\w+|hic\w+|vamos|van|vienen|vino|siempre|aqu[ií]|"
    r"ac[aá]|all[aá]|todos?|fiesta|feriado|muri\w+|entraron|bail\w+|celebr\w+|festej\w+|"
    r"llev\w+|sub\w+|baj\w+|marc\w+|desfil\w+|juntaron|mand\w+|tocaba|es\s+(?:la|el|d[ií]a)|"
    r"se\s+(?:va|fue|junt\w+|hace)|pasado|de\s+este\s+a[ñn]o)\b",
    re.IGNORECASE,
)


_DAY_WORDS: Final = {
    word: day + 1
    for day, word in enumerate(
        [
            "uno",
            "dos",
            "tres",
            "cuatro",
            "cinco",
            "seis",
            "siete",
            "ocho",
            "nueve",
            "diez",
            "once",
            "doce",
            "trece",
            "catorce",
            "quince",
            "dieciseis",
            "diecisiete",
            "dieciocho",
            "diecinueve",
            "veinte",
            "veintiuno",
            "veintidos",
            "veintitres",
            "veinticuatro",
            "veinticinco",
            "veintiseis",
            "veintisiete",
            "veintiocho",
            "veintinueve",
            "treinta",
        ]
    )
} | {"primero": 1, "treintaiuno": 31}
_TOLD_DAY: Final = re.compile(
    rf"(\d{{1,2}}|[a-záéíóú]+(?:\s+y\s+uno)?)\s+de\s+({_MONTHS})", re.IGNORECASE
)


# Digits alone with a short year may be a phone's or a house's: "962-48-17-03", "3-8-12
# Takajo". Told in a birth passage, a date in digits carries its whole year.
_DIGITS_ONLY_DATE: Final = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}")


def _day_and_month(value: str) -> tuple[int, int] | None:
    """Day and month of "24/06/2011", "24 de junio" or "veinticuatro de junio"."""
    m = _NUMERIC_DAY_MONTH.match(value)
    if m is not None:
        return int(m.group(1)), int(m.group(2))
    m = _TOLD_DAY.search(value)
    if m is None:
        return None
    day = m.group(1)
    number = int(day) if day.isdigit() else _DAY_WORDS.get(normalize_token(day.replace(" y ", "i")))
    month = _MONTH_NUMBERS.get(m.group(2).lower())
    return (number, month) if number and month else None


def _topic_cues(text: str) -> list[int]:
    """Where a passage about a birth starts: not the Nativity, not a body's founding."""
    return [
        cue.start()
        for cue in match_at_folded_keys(_TOPIC_CUE, text, _TOPIC_CUE_KEYS)
        if not _NATIVITY.match(text, cue.end())
        and not _BODY_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
    ]


# Every date opens (after its lookbehind) with a run of digits, the apostrophe of "'98"
# or one of these words in any case: a month (Spanish, English, Italian) or a number
# word. Prefixes are enough: a key found inside a longer word only costs a failed match.
_DATE_KEYS: Final = tuple(
    word_set(
        "ene feb mar abr may jun jul ago sep set oct nov dic jan apr aug dec gen mag giu lug "
        "ott uno primero dos tres cuatro cinc seis siete ocho nueve diez once doce trece "
        "catorce quince dieci veint treinta cuarenta sesenta setenta ochenta noventa cien mil "
        "novecientos ochocientos cero '"
    )
)


def _dates(text: str) -> list[re.Match[str]]:
    """``_DATE.finditer(text)``, tried only where a date can open (see _DATE_KEYS): the
    whole scan was a tenth of the scrub of a long text with a birth cue."""
    starts = _date_starts(text)
    return list(_DATE.finditer(text)) if starts is None else find_at(_DATE, text, starts)


def _search_date(text: str, start: int, stop: int) -> re.Match[str] | None:
    """``_DATE.search(text, start, stop)``, tried only where a date can open: `re` tried
    the pattern at each character of the window after every cue."""
    starts = _date_starts(text)
    if starts is None:
        return _DATE.search(text, start, stop)
    for k in range(bisect_left(starts, start), len(starts)):
        if starts[k] >= stop:
            break
        m = _DATE.match(text, starts[k], stop)
        if m is not None:
            return m
    return None


def _date_starts(text: str) -> list[int] | None:
    """Sorted positions where a date may open, or None where lowercasing cannot tell (see
    `folded_starts`). Kept for the last text: its cues' windows ask in turn."""
    global _last_date_starts
    last = _last_date_starts
    if last is not None and last[0] is text:
        return last[1]
    words = folded_starts(text, _DATE_KEYS)
    starts = None if words is None else sorted({*words, *number_starts(text), *_era_starts(text)})
    _last_date_starts = (text, starts)
    return starts


def _era_starts(text: str) -> list[int]:
    """Where a Japanese date opens on its era: "平成25年…", "H24.6.2"."""
    found = [m.start() for m in _ERA_LETTER.finditer(text)] if "." in text else []
    if "年" in text:
        found += [m.start() for m in _ERA_NAME.finditer(text)]
    return found


_ERA_NAME: Final = re.compile("平成|昭和|令和|大正")
_ERA_LETTER: Final = re.compile(r"(?<!\w)[HSRT](?=\d{1,2}\.\d)")


_last_date_starts: tuple[str, list[int] | None] | None = None


def _topic_dates(text: str, spans: list[Span]) -> list[Span]:
    # A birth date already found opens a passage too: "Su hijita es del 21 de junio. / —No,
    # es del 22 de junio, yo fui a su bautizo."
    cues = sorted(_topic_cues(text) + [s.start for s in spans])
    if not cues:
        return []
    # A birth day and month told again is the fiesta of that day ("nació el 25 de mayo
    # del 2002, justo el día patrio de ellos, el 25 de mayo"): hidden where it was told.
    told = {_day_and_month(text[s.start : s.end]) for s in spans}
    # Sorted, so that each date asks only its neighbours (a long list of births stays
    # linear): the last span starting before the date's end, the last cue at or before it.
    ordered = sorted(spans, key=lambda s: s.start)
    span_starts = [s.start for s in ordered]
    reach_ends = list(accumulate((s.end for s in ordered), max))
    found: list[Span] = []
    for m in _dates(text):
        before = bisect_left(span_starts, m.end())
        if _DAY_MONTH.fullmatch(m.group()) or (before and reach_ends[before - 1] > m.start()):
            continue
        if not _WITH_YEAR.search(m.group()) and _day_and_month(m.group()) in told:
            continue
        if m.group()[:1].isdigit() and _DIGITS_ONLY_DATE.fullmatch(m.group()):
            continue
        last_cue = bisect_right(cues, m.start())
        if not last_cue or m.start() - cues[last_cue - 1] > _TOPIC_REACH:
            continue
        if _names_a_place(text, m) or (
            not _WITH_YEAR.search(m.group()) and _FIESTA_IS.match(text, m.end())
        ):
            continue
        clause = max(_clause_start(text, m.start()), m.start() - _OTHER_BEFORE_REACH)
        events = list(_OTHER_BEFORE.finditer(text, clause, m.start()))
        # "Fecha de visita: 14/06/2024": a form's other date, by its label.
        events += _VISIT_LABEL.finditer(text, max(clause, m.start() - 40), m.start())
        events.sort(key=lambda e: e.end())
        # "vino el mismo día que cumplía treinta, el 30 de junio": the birth said last.
        if (events and not _TOPIC_CUE.search(text, events[-1].end(), m.start())) or (
            not _TOLD_END.match(text, m.end())
            or _OTHER_AFTER.match(text, m.end())
            # A fiesta after a date with its year is when the birth fell: "el 22 de febrero
            # del 81, en carnavales" (a fiesta's day has no year).
            or (_FIESTA_TAIL.match(text, m.end()) and not _WITH_YEAR.search(m.group()))
        ):
            continue
        found.append(Span(m.start(), m.end(), FECHA))
    return found
