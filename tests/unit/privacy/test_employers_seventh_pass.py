"""Organizations named without a head word, seventh pass: the classes a batch still
missed, as tables.

Each row is a new wording of a miss's cause, not its words: a bare name after "en" that
pays, hires or hands out gear to the speaker or that "we" serve from; a bare name after
working at, getting into or selling to it, closed by what kind it is, which one, where it
is or who got one in; a trade word heading a name, capitalized or in lowercase. Look-alike
rows assert that research content stays: places at home and abroad after "en", saints,
feasts, months, public bodies, trades used as words, generic mentions.
"""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    # Who pays, hires or fires the speaker, or hands out the gear, is an employer.
    "pays-me": ("En Quispicoop me pagan puntual cada quincena.", ["Quispicoop"]),
    "paid-us-with-an-article": ("En la Pradera nos pagaban por jaba.", ["Pradera"]),
    "fired-them": ("En Sumaqwasi les despidieron a todos.", ["Sumaqwasi"]),
    "signed-a-contract": ("En Alborada Fruits no, pero en Kantu me hicieron contrato.", ["Kantu"]),
    "hands-out-gear": ("En Pachakuti nos dan botas y guantes.", ["Pachakuti"]),
    "looks-for-workers": ("En Sabor Norteño siempre buscan mozos.", ["Sabor Norteño"]),
    "abroad-employer": ("En Ferrovial Serveis me contrataron el 2015.", ["Ferrovial"]),
    # What "we" do from it names the speaker's group or lender.
    "we-help": ("En Inti Raymi Solidario les ayudamos con las denuncias.", ["Solidario"]),
    "we-charge": ("En Qullqi Wasi cobramos 1.8 % al mes.", ["Qullqi"]),
    "we-have-staff": ("En Kawsaypaq tenemos dos técnicos de campo.", ["Kawsaypaq"]),
    # A Quechua name built on a verb ("let us", "we all", "for") names a group.
    "quechua-let-us": ("En Takisun hacemos ensayos los sábados.", ["Takisun"]),
    "quechua-we-all": ("En Llamkanchik vendemos artesanía.", ["Llamkanchik"]),
    # After working at, getting into or selling to it, closed by what it is.
    "sews-for-a-brand": ("Borda chompas para Llaqta, esa marca de ropa.", ["Llaqta"]),
    "put-in-a-farm": ("Nos metieron en Agrovalle, un fundo de paltas.", ["Agrovalle"]),
    "which-one": ("Mi primo entró a Sol de Oro, la de los espárragos.", ["Sol de Oro"]),
    "where-it-is": ("Soy supervisora en Campoverde, acá en Pisco.", ["Campoverde"]),
    "got-in-by-kin": ("Ingresé a Qorisol por mi cuñada.", ["Qorisol"]),
    "youth-group": ("Participa en Luz de Sión, un grupo juvenil.", ["Sión"]),
    "an-app": ("Reparte en Rapidito Express, una app de pedidos.", ["Rapidito"]),
    # Said to be a farm or an app after a comma, with no preposition before it.
    "farm-apposition": ("Agroverde, un fundo de paltas, ahí trabajé.", ["Agroverde"]),
    "app-apposition": ("Rapidito, una app de delivery, me paga poco.", ["Rapidito"]),
    # A trade word heading a name.
    "guard-firm": ("Trabajó de vigilante en Vigilancia Halcón Dorado.", ["Halcón"]),
    "delivery-firm": ("Ahora reparte con Pedidos Wayki, de noche.", ["Wayki"]),
    "print-shop": ("Tiene su taller, Estampados Inkari, en Gamarra.", ["Inkari"]),
    "french-cleaning-firm": ("Limpiaba con Nettoyage Soleil SARL en París.", ["Soleil"]),
    "french-cleaning-firm-alone": ("Trabajé para Propreté Azur, en oficinas.", ["Azur"]),
    "lowercase-trade-with-article": (
        "su hijo trabaja de cobrador en transportes la favorita. vive en ate",
        ["favorita"],
    ),
    "lowercase-name-before-english-trade": (
        "mi sobrina trabaja en sabrosito broaster, de cajera.",
        ["sabrosito"],
    ),
    "lowercase-name-after-a-workshop": (
        "trabaja en una tienda de ropa, confecciones killa. vende bien",
        ["killa"],
    ),
}

