"""Names on unseen lowercase transcripts, twelfth pass: focus-group turns labelled by
names under a lowercase interviewer's "e:"; nicknames that are ordinary words after the
article, told by an aside naming a trade or a friend, a clitic and a verb of speech, or
"es compadre de", ", que es dirigente" or "es el franklin"; a surname after a trade's
title behind "donde"; a name set off after "una señora vasca,"; a given name spelled
like an infinitive after a kin word; and the look-alikes that stay, the nickname's own
word in "el gallo es gallo" among them."""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "label-two-given-names-lowercase-e": (
        "e: han trabajado fuera\nmarisol esperanza: si en lima\n"
        "rosa esperanza: y yo en bolivia\ne: y ahora",
        ["rosa", "marisol"],
    ),
    "nickname-says-to-us": ("pero el mecha nos dice que vayamos a chincha", ["mecha"]),
    "nickname-aside-friend": ("el shimbo, mi pata, me dijo eso en el face", ["shimbo"]),
    "nickname-aside-trade": ("a mi me llevo el gallo, el enganchador, y me desconto", ["gallo"]),
    "nickname-after-del-trade": (
        "se fue con la gente del tuerto, el enganchador, a ica",
        ["tuerto"],
    ),
    "nickname-compadre-of": ("y el chato es compadre del teniente, todos saben", ["chato"]),
    "nickname-again-later": (
        "el gallo, el enganchador, nos llevo. el gallo es bien abusivo.",
        ["gallo"],
    ),
    "nickname-surname-relative-role": (
        "el que ayudo fue el pocho ñahui, que es dirigente alla en huaycan",
        ["pocho", "ñahui"],
    ),
    "nickname-is-given-name": ("el loco es el franklin, su cuenta es otra", ["loco", "franklin"]),
    "surname-after-title-donde": ("me cambie donde la doctora ayala, ella si me dejo", ["ayala"]),
    "name-after-senorita": ("venia la señorita cinthia, pero se acabo el proyecto", ["cinthia"]),
    "infinitive-shaped-name-clitic": ("mi nieto dilmer me lee los papeles", ["dilmer"]),
    "infinitive-shaped-name-stop": ("vive con mi hermano wilmer. ya no viene", ["wilmer"]),
    "name-after-profe-acts": ("asi hacemos, la profe elva tiene su cuenta", ["elva"]),
    "name-born-on-day": ("la nely nacio el catorce de setiembre", ["nely"]),
    "described-then-name": ("con una señora vasca, begoña, en calle iparraguirre", ["begoña"]),
}
KEPT = {
    "engineer-civil-acts": ("el ingeniero civil tiene la obra", ["civil"]),
    "teacher-new-comes": ("la profe nueva viene los lunes", ["nueva"]),
    "idea-born": ("la idea nacio el año pasado en la asamblea", ["idea"]),
    "young-animal-born-on-day": ("la cria nacio el 3 de mayo", ["cria"]),
    "described-then-adjective": ("una chica limeña, muy buena, nos ayudo", ["limeña", "buena"]),
    "described-then-live-in": ("con una señora española, interna, la cuida", ["interna"]),
    "older-then-state": ("una señora mayor, enferma, vino a la posta", ["enferma"]),
    "title-then-verb-after-cuando": ("cuando la señora duerme, salimos", ["duerme"]),
    "title-then-trade": ("la señorita enfermera, nos atendio", ["enfermera"]),
    "kin-then-adjective": ("mi tio familiar, no vino a la fiesta", ["familiar"]),
    "kin-then-infinitive": ("ahorra para mi hijo estudiar, dice", ["estudiar"]),
    "place-relative-clause": ("trabajo en el local, que es de la comunidad", ["local"]),
    "quechua-role-glossed": ("el yachachiq, que es el tecnico campesino, ensena", ["yachachiq"]),
    "feast-by-copula": ("la patrona es la candelaria, en febrero", ["patrona", "candelaria"]),
    "rank-by-copula": ("el mayor es el pedro, el menor es otro", ["mayor"]),
    "radio-tells-us": ("y la radio nos dice que va a helar", ["radio"]),
    "paper-says": ("el papel dice otra fecha, la partida nos dijo otra", ["papel", "partida"]),
    "public-body-tells-us": ("la cancilleria nos dice que esperemos", ["cancilleria"]),
    "role-tells-us": ("el ingeniero nos dijo que el canal no sirve", ["ingeniero"]),
    "plant-then-owner": ("le hicieron su torta en la planta, el duenio, el senor", ["planta"]),
    "place-then-foreman": ("trabajamos en la chacra, el capataz, nos grita", ["chacra"]),
    "crop-list": ("sembramos el maiz, la papa, la cebada y el trigo", ["maiz", "papa", "trigo"]),
    "nickname-said-of-itself": (
        "el gallo, el enganchador, nos llevo. bueno el gallo es gallo pues, siempre canta",
        ["es gallo pues"],
    ),
    "rooster-sings": ("el gallo canta a las cuatro y nos levantamos", ["gallo"]),
    "label-word-after-name-stays-in-turn": (
        "e: han trabajado fuera\nrosa esperanza: tenemos esperanza de segundo nombre",
        ["tenemos esperanza de segundo"],
    ),
    "form-field-without-turns": ("Domicilio: jr. cusco\nProcedencia: manta", ["Procedencia"]),
    "lowercase-e-then-place-labels": (
        "e: que siembran\nparticipante 1: papa y habas en manta",
        ["papa y habas en manta"],
    ),
}

test_names_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
