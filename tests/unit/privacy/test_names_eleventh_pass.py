"""Names on unseen interview text, eleventh pass (raw lowercase transcripts): a surname
alone after "la señora" or "el teniente" that closes its phrase, or before what the
person says; a surname no lexicon lists after a found lowercase name, before a stop; an
unlisted name after "a/de/con mi <relative>" that closes its phrase; and the look-alikes
that stay."""

from tests.unit.privacy.tables import scrubbed_and_same

LOWERCASE_NAMES = {
    "trabajaba-en-surco-en": (
        "trabajaba en surco, en casa de la señora benavente. no me pagaba.",
        "trabajaba en surco, en casa de la señora [PERSONA-1]. no me pagaba.",
    ),
    "en-el-cuartel-el": (
        "en el cuartel el teniente zegarra, me enseno a manejar.",
        "en el cuartel el teniente [PERSONA-1], me enseno a manejar.",
    ),
    "era-la-casa-de": (
        "era la casa de la señora graciela altamirano, en surquillo.",
        "era la casa de la señora [PERSONA-1], en surquillo.",
    ),
    "a-los-dos-meses": (
        "a los dos meses se llevaron a mi hermano eustorgio a ayacucho.",
        "a los dos meses se llevaron a mi hermano [PERSONA-1] a ayacucho.",
    ),
    "ahora-vive-en-la": (
        "ahora vive en la casa de su tia clotilde. nadie la visita.",
        "ahora vive en la casa de su tia [PERSONA-1]. nadie la visita.",
    ),
    "en-ate-vivia-con": (
        "en ate vivia con mi señora hermelinda y mis cuatro hijos.",
        "en ate vivia con mi señora [PERSONA-1] y mis cuatro hijos.",
    ),
    "el-tesorero-es-el": (
        "el tesorero es el señor gumercindo mamani, vive en ate.",
        "el tesorero es el señor [PERSONA-1], vive en ate.",
    ),
    "me-trajo-mi-paisano": (
        "me trajo mi paisano, su nombre es anselmo quillico. el tenia camion.",
        "me trajo mi paisano, su nombre es [PERSONA-1]. el tenia camion.",
    ),
}


LOOK_ALIKES = {
    "de-noche-nomas-cuando": "de noche nomas, cuando la señora duerme. yo no salgo.",
    "la-senora-amable-dice": "la señora amable dice que si, la señora mayor tambien.",
    "el-teniente-gobernador-dijo": "el teniente gobernador, dijo que no hay plata.",
    "cuando-el-esposo-migra": "cuando el esposo migra a ica, la violencia baja.",
    "los-hermanos-migraron-y": "los hermanos migraron y se congregan en lima.",
    "de-la-casa-de": "de la casa de la señora salgo a las siete.",
    "vivo-con-mi-tio": "vivo con mi tio materno. mi abuela paterna y mi tia tambien.",
    "con-mi-hija-estudiaron": "con mi hija estudiaron en huancayo.",
    "le-di-a-mi": "le di a mi hermana gemela y a mi hermano mayor.",
    "hable-con-rosa-ayer": "hable con rosa ayer. fui con ella temprano.",
    "la-senora-del-comedor": "la señora del comedor y el señor alcalde vinieron.",
    "la-doctora-de-la": "la doctora de la posta dijo que la señora cocinera.",
    "la-senora-vende-rojas": "la señora vende rojas y verdes en la feria.",
    "el-plato-tipico-de": "el plato tipico de aqui es la patasca. el cuy tambien.",
    # After "de mi <relative>" a verb follows as often as a name.
    "la-casa-de-mi": "la casa de mi hijo queda a dos cuadras de la plaza.",
    "la-chacra-de-mi": "la chacra de mi tio llega a la pampa.",
    "el-terreno-de-mi": "el terreno de mi papa sube a la loma y baja de nuevo.",
}


test_lowercase_names_are_found, test_look_alikes_stay = scrubbed_and_same(
    LOWERCASE_NAMES, LOOK_ALIKES
)
