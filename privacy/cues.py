"""What the person recognizers by context share: the shapes of a name in the text,
the verbs of what people do, and the words that never name a subject.

Used by `naming` (names after a cue), `subjects` (a name by what it does), `speakers`
(focus-group labels) and `mentions` (a found name everywhere else in the text).
"""

from __future__ import annotations

from typing import Final

from privacy.lexicon import CALENDAR_WORDS, HONORIFICS, KIN, NEVER_REDACT_ALONE, PARTICLES, words
from privacy.normalize import Words, normalize_token

UP: Final = "A-ZÁÉÍÓÚÑÜ"
WORD: Final = rf"[{UP}][\wáéíóúñü'’\-]*"
LOWER_WORD: Final = r"[a-záéíóúñü][\wáéíóúñü'’\-]*"
# What people do and places do not.
ACTS: Final = words(
    """
    manda mandaba mando extrana extranaba quiere queria sube subia invita invito dice dijo
    decia cuenta conto piensa sabe llora lloraba rie llama llamaba llamo escribe escribio
    trabaja trabajaba estudia estudiaba vive vivia volvio regreso viajo migro murio nacio
    tiene tenia fue vino llego casa caso quedo volvia va iba anda andaba manejaba maneja
    ayuda ayudaba cocina cose vende vendia compro compra paga pagaba juega baila canta
    quiso quisieron maneja manejo trajo llevo ayudo cuida cuidaba dio daba presto prestaba
    vendio ensena enseno viene venia recibe recibia recibio ve veia vio acompana acompanaba
    acompano lleva llevaba organiza organizaba postula postulo ingreso termino salio
    cobra cobraba habla hablaba
    """
)
BEFORE_ACT: Final = words(
    "no ya se le lo les me nos te tambien tampoco nunca siempre todavia aun ahora recien"
)
# Verbs that open a sentence before a noun that is also a verb of people ("Tengo cuenta
# en el banco", "Hay pregunta", "Abrí cuenta"): never a subject.
HAVE_VERBS: Final = words(
    """
    tengo tienes tiene tenemos tienen tenia teniamos tenian tuve tuvo hay habia hubo
    abri abrio abrimos saque saco sacamos hice hizo hago hacemos
    """
)
NOT_SUBJECTS: Final = (
    NEVER_REDACT_ALONE
    | CALENDAR_WORDS
    | KIN
    | HONORIFICS
    | words(
        """
        dios gente nadie ninguno ninguna alguien todo todos uno otro otra cada usted ustedes
        ella el ellos quien quienes cual cuales cuanto cuantos cuantas hoy ayer anteayer
        aca recien tampoco manana navidad pascua nino carnaval carnavales mujer varon hombre
        mama papa tayta taita mamita papito senor senora comunidad familia pueblo ong
        asociacion municipalidad estado gobierno empresa minera radio iglesia juntos
        nuestro nuestra nuestros nuestras vuestro vuestra mr mrs ms mister miss
        """
    )
    | HAVE_VERBS
)
# What a person is or how the clause goes on, in lowercase right after a kin word or
# "yo soy": never a name ("mi hijo mayor se fue", "mi esposa tampoco quiso", "yo soy
# viuda").
DESCRIPTIONS: Final = words(
    """
    mayor menor chico chica grande mediano mediana pequeno pequena ultimo ultima primero
    primera segundo segunda tercero tercera cuarto cuarta unico unica solo sola mismo
    misma igual nomas noma pues ahora ahorita antes despues luego recien siempre nunca
    todavia aun bien mal mas menos muy casi harto bastante poco mucho alla aca ahi aqui
    alli lejos cerca afuera adentro arriba abajo pe entonces creo viejo vieja joven
    enfermo enferma difunto difunta finado finada casado casada soltero soltera viudo
    viuda mujer varon hombre mujercita gemelo gemela mellizo melliza lindo linda feo fea
    otro otra demas albanil chofer militar doctor doctora medico medica abogado abogada
    tampoco tambien ya no si hoy ayer manana despacio rapido pronto tarde temprano
    borracho borracha flojo floja terco terca tonto tonta sonso sonsa rebelde fuerte
    debil pobre rico rica sano sana triste alegre bravo brava malo mala bueno buena vivo
    viva muerto muerta loco loca nuevo nueva gordo gorda flaco flaca alto alta bajo baja
    madre padre socio socia miembro integrante responsable lider analfabeta
    """
)
# Endings of adjectives, adverbs, participles, diminutives and verb forms: "mi hijo
# chiquito", "mi hija casada", "mi esposo finalmente", "mi hijo estudiando".
DESCRIPTION_ENDINGS: Final = (
    "mente",
    "ito",
    "ita",
    "illo",
    "illa",
    "ado",
    "ada",
    "ido",
    "ida",
    "ando",
    "iendo",
    "ero",
    "era",
    "ista",
    "or",
    "ora",
    "ante",
    "ente",
    "ivo",
    "iva",
    "oso",
    "osa",
    "ico",
    "ica",
    "ar",
    "er",
    "ir",
    "mos",
    "aba",
    "ian",
)


# Key prefix of a person found by context (see `subjects.find_acting_subjects`): the
# fiesta on the allow-list does not shield "Santiago manda más".
ACTING: Final = "t:"


# The key of a nickname found by ", así le decimos" (privacy.nicknamed): a word of the
# language, it is never said again as the person elsewhere (privacy.mentions), as "el cuy"
# is the animal again in "aquí el cuy cuesta 35 soles".
CALLED_SO_KEY: Final = "c:"

# The key of a nickname in quotes after a verb of calling (privacy.called): a fiesta's or
# a day's name there is the nickname, so the allow-list does not cut it (privacy.public),
# and it is not the person again where the fiesta is said (privacy.mentions).
QUOTED_KEY: Final = "q:"


def context_key(name: str) -> str:
    """The numbering key `scrub` would give these words, marked as a context find."""
    norms = (normalize_token(token) for token in name.split())
    return ACTING + " ".join(sorted(n for n in norms if n not in PARTICLES))


def opens_clause(words_: Words, i: int) -> bool:
    """Whether token ``i`` opens a sentence, a clause after punctuation, or the text."""
    if i == 0:
        return True
    gap = words_.gaps[i].strip(" ")
    return gap[-1:] in (".", "!", "?", "¿", "¡", ":", ";", ",", "\n", "-", '"', "«")


def acts(words_: Words, i: int) -> bool:
    """Whether the word after ``i`` (past a clitic or adverb) is something people do."""
    norms, n = words_.norms, len(words_.norms)
    k = i + 1
    while k < n and norms[k] in BEFORE_ACT and k - i <= 2:
        k += 1
    return k < n and norms[k] in ACTS
