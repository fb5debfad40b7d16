"""Names of the twelfth round (`privacy.people`): a lowercase name after a title typed
with its capital ('Don hipólito ñahui'), a town's name right after a professional's title
closing the phrase ('el profesor trujillo, de matemática'); a surname said alone, then the
whole name that repeats it ('es Sierra, Gonzalo Sierra'); a lowercase name found is not
the noun after 'un' ('vendí un cordero'); a listed first name after 'con' before a verb
('con franklin pensamos'); a lowercase first name given and explained ('me puso luna
porque'); names said to be one's kin ('luz marina es mi hija'); a child by its order
set off by commas ('victoria, la mayor,'); a nickname said to be a name ('el pelucas es
rudy') or told ('el cuy, así le decimos a edgar', 'del chato, así me dicen'), never
said again as the person; a title set off after someone stays ('un paisano, don aurelio,'). Left: an adjective after a
title ('el profe nuevo, ese sí'), a town after 'de' ('el profesor de Trujillo'), a word
after a capitalized title that opens a clause ('Don que sabe')."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_capitalized_don_then_a_lowercase_name": (
        "Soy promotor de salud. Don hipólito ñahui tiene diabetes y su hija está en Lima.",
        ["hipólito"],
    ),
    "a_capitalized_dona_then_a_lowercase_name": (
        "Doña eufemia nos atendió en la casa, con la partera.",
        ["eufemia"],
    ),
    "a_town_as_a_teachers_surname": (
        "el profe que más me ayudó fue el profesor trujillo, de matemática.",
        ["trujillo"],
    ),
    "a_town_as_an_engineers_surname": (
        "vino la ingeniera huancayo. nos trajo semillas.",
        ["huancayo"],
    ),
    "a_surname_said_then_the_whole_name": (
        "El ingeniero residente de la obra es Sierra, Gonzalo Sierra, de Huancayo.",
        ["Sierra"],
    ),
    "a_lowercase_surname_then_the_whole_name": (
        "mi mejor amigo allá era cruz, elvis cruz ccorahua, de lircay.",
        ["cruz"],
    ),
    "a_family_then_its_member": (
        "Los Ramos, la familia de don Gumercindo Ramos, ellos siempre pasaban la fiesta.",
        ["Ramos"],
    ),
    "someone_one_does_things_with": (
        "yo no se. con franklin pensamos poner un vivero en manta cuando terminemos, pero la "
        "plata no alcanza, mi papa dice que no.",
        ["franklin"],
    ),
    "a_lowercase_name_given_and_explained": (
        "mi mama dice que me puso luna porque naci de noche con luna llena.",
        ["puso luna"],
    ),
    "names_said_to_be_my_kin": (
        "luz marina es mi hija mayor, está en ica con su esposo, venden ropa en el mercado.",
        ["luz marina"],
    ),
    "a_given_name_that_is_a_place_before_her_order": (
        "mis hijos todos se fueron, ¿qué iban a hacer aquí? victoria, la mayor, vive en ica.",
        ["victoria"],
    ),
    "a_name_after_an_order_set_off": (
        "el segundo, pompeyo, está en lima con su familia.",
        ["pompeyo"],
    ),
    "a_nickname_is_a_name": (
        "con kely y con el pelucas trabajamos. el pelucas es rudy, le dicen así por su pelo.",
        ["pelucas", "rudy"],
    ),
    "a_nickname_told": (
        "y el cuy, así le decimos a edgar, sube sus videos de la chacra.",
        ["el cuy", "edgar"],
    ),
    "ones_own_nickname_told": (
        "su número es 981-427-650, díganle que de parte del chato, así me dicen.",
        ["chato"],
    ),
}

KEPT = {
    "a_title_set_off_after_someone": (
        "en la chacra de cacao de un paisano, don aurelio, que todos le dicen ya.",
        ["don"],
    ),
    "a_place_after_a_preposition_before_kin": (
        "se fue a lima, mi hermano, el año pasado.",
        ["a lima"],
    ),
    "a_demonstrative_said_to_be_kin": ("Esa es mi hija, la que vive en Lima.", ["Esa es"]),
    "a_nickname_that_is_a_word_elsewhere": (
        "y el cuy, así le decimos a edgar, sube videos. aquí en lima el cuy cuesta 35 soles.",
        ["el cuy cuesta"],
    ),
    "a_settlement_so_called": (
        "Vivo en la 1-11-14, así le dicen a la villa del Bajo Flores.",
        ["1-11-14"],
    ),
    "a_drip_put_in": ("en la posta me pusieron suero porque estaba mal.", ["suero"]),
    "salt_put_in": ("me puso sal porque estaba sin sabor.", ["sal"]),
    "a_place_then_a_name_that_repeats_it": ("vive en Lima, Juan Lima le dicen.", ["en Lima"]),
    "a_saint_then_a_name_that_repeats_it": (
        "cumple el 26 de julio, la fiesta de Santa Ana, por eso le pusimos Clotilde Ana.",
        ["Santa Ana"],
    ),
    "a_noun_after_un_that_is_a_surname_too": (
        "trabajo con el maestro cordero, felix cordero. la semana pasada vendí un cordero en "
        "180 soles.",
        ["un cordero"],
    ),
    "an_adjective_after_a_teacher_closing": ("el profe nuevo, ese sí enseña.", ["nuevo"]),
    "a_town_after_de": ("El profesor de Trujillo vino ayer.", ["Trujillo"]),
    "a_clause_after_a_capitalized_don": ("Don que sabe, dice la gente.", ["que sabe"]),
}

test_name_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
