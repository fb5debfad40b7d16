"""Organizations, seventh pass: the classes tuning batches still missed, as tables.

Each row is a new wording of a miss's cause, not its words: a firm's own word said again
alone (after its legal suffix or its trade abroad), the name without its suffix, legal
suffixes of France, Italy, Japan and the US closing a name, "Hnos." inside one, a
lowercase church named after its faith and said again after an article, a lowercase
plural noun after a firm's singular noun,
associations named by their members, a name with a foreign article after "se llama", a
lowercase head before a village and a country, a page's name, a name set off after whose
kitchen it is. Look-alike rows assert that research content stays: places, fiestas,
mountains, the lowercase children of a village, a comparsa, Spanish articles after "se
llama", generic demonyms, the bare club of a village.
"""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    # A firm abroad, said again by its own word, after "de" or "en" too.
    "japanese-firm-by-its-first-word": (
        "Entré a Nagano Seiki K.K. por un contratista. Los de Nagano pagaban bien.",
        ["Nagano"],
    ),
    "japanese-firm-with-macrons": (
        "Trabajé en Kōsei Kōgyō K.K. dos años; en Kōsei nos daban bentō.",
        ["Kōsei"],
    ),
    "french-firm-with-a-hyphen-word": (
        "Me contrató Lavage Belle-Rive SARL en Lyon. En Belle-Rive había peruanos.",
        ["Belle-Rive"],
    ),
    "us-firm-said-again": (
        "Mi hijo trabaja en Hudson Valley Roofing LLC; con Hudson le pagan por hora.",
        ["Hudson"],
    ),
    "chilean-firm-without-its-suffix": (
        "Estuve en Forestal Cóndor Blanco Ltda. y en Cóndor Blanco no había contrato.",
        ["Cóndor Blanco"],
    ),
    # Legal suffixes of other countries close the name and go with it.
    "french-sarl": (
        "Hacía limpieza con Nettoyage Clairval SARL. Luego volví.",
        ["Clairval", "SARL"],
    ),
    "french-sarl-after-a-trade-word": (
        "Limpiaba para Brillance Services SARL, en Nanterre.",
        ["Brillance", "SARL"],
    ),
    "french-sas-with-dots": ("Ahora estoy en Propreté Azur S.A.S., de noche.", ["Azur"]),
    "italian-srl": ("Mi primo está en Pulimenti Stella S.r.l. de Milán.", ["Stella", "S.r.l"]),
    "italian-spa": ("Trabajó en Logistica Fratelli Conti S.p.A., cargando.", ["Conti", "S.p.A"]),
    "us-inc": ("Cosechaba con Golden Acres Farms Inc. en Florida.", ["Golden Acres", "Inc"]),
    "brothers-abbreviated-inside-a-name": (
        "Su taller es Metalmecánica Rojas Hnos. S.A.C., en Ate.",
        ["Rojas", "Hnos", "S.A.C"],
    ),
    # Associations named by their members, capitalized.
    "children-united-of-a-village": (
        "Los Hijos Unidos de Pomacancha hicimos la faena el domingo.",
        ["Unidos", "Pomacancha"],
    ),
    "children-residing-of-a-village": (
        "Nos apoyan los Hijos Residentes de Llacuas con la banda.",
        ["Residentes", "Llacuas"],
    ),
    "children-of-a-village-living-in-a-city": (
        "Esa colecta la hicieron los Hijos de Pomacancha en Huancayo, ellos pagaron.",
        ["Pomacancha", "Huancayo"],
    ),
    "the-youth-by-its-demonym": (
        "El tesorero de la Juventud Pomacanchina trajo las cuentas.",
        ["Pomacanchina"],
    ),
    "residents-by-their-demonym": (
        "Los Residentes Llacuinos mandaron un castillo.",
        ["Llacuinos"],
    ),
    # A foreign article opens a firm's name after "se llama".
    "italian-article-after-se-llamaba": (
        "La empresa donde limpiaba se llamaba Il Melograno, en Roma.",
        ["Melograno"],
    ),
    "french-article-after-se-llama": (
        "El restaurante se llama Le Petit Pérou, en Marsella.",
        ["Petit", "Pérou"],
    ),
    "english-article-after-se-llama": (
        "La tienda se llama The Andes Corner, en Queens.",
        ["Andes Corner"],
    ),
    "what-it-did-between-the-noun-and-se-llamaba": (
        "La agencia que nos mandaba a las casas se llamaba Casa Serena, en Génova.",
        ["Serena"],
    ),
    # A lowercase head, then a village and where its members live now.
    "club-of-a-village-and-a-country": (
        "Formamos el club Pomacancha Italia, los paisanos de allá.",
        ["Pomacancha"],
    ),
    "association-of-a-village-and-a-us-state": (
        "Soy de la asociación Llacuas New Jersey, somos treinta.",
        ["Llacuas"],
    ),
    # A page named after the site, saints and places included.
    "a-facebook-page-with-a-saint": (
        "En Facebook salimos como Dulcería Warmi San Jerónimo, escríbanos.",
        ["Warmi", "San Jerónimo"],
    ),
    "a-tiktok-page": (
        "En TikTok nos encuentran como Anticuchería Doña Meche Santa Anita.",
        ["Meche", "Santa Anita"],
    ),
    # The name set off after whose kitchen or shop it is.
    "kitchen-of-a-lady-then-its-name": (
        "Trabajé en la pollería de un señor de Huaral, Brasa y Leña Don Tito, en Comas.",
        ["Brasa", "Leña", "Tito"],
    ),
    # Typed lowercase, a church named after its faith, and said again after an article.
    "lowercase-church-after-its-faith": (
        "mi tia va a la iglesia evangelica luz del mundo, los domingos",
        ["luz del mundo"],
    ),
    "lowercase-church-said-again": (
        "entro a la iglesia pentecostal rio de vida. en el rio de vida no fuman",
        ["rio de vida"],
    ),
    "lowercase-school-said-again-after-an-article": (
        "estudio en el colegio san jose obrero, en el san jose obrero jugaba voley",
        ["jose obrero"],
    ),
    # Typed lowercase, a plural noun after a firm's singular noun is its name, and a
    # singular article before that plural says it again.
    "lowercase-plural-after-a-farm": (
        "mi hijo esta en el fundo naranjos de chincha, cosechando",
        ["naranjos"],
    ),
    "lowercase-plural-said-again-after-a-singular-article": (
        "entro a la agroexportadora palmeras. despues la palmeras lo despidio",
        ["palmeras"],
    ),
    # Its members' short name, in quotes.
    "quoted-short-name-of-its-members": (
        'Soy de Kusi Ayllu Unido, una ONG; nos dicen "los de la Kusi", así nomás.',
        ["Kusi"],
    ),
}

