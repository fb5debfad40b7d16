"""Names in lowercase transcripts without accents: a name set off after a kin word or a
spouse ("una prima, yessenia, se fue", "conocí a mi señora, florisa."), after a spouse
title and before what the person does ("mi senora teofila ve", "la señora wilfrida
recibe"), an adjective-name before a clitic and a verb ("mi esposo modesto se fue"), two
lowercase names after "se llama", and a name misspoken and corrected after a
preposition said again; and the look-alikes that stay."""

from privacy import scrub_for_cli
from tests.unit.privacy.tables import scrubbed_and_same

LOWERCASE_NAMES = {
    "en-lima-una-prima": (
        "en lima una prima, yessenia, se fue a trabajar de noche.",
        "en lima una prima, [PERSONA-1], se fue a trabajar de noche.",
    ),
    "en-la-fabrica-conoci": (
        "en la fabrica conoci a mi señora, florisa. despues volvimos.",
        "en la fabrica conoci a mi señora, [PERSONA-1]. despues volvimos.",
    ),
    "mi-senora-teofila-ve": (
        "mi senora teofila ve los cuyes y yo la chacra.",
        "mi senora [PERSONA-1] ve los cuyes y yo la chacra.",
    ),
    "la-senora-wilfrida-recibe": (
        "la señora wilfrida recibe la plata del banco.",
        "la señora [PERSONA-1] recibe la plata del banco.",
    ),
    "mi-esposo-modesto-se": (
        "mi esposo modesto se fue a la mina. modesto no es malo.",
        "mi esposo [PERSONA-1] se fue a la mina. [PERSONA-1] no es malo.",
    ),
    "mi-sobrina-se-llama": (
        "mi sobrina se llama maria luz. nacio en abril.",
        "mi sobrina se llama [PERSONA-1]. nacio en abril.",
    ),
    "el-terreno-de-ermenegildo": (
        "El terreno de Ermenegildo, perdón, de Hermenegildo, está en venta.",
        "El terreno de [PERSONA-1], perdón, de [PERSONA-2], está en venta.",
    ),
    "vino-marcelo-perdon-marcial": (
        "Vino Marcelo, perdón, Marcial, el de la tienda.",
        "Vino [PERSONA-1], perdón, [PERSONA-2], el de la tienda.",
    ),
}


LOOK_ALIKES = {
    "mi-esposo-trabaja-en": "mi esposo trabaja en la mina y mi señora cocina para la feria.",
    "mi-senora-vende-queso": "mi senora vende queso los domingos.",
    "la-senora-amable-dijo": "la señora amable dijo que no habia cupo.",
    "la-senora-tambien-vino": "la señora tambien vino a la asamblea.",
    "mi-hermano-justo-se": "mi hermano justo se fue cuando llegamos.",
    "cuido-a-una-senora": "cuido a una señora mayor, interna.",
    "vienen-los-nietos-bailan": "vienen los nietos, bailan, se emborrachan los grandes.",
    "peleamos-con-su-marido": "peleamos con su marido, jaja.",
    "mi-hija-casada-vive": "mi hija, casada, vive en ica.",
    "mi-hijo-tranquilo-estudia": "mi hijo, tranquilo, estudia en huancayo.",
    "si-senora-claro": "sí señora, claro.",
    "fui-a-huanta-perdon": "Fui a Huanta, perdón, a Huancayo, para la feria.",
    "el-programa-se-llama": "el programa se llama juntos nomas.",
    "me-regalaba-ropa-celeste": "me regalaba ropa celeste y el cielo celeste de la puna.",
}


test_lowercase_names_are_scrubbed, test_lookalikes_stay = scrubbed_and_same(
    LOWERCASE_NAMES, LOOK_ALIKES
)


def test_a_found_name_that_is_a_colour_stays_a_colour() -> None:
    text = "una amiga, celeste, se fue a chile. extraño el cielo celeste de manta."
    assert scrub_for_cli(text) == (
        "una amiga, [PERSONA-1], se fue a chile. extraño el cielo celeste de manta."
    )


