"""Word lists that decide when a name-like word is research content.

All entries are normalized (`normalize_token`). They hold no person of the study:
only Spanish words, Peruvian places and titles.
"""

from __future__ import annotations

from typing import Final


def words(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Endings of Spanish verb forms no name or noun has often: the first person plural, the
# imperfect in -aba, the preterite plural and the gerund ("compramos", "trabajaban",
# "vinieron", "bailando").
_FINITE_ENDINGS: Final = ("amos", "emos", "imos", "aba", "aban", "aron", "eron", "ando", "iendo")
# And the endings verb forms share with nouns and adjectives: the imperfect in -ía
# (normalized "ia": "tenia", but "familia") and the participle ("llegado", but "dorado").
_IMPERFECT_ENDINGS: Final = ("ia", "ian")
_PARTICIPLE_ENDINGS: Final = ("ado", "ido")


def verb_form(norm: str, *, imperfect: bool = True, participle: bool = True) -> bool:
    """Whether a normalized word reads as a verb's form by its ending. A rule reading
    names where "familia" or "dorado" may be one leaves out the imperfect in -ía or the
    participle, whose endings nouns and adjectives share."""
    return (
        norm.endswith(_FINITE_ENDINGS)
        or (imperfect and norm.endswith(_IMPERFECT_ENDINGS))
        or (participle and norm.endswith(_PARTICIPLE_ENDINGS))
    )


def plainly_verb(norm: str) -> bool:
    """Whether a word of six letters or more is a verb's form by an ending no name has
    ("compraron", "trabajaban"): what ends a name being read ("Ramos" does not)."""
    return len(norm) > 5 and verb_form(norm, imperfect=False, participle=False)


# Endings of adjectives that say what kind a group or a firm is, not its name: "agraria",
# "técnico", "comunal", "educativa", "amable", "huancavelicense", "cafetalera", "minero".
ADJECTIVE_ENDINGS: Final = (
    "aria",
    "ario",
    "ica",
    "ico",
    "al",
    "iva",
    "ivo",
    "ble",
    "ense",
    "era",
    "ero",
)


# Joined inside compound names ("María de la Cruz"), never redacted alone.
PARTICLES: Final = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "di", "do"})

# Particles that join the words of one name; "y" is not one: "Rosa y Juan" are two.
JOINERS: Final = frozenset({"de", "del", "la", "las", "los", "da", "di", "do"})

# Places the study is about: destinations and origins stay in the transcript even when
# a relative happens to carry one as a surname ("Rosa Lima"); they are redacted only
# inside a longer name or right after a title ("la señora Lima").
PLACE_WORDS: Final = words(
    """
    lima callao huancayo huancavelica manta ayacucho junin cusco cuzco ica arequipa puno
    pasco tarma jauja acobamba angaraes tayacaja castrovirreyna churcampa huaytara pampas
    lircay izcuchaca selva sierra costa peru argentina chile bolivia brasil ecuador
    colombia venezuela espana italia japon eeuu usa satipo chanchamayo oxapampa pichanaki
    pucallpa iquitos tingo oroya mantaro vraem apurimac andes amazonia chincha pisco nazca
    canete huanuco trujillo chiclayo piura tacna moquegua abancay andahuaylas madrid
    miami paterson yauli conayca moya acoria palca nuevo occidente ate comas plaza armas
    mercado posta chacra pueblo ccollpa chilcapite bellavista antaccocha chanquil
    """
) | words(
    # Peru's provinces and main towns, and Lima's and Callao's districts and settlements
    # (public fact lists): one-word names only, leaving out those that are also given
    # names, common surnames or Spanish words ("Concepción", "Castilla", "Canta").
    """
    huanta huamanga cangallo lucanas puquio parinacochas coracora vilcashuaman
    huancasancos andahuaylas chincheros antabamba aymaraes cotabambas chalhuanca
    huaraz carhuaz casma huarmey huaylas recuay sihuas yungay chimbote pomabamba corongo
    ocros pallasca aija cajamarca cajabamba celendin chota contumaza cutervo hualgayoc
    ascope chepen otuzco pacasmayo pataz viru huamachuco ferrenafe lambayeque ayabaca
    huancabamba morropon paita sullana talara sechura tumbes zarumilla maynas nauta
    yurimaguas moyobamba tarapoto juanjui tocache atalaya tambopata chachapoyas bagua
    utcubamba luya tarata candarave ilo nasca huaral huaura huacho oyon
    yauyos cajatambo huarochiri chupaca huacaybamba huamalies lauricocha
    yarowilca azangaro carabaya chucuito huancane yunguyo juliaca ilave ayaviri camana
    caraveli caylloma condesuyos islay chivay mollendo sicuani quillabamba urubamba
    espinar chumbivilcas canchis paucartambo paruro acomayo quispicanchi
    miraflores barranco chorrillos surquillo lince brena rimac carabayllo ancon
    ventanilla pachacamac lurin pucusana chaclacayo cieneguilla lurigancho chosica
    huaycan jicamarca manchay pachacutec surco collique mangomarca huachipa
    cajamarquilla
    """
)

