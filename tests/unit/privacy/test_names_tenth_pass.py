"""Names on unseen interview text, tenth pass: names of the saints' calendar the lexicon
lacked ("baltazar"), two word-names or a word-name before "en" after a kin word, an
unlisted name before a clitic and any verb, a surname alone after a trade's title, a
nickname "X de Y" after "le decíamos", a place said as a nickname after "le decían", a
name explained "como el país", numbered turn labels ("P1:") that name no one and a name
in brackets after one ("p1 (teodomira):"), a given name with the article listed after a
found person, a partner ("su enamorada X"), two lowercase names after a plural kin word,
a name and surname before an office, a Japanese "-san", a nickname before a lowercase
surname, a child's name after "la segunda es", a name a parent "me puso", a word-name found again
with the article and an age; and the look-alikes that stay."""

from tests.unit.privacy.tables import scrubbed_and_same

NAMES = {
    "el-domingo-fui-con": (
        "el domingo fui con baltazar como testigo donde el juez.",
        "el domingo fui con [PERSONA-1] como testigo donde el juez.",
    ),
    "mi-hija-flor-maria": (
        "mi hija flor maria esta en chile hace diez anos.",
        "mi hija [PERSONA-1] esta en chile hace diez anos.",
    ),
    "mi-tia-rosa-en": (
        "mi tia rosa en tarma vende queso.",
        "mi tia [PERSONA-1] en tarma vende queso.",
    ),
    "yo-hago-minka-con": (
        "yo hago minka con mi compadre benigno, para el techado.",
        "yo hago minka con mi compadre [PERSONA-1], para el techado.",
    ),
    "mi-cunada-yesi-me": (
        "mi cunada yesi me presta su moto.",
        "mi cunada [PERSONA-1] me presta su moto.",
    ),
    "la-patrona-y-su": (
        "la patrona y su esposo el ingeniero huamani, viven en surco.",
        "la patrona y su esposo el ingeniero [PERSONA-1], viven en surco.",
    ),
    "su-esposa-la-doctora": (
        "su esposa, la doctora quispe, lo atiende.",
        "su esposa, la doctora [PERSONA-1], lo atiende.",
    ),
    "le-deciamos-pata-de": (
        "le decíamos Pata de Cabra, porque corría.",
        "le decíamos [PERSONA-1], porque corría.",
    ),
    "en-el-barrio-le": (
        "en el barrio le decían Callao, porque era chalaco.",
        "en el barrio le decían [PERSONA-1], porque era chalaco.",
    ),
    "se-llama-peru-quispe": (
        "se llama Perú Quispe, sí, Perú, como el país, su papá era militar.",
        "se llama [PERSONA-1], sí, [PERSONA-1], como el país, su papá era militar.",
    ),
    "mod-ya-empecemos-p1": (
        "mod: ya, empecemos\np1 (eusebia): yo vendo queso\np2: yo no\nmod: ya",
        "mod: ya, empecemos\np1 ([PERSONA-1]): yo vendo queso\np2: yo no\nmod: ya",
    ),
    "mis-primas-de-alla": (
        "Mis primas de allá, la Yolanda de Huaraz, el Modesto, me llaman.",
        "Mis primas de allá, la [PERSONA-1] de Huaraz, el [PERSONA-2], me llaman.",
    ),
    "con-mi-tio-fermin": (
        "con mi tío Fermín y su enamorada Deysi. Después",
        "con mi tío [PERSONA-1] y su enamorada [PERSONA-2]. Después",
    ),
    "mis-sobrinos-teo-y": (
        "mis sobrinos teo y brayan llegaron ayer.",
        "mis sobrinos [PERSONA-1] y [PERSONA-2] llegaron ayer.",
    ),
    "h2-wenceslao-ayala-tesorero": (
        "H2: Wenceslao Ayala, tesorero de la asociación.",
        "H2: [PERSONA-1], tesorero de la asociación.",
    ),
    "el-jefe-de-turno": (
        "El jefe de turno, Morita-san, nos trataba bien.",
        "El jefe de turno, [PERSONA-1]-san, nos trataba bien.",
    ),
    "me-fui-a-la": (
        "me fui a la cosecha con el gato quispe, al arandano.",
        "me fui a la cosecha con el [PERSONA-1], al arandano.",
    ),
    "nos-recoge-el-zorro": (
        "nos recoge el zorro mamani, asi le dicen porque es vivo.",
        "nos recoge el [PERSONA-1], asi le dicen porque es vivo.",
    ),
    "la-mayor-es-ingeniera": (
        "la mayor es ingeniera. la segunda es wayta, ya tiene diez.",
        "la mayor es ingeniera. la segunda es [PERSONA-1], ya tiene diez.",
    ),
    "el-segundo-es-yordan": (
        "el segundo es yordan, el tercero es flor.",
        "el segundo es [PERSONA-1], el tercero es flor.",
    ),
    "por-eso-mi-abuela": (
        "por eso mi abuela me puso candelaria, porque naci en febrero.",
        "por eso mi abuela me puso [PERSONA-1], porque naci en febrero.",
    ),
    "mi-compadre-pascual-ya": (
        "mi compadre pascual, ya sabe. el pascual con 40 años sigue soltero.",
        "mi compadre [PERSONA-1], ya sabe. el [PERSONA-1] con 40 años sigue soltero.",
    ),
    "rocio-vive-en-ica": (
        "Rocío vive en Ica. Fátima Ccoyllo se fue a Chile; su mamá es devota de la "
        "Virgen de Fátima.",
        "[PERSONA-1] vive en Ica. [PERSONA-2] se fue a Chile; su mamá es devota de la "
        "Virgen de Fátima.",
    ),
    # What is said around a surname stays: a greeting, a payment, a description.
    "gracias-ayala-presidente": ("Gracias Ayala, presidente.", "Gracias [PERSONA-1], presidente."),
    "para-el-pago-quispe": ("para el pago quispe no vino", "para el pago [PERSONA-1] no vino"),
    "con-el-joven-mamani": ("con el joven mamani fuimos", "con el joven [PERSONA-1] fuimos"),
}