NICKNAMES_AND_LISTS = {
    "en-la-chacra-esta": (
        "en la chacra esta mi pata el zorro, le dicen asi porque es vivo.",
        "en la chacra esta mi pata el [PERSONA-1], le dicen asi porque es vivo.",
    ),
    "a-mi-me-dicen": (
        "a mi me dicen el tordo porque canto en las fiestas.",
        "a mi me dicen el [PERSONA-1] porque canto en las fiestas.",
    ),
    "se-quedaron-pocos-kerly": (
        "Se quedaron pocos. Kerly, Wilmer y Rosa Quispe nomás.",
        "Se quedaron pocos. [PERSONA-1], [PERSONA-2] y [PERSONA-3] nomás.",
    ),
}


NICKNAME_LOOK_ALIKES = {
    "la-pata-de-la": "la pata de la mesa, le dicen asi.",
    "le-dicen-asi-porque": "le dicen asi porque es chiquito.",
    "en-quechua-le-decimos": "en quechua le decimos atoq porque corre.",
    "me-dicen-que-el": "me dicen que el precio baja porque hay harta papa.",
    "trabajo-en-huancayo-lima": "Trabajo en Huancayo, Lima y Jauja.",
}


test_nicknames_and_lists_are_scrubbed, test_nickname_lookalikes_stay = scrubbed_and_same(
    NICKNAMES_AND_LISTS, NICKNAME_LOOK_ALIKES
)


def test_an_unlisted_name_set_off_after_an_ordinal() -> None:
    text = "la mayor en 2008; y el ultimo, dayiro, en 2019. el segundo, policia, en ica."
    assert scrub_for_cli(text) == (
        "la mayor en 2008; y el ultimo, [PERSONA-1], en 2019. el segundo, policia, en ica."
    )


UNPUNCTUATED_NAMES = {
    "se-murio-mi-tia": (
        "se murio mi tia Chela, Graciela Huamaní era su nombre completo, en mayo.",
        "se murio mi tia [PERSONA-1], [PERSONA-2] era su nombre completo, en mayo.",
    ),
    "con-modesto-el-tesorero": (
        "con modesto el tesorero fuimos a la municipalidad.",
        "con [PERSONA-1] el tesorero fuimos a la municipalidad.",
    ),
    "a-mi-hijo-le": (
        "a mi hijo le decimos chasqui porque corre harto.",
        "a mi hijo le decimos [PERSONA-1] porque corre harto.",
    ),
    "en-la-casa-la": (
        "en la casa la robertita va al colegio y el fernandito todavia es wawa.",
        "en la casa la [PERSONA-1] va al colegio y el [PERSONA-2] todavia es wawa.",
    ),
}


UNPUNCTUATED_LOOK_ALIKES = {
    "con-plata-el-ingeniero": "con plata el ingeniero compra cemento.",
    "con-harina-la-senora": "con harina la señora hace pan.",
    "la-casita-esta-lejos": "la casita esta lejos y la lucecita del cerro brilla.",
    "la-rosita-es-una": "la rosita es una flor y la palomita vuela.",
    "el-pancito-es-rico": "el pancito es rico.",
    "con-todo-el-equipo": "con todo el equipo fuimos.",
}


test_names_in_unpunctuated_transcripts_are_scrubbed, test_unpunctuated_lookalikes_stay = (
    scrubbed_and_same(UNPUNCTUATED_NAMES, UNPUNCTUATED_LOOK_ALIKES)
)


def test_the_thing_a_nickname_comes_from_stays() -> None:
    text = "a mi hijo le decimos zorzal porque canta igualito que el zorzal. zorzal ya no vive aca."
    assert scrub_for_cli(text) == (
        "a mi hijo le decimos [PERSONA-1] porque canta igualito que el zorzal. "
        "[PERSONA-1] ya no vive aca."
    )
