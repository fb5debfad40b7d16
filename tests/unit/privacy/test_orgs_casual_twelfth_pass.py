"""Organizations named casually: short names, no head word, lowercase transcripts, and
migrants' employers, schools and associations abroad (twelfth pass)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

# Short names quoted after a verb of naming, where the talk is about an organization.
NICKNAME_GONE = {
    "firm-called": (
        'Entró por una empresa que aquí le decimos "la Dolvex", porque el nombre es largo.',
        ["Dolvex"],
    ),
    "institute-known-as": (
        'Estudio en el instituto que todos conocen como "el Andino Superior", en Huancayo.',
        ["Andino Superior"],
    ),
    "members-of": (
        'La obra la hace Constructora Rumi S.R.L.; la gente les dice "los del Rumi".',
        ["Rumi"],
    ),
    "where-works": (
        'Trabaja en Agroexportadora Pampas Verdes S.A.C., pero ella dice "en la Pampita".',
        ["Pampita"],
    ),
    "lowercase-ngo": (
        'Trabajo en una ONG forestal, le dicen "los de la chachacoma" en las comunidades.',
        ["chachacoma"],
    ),
}
NICKNAME_KEPT = {
    "plot-of-land": ('En la chacra de arriba, le dicen "la pampa" al terreno.', ["pampa"]),
    "quoted-sentence": ('Mi mamá dice "la plata no alcanza" siempre.', ["plata no alcanza"]),
    "speaker-epithet": (
        'Soy la primera que va a la universidad; mis primos me dicen "la doctora".',
        ["doctora"],
    ),
    "programme": (
        'La ONG trabaja con familias; la gente le dice "el Juntos" al bono.',
        ["Juntos"],
    ),
    "no-org-talk": ('Mi tía vive en Argentina, por eso le decimos "la Argentina".', ["Argentina"]),
}
test_nicknames_are_gone, test_nickname_look_alikes_are_kept = gone_and_kept(
    NICKNAME_GONE, NICKNAME_KEPT
)

# Associations of paisanos and producers: head, members, village and where they live.
PAISANOS_GONE = {
    "residents-abroad-tail": (
        "Es tesorero de la Agrupación de Residentes Ayacuchanos en Chile, hacen la danza.",
        ["Ayacuchanos", "Chile"],
    ),
    "sons-of-residents-in": (
        "Nuestra asociación se llama Hijos del Distrito de Pilpichaca Residentes en Huancayo.",
        ["Pilpichaca", "Huancayo"],
    ),
    "lowercase-demonym": (
        "ahi esta la pagina de la asociacion pilpichaquinos en lima, todos la siguen",
        ["asociacion pilpichaquinos en lima"],
    ),
    "lowercase-sons-of": (
        "la beca me dio la asociacion hijos de santa ana en lima, trescientos al mes",
        ["asociacion hijos de santa ana en lima"],
    ),
    "lowercase-producers": (
        "estoy en la asociacion de panificadoras virgen de copacabana, horneamos pan",
        ["asociacion de panificadoras virgen de copacabana"],
    ),
}
PAISANOS_KEPT = {
    "generic-residents": ("la asociacion de residentes hace la fiesta en agosto.", ["residentes"]),
    "generic-producers": ("la asociacion de productores de papa nativa, vende", ["papa nativa"]),
    "what-the-group-does-ends-it": (
        "la asociacion de productores de leche bellavista vende queso en lima",
        ["vende queso en lima"],
    ),
    "what-the-producers-grow-alone": (
        "la asociacion de productores de cafe organico tiene cien socios",
        ["cafe organico"],
    ),
    "capitalized-line-description": (
        "Trabajamos con Hampiq Maki, una asociación de parteras y promotoras, en Lircay.",
        ["asociación de parteras y promotoras"],
    ),
    "residents-of-city": ("los residentes de lima mandaron calamina", ["residentes de lima"]),
    "mothers-club": ("En el club de madres, las socias cocinan.", ["club de madres"]),
    "village-alone": ("Los de Lima vienen con su banda en agosto.", ["Lima"]),
}
test_paisano_groups_are_gone, test_paisano_look_alikes_are_kept = gone_and_kept(
    PAISANOS_GONE, PAISANOS_KEPT
)

# Public bodies named by migrants and families: research content, kept.
PUBLIC_KEPT = {
    "environment-regulator": ("Hizo la denuncia a la OEFA y hasta ahora nada.", ["OEFA"]),
    "armed-forces": ("El menor está en las Fuerzas Armadas, en el cuartel.", ["Fuerzas Armadas"]),
    "consulate-abroad": (
        "Para cobrar el seguro, el Consulado General del Perú en Mendoza tardó ocho meses.",
        ["Consulado General del Perú"],
    ),
}
# A word of a name translated as a word stays; the name itself goes.
GLOSS_GONE = {
    "name-before-gloss": (
        "En los papeles es Centro de Promoción Rural Sumaq Tarpuy. Tarpuy en quechua es sembrar.",
        ["Rural Sumaq Tarpuy"],
    ),
}
GLOSS_KEPT = {
    "in-quechua-is": (
        "En los papeles es Centro de Promoción Rural Sumaq Tarpuy. Tarpuy en quechua es sembrar.",
        ["Tarpuy en quechua"],
    ),
}
test_public_bodies_are_kept = gone_and_kept({}, PUBLIC_KEPT)[1]
test_glossed_names_are_gone, test_glossed_words_are_kept = gone_and_kept(GLOSS_GONE, GLOSS_KEPT)

# Lowercase firms: Spain's "sl" suffix, an agro-exporter after a work cue.
FIRMS_GONE = {
    "spanish-sl": (
        "en el campo de agricola hermanos ruiz sl en torre pacheco. entramos a las seis",
        ["hermanos ruiz"],
    ),
    "agroexporter-after-cue": (
        "trabajo en agroexportadora wari del sur en chilca, empacando palta",
        ["agroexportadora wari del sur"],
    ),
}
FIRMS_KEPT = {
    "field-stays": ("en el campo de agricola hermanos ruiz sl en torre pacheco.", ["campo"]),
    "agroexporter-generic": ("trabajo en una agroexportadora grande en ica", ["agroexportadora"]),
    "agroexporter-alone": ("trabajo en agroexportadora, en ica", ["agroexportadora"]),
}
test_lowercase_firms_are_gone, test_firm_look_alikes_are_kept = gone_and_kept(
    FIRMS_GONE, FIRMS_KEPT
)

# Members of a group named by two lowercase Quechua words.
MEMBERS_GONE = {
    "women-group": ("las de sumaq warmi nos enseñaron a tejer", ["sumaq warmi"]),
    "ngo-helped": ("los de allin kawsay me ayudaron con los papeles", ["allin kawsay"]),
}
MEMBERS_KEPT = {
    "state-programme": ("los de qali warma traen los alimentos", ["qali warma"]),
    "village-one-word": ("los de waqrapampa vienen a la faena", ["waqrapampa"]),
    "spanish-words": ("los de la comunidad vienen a la faena", ["comunidad"]),
}
test_quechua_members_are_gone, test_quechua_member_look_alikes_are_kept = gone_and_kept(
    MEMBERS_GONE, MEMBERS_KEPT
)

# Names abroad joined by Italian articles; a shop told as "la de" its own name.
JOINED_GONE = {
    "italian-university": (
        "Ahora estudia enfermería en la Università degli Studi di Roma Tor Vergata. Vivimos.",
        ["degli", "Studi", "Vergata"],
    ),
    "the-one-of-a-name": (
        "Ella trabaja en una panadería, la de El Trigal, en la avenida.",
        ["Trigal"],
    ),
}
JOINED_KEPT = {
    "the-one-of-a-town": (
        "Ella trabaja en una panadería, la de Chilca, en la avenida.",
        ["Chilca"],
    ),
    "the-one-on-the-corner": ("Compro en una bodega, la de la esquina, cerca.", ["esquina"]),
}
test_joined_names_are_gone, test_joined_look_alikes_are_kept = gone_and_kept(
    JOINED_GONE, JOINED_KEPT
)