LOOK_ALIKES = {
    "en-la-posta-le": "en la posta le dijeron que era un quiste benigno, nada grave.",
    "mi-hermano-mayor-en": "mi hermano mayor en lima trabaja de mozo.",
    "mi-hermano-domingo-en": "mi hermano domingo en la tarde llega.",
    "mi-hermano-siempre-me": "mi hermano siempre me presta su moto.",
    "mi-hija-chiquita-se": "mi hija chiquita se enferma seguido.",
    "mi-esposo-nunca-me": "mi esposo nunca me dice nada.",
    "el-ingeniero-agronomo-el": "el ingeniero agronomo, el doctor pediatra. el señor dijo que no.",
    "el-profesor-nomas-sabe": "el profesor nomas sabe.",
    "el-doctor-rapido-me": "el doctor rapido me atendio.",
    "me-fui-a-chile-como-el-pais-vecino": "Me fui a Chile, como el país vecino pedía visa.",
    "me-fui-a-chile-como-el-pais": "Me fui a Chile, como el país.",
    "vivo-en-colombia-como": "Vivo en Colombia, como el resto.",
    "a-ese-cerro-le": "a ese cerro le decían Callao.",
    "a-la-chacra-le": "a la chacra le decían Lima.",
    "mod-ya-p1-en": "mod: ya\np1: en Lima\np2: yo no\nmod: ya",
    "mis-hijos-grandes-y": "mis hijos grandes y chicos vinieron.",
    "mis-nietos-dos-y": "mis nietos dos y tres vinieron.",
    "mis-hijos-aqui-y": "mis hijos aqui y alla estan.",
    "se-caso-con-vestido": "se casó con vestido de novia.",
    "lima-norte-presidente-de": "Lima Norte, presidente de la liga.",
    "la-primera-es-clara": "la primera es clara, la otra no.",
    "mi-mama-me-puso": "mi mama me puso nerviosa, porque gritaba.",
    "mi-papa-me-puso": "mi papa me puso una inyeccion.",
    "la-rosa-con-3": "la rosa con 3 años de sembrada.",
    "la-fiesta-de-la": "la fiesta de la Purificación es en febrero.",
    "cayeron-nieves-en-el": "cayeron nieves en el cerro.",
    "la-segunda-es-casada": "la segunda es casada, vive en lima.",
    "la-primera-es-kilo": "la primera es kilo, la otra es libra.",
}


test_names_are_redacted, test_look_alikes_stay = scrubbed_and_same(NAMES, LOOK_ALIKES)
