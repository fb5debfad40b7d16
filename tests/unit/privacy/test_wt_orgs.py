"""Organizations named with the town they come from or by a church's own words: a band
or an orchestra hired for a fiesta, a brotherhood of emigrants, a parish's pastoral
team, a lay movement, and a group named by an article and one word whose town tells it
apart (`privacy.orgs`); lowercase firms named by their trade after whose they are or who
works there, closed by whose they are, and bakeries named by an article and a name
(`privacy.employers`, `privacy.lower_shops`)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "orchestra_with_town": (
        "Para la fiesta contratamos a la Orquesta Típica Los Ruiseñores de Yauli, cobran bien.",
        ["Orquesta", "Ruiseñores", "Yauli"],
    ),
    "band_with_town": (
        "El cuñado toca en la Banda Show Los Gavilanes de Lircay desde joven.",
        ["Banda", "Gavilanes", "Lircay"],
    ),
    "philharmonic_with_town": (
        "La Filarmónica Alborada Andina de Huanta vino el año pasado.",
        ["Alborada", "Huanta"],
    ),
    "brotherhood_of_emigrants": (
        "Nos juntamos con la Fraternidad Ccochaccasina de Lima cada mes.",
        ["Fraternidad", "Ccochaccasina", "Lima"],
    ),
    "pastoral_with_town": (
        "La Pastoral Social Cristo Rey de Yauli trajo víveres.",
        ["Pastoral", "Cristo Rey", "Yauli"],
    ),
    "pastoral_of_migrants": (
        "La Pastoral de Migrantes Santa Rita repartió frazadas.",
        ["Pastoral", "Santa Rita"],
    ),
    "lay_movement_with_town": (
        "Mi tía coordina la Legión de María de Acobamba.",
        ["Legión", "Acobamba"],
    ),
    "lowercase_orchestra_article_name": (
        "llevamos a la orquesta Los Ruiseñores de Yauli, cobraron harto.",
        ["Ruiseñores", "Yauli"],
    ),
    "group_article_name": (
        "el grupo de tejedoras Las Palomitas de Acobamba vende en la feria.",
        ["Palomitas", "Acobamba"],
    ),
    "hardware_shop_of_owner": (
        "el dueño de ferretería san isidro, don mario, nos fió el cemento.",
        ["ferretería", "isidro"],
    ),
    "textile_of_those_who_work_there": (
        "le compramos lana a los de textil wari, ellos dan a plazos.",
        ["textil", "wari"],
    ),
    "garment_firm_then_owner": (
        "mi prima cose para la empresa confecciones rosita de un señor de juliaca.",
        ["confecciones", "rosita"],
    ),
    "bakery_with_article_name": (
        "empecé en la panificadora la espiga en huancayo, de ayudante.",
        ["panificadora", "espiga"],
    ),
    "village_bank_lowercase_head": (
        "En Yauli, el banco comunal Mujeres Luchadoras Señor de Ánimas es el mejor.",
        ["Luchadoras", "Ánimas"],
    ),
}

KEPT = {
    "band_of_a_town": ("La banda de Huancayo cobró cinco mil soles.", ["banda de Huancayo"]),
    "band_of_musicians": ("Banda de músicos, dos mil soles.", ["Banda de músicos"]),
    "pastoral_of_the_diocese": (
        "La Pastoral de la diócesis ayudó con frazadas.",
        ["Pastoral de la diócesis"],
    ),
    "place_after_orchestra": ("la orquesta Los Andes de Lima no vino.", ["Andes de Lima"]),
    "legion_alone": ("Mi abuelo luchó en la legión, allá en la guerra.", ["legión"]),
    "group_name_then_city": (
        "el grupo Llamas de Amor de Lima nos visitó.",
        ["de Lima"],
    ),
    "owner_of_a_trade": ("el dueño de ferretería nos fió el cemento.", ["ferretería nos fió"]),
    "those_of_a_trade": ("los de textil, ellos dan a plazos.", ["los de textil"]),
    "firm_described_then_owner": (
        "la empresa grande de un señor de juliaca paga poco.",
        ["empresa grande"],
    ),
    "bakery_then_day": ("la panificadora el domingo no abre.", ["panificadora el domingo"]),
    "hardware_shop_clause": ("la ferretería queda lejos, en la plaza.", ["ferretería queda"]),
    "those_of_garments": ("los de confecciones siempre pagan tarde.", ["confecciones siempre"]),
    "village_bank_of_a_town": ("el banco comunal de Yauli presta poco.", ["de Yauli"]),
}

test_organizations_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