KEPT = {
    # A place after "en" is where it happens, at home or abroad.
    "town-pays-more": ("En Ica me pagan más que en la sierra.", ["Ica"]),
    "capital-gives-work": ("En Lima nos dan almuerzo y movilidad.", ["Lima"]),
    "village-we-have-a-house": ("En Huancayo tenemos una casa.", ["Huancayo"]),
    "village-fiesta": ("En Manta hacemos la fiesta en agosto.", ["Manta"]),
    "saint-village": ("En San Luis nos pagan poco.", ["San Luis"]),
    "city-abroad": ("En Milán me pagaban por hora.", ["Milán"]),
    "two-word-city-abroad": ("En Buenos Aires me contrataron rápido.", ["Buenos Aires"]),
    "district-with-article": ("En la Victoria me pagaban bien.", ["Victoria"]),
    "month": ("En Enero nos pagan la gratificación.", ["Enero"]),
    "feast": ("En Navidad nos dan panetón.", ["Navidad"]),
    "public-body": ("En Juntos nos ayudamos entre madres.", ["Juntos"]),
    "village-opener": ("En Villa Rica me pagaban el jornal.", ["Villa Rica"]),
    "verb-any-place-allows": ("En Pomacocha vivimos tranquilos.", ["Pomacocha"]),
    "quechua-village-noun": ("En Ccochapampa hacemos la fiesta.", ["Ccochapampa"]),
    "quechua-practice": ("En Velakuy tomamos caldo.", ["Velakuy"]),
    "helping-each-other": ("En Julcamarca nos apoyamos entre vecinos.", ["Julcamarca"]),
    "members-of-a-village": ("En Acostambo tenemos socios y ganado.", ["Acostambo"]),
    # After working somewhere, a place or a thing said after a comma stays.
    "worked-in-a-town": ("Trabajé en Huaral, un fundo de mandarinas.", ["Huaral"]),
    "entered-a-town-by-road": ("Entramos a Pisco por la carretera.", ["Pisco"]),
    "town-not-a-kind": ("Trabaja en Chupaca, un pueblo bonito.", ["Chupaca"]),
    "no-cue": ("Vive en Tarmatambo, por mi tío llegó.", ["Tarmatambo"]),
    "known-town-before-a-farm": ("Chincha, un fundo tras otro.", ["Chincha"]),
    # Trades used as words.
    "public-security": ("Llamamos a Seguridad Ciudadana.", ["Seguridad Ciudadana"]),
    "trade-alone": ("Trabaja en vigilancia, de noche.", ["vigilancia"]),
    "the-dish": ("trabaja en una polleria, venden pollo broaster.", ["pollo broaster"]),
    "what-a-workshop-makes": ("tiene una carpinteria, muebles de cocina hace.", ["cocina"]),
    "adjective-after-an-apposed-trade": (
        "en la fábrica textil, muebles baratos no hay.",
        ["muebles baratos"],
    ),
    "night-watch": ("Llegó Vigilancia Nocturna a la cuadra.", ["Vigilancia Nocturna"]),
    "two-trades-no-name": ("Puso un letrero: Estampados y Bordados.", ["Bordados"]),
    "generic-haulage": ("trabaja en transportes de carga pesada.", ["transportes"]),
    "generic-mention": ("En la empresa nos pagan poco.", ["empresa"]),
    "generic-capitalized-kind": ("En la Asociación les ayudamos con papeles.", ["Asociación"]),
    "generic-capitalized-farm": ("En el Fundo nos pagan por jaba.", ["Fundo"]),
    "generic-capitalized-kitchen": ("En el Comedor nos dan almuerzo.", ["Comedor"]),
}


test_organization_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)
