"""Names on unseen transcripts, thirteenth pass: a name with a doubled letter written
once ("su prima nely", "Yanet"); the surname said after "mi apellido es", even a place
or a word; a name spelled letter by letter after it; a surname that is a word, found in
a full name, acting again after an adverb of time ("a veces Sierra me acompaña"); a widow's husband
("la viuda de Ayme"); a lowercase name set off before whose child she is ("con
esperanza, la hija de mi comadre"); a
handle built on a found name ("marleny.bcn") and a profile name going on with the
article and a demonym ("sale como natycita la huancavelicana"). The look-alikes stay:
what is said of a surname, vowels listed, plates, the common noun in lowercase, a place
after an adverb, a public space named after someone ("el parque Valentino"), words
glossed one after another ("Qori es oro, wasi es casa") and an image set off as a saint
("la Magdalena de la plaza, la santa")."""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "apellido-es-place-word": (
        "Mi apellido es Sierra y trabajo en la sierra, siempre me molestan.",
        ["Sierra y"],
    ),
    "apellido-era-capitalized": ("su apellido era Rojas, de Huanta", ["Rojas"]),
    "apellido-es-lowercase-place": ("mi apellido es lima, como la ciudad", ["apellido es lima"]),
    "apellido-es-lowercase-surname": ("mi apellido es quispe nomas", ["quispe"]),
    "spelled-after-surname": (
        "mi apellido es huamani, con i al final, h u a m a n i, porque en chile",
        ["huamani", "h u a m a n i"],
    ),
    "spelled-after-given-name": ("se llama Yeni, y e n i, con y griega.", ["Yeni", "y e n i"]),
    "surname-word-after-adverb": (
        "Mi socio es Alcides Sierra. En mayo subo a Chanquil y a veces Sierra me acompaña.",
        ["Alcides", "veces Sierra"],
    ),
    "place-name-after-adverb": (
        "Mi hija se llama Italia. A veces Italia me manda plata.",
        ["Italia"],
    ),
    "handle-on-name": (
        "en instagram me sigue mi mama como marleny.bcn, ella sube sus fotos",
        ["marleny", "bcn"],
    ),
    "profile-with-demonym": (
        "yo sigo a la nataly en tiktok, ella sale como natycita la huancavelicana, baila",
        ["natycita", "huancavelicana"],
    ),
    "account-with-demonym": (
        "su cuenta es frank el chanquilino, tiene como 3 mil seguidores",
        ["frank", "chanquilino"],
    ),
    "doubled-letter-written-once": ("se fue con su prima nely. ahora vive alla.", ["nely"]),
    "th-written-t": ("fui a Arequipa con Yanet y Lisbet", ["Yanet", "Lisbet"]),
    "two-people-said-to-be": (
        "Mi vecina se llama Yesenia y mi cuñado Kener. Yesenia es buena, y Kener es malo.",
        ["Yesenia", "Kener"],
    ),
    "widow-of-unknown-surname": (
        "Yo ayudé a Celestino y a la viuda de Ayme a hacer sus papeles.",
        ["Ayme"],
    ),
    "widow-before-name": ("la viuda Rosa vino a la asamblea", ["Rosa"]),
    "word-name-set-off-before-whose-daughter": (
        "me fui con esperanza, la hija de mi comadre, a ica",
        ["esperanza"],
    ),
    "name-after-came-set-off-before-whose-daughter": (
        "vino rosa, la hija de don pedro, a pedir",
        ["rosa"],
    ),
    "with-someone-at-the-park": ("Fui al parque con Valentino.", ["Valentino"]),
    "daughter-set-off-by-rank": ("Mi hija Magdalena, la mayor, vive en Lima.", ["Magdalena"]),
}

KEPT = {
    "apellido-es-rare": ("mi apellido es raro, nadie lo escribe bien", ["raro"]),
    "apellido-es-language": ("mi apellido es quechua, de mis abuelos", ["quechua"]),
    "apellido-es-of-father": ("mi apellido es el de mi papá", ["el de mi papá"]),
    "apellido-common": ("El apellido es muy común aquí.", ["muy común"]),
    "vowels-spelled": ("las vocales a e i o u son cinco", ["a e i o u"]),
    "plate-letters": ("mi hijo Pedro paga S/ 20, la placa es A B C 123", ["S/ 20"]),
    "sierra-lowercase": (
        "Mi socio es Alcides Sierra y trabajamos en la sierra, a veces en la selva.",
        ["la sierra"],
    ),
    "place-after-adverb-no-person": (
        "Ahora Lima crece mucho y siempre Huancayo recibe gente.",
        ["Lima", "Huancayo"],
    ),
    "amount-after-name-and-dot": ("le di a Juan.15 soles", ["15 soles"]),
    "next-sentence-no-space": ("mi hijo Pedro.Vino ayer", ["Vino ayer"]),
    "dish-with-demonym": ("comimos papa a la huancaína en Huancayo", ["papa a la huancaína"]),
    "park-named-after-someone": (
        "Los domingos jugamos vóley en el parque Valentino con los de la asociación.",
        ["Valentino"],
    ),
    "image-set-off-as-saint": (
        "Y la Magdalena de la plaza, la santa, la sacamos en procesión.",
        ["Magdalena"],
    ),
    "dona-is-a-title": ("vino doña Rosa y la dona de chocolate", ["dona de chocolate"]),
    "glossary-after-org-name": (
        "Los de quesos se llaman Lácteos Qori Wasi. Qori es oro, wasi es casa, casa de oro.",
        ["Qori es oro, wasi es casa"],
    ),
    "glossary-joined-by-y": (
        "Somos la asociación Wawa Yachay. Yachay es aprender, y wawa es niño.",
        ["Yachay es aprender, y wawa es niño"],
    ),
    "widowed-sister": ("mi hermana viuda vive sola en Lima", ["viuda vive sola en Lima"]),
    "widows-organized": ("las viudas de la violencia se organizaron", ["viudas de la violencia"]),
    "widow-of-a-soldier": ("es viuda de un militar", ["viuda de un militar"]),
    "hope-before-whose-daughter": (
        "tengo esperanza, la hija de mi vecina estudia",
        ["tengo esperanza"],
    ),
    "just-in-time-before-whose-son": (
        "llegó justo, el hijo de la vecina también",
        ["llegó justo"],
    ),
    "music-accompanies": ("La música me acompaña siempre.", ["música"]),
}

test_names_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
