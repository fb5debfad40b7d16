"""Organizations, eleventh pass: lowercase firms typed without accents, as tables.

A lowercase legal suffix closes a firm's name also before a sentence's full stop; a
trade then "los"/"las" opens a firm's name before its suffix, after its kind or after a
preposition and an article; "compañía" before a trade is part of the firm's name; a
village bank ("Banco Comunal") is named by what follows it.
Look-alike rows assert that research content stays.
"""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "suffix-before-full-stop": (
        "trabajaba en textiles rio blanco huayllay sac. me pagaban poco",
        ["huayllay"],
    ),
    "eirl-before-full-stop": (
        "el taller se llamaba bordados killa eirl. ahi cosia",
        ["killa"],
    ),
    "trade-article-plural-before-suffix": (
        "trabajo en el fundo de agricola las palmeras sac, en el arandano",
        ["palmeras"],
    ),
    "trade-article-plural-after-fundo-de": (
        "fuimos al fundo de agricola los ciruelos de chincha, ahi pagan 45 soles",
        ["ciruelos"],
    ),
    "trade-article-plural-after-preposition": (
        "mi hermano esta en la pesquera los lobos marinos, en chimbote",
        ["lobos"],
    ),
    "company-before-mining-trade": (
        "trabaje en la compañia minera san cristobal de yauli, hasta el 2015",
        ["compañia minera", "cristobal"],
    ),
    "village-bank-with-article-name": (
        "Soy socia del Banco Comunal Las Orquídeas desde 2019.",
        ["Banco Comunal", "Orquídeas"],
    ),
    "village-bank-with-quechua-name": (
        "Ahorro en el Banco Comunal Kusi Sonqo, nos presta al 2 %.",
        ["Banco Comunal", "Kusi"],
    ),
}

KEPT = {
    "a-bare-sac": ("compre un sac. luego me fui", ["sac"]),
    "a-limited-capacity": ("tiene una capacidad limitada. despues", ["limitada"]),
    "days-at-the-mine": ("en la minera los domingos, descansamos", ["domingos"]),
    "months-at-the-farm": ("en la agricola los meses de verano, hay chamba", ["meses"]),
    "workers-at-the-farm": ("en la agricola los trabajadores. ganan poco", ["trabajadores"]),
    "peons-at-the-mine": ("en la minera los peones, pues", ["peones"]),
    "farmers-at-the-farm": ("en la agricola los campesinos. nada mas", ["campesinos"]),
    "a-clause-after-the-trade": ("pagaba la agricola los jornales.", ["jornales"]),
    "the-mine-of-my-uncle": ("la compañia minera de mi tio paga poco", ["compañia minera"]),
    "the-mine-alone": ("trabaje en la compania minera, hasta que me enferme", ["minera"]),
    "a-mine-in-a-clause": ("la compañia minera nos pagaba poco", ["compañia minera"]),
    "a-place-after-the-mine": ("la compañia minera del estado, en huancavelica", ["estado"]),
    "village-banks-in-general": ("Los bancos comunales prestan poco.", ["bancos comunales"]),
    "the-village-bank-unnamed": ("El Banco Comunal nos presta.", ["Banco Comunal"]),
    "the-village-bank-of-a-place": ("El Banco Comunal de Manta presta.", ["Manta"]),
    "the-state-bank": ("Cobro en el Banco de la Nación.", ["Banco de la Nación"]),
    "a-bank-by-what-it-does": ("Fui al Banco de Crédito.", ["Crédito"]),
}


test_organization_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)
