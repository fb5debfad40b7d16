"""Organizations typed without capitals, named right after their kind
(`privacy.lower_headed`): a radio, a co-op, a farm firm, a winery, a cleaning firm, an
institute, a shop, with the kind taken with the name and the firm's own kind preferred to
a generic one ("la empresa agroexportadora dunas del sur,"). Left: the kind described or
said alone, what it is of, its nationality, a clause with a verb or a clitic after it, a
school of its village, and where it is ("el colegio tawantinsuyo de acá")."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

_LOWER = "yo soy de manta y mi familia está en lima, todos trabajan, así es la vida acá. "

GONE = {
    "a_radio": (
        _LOWER + "hago el programa de la mañana en radio ondas del ichu, de cuatro a seis.",
        ["ondas del ichu"],
    ),
    "a_farm_firm": (
        _LOWER + "mi esposo está en un fundo de palta, en agrícola santa inés, de marzo a mayo.",
        ["santa inés"],
    ),
    "a_winery_with_its_article": (
        _LOWER + "trabajo en una bodega de piscos, bodega el catador del valle, en embotellado.",
        ["catador del valle"],
    ),
    "an_investment_firm": (
        _LOWER + "al principio trabajé en los fundos, en agroinversiones valle sur, después no.",
        ["valle sur"],
    ),
    "an_institute_with_its_kind": (
        _LOWER + "ella estudia en el instituto tecnológico nueva esperanza, contabilidad.",
        ["nueva esperanza"],
    ),
    "a_school_by_its_initials": (
        _LOWER + "mis hijos estudian en la i.e. abraham valdelomar, el mayor ya en cuarto.",
        ["abraham", "valdelomar"],
    ),
    "a_packer_of_the_south": (
        _LOWER + "la yesenia está en una empacadora, la empacadora del sur, de noche.",
        ["del sur"],
    ),
    "a_shop_with_an_english_possessive": (
        _LOWER + "trabaja en un taller de polos, el confecciones kathy's, de una señora.",
        ["kathy"],
    ),
    "an_ngo_then_a_preposition": (
        _LOWER + "yo trabajo con la ong yachay tarpuy desde el 2016, de promotora.",
        ["yachay tarpuy"],
    ),
    "an_ngo_then_what_it_did": (
        _LOWER + "la ong mama raymi nos apoyó para arreglar el horno.",
        ["mama raymi"],
    ),
    "an_ngo_said_again_without_its_kind": (
        _LOWER + "trabajo con la ong yachay tarpuy desde el 2016. los de tarpuy vienen, "
        "y con yachay tarpuy tenemos convenio.",
        ["tarpuy"],
    ),
    "the_firm_s_own_kind": (
        _LOWER + "trabajé en la empresa agroexportadora dunas del sur, en la uva.",
        ["dunas del sur"],
    ),
}

KEPT = {
    "what_it_is_of": (_LOWER + "la bodega de mi tía, allá vendemos.", ["bodega de mi tía"]),
    "the_shop_of_the_quarter": (_LOWER + "la tienda del barrio, ahí compramos.", ["barrio"]),
    "an_ngo_alone": (_LOWER + "la ong nos apoyó, y solo a veces la ong da pasaje.", ["ong"]),
    "described": (_LOWER + "en la radio local, pasan avisos.", ["radio local"]),
    "a_verb_after_it": (_LOWER + "la empresa tiene ruc, eso dicen.", ["empresa tiene ruc"]),
    "a_clitic_after_it": (
        _LOWER + "dice que allá en el fundo le pagan el doble.",
        ["fundo le pagan el doble"],
    ),
    "its_nationality": (
        _LOWER + "trabajé en un restaurante peruano, en recoleta.",
        ["restaurante peruano"],
    ),
    "a_school_of_its_village": (
        _LOWER + "lo que aprendí en el colegio técnico de chilcapite, costura.",
        ["colegio técnico de chilcapite"],
    ),
    "capitalized_text": (
        "Mi hijo trabaja en la radio comunal, Ondas del Pueblo, y le pagan poco.",
        ["radio comunal"],
    ),
}

test_lowercase_organization_is_gone, test_description_is_kept = gone_and_kept(GONE, KEPT)
