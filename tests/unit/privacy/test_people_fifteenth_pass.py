"""People in the fifteenth pass: names given at a christening, devotional second names,
"la" before a name that is a masculine or plural word, a nickname before a name, a
lowercase profile name, and a word-name after a kin word before an object clitic, and a nickname after a kin word
before ", el que"."""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "gave-capitalized-name": ("le pusimos Gabriela por su abuela", ["Gabriela"]),
    "gave-name-of-a-city": ("a mi hijo le puse Lucas por el pueblo de mi papá", ["Lucas"]),
    "gave-lowercase-explained": ("le pusimos wayta por la flor del cerro", ["wayta"]),
    "gave-name-with-second": ("a la bebita le pusieron Rosa del Carmen", ["Rosa", "Carmen"]),
    "second-name-de-los": ("vino la María de los Ángeles con su mamá", ["María", "Ángeles"]),
    "second-name-de-dios": ("mi compadre Juan de Dios nos ayudó", ["Juan", "Dios"]),
    "la-masculine-word-name": ("la amparo se fue a trabajar a Ica", ["amparo"]),
    "la-plural-word-name": ("la dolores nos invitó a la fiesta", ["dolores"]),
    "la-name-then-copula": ("la rosario era la más callada del grupo", ["rosario"]),
    "nickname-surname": ("trabajamos con el flaco ccente, el que tiene camión", ["ccente"]),
    "nickname-feminine-surname": ("la flaca huamaní nos vendió la papa", ["huamaní"]),
    "animal-nickname-surname": ("el gallo quispe nos contrata cada año", ["quispe"]),
    "animal-nickname-closing": ("mi cuñado es el zorro mamani, de acobamba", ["mamani"]),
    "nickname-unlisted-name": ("la tienda del chato brayner para el lado del río", ["brayner"]),
    "profile-lowercase": ("en facebook salgo como rosita bella nomas", ["rosita", "bella"]),
    "profile-me-pongo": ("en tiktok me pongo yulisa linda, ahí subo videos", ["yulisa", "linda"]),
    "kin-word-name-plural-clitic": ("mi hija flor los cuida a sus hermanos", ["flor"]),
    "kin-word-name-las": ("mi cuñada luz las vende en huancayo", ["luz las"]),
    "kin-adjective-name-clitic": ("mi esposo modesto lo mataron en el 84", ["modesto"]),
    "kin-nickname-the-one-who": ("nos llevó mi tío pocho, el que maneja la combi", ["pocho"]),
    "kin-nickname-she-who": ("fui con mi prima yeni, la que vive en ica", ["yeni"]),
}
KEPT = {
    "put-water": ("le pusimos agua a la chacra", ["agua"]),
    "put-light": ("le puse luz a la casa nueva", ["luz"]),
    "put-a-padlock": ("le puse candado a la puerta del corral", ["candado"]),
    "put-a-fine": ("le pusieron una multa de 200 soles", ["multa", "200"]),
    "put-money": ("le puse 50 soles a la cuenta", ["50 soles"]),
    "gives-medicine": ("ella le pone remedios cuando se enferma", ["remedios"]),
    "feast-of-the-virgin": ("la fiesta de la Virgen del Carmen es en julio", ["Virgen del Carmen"]),
    "lord-of-miracles": ("el Señor de los Milagros sale en octubre", ["Milagros"]),
    "saint-john-of-god": ("trabajé en el hospital San Juan de Dios", ["San Juan de Dios"]),
    "feast-of-nativity": ("para la Natividad de la Virgen viene", ["Natividad"]),
    "district-jesus-maria": ("vive en Jesús María hace años", ["Jesús María"]),
    "holy-child": ("la fiesta del Niño de Belén es en diciembre", ["Niño"]),
    "name-of-the-store": ("la Graciela de la tienda nos fía", ["tienda"]),
    "i-console-her": ("yo la consuelo cuando llora", ["consuelo"]),
    "i-protect-her": ("ya la amparo como puedo", ["amparo"]),
    "goat-of-a-colour": ("el chivo negro se escapó del corral", ["chivo", "negro"]),
    "rooster-sings": ("el gallo canta temprano", ["gallo", "canta"]),
    "nickname-then-charge": ("el zambo cobra 30 soles por cabeza", ["cobra", "30"]),
    "nickname-of-the-store": ("el gordo de la tienda nos fía", ["tienda"]),
    "network-dance": ("en tiktok me pongo a bailar huaylas", ["bailar", "huaylas"]),
    "network-photos": ("en facebook me pongo fotos de la chacra", ["fotos", "chacra"]),
    "kin-word-name-sundays": ("mi hermano justo los domingos viene", ["justo", "domingos"]),
    "kin-sells-potatoes": ("mi mamá vende las papas en la feria", ["vende", "papas"]),
    "kin-maternal-the-one-who": ("mi tío materno, el que murió, era arriero", ["materno"]),
    "kin-widow-the-one-who": ("mi tía viuda, la que cose polleras", ["viuda"]),
    "kin-spinster-the-one-who": ("mi tía solterona, la que cose", ["solterona"]),
    "kin-elder-the-one-who": ("mi hijo mayor, el que vive en lima, viene", ["mayor"]),
    "kin-adverb-clitic": ("mi hermano justo lo vio ayer", ["justo"]),
}

test_people_are_gone, test_look_alikes_are_kept = gone_and_kept(GONE, KEPT)
