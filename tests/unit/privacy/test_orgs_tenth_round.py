"""Tenth round on organizations typed lowercase: a name set off by commas after a kind
already known ("la asociación, apropal, en ...", "mi cabina de internet, ciber
chanquilnet, ...") or after a kind with what it does or whose it is ("una cooperativa de
cuyes, cuy mikuy, ..."), with fillers, clauses and what the place is like left as they
are; a lowercase kind, then "se llama" and the name ("la empresa se llama viñedos del
sol de ocucaje, pero ..."), and one's shop named with "le puse" ("bodega la milanesa le
puse", "le pusimos al negocio novedades chilcapite,"), pets, kin and places left; a
set-off name that repeats its trade or ends in a legal suffix ("una heladería, heladería
la nonna,", "limpiezas el olivar s.l.,"), what the trade does and its owner left; a one-word
lowercase name no dictionary has said again after "de" ("el secretario de apropal"),
a word of the language not; a name of two words or more right after a group's noun and
closed by a comma ("la asociación unión mantina, desde ..."), what the group is like
left; an unknown lowercase acronym right after its kind ("la ong cipder,", "la
universidad uncp,"), a demonym, a programme and a generic association left;
a group's members named by one Quechua word made from a verb ("los de yuyarinakuy"),
villages left; a name found whole said short after a verb of naming ("le dicen viñedos
nomás"), the same word elsewhere left; a lowercase firm named by its trade where someone is
or in a workplace of it ("estaba en agroexport chavalina,", "la empacadora de agrícola
topará verde,"), a trade alone or with what it carries left; a brotherhood named of its saint ("la
hermandad de san juan bautista de bellavista"), the saint's feast left (`privacy.employers`,
`privacy.orgs`, `privacy.set_off_kinds`, `privacy.org_nicknames`)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "association_set_off": (
        "formamos la asociación, apropal, en el 2017, con veintiocho socios.",
        ["apropal"],
    ),
    "company_indefinite": (
        "trabaja en una compañía, green hollow landscaping, en el invierno saca nieve.",
        ["green", "hollow", "landscaping"],
    ),
    "association_of_members": (
        "ahora estoy en la asociación de mujeres, warmikuna ccollpa, hacemos tejido.",
        ["warmikuna", "ccollpa"],
    ),
    "own_cabin": (
        "puse mi cabina de internet, ciber chanquilnet, al costado de la plaza.",
        ["chanquilnet"],
    ),
    "community_firm": (
        "la empresa comunal, yuraq urqu, recoge la leche en la mañana.",
        ["yuraq", "urqu"],
    ),
    "cooperative_of_trade": (
        "en la cooperativa de cuyes, cuy mikuy, pidieron los dni.",
        ["mikuy"],
    ),
    "restaurant_whose": (
        "trabajé en un restaurante de un peruano, el rincón chalaco, de cocinero.",
        ["rincón", "chalaco"],
    ),
    "firm_called": (
        "la empresa se llama viñedos del sol de ocucaje, pero le dicen otro nombre.",
        ["viñedos", "ocucaje"],
    ),
    "shop_called_abroad": ("la tienda se llama fils andins, está en lyon.", ["fils", "andins"]),
    "cooperative_of_trade_called": (
        "la cooperativa de cuyes se llama cuy mikuy, somos veinte.",
        ["mikuy"],
    ),
    "ngo_called_then_and": (
        "la ong se llama warmi yachay y trabaja con mujeres.",
        ["yachay"],
    ),
    "shop_named_before": (
        "puse una bodega en manta, bodega la milanesa le puse, todos se ríen.",
        ["milanesa"],
    ),
    "shop_named_after": (
        "le pusimos al negocio novedades chilcapite, para no olvidarme del pueblo.",
        ["novedades", "chilcapite"],
    ),
    "trade_repeated": (
        "trabajo en una heladería, heladería la nonna, para pagar el alquiler.",
        ["nonna"],
    ),
    "trade_repeated_plural": (
        "trabajé en una verdulería de liniers, verdulería los andes, de un boliviano.",
        ["verdulería los andes"],
    ),
    "legal_suffix_then_comma": (
        "trabajé en una empresa de limpieza, limpiezas el olivar s.l., y después de camarero.",
        ["olivar", "s.l."],
    ),
    "legal_suffix_then_stop": (
        "entré por una empresa, limpiezas castellana s.l. mi nie es este.",
        ["castellana", "s.l."],
    ),
    "ltda_after_trade": (
        "está en una empacadora de fruta, frutícola el maitén ltda, en la temporada.",
        ["maitén", "ltda"],
    ),
    "single_said_again": (
        "formamos la asociación, apropal, en el 2017. ahora él es el secretario de apropal.",
        ["apropal"],
    ),
    "single_members_again": (
        "formamos la asociación, apropal, con socios. los de apropal vienen.",
        ["apropal"],
    ),
    "two_words_after_noun": (
        "tenemos la asociación unión mantina, desde el noventa.",
        ["unión", "mantina"],
    ),
    "after_noun_and_kind": (
        "el club deportivo barrio unido, jugamos los domingos.",
        ["barrio unido"],
    ),
    "acronym_after_ngo": (
        "trabajamos con la ong cipder, ellos hicieron el reservorio.",
        ["cipder"],
    ),
    "acronym_after_ngo_and": ("nos apoyó la ong ceproda y la municipalidad.", ["ceproda"]),
    "acronym_after_university": ("estudia en la universidad uncp, en huancayo.", ["uncp"]),
    "members_of_verb_name": (
        "con los de yuyarinakuy hicimos la exhumación en 2011.",
        ["yuyarinakuy"],
    ),
    "members_of_verb_name_at_end": ("nos ayudaron los de yuyarinakuy.", ["yuyarinakuy"]),
    "members_of_let_us": ("los de yanapasun vinieron a la faena.", ["yanapasun"]),
    "said_short_after_naming": (
        "la empresa se llama viñedos del sol de ocucaje, pero le dicen viñedos nomás.",
        ["viñedos"],
    ),
    "said_short_foreign": (
        "la tienda se llama fils andins, pero le dicen fils nomás.",
        ["fils"],
    ),
    "firm_where_someone_was": (
        "yo estaba en agroexport chavalina, en el espárrago, de noche.",
        ["chavalina"],
    ),
    "firm_of_workplace": (
        "mi hija está en la empacadora de agrícola topará verde, y el chiquito no.",
        ["topará", "verde"],
    ),
    "brotherhood_of_saint": (
        "la organiza la hermandad de san juan bautista de bellavista. este año no.",
        ["hermandad", "bautista", "bellavista"],
    ),
}

GONE["acronym_after_a_verb_of_calling_it"] = (
    "la Empresa Comunal de Servicios Múltiples Antaccocha, que acá todos llaman ECOSEMA.",
    ["Antaccocha", "ECOSEMA"],
)

GONE["members_by_one_word_of_a_found_name"] = (
    "trabajo de almacenero en inversiones ñawpaq s.a.c., en ate. los de ñawpaq pagan puntual.",
    ["ñawpaq"],
)

KEPT = {
    "shop_then_clause": ("fui a la tienda, compré arroz, y volví.", ["compré arroz"]),
    "firm_then_filler": ("en la empresa, ahorita, no hay trabajo.", ["ahorita"]),
    "cooperative_then_filler": ("en la cooperativa, igual, nadie paga.", ["igual"]),
    "firm_then_verb": ("en la empresa, llegó tarde, el ingeniero.", ["llegó tarde"]),
    "own_shop_size": ("mi tienda, chiquita, vende de todo.", ["chiquita"]),
    "firm_then_time": ("trabajé en la empresa, después me fui a lima.", ["después"]),
    "association_then_places": (
        "la asociación, huancayo, lima, todos vinieron.",
        ["huancayo", "lima"],
    ),
    "cooperative_then_bodies": (
        "la cooperativa, la comunidad y el municipio ayudaron.",
        ["la comunidad"],
    ),
    "firm_of_kin": ("en la empresa de mi tío, la paga es poca.", ["la paga"]),
    "factory_boss": ("en la fábrica de ladrillos, el capataz, nos gritaba.", ["el capataz"]),
    "school_called_same": ("el colegio se llama igual que el pueblo.", ["igual que el pueblo"]),
    "firm_called_so": ("la empresa se llama así nomás.", ["así nomás"]),
    "shop_called_city": ("la tienda se llama huancayo, como la ciudad.", ["huancayo"]),
    "village_called": ("el pueblo se llama santa ana.", ["santa ana"]),
    "firm_called_forgotten": (
        "la empresa se llamaba, no me acuerdo.",
        ["no me acuerdo"],
    ),
    "pet_named": ("al perro boby le pusimos, es chiquito.", ["es chiquito"]),
    "shop_given_a_sign": ("le pusimos a la tienda un letrero, bonito.", ["un letrero"]),
    "shop_of_groceries_named": (
        "mi chacra, tienda de abarrotes le pusimos.",
        ["tienda de abarrotes"],
    ),
    "trade_what_it_does": (
        "trabajé en una empresa, empresa de limpieza, en lima.",
        ["empresa de limpieza"],
    ),
    "shop_what_it_sells": ("en una tienda, tienda de abarrotes, vendía.", ["tienda de abarrotes"]),
    "shop_owner": (
        "despues en una verduleria de un coreano, el senor park, buena persona.",
        ["el senor"],
    ),
    "firm_size": ("trabajé en una empresa, empresa grande, mucho trabajo.", ["empresa grande"]),
    "quechua_word_again": (
        "en la empresa comunal, sumaq, hacemos queso. el queso es sumaq de verdad.",
        ["es sumaq"],
    ),
    "quechua_word_after_article": (
        "en la empresa comunal, sumaq, hacemos queso. el sumaq ese quiere decir bonito.",
        ["el sumaq ese"],
    ),
    "place_in_name_again": (
        "trabajé en una empresa, limpiezas castellana s.l. después me fui de castellana.",
        ["de castellana"],
    ),
    "noun_then_qualities": ("la cooperativa lechera grande, ahí vendemos.", ["lechera grande"]),
    "noun_then_members": ("la asociación de productores, ahí estamos.", ["de productores"]),
    "noun_then_kind": (
        "en la academia pre universitaria, cobran caro.",
        ["pre universitaria"],
    ),
    "noun_then_verb": ("la asociación cuida la plaza, nomás.", ["cuida la plaza"]),
    "noun_then_adjective": ("en la empresa eléctrica, pagaban bien.", ["eléctrica"]),
    "noun_then_owner": ("en la empresa del estado, pagaban bien.", ["del estado"]),
    "ngo_whose": ("la ong italiana nos visitó.", ["italiana"]),
    "ngo_alone": ("la ong nos visitó, y la municipalidad.", ["la ong nos"]),
    "ngo_then_time": ("la ong ahora no viene.", ["ahora"]),
    "ngo_then_programme": ("la ong juntos vino.", ["juntos"]),
    "parents_association": ("la asociación apafa nos reunió.", ["apafa"]),
    "civil_association": ("la asociación civil, nos dijo.", ["civil"]),
    "members_of_village": ("los de waqrapampa vinieron a la faena.", ["waqrapampa"]),
    "members_of_town": ("los de huancayo vinieron a la faena.", ["huancayo"]),
    "members_of_quechua_village": ("los de ccollpa no vinieron.", ["ccollpa"]),
    "short_word_elsewhere": (
        "la ong se llama warmi yachay, le dicen warmi. las warmi del pueblo tejen.",
        ["las warmi del pueblo"],
    ),
    "naming_the_kind": (
        "la empresa se llama viñedos del sol, pero le dicen la empresa nomás.",
        ["la empresa nomás"],
    ),
    "trade_alone_where": ("estaba en textil, nomás, cosiendo.", ["textil"]),
    "trade_with_cargo": ("estaba en transportes de carga, manejando.", ["transportes de carga"]),
    "trade_generic_words": (
        "estuve en servicios generales, limpiando.",
        ["servicios generales"],
    ),
    "feast_of_saint": (
        "la fiesta de san juan es en junio, la organiza la hermandad.",
        ["fiesta de san juan", "la hermandad"],
    ),
    "brotherhood_of_parish": (
        "la hermandad de la parroquia organiza todo.",
        ["hermandad de la parroquia"],
    ),
}

KEPT["public_acronym_after_a_verb_of_calling_it"] = (
    "la oficina de educación, que todos llaman UGEL, está en Lircay.",
    ["UGEL"],
)

KEPT["people_of_a_village_named_in_a_club"] = (
    "la Asociación de Residentes de Manta en Lima nos apoya. los de manta siempre vienen.",
    ["los de manta"],
)

test_organizations_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
