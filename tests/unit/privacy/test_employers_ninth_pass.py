"""Employers and firms, ninth pass: lowercase firms after the kind of workplace they
are, firms with an English trade or a dotted legal suffix, a restaurant by its name,
and a firm said to be called so after a workplace.

Each row is a new wording of a miss's cause, not its words. Look-alike rows assert that
research content stays: places after "en" and "de" (in lowercase too), descriptions of
a workplace, what it makes, clauses after "la empresa", fields of work, people.
"""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    # A lowercase name after an article and a trade or kind, closed by a comma or a stop.
    "agricola-with-article": (
        "ahora mi hermano esta en la agricola cerro verde, cosechando.",
        ["cerro verde"],
    ),
    "agricola-after-fundo": (
        "yo trabajaba en el fundo agricola santa ines de chincha, por tarea.",
        ["santa ines"],
    ),
    "company-sold-to": (
        "la leche la vendemos a la empresa lacteos del valle, a un sol el litro.",
        ["lacteos del valle"],
    ),
    "company-then-place": (
        "entregamos la cosecha a la empresa frutos del sur en arequipa.",
        ["frutos del sur"],
    ),
    "named-fundo": ("me fui al fundo san gabriel, alla pagaban mejor.", ["san gabriel"]),
    "agroexportadora": (
        "mi tia entro a una agroexportadora sol naciente, de empacadora.",
        ["sol naciente"],
    ),
    # A security or cleaning trade in lowercase after a work cue.
    "security-firm": (
        "trabaje de vigilante en seguridad condor dorado, en miraflores.",
        ["condor dorado"],
    ),
    "surveillance-firm": (
        "mi esposo entro a trabajar en vigilancia puma real, turno noche.",
        ["puma real"],
    ),
    # An English trade after being at it.
    "export-firm": ("el año pasado estuve en frutandes export, en el packing.", ["frutandes"]),
    # A dotted legal suffix after lowercase words.
    "dotted-sac": (
        "trabaja en ayacucho, en servicios mineros killa s.a.c., diez por diez.",
        ["killa"],
    ),
    "dotted-srl": ("nos contrato transportes qori ñan s.r.l. para el flete.", ["qori"]),
    # Moving to a lowercase firm, or being told its name, is a cue like working at it.
    "moved-to-textile": ("luego pase a textil nina wasi, ahi con planilla.", ["nina wasi"]),
    "called-textile": (
        "el patron tenia un taller, se llamaba confecciones lucero, en gamarra.",
        ["lucero"],
    ),
    "named-then-adverb": (
        "en la agricola valle hermoso primero, despues en otra.",
        ["valle hermoso"],
    ),
    # Lowercase cooperatives, agencies, academies, churches by their names.
    "cooperative": (
        "vendemos el cafe a la cooperativa nuevo amanecer, pagan al contado.",
        ["nuevo amanecer"],
    ),
    "agency": (
        "consegui el trabajo por la agencia manos limpias, me cobraron 200.",
        ["manos limpias"],
    ),
    "church": ("los domingos voy a la iglesia roca eterna, en el cerro.", ["roca eterna"]),
    # A capitalized name after "restorán" in its Peruvian spelling.
    "restoran": ("Lavaba platos en el restorán Rincón Arequipeño de Surco.", ["Rincón Arequipeño"]),
    # A name set off after a workplace and said to be what it is called.
    "called-after-factory": (
        "Está en una fábrica de cartones, Cartonsur creo que se llama.",
        ["Cartonsur"],
    ),
    "called-after-company": (
        "Entró a una empresa de buses, Transvilca se llamaba.",
        ["Transvilca"],
    ),
}

KEPT = {
    # A lowercase Quechua name after "ong" ends with its line: the next turn's label stays.
    "quechua-name-before-a-turn": ("p1: trabajo con la ong chaska\np2: ya pues", ["p2: ya"]),
    "quechua-name-before-a-line": ("la ong sumaq\nmama dice que si", ["\nmama dice"]),
    # Places after "en" and "de" stay, in lowercase too.
    "places-lowercase": ("el fundo agricola santa ines de chincha, en ica.", ["chincha", "ica"]),
    "place-after-company": ("vendemos a la empresa frutos del sur en arequipa.", ["arequipa"]),
    "security-then-district": (
        "entre de vigilante en seguridad condor dorado, en san isidro.",
        ["san isidro"],
    ),
    "pisco-after-fundo": ("trabajo en el fundo de pisco, me pagan 40 soles.", ["pisco"]),
    # Descriptions of a workplace, what it makes, or a clause after it.
    "private-company": ("trabajo en la empresa privada, no en el estado.", ["privada"]),
    "big-company": ("mi hijo esta en una empresa grande, en lima.", ["grande"]),
    "mining-company": ("entro a la empresa minera, en la sierra.", ["minera"]),
    "makes-buses": ("trabaja en una empresa de buses, de cobrador.", ["buses"]),
    "clause-after-company": ("la empresa nos pagaba poco y tarde.", ["pagaba poco"]),
    "clause-after-fundo": ("el fundo queda lejos del pueblo.", ["queda lejos"]),
    "agricola-as-adjective": ("la zona agricola de la costa es grande.", ["agricola", "costa"]),
    "agricola-then-verb": ("la agricola contrata gente en verano.", ["contrata gente"]),
    "kinds-described": (
        "la iglesia evangelica, la agencia agraria y la academia preuniversitaria.",
        ["evangelica", "agraria", "preuniversitaria"],
    ),
    "cooperative-kind": (
        "somos de la cooperativa agraria cafetalera, en satipo.",
        ["agraria cafetalera", "satipo"],
    ),
    "academy-of-dance": ("entre a la academia de baile, en huancayo.", ["baile", "huancayo"]),
    "church-alone": ("voy a la iglesia nomas, los domingos.", ["nomas"]),
    "company-is-a-date": ("en la empresa dos de mayo, trabaja.", ["dos de mayo"]),
    "moved-to-a-place": ("despues pase a chincha, a la cosecha.", ["chincha"]),
    # Fields of work, not firms.
    "security-field": ("trabajo en seguridad privada, de noche.", ["seguridad privada"]),
    "security-of-kids": ("me preocupa la seguridad de mis hijos.", ["seguridad"]),
    "citizen-security": (
        "entre a trabajar en seguridad ciudadana, con la municipalidad.",
        ["ciudadana"],
    ),
    # "export" as a word, and being somewhere.
    "export-as-word": ("la fruta es de export, la mejor sale afuera.", ["export"]),
    "being-at-a-place": ("estuve en chincha, en un fundo de uvas.", ["chincha"]),
    # People and places before "se llama".
    "person-called": (
        "Trabaja en una tienda, su jefa, Rosa creo que se llama, es buena.",
        ["tienda"],
    ),
    "place-called": (
        "Mi hijo está en una fábrica en Ate, creo que se llama así el sitio.",
        ["Ate"],
    ),
    "restoran-alone": ("Trabajé en un restorán de Miraflores, de mozo.", ["Miraflores"]),
}


test_firm_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)
