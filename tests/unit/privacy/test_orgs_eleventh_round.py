"""Organizations of the eleventh round (`privacy.orgs`): typed without capitals, a mine, a
contractor, a builder, a poultry firm or an NGO named by a saint, a title or its own
opening word ("la minera santa rosa", "una obra de constructora inca pirca", "la
asociación unión ccollpa"); a name set off after a kind and then "se llama" ("una agencia,
empleos rapidito se llamaba,"), "que se llama" after a kind; a hedge after "se llama"
("... se llama creo") is no name. Left: the same kinds described ("la minera grande", "la
constructora nueva", "la asociación de productores")."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_mine_named_by_a_saint": (
        "yo entré a la minera santa rosa el 2009, de ayudante. ahí estuve tres años nomás.",
        ["santa rosa"],
    ),
    "a_builder_named_by_a_title": (
        "mi esposo trabaja de guardián en una obra de constructora inca pirca, hace turnos.",
        ["inca pirca"],
    ),
    "an_association_by_its_opening_word": (
        "sí, la asociación unión ccollpa se reúne allá, en huaycán, cada mes.",
        ["unión ccollpa"],
    ),
    "a_club_of_the_children_of_a_village": (
        "el club hijos de antaccocha juega los domingos en la loza de ate.",
        ["hijos de antaccocha"],
    ),
    "named_then_called_after_a_kind": (
        "yo soy de manta, así es acá. una señora tenía una agencia, empleos rapidito se "
        "llamaba, en el centro.",
        ["empleos rapidito"],
    ),
    "named_then_called_after_a_shop_and_a_town": (
        "yo soy de manta, así es acá. mi tía tiene su restaurante en ica, sabor "
        "huancavelicano se llama, está en la calle lima.",
        ["sabor huancavelicano"],
    ),
    "called_after_que": (
        "yo soy de manta, así es acá. yo trabajo en una pollería que se llama rancho "
        "dorado, en los olivos.",
        ["rancho dorado"],
    ),
}

KEPT = {
    "a_son_named_then_called": (
        "yo soy de manta, así es acá. mi hijo, pedro se llama, vive en ica.",
        ["mi hijo"],
    ),
    "a_hedge_after_se_llama": (
        "yo soy de manta, así es acá. una fábrica de cajas, cartones se llama creo, o algo.",
        ["creo"],
    ),
    "a_big_mine": (
        "la minera grande nos contrató a todos el 2015, pero pagaba poco.",
        ["minera grande"],
    ),
    "a_new_builder": (
        "la constructora nueva vino al pueblo con sus máquinas.",
        ["constructora nueva"],
    ),
    "an_association_of_its_members": (
        "la asociación de productores se reúne el primer domingo.",
        ["asociación de productores"],
    ),
}

test_organization_is_gone, test_description_is_kept = gone_and_kept(GONE, KEPT)