KEPT = {
    # A Peruvian firm named after a mountain or a fiesta: the place stays.
    "a-mountain-a-firm-is-named-after": (
        "Trabajé en Ladrillera Rasuwillca S.A.C.; se ve el Rasuwillca desde la obra.",
        ["el Rasuwillca"],
    ),
    "a-fiesta-a-firm-is-named-after": (
        "Bordaba en Bordados Virgen Candelaria S.R.L. para la fiesta de Virgen Candelaria.",
        ["fiesta de Virgen Candelaria"],
    ),
    "a-neighbourhood-a-firm-abroad-is-named-after": (
        "Cosía en Confecções Aurora do Brás Ltda. y vivía en el Brás.",
        ["el Brás"],
    ),
    "a-town-after-a-firm-with-a-french-suffix": (
        "Trabajé en Nettoyage Clairval SARL y viví en Lyon.",
        ["Lyon"],
    ),
    # The lowercase children of a village are its people; "Los Hijos de X" a comparsa.
    "lowercase-children-of-a-village": (
        "los hijos de Manta en Lima vienen a la fiesta",
        ["Manta", "Lima"],
    ),
    "a-comparsa-of-children": ("Los Hijos de Pampas bailaron en la plaza.", ["Pampas"]),
    "generic-youth-demonym": ("Vino la juventud campesina de la zona.", ["campesina"]),
    "brothers-by-a-surname": ("Mis Hermanos Quispe tocan el arpa.", ["tocan"]),
    # Spanish articles after "se llama" open places and people too.
    "a-place-after-se-llama": ("El pueblo se llama La Merced, es bonito.", ["La Merced"]),
    "a-district-after-se-llamaba": ("La calle se llamaba Los Pinos.", ["Los Pinos"]),
    # The club of a village, alone, is generic.
    "the-club-of-a-village": ("Somos el club Ccollpa, de los paisanos.", ["Ccollpa"]),
    "a-page-with-no-name": ("En Facebook estamos como en familia, todos.", ["familia"]),
    "a-kitchen-of-a-lady-from-a-town": (
        "Trabajé en la cocina de una señora de Huaral, en Comas.",
        ["Huaral", "Comas"],
    ),
    "lowercase-church-of-a-neighbourhood": (
        "va a la iglesia evangelica de su barrio, nomas",
        ["de su barrio"],
    ),
    "lowercase-church-then-a-verb": (
        "se metio a la iglesia pentecostal y dejo de tomar.",
        ["dejo de tomar"],
    ),
    "lowercase-church-then-an-adverb": ("va a la iglesia adventista nomas, los sabados", ["nomas"]),
    "lowercase-words-again-without-an-article": (
        "entro a la iglesia pentecostal rio de vida. un rio de vida es la fe, dice",
        ["un rio de vida"],
    ),
    "lowercase-adjective-after-a-firm": (
        "trabaja en la empresa grande de ica, dice",
        ["grande de ica"],
    ),
    "lowercase-number-after-a-firm": ("en la empresa dos de mayo, trabaja", ["dos de mayo"]),
    "lowercase-plural-with-a-plural-article": (
        "en el fundo cerezos, pero las cerezas se pudren",
        ["las cerezas"],
    ),
    "lowercase-plural-head-then-a-verb": (
        "en la agricola vendemos uvas",
        ["vendemos uvas"],
    ),
    "a-country-after-a-firm": ("Trabajó en Tokyo Denki K.K. y volvió a Japón.", ["Japón"]),
}


test_organization_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)
