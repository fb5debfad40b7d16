"""Codes read aloud character by character after the paper they come from
(`privacy.spelled_codes`): a codice fiscale by its letters' names and its figures in
words, with or without a pause after each, a NIE's letters around its digits, a code
with a dash said in it, two codes one after the other, a worker's badge. Kept: counts,
prices, years and sizes said after a paper's name, the sentence that goes on after a
code. A name spelled by its letters' names to be written right; kept: the vowels, 'be'
and 've' told apart."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "codice_fiscale_by_letter_names": (
        "Me lo hizo anotar por si acaso, el codice fiscale: hache eme ene de erre ese, ochenta"
        " y cuatro, ese, sesenta y tres, zeta seis uno uno, ele. Ella vive en Padova.",
        ["hache eme ene", "ochenta y cuatro", "sesenta y tres", "zeta seis uno uno", "ele."],
    ),
    "codice_fiscale_with_a_pause_after_each": (
        "Su código fiscal, a ver, está aquí en el cuaderno: hache, ye griega, te, erre, ene,"
        " de, noventa y tres, a, cero ocho, zeta, seis, uno, uno, ye griega. Así me lo dictó.",
        ["hache, ye griega", "noventa y tres", "cero ocho", "zeta, seis", "uno, ye griega"],
    ),
    "codice_fiscale_by_single_letters": (
        "Le paso el codice fiscale de la niña: S L C F R N uno dos H seis uno D seis uno dos Z.",
        ["S L C F R N", "uno dos H", "D seis", "dos Z"],
    ),
    "nie_letters_around_its_digits": (
        "Mi NIE es zeta, uno, dos, ocho, siete, cuatro, cero, cinco, pe, sí, con eso cobro.",
        ["zeta", "uno, dos, ocho", "cinco, pe"],
    ),
    "a_victims_registry_code_with_a_dash": (
        "Mi codigo es... aqui esta en el papel... erre u ve, guion, cero cero cuatro cinco, uno"
        " ocho siete. Me dieron diez mil soles.",
        ["erre u ve", "cero cero cuatro cinco", "uno ocho siete"],
    ),
    "two_worker_codes_one_after_the_other": (
        "Le dan su fotocheck con codigo, el mio es el a ese i, cero cuatro, siete siete dos,"
        " uno... el de mi hijo es a ese i cero cuatro siete siete dos nueve, casi igual.",
        ["a ese i", "siete siete dos", "dos nueve"],
    ),
    "a_badge_code_two_letters_five_figures": (
        "Mi fotocheck dice ka ka, cero nueve dos seis cuatro, ese es mi codigo de trabajador.",
        ["ka ka", "cero nueve dos seis cuatro"],
    ),
    "a_code_with_hache_as_said": (
        "el código de mi mamá es... ache ve ce a, cero tres ocho uno, dos mil nueve, algo así.",
        ["ache ve ce a", "cero tres ocho uno", "dos mil nueve"],
    ),
    "a_letter_told_by_a_word": (
        "el codice, que es así: Q de Quito, ese, pe, ele, ene, e, ochenta y ocho, ce, cincuenta"
        " y cuatro, zeta seiscientos once, te. Ahí está su fecha.",
        ["Q de Quito", "ochenta y ocho", "zeta seiscientos once"],
    ),
    "two_letters_four_figures": (
        "le dieron su fotocheck con un codigo, ce ache, cero tres nueve dos, asi le llaman.",
        ["ce ache", "cero tres nueve dos"],
    ),
    "a_residence_card": (
        "mi tarjeta de residencia, la zairyu card, es u hache, cuatro siete tres ocho, dos uno"
        " cero seis, efe ka, dos letras.",
        ["u hache", "cuatro siete tres ocho", "dos uno cero seis", "efe ka"],
    ),
    "a_codice_fiscale_with_italian_letter_names": (
        "el codice fiscale, el mío es ci ci enne, enne elle di, siete ocho, pi, cuatro dos, zeta"
        " seis uno uno, vu, así lo dicen ellos.",
        ["ci ci enne", "enne elle di", "zeta seis uno uno"],
    ),
    "a_members_code_two_letters_three_figures": (
        "cada uno tiene su codigo, el mio es ese eme, cero cero uno, porque soy el primero.",
        ["ese eme, cero cero uno"],
    ),
    "a_registry_code_of_figures_with_a_dash": (
        "En el Registro Único de Víctimas estamos, el código es cero nueve, guion, cero cuatro"
        " uno cinco ocho ocho, y mi DNI aparte.",
        ["cero nueve, guion, cero cuatro uno cinco ocho ocho"],
    ),
}

KEPT = {
    "a_story_not_a_record": (
        "su historia es larga, tiene dos hijos y tres nietos.",
        ["dos hijos y tres nietos"],
    ),
    "a_count_after_a_code": (
        "mi tarjeta de residencia es u hache, cuatro siete tres ocho, dos uno cero seis, efe ka,"
        " dos letras, ocho numeros.",
        ["dos letras", "ocho numeros"],
    ),
    "a_code_of_four_figures_told": (
        "el código de la posta es de cuatro cifras, dos o tres veces lo cambiaron.",
        ["de cuatro cifras, dos o tres veces"],
    ),
    "the_sentence_after_a_code": (
        "Mi fotocheck dice ka ka, cero nueve dos seis cuatro, ese es mi codigo de trabajador.",
        ["ese es mi codigo"],
    ),
    "a_badge_and_its_hours": (
        "Con el fotocheck entras a las 6, sales a las 4, y pagan 48 soles el jornal.",
        ["a las 6", "a las 4", "48 soles"],
    ),
    "counts_after_a_paper": (
        "Para el DNI me pidieron 3 fotos y 2 copias, y de ahí a Huancayo con 50 soles.",
        ["3 fotos y 2 copias", "50 soles"],
    ),
    "a_year_an_age_and_a_fee": (
        "El carné de extranjería lo saqué en 2015, a los 23 años, y pagué 8 y 50 de tasa.",
        ["2015", "23 años", "8 y 50"],
    ),
    "a_photo_size": (
        "Mi pasaporte lo saqué en 2 o 3 días, con 98 soles, y una foto, a color, de 4 por 5.",
        ["2 o 3 días", "98 soles", "4 por 5"],
    ),
    "the_conjunction_after_a_code": (
        "El NIE de ella es zeta, uno tres ocho, cinco cero, nueve cuatro, y al final la Q.",
        ["y al final"],
    ),
}

test_code_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)


SPELLED_GONE = {
    "a_name_spelled_with_y_griega": (
        "E: ¿cómo se escribe? / yhoselin, con y griega hache o ese e ele i ene... todos se"
        " equivocan.",
        ["griega hache o ese e ele i ene"],
    ),
    "a_surname_spelled_after_a_comma": (
        "E: ¿carhuamaca con ce o con ka? / con ce, ce a erre hache u a eme a ce a. Y el celular.",
        ["erre hache u a eme"],
    ),
    "a_name_spelled_with_doble_ve": (
        "E: ¿wilver con ve o con be? / con ve, doble ve i ele ve e erre. Todos me ponen con be.",
        ["doble ve i ele ve e erre"],
    ),
}

SPELLED_KEPT = {
    "the_vowels": ("Las vocales a e i o u las aprendió en la escuela.", ["a e i o u"]),
    "be_and_ve_told_apart": (
        "Se escribe con be de burro y con ve de vaca, me decía la profe.",
        ["con be de burro y con ve de vaca"],
    ),
}

test_spelled_word_is_gone, test_spelled_content_is_kept = gone_and_kept(SPELLED_GONE, SPELLED_KEPT)
