"""Names in lowercase transcripts, twelfth pass: a given name set off before "su" and a
kin word, a diminutive of a listed name after a kin word, a family named by a lowercase
surname after "los"; and the look-alikes that stay (vocatives, adjectives, crops, "leo" and
"lee" read after a pronoun)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "word-name-set-off-before-su-kin": (
        "me fui para las fiestas. con esperanza, su señora, vendian jugo de naranja",
        ["esperanza"],
    ),
    "name-set-off-before-su-kin": ("le pregunte a wendy, su cuñada, si venia", ["wendy"]),
    "diminutive-after-kin-state": ("mi hija marujita esta en lima desde los catorce", ["marujita"]),
    "diminutive-after-kin-verb": ("mi hijo juanito se fue a lima el año pasado", ["juanito"]),
    "family-lowercase-singular": (
        "los ccanto y los quispe tambien reclaman terreno",
        ["ccanto", "quispe"],
    ),
    "family-lowercase-feminine-plural": (
        "los rojas tienen la mejor tierra de la comunidad",
        ["rojas"],
    ),
    "word-name-after-kin-said-again": (
        "vivo aca con mi cuñado santos. santos todavia esta alla, y santos me llama",
        ["santos"],
    ),
    "word-name-opens-clause-sigue": (
        "con mi compadre santiago, jaja. santiago sigue alla, me llama",
        ["santiago"],
    ),
    "word-name-and-unlisted-surname-after-kin": (
        "mi esposo julio kohatsu es sansei, por el fuimos",
        ["julio", "kohatsu"],
    ),
    "plain-and-word-name-after-plural-kin": (
        "mis hijas anahi y milagros nacieron aca",
        ["anahi", "milagros"],
    ),
    "lowercase-names-after-kin-de": (
        "la mama de kusi y de yaretzi esta en lima. yaretzi no habla casi",
        ["kusi", "yaretzi"],
    ),
    "unlisted-name-after-kin-de-state": ("el hijo de yaneth esta en ica", ["yaneth"]),
    "er-name-after-kin-clitic-verb": ("mi hijo kener me llama del celular", ["kener"]),
    "name-asked-for-before-role": (
        "en la oficina pregunten por Rudecindo, el contador, que a veces contesta",
        ["Rudecindo"],
    ),
    "word-name-dative-of-feeling": (
        "mis hijas anahi y milagros nacieron aca. y a milagros le gusta cargar el sahumerio",
        ["milagros"],
    ),
    "word-name-after-kin-still-a-name": (
        "mi tia clemencia vende en el mercado",
        ["clemencia"],
    ),
    "word-name-with-surname-after-title": ("la señora rosario lapa dirige el rezo", ["lapa"]),
    "two-lower-words-that-are-names": ("con marco rojas fuimos a la feria", ["marco", "rojas"]),
    "nickname-again-after-con": (
        "aca todos me dicen camote. con camote fuimos cansados",
        ["camote"],
    ),
    "name-again-after-a-with-participle": (
        "mi hijo kener me llama. ayer vi a kener cansado",
        ["kener"],
    ),
}
KEPT = {
    "vocative-after-word": ("tengo esperanza, mi hija, de que vuelva pronto", ["esperanza"]),
    "vocative-patience": ("ten paciencia, mi hijo, ya vas a ver", ["paciencia", "hijo"]),
    "month-before-su-kin": ("llegamos en julio, su hijo, tambien vino", ["julio"]),
    "diminutive-adjective": ("mi hijo chiquito esta en lima con su tia", ["chiquito", "lima"]),
    "diminutive-alone": ("mi hija solita esta en la casa cuidando", ["solita"]),
    "crop-colour-after-family": (
        "los rojas tienen la mejor tierra, siembran papas rojas, la huayro",
        ["papas rojas", "huayro"],
    ),
    "plural-nouns-after-los": ("los rios estan secos y los campos eran verdes", ["rios", "campos"]),
    "feast-of-all-saints": ("para todos los santos vamos al cementerio", ["santos"]),
    "feast-opens-clause": (
        "fuimos a la fiesta de santiago. santiago sigue siendo la fiesta grande",
        ["santiago"],
    ),
    "adverb-after-kin": ("mi hermano justo ahora esta en lima", ["justo", "lima"]),
    "plural-kin-adjectives": ("mis hijos grandes y chicos estan aca", ["grandes", "chicos"]),
    "kin-de-pronoun": ("la mama de ellos esta en lima", ["ellos", "lima"]),
    "kin-de-determiner": ("la mama de alguno esta preocupada", ["alguno"]),
    "kin-de-article-noun": ("el hijo de la vecina vino ayer", ["vecina"]),
    "kin-de-possessive": ("el papa de mis hijos esta en lima", ["hijos"]),
    "kin-then-mujer": ("mi hija mujer me ayuda en la chacra", ["mujer"]),
    "kin-then-ayer": ("mi esposo ayer me dijo que venga", ["ayer"]),
    "place-passed-before-role": ("pasamos por Acobamba, el alcalde nos recibio", ["Acobamba"]),
    "feast-then-dative": (
        "vamos a la fiesta del señor de los milagros. a la fiesta le falta plata",
        ["milagros"],
    ),
    "reading-after-a-pronoun": (
        "no sé leer bien, mi nieta me lee las cartas. a ver, se lo leo de la tarjeta, yo le "
        "leo nomás.",
        ["me lee las", "lo leo de", "le leo nomás"],
    ),
    "verb-name-then-word-name": (
        "cada vez que pienso en ella me dan dolores de cabeza, pues.",
        ["dan dolores"],
    ),
    "name-that-is-a-noun": (
        "le pedi a la señora que tenga clemencia con mi hija",
        ["clemencia"],
    ),
    "crops-that-are-names": ("vendemos mora, tara y pina en la feria", ["mora", "tara", "pina"]),
    "nickname-word-as-food": (
        "todos me dicen camote, porque en la escuela llevaba camote sancochado de fiambre",
        ["camote sancochado"],
    ),
    "feminine-adjective-after-las": ("las rojas son mejores que las blancas", ["rojas"]),
}

test_names_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
