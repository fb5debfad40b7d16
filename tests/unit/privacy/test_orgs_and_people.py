"""Named organizations, public bodies that stay, and people the lexicon does not know.

Each row asserts that the raw words are gone from the output (or still there, for
research content), not only that a placeholder appeared."""

from privacy import scrub_for_cli
from tests.unit.privacy.tables import gone_and_kept

ORGANIZATIONS = {
    "ngo-head-word": ("Trabajé cinco años en la ONG Tinkuy Ayllu en Huanta.", ["Tinkuy", "Ayllu"]),
    "association": (
        "Soy socio de la Asociación Progresista Hijos de Chuschi en Lima.",
        ["Progresista", "Chuschi"],
    ),
    "residents-club": ("El Club Social Hijos de Pomabamba donó la campana.", ["Pomabamba"]),
    "school-number": ("Mi hija estudia en la I.E. N° 30127 Túpac Amaru.", ["30127", "Túpac"]),
    "university": ("Estudia en la Universidad Nacional de Cajamarca.", ["Cajamarca"]),
    "company-suffix": ("Trabaja en Frutícola Valle Grande S.A.C. de operario.", ["Frutícola"]),
    "employer-head": ("Entré a la Agroexportadora Los Algarrobos en 2015.", ["Algarrobos"]),
    "church": (
        "Fundamos la Iglesia Evangélica Pentecostal Rosa de Sarón.",
        ["Pentecostal", "Sarón"],
    ),
    "lowercase-head": ("Es del grupo de oración Fuego Nuevo de la parroquia.", ["Fuego", "Nuevo"]),
    "apposition": (
        "Coordino el programa de Kallpa Wasi, una ONG pequeña de Acobamba.",
        ["Kallpa", "Wasi"],
    ),
    "defined-acronym": (
        "Trabajo en el Instituto de Promoción Agraria, el IPRA, desde 2012.",
        ["IPRA", "Promoción"],
    ),
    "later-short-mention": (
        "Entré al Centro de Derechos Humanos Tarpuy Wasi. Hoy Tarpuy Wasi apoya a cien familias.",
        ["Tarpuy"],
    ),
    "head-word-ong-not-repeated": ("La ONG Sumaq Llaqta vino ayer.", ["ONG", "Sumaq"]),
}

KEPT = {
    "state-programmes": (
        "Cobra Pensión 65 y su nieta tiene Beca 18; en la escuela hay Qali Warma.",
        ["Pensión 65", "Beca 18", "Qali Warma"],
    ),
    "public-bodies": (
        "Fue a la UGEL, luego a la DEMUNA y a la Defensoría del Pueblo.",
        ["UGEL", "DEMUNA", "Defensoría del Pueblo"],
    ),
    "truth-commission": (
        "Declaró ante la Comisión de la Verdad y se inscribió en el Registro Único de Víctimas.",
        ["Comisión de la Verdad", "Registro Único de Víctimas"],
    ),
    "women-centre": (
        "La llevamos al Centro Emergencia Mujer de Lircay.",
        ["Centro Emergencia Mujer"],
    ),
    "channels": ("Manda la plata por Western Union y avisa por WhatsApp.", ["Western Union"]),
    "generic-ngo": ("La ONG nos dio semillas y se fue.", ["La ONG nos"]),
    "programme-not-a-street": ("Mi nieta cobra Beca 18 en Lima.", ["Beca 18"]),
    "generic-association": ("La asociación de residentes se reúne cada mes.", ["asociación"]),
    "fiesta": ("Para la fiesta de Santiago vuelven todos.", ["Santiago"]),
    "road-without-number": (
        "Caminamos por la Carretera Central hasta Lima.",
        ["Carretera Central"],
    ),
    "quechua-words-lowercase": ("Hacemos ayni y minka con la runa del ayllu.", ["ayni", "runa"]),
}

PEOPLE = {
    "speaker-label-lowercase": (
        "Moderadora: ¿Qué hacen después?\nmaricielo: Yo me voy a Ica.\n",
        ["maricielo"],
    ),
    "speaker-label-capitalized": (
        "E: ¿Y usted?\nYhoselin: Yo sigo estudiando.\nE: Gracias.\n",
        ["Yhoselin"],
    ),
    "role-apposition": ("El tesorero, Deyvis Ccoyllo, cobra las cuotas.", ["Deyvis", "Ccoyllo"]),
    "kin-apposition-pair": ("Tiene dos nietos, Brayden y Ashley, allá.", ["Brayden", "Ashley"]),
    "named-as-a-place": ("Mi sobrina se llama Bolivia y vive en Salta.", ["se llama Bolivia"]),
    "surname-phrase": ("Es de apellido Arequipa, como la ciudad.", ["apellido Arequipa"]),
    "un-tal": ("Nos pagaba un tal Ormeño, que era de Nasca.", ["Ormeño"]),
    "subject-who-acts": ("Trabajé en Ica. Gualberto se quedó en Lima.", ["Gualberto"]),
    "nickname-subject": ("El Choclo manda plata cada mes.", ["Choclo"]),
    "role-then-copula": ("La presidenta ahora es Eulalia Ccencho; yo soy vocal.", ["Eulalia"]),
    "fiesta-name-acting": (
        "Para Santiago vuelven todos. Santiago manda plata.",
        ["Santiago manda"],
    ),
    "lowercase-list-after-comma": (
        "Los anotados: eusebio ccanto, yeni huaman y otros más.",
        ["yeni", "huaman"],
    ),
    "kin-then-place-then-name": ("Tengo una hija en Milán, Valentina. Manda fotos.", ["Valentina"]),
    "later-mention": ("Mi hijo, Thiago, vive en Lima. Thiago quiere volver.", ["Thiago"]),
}

KEPT_PEOPLE = {
    "form-field-is-not-a-speaker": ("Domicilio: calle sin nombre.\n", ["Domicilio"]),
    "place-subject": ("Vivimos en Chincha. Chincha está lejos.", ["Chincha"]),
    "lowercase-role-subject": ("La bebé se quedó con la abuela.", ["La bebé"]),
    "district-after-kin-and-place": ("Mi hija vive en Lima, Chorrillos.", ["Chorrillos"]),
    "fiesta-name-not-acting": ("Para Santiago vuelven todos.", ["Para Santiago"]),
    "copula-without-role": ("El problema es Lima, dice.", ["Lima"]),
    "destination-after-donde": ("No sé a donde Huancayo queda.", ["Huancayo"]),
}


test_named_organization_is_gone, test_public_body_or_programme_is_kept = gone_and_kept(
    ORGANIZATIONS, KEPT
)


test_person_found_by_context_is_gone, test_word_that_only_looks_like_a_person_is_kept = (
    gone_and_kept(PEOPLE, KEPT_PEOPLE)
)


def test_organization_with_the_word_ong_gets_a_placeholder_without_it() -> None:
    out = scrub_for_cli("La ONG Sumaq Llaqta y la Asociación Warmi Kallpa trabajan juntas.")
    assert out.startswith("La [ORGANIZACIÓN-1] y la [ONG-2]")
