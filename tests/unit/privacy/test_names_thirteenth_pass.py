"""Names on unseen transcripts, thirteenth pass: the surname said after "mi apellido
es", even a place or a word; a name spelled letter by letter after it; a surname that is
a word, found in a full name, acting again after an adverb of time ("a veces Sierra me
acompaña"); and the look-alikes that stay (what is said of a surname, vowels listed,
plates, the common noun in lowercase, a place after an adverb)."""

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
    "music-accompanies": ("La música me acompaña siempre.", ["música"]),
}

test_names_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