# Places abroad where people of the study live and work, and districts said with their
# article ("la Victoria", "el Agustino", "el Tambo"): after "en" they say where, never
# who ("En Milán me pagan más"). Kept out of `PLACE_WORDS`, as several are also given
# names or surnames (Santiago, Rosario, Valencia) that are still redacted as names.
ELSEWHERE_WORDS: Final = words(
    """
    estados unidos nueva york jersey newark elizabeth queens bronx brooklyn manhattan
    florida california texas virginia connecticut angeles houston chicago italia milan
    turin torino roma genova florencia napoles bolonia verona brescia espana barcelona
    valencia murcia almeria malaga sevilla zaragoza bilbao alicante girona francia paris
    lyon marsella londres alemania suiza ginebra tokio nagoya hamamatsu aichi gunma
    shizuoka toyota oizumi kanagawa yokohama osaka santiago arica iquique antofagasta
    calama buenos aires cordoba mendoza rosario paz cochabamba quito guayaquil bogota
    caracas sao paulo mexico canada toronto montreal australia corea seul
    victoria agustino tambo molina perla oroya punta olivos independencia porvenir
    prato firenze padova bergamo hospitalet lleida tarragona huelva elche hackensack
    passaic clifton city
    caba
    """
) | words(
    # Markets and farming valleys people go to work in: "En Gamarra me pagaban por
    # prenda", "En Villacurí nos pagan por jaba".
    """
    gamarra mesa redonda polvos azules caqueta villacuri chilca olmos motupe majes supe
    pativilca paramonga chao barranca lunahuana imperial asia palpa paracas ocucaje
    sunampe subtanjalla parcona tinguina salaverry tambogrande
    """
)

# Words that are also first names or surnames: a known name that is one of them is
# redacted only when typed with a capital ("Flor" but not "una flor").
COMMON_WORDS: Final = words(
    """
    flor rosa luz paz cruz sol mar angeles dolores mercedes pilar rocio esperanza gloria
    victoria blanca alba amparo consuelo socorro soledad cielo estrella paloma reyes leon
    rey santos nieves fe milagros caridad primavera alegria lobo campos rios flores torres
    vega montes prado salas pastor castillo leal bueno blanco moreno rubio delgado nina
    inca mayo junio abril domingo chacra ramos
    """
)

# Titles and kin words after which a capitalized word is a person ("don Teófilo").
HONORIFICS: Final = words(
    """
    don dona sr sra srta senor senora senorita dr dra doctor doctora lic ing prof profesor
    profesora hno hna hermano hermana tio tia compadre comadre padrino madrina papa mama
    abuelo abuela primo prima paciente d dna
    presidente presidenta secretario secretaria tesorero tesorera vocal fiscal alcalde
    alcaldesa regidor regidora dirigente capataz patron patrona jefe jefa ingeniero
    ingeniera licenciado licenciada enfermero enfermera obstetra promotor promotora
    tecnico tecnica gobernador gobernadora profe teniente senores esposos mr mrs
    mister
    """
)

# Kin words and naming phrases after which a capitalized word is a person.
KIN: Final = words(
    """
    hermano hermana hijo hija tio tia cunado cunada sobrino sobrina compadre comadre esposo
    esposa abuelo abuela primo prima nieto nieta yerno nuera suegro suegra padrino madrina
    vecino vecina amigo amiga llamado llamada llama apellido nombre dicen apodo
    hermanos hermanas hijos hijas primos primas sobrinos sobrinas nietos nietas tios tias
    abuelos cunados compadres
    enamorado enamorada novio novia ahijado ahijada conviviente viuda viudo
    """
)

# Research vocabulary a model must never take for a name: crops, animals, actors of
# the conflict, institutions named generically.
RESEARCH_WORDS: Final = words(
    """
    papa papas maiz cebada habas olluco oca mashua quinua trigo arveja alpaca alpacas
    llama llamas ovejas vacas cuyes sendero luminoso ejercito estado municipalidad
    comunidad gobierno ministerio programa juntos pension qali warma vaso leche fonco des
    foncodes ong ongs alcalde alcaldesa profesor profesora teniente gobernador presidente
    ronda rondas ronderos senderistas militares policia iglesia evangelica catolica
    quechua castellano espanol soles dolares
    """
)

# Function words that start sentences with a capital ("Su celular...", "Después...").
SENTENCE_WORDS: Final = words(
    """
    a al ahi alla aqui antes ahora asi cada como con cuando cuanto desde despues donde
    durante el ella ellos en entonces era es esa ese eso esta este esto fue fueron hay
    hasta mas me mi mis muy nada ni no nos nosotros nunca o otra otro para pero poco por
    porque pues que se si sin sobre solo su sus tambien tampoco tan te todo todos tras tu
    un una uno unos ya yo luego mientras primero segun siempre
    """
)

# Months and weekdays: a person span never grows over one ("vino Teodora Lunes").
CALENDAR_WORDS: Final = words(
    """
    enero febrero marzo abril mayo junio julio agosto setiembre septiembre octubre
    noviembre diciembre lunes martes miercoles jueves viernes sabado domingo
    """
)

# Tokens a model or plug-in span may not consist of alone.
NEVER_REDACT_ALONE: Final = PARTICLES | PLACE_WORDS | RESEARCH_WORDS | SENTENCE_WORDS
