"""Numbers found in pieces (`privacy.said_again`, `privacy.spoken`): a number dictated
with a filler in a pause ('cuatro ocho... eh... nueve, uno'), two pieces joined by a
correction ('cero cuarenta y siete... no, cero cuarenta y dos'), a digit group typed one
space from a number found or the capital that opens it ('A 214 587 309', 'R4827 6103'),
digits dictated in Quechua, an e-mail's domain spelled by its letters' names, the last
digits of a number ('termina en 0417'), and the start of a number told after its cue,
then left ('su número es nueve cuatro dos, eso primero'), a group corrected or a check
digit said after a dash, an ID read with its dots, a landline's six digits after 'fijo',
an e-mail domain of two words, an e-mail's local part from what introduces it ('mi
correo por si acaso es …'), a number read with its separators said as words
('seis, guion, cero dos cinco uno', '…, barra, …'). Kept: a count said with a
filler, amounts and years beside a number, two numbers told one after the other, Quechua
number words that count, a count or a house number after 'número de', a decimal and a
score said with their signs."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_filler_in_a_pause": (
        "Y ella dice dos, cero, cuatro... cuatro ocho... eh... nueve, uno, cinco, tres, y se olvida.",
        ["cuatro", "eh", "nueve", "tres"],
    ),
    "a_correction_between_pieces": (
        "Su número es nueve ocho uno, tres tres cero, cero cuarenta y siete... no, cero "
        "cuarenta y dos, eso.",
        ["siete", "cuarenta y dos", "no,"],
    ),
    "a_resident_card_in_groups": (
        "Su green card decía A 214 587 309, eso recuerdo.",
        ["A 214", "214", "309"],
    ),
    "a_visa_with_a_group_after": (
        "Su visa número R4827 6103, no sé si está bien.",
        ["R4827", "6103"],
    ),
    "digits_in_quechua": (
        "Su número, para no olvidar: huk, iskay, chusaq, huk, pichqa, pichqa, pichqa, chusaq, "
        "huk. Así me enseñó.",
        ["iskay", "pichqa", "chusaq"],
    ),
    "a_nie_with_its_letters_apart": (
        "Mi NIE es Y 2836410 H, ¿eso también lo necesita?",
        ["Y 2836410", "H,"],
    ),
    "an_a_number_in_groups": (
        "Mi número de extranjero allá era A 208 417 553, eso sale en la visa.",
        ["A 208", "553"],
    ),
    "an_email_with_its_domain_spelled": (
        "El correo, le deletreo: de, e, ele, i, a, ocho, ocho, arroba, outlook, punto, e, ese. "
        "O sea eso.",
        ["outlook", "ese."],
    ),
    "the_last_digits_of_a_card": (
        "Usa un seguro social que no es suyo; termina en 4 6 1 8, eso me dijo.",
        ["4 6 1 8"],
    ),
    "the_last_digits_of_a_number": (
        "Tenía un social que no era mío, terminaba en 0417, mejor no lo ponga.",
        ["0417"],
    ),
    "an_email_spelled_then_said": (
        "Me hice uno nuevo, es ye, o, ese, e, ele, i, ene... yoselin guion bajo ticlla, dos mil "
        "seis, arroba gmail punto com. Con ye.",
        ["ye, o", "ene", "yoselin", "ticlla", "dos mil seis"],
    ),
    "the_start_of_a_number_told_then_left": (
        "Su número es nueve cuatro dos, eso primero, después cinco uno ocho, seis cero siete;"
        " así lo tengo apuntado.",
        ["nueve cuatro dos", "cinco uno ocho", "seis cero siete"],
    ),
    "the_start_of_a_number_before_a_search": (
        "Su teléfono es nueve cuatro uno... espere que mi nieta lo busca... 941 - 63 - 08 - 27.",
        ["nueve cuatro uno", "941", "08 - 27"],
    ),
    "digit_groups_cut_by_a_correction": (
        "Si quiere llamarme mi cel es 987 20... no, me equivoqué, es 987 204 113.",
        ["987 20", "204 113"],
    ),
    "the_start_of_a_number_after_a_pause_to_look": (
        "Su numero es... a ver... nueve siete cuatro... ay no, espere, ya lo busco.",
        ["nueve siete cuatro"],
    ),
    "digits_typed_one_by_one_with_a_pause": (
        "Y su dni, 7 3 0 5 ... 1 8 6 2, eso tambien piden.",
        ["7 3 0 5", "1 8 6 2"],
    ),
    "a_group_corrected_right_after": (
        "Es nueve siete ocho, cuatro uno cinco, dos cero seis... no, dos sesenta, ese es.",
        ["dos cero seis", "dos sesenta"],
    ),
    "a_dash_said_between_groups": (
        "Su numero de alla, cero cero cincuenta y cuatro, nueve, once, tres ocho cuatro siete,"
        " guion, dos cero nueve uno. Ahi le llamo.",
        ["tres ocho cuatro siete", "guion", "dos cero nueve uno"],
    ),
    "a_check_digit_said_after_a_dash": (
        "Mi RUT es veintiséis millones ciento treinta y cinco mil cuatrocientos ochenta y dos,"
        " guion nueve, así lo escriben.",
        ["ochenta y dos", "guion nueve"],
    ),
    "an_id_read_with_its_dots": (
        "El de alla se lee noventa y cuatro punto seiscientos doce punto trescientos ocho.",
        ["noventa y cuatro", "seiscientos doce", "trescientos ocho"],
    ),
    "a_landline_after_fijo": (
        "La oficina, el fijo cuarenta y cinco, setenta y uno, cero dos, con el sesenta y siete.",
        ["cuarenta y cinco", "setenta y uno", "cero dos"],
    ),
    "a_landline_after_a_pause": (
        "Ella tiene telefono fijo, a ver... doscientos treinta y ocho, cuatrocientos quince.",
        ["doscientos treinta y ocho", "cuatrocientos quince"],
    ),
    "an_email_with_a_two_word_domain": (
        "Su correo es o gonzales arroba muni manta punto gob punto pe, con ese al final.",
        ["gonzales", "muni manta", "gob"],
    ),
    "an_email_with_underscore_said": (
        "O si no: efra underscore manteno arroba outlook punto com, asi nomas.",
        ["efra", "manteno", "outlook"],
    ),
    "an_email_named_then_spelled_with_pauses": (
        "Ah, a mi correo. Es... kevin, ka, e, ve, i, ene, guion bajo, taipe, noventa y nueve,"
        " arroba gmail punto com. Taipe con i latina.",
        ["kevin", "guion bajo, taipe", "noventa y nueve"],
    ),
    "an_email_after_a_colon_with_its_spelling_told": (
        "Le paso mi correo para la tesis: jose, con jota, punto, misael, ese, a, e, ele, arroba"
        " outlook punto com. El profe me asesora.",
        ["jose, con jota", "misael"],
    ),
    "an_email_after_a_comma_joined_in_pieces": (
        "Y el correo, jose gregorio, todo pegado, guion bajo, ve ene, arroba yahoo punto com.",
        ["jose gregorio", "todo pegado", "ve ene"],
    ),
    "a_phone_read_after_its_country_code": (
        "el telefono de ella es... a ver el cuaderno... mas treinta y cuatro, seiscientos"
        " ochenta y siete, cuarenta y cinco, doce, treinta / e: ya",
        ["treinta y cuatro", "seiscientos ochenta y siete", "doce, treinta"],
    ),
    "a_check_digit_after_a_paused_dash": (
        "mi codigo de trabajador era seis, cuatro, cero, ocho, uno, guion, cinco, y para entrar.",
        ["seis, cuatro", "guion, cinco"],
    ),
    "a_clinical_record": (
        "en su historia clinica, la hc 004127, pusimos que nacio.",
        ["004127"],
    ),
    "a_clinical_record_read_out": (
        "su historia clínica es la cero cero cuatro tres uno ocho, ya dio a luz.",
        ["cero cero cuatro tres uno ocho"],
    ),
    "a_member_number_with_its_dashes_said": (
        "Para la posta me piden el número de socio: seis, guion, cero dos cinco uno, guion, "
        "cuatro cuatro ocho siete, eso nomás.",
        ["seis, guion", "cero dos cinco uno", "ocho siete"],
    ),
    "a_social_security_number_with_its_slashes_said": (
        "El de la seguridad social se lo leo: treinta y uno, barra, cero siete, setenta y dos, "
        "cuarenta y cinco, barra, diez. Ese es.",
        ["treinta y uno", "barra", "setenta y dos", "diez."],
    ),
    "an_argentine_id_with_its_dots_said": (
        "Su DNI de allá es noventa y dos, punto, ciento catorce, punto, seiscientos siete.",
        ["noventa y dos", "ciento catorce", "seiscientos siete"],
    ),
}

KEPT = {
    "more_than_an_amount": (
        "le pagaban más cien mil doscientos cincuenta pesos al mes.",
        ["cien mil doscientos cincuenta pesos"],
    ),
    "what_the_sentence_says_before_the_address": (
        "Mi correo, por si acaso, es rosa punto quispe arroba gmail punto com. Le escribo a su"
        " correo, a ver... juanita arroba hotmail punto com.",
        ["Mi correo, por si acaso, es", "a su correo, a ver..."],
    ),
    "an_amount_after_a_correction": (
        "Mi cel es 987 654 321, no, dos soles la recarga.",
        ["dos soles"],
    ),
    "a_fee_after_fijo": ("El fijo cuesta cuarenta y cinco soles al mes.", ["cuarenta y cinco"]),
    "a_decimal_with_one_dot": (
        "Sembramos dos punto cinco hectareas de papa.",
        ["dos punto cinco hectareas"],
    ),
    "arroba_as_a_weight_before_two_words": (
        "Una arroba de papa nativa cuesta treinta soles.",
        ["arroba de papa nativa"],
    ),
    "a_count_after_a_number_of": (
        "El número de socios es cuatro, cinco, seis familias más o menos.",
        ["cuatro, cinco, seis familias"],
    ),
    "a_house_number_left": ("El número de casa 123... no sé cuál era.", ["123"]),
    "a_year_something_ends_in": (
        "El número de socios baja y el contrato termina en 2025, dice el presidente.",
        ["2025"],
    ),
    "a_road_that_ends_in_metres": (
        "El número de la carretera es otro; termina en 1200 metros.",
        ["1200 metros"],
    ),
    "a_capital_y_that_goes_on": ("Mi DNI es 41728305 Y mi esposa no tiene.", ["Y mi esposa"]),
    "a_spelled_word_after_a_domain": (
        "Escribe a juan arroba gmail punto com. A ella le dije.",
        ["A ella"],
    ),
    "a_count_with_a_filler": (
        "Tengo tres... eh... cuatro hijos en Lima.",
        ["tres", "cuatro hijos"],
    ),
    "an_amount_after_a_phone": (
        "El número es 987 654 321 y 20 soles de recarga.",
        ["20 soles"],
    ),
    "a_price_in_groups": ("Le pagué 1 600 soles en 2019 por el terreno.", ["1 600 soles", "2019"]),
    "quechua_words_that_count": (
        "Huk runa, iskay warmi, kimsa wawa chayamurqanku.",
        ["Huk runa", "iskay warmi", "kimsa wawa"],
    ),
    "a_decimal_and_a_score_said_with_their_signs": (
        "Tenemos dos punto cinco hectáreas, y en el fútbol ganamos cuatro, guion, dos.",
        ["dos punto cinco hectáreas", "cuatro, guion, dos"],
    ),
}

test_number_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
