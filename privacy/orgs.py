"""Named organizations: NGOs, associations, clubs, schools, churches, employers.

Found these ways (and, without a head word, by `privacy.employers`: maintained lists and
work or study cues), then every later mention of the same name in the text goes too:

- a head word written as part of the name and a capitalized name after it
  ("Asociación Progresista Hijos de Ccollpa", "I.E. N° 36009 José Olaya",
  "Agrícola Santa Clara S.A.C."); a lowercase head noun stays outside ("el grupo de
  oración [Luz del Mundo]", "la ong [Kusi Warma]");
- an apposition that says what a name is ("Tarpuy Wasi, una ONG de Huanta");
- an acronym spelled by the initials of a name just before it ("Centro de Apoyo
  Rural Andino, el CARA");
- a company suffix ("Transportes Wayra E.I.R.L.").

Public bodies and state programmes are cut out afterwards by the allow-list
(`privacy.public`); a head word followed only by places ("la Asociación de Lima") or
generic words names no one in particular and stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from typing import Final

from privacy.cues import context_key
from privacy.employers import (
    CUE_TRIGGERS,
    FIRM_TRADES,
    KIND_DESCRIPTIONS,
    LISTED_FIRST,
    LOWER_FIRM_WORDS,
    SCHOOL_WORDS,
    WORK_CUES,
    any_accent,
    find_after_con,
    find_coordinated,
    find_cued,
    find_listed,
    find_lowercase_firms,
    find_lowercase_quechua,
    find_school_numbers,
    with_place_tail,
)
from privacy.estates import find_estates_and_lenders
from privacy.given import GIVEN_NAMES, PLACE_PREFIXES, SPELLED_FROM, SURNAMES
from privacy.lexicon import (
    ADJECTIVE_ENDINGS,
    COMMON_WORDS,
    ELSEWHERE_WORDS,
    HONORIFICS,
    KIN,
    NEVER_REDACT_ALONE,
    PARTICLES,
    PLACE_WORDS,
    SENTENCE_WORDS,
    plainly_verb,
    words,
)
from privacy.literals import lowercased, match_at_folded_keys, match_at_keys
from privacy.lower_headed import LOWER_KINDS, find_lower_headed
from privacy.lower_schools import find_lower_schools
from privacy.lower_shops import find_lower_shops
from privacy.normalize import Words, closes_clause, normalize_token, typed_lowercase
from privacy.placeholders import spelled_from
from privacy.public import PUBLIC_NAMES
from privacy.recognizers import ONG, PERSONA, Span
from privacy.schools_abroad import find_schools_abroad
from privacy.set_off_kinds import (
    NOT_NAMES,
    find_named_workplaces,
    find_set_off_kinds,
    names_something,
)
from privacy.spoken import NUMBER_WORD_PATTERN
from privacy.triggers import Anchors, find_at

_UP: Final = "A-ZÁÉÍÓÚÑÜ"
# Capitals French, Italian and Japanese names open with: "Île-Propre", "Ōsaka Kōgyō".
_UP_WIDE: Final = _UP + "ÎÔÂÊÈÀÇÛÏËŒŌŪ"
# "Hnos." inside a firm's name keeps its period: "Construcciones Córdoba Hnos. S.R.L.";
# the "S" of "S.R.L." is the suffix's, not a word of the name.
_CAP: Final = (
    rf"(?:N[º°o]\.?\s?\d+|Hnos\.(?=\s+[{_UP}])|[{_UP}](?!\.[{_UP}])[\wáéíóúñü'’\-–]*"
    # A date with its month capitalized is a name ("la Asociación 15 de Agosto", "el
    # Colegio 2 de Mayo"); a date is written lowercase.
    r"|[0-3]?\d\s+de\s+(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|"
    r"Setiembre|Octubre|Noviembre|Diciembre)(?!\w))"
)
_JOIN: Final = r"(?:de|del|la|las|los|el|y|e|en|para|por)"
# After the head, two joining words too: "la Asociación para el Desarrollo Rural Andino".
_HEAD_JOIN: Final = (
    r"(?:(?:de|del|para|por)\s+(?:la|las|los|el)\s+"
    rf"|(?:{_JOIN}|di|della|degli|delle|dei|do|da)\s+)?"
)
# "de la", "en", "y" join the words of one name; "y la" starts another phrase.
# Portuguese joins with "do", "da": "Confecções Estrela do Brás".
_LINK: Final = (
    # Italian with "di", "della": "Gruppo di Preghiera Santa Rita".
    r"(?:(?:de|del|en|para|por|do|da|dos|das|di|della|degli|delle|dei)\s+(?:(?:la|las|los|el)\s+)?"
    r"|(?:la|las|los|el|y|e|i)\s+"
    # A collective's name as a clause: "Colectivo Manos que Cuidan".
    r"|que\s+)"
)
_NAME: Final = rf"{_CAP}(?:\s+{_LINK}?{_CAP}){{0,7}}"
_SUFFIX: Final = (
    # Spain's farming companies close with "S.A.T.": "Hortalizas del Segura S.A.T.".
    r"(?:\s+(?:S\.?A\.?C\.?|S\.?A\.?A\.?|S\.A\.T\.|S\.?R\.?L\.?|E\.?I\.?R\.?L\.?|S\.?A\.?|"
    # Written lowercase or the Brazilian and Chilean way: "Pulizie srl", "do Brás Ltda.".
    r"s\.?r\.?l\.?|s\.?a\.?c\.?|e\.?i\.?r\.?l\.?|Srl|Ltda\.?|ltda\.?)(?!\w))?"
)
_SCHOOL_CODES: Final = (
    r"I\.\s?E\.\s?I\.|C\.\s?E\.\s?I\.|C\.\s?E\.\s?B\.\s?A\.|IEI|IEP|CEI|CEBA|PRONOEI|Pronoei"
)
_HEADS: Final = (
    # A village bank of women by its name: "el Banco Comunal Las Orquídeas" (the state's
    # "Banco de la Nación" is no village bank).
    rf"Banco\s+Comunal(?=\s+[{_UP}])|"
    r"ONG|Asociaci[oó]n|Club|Centro|Universidad|Instituto|Iglesia|Hermandad|Cofrad[ií]a|"
    r"Cooperativa|Radio|Poller[ií]a|Picanter[ií]a|Restaurante|Restaurant|Cevicher[ií]a|"
    r"Agroexportadora|Agr[ií]cola|Agroindustrial|Minera|Compa[ñn][ií]a|Confecciones|"
    r"Ferreter[ií]a|Empresa|Colegio|I\.\s?E\.|IE|I\.E\.P\.|Escuela|Parroquia|Fundaci[oó]n|"
    # Peru's school codes: kindergartens (I.E.I., C.E.I., PRONOEI), private schools
    # (I.E.P.), night schools for adults (CEBA).
    rf"{_SCHOOL_CODES}|"
    r"Comit[eé]|Federaci[oó]n|Comedor|Corporaci[oó]n|Inversiones|Transportes|Consorcio|"
    r"Sociedad|Movimiento|Academia|Liga|Sindicato|Taller|Bodega|Panader[ií]a|Hospedaje|"
    r"Hostal|Hotel|Grupo|Red|Misi[oó]n|Congregaci[oó]n|Hospital|"
    # A parish choir and a bus line by their names: "el Coro Parroquial San Martín de
    # Porres", "la Turismo Señor de Ocopa".
    r"Coro|Turismo|"
    # A church's youth or a migrants' congregation: "la Comunidad Juvenil San Martín de
    # Porres de Comas", "la Comunidad Católica Latina de Ota" (not "Comunidad Campesina").
    r"Comunidad\s+(?:Cristiana|Juvenil|Cat[oó]lica|Evang[eé]lica|Parroquial)|"
    r"Cl[ií]nica|Textil|Constructora|Servicios|Distribuidora|Comercial|Granja|Vivero|Caja|"
    r"Minimarket|Minimercado|Market|Almac[eé]n|Tienda|Botica|Farmacia|Librer[ií]a|"
    r"Zapater[ií]a|Peluquer[ií]a|Lavander[ií]a|Chifa|Juguer[ií]a|Inmobiliaria|Complejo|"
    # Schools, clubs and employers as Peru, Spain and Italy write them.
    r"Instituci[oó]n\s+Educativa|Liceo|Istituto|Scuola|Universit[àa]|Universidade|"
    r"Deportivo|Defensor|Atl[eé]tico|Sport|Sporting|Associazione|Exportadora|Importadora|"
    r"Agropecuaria|Agroindustrias|Industrias|Multiservicios|Comercializadora|Negociaciones|"
    r"Representaciones|Frut[ií]cola|Av[ií]cola|Pesquera|Imprenta|Limpiezas|Construcciones|"
    r"Reformas|Mudanzas|Impresa|Ditta|Pulizie|Trasporti|Ristorante|Pizzer[ií]a|Azienda|Fundo|"
    r"Hacienda|Grifo|Cafeter[ií]a|Pasteler[ií]a|Carpinter[ií]a|Muebler[ií]a|Supermercados?|"
    r"Bodegas|Finca|Vi[ñn]a|Vi[ñn]edos?|Expreso|Residencia|Galer[ií]a|C[aá]mara\s+de\s+Comercio|"
    # Workshops and plants by their trade, as Peru, Catalonia and Italy write them:
    # "Metalúrgica Doña Chela", "Automotriz Huincho e Hijos", "Construccions Puig i Fills".
    r"Metal[uú]rgica|Metalmec[aá]nica|Automotriz|Maderera|Ladrillera|Carrocer[ií]as|"
    r"Torner[ií]a|Aserradero|Lubricentro|Vidrier[ií]a|Cerrajer[ií]a|Consultora|Embotelladora|"
    r"Molinera|Maquinarias|Repuestos|Importaciones|Construccions|Transports|Serveis|Neteges|"
    r"Costruzioni|Edilizia|Servizi|Carrozzeria|Trattoria|Osteria|Gelateria|Panificio|"
    # Peru's technical schools; homes for the old as Catalonia, Italy and the US write them.
    r"CETPRO|Cetpro|IESTP|IEST|ISTP|Resid[eè]ncia|Residenza|Residence|"
    # A coffee farm or a café by its name: "el fundo de Café Tsiriari".
    r"Caf[eé]|"
    # A courier or a travel agency: "le mando encomienda con la Agencia Cruz del Sur".
    r"Agencia|"
    # A tannery, a butcher's, a dry cleaner's; garment shops as Brazil writes them.
    r"Curtiembre|Curtidur[ií]a|Frigor[ií]fico|Carnicer[ií]a|Tintorer[ií]a|Verduler[ií]a|"
    r"Confec[cç][õo]es|Padaria|"
    # A union of villagers, an evangelical ministry, a spinning mill, a sewing workshop
    # as Brazil and France write it, an Italian group: "la Unión Progresista Ccollpa",
    # "el Ministerio Evangelístico Rey de Reyes", "el Ateliê Brás Modas".
    rf"Uni[oó]n(?=\s+[{_UP}])|Ministerio(?=\s+[{_UP}])|Hilander[ií]a|Tejedur[ií]a|"
    # A missionary order by its name: "los Misioneros Saverianos", "las Misioneras Lauritas".
    rf"Misioner[oa]s(?=\s+(?:del?\s+)?[{_UP}])|"
    # A residents' association said short by its kind, after its article: "de la Cultural
    # Manta".
    rf"(?<=[Ll]a\s)Cultural(?=\s+[{_UP}])|"
    # A technical institute by its abbreviations: "Inst. Sup. Tec. Los Andes".
    r"Inst\.(?:\s?Sup\.)?(?:\s?Tec\.)?(?=\s+[A-ZÁÉÍÓÚÑ])|"
    # An association by its abbreviation, a housing one left to the addresses ("Asoc. de
    # Vivienda Los Pinos, Mz. B…").
    r"Asoc\.(?=\s+(?:de\s+)?(?!Viv)[A-ZÁÉÍÓÚÑ])|"
    # What a shop or a kitchen sells, then its name with its article: "Mariscos El Faro",
    # "Jugos La Esquina" (one trade; two joined are `_TWO_TRADES_NAMED`).
    r"(?:Mariscos|Pollos|Jugos|S[aá]nguches|Anticuchos|Pescados|Abarrotes|Helados|Calzados|"
    r"Muebles|Repuestos|Licores|Tejidos|Artesan[ií]as|Ceviches|Parrillas|Dulces|Postres|"
    r"Tamales|Comidas|Carnes|Embutidos|Pl[aá]sticos)(?=\s+(?:El|La|Los|Las|Don|Doña)\s)|"
    r"Ateli[eê]r?|Gruppo|Groupe|"
    # A dairy, a bakery, a trout farm or a packer named after what it makes: "Lácteos
    # Antaccocha", "Panificadora Santa Rosa", "Piscigranja Los Andes", "Quesería Suiza".
    rf"L[aá]cteos(?=\s+[{_UP}])|Panificadora|Piscigranja|Piscifactor[ií]a|Queser[ií]a|"
    r"Empacadora|Procesadora|Envasadora|Acopiadora|Helader[ií]a|Chocolater[ií]a|"
    r"Sangucher[ií]a|Cebicher[ií]a|Vulcanizadora|Agroveterinaria|Veterinaria|"
    # Associations and collectives as France, Brazil, Italy and Peru write them:
    # "l'Association Inti Raymi de Lyon", "el Colectivo Mujeres que Tejen".
    # A Bible school or a seminary: "el Seminario Bíblico Monte Horeb".
    r"Seminario(?=\s+(?:B[ií]blico|Teol[oó]gico|Mayor|Menor|Evang[eé]lico|Adventista|"
    r"Diocesano|Conciliar|Pentecostal|Bautista|Cristiano|San|Santo|Santa))|"
    # Peasant patrols and producers federated by province: "la Central de Rondas
    # Campesinas de la Provincia de Huancavelica".
    r"Central(?=\s+(?:[ÚU]nica\s+)?de\s+(?:Rondas|Comunidades|Productores|Cooperativas|"
    r"Organizaciones|Asociaciones|Comedores|Mujeres)\b)|"
    # A patrol's base by its name, a diocese's commission: "la Ronda Campesina Base
    # Chilcapite Alto", "la Comisión Diocesana Justicia y Memoria" ("la Ronda Campesina
    # de Manta" is the kind every village has, with its village).
    rf"Rondas?\s+Campesinas?(?=\s+Base\s+[{_UP}])|"
    r"Comisi[oó]n(?=\s+(?:Diocesana|Episcopal|Parroquial|Vicarial|Pastoral)\b)|"
    r"Association|Associa[çc][ãa]o|Agrupaci[oó]n|Colectiv[oa]|Coletivo|Collectif|Collettivo|"
    # A prayer or Bible circle: "el Círculo Bíblico Betania de la parroquia".
    r"C[ií]rculo(?=\s+(?:B[ií]blico|de\s+Oraci[oó]n|de\s+Estudios?|Juvenil|Cristiano|Mariano|"
    r"Social|Cultural|de\s+Madres|de\s+Mujeres))|"
    # A band or an orchestra hired for a fiesta, named with the town it comes from:
    # "la Orquesta Típica Los Ruiseñores de Acobamba", "la Banda Show Los Gavilanes".
    rf"Orquesta(?=\s+[{_UP}])|Banda(?=\s+[{_UP}])|Filarm[oó]nica(?=\s+[{_UP}])|"
    # A brotherhood of emigrants, a parish's pastoral team, a lay movement of the church:
    # "la Fraternidad Ccochaccasina de Lima", "la Pastoral Social Cristo Rey de Yauli",
    # "la Legión de María de Yauli".
    rf"Fraternidad(?=\s+[{_UP}])|Pastoral(?=\s+(?:de\s+)?[{_UP}])|Legi[oó]n(?=\s+de\s+[{_UP}])"
)
# "la Asociación Progresista Ccollpa 2000, de los de Huancayo": a year closing the name,
# before a comma or the end of the sentence, is part of it.
_NAME_YEAR: Final = r"\s+(?:19|20)\d\d(?=[,;:)]|\.(?:\s|$)|$)"
_YEAR_END: Final = re.compile(r"(?<![º°o.\d])\s(?:19|20)\d\d$")
_HEADED: Final = re.compile(rf"(?<!\w)(?:{_HEADS})\s+{_HEAD_JOIN}{_NAME}(?:{_NAME_YEAR}|{_SUFFIX})")
# Kinds of organization written lowercase before a name: "la ong Kusi Warma", "el
# colegio Santa Rosa", "la fábrica Pamolsa".
LOWER_HEAD_NOUNS: Final = words(
    """
    ong asociacion club hermandad cooperativa radio empresa iglesia comedor restaurante
    polleria taller colegio instituto academia ferreteria tienda agroexportadora fundo
    organizacion institucion red fabrica mina minera compania negocio hacienda granja
    constructora agricola textil hotel hostal restaurant panaderia escuela universidad
    clinica parroquia supermercado equipo cetpro empacadora orquesta
    """
)
# A village bank of women is written lowercase before its name too: "el banco comunal
# Mujeres Unidas de Yauli".
_LOWER_HEADS: Final = (
    rf"grupo(?:\s+de\s+[a-záéíóúñ]+)?|banco\s+comunal|{any_accent(LOWER_HEAD_NOUNS)}"
)
# What kind it is, between the noun and the name: "la academia preuniversitaria Pamer".
_LOWER_KIND: Final = (
    r"(?:(?:preuniversitaria|parroquial|agraria|cafetalera|minera|constructora|textil|"
    r"agr[ií]cola|agroexportadora|comunal|nacional|particular|estatal|p[uú]blica|privada|"
    r"evang[eé]lica|cat[oó]lica|pentecostal|adventista|cristiana|deportiva|social|cultural|"
    r"t[eé]cnica|superior|tecnol[oó]gica|juvenil|femenin[oa]|infantil|musical|folkl[oó]ric[oa]|"
    r"campesin[oa]|vecinal|artesanal|agropecuaria|ganadera|lechera|popular|"
    # What it makes or sells: "la fábrica de calzado Bata", "el taller de costura X".
    r"de\s+[a-záéíóúñ]{4,})\s+)?"
)
_LOWER_HEADED: Final = re.compile(
    rf"(?<![\w])(?:{_LOWER_HEADS})\s+{_LOWER_KIND}(?P<name>[{_UP}][\wáéíóúñü'’\-–]*(?:\s+{_LINK}?"
    rf"{_CAP}){{0,6}}{_SUFFIX})"
)
_REGION_STATION: Final = re.compile(r"Radio\s+(?:La\s+)?Voz\s+(?:de\s+la|del?)\s+")
_ONE_WORD: Final = re.compile(rf"[{_UP}][a-záéíóúñü]+")
_STREET_END: Final = re.compile(r"\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?)$")
_NAME_BEFORE: Final = re.compile(rf"(?<!\w){_NAME}$")
# Where a funder or employer is from, between the noun and the name: "una fundación
# alemana, Kindernothilfe", "una agencia canadiense, Cuso".
_ORIGIN: Final = (
    r"(?:\s+(?:alem[aá]na?|suiz[ao]|italian[ao]|espa[ñn]ola?|belga|holandesa|holand[eé]s|"
    r"francesa|franc[eé]s|inglesa|ingl[eé]s|brit[aá]nic[ao]|norteamerican[ao]|"
    r"estadounidense|american[ao]|gring[ao]|canadiense|japonesa|japon[eé]s|corean[ao]|"
    r"norueg[ao]|suec[ao]|danesa|dan[eé]s|austriac[ao]|europe[ao]|extranjer[ao]|"
    r"internacional|cat[oó]lic[ao]|evang[eé]lic[ao]|cristian[ao]|luteran[ao]|"
    # "un restaurante peruano, X": who runs it.
    r"peruan[ao]|limeñ[ao]|criollo|chilen[ao]|argentin[ao]|brasileñ[ao]|bolivian[ao]|"
    r"colombian[ao]|venezolan[ao]|chin[ao]|japones[ao]))?"
)
# The name set off after what the place is: "trabaja en un restaurante, Pio Pio, en
# Queens", "una empresa de mudanzas, Traslochi Rapidi."
_NOUN_APPOSITION: Final = re.compile(
    rf"(?:{_LOWER_HEADS}|restaurante|chifa|f[aá]brica|taller|almac[eé]n|bodega|botica|"
    rf"minimarket|farmacia|sindicato|gremio|federaci[oó]n|service|contratista|contrata|"
    rf"agencia|fundaci[oó]n|ONG|colectivo|call\s+center|picada|cevicher[ií]a|consultora|"
    # "una cooperación belga, X": a foreign funder named after what it is.
    rf"distribuidora|grifo|lavander[ií]a|cooperaci[oó]n|cocina)"
    # "una constructora en Lima, GyM": where it works, then its name; "la cevichería de
    # una señora de Chincha, X": whose it is.
    rf"{_ORIGIN}(?:\s+(?:de|del|en)\s+(?:(?:la|el|los|las|una|un)\s+)?[\wáéíóúñü]+){{0,2}},\s+"
    # "a un restaurante de Lima, a X": the preposition said again before the name; "una
    # panadería, la de El Huanca": the one of a name with its own article (not "la de Ica").
    rf"(?:(?:la|el|al|del|a\s+la|de\s+la|a|(?:la|el)\s+de(?=\s+(?:El|La|Los|Las)\s))\s+"
    rf"|(?P<en>en\s+(?:(?:la|el)\s+)?))?"
    rf"(?P<name>[{_UP}][\wáéíóúñü'’\-–]*(?:\s+{_LINK}?{_CAP}){{0,4}})(?=\s*[,.;:)]|\s+(?:en|de)\s)"
)
_TWO_TRADES: Final = re.compile(rf"^[{_UP}][a-záéíóúñü]+s\s+(?:y|e)\s+[{_UP}][a-záéíóúñü]+s\b")
# What a name is said to be after a comma: "Minkakuy, es una asociación civil".
# "trabaja en X, la empacadora esa"; "la página de X, los residentes".
APPOSITION_KINDS: Final = words(
    """
    ong asociacion organizacion institucion cooperativa empresa fundacion agrupacion red
    fabrica restaurante polleria tienda taller academia iglesia radio agroexportadora
    minera compania constructora club colegio escuela instituto universidad hermandad
    cadena marca consultora agencia empacadora procesadora exportadora supermercado
    packing chifa picanteria cevicheria textil hotel hostal residentes fundo app aplicativo
    """
)
_APPOSITION: Final = re.compile(
    # "yo trabajo en Minkakuy, es una asociación civil": told what it is after a comma.
    # "trabajo en Tarpuy, somos una ONG chiquita": who speaks is part of it.
    # "se congregan en Peniel, que es la misma iglesia": the same or another one.
    r",\s+(?:(?:que\s+)?(?:es|somos|[eé]ramos)\s+)?"
    r"(?:una|un|la|el|los|las|nuestra|nuestro|otra|otro)\s+(?:mism[ao]\s+|otr[ao]\s+)?"
    r"(?:peque[ñn]a\s+|chiquita\s+|gran\s+)?"
    # Capitalized as its own name's head: "Los de Yuyarisun, la Asociación de Familiares".
    rf"(?:ONG|(?P<kind>(?i:{any_accent(APPOSITION_KINDS)})))\b"
)
# Capitalized, the kind opens another name, and what comes before may be where it is
# ("una iglesia en Pichari, la Iglesia ...", "Estudio Educación en la UNH, la
# Universidad ..."): only a name that opens the sentence or that "los de" or "con" name.
_MEMBERS_BEFORE: Final = re.compile(r"(?:^|[.!?:;¿¡]\s*|\b(?:[Ll]os|[Ll]as)\s+de\s+|\b[Cc]on\s+)$")
_COMPANY_HINTS: Final = ("S.A", "S.R.L", "E.I.R.L", "SAC", "EIRL")
# "Industrias Alimentarias del Centro S.A.C.": joiners inside, the suffix closes it;
# initials joined by "&" open many: "J&R Seguridad Integral S.A.C.".
_COMPANY: Final = re.compile(
    rf"(?<![\w&])(?:[{_UP}][\wáéíóúñü&\-]*\s+(?:(?:de|del|y|e|la|las|los|el)\s+)?){{1,5}}"
    r"(?:S\.A\.C\.|S\.A\.A\.|S\.A\.T\.|S\.R\.L\.|E\.I\.R\.L\.|SAC|EIRL|S\.A\.(?!\w))"
)
# Legal suffixes the tokenizer splits into letters ("S.L." is "S", "L").
_LEGAL_HINTS: Final = ("S.L.", "S.p.A", "S.r.l", "L.L.C", "K.K.", "SARL", "S.A.R.L", "S.A.S")
_ACRONYM: Final = re.compile(rf"[{_UP}](?<!\w[\s\S])[{_UP}]{{2,8}}(?!\w)")
_GENERIC: Final = words(
    """
    de del la las los el y e en para por di della do da nacional social cultural catolica evangelica
    publica publico estatal regional municipal provincial distrital general central
    comunal popular rural andino andina peruano peruana pedagogico tecnologico superior
    privado privada temporal permanente legal evangelistico evangelistica europea europeo
    """
)
# Employers abroad, named the way their countries write them: "Garden State
# Landscaping", "Ramírez Roofing LLC", "Kanto Seiki", "Lavanderia Bianchi S.r.l.".
_TRADE_TAILS: Final = (
    r"Services?|Cleaning|Landscaping|Roofing|Construction|Contractors?|Company|Farms?|Foods?|"
    r"Restaurant|Market|Store|Factory|Industries|Logistics|Motors|Textiles?|Apparel|"
    r"Manufacturing|Painting|Plumbing|Bakery|Deli|Pizzeria|Kitchen|Supermarket|Laundry|"
    r"Nursery|Packing|Poultry|Dairy|Seiki|Kogyo|K[oō]gy[oō]|Denki|Sangy[oō]|Sh[oō]ji|"
    r"Seisakusho|Kaisha|Kikaku|Buhin|Giken|K[oō]san|Sh[oō]kai|Unyu|Kensetsu|Shokuhin|"
    r"Butsury[uū]|Haken|Living|Homes|Health|Center|Solutions|Systems|Partners|Associates|"
    r"Enterprises|Holdings|Express|Supply|Equipment|Repair|Salon|Grill|Cafe|Caf[eé]|"
    r"High\s+School|School|College|University|Academy|Church|Parts|"
    # Wholesale, warehouse, haulage, staffing and building trades of US employers:
    # "Northeast Produce Distributors", "Tri-State Staffing", "Rivera Drywall".
    r"Distributors?|Distribution|Wholesale|Warehouse|Warehousing|Staffing|Transportation|"
    r"Trucking|Movers|Moving|Greenhouses?|Orchards?|Ranch|Packers|Processing|Meats|Seafood|"
    r"Builders|Drywall|Masonry|Janitorial|Maintenance|Growers|Nurseries|Produce|"
    # Agro-exporters, chicken shops and mining contractors named by their trade after
    # the name: "Huarango Fruits", "Kusi Broaster", "Kallpa Minera".
    r"Fruits?|Exports?|Trading|Mining|Broaster|Chicken|Minera|Cocina|"
    # Drilling contractors and packers of mines and farms: "Andes Drilling".
    r"Drilling|Packaging|Explorations?"
)
_LEGAL_SUFFIX: Final = (
    r"LLC|L\.L\.C\.|Inc\.?|Corp\.?|Ltd\.?|Ltda\.?|S\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|GmbH|"
    # France's: "Nettoyage Bellevue SARL", "Propreté Lumière S.A.S.".
    r"K\.K\.|Co\.|SARL|S\.A\.R\.L\.|SAS|S\.A\.S\.|EURL"
)
_FOREIGN_WORD: Final = r"[\wáéíóúñü&'’\-]*\s+(?:(?:de|del|y|e|di|della|la|los)\s+)?"
_FOREIGN: Final = re.compile(
    # One to four capitalized words; the lookbehind follows the first capital, so that
    # `re` skips to capitals in C (before it, every character was tried).
    rf"[{_UP_WIDE}](?<!\w[{_UP_WIDE}]){_FOREIGN_WORD}(?:[{_UP_WIDE}]{_FOREIGN_WORD}){{0,3}}"
    rf"(?:(?:{_TRADE_TAILS})(?:\s+(?:{_LEGAL_SUFFIX}))?|(?:{_LEGAL_SUFFIX}))(?!\w)"
)
_FOREIGN_WORDS: Final = words(
    """
    service services cleaning landscaping roofing construction contractor contractors
    company farm farms food foods restaurant market store factory industries logistics
    motors textile textiles apparel manufacturing painting plumbing bakery deli pizzeria
    kitchen supermarket laundry nursery packing poultry dairy seiki kogyo denki sangyo
    shoji seisakusho kaisha kikaku buhin giken kosan shokai unyu kensetsu shokuhin butsuryu
    haken llc inc corp ltd ltda sl spa srl gmbh kk co living homes
    health center solutions systems partners associates enterprises holdings express
    supply equipment repair salon grill cafe school college university academy church parts
    distributor distributors distribution wholesale warehouse warehousing staffing
    transportation trucking movers moving greenhouse greenhouses orchard orchards ranch
    packers processing meats seafood builders drywall masonry janitorial maintenance
    growers nurseries produce fruit fruits export exports trading mining broaster chicken
    minera cocina sarl sas eurl drilling packaging exploration explorations
    """
)
# A firm named the English way, by its owner's possessive: "Zanetti's Trattoria",
# "Rosie's Diner", "Mike's Auto Body".
_POSSESSIVE_FIRM: Final = re.compile(
    rf"(?<![\w])[{_UP}][a-zA-Záéíóúñü]+['’]s(?:\s+(?:&\s+)?[{_UP}][\wáéíóúñü&]*){{1,3}}"
)
# A family firm closes its name with the sons or brothers: "Quispe e Hijos", "Taller
# Ccori y Hnos.", "Puig i Fills", "Rossi e Figli", "Tanaka & Sons", "Mamani y Cía.".
# Partners close a firm's name the same way: "Goldberg & Asociados", "Rojas y Asociados".
_FAMILY_TAILS: Final = ("Hij", "Herman", "Hnos", "Fills", "Figli", "Sons", "Cía", "Asociad")
_FAMILY_FIRM: Final = re.compile(
    rf"(?<![\w])(?:[{_UP}][\wáéíóúñü'’\-]*\s+(?:(?:de|del)\s+)?){{1,4}}"
    r"(?:e|y|i|&)\s+(?:Hijos|Hijas|Hermanos|Hermanas|Hnos\.?|Fills|Figli|Sons|C[ií]a\.?|Asociad[oa]s)"
    r"(?![\w]|\s+de\s)"
)
# Where someone studies, told by the career right after it: "está en San Fernando,
# medicina", "estudio en Pixelandes en lima, diseño gráfico". A place there is where
# the person lives ("está en Lima, medicina estudia"), so a known place is no name, and
# only after being, studying or getting in ("vive en San Luis, derecho estudia").
_CAREERS: Final = (
    r"medicina|enfermer[ií]a|derecho|contabilidad|ingenier[ií]a(?:\s+\w+)?|educaci[oó]n|"
    r"dise[ñn]o\s+gr[aá]fico|administraci[oó]n|computaci[oó]n|obstetricia|psicolog[ií]a|"
    r"arquitectura|odontolog[ií]a|farmacia|gastronom[ií]a|mec[aá]nica\s+automotriz"
)
_STUDIES_AT: Final = re.compile(
    rf"(?<!\w)(?i:est[aá]|estudi[a-zó]*|ingres[a-zó]*|entr[oó]|postul[a-zó]*|sigue)\s+"
    rf"(?:en|a)\s+(?:(?:la|el)\s+)?(?P<name>[{_UP}][\wáéíóúñü'’\-]*"
    rf"(?:\s+{_LINK}?{_CAP}){{0,4}})(?:\s+en\s+[\wáéíóúñü]+)?,\s+(?:{_CAREERS})(?!\w)"
)
_STUDIES_AT_KEYS: Final = ("est", "ingres", "entr", "postul", "sigue")
# The career set off after the name closes every match, and it is rare while "est" is in
# every text: looked for first (from the literal comma, in C), it spares the verbs' scan.
_CAREER_SET_OFF: Final = re.compile(rf",\s+(?:{_CAREERS})(?!\w)")
# Who buys what someone sells: "vendo queso y leche a Lácteos Urpichay", "crío cuyes para
# vender a Sumaq Ccoy". A place ("vendemos a Huancayo"), a person by a given name or a
# title ("a don Julio") is no firm.
_SOLD_TO: Final = re.compile(
    rf"(?<!\w)(?i:vend|entreg)[a-zé]*(?:\s+[a-záéíóúñü]+){{0,4}}?\s+a\s+(?:la\s+|el\s+)?"
    rf"(?P<name>[{_UP}][\wáéíóúñü'’\-]+(?:\s+[{_UP}][\wáéíóúñü'’\-]+)?)(?=\s*[,.;:]|\s+(?:que|y|en)\s)"
)
_SOLD_TO_KEYS: Final = ("vend", "entreg")
# Countries whose words are no place alone: "vendemos café a Estados Unidos".
_NOT_BUYERS: Final = words("don dona senor senora senorita tio tia mama papa estados unidos reino")
# Two trades joined, then a name with its article: "Pollos y Parrillas El Tumi Dorado",
# "Jugos y Sánguches La Esquina". "Moros y Cristianos" (a dance) has no name after it.
_TWO_TRADES_NAMED: Final = re.compile(
    # The lookbehind follows the first capital, so that `re` skips to capitals in C.
    rf"[{_UP}](?<!\w[{_UP}])[a-záéíóúñü]+s\s+(?:y|e)\s+[{_UP}][a-záéíóúñü]+s\s+"
    rf"(?:El|La|Los|Las|Don|Doña)\s+[{_UP}][\wáéíóúñü'’\-]*(?:\s+[{_UP}][\wáéíóúñü'’\-]*){{0,2}}"
)
# The middle of every match, from its literal "s": most texts have " y " and many
# capitals, few "…s y …s El"; looked for first, it spares a try at every capital.
_TWO_TRADES_JOINED: Final = re.compile(
    rf"s\s+(?:y|e)\s+[{_UP}][a-záéíóúñü]+s\s+(?:El|La|Los|Las|Don|Doña)\s"
)
# "Servicentro Hermanos Rimachi", "Transportes Hnos. Quispe": a word, then "Hermanos"
# and a surname, all capitalized, names a family firm; "mis Hermanos Quispe" do not.
_BROTHERS_FIRM: Final = re.compile(
    rf"(?<![\w.])(?P<first>[{_UP}][a-záéíóúñü]{{3,}})\s+(?:Hermanos|Hnos\.?)\s+"
    rf"[{_UP}][a-záéíóúñü'’\-]+"
)
# A company whose name ends in "corp", as holdings and importers name themselves
# ("Salfacorp", "Motocorp del Norte", "Intercorp"), with its region after it.
# Found from the literal "corp" ("corporal" is in most clinical notes), then the word
# before it.
_CORP_END: Final = re.compile(rf"corp(?:\s+del?\s+[{_UP}][a-záéíóúñü]+)?(?![\w-])")
_CORP_WORD: Final = re.compile(rf"[{_UP}][a-záéíóúñü]+$")
# An organization named by what it is: "Nuestra organización, Kusi Pacha, ...", "la ONG
# se llama Allin Kawsay".
_CALLED: Final = re.compile(
    rf"(?:organizaci[oó]n|instituci[oó]n|ONG|ong|asociaci[oó]n|empresa|cooperativa|proyecto)"
    # "la asociación es Hijos de X Residentes en Lima,": joined words after "es" too.
    rf"(?:,|\s+se\s+llama(?:ba)?|\s+(?:es|era)(?=\s+[{_UP}]))"
    rf"\s+(?P<name>[{_UP}][\wáéíóúñü'’\-–]*(?:\s+{_LINK}?{_CAP}){{0,5}})"
    rf"(?=\s*[,.;:)]|\s+[a-záéíóúñü])"
)
# A business's or a group's page, named after the site: "en Facebook estamos como Sumaq
# Wasi San Luis", "en TikTok nos encuentran como Dulces Doña Rosa". Saints and places
# inside go with the name; "en Facebook estamos como en familia" names nothing.
_PAGE_SITES: Final = ("Facebook", "facebook", "Instagram", "TikTok", "Tiktok", "YouTube", "página")
_PAGE_AS: Final = re.compile(
    r"(?:Facebook|facebook|Instagram|TikTok|Tiktok|YouTube|p[aá]gina)\b[^.;!?\n]{0,30}?"
    r"\b(?:estamos|aparecemos|salimos|figuramos|encuentran|encuentras|buscan|busca|"
    r"b[uú]scanos|nos\s+llamamos)\s+(?:como\s+)?"
    rf"(?P<name>[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{0,5}})"
    # "tienen su página, Hijos de Anta Oficial, en Facebook": the page's name set off.
    rf"|(?:su|nuestra|una)\s+p[aá]gina,\s+(?P<set_off>[{_UP}][\wáéíóúñü'’\-]*"
    rf"(?:\s+{_LINK}?{_CAP}){{0,5}}),\s+(?:en|de)\s+(?:Facebook|facebook|Instagram|TikTok|Tiktok|YouTube)"
)
# Organizations given as examples of their kind: "coordinamos con ONG como el Yanapay o
# APRODA", "instituciones como Sumaq Kawsay y Warmi Ayllu".
_KIND_SUCH_AS: Final = re.compile(
    r"\b(?:ONGs?|ong|ongs|instituciones|asociaciones|organizaciones|fundaciones|cooperativas)"
    r"\s+como\s+(?:(?:el|la|los|las)\s+)?"
    rf"(?P<first>[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{0,3}})"
    r"(?:,?\s+(?:y|e|o|u)\s+(?:(?:el|la|los|las)\s+)?"
    rf"(?P<second>[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{0,3}}))?"
)
# Where each match may start (the kinds' literal openings): with `\b` first, `re` tried
# the pattern at every character.
_KIND_SUCH_AS_KEYS: Final = (
    "ONG",
    "ong",
    "instituciones",
    "asociaciones",
    "organizaciones",
    "fundaciones",
    "cooperativas",
)
# "Nosotros como Tarpuy Sonqo trabajamos en …": who "we" are, then what we do.
_WE_AS: Final = re.compile(
    rf"\b(?:[Nn]osotros|[Nn]osotras)\s+como\s+(?P<name>[{_UP}][\wáéíóúñü'’\-–]*(?:\s+{_LINK}?{_CAP}){{0,4}})"
    r"(?=,?\s+(?:ya\s+|no\s+|también\s+|siempre\s+)?[a-záéíóúñ]+(?:amos|emos|imos)\b)"
)
_WE_AS_KEYS: Final = ("nosotr", "Nosotr")
# Who someone is in an organization, then its name: "soy el coordinador regional de
# Sembrando Futuro Andino". Two capitalized words at least ("el técnico de Huanta" is
# from a town); a person in charge of a village ("presidente", "alcalde") is not asked.
_STAFF_ROLES: Final = words(
    """
    coordinador coordinadora director directora gerente promotor promotora tecnico
    tecnica facilitador facilitadora fundador fundadora extensionista voluntario
    voluntaria capacitador capacitadora asesor asesora
    nutricionista psicologo psicologa trabajadora obstetra educadora educador agronomo
    agronoma veterinario veterinaria animadora animador
    """
)
_STAFF_OF: Final = re.compile(
    r"[a-záéíóú]+(?:\s+(?:regional|general|zonal|nacional|local|departamental|provincial|"
    r"ejecutiv[oa]|de\s+campo|de\s+proyectos?))?\s+(?:de|del)\s+(?:(?:la|el)\s+)?"
    rf"(?P<name>[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{1,4}})(?=\s*[,.;:)]|\s+[a-záéíóúñ])"
)
# Working together with someone names who: "coordinamos con la otra, con Nueva Generación
# Ccollpina, que son los jóvenes"; "hicimos convenio con Warmi Kallpa".
_TOGETHER: Final = words(
    """
    coordinamos coordinan coordina coordinaba coordinabamos coordinar coordinando
    articulamos articulan articula convenio alianza
    """
)
_TOGETHER_WITH: Final = re.compile(
    r"[a-záéíóú]+\s+con\s+(?:(?:la|el)\s+otr[ao],?\s+con\s+)?"
    rf"(?P<name>[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{1,4}})(?=\s*[,.;:)]|\s+[a-záéíóúñ])"
)


_NEW: Final = ("Nuevo ", "Nueva ")
# What opens a district's or a neighbourhood's name: "Puente Piedra", "Lomas de Carabayllo".
_DISTRICT_OPENERS: Final = (
    "La ",
    "El ",
    "Los ",
    "Las ",
    "Puente ",
    "Lomas ",
    "Playa ",
    "Punta ",
    "Jesús ",
    "Magdalena ",
    "Laguna ",
    "Quebrada ",
    "Cruz ",
    "Tambo ",
    "Santísimo ",
    "Campo ",
)


def _unplaced(name: str) -> bool:
    """Whether two words or more after "en" can be no place: none is a known place or a
    given name, and no article, saint or place head opens them ("en Los Olivos", "en San
    Isidro", "en Villa María" are districts)."""
    tokens = [normalize_token(t) for t in _TOKEN.findall(name)]
    return (
        len(tokens) >= 2
        and not name.startswith(_DISTRICT_OPENERS + _SAINTLY + _PLACE_HEAD)
        and tokens[0] not in GIVEN_NAMES
        and not any(t in PLACE_WORDS or t in SENTENCE_WORDS for t in tokens)
    )


# A department or a field is no organization: "el gerente de Recursos Humanos", "la
# directora de Educación Inicial", "asesor de Desarrollo Económico Local".
_FIELDS: Final = _GENERIC | words(
    """
    recursos humanos educacion inicial primaria secundaria salud desarrollo economico
    economica local proyectos proyecto programa programas area obras logistica
    administracion ventas produccion operaciones finanzas contabilidad planeamiento
    comunitaria comunitario ambiental medio ambiente agricultura ganaderia turismo cultura
    deporte deportes juventud mujer mujeres familia infancia ninez sostenible humano
    humana humanos seguridad ciudadana servicios sociales ciencias tecnologia ingenieria
    medicina enfermeria derecho investigacion calidad mantenimiento sistemas marketing
    comercial comunicaciones imagen institucional riego infraestructura
    """
)


def _named_by_role_or_partner(anchors: Anchors) -> list[Span]:
    """Names after a staff role or a verb of working together (see `_STAFF_OF`), unless
    a person (a given name first), places alone or a village's own head ("San Luis")."""
    text = anchors.words.text
    found = find_at(_STAFF_OF, text, anchors.starts(_STAFF_ROLES))
    found += find_at(_TOGETHER_WITH, text, anchors.starts(_TOGETHER))
    spans: list[Span] = []
    for m in found:
        name = m.group("name")
        first = normalize_token(name.split()[0])
        if (
            first in GIVEN_NAMES
            or first in _NOT_BUYERS  # "alianza con Estados Unidos", "con Don Julio"
            or first in SENTENCE_WORDS
            or first in NEVER_REDACT_ALONE
            or name.startswith(_SAINTLY)
            # "promotora de Villa El Salvador": a place's own head; "Nueva Esperanza" is
            # a settlement, "Nueva Generación Ccollpina" a group (three words).
            or (
                name.startswith(_PLACE_HEAD)
                and not (name.startswith(_NEW) and name.count(" ") >= 2)
            )
            or all(normalize_token(t) in PLACE_WORDS for t in _TOKEN.findall(name))
            or not _names_someone(name, skip_head=False)
            or all(normalize_token(t) in _FIELDS for t in _TOKEN.findall(name))
        ):
            continue
        spans.append(Span(m.start("name"), m.end("name"), ONG))
    return spans


# Typed all in lowercase, a school, a firm or a church is named by a saint, a title, a
# person's full name or a Quechua word right after its noun: "el colegio santa rosa de
# lima de chilca", "el instituto superior pedro ruiz gallo", "la cooperativa paqocha
# bellavista". The noun stays outside (it names no one); "el colegio de chanquil", "el
# colegio del pueblo", "la cooperativa de alpaqueros" start with "de" and are generic.
_LOWER_NAMED_HEADS: Final = words(
    """
    colegio escuela instituto universidad academia agroexportadora empresa asociacion
    cooperativa iglesia parroquia club fundo hacienda institucion pedagogico cetpro iestp
    hermandad cofradia
    """
) | words("minera contrata constructora avicola ong")
# Firms named after a saint or a title, never after a plural ("en la minera los peones").
_SAINT_NAMED_HEADS: Final = words("minera contrata constructora avicola ong")
# A brotherhood is named "of" its saint: "la hermandad de san juan bautista de
# bellavista"; "la fiesta de san juan" is the feast, research content.
_DEVOTION_HEADS: Final = words("hermandad cofradia")
# A school's abbreviated kind is written as part of its name: "el cetpro virgen de fatima".
_ABBREVIATED_HEADS: Final = words("cetpro iestp")
_LOWER_NAMED_KINDS: Final = words(
    """
    superior tecnologico tecnologica nacional particular parroquial agraria pedagogico
    educativa educativo adventista evangelica privado privada publico publica
    agropecuaria ganadera lechera cafetalera artesanal juvenil cultural
    deportiva deportivo femenina vecinal productora
    """
)
_MEMBER_HEADS: Final = words("asociacion cooperativa club")
# "en la parroquia los domingos": a church is named by a saint, never by a plural.
_CHURCH_HEADS: Final = words("iglesia parroquia institucion")
_LOWER_SAINTS: Final = words("san santa santo virgen senor nuestra")
# Words a group's own name opens with, never a kind's description: "la asociación unión
# ccollpa", "la asociación hijos de chilcapite", "el club juventud manta".
_LOWER_OPENERS: Final = words("union hijos juventud progreso progresista renacer")
_LOWER_TITLES: Final = words("mariscal general coronel inca almirante capitan fray monsenor")
_LOWER_STOPS: Final = (
    SENTENCE_WORDS
    | (NEVER_REDACT_ALONE - PLACE_WORDS)
    | COMMON_WORDS
    | words("aca alla aqui alli ahi arriba abajo nomas tambien")
)
_QUECHUA_WORD: Final = re.compile(r"[a-zñ']{4,}")
_QUECHUA_MARK: Final = re.compile(r"[kw]|q(?!u)")
_CLOSING_GAPS: Final = (",", ".", ";", ":", "?", "!")


def _quechua(norm: str) -> bool:
    """A Quechua word by its spelling: k, w, or a q not before u (Spanish writes "qu")."""
    return (
        _QUECHUA_WORD.fullmatch(norm) is not None
        and _QUECHUA_MARK.search(norm) is not None
        and norm not in _LOWER_STOPS
    )


def _lowercase_named(anchors: Anchors) -> list[Span]:
    """Lowercase names after a lowercase head noun (see `_LOWER_NAMED_HEADS`)."""
    words_ = anchors.words
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)

    def lower(k: int) -> bool:
        return k < n and gaps[k] == " " and ws[k].islower()

    def closed(k: int, most: int = 1) -> int | None:
        """The end of at most ``most`` unknown words from ``k`` that a comma, a period or
        "de" closes, or None: "gallo," closes "pedro ruiz gallo", "queda lejos." does
        not close "san luis gonzaga"."""
        for end in range(k, min(k + most, n)):
            if not lower(end) or norms[end] in _LOWER_STOPS:
                return None
            nxt = end + 1
            if nxt >= n or gaps[nxt].strip(" ")[:1] in _CLOSING_GAPS:
                return nxt
            if lower(nxt) and norms[nxt] in ("de", "del"):
                return nxt
        return None

    spans: list[Span] = []
    for i in anchors.of(_LOWER_NAMED_HEADS):
        if not ws[i].islower():
            continue
        j = i + 1
        while lower(j) and norms[j] in _LOWER_NAMED_KINDS:
            j += 1
        if (
            norms[i] in _MEMBER_HEADS
            and lower(j + 2)
            and norms[j] in ("de", "del")
            and _plural_word(norms[j + 1])
        ):
            j += 2  # "la asociacion de tejedoras sumaq maki": its members, then its name
        elif (
            norms[i] in _DEVOTION_HEADS
            and lower(j + 1)
            and norms[j] in ("de", "del")
            and norms[j + 1] in _LOWER_SAINTS
        ):
            j += 1
        if not lower(j):
            continue
        first = norms[j]
        if (
            first in ("los", "las")
            and norms[i] not in _CHURCH_HEADS
            and norms[i] not in _SAINT_NAMED_HEADS
            and lower(j + 1)
            and _plural_word(norms[j + 1])
        ):
            # "la academia los amautas, en huanta", "el instituto los andes del centro,":
            # an article and a plural closed by a comma or a period.
            k = j + 2
            if lower(k + 1) and norms[k] in ("de", "del") and norms[k + 1] not in _LOWER_STOPS:
                k += 2
            if norms[j + 1] not in _LOWER_STOPS and (
                k >= n or gaps[k].strip(" ")[:1] in _CLOSING_GAPS
            ):
                spans.append(Span(words_.starts[j], words_.ends[k - 1], ONG))
            continue
        if first in _LOWER_SAINTS or first in _LOWER_TITLES or first in _LOWER_OPENERS:
            # Any word after a saint: "santa fe", "san juan"; the Virgin by her shrine:
            # "el cetpro virgen de fatima", "el colegio virgen del carmen".
            if not lower(j + 1):
                continue
            k = j + 2
            if norms[j + 1] in _FUNCTION_WORDS:
                if not (
                    first == "virgen"
                    and norms[j + 1] in ("de", "del")
                    and lower(j + 2)
                    and norms[j + 2] not in _FUNCTION_WORDS
                ):
                    continue
                k = j + 3
        elif first in GIVEN_NAMES and lower(j + 1) and norms[j + 1] in _PERSON_WORDS:
            k = j + 2
        elif first in GIVEN_NAMES and closed(j + 1, 2) is not None:
            k = j + 1  # "manuel seoane corrales, ...": the surnames run to the comma
        elif _quechua(first):
            k = j + 1
        else:
            continue
        while lower(k):
            norm = norms[k]
            if (
                norm in ("de", "del")
                and lower(k + 1)
                and norms[k + 1] not in _LOWER_STOPS
                and len(norms[k + 1]) >= 3
            ):
                k += 2  # "... de chilca": the village closes the name
                continue
            if norm in _LOWER_STOPS and norm not in GIVEN_NAMES:
                break
            if norm in _PERSON_WORDS or norm in PLACE_WORDS or _quechua(norm):
                k += 1
                continue
            # Unknown words close the name only right before a comma, a period or a
            # village's "de": "pedro ruiz gallo, ahí estudia", "juan bosco de pomacocha";
            # not "josé maría arguedas queda lejos".
            end = closed(k, 2 if k == j + 1 else 1)
            if end is None:
                break
            k = end
        # "la [hermandad de san juan ...]": said with its saint, the head is the name's.
        whole = norms[i] in _ABBREVIATED_HEADS or norms[j - 1] in ("de", "del")
        start = words_.starts[i] if whole else words_.starts[j]
        spans.append(Span(start, words_.ends[k - 1], ONG))
    return spans


_PERSON_WORDS: Final = GIVEN_NAMES | SURNAMES
# Typed lowercase, a church named after its faith takes the words up to the comma as its
# name, common words and all: "la iglesia pentecostal llama de fuego, ahí va", "la iglesia
# evangélica ríos de agua viva." Its place ("la iglesia evangélica de mi barrio"), a
# verb's words ("la iglesia pentecostal y dejó de tomar") or an adverb name no one.
_CHURCH_NOUNS: Final = words("iglesia")
_FAITH_KINDS: Final = words("evangelica pentecostal adventista cristiana bautista")
_NOT_IN_CHURCH_NAMES: Final = SENTENCE_WORDS | words(
    "aca alla aqui alli ahi nomas tambien ahora siempre todavia mas"
)
_INNER_JOINS: Final = words("de del la las los el")


# Typed lowercase, a plural noun right after a firm's singular noun cannot agree with it,
# so it is the firm's name: "la agrícola dunas de ocucaje, ...", "el fundo cerezos." An
# adjective agrees ("la empresa grande de ica"); numbers and nouns that end in s in the
# singular ("el fundo lunes", "la empresa tres") are no plural.
_PLURAL_NAMED_HEADS: Final = words(
    "agricola agroexportadora empresa fundo hacienda constructora minera empacadora"
)
_SINGULAR_ARTICLES: Final = words("la el una un")
_NOT_PLURALS: Final = words(
    """
    lunes martes miercoles jueves viernes crisis tesis virus mes pais dios gas bus
    sabados domingos fines tardes noches mananas dias meses anos veces semanas horas
    dos tres seis mas menos pues antes despues entonces ademas apenas jamas atras
    """
)


def _plural_word(norm: str) -> bool:
    return len(norm) >= 4 and norm.endswith("s") and norm not in _NOT_PLURALS


def _lowercase_plural_named(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)

    def lower(k: int) -> bool:
        return k < n and gaps[k] == " " and ws[k].islower()

    spans: list[Span] = []
    for i in anchors.of(_PLURAL_NAMED_HEADS):
        j = i + 1
        if not (
            i
            and ws[i].islower()
            and norms[i - 1] in _SINGULAR_ARTICLES
            and lower(j)
            and _plural_word(norms[j])
            and norms[j] not in _LOWER_STOPS
            and norms[j] not in PLACE_WORDS
        ):
            continue
        k = j + 1
        if lower(k + 1) and norms[k] in ("de", "del") and norms[k + 1] not in _LOWER_STOPS:
            k += 2  # "... de ocucaje": where it is, part of the name
        if k >= n or gaps[k].strip(" ")[:1] in _CLOSING_GAPS:
            spans.append(Span(words_.starts[j], words_.ends[k - 1], ONG))
    return spans


def _lowercase_church(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    spans: list[Span] = []
    for i in anchors.of(_CHURCH_NOUNS):
        j = i + 1
        if not (ws[i].islower() and j < n and gaps[j] == " " and norms[j] in _FAITH_KINDS):
            continue
        first = k = j + 1
        while k < n and k - first < 5 and gaps[k] == " " and ws[k].islower():
            norm = norms[k]
            if norm in _NOT_IN_CHURCH_NAMES or (
                norm in PARTICLES and (k == first or norm not in _INNER_JOINS)
            ):
                break
            k += 1
        closed = k >= n or gaps[k].strip(" ")[:1] in _CLOSING_GAPS
        if k - first >= 2 and norms[k - 1] not in PARTICLES and closed:
            spans.append(Span(words_.starts[first], words_.ends[k - 1], ONG))
    return spans


# Typed lowercase, an organization's registered name opens with its kind and what it
# is (its trade, its members, its faith): "la asociacion de productores de leche
# bellavista", "el club deportivo union chanquil", "la cooperativa agraria cafetalera
# pangoa", "el centro social chilcapite huaycan". The kind is part of that name (no
# capital tells them apart), so the span takes it. Without words after the kind ("la
# asociacion de productores,"), with "de" after it ("el club deportivo del pueblo",
# "la asociacion de residentes de chilcapite") or with a verb, a time or a role after it
# ("el club deportivo juega los domingos") the kind names no one.
_OFFICIAL_HEADS: Final = words(
    """
    asociacion cooperativa club centro comite federacion agrupacion central taller empresa
    compania
    """
)
_OFFICIAL_KINDS: Final = words(
    """
    deportivo deportiva social cultural agraria agrario cafetalera cafetalero cacaotera
    agropecuaria agropecuario ganadera lechera artesanal comunal vecinal juvenil femenino
    femenina campesina campesino automotriz musical folklorico folklorica recreativo
    civil multiple multiservicios especial evangelica catolica parroquial minera
    constructora agroexportadora
    """
)
# "el centro de promocion andina chaskiy": a centre named by what it does ("el centro
# de salud", "el centro de acopio" are kinds of place, with no such word).
_CENTRE_WORKS: Final = words("promocion desarrollo estudios investigacion capacitacion")
_CENTRE_ADJECTIVES: Final = words("andina andino rural campesina campesino social regional")
# A group is named by its members or its purpose: "el grupo de oracion siervas de la
# luz". The group is said, not its name: the noun stays outside.
_GROUP_PURPOSES: Final = words("oracion alabanza danza danzas teatro musica jovenes mujeres")
_GROUP_MEMBERS: Final = words("jovenes mujeres")
_LEADS: Final = words("la el los las una un al del")
# What a product is like, after what producers make: "de papa nativa", "de cafe organico".
_PRODUCT_QUALITIES: Final = words(
    """
    nativa nativo nativas nativos organica organico organicos ecologica ecologico fresca
    fresco criolla criollo mejorada mejorado natural naturales amarilla amarillo blanca
    blanco negra negro andina andino
    """
)
# Plurals that open a firm's or a group's name: "el taller automotriz hermanos huaman".
_PLURAL_OPENERS: Final = words("hermanos hermanas hijos hijas")
# Words that end a lowercase name: function words, times, roles and frequent verbs.
_NAME_BREAKS: Final = (
    SENTENCE_WORDS
    | PARTICLES
    | words("aca alla aqui alli ahi nomas tambien")
    | words(
        """
        lo le les se me te nos su sus mi mis tu tus esa ese esta este eso esto aquel
        domingo domingos lunes martes miercoles jueves viernes sabado sabados dia dias
        ano anos mes meses semana semanas vez veces tarde noche manana fin hora horas
        verdad mayoria mitad mismo misma otro otra todo toda todos todas cada cual
        dueno duena jefe jefa patron patrona presidente presidenta socio socia socios
        tiene tienen tenia tenian hace hacen hizo dio da dan va van fue fueron vino
        viene vienen sale salen queda quedan sigue siguen juega juegan trabaja
        trabajan apoya apoyan ayuda ayudan organiza organizan vende venden compra
        compran recibe reciben paga pagan cobra cobran funciona funcionan existe
        participa participan pide piden pone ponen quiere quieren dice dicen dijo
        recien solo sola nuevo nueva grande chico chica infantil integral
        """
    )
)
_NOT_NAME_OPENERS: Final = (
    (_LOWER_STOPS - COMMON_WORDS) | _OFFICIAL_KINDS | KIND_DESCRIPTIONS | _NAME_BREAKS
)


def _verb_like(norm: str) -> bool:
    return norm in _NOT_NAME_OPENERS or plainly_verb(norm)


def _breaks_name(norm: str) -> bool:
    """Whether a word inside a lowercase name ends it ("luz" in "siervas de la luz" does
    not: common words are names' words)."""
    return norm in _NAME_BREAKS or plainly_verb(norm)


def _lower_name_end(
    words_: Words,
    j: int,
    most: int = 4,
    *,
    set_off: bool = False,
    plural: bool = False,
    joins: bool = True,
) -> int | None:
    """The end of a lowercase name of at most ``most`` words from ``j``, closed by a
    comma, a period, the end, a joining or a function word or a verb; None when the
    words run on or the first one names no one. ``set_off``: a comma stands before it."""
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    if j >= n or (gaps[j] != " " and not set_off) or not ws[j].islower() or not ws[j].isalpha():
        return None
    if (
        _verb_like(norms[j])
        or (_plural_word(norms[j]) and not plural and norms[j] not in _PLURAL_OPENERS)
        or len(norms[j]) < 3
    ):
        return None
    k, taken = j + 1, 1
    while k < n and gaps[k] == " " and ws[k].islower() and ws[k].isalpha():
        norm = norms[k]
        if (
            joins
            and norm in ("de", "del")
            and k + 1 < n
            and gaps[k + 1] == " "
            and ws[k + 1].islower()
            and (norms[k + 1] in _ARTICLES or not _breaks_name(norms[k + 1]))
        ):
            # "manantial de vida", "siervas de la luz", "renovacion ... de huancavelica"
            step = 3 if norms[k + 1] in _ARTICLES else 2
            if step == 3 and k + 2 >= n:
                break
            if step == 3 and (
                gaps[k + 2] != " " or not ws[k + 2].islower() or _breaks_name(norms[k + 2])
            ):
                break
            k += step
            taken += 1
            continue
        if _breaks_name(norm) or taken >= most:
            break
        k += 1
        taken += 1
    if taken > most:
        return None
    if k < n and gaps[k] == " " and ws[k].islower() and ws[k].isalpha():
        norm = norms[k]
        if not _breaks_name(norm):
            return None  # the words run on: no name closes there
    names = [norms[x] for x in range(j, k) if norms[x] not in PARTICLES]
    if all(name in _FIELDS or name in _GENERIC for name in names):
        return None
    return k


_RESIDENTS: Final = words("residentes radicados migrantes")
_OFFICIAL_OR_GROUP: Final = _OFFICIAL_HEADS | words("grupo")
_DEMONYM_ENDS: Final = ("inos", "inas", "anos", "anas", "enos", "enas", "nos")


def _lowercase_official(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    if not anchors.of(_OFFICIAL_OR_GROUP) or not typed_lowercase(words_):
        return []

    def lower(k: int) -> bool:
        return k < n and gaps[k] == " " and ws[k].islower()

    spans: list[Span] = []
    for i in anchors.of(_OFFICIAL_OR_GROUP):
        if not ws[i].islower() or not i or norms[i - 1] not in _LEADS:
            continue
        j = i + 1
        head_inside = True
        plural_name = False
        if norms[i] == "grupo":
            if not (lower(j + 1) and norms[j] == "de" and norms[j + 1] in _GROUP_PURPOSES):
                continue
            # "el grupo de oracion siervas de la luz": a purpose, then a plural name.
            plural_name = norms[j + 1] not in _GROUP_MEMBERS
            j += 2
            head_inside = False
        elif norms[i] == "centro" and lower(j + 1) and norms[j] == "de":
            if norms[j + 1] not in _CENTRE_WORKS:
                continue
            j += 2
            while lower(j) and norms[j] in _CENTRE_ADJECTIVES:
                j += 1
        else:
            kinds = j
            while lower(j) and norms[j] in _OFFICIAL_KINDS:
                j += 1
            if j == kinds and lower(j + 1) and norms[j] == "de" and _plural_word(norms[j + 1]):
                j += 2  # its members: "de productores", "de residentes"
                if norms[j - 1] in _RESIDENTS and lower(j) and norms[j].endswith(_DEMONYM_ENDS):
                    # "la asociacion de residentes chanquilinos en ica": where from, and
                    # where they live is part of its name.
                    last = j + 1
                    if (
                        lower(last + 1)
                        and norms[last] == "en"
                        and not _breaks_name(norms[last + 1])
                    ):
                        last += 2
                    spans.append(Span(words_.starts[i], words_.ends[last - 1], ONG))
                    continue
                if (
                    lower(j + 2)
                    and lower(j + 1)
                    and norms[j] == "de"
                    and norms[j + 1] not in SENTENCE_WORDS
                    and norms[j + 1] not in PARTICLES
                    and norms[j + 1] not in PLACE_WORDS
                    and norms[j + 1] not in ELSEWHERE_WORDS
                ):
                    j += 2  # what they make: "de leche"
                    while lower(j) and norms[j] in _PRODUCT_QUALITIES:
                        j += 1  # "de papa nativa": still what they make, no name
            if j == kinds and not (lower(j) and norms[j] in _PLURAL_OPENERS):
                continue  # "el club hijos de chanquil": named by its members
        end = _lower_name_end(words_, j, plural=plural_name)
        if end is None:
            continue
        start = words_.starts[i] if head_inside else words_.starts[j]
        spans.append(Span(start, words_.ends[end - 1], ONG))
    return spans


# Typed lowercase, a shop is named right after its noun, which stays outside: "la polleria
# rancho dorado de canto grande" ("de canto grande" says where); a carrier's noun is part
# of its name: "en el carro de expreso ticllas,". What it is like ("el restaurante
# chino,"), where or when ("la polleria de mi tio", "el hotel el domingo") name no one.
_SHOP_NOUNS: Final = words(
    """
    polleria restaurante restaurant chifa picanteria cevicheria pizzeria panaderia
    minimarket hostal hospedaje ferreteria
    """
)
_CARRIER_NOUNS: Final = words("expreso transportes")
_SHOP_OR_CARRIER: Final = _SHOP_NOUNS | _CARRIER_NOUNS
_CARRIER_LEADS: Final = words("la el los las una un al del de en")


def _article_named(words_: Words, j: int) -> int | None:
    """The end of a shop's name that opens with its article, closed by a comma or a
    period: "la polleria el leñador dorado, en ..."; "la polleria el domingo," and "el
    restaurante la verdad," say when and how, not which."""
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    if j + 1 >= n or gaps[j] != " " or norms[j] not in _ARTICLES or not ws[j].islower():
        return None
    end = _lower_name_end(words_, j + 1, 3, joins=False)
    # Two words at least after the article: "el restaurante la comida, ..." is no name.
    if end is None or end < j + 3 or (end < n and gaps[end][:1] not in _CLOSING_GAPS):
        return None
    return end


def _lowercase_shop(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    norms = words_.norms
    heads = anchors.of(_SHOP_OR_CARRIER)
    if not heads or not typed_lowercase(words_):
        return []
    spans: list[Span] = []
    for i in heads:
        carrier = norms[i] in _CARRIER_NOUNS
        if not words_.words[i].islower() or not i:
            continue
        named = _article_named(words_, i + 1) if not carrier else None
        if named is not None:
            spans.append(Span(words_.starts[i + 1], words_.ends[named - 1], ONG))
            continue
        if norms[i - 1] not in (_CARRIER_LEADS if carrier else _LEADS):
            continue
        # Carriers are often named by a plural place: "expreso ticllas".
        end = _lower_name_end(words_, i + 1, 3, joins=False, plural=carrier)
        if end is None:
            continue
        if all(norms[x] in PLACE_WORDS or norms[x] in ELSEWHERE_WORDS for x in range(i + 1, end)):
            continue  # "el restaurante lima": a place, or its branch
        start = words_.starts[i] if carrier else words_.starts[i + 1]
        spans.append(Span(start, words_.ends[end - 1], ONG))
    return spans


# Typed lowercase, a firm abroad is named by its English trade after its own words: "la
# garden state packaging", "una contratista que se llamaba tokai human service".
_ENGLISH_TRADES: Final = words(
    """
    service services cleaning landscaping roofing construction packaging company farms
    foods factory industries logistics manufacturing painting plumbing bakery laundry
    staffing trucking movers drywall masonry janitorial maintenance enterprises solutions
    holdings express drilling
    """
)
_ENGLISH_LEADS: Final = words("la el en de a para con una un llamaba llama llamada al del")


def _lowercase_english(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    ws, norms, gaps = words_.words, words_.norms, words_.gaps
    trades = anchors.of(_ENGLISH_TRADES)
    if not trades or not typed_lowercase(words_):
        return []
    spans: list[Span] = []
    for i in trades:
        k = i
        while (
            k > 0
            and i - k < 3
            and gaps[k] == " "
            and ws[k - 1].islower()
            and ws[k - 1].isalpha()
            and not _breaks_name(norms[k - 1])
            and norms[k - 1] not in _ENGLISH_TRADES
        ):
            k -= 1
        if k == i or not k or norms[k - 1] not in _ENGLISH_LEADS:
            continue
        spans.append(Span(words_.starts[k], words_.ends[i], ONG))
    return spans


# Typed lowercase, a shop or a workplace is set off after what it is, introduced with
# "un", "una": "a un restaurante, el rincon limeño, en estacion central", "en una
# fabrica de bento, tokai bento kogyo, haciendo loncheras". Set off between commas, the
# words are its name; a place, a time or what someone did there opens with a word of
# `_NOT_NAME_OPENERS` or "en", "de" ("en una fabrica, cosiendo", "un restaurante, de
# ayudante").
_SET_OFF_HEADS: Final = words(
    """
    restaurante restaurant polleria chifa picanteria cevicheria fabrica taller tienda
    bodega empresa hotel hostal panaderia agencia compania empacadora cooperativa
    asociacion residencia cabina heladeria verduleria escuela
    """
)
_INDEFINITE: Final = words("un una otro otra")
# "la asociación, apropal, en el 2017", "mi cabina de internet, ciber chanquilnet, al
# costado": after a definite article or a possessive the kind is one already known, so
# only a name set off by commas on both sides is its name ("la empresa, después ...").
# After "la" or "el" only a group's kind: "fui a la tienda, compré arroz" goes on.
_DEFINITE: Final = words("la el")
_POSSESSIVE: Final = words("mi su nuestra nuestro")
_GROUP_SET_OFF: Final = words("asociacion cooperativa empresa compania empacadora")
# Fillers set off by commas as a name is: "en la empresa, ahorita, no hay trabajo".
_SET_OFF_FILLERS: Final = words("ahorita igual pues sinceramente bueno claro entonces osea")
_ACCENTED_END: Final = tuple("áéíóú")
_DIMINUTIVE_ENDS: Final = ("ito", "ita", "itos", "itas")
_SUFFIX_LETTERS: Final = words("s l a c r e i")
# What kind of the kind it is, before the comma: "la empresa comunal, ...".
_HEAD_QUALITIES: Final = words("comunal familiar")


def _set_off_head_end(words_: Words, i: int) -> int:
    """The word after a head noun and what it makes or whose it is: "una fabrica de
    bento", "un restaurante de un peruano", "la empresa comunal"."""
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    j = i + 1
    if j < n and gaps[j] == " " and norms[j] in _HEAD_QUALITIES:
        return j + 1
    if j + 1 < n and gaps[j] == " " and norms[j] in ("de", "del") and ws[j + 1].islower():
        j += 1
        if j + 1 < n and gaps[j + 1] == " " and norms[j] in ("un", "una") and ws[j + 1].islower():
            j += 1
        return j + 1
    return j


def _set_off_named(words_: Words, k: int, end: int) -> bool:
    """Whether words set off by commas after a known kind are its name, not a filler or
    a clause ("compré arroz": a verb in the preterite ends in an accented vowel) or
    what it is like ("mi tienda, chiquita, ...")."""
    norms = words_.norms[k:end]
    return (
        words_.gaps[end][:1] == ","
        and names_something(norms)
        and norms[0] not in _SET_OFF_FILLERS
        and not words_.words[k].endswith(_ACCENTED_END)
        and not (len(norms) == 1 and norms[0].endswith(_DIMINUTIVE_ENDS))
    )


def _lowercase_set_off(anchors: Anchors) -> list[Span]:
    words_ = anchors.words
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    if not anchors.of(_SET_OFF_HEADS) or not typed_lowercase(words_):
        return []
    spans: list[Span] = []
    for i in anchors.of(_SET_OFF_HEADS):
        if not ws[i].islower() or not i:
            continue
        lead = norms[i - 1]
        definite = lead in _POSSESSIVE or (lead in _DEFINITE and norms[i] in _GROUP_SET_OFF)
        if lead not in _INDEFINITE and not definite:
            continue
        j = _set_off_head_end(words_, i)
        if j >= n or gaps[j] != ", ":
            continue
        k = j + 1 if norms[j] in _ARTICLES and j + 1 < n and gaps[j + 1] == " " else j
        if k != j and not ws[j].islower():
            continue
        if norms[k] in HONORIFICS or norms[k] in KIN:
            continue  # "una verdulería de un coreano, el señor park,": its owner
        # "la cooperativa la lanterna": the article is the sentence's, the trade the name's.
        # After a known kind ("la cooperativa, la kakaw pangoa,") the article repeats it.
        first = words_.starts[k if definite or norms[k] in _HEAD_WORDS else j]
        end = _set_off_name_end(words_, k, set_off=k == j)
        if end is None or end >= n:
            continue
        suffix = _SET_OFF_SUFFIX.match(words_.text, words_.ends[end - 1])
        if gaps[end][:1] not in _CLOSING_GAPS and suffix is None:
            continue
        if all(norms[x] in PLACE_WORDS or norms[x] in PARTICLES for x in range(k, end)):
            continue  # "una fabrica, en lima": where it is
        if definite and not _set_off_named(words_, k, end):
            continue
        last = suffix.end() if suffix else words_.ends[end - 1]
        spans.append(Span(first, last, ONG))
    return spans


# The name may repeat its trade first, then its own words, and a legal suffix may close
# it: "una heladería, heladería la nonna,", "una empresa de limpieza, limpiezas el olivar
# s.l., y", "una empacadora de fruta, frutícola el maitén ltda, en".
_SET_OFF_SUFFIX: Final = re.compile(
    r" (?:ltda|sac|eirl|srl|sl|s\.l|s\.a\.c|s\.r\.l|e\.i\.r\.l|s\.a)\.?(?=[,;:]|\.?(?:\s|$))"
)


def _set_off_name_end(words_: Words, k: int, *, set_off: bool) -> int | None:
    """The end of a set-off name from ``k``, over a trade word opening it."""
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    if norms[k] in _HEAD_WORDS and ws[k].islower() and k + 1 < n and gaps[k + 1] == " ":
        if norms[k + 1] in ("de", "del"):
            return None  # "una empresa, empresa de limpieza,": what it does, not its name
        after = k + 2 if norms[k + 1] in _ARTICLES and k + 2 < n and gaps[k + 2] == " " else k + 1
        end = _lower_name_end(words_, after, 3, plural=True)
        if end is None:
            end = _lower_name_end(words_, k, 4, set_off=set_off)
    else:
        end = _lower_name_end(words_, k, 4, set_off=set_off)
    if end is not None and end - 1 > k and norms[end - 1] in _SUFFIX_LETTERS:
        end -= 1  # "s" of "s.l." read as a word: the suffix is matched on the text
    return end


# Typed lowercase, a kind of group or shop, then "se llama" and its name: "la empresa se
# llama viñedos del sol de ocucaje, pero ...", "la tienda se llama fils andins, está en
# ...". The kind says a group or a shop is named, so the name may open with a plural; a
# place, a person's kin or "así" ("el colegio se llama igual que el pueblo") names none.
_CALLED_KINDS: Final = _SET_OFF_HEADS | words(
    "negocio academia instituto colegio club equipo ong organizacion institucion heladeria"
)
_CALLED_LEADS: Final = _INDEFINITE | _DEFINITE | _POSSESSIVE | words("nuestro tu")
_CALLED_VERBS: Final = words("llama llamaba llamo")
_CALLED_CLOSERS: Final = words("y que pero porque")


def _lowercase_called(words_: Words) -> list[Span]:
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    spans: list[Span] = []
    for i in range(2, n - 1):
        if norms[i] not in _CALLED_VERBS or norms[i - 1] != "se" or gaps[i] != " ":
            continue
        head = i - 2
        if head >= 2 and norms[head] == "que":
            head -= 1  # "una pollería que se llama rancho dorado, ..."
        if head >= 2 and norms[head - 1] in ("de", "del"):
            head -= 2  # "la cooperativa de cuyes se llama ..."
        if not (
            head >= 1
            and ws[head].islower()
            and norms[head] in _CALLED_KINDS
            and norms[head - 1] in _CALLED_LEADS
        ):
            continue
        end = _lower_name_end(words_, i + 1, 5, plural=True)
        if end is None or (
            end < n and gaps[end][:1] not in _CLOSING_GAPS and norms[end] not in _CALLED_CLOSERS
        ):
            continue
        names = norms[i + 1 : end]
        if (
            not names_something(names)
            or names[0] in _SET_OFF_FILLERS
            or all(x in PLACE_WORDS or x in PARTICLES for x in names)
        ):
            continue
        spans.append(Span(words_.starts[i + 1], words_.ends[end - 1], ONG))
    return spans


def _lowercase_named_then_called(words_: Words) -> list[Span]:
    """A kind, a comma, its name, then "se llama": "una agencia, empleos rapidito se
    llamaba, en el centro", "su restaurante en ica, sabor huancavelicano se llama"."""
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    spans: list[Span] = []
    for i in range(3, n):
        if norms[i] not in _CALLED_VERBS or norms[i - 1] != "se" or gaps[i] != " ":
            continue
        k = i - 2  # the name's last word
        first = k
        while first > k - 4 and first > 0 and gaps[first] == " ":
            first -= 1
        if gaps[first] != ", " or not all(ws[x].islower() for x in range(first, k + 1)):
            continue
        kind = next(
            (
                x
                for x in range(first - 1, max(0, first - 7), -1)
                if norms[x] in _CALLED_KINDS and norms[x - 1] in _CALLED_LEADS
            ),
            None,
        )
        if kind is None or _BREAK_GAP.search(" ".join(gaps[kind + 1 : first])):
            continue
        names = norms[first : k + 1]
        if (
            not names_something(names)
            or names[0] in _SET_OFF_FILLERS
            or all(x in PLACE_WORDS or x in PARTICLES for x in names)
        ):
            continue
        spans.append(Span(words_.starts[first], words_.ends[k], ONG))
    return spans


_BREAK_GAP: Final = re.compile(r"[.;:!?\n]")


# Naming one's own shop: "le pusimos al negocio novedades chilcapite, para no olvidarme",
# "bodega la milanesa le puse, jaja". The kind says it is the shop's name, not a pet's
# or a child's ("al perro boby le pusimos", "rosa le pusimos por su abuela").
_NAMED_VERBS: Final = words("puse pusimos pusieron puso")
_NAMED_OBJECTS: Final = words("al a")


def _lowercase_named_shop(words_: Words) -> list[Span]:
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    spans: list[Span] = []
    for i in range(1, n):
        if norms[i] not in _NAMED_VERBS or norms[i - 1] != "le" or gaps[i] != " ":
            continue
        # After: "le pusimos al negocio X," (a la tienda, a la empresa).
        j = i + 1
        if j < n and norms[j] in _NAMED_OBJECTS:
            j += 2 if norms[j] == "a" and j + 1 < n and norms[j + 1] in _ARTICLES else 1
            if j < n and ws[j].islower() and norms[j] in _CALLED_KINDS:
                end = _lower_name_end(words_, j + 1, 4, plural=True)
                if (
                    end is not None
                    and (end >= n or gaps[end][:1] in _CLOSING_GAPS)
                    and names_something(norms[j + 1 : end])
                ):
                    spans.append(Span(words_.starts[j + 1], words_.ends[end - 1], ONG))
        # Before: ", bodega la milanesa le puse": the kind opens the name set off before.
        last = i - 2
        if last < 1 or gaps[i - 1] != " ":
            continue
        for first in range(last - 1, max(0, last - 4), -1):
            if gaps[first + 1] != " " or not ws[first].islower():
                break
            if norms[first] in _CALLED_KINDS and closes_clause(gaps[first]):
                inner = norms[first + 1 : last + 1]
                if inner and inner[0] in _ARTICLES:
                    inner = inner[1:]
                if inner and names_something(inner):
                    spans.append(Span(words_.starts[first], words_.ends[last], ONG))
                break
    return spans


# Groups migrants name after their village and where they live now: "el club Ccollpa
# USA", "la asociación Pucará New Jersey"; "el club Ccollpa" alone is the village's club.
_VILLAGE_GROUPS: Final = words("club asociacion hermandad")
_ABROAD_TAIL: Final = re.compile(
    r"\s(?:USA|EE\.?\s?UU\.?|New\s+York|New\s+Jersey|Nueva\s+York|Italia|Espa[ñn]a|Chile|"
    r"Argentina|Jap[oó]n|Miami|Mil[aá]n|Tur[ií]n|Madrid|Barcelona|Santiago|Buenos\s+Aires)$"
)


def _village_and_abroad(m: re.Match[str]) -> bool:
    """A migrants' group named by a place, then the country or city they live in."""
    return (
        normalize_token(m.group().split(None, 1)[0]) in _VILLAGE_GROUPS
        and _ABROAD_TAIL.search(m.group("name")) is not None
        and " " in m.group("name")
    )


_FUNCTION_WORDS: Final = SENTENCE_WORDS | PARTICLES


_ROLE_WORDS: Final = (
    SENTENCE_WORDS | NEVER_REDACT_ALONE | words("padres madres autoridades comuneros peruanos")
)
# "¿cómo se llama? Allin Kawsay, eso": the name answers the question right after it.
_ASKED_NAME: Final = re.compile(
    r"¿\s*c[oó]mo\s+se\s+llama(?:ba|n)?\b[^?\n]{0,40}\?\s+"
    rf"(?P<name>[{_UP}][\wáéíóúñü'’\-–]*(?:\s+{_LINK}?{_CAP}){{0,4}})(?=\s*[,.;:!]|\s+eso\b)"
)
# "un bar que se llama El Rincón Criollo", "la fábrica de plásticos se llamaba X", "la
# cooperativa que me pagaba se llamaba X" (what it did for the speaker, in between).
# A group of young people or of prayer that calls itself so: "formamos un grupo juvenil que
# se llama Luz del Ande", "tienen su grupo, se llaman Embajadores del Rey".
_WORKPLACE_CALLED: Final = re.compile(
    rf"(?:{_LOWER_HEADS}|bar|finca|vi[ñn]a|bodega|escuela|chifa)(?:\s+de\s+[a-záéíóúñ]+)?"
    r"(?:\s+(?:juvenil|parroquial|musical|cultural|deportivo|femenino|folkl[oó]rico|"
    r"de\s+j[oó]venes|de\s+oraci[oó]n))?"
    rf"(?:\s+que(?:\s+[a-záéíóúñ]+){{0,3}}?|,)?\s+se\s+llama(?:ba|n|ban)?\s+"
    # Its name may come in quotes: "mi restaurante se llama "El Sanluisino"".
    r"[\"“«]?"
    rf"(?P<name>[{_UP}][\wáéíóúñü'’\-–]*"
    rf"(?:\s+{_LINK}?{_CAP}){{0,4}})"
)
# An acronym of four to nine capitals after a preposition or an article, with no
# definition in the text ("Antes estuve en CEPRODA"): an organization unless public
# (the allow-list cuts UGEL, DEMUNA...) or a word in capitals.
_CAPS_RUN: Final = re.compile(rf"[{_UP}](?<!\w[\s\S])[{_UP}]{{2,8}}(?![\w\-])")
# Three capitals are mostly clinical tests in MEDDOCAN ("el TAC", "la UCI"); a university
# ("la UNH", "la UPC", "la UNI") is the exception worth taking.
_UNIVERSITY: Final = ("UN", "UP")
# Or after a verb of calling it: "que acá todos llaman ECOSEMA", "le dicen CEPRODA".
_ACRONYM_BEFORE: Final = words(
    "en de del con la el los al por para a llaman llamamos dicen decimos"
)
_NOT_ACRONYMS: Final = words(
    """
    covid sida vih tbc ong ongs dni ruc rut nie eeuu usa aahh todo todos nada nunca
    siempre mucho mucha muy bien solo pero como dios papa mama ayuda plata chacra
    itin ssn cuil cuit nss nif cif tie ssn
    """
)


_HEAD_WORDS: Final = words(
    """
    banco ong asociacion club centro universidad instituto iglesia hermandad cofradia cooperativa
    radio polleria picanteria restaurante restaurant cevicheria agroexportadora agricola
    agroindustrial minera compania compania confecciones ferreteria empresa colegio i ie
    escuela parroquia fundacion comite federacion comedor corporacion inversiones
    transportes consorcio sociedad movimiento academia liga sindicato taller bodega
    panaderia hospedaje hostal hotel grupo red mision congregacion comunidad hospital coro
    turismo clinica textil constructora servicios distribuidora comercial granja vivero caja
    tienda fundo organizacion institucion fabrica mina negocio hacienda hotel hostal
    panaderia proyecto restaurante chifa minimarket minimercado market almacen botica
    farmacia libreria zapateria peluqueria lavanderia jugueria inmobiliaria complejo
    liceo istituto scuola universita universidade deportivo defensor atletico sport
    call picada consultora grifo cabina
    sporting associazione exportadora importadora agropecuaria agroindustrias industrias
    multiservicios comercializadora negociaciones representaciones fruticola avicola
    pesquera imprenta limpiezas construcciones reformas mudanzas impresa ditta pulizie
    trasporti ristorante pizzeria azienda grifo cafeteria pasteleria carpinteria muebleria
    supermercado supermercados service bodegas finca vina vinedo vinedos bar expreso
    residencia contratista contrata agencia galeria gremio camara metalurgica
    metalmecanica automotriz maderera ladrillera carrocerias torneria aserradero lubricentro
    vidrieria cerrajeria consultora embotelladora molinera maquinarias repuestos importaciones
    construccions transports serveis neteges costruzioni edilizia servizi carrozzeria
    trattoria osteria gelateria panificio cetpro iestp iest istp residenza residence equipo cafe
    curtiembre curtiduria frigorifico carniceria tintoreria verduleria confeccoes padaria
    circulo orquesta central lacteos panificadora piscigranja piscifactoria queseria
    empacadora procesadora envasadora acopiadora heladeria chocolateria sangucheria cebicheria
    vulcanizadora banda filarmonica fraternidad pastoral legion agroveterinaria veterinaria
    empacadora colectivo colectiva coletivo collectif collettivo association associacao
    agrupacion seminario misioneros misioneras ronda rondas comision inst cultural asoc
    c iei iep cei ceba pronoei
    union ministerio hilanderia tejeduria atelie atelier gruppo groupe cooperacion
    mariscos pollos jugos sanguches anticuchos pescados abarrotes helados calzados muebles
    repuestos licores tejidos artesanias ceviches parrillas dulces postres tamales comidas
    carnes embutidos plasticos cocina
    coordinador coordinadora director directora gerente promotor promotora tecnico
    tecnica facilitador facilitadora fundador fundadora extensionista voluntario
    voluntaria capacitador capacitadora asesor asesora
    nutricionista psicologo psicologa trabajadora obstetra educadora educador agronomo
    agronoma veterinario veterinaria animadora animador
    coordinamos coordinan coordina coordinaba coordinabamos coordinar coordinando
    articulamos articulan articula convenio alianza
    """
)
# Every word where an organization may start or a cue before one stands.
HEAD_WORDS: Final = (
    _HEAD_WORDS | LISTED_FIRST | CUE_TRIGGERS | SCHOOL_WORDS | LOWER_FIRM_WORDS | _ENGLISH_TRADES
)
_MAX_BEFORE: Final = 90
_TOKEN: Final = re.compile(r"[\w'’]+")
_TOKEN_HYPHEN: Final = re.compile(r"[\w'’\-]+")
_CAPITALIZED: Final = re.compile(rf"[{_UP}][\wáéíóúñü]*")
_HEAD_PREFIX: Final = re.compile(rf"^(?:{_HEADS})\s+{_HEAD_JOIN}")
_LAST_CAPITALS: Final = re.compile(
    rf"(?:[{_UP}][\wáéíóúñü'’\-–]*\s+(?:(?:de|del|de\s+la|de\s+los|y)\s+)?)+"
    rf"[{_UP}][\wáéíóúñü'’\-–]*$"
)
_OF: Final = frozenset({"de", "del", "la", "los"})
# Words that close many names and say nothing alone.
_NOT_SINGLE: Final = words(
    """
    unidos unidas perú peru andes andina andino norte sur centro oriente progreso
    esperanza amistad libertad juventud emprendedoras emprendedores productores
    artesanas artesanos mujeres madres campesinos residentes hijos amor vida paz
    """
)
# A place of two or three words too: "Centro de Residentes Huancavelicanos en Buenos Aires".
_EN_TAIL: Final = re.compile(
    rf"\s+en\s+[{_UP}][\wáéíóúñü'’\-]*(?:\s+(?:de\s+|del\s+)?[{_UP}][\wáéíóúñü'’\-]*){{0,2}}$"
)
_DEFINED: Final = re.compile(r"(?:,\s*(?:el|la|los|las)\s+|\(\s*)$")
_PLACE_NAMED: Final = re.compile(
    rf"(?:Universidad|Instituto|Colegio|I\.\s?E\.|{_SCHOOL_CODES}|Escuela|Hospital|Cl[ií]nica|"
    r"Asociaci[oó]n|"
    # Not "Centro": "el Centro de Lima" is downtown.
    r"Club|Hermandad|Comit[eé]|Instituci[oó]n\s+Educativa|Liceo|C[aá]mara\s+de\s+Comercio|"
    # Villagers united where they live: "los de Unión Ccollpa Ica".
    r"Uni[oó]n)"
    r"\s+\S+\s+\S|"
    # A village's social or cultural centre: "el Centro Social Chilcapite de Ica"
    # (not "el Centro Poblado", "el Centro Histórico": places).
    r"Centro\s+(?:Social|Cultural|Juvenil|Deportivo|Recreativo|Femenino|Parroquial|"
    rf"Comunal|Folkl[oó]rico|Musical|Art[ií]stico)\s+[{_UP}]|"
    # A village's football club: "el Deportivo Manta", "el Defensor Chanquil"; its
    # residents' association said short: "de la Cultural Manta".
    r"(?:Deportivo|Defensor|Atl[eé]tico|Sport|Cultural)\s+\S"
)


# A saint's name after an article of the other gender is what is named after the saint,
# a school or a club ("entró al Santa Teresita", "en el Santa Rosa"), a cooperative or a
# firm ("la San Isidro"); the saint and the fiesta take their own ("la Santa Rosa", "el
# San Isidro"). Not a street said short ("por la San Martín", "la San Martín 340").
_MISMATCHED_SAINT: Final = re.compile(
    rf"(?<!\w)(?:(?:[Ee]l|[Aa]l|[Dd]el)\s+(?P<f>Santa(?:\s+[{_UP}][a-záéíóúñ]+){{1,3}})"
    rf"|(?<!\b[Pp]or\s)[Ll]a\s+(?P<m>San(?:\s+[{_UP}][a-záéíóúñ]+){{1,3}}))"
    r"(?![a-záéíóúñ]|\s*(?:\d|cuadra|de\s+[A-ZÁÉÍÓÚ]))"
)
# A national university said short by its region: "la UNCP, la Nacional del Centro".
_SHORT_UNIVERSITY: Final = re.compile(rf"(?<=\b[Ll]a\s)Nacional\s+del?\s+[{_UP}][a-záéíóúñ]+")


def _mismatched_saints(text: str) -> list[Span]:
    spans = []
    for m in _MISMATCHED_SAINT.finditer(text):
        name = "f" if m.group("f") else "m"
        if not _state_name(m.group(name)):  # an allow-listed saint is the later mentions'
            spans.append(Span(m.start(name), m.end(name), ONG))
    return spans


def find_organizations(anchors: Anchors) -> list[Span]:
    """Return named organizations and every later mention of their names."""
    words_ = anchors.words
    text = words_.text
    spans: list[Span] = []
    # The head patterns can match only where a head word starts.
    heads = anchors.starts(_HEAD_WORDS)
    for m in find_at(_HEADED, text, heads):
        whole = m.group()
        if _YEAR_END.search(whole) and not _GROUP_HEAD.match(whole):
            whole = whole[: whole.rfind(" ")]  # only an association's name holds a year
        if _STREET_END.search(whole):
            continue  # "la Market Street" is a street, research content without its number
        if _REGION_STATION.match(whole) and not _names_someone(
            _REGION_STATION.sub("", whole), skip_head=False
        ):
            continue  # "Radio La Voz de Huancavelica": the region's station, as "Radio Tayacaja"
        # "Universidad Nacional de Trujillo" is where someone studies, places and all.
        if (
            _names_someone(whole, skip_head=True)
            or _PLACE_NAMED.match(whole)
            or _PROPER_GENERIC.match(whole)
            or _TRADE_NAMED.match(whole)
            or _PRODUCT_NAMED.match(whole)
        ):
            start = _with_word_before(words_, m.start())
            # "el Colegio Nacional La Victoria de Ayacucho, en Huancavelica": where it is
            # comes after, so "de Ayacucho" is part of the name.
            name = _without_village(whole)
            if (
                name != whole
                and " de " in whole[len(name) : len(name) + 4]
                and not _NUMBER.search(name)
                and _LOCATED_AFTER.match(text, m.end())
            ):
                name = whole
            end = _without_period(name) + m.start()
            dashed = _DASHED_PLACE.match(text, m.end()) if name == whole else None
            if dashed is not None and _GROUP_HEAD.match(whole):
                end = dashed.end()  # "Centro Social Antaccocha - Ica": where it meets
            spans.append(Span(start, end, ONG))
    for m in find_at(_LOWER_HEADED, text, heads):
        if m.group().startswith("mina ") and _ONE_WORD.fullmatch(m.group("name")):
            continue  # "la mina Julcani": a mine is named by its place ("mina Río Blanco")
        if _names_someone(m.group("name"), skip_head=False) or _village_and_abroad(m):
            # Said to be a school or a parish, a saint's name is its name: "el colegio
            # Santa Rosa de Lima" is not cut by the allow-list like the fiesta would be.
            name = _without_place(m.group("name"))
            key = context_key(name)
            spans.append(Span(m.start("name"), m.start("name") + len(name), ONG, key))
    for m in _APPOSITION.finditer(text):
        name_m = _NAME_BEFORE.search(text, max(0, m.start() - 100), m.start())
        name = _strip_leading_words(name_m.group()) if name_m else ""
        kind = m.group("kind")
        if (
            kind
            and kind[0].isupper()
            and not _MEMBERS_BEFORE.search(
                text, max(0, m.start() - len(name) - 12), m.start() - len(name)
            )
        ):
            continue
        if name and _names_someone(name, skip_head=False):
            # "en Peniel de Huachipa, que es la misma iglesia": named without its head
            # word, the known town after it is where it is.
            spans.append(
                Span(m.start() - len(name), m.start() - len(name) + len(_without_place(name)), ONG)
            )
    if any(map(text.__contains__, _COMPANY_HINTS)):
        spans += [_foreign(m, words_) for m in _COMPANY.finditer(text)]
    # One scan for runs of capitals serves both acronym rules.
    acronyms = list(_ACRONYM.finditer(text))
    spans += _defined_acronyms(text, acronyms)
    if not _FOREIGN_WORDS.isdisjoint(words_.vocabulary) or any(
        map(text.__contains__, _LEGAL_HINTS)
    ):
        spans += [_foreign(m, words_) for m in _FOREIGN.finditer(text)]
    for m in find_at(_NOUN_APPOSITION, text, heads):
        if (
            m.group("en")
            and not m.group("name").isupper()
            and not _TWO_TRADES.search(m.group("name"))
            and not _unplaced(m.group("name"))
        ):
            # "una fábrica, en la Victoria": where it is; "el sindicato, en SUTEP"; "una
            # pollería, en Pollos y Parrillas El X": two trades joined name a firm; "una
            # empresa de seguridad en Lima, en Resguardo Halcón": two words no place has.
            continue
        if m.group()[:4].lower() == "mina" and not m.group("name").isupper():
            continue  # "se fue a la mina, a Cobriza": a mine is named by its place
        # "por la radio, la Radio Huancavelica": the noun said again, capitalized, with
        # only a place after it names the region's station, not a particular group.
        head = normalize_token(_TOKEN.findall(m.group())[0])
        again = normalize_token(_TOKEN.findall(m.group("name"))[0]) == head
        if _names_someone(m.group("name"), skip_head=again):
            spans.append(Span(m.start("name"), m.end("name"), ONG))
    for m in find_at(_WORKPLACE_CALLED, text, heads):
        if _names_someone(m.group("name"), skip_head=False):
            spans.append(Span(m.start("name"), m.end("name"), ONG))
    for m in find_at(_CALLED, text, heads):
        if _names_someone(m.group("name"), skip_head=False):
            spans.append(Span(m.start("name"), m.end("name"), ONG))
    if "corp" in text:
        spans += _corp_names(text)
    if "se llama" in text:
        spans += _named_then_called(text)
        spans += [
            Span(m.start("name"), m.end("name"), ONG)
            for m in _ASKED_NAME.finditer(text)
            if _names_someone(m.group("name"), skip_head=False)
        ]
    if any(map(text.__contains__, _FAITH_HINTS)):
        spans += [
            Span(m.start("name"), m.end("name"), ONG)
            for m in _CHURCH_OF.finditer(text)
            if _names_someone(m.group("name"), skip_head=False)
            and not m.group("name").startswith(_SAINTLY)
        ]
    if "esde " in text:
        spans += [
            Span(m.start("name"), m.end("name"), ONG)
            for m in _SPEAKING_FROM.finditer(text)
            if _names_someone(m.group("name"), skip_head=False)
        ]
    spans += _founded_in(text)
    if any(map(text.__contains__, _PAGE_SITES)):
        for m in _PAGE_AS.finditer(text):
            group = "name" if m.group("name") else "set_off"
            if _names_someone(m.group(group), skip_head=False):
                spans.append(Span(m.start(group), m.end(group), ONG))
    if "como " in text:
        for m in match_at_keys(_KIND_SUCH_AS, text, _KIND_SUCH_AS_KEYS):
            spans += [
                Span(m.start(g), m.end(g), ONG)
                for g in ("first", "second")
                if m.group(g)
                and not m.group(g).startswith(_SAINTLY + _PLACE_HEAD)
                and _names_someone(m.group(g), skip_head=False)
            ]
        spans += [
            Span(m.start("name"), m.end("name"), ONG)
            for m in match_at_keys(_WE_AS, text, _WE_AS_KEYS)
            if _names_someone(m.group("name"), skip_head=False)
            # "Nosotros como Estado", "como Padres de Familia": a role, not a name.
            and normalize_token(m.group("name").split()[0]) not in _ROLE_WORDS
        ]
    if "kuna" in text:
        spans += [Span(m.start(), m.end(), ONG) for m in _KUNA.finditer(text)]
    if ", " in text and _CAREER_SET_OFF.search(text):
        spans += [
            Span(m.start("name"), m.end("name"), ONG)
            for m in match_at_folded_keys(_STUDIES_AT, text, _STUDIES_AT_KEYS)
            if not all(normalize_token(t) in PLACE_WORDS for t in _TOKEN.findall(m.group("name")))
            and _names_someone(m.group("name"), skip_head=False)
        ]
    if " y " in text and _TWO_TRADES_JOINED.search(text):
        spans += [Span(m.start(), m.end(), ONG) for m in _TWO_TRADES_NAMED.finditer(text)]
    if "end" in text or "ntreg" in text:
        for m in match_at_folded_keys(_SOLD_TO, text, _SOLD_TO_KEYS):
            keys = [normalize_token(t) for t in _TOKEN.findall(m.group("name"))]
            if not any(k in PLACE_WORDS or k in GIVEN_NAMES or k in _NOT_BUYERS for k in keys):
                spans.append(Span(m.start("name"), m.end("name"), ONG))
    if " Hermanos " in text or " Hnos" in text:
        spans += [
            Span(m.start(), m.end(), ONG)
            for m in _BROTHERS_FIRM.finditer(text)
            if normalize_token(m.group("first")) not in SENTENCE_WORDS
            and normalize_token(m.group("first")) not in GIVEN_NAMES
            and m.start() > 0
            and text[m.start() - 2 : m.start()] not in (". ", "? ", "! ")
        ]
    if "Hijos de" in text or "Hijas de" in text:
        spans += [Span(m.start(), m.end(), ONG) for m in _CHILDREN_OF.finditer(text)]
    if "de hijos de" in text or "de hijas de" in text:
        spans += [
            Span(m.start("name"), m.end("name"), ONG) for m in _CHILDREN_OF_LOWER.finditer(text)
        ]
    if any(map(text.__contains__, _MEMBER_WORDS)):
        spans += [
            Span(m.start(), m.end(), ONG)
            for m in _MEMBERS_NAMED.finditer(text)
            if normalize_token(m.group("demonym") or "x") not in _NOT_DEMONYMS
        ]
    if "os de " in text or "as de " in text:
        spans += [
            Span(m.start("name"), m.end("name"), ONG)
            for m in match_at_keys(_WE_OF, text, _WE_OF_KEYS)
            # "los de San Luis hacemos faena": a village named for its saint.
            if not m.group("name").startswith(_SAINTLY + _PLACE_HEAD)
            and _names_someone(m.group("name"), skip_head=False)
        ]
    if "somos " in text:
        spans += _we_staff_in(text)
    if any(map(text.__contains__, _ENGLISH_HEADS)):
        spans += _english_named(text)
    if "universidad " in text:
        spans += [
            Span(m.start("name"), m.end("name"), ONG) for m in _STUDIES_AT_LOWER.finditer(text)
        ]
    if " la " in text:
        spans += [
            Span(m.start("name"), m.end("name"), ONG)
            for m in match_at_keys(_STUDIES_AT_SHORT, text, _STUDIES_AT_SHORT_KEYS)
        ]
    if "'s " in text or "’s " in text:
        spans += [
            Span(m.start(), with_place_tail(text, m.end()), ONG)
            for m in _POSSESSIVE_FIRM.finditer(text)
        ]
    if any(map(text.__contains__, _FAMILY_TAILS)):
        spans += [_foreign(m, words_) for m in _FAMILY_FIRM.finditer(text) if _family_named(m)]
    spans += _bare_acronyms(words_, acronyms)
    if typed_lowercase(words_):
        spans += _lowercase_acronyms(words_)
    if "tra" in text or "sute" in text:
        spans += [
            Span(m.start(), m.end(), ONG)
            for m in match_at_keys(_LOWER_UNION, text, _LOWER_UNION_KEYS)
        ]
    spans += _named_by_role_or_partner(anchors)
    spans += _lowercase_named(anchors)
    spans += _lowercase_church(anchors)
    spans += _lowercase_plural_named(anchors)
    spans += _lowercase_official(anchors)
    spans += _lowercase_set_off(anchors)
    if typed_lowercase(words_) and "se llam" in text:
        spans += _lowercase_called(words_)
        spans += _lowercase_named_then_called(words_)
    if typed_lowercase(words_) and "le pus" in text:
        spans += _lowercase_named_shop(words_)
    spans += _lowercase_shop(anchors)
    spans += _lowercase_english(anchors)
    spans += find_listed(anchors)
    spans += find_cued(anchors)
    spans += find_lowercase_quechua(anchors)
    spans += find_school_numbers(anchors)
    spans += find_schools_abroad(words_)
    spans += find_lower_schools(words_)
    spans += find_lower_shops(words_)
    spans += find_named_workplaces(words_)
    if "San" in text:
        spans += _mismatched_saints(text)
    if "Nacional" in text:
        spans += [Span(m.start(), m.end(), ONG) for m in _SHORT_UNIVERSITY.finditer(text)]
    if typed_lowercase(words_):
        spans += find_set_off_kinds(words_)
        spans += find_estates_and_lenders(words_)
        spans += find_lower_headed(words_)
    spans += find_after_con(words_)
    spans += find_lowercase_firms(anchors)
    spans += find_coordinated(words_, spans)
    spans += _acronyms_after(text, spans)
    if "&" in text:
        spans += _initials_joined(text)
    spans = [_without_district(text, s) for s in spans]
    # Said again, the name comes without its kind: "la iglesia pentecostal rio de vida.
    # en el rio de vida no fuman".
    mentions = _later_mentions(words_, spans)
    if spans and typed_lowercase(words_):
        spans = _with_lowercase_heads(words_, spans)
    return spans + mentions


# Partners' initials joined by "&" name a firm: "Con J&R, la constructora del ingeniero
# Rojas", "trabaja en H & M Servicios".
_JOINED_INITIALS: Final = re.compile(
    rf"(?<![\w&])[{_UP}]{{1,4}}[ \t]?&[ \t]?[{_UP}]{{1,4}}(?![\w&])"
)


def _initials_joined(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), ONG) for m in _JOINED_INITIALS.finditer(text)]


# Typed without capitals, the kind right before a name is read as part of it, as a text
# with capitals would write it: "la [polleria el leñador dorado]", "la [ong chaska ñan]",
# "de la [iglesia pentecostal fuente de agua viva]", "el [instituto tecnologico los andes
# del centro]", "la [cooperativa qollqe wasi]", "el [fundo la catalina]". A group's
# purpose or its members ("el grupo de oracion [siervas de la luz]", "la asociacion de
# tejedoras, [awaq makikuna]") stays outside.
_NAMING_HEADS: Final = words(
    """
    ong polleria ferreteria iglesia instituto colegio academia cetpro iestp pedagogico
    agroexportadora agricola restaurante restaurant chifa picanteria cevicheria pizzeria
    panaderia hostal hotel confecciones fundo cooperativa universidad club hacienda finca
    caja compania hermandad cofradia
    """
)
_HEAD_KINDS: Final = _LOWER_NAMED_KINDS | _FAITH_KINDS


def _with_lowercase_heads(words_: Words, spans: list[Span]) -> list[Span]:
    ws, norms, gaps, starts = words_.words, words_.norms, words_.gaps, words_.starts
    out: list[Span] = []
    for span in spans:
        i = bisect_left(starts, span.start)
        if span.kind != ONG or i >= len(starts) or starts[i] != span.start:
            out.append(span)
            continue
        k = i
        while k > 0 and gaps[k] == " " and ws[k - 1].islower() and norms[k - 1] in _HEAD_KINDS:
            k -= 1
        if k > 0 and gaps[k] == " " and ws[k - 1].islower() and norms[k - 1] in _NAMING_HEADS:
            span = Span(starts[k - 1], span.end, span.kind, span.key)
        out.append(span)
    return out


# A shop or restaurant by its trade and its own name, then the district said with its
# article or the city abroad where it sits: "el Chifa Kam Lung de Los Olivos", "la
# Pollería Doña Tina en La Victoria", "el Restaurante Inca Sabor de Milán". The place says
# where, not which; a residents' association or a club keeps the village it is named
# after ("la Asociación de Residentes de Chilcapite"), and a shop named by a place alone
# ("la Pollería de Comas") keeps it.
_SHOP_HEADS: Final = words(
    """
    chifa restaurante restaurant polleria picanteria cevicheria hotel hostal hospedaje
    minimarket minimercado panaderia botica farmacia ferreteria libreria zapateria
    peluqueria lavanderia jugueria cafeteria pasteleria carniceria tintoreria verduleria
    bodega tienda grifo lubricentro vidrieria cerrajeria carpinteria muebleria pizzeria
    """
)
_DISTRICT_TAIL: Final = re.compile(
    rf"\s+(?:de|en)\s+(?:(?:Los|Las|La|El)\s+)?(?P<place>{_CAP}(?:\s+(?:de\s+)?{_CAP}){{0,2}})$"
)


_SAINT_WORDS: Final = words("san santa santo senor senora virgen nuestra cristo nino")
# A town or region written right after a group's name, with no comma or preposition,
# is the last word of that name: "somos CADER Huancavelica", "trabajo en Qallariy Manta
# desde 2015", "la marca Sumaq Ccollpa". Its branch or its home tells the group apart;
# after a comma, "de" or "en" the place is where it is (other rules), and a place that
# runs on into more capitals ("Qallariy Manta Baja") is left to them.
_PLACE_AFTER: Final = re.compile(rf"[ \t]+(?P<place>[{_UP}][a-záéíóúñü]+)(?![ \t]+[{_UP}])")


def with_place_after(text: str, span: Span) -> Span:
    """An organization's span with a town written right after it."""
    if span.kind != ONG or span.key or not text[span.end - 1 : span.end].isalpha():
        return span
    after = _PLACE_AFTER.match(text, span.end)
    if after is None or normalize_token(after.group("place")) not in PLACE_WORDS:
        return span
    return Span(span.start, after.end(), ONG, span.key)


def _without_district(text: str, span: Span) -> Span:
    if span.kind != ONG or span.key:
        return span
    first = _NAME_WORD.match(text, span.start)
    if first is None or normalize_token(first.group()) not in _SHOP_HEADS:
        return span
    tail = _DISTRICT_TAIL.search(text, first.end(), span.end)
    if tail is None:
        return span
    place = normalize_token(tail.group("place").split()[-1])
    if place not in ELSEWHERE_WORDS:
        # A village or town of the study after the name is part of it ("la Pollería El
        # Brasero de Yauli"); a district said with its article or a city abroad is where.
        return span
    name = text[first.end() : tail.start()].split()
    if (
        not name
        or normalize_token(name[-1]) in _SAINT_WORDS
        or (len(name) > 1 and normalize_token(name[-2]) in _SAINT_WORDS)
    ):
        # "la Pollería de Comas": the place is its name; "la Bodega Santa Rosa de Lima",
        # "el Chifa Señor de Luren": a saint's.
        return span
    return Span(span.start, tail.start(), ONG, span.key)


_FAMILY_WORDS: Final = words("hijos hijas hermanos hermanas hnos mis tus sus")


def _family_named(m: re.Match[str]) -> bool:
    """Whether a family name comes before the sons: "Mis Hijos y Hermanos" names no firm."""
    before = _TOKEN.findall(m.group())[:-2]
    return any(
        normalize_token(w) not in _FAMILY_WORDS
        and normalize_token(w) not in _SENTENCE_START
        and normalize_token(w) not in SENTENCE_WORDS
        for w in before
    )


# A name, then "así se llama" or "se llamaba", after what the place is or after forming
# it: "una fábrica de autopartes, X se llamaba"; "formamos X, así se llama".
_CALLED_AFTER: Final = re.compile(r",?\s+(?:as[ií]\s+)?se\s+llama(?:ba)?\b")
_CALLED_NAME: Final = re.compile(
    rf"(?<![\w{_UP}])[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{0,4}}$"
)
_FOUNDED_OR_PLACE: Final = re.compile(
    r"\b(?:formamos|fundamos|creamos|formaron|fundaron|crearon|tenemos|f[aá]brica|empresa|"
    r"restaurante|restaurant|taller|asociaci[oó]n|organizaci[oó]n|ong|ONG|instituci[oó]n|"
    r"colegio|tienda|club|equipo|grupo|cooperativa|comedor|contratista|contrata|agencia|"
    r"empacadora|procesadora|agroexportadora|fundo|hacienda|chifa|poller[ií]a|hotel|"
    r"academia|instituto|iglesia)\b[^.;!?\n]*$"
)


# What the name is comes after it: "Sara Mama se llama nuestra institución".
_OURS_AFTER: Final = re.compile(
    r"\s+(?:nuestra|nuestro|la|el|mi|su)\s+(?:instituci[oó]n|organizaci[oó]n|asociaci[oó]n|"
    r"ong|ONG|empresa|cooperativa|colectivo|red|federaci[oó]n|club|agrupaci[oó]n|"
    r"fundaci[oó]n|comunidad\s+cristiana|iglesia)\b"
)


# A name opened by an article of another language after "se llama" is a firm's or a
# group's, never a person's: "se llamaba Il Girasole", "se llama The Green Kitchen",
# "se llamaba Le Petit Jardin". Spanish articles ("se llama La Merced") open places too.
_FOREIGN_ARTICLE_CALLED: Final = re.compile(
    r"se\s+llama(?:ba)?\s+(?P<name>(?:Il|Le|Les|Lo|Gli|The|Os|As|Der|Die|Das|Het)\s+"
    rf"[{_UP_WIDE}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?[{_UP_WIDE}][\wáéíóúñü'’\-]*){{0,3}})"
)


def _named_then_called(text: str) -> list[Span]:
    spans = [
        Span(m.start("name"), m.end("name"), ONG) for m in _FOREIGN_ARTICLE_CALLED.finditer(text)
    ]
    at = text.find("se llama")
    while at >= 0:
        # The name ends where ", así se llama" starts, a few characters before "se".
        called = _CALLED_AFTER.search(text, max(0, at - 8), at + 10)
        if called is not None:
            name = _CALLED_NAME.search(text, max(0, called.start() - 60), called.start())
            if (
                name is not None
                and _names_someone(name.group(), skip_head=False)
                and (
                    _FOUNDED_OR_PLACE.search(text, max(0, name.start() - 80), name.start())
                    or _OURS_AFTER.match(text, called.end())
                )
            ):
                spans.append(Span(name.start(), name.end(), ONG))
        at = text.find("se llama", at + 8)
    return spans


# A name of two words or more opening a sentence, then its founding and a year: "Chaskiq
# Ñan nace el 2008", "Wiñay Ayllu se fundó en 1998" (a person is born, "nació", and is
# named by a given name first). The verb is found by `str.find`, the name read back.
_FOUNDED_VERB: Final = re.compile(
    r"(?:nace|se\s+fund[oó]|se\s+form[oó]|se\s+cre[oó]|fue\s+fundad[oa]|fue\s+cread[oa]|"
    r"existe\s+desde|funciona\s+desde|trabaja\s+desde)"
    r"\s+(?:en\s+)?(?:el\s+)?(?:año\s+)?(?:19|20)\d\d(?!\d)"
)
_FOUNDED_NAME: Final = re.compile(
    rf"(?:^|[.;!?\n]\s*)(?P<name>[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{1,4}})\s+$"
)
_FOUNDED_LITERALS: Final = (
    " nace ",
    " se fund",
    " se form",
    " se cre",
    " fue fundad",
    " fue cread",
    " existe desde",
    " funciona desde",
    " trabaja desde",
)


def _founded_in(text: str) -> list[Span]:
    spans: list[Span] = []
    if "19" not in text and "20" not in text:
        return spans  # every founding is told with its year: two searches, not nine
    for literal in _FOUNDED_LITERALS:
        at = text.find(literal)
        while at >= 0:
            if _FOUNDED_VERB.match(text, at + 1):
                m = _FOUNDED_NAME.search(text, max(0, at - 80), at + 1)
                first = normalize_token(m.group("name").split()[0]) if m else ""
                if (
                    m is not None
                    and first not in GIVEN_NAMES
                    and first not in SENTENCE_WORDS
                    and _names_someone(m.group("name"), skip_head=False)
                ):
                    spans.append(Span(m.start("name"), m.end("name"), ONG))
            at = text.find(literal, at + 1)
    return spans


# An NGO's staff speak from it: "desde Sumaq Kawsay trabajamos con cuarenta familias".
_SPEAKING_FROM: Final = re.compile(
    rf"(?<!\w)[Dd]esde\s+(?:(?:la|el)\s+)?(?P<name>[{_UP}][\wáéíóúñü'’\-]*"
    rf"(?:\s+{_LINK}?{_CAP}){{0,4}})\s+(?:trabajamos|apoyamos|acompañamos|hacemos|"
    r"impulsamos|promovemos|damos|llevamos|capacitamos|atendemos|ayudamos)\b"
)


# A church named after the faith of its members: "algunas son evangélicas, de Monte
# Sión"; "somos adventistas, de la Misión X".
_CHURCH_OF: Final = re.compile(
    r"(?<!\w)(?i:evang[eé]lic[oa]s?|adventistas?|pentecostales?|israelitas?|cristian[oa]s?)"
    rf",?\s+(?:de|del|en)\s+(?:(?:la|el)\s+)?(?P<name>[{_UP}][\wáéíóúñü'’\-]*"
    rf"(?:\s+{_LINK}?{_CAP}){{0,4}})"
)
_FAITH_HINTS: Final = ("vang", "dventist", "entecost", "sraelit", "ristian")


# A migrants' association named without its head word: "los de Hijos de Chanquil",
# "presidenta de Hijos de Manta Residentes en Lima". Capitalized "Hijos de" plus a
# capitalized place is a name; "los hijos de Manta" (lowercase) are people from there,
# and "Los Hijos de Pampas" (with its article) a comparsa at the fiesta.
# Typed lowercase, the migrants' association said by its members' name after "los de":
# "los de hijos de chilcapite tienen su local" (the children of a village are no group
# without "los de" or an association's noun before them).
_CHILDREN_OF_LOWER: Final = re.compile(
    r"(?<!\w)(?:los|las)\s+de\s+(?P<name>hij[oa]s\s+del?\s+(?!dios\b)[a-zñ]{4,}"
    r"(?:\s+(?:residentes|radicados)(?:\s+en\s+[a-zñ]{4,})?)?)(?!\w)"
)
_CHILDREN_OF: Final = re.compile(
    rf"(?<!\w)(?<![Ll]os\s)(?<![Ll]as\s)Hij[oa]s\s+del?\s+(?!Dios\b)[{_UP}][\wáéíóúñü'’\-]+"
    rf"(?:\s+(?!Residentes|Radicados)[{_UP}][\wáéíóúñü'’\-]+)?"
    rf"(?:\s+(?:Residentes|Radicados)(?:\s+en\s+[{_UP}][\wáéíóúñü'’\-]+)?)?"
)
# An association named by its members, capitalized: the children of a village who
# stay together or live elsewhere ("los Hijos Unidos de Ccollpa nos reunimos", "los Hijos
# de Pucará en Lima traen la banda") or its youth, sons or residents by their demonym
# ("la Juventud Pucarina", "los Residentes Huantinos"). "los hijos de Manta" (lowercase)
# are people from there; "Los Hijos de Pampas" alone a comparsa at the fiesta.
_MEMBER_WORDS: Final = ("Hijos", "Hijas", "Juventud", "Residentes", "Hermanos", "Hermanas")
_MEMBERS_NAMED: Final = re.compile(
    r"(?<!\w)(?:Hij[oa]s\s+(?:Unid[oa]s|Residentes|Radicad[oa]s|Progresistas|Predilect[oa]s|"
    rf"Ausentes|Leales)\s+del?\s+[{_UP}][\wáéíóúñü'’\-]+"
    rf"|Hij[oa]s\s+del?\s+(?!Dios\b)[{_UP}][\wáéíóúñü'’\-]+\s+en\s+[{_UP}][\wáéíóúñü'’\-]+"
    r"|(?:Juventud|Hij[oa]s|Residentes|Herman[oa]s)\s+"
    rf"(?P<demonym>[{_UP}][a-záéíóúñü]+(?:eñ[oa]s?|in[oa]s?)))(?!\w)"
)
# Demonyms of a country, a region or a faith, said of many groups: "la Juventud Andina".
_NOT_DEMONYMS: Final = words(
    """
    andina andino andinas andinos latina latino latinas latinos campesina campesino
    campesinas campesinos argentina argentino argentinas argentinos cristiana cristianos
    divina divino femenina femeninas masculina peregrina peregrinos limena limeno limenas
    limenos marina marinos serrana serrano serranos costena costeno costenos
    """
)
# A Quechua collective name, two capitalized words, the last plural in -kuna:
# "Sisaq Warmikuna", "Llaqta Masikuna"; lowercase "runakuna" is a word.
_KUNA: Final = re.compile(rf"(?<![\w{_UP}])[{_UP}][a-zñ'’]+\s+[{_UP}][a-zñ'’]*kuna(?!\w)")


# "los de Runa Ñawi coordinamos con…": "we of X" then a verb in "we" is the speaker's
# own organization. Two capitalized words at least: "los de Chanquil hacemos" is a village.
_WE_OF: Final = re.compile(
    r"\b(?:[Ll]os|[Ll]as|[Nn]osotr[oa]s)\s+de\s+(?:la\s+|el\s+)?"
    rf"(?P<name>[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{1,3}})\s+"
    r"(?:(?:ya|tambi[eé]n|siempre|no|nos|les?|l[oa]s?)\s+)?"
    # What an organization does, not where people live: "los de Villa El Salvador vivimos".
    r"(?:(?:coordin|trabaj|apoy|hac|ejecut|promov|capacit|acompañ|atend|organiz|gestion|"
    r"impuls|financi|implement|asesor|brind|of?rec|realiz|desarroll)[a-záéíóúñ]*(?:amos|emos|imos)"
    # Hiring and paying people is what an employer does, said of "them" too: "los de
    # Sumaq Pacha contrataron a veinte jóvenes"; a village hires no one.
    r"|(?:contrat|financi|capacit|emple)[a-záéíóúñ]*(?:aron|ieron|aban|an))\b"
)
_WE_OF_KEYS: Final = ("los", "Los", "las", "Las", "nosotr", "Nosotr")
# Named the English way, the head after the name and "of" its place: "the Peruvian
# American Club of Paterson", "Andean Heritage Association". Spanish words before the
# head ("El Club", "Los Socios Club") are no name.
_ENGLISH_HEADS: Final = (
    "Club",
    "Association",
    "Society",
    "Foundation",
    "Church",
    "Center",
    "Centre",
    "Institute",
    "Alliance",
    "League",
    "Council",
    # Missions and charities of churches and donors abroad: "Andes Hope Ministries".
    "Ministries",
    "Ministry",
    "Mission",
    "Missions",
    "Fellowship",
    "Outreach",
    "Relief",
    "Network",
    "Fund",
    "Trust",
)
_ENGLISH_NAMED: Final = re.compile(
    rf"(?<![\w{_UP}])(?:[{_UP}][\w'’\-]+\s+){{1,3}}(?:{'|'.join(_ENGLISH_HEADS)})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{_UP}][\w'’\-]+(?:\s+[{_UP}][\w'’\-]+){{0,3}})?"
)


def _english_named(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _ENGLISH_NAMED.finditer(text):
        start = m.start()
        words_before = m.group().split()
        # A capitalized word opening the sentence may be a verb: "Visité Lima Center".
        opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".!?:;¿¡"
        for k, word in enumerate(words_before):
            if normalize_token(word) not in _NOT_ENGLISH_NAME and not (k == 0 and opens):
                break
            start += len(word) + 1
        head = text[start : m.end()].split()[0]
        if head in _ENGLISH_HEADS or not _names_someone(text[start : m.end()], skip_head=False):
            continue
        spans.append(Span(start, m.end(), ONG))
    return spans


# "En Sumaq Wasi somos cuatro promotoras": where "we" are so many staff is the speaker's
# organization; "en Chanquil somos cien familias" is a village.
_WE_STAFF_IN: Final = re.compile(
    rf"(?<!\w)[Ee]n\s+(?P<name>[{_UP}][\wáéíóúñü'’\-]*(?:\s+{_LINK}?{_CAP}){{0,2}})\s+somos\s+"
    r"(?:[a-záéíóúñ0-9]+\s+)?(?P<role>[a-záéíóúñ]+)\b"
)


def _we_staff_in(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _WE_STAFF_IN.finditer(text):
        role = normalize_token(m.group("role"))
        name = m.group("name")
        if (
            not {role, role[:-1], role[:-2]} & _STAFF_ROLES
            or name.startswith(_SAINTLY + _PLACE_HEAD)
            or normalize_token(name.split()[0]) in SENTENCE_WORDS
            or not _names_someone(name, skip_head=False)
        ):
            continue
        spans.append(Span(m.start("name"), m.end("name"), ONG))
    return spans


# Typed lowercase, a university where someone studies or works: "estudio en la
# universidad nacional de huancavelica"; its kind word makes it a name, not "la
# universidad de aquí".
_STUDIES_AT_LOWER: Final = re.compile(
    r"(?<!\w)(?:estudi|ingres|postul|egres|termin|trabaj|ense[ñn])[a-záéíóúñ]*"
    # The career may stand between: "estudio enfermeria en la universidad ...", "estudia
    # educacion inicial en la universidad ...".
    r"(?:\s+[a-záéíóúñ]+){0,2}?\s+(?:en|a|de)\s+la\s+(?P<name>universidad(?:\s+(?:nacional|mayor|cat[oó]lica|privada|"
    r"peruana|aut[oó]noma|tecnol[oó]gica|andina|agraria|continental)){1,3}"
    r"(?:\s+(?:de\s+la|del?)\s+(?:san(?:ta|to)?\s+[a-záéíóúñ]+(?:\s+de\s+[a-záéíóúñ]+)?"
    # "la universidad nacional del centro del peru": a region, then the country.
    r"|[a-záéíóúñ]+(?:\s+del?\s+(?:peru|per[uú]|pacifico|pac[ií]fico|altiplano|oriente))?))?)"
)
# Typed lowercase, a university by its saint or its acronym where someone studies or
# applies: "estudia en la san agustín", "postulé a la uncp" (the "u" of universidad,
# then no vowel: not "la una", "la última").
# The career may stand between: "estudiando agronomia en la uncp"; an acronym's second
# letter is a consonant, whatever follows: "la uba", "la usil" (not "la una", "la unica",
# "la ultima", "la urbanizacion").
_STUDIES_AT_SHORT: Final = re.compile(
    r"(?<!\w)(?:estudi|ingres|postul|egres)[a-záéíóúñ]*(?:\s+[a-záéíóúñ]+){0,2}?\s+"
    r"(?:en|a)\s+la\s+"
    r"(?P<name>san(?:ta|to)?\s+(?!de\b|del\b|la\b)[a-záéíóúñ]{3,}"
    r"|u[b-df-hj-np-tv-zñ]{2,4}|u(?!n(?:a|o|ica|ion)\b|ltim|rban|nivers)[b-df-hj-np-tv-zñ][a-zñ]{1,3})"
    r"(?!\w)"
)
_STUDIES_AT_SHORT_KEYS: Final = ("estudi", "ingres", "postul", "egres")
# A place's own head word: "los de Villa El Salvador", "los de Alto Cunas".
_PLACE_HEAD: Final = (
    "Villa ",
    "Alto ",
    "Bajo ",
    "Puerto ",
    "Nuevo ",
    "Nueva ",
    "Pueblo ",
    "Cerro ",
    "Pampa ",
    "Valle ",
    "Río ",
    "Rio ",
    "Ciudad ",
    "Barrio ",
)


def _corp_names(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _CORP_END.finditer(text):
        word = _CORP_WORD.search(text, max(0, m.start() - 30), m.start())
        if word is None:
            continue
        start = word.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "-"):
            continue
        spans.append(Span(start, m.end(), ONG))
    return spans


def _foreign(m: re.Match[str], words_: Words) -> Span:
    """The company name without the sentence word before it ("Trabajé en Ramírez...")."""
    start = m.start()
    parts = m.group().split(" ")
    for first in parts[:-1]:
        if normalize_token(first) not in _SENTENCE_START:
            break
        start += len(first) + 1
    return Span(start, m.end(), ONG)


# Peru's unions and their federations by their acronym, typed lowercase: a union of
# workers is "sintra…"/"sitra…", a federation "fentra…"/"fetra…", teachers' "sute…"
# ("me afilie al sintrahogarp", "el sutep"); "sutil", "sutura" are words.
_LOWER_UNION: Final = re.compile(
    r"(?<![\w@.])(?:sint?tra|sitra|fentra|fetra)[a-zñ]{2,10}(?![\w@])"
    r"|(?<![\w@.])sute[a-z]{1,4}(?<!sutes)(?![\w@])"
)
_LOWER_UNION_KEYS: Final = ("sint", "sitra", "fentra", "fetra", "sute")


def _bare_acronyms(words_: Words, acronyms: list[re.Match[str]]) -> list[Span]:
    """``acronyms`` are `_ACRONYM`'s matches; `_CAPS_RUN`'s are those of them with no
    hyphen after (a run of capitals has one end either way)."""
    text = words_.text
    spans: list[Span] = []
    for m in acronyms:
        if text.startswith("-", m.end()):
            continue
        before = text[max(0, m.start() - 9) : m.start()]
        if not before.endswith(" ") or before.split()[-1:] == []:
            continue
        if before.split()[-1].casefold() not in _ACRONYM_BEFORE:
            continue
        if (
            len(m.group()) == 3
            and not m.group().startswith(_UNIVERSITY)
            and _CAPS_RUN.match(text, m.end() + 1) is None
        ):
            continue  # "la ETS PNP Puente Piedra": a school with its body's acronym

        norm = normalize_token(m.group())
        if norm.startswith("fon") and len(norm) > 5:
            continue  # the state's funds: "el FONCOMUN baja", FONIPREL, FONDEPES
        if _public_service(text, m):
            continue
        if norm not in _NOT_ACRONYMS and norm not in PLACE_WORDS:
            # "el IESTP Huancavelica": the name goes on with the capitalized words after it.
            after = _CAPITALS_AFTER.match(text, m.end())
            spans.append(Span(m.start(), after.end() if after else m.end(), ONG))
    return spans


# Typed lowercase, an acronym comes right after its kind: "la ong cipder, ellos ...",
# "la universidad uncp, en huancayo", "el instituto iestp". After "ong" one word is its
# name whatever its shape; after another kind only a word no Spanish word is spelled
# like: a final consonant Spanish never ends on, or three consonants in a row ("la
# asociación apafa" is every school's parents, "la ong italiana" says whose it is).
_ACRONYM_KINDS: Final = words(
    "ong universidad instituto asociacion cooperativa institucion organizacion empresa"
)
_NOT_FINAL: Final = frozenset("bcfghkmpqtvwx")
# A firm's legal form is no name: "la empresa sac nos paga".
_LEGAL_FORMS: Final = words("sac srl eirl sa sl ltda sas sarl llc inc pyme mype")
_THREE_CONSONANTS: Final = re.compile(r"[^aeiouy]{3}")
_DEMONYM_ADJECTIVE: Final = (*_DEMONYM_ENDS, "esa", "es", *ADJECTIVE_ENDINGS)


def _acronym_shaped(norm: str) -> bool:
    return norm[-1] in _NOT_FINAL or _THREE_CONSONANTS.search(norm) is not None


def _lowercase_acronyms(words_: Words) -> list[Span]:
    ws, norms, gaps, n = words_.words, words_.norms, words_.gaps, len(words_.words)
    spans: list[Span] = []
    for i in range(1, n - 1):
        if norms[i] not in _ACRONYM_KINDS or not ws[i].islower() or norms[i - 1] not in _LEADS:
            continue
        j = i + 1
        norm = norms[j]
        if gaps[j] != " " or not ws[j].islower() or not ws[j].isalpha() or not 3 <= len(norm) <= 7:
            continue
        if j + 1 < n and not closes_clause(gaps[j + 1]) and not _breaks_name(norms[j + 1]):
            continue  # the name goes on: other rules read it
        if (
            norm in NOT_NAMES
            or norm in _LOWER_STOPS
            or norm in PLACE_WORDS
            or norm in PUBLIC_NAMES
            or norm in _LEGAL_FORMS
            or _verb_like(norm)
            or norm.endswith(_DEMONYM_ADJECTIVE)
        ):
            continue
        if norms[i] == "ong" or _acronym_shaped(norm):
            spans.append(Span(words_.starts[j], words_.ends[j], ONG))
    return spans


_CAPITALS_AFTER: Final = re.compile(rf"(?:[ \t]+[{_UP}][\wáéíóúñü'’\-–]*){{1,3}}")
# A state service told by what it gives ("el control de CRED", "el programa de EIB", "el
# plano del PETT"), a body that issues numbered documents ("el registro N° 1204-2021-
# SANIPES"), and an app named as a channel beside another ("me avisa por LINE, ya no por
# WhatsApp") are research content, not an organization someone belongs to.
_SERVICE_BEFORE: Final = re.compile(
    r"\b(?:control|controles|programa|programas|plano|planos|padr[oó]n)\s+(?:de|del)\s+"
    r"(?:la\s+|el\s+|los\s+|las\s+)?$",
    re.IGNORECASE,
)
_CHANNEL_BEFORE: Final = re.compile(r"\bpor\s+(?:el\s+)?$", re.IGNORECASE)
# Talking or writing through it: "me avisa por LINE", "por LINE más hablamos".
_TALK: Final = (
    r"(?:habl|escrib|comunic|avis|llam|chate)(?:a|an|amos|o|as|e|en|emos|imos|es|aba|"
    r"abamos|ábamos|ó)"
)
_TALK_BEFORE: Final = re.compile(rf"\b{_TALK}\s+por\s+(?:el\s+)?$", re.IGNORECASE)
_TALK_AFTER: Final = re.compile(
    rf"\s+(?:m[aá]s\s+|nom[aá]s\s+|siempre\s+)?(?:(?:me|te|nos|le|les)\s+)?{_TALK}\b",
    re.IGNORECASE,
)
_CHANNELS: Final = re.compile(
    r"\b(?:whats?app|facebook|messenger|telegram|zoom|skype|viber|wechat|signal|instagram|"
    r"tiktok|videollamada)\b",
    re.IGNORECASE,
)


def _public_service(text: str, m: re.Match[str]) -> bool:
    if _SERVICE_BEFORE.search(text, max(0, m.start() - 25), m.start()):
        return True
    acronym = m.group()
    if ("-" + acronym in text or "/" + acronym in text) and re.search(
        rf"\d{{1,5}}-(?:19|20)\d\d(?:-[A-Z][A-Z0-9]*)*[/\-]{acronym}(?![\w\-])", text
    ):
        return True
    if _CHANNEL_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None:
        return False
    return (
        _TALK_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
        or _TALK_AFTER.match(text, m.end()) is not None
        or _CHANNELS.search(text, max(0, m.start() - 60), min(len(text), m.end() + 60)) is not None
    )


# Generic words capitalized as one name: "la Iglesia Evangélica Peruana" is a church,
# "la Iglesia Evangélica" any of them.
_PROPER_GENERIC: Final = re.compile(
    rf"(?:Iglesia|Asociaci[oó]n|Federaci[oó]n|Movimiento|Misi[oó]n|Congregaci[oó]n|Sociedad)"
    rf"(?:\s+[{_UP}][\wáéíóúñü]+){{2}}"
)
# A plant or a shop by its trade, then a name with its article, is a firm even when the
# name is a place's: "el Frigorífico Las Pampas", "la Ladrillera El Porvenir" (a school,
# a hospital, a farm or an estate named so is a place's).
_TRADE_NAMED: Final = re.compile(
    r"(?:Frigor[ií]fico|Pesquera|Ladrillera|Curtiembre|Curtidur[ií]a|Aserradero|Maderera|"
    r"Embotelladora|Molinera|Textil|Hilander[ií]a|Tejedur[ií]a|Constructora|Confecciones|"
    r"Agroexportadora|Exportadora|Agroindustrial|Empacadora|Envasadora|Minera|Metal[uú]rgica|"
    r"Imprenta|Panader[ií]a|Ferreter[ií]a|Poller[ií]a|Picanter[ií]a|Restaurante|Cevicher[ií]a|"
    r"Chifa|Hostal|Hotel|Hospedaje|Botica|Farmacia|Transportes|Distribuidora|Comercial)"
    rf"\s+(?:La|El|Los|Las)\s+[{_UP}]"
)
# A dairy, a trout farm or a bakery named by its village is a firm, place and all:
# "Lácteos Antaccocha", "Piscigranja Chanquil", "Panificadora Manta".
_PRODUCT_NAMED: Final = re.compile(
    r"(?:L[aá]cteos|Panificadora|Piscigranja|Piscifactor[ií]a|Queser[ií]a|Acopiadora|"
    rf"Procesadora|Vulcanizadora)\s+[{_UP}]"
)
# Heads a company's own name may come before: "Tempo Servicios Generales".
_BRANDED_HEADS: Final = FIRM_TRADES | words(
    """
    limpiezas construcciones importadora exportadora restaurante restaurant polleria hotel
    hostal consorcio
    """
)
_NOT_BEFORE_NAME: Final = words("la el los las lo un una mi su nuestra nuestro")
_AND: Final = words("y e i")
# Trades a firm names together with another: "Ingeniería y Servicios", "Construcciones y
# Montajes", "Transportes e Inversiones".
_TRADES_JOINED: Final = _BRANDED_HEADS | words(
    "ingenieria proyectos montajes obras mantenimiento consultoria asesoria importaciones"
)


def _with_word_before(words_: Words, start: int) -> int:
    """Start a headed name at the capitalized word before it: "Tempo Servicios Generales"."""
    i = bisect_left(words_.starts, start)
    if i < 2 or words_.gaps[i] != " " or words_.starts[i] != start:
        return start
    if words_.norms[i] not in _BRANDED_HEADS:
        return start  # "Servicio de Cirugía Pediátrica Complejo Hospitalario...": a letterhead
    word, norm = words_.words[i - 1], words_.norms[i - 1]
    if (
        word.isupper()
        and word.isalpha()
        and 2 <= len(word) <= 5
        and words_.gaps[i - 1][-1:] == " "
        and not _SENTENCE_GAP.search(words_.gaps[i - 1])
        and not _public_acronym(word)
    ):
        return words_.starts[i - 1]  # "JCC Servicios Mineros": the firm's letters, its trade
    if (
        norm in _AND
        and words_.gaps[i - 1] == " "
        and words_.words[i - 2][:1].isupper()
        and words_.norms[i - 2] in _TRADES_JOINED
    ):
        return words_.starts[i - 2]  # "Ingeniería y Servicios Chuspi": two trades, one firm
    if (
        not word[:1].isupper()
        or word.isupper()
        or norm in _SENTENCE_START
        or norm in _NOT_BEFORE_NAME
        or norm in PLACE_WORDS
        or norm in _HEAD_WORDS
        or norm in SENTENCE_WORDS
        or _SENTENCE_GAP.search(words_.gaps[i - 1])
    ):
        return start
    return words_.starts[i - 1]


_JOINERS: Final = words("de del la las los el y e en para por")
_SENTENCE_GAP: Final = re.compile(r"[.:;!?\n]")
_SAINTLY: Final = ("San ", "Santa ", "Santo ", "Señor ", "Virgen ", "Nuestra ")


def _without_place(name: str) -> str:
    """ "el grupo Llamas de Amor de Lima", "Peniel de Huachipa, que es la misma iglesia":
    with its head word left outside, the name is
    told apart without the known city after it, which stays; a village ("de
    Chilcapite", not a known place) is the group's own."""
    head, sep, last = name.rpartition(" de ")
    if not sep or normalize_token(last) not in PLACE_WORDS:
        return name
    if name.startswith(_SAINTLY) and " de " not in head:
        return name  # "Santa Rosa de Lima" is the whole name
    if all(normalize_token(t) in _NOT_SINGLE or t in _JOINERS for t in _TOKEN.findall(head)):
        return name  # "Hijos de Manta", "Unidos de Lima": the place is what tells it apart
    if _ARTICLE_AND_WORD.fullmatch(head):
        # "la orquesta Los Ruiseñores de Acobamba", "el grupo Las Palomitas de Yauli": an
        # article and one word name many bands and groups; their town tells this one apart.
        return name
    return head


_ARTICLE_AND_WORD: Final = re.compile(rf"(?:Los|Las|El|La)\s+[{_UP}][\wáéíóúñü'’\-]*")


_SCHOOL_HEAD: Final = re.compile(
    rf"(?:Colegio|Escuela|I\.\s?E\.|IE|I\.E\.P\.|{_SCHOOL_CODES}|Instituci[oó]n\s+Educativa|"
    r"Liceo)\s"
)
# Migrants' associations are named after where they meet: "... en Ica" is part of the name.
_GROUP_HEAD: Final = re.compile(
    r"(?:Asociaci[oó]n|Club|Centro|Hermandad|Cofrad[ií]a|Federaci[oó]n|Comit[eé]|Colonia|"
    # A consortium is named for its work and year: "Consorcio Vial Acobamba 2021".
    r"Movimiento|Liga|Red|Comunidad|Consorcio)\s"
)
# A group of those who live away names where they meet: "Asociación de Residentes
# San Luis de Huancavelica en Ica", "Club Hijos de Manta en Lima", "Asociación Cultural
# Sañayca en Lima". A group whose name already closes with its village ends before "en"
# and its place, which is where it meets ("la Hermandad Virgen de la Candelaria de Manta
# en [Comas]").
_OWN_VILLAGE: Final = re.compile(rf"\sde\s+[{_UP}][\wáéíóúñü'’\-]*$")
_RESIDING: Final = re.compile(
    r"\b(?:Residentes?|Radicad[oa]s|Hij[oa]s|Colonia|Migrantes|Paisanos|Unid[oa]s)\b"
)
# "... de Chilcapite", "... en Surco" closing a name: one capitalized word.
_VILLAGE_TAIL: Final = re.compile(rf"\s+(?P<prep>de|en)\s+[{_UP}][\wáéíóúñü'’\-]*\.?$")
_LOCATED_AFTER: Final = re.compile(rf",?\s+en\s+[{_UP}]")
# A group's city after a dash, as its letterhead writes it: "Centro Social Antaccocha - Ica".
_DASHED_PLACE: Final = re.compile(
    rf"[ \t]+[-–][ \t]+[{_UP}][\wáéíóúñü]+(?:[ \t]+[{_UP}][\wáéíóúñü]+)?"
)
_NUMBER: Final = re.compile(r"N[º°o]\.?\s?\d+|\d{3,}")
# The devotion a school is named after, said with its "de": "Señor de Ánimas".
_DEVOTIONS: Final = (" Señor", " Virgen", " Señora", " Cruz", " Niño")


def _without_village(name: str) -> str:
    """Cut the place that closes a name already told apart by what comes before it: a
    school's village after its number and a name of two words ("I.E. N° 30756 José
    Carlos Mariátegui de [Chilcapite]") or a name with its own "de" ("Colegio Nacional
    La Victoria de Ayacucho de [Huancavelica]"); where it is ("Clínica San Pablo en
    [Surco]"). A school told apart by its number alone or a one-word name keeps its
    village, which says which one it is ("I.E. N° 30487 de Chilcapite", "I.E. Nº 30872
    Libertadores de Antaccocha"); "Santa Rosa de Lima", a group's "Centro Social
    Chilcapite de Ica" and "Asociación de Residentes Hijos de Manta" are whole names;
    "Ayuda en Acción" has one word before "en"."""
    tail = _VILLAGE_TAIL.search(name)
    if tail is None:
        return name
    head = name[: tail.start()]
    if head.endswith(_DEVOTIONS):
        return name  # "I.E. N° 30287 Señor de Ánimas": the devotion's whole name
    rest = _HEAD_PREFIX.sub("", head)
    capitals = len(_CAPITALIZED.findall(rest))
    if tail.group("prep") == "en":
        if _GROUP_HEAD.match(name) and (_RESIDING.search(head) or not _OWN_VILLAGE.search(head)):
            # "Asociación de Residentes San Luis de Huancavelica en Ica", "Asociación
            # Cultural Sañayca en Lima": the group of those who live away.
            return name
        told_apart = capitals >= 2 or normalize_token(name.rsplit(" ", 1)[-1]) in PLACE_WORDS
        return head if told_apart else name
    if not _SCHOOL_HEAD.match(name) or (rest.startswith(_SAINTLY) and " de " not in rest):
        return name
    number = _NUMBER.search(rest)
    if number is None:
        # "I.E. Inca Pachacútec de Manta": without a number the village is part of the name.
        return head if " de " in rest else name
    named = rest[number.end() :]
    return head if " de " in named or len(_CAPITALIZED.findall(named)) >= 2 else name


def _without_period(name: str) -> int:
    # "...Runa Ñawi." ends a sentence; "...Cafetalera S.A.C." keeps its abbreviation.
    last = name.rsplit(" ", 1)[-1]
    return (
        len(name) - 1
        if last.endswith(".") and last.count(".") == 1 and len(last) > 3
        else len(name)
    )


def _names_someone(name: str, *, skip_head: bool) -> bool:
    tokens = _TOKEN.findall(name)
    if skip_head:
        tokens = tokens[1:]
    # Read up to the first word that is neither generic nor a place, not all of them.
    return any(normalize_token(t) not in _GENERIC_OR_PLACE for t in tokens)


_GENERIC_OR_PLACE: Final = _GENERIC | PLACE_WORDS


def _strip_leading_words(name: str) -> str:
    # "Trabajo con Tarpuy Wasi": the apposition's name starts after sentence words.
    parts = name.split()
    while parts and normalize_token(parts[0]) in _SENTENCE_START:
        parts.pop(0)
    return " ".join(parts)


_SENTENCE_START: Final = words(
    "yo el la los las en con de del a al para por mi su nuestra nuestro trabajo estoy soy "
    "trabaje trabaja trabajaba trabajo trabajamos estudia estudio estudie estudiaba estudian "
    "vive vivo vivia vivimos esta estoy estuve estaba entro entre ingreso ingrese postula "
    "postule vino llego fui fue conoci "
    # Words a speaker opens with: "Bueno, nuestra asociación se llama..."
    "bueno pues claro entonces ahora ya si no bien este oiga mire mira"
)
# Built once: asked of each word of a name that may open with a verb.
_NOT_ENGLISH_NAME: Final = _SENTENCE_START | SENTENCE_WORDS | _JOINERS


# An acronym told as the nickname of a name said before it: "el Centro Illa, que todos
# conocen como CEI", "la ONG Sumaq Kawsay, SK como le dicen", "lo llaman CEI".
_KNOWN_AS: Final = re.compile(
    r"(?:\bconoc[a-z]*\s+como|\b(?:le|lo|la|les|los|las|nos)\s+(?:dicen|decimos|llaman|"
    r"llamamos)|\bsiglas(?:\s+son)?)\s+(?:(?:el|la|los|las)\s+)?$"
)
_KNOWN_AFTER: Final = re.compile(
    r"\s+como\s+(?:le|lo|la|les|los|las|nos)\s+(?:dicen|decimos|llaman|llamamos|conocen)\b"
)
_BARE_DEFINED: Final = re.compile(r"(?:,|\()\s*$")
# A state body or programme defines its acronym too, and is research content:
# "Dirección Regional Agraria, DRA", "Programa Nacional de Becas, PRONABEC".
_STATE_WORDS: Final = words(
    """
    nacional regional municipal provincial distrital ministerio direccion gobierno gerencia
    subgerencia oficina superintendencia defensoria fiscalia juzgado policia ejercito estado
    estatal publico publica sistema seguro registro servicio
    """
)
_NAME_WORD: Final = re.compile(r"[\wáéíóúñü'’\-]+")


def _defined_acronyms(text: str, acronyms: list[re.Match[str]]) -> list[Span]:
    """``acronyms`` are `_ACRONYM`'s matches in ``text``."""
    spans: list[Span] = []
    for m in acronyms:
        # Defined right after its name: "Centro de Apoyo Rural, el CAR" or "(CAR)".
        before = text[max(0, m.start() - _MAX_BEFORE) : m.start()]
        defined = _DEFINED.search(text, max(0, m.start() - 6), m.start())
        if defined is not None:
            if _spells(m.group(), _CAPITALIZED.findall(before)):
                spans.append(Span(m.start(), m.end(), ONG))
                # "el Frente de Defensa de Ccasapata, el FEDECC": the name it spells too.
                comma = text.rfind(",", defined.start(), m.start())
                named = _spelled_name(text, comma, m.group()) if comma >= 0 else None
                if named is not None and _plain_name(text[named[0] : named[1]]):
                    spans.append(Span(named[0], named[1], ONG))
            continue
        if _public_acronym(m.group()):
            continue  # "Unidad de Gestión Educativa Local, UGEL" stays
        # "Acción Rural por la Niñez, ARNI, en Acobamba": the name right before the comma
        # spells it; both are the organization.
        bare = _BARE_DEFINED.search(text, max(0, m.start() - 3), m.start())
        name = _spelled_name(text, bare.start(), m.group()) if bare else None
        if name is not None:
            if _plain_name(text[name[0] : name[1]]):
                spans += [Span(m.start(), m.end(), ONG), Span(name[0], name[1], ONG)]
            continue
        told = _KNOWN_AS.search(text, max(0, m.start() - 30), m.start()) or (
            bare and _KNOWN_AFTER.match(text, m.end())
        )
        capitals = _CAPITALIZED.findall(before)
        # Known as it: the name it spells may leave a word out ("Chaska Wasi … ACHADER").
        spelled = _spells(m.group(), capitals, skips=1)
        if told and spelled and not _state_name(before):
            spans.append(Span(m.start(), m.end(), ONG))
        elif _spells_a_head(m.group(), capitals) and not _state_name(before):
            # Said without a cue, four letters or more that spell a name opening on its
            # head word just before: "la Asociación de Productores Lecheros de Antaccocha.
            # / APLA le decimos", "Contratistas Mineros Huaytará S.A.C., … salía COMIHSA".
            spans.append(Span(m.start(), m.end(), ONG))
    return spans


_LEAST_SPELLED: Final = 4


def _spells_a_head(acronym: str, capitals: list[str]) -> bool:
    """Whether ``acronym`` (four letters at least) spells, without leaving a word out,
    capitalized words from a head word on."""
    return len(acronym) >= _LEAST_SPELLED and any(
        normalize_token(word) in _ACRONYM_HEADS and _spells(acronym, capitals[k:], opening=True)
        for k, word in enumerate(capitals)
    )


# Head words an organization's name opens on, plural too ("Contratistas Mineros …").
_ACRONYM_HEADS: Final = words(
    "asociacion asociaciones contratistas contratista cooperativa centro comite club "
    "empresa federacion fundacion instituto organizacion sociedad union consorcio"
)


# An organization's acronym set off right after its name, spelled or not, with a
# branch's letter after a hyphen: "la Central de Rondas Campesinas de la Provincia de
# Huancavelica, CERCAP-H se llama corto".
_ACRONYM_AFTER: Final = re.compile(
    rf",\s+(?:(?:el|la|los|las)\s+)?(?P<acronym>[{_UP}]{{3,8}}(?:-[{_UP}\d]{{1,3}})?)(?=[\s,.;:)]|$)"
)


def _acronyms_after(text: str, spans: list[Span]) -> list[Span]:
    found: list[Span] = []
    for span in spans:
        m = _ACRONYM_AFTER.match(text, span.end)
        if m is None or m.start() != span.end or span.end - span.start < 12:
            continue
        acronym = m.group("acronym")
        if not _public_acronym(acronym.split("-")[0]) and normalize_token(acronym) not in (
            _NOT_ACRONYMS
        ):
            found.append(Span(m.start("acronym"), m.end("acronym"), ONG))
    return found


def _plain_name(name: str) -> bool:
    """Neither a person's ("Julián Ayala Rojas, JAR") nor a state body's name."""
    first = _NAME_WORD.match(name)
    return (
        first is not None
        and normalize_token(first.group()) not in GIVEN_NAMES
        and not _state_name(name)
    )


def _public_acronym(acronym: str) -> bool:
    norm = normalize_token(acronym)
    return any(tokens == (norm,) for tokens, _ in PUBLIC_NAMES.get(norm, ()))


def _state_name(name: str) -> bool:
    norms = [normalize_token(t) for t in _NAME_WORD.findall(name)]
    if any(n in _STATE_WORDS for n in norms):
        return True
    return any(
        tuple(norms[i : i + len(tokens)]) == tokens
        for i, n in enumerate(norms)
        for tokens, _ in PUBLIC_NAMES.get(n, ())
    )


def _spelled_name(text: str, end: int, acronym: str) -> tuple[int, int] | None:
    """The capitalized words (and joiners) right before ``end`` that spell ``acronym``
    exactly, each capitalized word giving a prefix of itself: "Programa de Desarrollo
    Huancavelica" spells PRODEHUA, "Semillas del Ande" SEDA."""
    found = list(_NAME_WORD.finditer(text, max(0, end - _MAX_BEFORE), end))
    run: list[re.Match[str]] = []
    for w in reversed(found):
        gap = text[w.end() : run[-1].start() if run else end]
        if gap.strip() or not (w.group()[:1].isupper() or w.group() in _JOINERS):
            break
        run.append(w)
    run.reverse()
    while run and not run[0].group()[:1].isupper():
        run.pop(0)
    if len(run) < 2:
        return None
    letters = acronym.casefold()
    folded = [normalize_token(w.group()) for w in run]
    capital = [w.group()[:1].isupper() for w in run]
    spells = spelled_from(letters, folded, capital)
    for first in range(len(run) - 1):
        if capital[first] and spells(first):
            return run[first].start(), run[-1].end()
    return None


def _spells(acronym: str, capitals: list[str], *, skips: int = 0, opening: bool = False) -> bool:
    """Whether ``acronym`` is made of prefixes of consecutive capitalized words, leaving
    out at most ``skips`` of them ("Asociación Chaska Wasi para el Desarrollo Rural" is
    ACHADER without "Wasi"); with ``opening``, from the first word on."""
    letters = acronym.casefold()
    folded = [normalize_token(word) for word in capitals]

    def rest(k: int, pos: int, left: int) -> bool:
        if pos == len(letters):
            return True
        if k >= len(folded):
            return False
        word = folded[k]
        take = 0
        while take < len(word) and pos + take < len(letters) and word[take] == letters[pos + take]:
            take += 1
            if rest(k + 1, pos + take, left) or (left and rest(k + 2, pos + take, left - 1)):
                return True
        return False

    return any(rest(first, 0, skips) for first in range(1 if opening else len(folded)))


def _later_mentions(words_: Words, spans: list[Span]) -> list[Span]:
    """Other places in the text where the distinctive part of a found name occurs."""
    if not spans:
        return []  # every mention is of a found name
    text = words_.text
    names: set[str] = set()
    singles: set[str] = set()
    firm_words: set[str] = set()
    unsuffixed: set[str] = set()
    lowercase: set[tuple[str, ...]] = set()
    lower_singles: set[str] = set()
    ours: set[tuple[str, ...]] = set()
    for span in spans:
        whole = text[span.start : span.end]
        key = tuple(normalize_token(t) for t in _TOKEN_HYPHEN.findall(whole))
        if key and whole.islower() and (" " in whole or _plural_word(key[0])):
            lowercase.add(key)
            if len(key) >= 3 and key[0] in LOWER_HEAD_NOUNS and key[1] not in PARTICLES:
                # Said again without its kind: "la ong yachay tarpuy … con yachay tarpuy".
                lowercase.add(key[1:])
            # "la ong warmikuna rikcharisun, ... los de rikcharisun": its last word, a
            # long Quechua one, said alone (short or common ones, "runa", "sumaq", are
            # words of the language again).
            if len(key[-1]) >= 6 and _quechua(key[-1]) and key[-1] not in NEVER_REDACT_ALONE:
                lower_singles.add(key[-1])
            if _plural_word(key[0]):
                lowercase.add(key[:1])  # "la dunas": a singular article before a plural
        elif (
            len(key) == 1
            and whole.isupper()
            and whole.isalpha()
            and len(whole) >= 4
            and key[0] not in _LOWER_STOPS
        ):
            # An acronym said again as a word, in lowercase and in the plural for its
            # people: "el IPEDA … 'los ipeda', a los técnicos 'las ipedas'".
            lower_singles.update((key[0], key[0] + "s"))
        elif len(key) == 1 and whole.islower() and _unknown_single(key[0]):
            # "la asociación, apropal, ... el secretario de apropal": a one-word name no
            # dictionary has is the group again wherever it is said after "de" or "con".
            lower_singles.add(key[0])
        # "Constructora Andes Sur Ltda." is "Andes Sur" later on: the legal suffix is
        # never said again. A one-word name is often a mountain's or a town's
        # ("Constructora Huaytapallana S.A.C.", "del Huaytapallana"): only the whole goes.
        surface = _LEGAL_END.sub("", whole)
        if _FOREIGN_END.search(whole) or _FOREIGN_TAIL.search(surface):
            firm_words |= _firm_words(surface)
        tail = _HEAD_PREFIX.sub("", surface)
        if " " not in tail:
            surface = whole
            tail = _HEAD_PREFIX.sub("", surface)
        # Said after "de", a firm's words without its suffix may be the fiesta or the
        # saint it is named after ("Textiles Gran Poder S.R.L.", "la fiesta del Gran Poder").
        target = names if surface == whole else unsuffixed
        if tail and _names_someone(tail, skip_head=False) and len(tail) >= 3:
            target.add(tail)
        # "Centro de Derechos Humanos Runa Ñawi" is "Runa Ñawi" later on, "Asociación de
        # Residentes Hijos de Manta" is "Hijos de Manta"; never the place after a last
        # "de" alone ("... Santa Rosa de [San Luis]").
        # "Club Social Hijos de Pucará en Lima" is "Hijos de Pucará" later on.
        last = _LAST_CAPITALS.search(_EN_TAIL.sub("", surface))
        if last:
            parts = last.group().split()
            for k in range(len(parts) - 1):
                rest = parts[k:]
                if not rest[0][:1].isupper() or sum(p[:1].isupper() for p in rest) < 2:
                    continue
                if k and parts[k - 1] in _OF and not any(p in _OF for p in rest):
                    continue
                if k and " ".join(rest).startswith(_SAINTLY):
                    continue  # "Hatun San Luis" is not "San Luis", the village, later on
                if _names_someone(" ".join(rest), skip_head=False):
                    target.add(" ".join(rest))
        last_word = _LAST_WORD.search(surface)
        if last_word is not None and _distinctive(last_word.group(1), last_word.group(2)):
            singles.add(normalize_token(last_word.group(2)))
        # A Quechua name without a head word is said short by its first word too: "Tarpuq
        # Makikuna, … al principio Tarpuq solo tenía dos técnicos" (a Spanish first word,
        # "Soluciones", is a word again).
        # "Pollería El Dragón Andino … En el Dragón": the word after the name's article.
        opening = _OPENING_WORD.match(tail) or _OPENING_AFTER_ARTICLE.match(tail)
        if (tail != surface or surface != whole) and opening is not None:
            # "la Asociación Chirapa para el Desarrollo Rural … En Chirapa estamos viendo",
            # "Santos Landscaping LLC … En Santos trabajábamos doce": the word its name
            # opens on, where its staff speak from (`_we_inside`); and its own words
            # after the head ("Empresa de Transportes Sierra Andina E.I.R.L. … En Sierra
            # Andina somos ocho").
            ours.add((normalize_token(opening.group(1)),))
            own = _OWN_WORDS.search(tail)
            if own is not None:
                run = [normalize_token(t) for t in own.group().split()]
                ours.update(tuple(run[k:]) for k in range(len(run) - 1))
        first_word = _FIRST_WORD.match(surface)
        if (
            tail == surface
            and first_word is not None
            and _QUECHUA_SPELLING.search(first_word.group(1))
            and _distinctive("X", first_word.group(1))
        ):
            singles.add(normalize_token(first_word.group(1)))
    found = _find_names(words_, names) + _find_single_words(words_, singles)
    # A name found capitalized, typed lowercase later: "ONG Manos Andinas … los de manos
    # andinas", "Iglesia … Monte de Sión … los monte de sion": two words of its own at
    # least, after an article, a preposition or a kind typed lowercase ("la coopac nueva
    # alborada"). Not a name of Quechua words ("ONG Sumaq Kawsay … el sumaq kawsay, el
    # buen vivir": the idea) nor one opening on a common word ("Club de Madres Flor de
    # Retama … la flor de retama que es amarilla": the flower).
    keys = {tuple(map(normalize_token, _TOKEN_HYPHEN.findall(name))) for name in names}
    owned = {
        key
        for key in keys
        if len(key) - sum(k in PARTICLES for k in key) >= 2 and key[0] not in PARTICLES
    }
    retyped = {key for key in owned if key[0] not in COMMON_WORDS and not any(map(_quechua, key))}
    if retyped:
        found += _find_lowercase_names(words_, retyped, after_kind=True)
    if owned:
        # Its members, by the name in lowercase, whatever its words: "las de qori tanta ya
        # somos conocidas", "las señoras de rumi sonqo nos reunimos", "las de flor de
        # retama nos enseñan" (the idea or the flower is never "las de").
        found += _members_of_lowercase(words_, owned)
    found += _initials_of(words_, spans)
    found += _club_by_its_place(words_, spans)
    found += _spoken_from(words_, {name for name in ours if name[0] not in singles})
    found += _where_one_works(words_, ours)
    found += [
        span
        for span in _find_names(words_, unsuffixed - names)
        if not _AFTER_OF.search(text, max(0, span.start - 5), span.start)
    ]
    found += _find_single_words(words_, firm_words, after_preposition=True)
    if lowercase:
        found += _find_lowercase_names(words_, lowercase)
        found += _said_short(words_, lowercase)
    if lower_singles:
        found += _find_lowercase_singles(words_, lower_singles)
    if spans and any(map(text.__contains__, _QUOTES)):
        found += _quoted_short_names(text, spans)
    lowered = lowercased(text)  # the same text is folded by other rules: kept
    if "los de " in lowered or "las de " in lowered:
        found += _members_of(words_, spans)
    found += _after_article(words_, spans)
    return [span for span in found if not _devotion_mention(text, span)]


# A school or a cooperative named after a saint is the saint again on the saint's day:
# "estudia en el Santa Teresita ... nació el día de Santa Teresita".
_DEVOTION_BEFORE: Final = re.compile(
    r"(?<!\w)(?:d[ií]a|fiesta|festividad|procesi[oó]n|devot[oa]s?|imagen|misa|novena|"
    # Or the quarter it is named after: "queda en el barrio de Santa Ana, por eso el nombre".
    r"patr[oó]n|patrona|barrio|zona|distrito|pueblo|anexo|urbanizaci[oó]n)\s+(?:de|del)\s+"
    r"(?:la\s+)?$",
    re.IGNORECASE,
)


def _devotion_mention(text: str, span: Span) -> bool:
    return text.startswith(_SAINTLY, span.start) and (
        _DEVOTION_BEFORE.search(text, max(0, span.start - 24), span.start) is not None
    )


# Words of a name that an article before them makes a devotion, a quarter or a region
# again: "la Virgen", "el Sur", "los Andes", "el Centro".
_NOT_SHORT: Final = words(
    "virgen santisima santisimo senor senora nino cristo sur norte este oeste andes valle "
    "centro oriente sierra selva costa pampa"
)


def _after_article(words_: Words, spans: list[Span]) -> list[Span]:
    """One capitalized word of a found organization's name said again after a lowercase
    article, as its short name: "ONG Muyu Kawsay … en la Muyu", "Agroindustrias Kallpa
    Sumaq S.A.C. … en la Sumaq". Only a word no lexicon lists (a place, a given name, a
    common word, a head word, a devotion or a region's word is no short name), closing
    its name run; never the place a name ends on after "de" ("… de Topará")."""
    text, norms, tokens, gaps = words_.text, words_.norms, words_.words, words_.gaps
    named: set[str] = set()
    members: set[str] = set()
    saints: set[tuple[str, ...]] = set()
    for span in spans:
        if span.kind != ONG:
            continue
        tokens_ = _TOKEN.findall(_LEGAL_END.sub("", text[span.start : span.end]))
        capitals = [t for t in tokens_ if t[:1].isupper()]
        # Its own word: the first after its head ("ONG Muyu Kawsay"), or the last one
        # unless a place's ("Confecções Estrela do Brás", "Hospital de La Palma"). A name
        # of one word after its head is often a mountain's or a town's: only the whole
        # goes ("Ladrillera Rasuwillca S.A.C. … se ve el Rasuwillca").
        if len(capitals) < _LEAST_CAPITALS:
            continue
        ends = capitals[1:2]
        if len(tokens_) > 1 and normalize_token(tokens_[-2]) not in _BEFORE_PLACE:
            ends += capitals[-1:]
        for token in ends:
            norm = normalize_token(token)
            if len(norm) >= 4 and _short_name(norm):
                named.add(norm)
            if len(norm) >= 4 and _members_short_name(norm):
                members.add(norm)  # "Club Bellavista Unido … los del Unido ganamos"
        # A name ending on a saint's: "Agroindustrias San Cayetano S.A.C. … en la San
        # Cayetano", "Instituto Superior San Gabriel … en el San Gabriel".
        # Its place after "de" is left out: "Instituto San Gabriel de Huancayo".
        # A saint of two names too: "Asociación de Residentes San Juan Bautista de
        # Chilcapite … con la San Juan Bautista".
        named_part = tokens_[:-2] if len(tokens_) > 3 and tokens_[-2] in ("de", "del") else tokens_
        for size in (2, 3):
            if len(named_part) > size and normalize_token(named_part[-size]) in _SAINT_TITLES:
                saints.add(tuple(normalize_token(t) for t in named_part[-size:]))
                break
    found = _saint_after_article(words_, spans, saints)
    n = len(norms)
    for i in compress(range(n), map((members & words_.vocabulary).__contains__, norms)):
        # Its members by the word said capitalized after "los del": a common word there
        # is the club or the group ("los del Unido ganamos el campeonato").
        if (
            i >= 2
            and tokens[i][:1].isupper()
            and tokens[i - 1] == "del"
            and norms[i - 2] in ("los", "las")
            and not any(s.start <= words_.starts[i] < s.end for s in spans)
        ):
            found.append(Span(words_.starts[i], words_.ends[i], ONG))
    present = named & words_.vocabulary
    if not present:
        return found
    for i in compress(range(n), map(present.__contains__, norms)):
        if i == 0 or not tokens[i][:1].isupper() or tokens[i - 1] not in _ARTICLES_SHORT:
            continue  # "en La Plata": the article is the place's own
        if gaps[i] != " " or (i + 1 < n and gaps[i + 1] == " " and tokens[i + 1][:1].isupper()):
            continue  # part of a longer name: "la Muyu Kawsay" is found whole
        if any(s.start <= words_.starts[i] < s.end for s in spans):
            continue
        found.append(Span(words_.starts[i], words_.ends[i], ONG))
    return found


_ARTICLES_SHORT: Final = frozenset({"la", "el"})


_INITIALED: Final = words("de del y")


def _initials_of(words_: Words, spans: list[Span]) -> list[Span]:
    """A found organization said again by the initials of its capitalized words, from its
    first or from the one after its head ("Jóvenes Emprendedores Andinos … JEA iba a dar",
    "Agroexportadora Valle Dorado S.A. … o la VD"), by the initials of all but its last
    words and those words ("Club Social Deportivo Ccollpa … el CSD Ccollpa"), or by its
    two own words run together ("la Valledorado"). Two letters, and words run together,
    only after an article; never a public body's acronym."""
    text = words_.text
    initials: dict[str, tuple[str, ...]] = {}
    joined: set[str] = set()
    for span in spans:
        if span.kind != ONG:
            continue
        tokens_ = _TOKEN.findall(_LEGAL_END.sub("", text[span.start : span.end]))
        capitals = [t for t in tokens_ if t[:1].isupper() and not t.isupper()]
        if len(capitals) < 2:
            continue
        firsts = [0, 1] if normalize_token(capitals[0]) in HEAD_WORDS else [0]
        for first in firsts:
            run = capitals[first:]
            letters = "".join(normalize_token(t)[0] for t in run)
            for size in range(2, len(run) + 1):
                rest = tuple(normalize_token(t) for t in run[size:])
                initials.setdefault(letters[:size], rest)
            if first and len(run) == 2:
                joined.add(normalize_token(run[0]) + normalize_token(run[1]))
        # "Hijos de Ccollpa (HDC)": the initials of the whole name, its "de" with them.
        whole = [t for t in tokens_ if t[:1].isupper() or normalize_token(t) in _INITIALED]
        if len(whole) > len(capitals) >= 2 and whole[0][:1].isupper():
            initials.setdefault("".join(normalize_token(t)[0] for t in whole), ())
    spelled = words_.vocabulary.intersection(initials)
    joined &= words_.vocabulary
    if not spelled and not joined:
        return []  # no word of the text spells a found name's initials
    norms, starts, n = words_.norms, words_.starts, len(words_.norms)
    found: list[Span] = []
    for m in _ALL_CAPITALS.finditer(text) if spelled else ():
        letters = normalize_token(m.group())
        said = initials.get(letters)
        if said is None or _public_acronym(m.group()) or letters in _NOT_ACRONYMS:
            continue
        i = bisect_left(starts, m.start())
        if i >= n or starts[i] != m.start():
            continue
        after_article = i > 0 and norms[i - 1] in _ARTICLES_BEFORE_INITIALS
        # "el Centro Yanantin (CY)": given in brackets after the name.
        bracketed = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
        if len(letters) == 2 and not said and not after_article and not bracketed:
            continue
        if said and tuple(norms[i + 1 : i + 1 + len(said)]) != said:
            continue
        last = i + len(said)
        if any(sp.start < words_.ends[last] and starts[i] < sp.end for sp in spans):
            continue
        found.append(Span(starts[i], words_.ends[last], ONG))
    for i in compress(range(1, n), map(joined.__contains__, norms[1:])):
        if norms[i - 1] in _ARTICLES_BEFORE_INITIALS:
            found.append(Span(starts[i], words_.ends[i], ONG))
    return found


def find_worked_in_short(words_: Words, spans: list[Span]) -> list[Span]:
    """A found firm or person said short by the last word of the name right after a verb
    of working and "en": "Textiles Yupanqui … todos decíamos 'trabajo en Yupanqui'" (a
    surname there is the family's firm or house, as identifying as the person)."""
    if WORK_CUES.isdisjoint(words_.vocabulary):
        return []
    lasts = {
        last
        for first, last in _first_and_last(words_.text, spans, (ONG, PERSONA))
        if last not in PLACE_WORDS and last not in ELSEWHERE_WORDS and last not in _HEAD_WORDS
    }
    present = lasts & words_.vocabulary
    if not present:
        return []
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    found: list[Span] = []
    for i in compress(range(n), map(present.__contains__, norms)):
        if i < 2 or not tokens[i][:1].isupper() or norms[i - 1] != "en":
            continue
        if norms[i - 2] not in WORK_CUES or (
            i + 1 < n and gaps[i + 1] == " " and tokens[i + 1][:1].isupper()
        ):
            continue
        if any(sp.start <= words_.starts[i] < sp.end for sp in spans):
            continue
        found.append(Span(words_.starts[i], words_.ends[i], ONG))
    return found


def find_letters_said_first(words_: Words, spans: list[Span]) -> list[Span]:
    """An organization's letters typed as a word, then what they stand for after "o
    sea", and the same word wherever it is said again after an article or a preposition:
    "tesorero de la ahar o sea la asociacion hijos de antaccocha … la ahar no tiene ruc"."""
    text = words_.text
    if " o sea" not in text:
        return []
    letters = set()
    for span in spans:
        if span.kind != ONG:
            continue
        short = _SAID_SHORT_BEFORE.search(text, max(0, span.start - 30), span.start)
        if short is not None and short.group(1) not in _LOWER_STOPS:
            letters.add(short.group(1))
    return _find_lowercase_singles(words_, letters) if letters else []


_ALL_CAPITALS: Final = re.compile(rf"(?<![\w.])[{_UP}]{{2,8}}(?!\w|\.\w)")
_ARTICLES_BEFORE_INITIALS: Final = words("la el los las del al")
_SAINT_TITLES: Final = words("san santa santo")


def _saint_after_article(
    words_: Words, spans: list[Span], saints: set[tuple[str, ...]]
) -> list[Span]:
    """A found organization named after a saint, said again by the saint's name after a
    lowercase article: "en la San Cayetano" (the firm), never "en San Cayetano" (the place
    or the fiesta)."""
    if not saints:
        return []
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    found: list[Span] = []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in saints:
        by_first.setdefault(name[0], []).append(name)
    present = by_first.keys() & words_.vocabulary
    for i in compress(range(n - 1), map(present.__contains__, norms[: n - 1])):
        saint = next(
            (name for name in by_first[norms[i]] if tuple(norms[i : i + len(name)]) == name),
            None,
        )
        if i == 0 or saint is None or not _short_article(words_, i - 1):
            continue
        last = i + len(saint) - 1
        if any(gaps[k] != " " or not tokens[k][:1].isupper() for k in range(i + 1, last + 1)):
            continue
        if gaps[i] != " " or (
            last + 1 < n and gaps[last + 1] == " " and tokens[last + 1][:1].isupper()
        ):
            continue  # part of a longer name
        if any(s.start <= words_.starts[i] < s.end for s in spans):
            continue
        if _FEAST_DAY.match(words_.text, words_.ends[last]):
            continue  # "la Santa Bárbara es el 4 de diciembre": the saint's day
        # Keyed like any name, so the allow-list does not take it for the fiesta.
        key = "t:" + " ".join(sorted(set(norms[i : last + 1])))
        found.append(Span(words_.starts[i], words_.ends[last], ONG, key))
    return found


_FEAST_DAY: Final = re.compile(
    r"\s+(?:es|era|cae|caía|se\s+celebra|se\s+festeja)\s+(?:el\s+)?"
    rf"(?:\d|primero\b|{NUMBER_WORD_PATTERN}\s+de\b)",
    re.IGNORECASE,
)


def _short_article(words_: Words, k: int) -> bool:
    """Whether word ``k`` is "la" or "el" as an article before a short name: lowercase,
    or opening a sentence ("La Santa Cruz nos compraba el grano…")."""
    token = words_.words[k]
    if k > 0 and words_.norms[k - 1] in ("de", "del"):
        return False  # "la fiesta de la Santa Cruz": the devotion
    return token in _ARTICLES_SHORT or (
        token in ("La", "El") and (k == 0 or _SENTENCE_BEFORE.search(words_.gaps[k]) is not None)
    )


_SENTENCE_BEFORE: Final = re.compile(r"[.!?\n]\s*$")


_LEAST_CAPITALS: Final = 3
_BEFORE_PLACE: Final = words("de del do da dos das di la el los las")


def _never_short(norm: str) -> bool:
    """Whether a word of an organization's name is a place's, a person's, a kind's or a
    devotion's: never its short name."""
    return (
        norm in NEVER_REDACT_ALONE
        or norm in PLACE_WORDS
        or norm in ELSEWHERE_WORDS
        or norm in GIVEN_NAMES
        or norm in _HEAD_WORDS
        or norm in _NOT_SHORT
    )


def _members_short_name(norm: str) -> bool:
    """Whether a common word of an organization's name may stand for it after "los del"."""
    return not (_never_short(norm) or norm in SENTENCE_WORDS)


def _short_name(norm: str) -> bool:
    """Whether a word of an organization's name may stand for it after an article."""
    return not (
        _never_short(norm)
        or norm in COMMON_WORDS
        or norm in _GENERIC
        or norm in _NOT_SINGLE
        or norm in _LEGAL_FORMS
    )


# Its members by one word of a found name: "inversiones ñawpaq s.a.c. … los de ñawpaq
# pagan puntual" (Quechua words and words of the language too, as "los de" makes them a
# group); never its kind, a legal form, a place or a word of two or three letters.
_MEMBERS: Final = re.compile(r"\b(?:los|las)\s+de\s+(?:(?:la|el)\s+)?(\w{4,})\b", re.IGNORECASE)


_LAST_OF_PLACE: Final = re.compile(r"\b(?:de|del)\s+(\w+)$")


def _members_of(words_: Words, spans: list[Span]) -> list[Span]:
    text = words_.text
    named: set[str] = set()
    for span in spans:
        if span.kind != ONG:
            continue
        for token in _TOKEN.findall(text[span.start : span.end]):
            norm = normalize_token(token)
            if norm in _HEAD_WORDS or norm in _LEGAL_FORMS or norm in PLACE_WORDS:
                continue
            named.add(norm)
        # The place a name ends on is no member's name: "… de Andamarca", "los de Andamarca".
        last = _LAST_OF_PLACE.search(text, span.start, span.end)
        if last is not None:
            named.discard(normalize_token(last.group(1)))
    found: list[Span] = []
    for m in _MEMBERS.finditer(text):
        if normalize_token(m.group(1)) not in named:
            continue
        if any(s.start <= m.start(1) < s.end for s in spans):
            continue
        end = m.end(1)
        # The rest of the name said with it: "los de Nueva Generación".
        for more in _NEXT_CAPITAL.finditer(text, end):
            if more.start() != end or normalize_token(more.group(1)) not in named:
                break
            end = more.end()
        found.append(Span(m.start(1), end, ONG))
    return found


_NEXT_CAPITAL: Final = re.compile(rf"[ \t]+([{_UP}][\wáéíóúñü]+)")


# A short name people give a found organization, in quotes: "la Asociación Progresista
# Chanquil, «la Progresista» le decimos", «los de la Progresista», "el Centro Social San
# Luis... le dice 'el Centro'".
_QUOTES: Final = ('"', "«", "“")
_QUOTED: Final = re.compile(
    # "«los de la Mani» nos dicen": its members, named by the short name.
    rf"[«\"“](?:(?:los|las)\s+de\s+)?(?:(?:el|la|los|las)\s+)?(?P<name>[{_UP}][\wáéíóúñü]+(?:\s+[{_UP}][\wáéíóúñü]+){{0,2}})"
    r"[»\"”]"
)


def _quoted_short_names(text: str, spans: list[Span]) -> list[Span]:
    """Quoted words that are all words of a found organization's name."""
    named = {normalize_token(t) for s in spans for t in _TOKEN.findall(text[s.start : s.end])}
    found: list[Span] = []
    for m in _QUOTED.finditer(text):
        norms = [normalize_token(t) for t in m.group("name").split()]
        if all(n in named for n in norms) and not all(n in PLACE_WORDS for n in norms):
            found.append(Span(m.start("name"), m.end("name"), ONG))
    return found


# The last word of a name and the one before it: "Sociedad Agrícola Rapel" is "Rapel"
# later on when said as the firm ("Rapel paga poco", "con Rapel"), not as a place.
_LAST_WORD: Final = re.compile(rf"(\S+)\s+([{_UP}][a-záéíóúñü]{{3,}})$")
_QUECHUA_SPELLING: Final = re.compile(r"[kwKW]|q$")
_FIRST_WORD: Final = re.compile(rf"([{_UP}][a-záéíóúñü]{{3,}})\s+[{_UP}]")
_EXPLAINED: Final = words("es significa quiere")
_PLACE_OPENERS: Final = PLACE_PREFIXES | words("villa puerto")
_PLACE_BEFORE: Final = words("en de del desde hasta a al por hacia para sobre entre")


def _distinctive(before: str, word: str) -> bool:
    norm = normalize_token(word)
    return (
        normalize_token(before) not in _OF
        and before[:1].isupper()
        and norm not in NEVER_REDACT_ALONE
        and norm not in GIVEN_NAMES
        and norm not in _HEAD_WORDS
        and norm not in _GENERIC
        and norm not in _NOT_SINGLE
    )


# A firm's own word, said alone later: "Tokai Buhin K.K., … los de Tokai", "Nettoyage
# Île-Propre SARL … en Île-Propre". Its trade ("Buhin", "Services"), a head word, a place
# or a given name is no name alone.
_LEGAL_END: Final = re.compile(
    rf"\s+(?:{_LEGAL_SUFFIX}|S\.?A\.?C\.?|S\.?A\.?A\.?|S\.?R\.?L\.?|E\.?I\.?R\.?L\.?|S\.A\.|"
    r"s\.?r\.?l\.?|s\.?a\.?c\.?|Srl|ltda\.?)\.?$"
)
# Firms abroad: a Peruvian or Brazilian firm is often named after a place or a mountain
# ("Constructora Huaytapallana S.A.C.", "el nevado, del Huaytapallana").
_FOREIGN_END: Final = re.compile(
    r"\s(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Ltd\.?|S\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|GmbH|K\.K\.|"
    r"SARL|S\.A\.R\.L\.|SAS|S\.A\.S\.|EURL)\.?$"
)
_FOREIGN_TAIL: Final = re.compile(rf"\s(?:{_TRADE_TAILS})$")
_AFTER_OF: Final = re.compile(r"(?<!\w)(?:de|del)\s+$", re.IGNORECASE)
_FIRM_WORD: Final = re.compile(rf"[{_UP_WIDE}][\wáéíóúñü'’\-]{{2,}}")


def _firm_words(surface: str) -> set[str]:
    found: set[str] = set()
    for m in _FIRM_WORD.finditer(surface):
        word, norm = m.group(), normalize_token(m.group())
        before = surface[max(0, m.start() - 5) : m.start()].split()
        if before and before[-1] in _JOINERS | {"do", "da", "di", "della"}:
            continue  # "Confecções Estrela do Brás": the place the firm is named after
        if not (
            norm in _FOREIGN_WORDS
            or norm in _HEAD_WORDS
            or norm in _GENERIC
            or norm in _NOT_SINGLE
            or norm in PLACE_WORDS
            or norm in SPELLED_FROM
            or norm in NEVER_REDACT_ALONE
            or norm in SENTENCE_WORDS
            or norm in _SENTENCE_START
            or word.isupper()
        ):
            found.add(norm)
    return found


def _find_single_words(
    words_: Words, singles: set[str], *, after_preposition: bool = False
) -> list[Span]:
    present = singles & words_.vocabulary
    if not present:
        return []
    norms, tokens, gaps = words_.norms, words_.words, words_.gaps
    found: list[Span] = []
    for i in compress(range(len(norms)), map(present.__contains__, norms)):
        if not tokens[i][:1].isupper() or (
            i
            and norms[i - 1] in _PLACE_BEFORE
            and not after_preposition
            and not _we_inside(words_, i)
        ):
            continue  # "en Pangoa" is the district a cooperative is named after
        if i + 1 < len(norms) and gaps[i + 1] == " " and tokens[i + 1][:1].isupper():
            continue  # part of another name
        if (
            i
            and gaps[i] == " "
            and tokens[i - 1][:1].isupper()
            and norms[i - 1] not in SENTENCE_WORDS
            and norms[i - 1] not in _SENTENCE_START
        ):
            continue  # "en Buenos Aires" after "... de Buenos Aires": the city's own name
        if i + 1 < len(norms) and norms[i + 1] in _EXPLAINED:
            continue  # "Tarpuy es sembrar": the word of the name, explained
        found.append(Span(words_.starts[i], words_.ends[i], ONG))
    return found


def _spoken_from(words_: Words, names: set[tuple[str, ...]]) -> list[Span]:
    """A found name's own words where its staff say "en X estamos…"; a word alone only
    when no place or word of the study's (a village, "Lima") is."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    present = by_first.keys() & words_.vocabulary
    if not present:
        return []
    norms, tokens, n = words_.norms, words_.words, len(words_.norms)
    found: list[Span] = []
    for i in compress(range(n), map(present.__contains__, norms)):
        if not i or not tokens[i][:1].isupper():
            continue
        for name in by_first[norms[i]]:
            last = i + len(name) - 1
            if tuple(norms[i : last + 1]) != name or not _we_inside(words_, i, last):
                continue
            if len(name) == 1 and (
                norms[i] in PLACE_WORDS or norms[i] in NEVER_REDACT_ALONE or norms[i] in _NOT_SINGLE
            ):
                continue
            found.append(Span(words_.starts[i], words_.ends[last], ONG))
            break
    return found


def _where_one_works(words_: Words, names: set[tuple[str, ...]]) -> list[Span]:
    """A found name's own words said as the place one works at, after "en" or "en el":
    "Agrícola Dunas del Sur S.A.C. … En Dunas te tratan más o menos", "Pollería
    El Dragón Andino … En el Dragón trabajamos". In lowercase only two words of it or a
    Quechua one ("Compañía Minera Urpi Qaqa … en urpi qaqa mismo", "Minera Qollqe Orqo …
    los que trabajan en qollqe"): "en campo", "al sur" are words."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    present = by_first.keys() & words_.vocabulary
    if not present:
        return []
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    found: list[Span] = []
    for i in compress(range(n), map(present.__contains__, norms)):
        if i < 1 or gaps[i] != " ":
            continue
        at = i - 1
        if norms[at] in _THE_ONE and at > 0 and gaps[at] == " " and norms[at - 1] == "en":
            at -= 1
        if norms[at] != "en" or (at > 0 and norms[at - 1] in _LIVED_IN):
            continue  # "vivo en Alto Esperanza": the place the cooperative is named after
        if norms[i] in _OF_SAINTS or _said_of(words_, norms[i]):
            continue  # "Agrícola Azapa Verde … en el valle de Azapa … aprendí en Azapa"
        for name in by_first[norms[i]]:
            last = i + len(name) - 1
            if tuple(norms[i : last + 1]) != name or any(g != " " for g in gaps[i + 1 : last + 1]):
                continue
            if len(name) == 1 and (
                norms[i] in PLACE_WORDS
                or norms[i] in ELSEWHERE_WORDS
                or norms[i] in NEVER_REDACT_ALONE
                or norms[i] in _NOT_SINGLE
            ):
                continue
            if last + 1 < n and gaps[last + 1] == " " and norms[last + 1] in ("de", "del"):
                continue  # "Carolina Pro Roofing LLC … en Carolina del Norte": a place's name
            bare = at == i - 1
            if not tokens[i][:1].isupper() and (
                not bare or (len(name) == 1 and not _quechua(name[0]))
            ):
                continue
            if last + 1 < n and gaps[last + 1] == " " and tokens[last + 1][:1].isupper():
                continue  # a longer name: "en Dunas Blancas", another firm
            found.append(Span(words_.starts[i], words_.ends[last], ONG))
            break
    return found


def _said_of(words_: Words, norm: str) -> bool:
    """Whether ``norm`` follows "de" or "del" somewhere in the text: what it is "of" is a
    place or a saint ("el valle de Azapa", "la Hermandad … de Buenos Aires")."""
    norms = words_.norms
    return any(norms[k - 1] in ("de", "del") for k in range(1, len(norms)) if norms[k] == norm)


_THE_ONE: Final = words("el la")
_LIVED_IN: Final = words(
    "vivo vive viven vivimos vivia vivian naci nacio nacieron radica reside estoy esta "
    "estamos estan llegue llego llegamos fui fue fuimos voy va vamos van queda quedan"
)
_OF_SAINTS: Final = words("senor senora virgen nino san santa santo santisima cruz")


# A name's own capitalized words after its head word: "Sierra Andina" of "Empresa de
# Transportes Sierra Andina".
_OWN_WORDS: Final = re.compile(rf"[{_UP}][\wáéíóúñü]+(?:\s+[{_UP}][\wáéíóúñü]+)+$")


# The first word of a name after its head word, when a word of its own ("Chirapa", not
# "de", "San", "Nuestra").
_OPENING_WORD: Final = re.compile(rf"([{_UP}][a-záéíóúñü]{{3,}})(?:\s|$)")
_OPENING_AFTER_ARTICLE: Final = re.compile(
    rf"(?:El|La|Los|Las)\s+([{_UP}][a-záéíóúñü]{{3,}})(?:\s|$)"
)


def _we_inside(words_: Words, i: int, last: int | None = None) -> bool:
    """Whether "en X" is the organization X its staff speak from: "En Sallqa estamos
    preparando…", "En Tunsho somos varios" (a verb of "we" right after), or "Trabajo en
    Paqocha, el Centro de Desarrollo Alpaquero Paqocha" (its full name set off after it)."""
    norms, gaps, n = words_.norms, words_.gaps, len(words_.norms)
    j = i if last is None else last
    if norms[i - 1] != "en" or j + 1 >= n:
        return False
    if gaps[j + 1] == " ":
        following = norms[j + 1]
        if following in _WE_ADVERBS and j + 2 < n and gaps[j + 2] == " ":
            following = norms[j + 2]  # "en Chaska también hacemos …"
        return following in _WE_VERBS or (
            following.endswith(("amos", "emos", "imos", "abamos")) and following not in _NOT_WE
        )
    return (
        gaps[j + 1].strip() == ","
        and j + 3 < n
        and norms[j + 1] in _ARTICLES
        and words_.words[j + 2][:1].isupper()
        and norms[j + 2] in _HEAD_WORDS
    )


# First person plural verbs that do not end like a regular one: "somos", "estamos"
# do; "vamos" is where they go, "mismos" is no verb.
_WE_VERBS: Final = words("somos estamos eramos estabamos fuimos hicimos tuvimos")
_NOT_WE: Final = words("mismos vamos ramos tramos primos")
_WE_ADVERBS: Final = words("tambien ya siempre todavia ahora recien")


def _first_and_last(text: str, spans: list[Span], kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    """The keys of the first and last words of each found name of ``kinds`` of two words
    or more that ends on a capitalized word (not an acronym), its legal form left out."""
    found: list[tuple[str, str]] = []
    for span in spans:
        if span.kind not in kinds:
            continue
        tokens_ = _TOKEN.findall(_LEGAL_END.sub("", text[span.start : span.end]))
        if len(tokens_) >= 2 and tokens_[-1][:1].isupper() and not tokens_[-1].isupper():
            found.append((normalize_token(tokens_[0]), normalize_token(tokens_[-1])))
    return found


def _club_by_its_place(words_: Words, spans: list[Span]) -> list[Span]:
    """A club, a centre or a school named after its village, said again by the village
    after "el" ("Club Deportivo Chilcapite … El chilcapite llegó a tener cien socios",
    "le decimos el bellavista nomás"): a village takes no article, the club does."""
    places = {
        last
        for first, last in _first_and_last(words_.text, spans, (ONG,))
        if first in _MASCULINE_HEADS and last in PLACE_WORDS
    }
    present = places & words_.vocabulary
    if not present:
        return []
    norms, tokens, gaps, n = words_.norms, words_.words, words_.gaps, len(words_.norms)
    found: list[Span] = []
    for i in compress(range(n), map(present.__contains__, norms)):
        if i == 0 or norms[i - 1] != "el" or gaps[i] != " ":
            continue
        if i + 1 < n and gaps[i + 1] == " " and tokens[i + 1][:1].isupper():
            continue  # "el Chilcapite Alto": a longer name
        if i > 1 and norms[i - 2] in _PLACE_BEFORE:
            continue  # "en el Tambo": a district with its article
        if any(sp.start <= words_.starts[i] < sp.end for sp in spans):
            continue
        found.append(Span(words_.starts[i], words_.ends[i], ONG))
    return found


_MASCULINE_HEADS: Final = words("club centro colegio comite instituto conjunto equipo circulo")


def _members_of_lowercase(words_: Words, keys: set[tuple[str, ...]]) -> list[Span]:
    firsts = {key[0] for key in keys} & words_.vocabulary
    norms, n = words_.norms, len(words_.norms)
    found: list[Span] = []
    for i in compress(range(n), map(firsts.__contains__, norms)):
        if i < 2 or not words_.words[i].islower() or norms[i - 1] not in ("de", "del"):
            continue
        if norms[i - 2] not in _MEMBERS_OF_LOWER:
            continue
        for key in sorted(keys, key=len, reverse=True):
            if tuple(norms[i : i + len(key)]) == key:
                found.append(Span(words_.starts[i], words_.ends[i + len(key) - 1], ONG))
                break
    return found


_MEMBERS_OF_LOWER: Final = words(
    "los las señoras senoras socias socios gente chicas chicos señoritas senoritas "
    "compañeras companeras compañeros companeros hermanas hermanos miembros integrantes "
    "señores senores jovenes madres"
)


def _find_lowercase_names(
    words_: Words, keys: set[tuple[str, ...]], *, after_kind: bool = False
) -> list[Span]:
    """A name found typed lowercase, said again after an article: "la iglesia pentecostal
    llama de fuego, … en la llama de fuego no toman". Without the article the words are
    words again ("una llama de fuego"). A name of two words or more is also itself after
    a preposition: "el grupo juvenil semillas de fe, … de semillas de fe quedan dos".
    With ``after_kind``, also after its kind typed lowercase ("la coopac nueva alborada")."""
    firsts = {key[0] for key in keys} & words_.vocabulary
    norms, n = words_.norms, len(words_.norms)
    found: list[Span] = []
    for i in compress(range(n), map(firsts.__contains__, norms)):
        if not i or not words_.words[i].islower():
            continue
        if norms[i - 1] not in _BEFORE_SINGLE and not (
            after_kind
            and (
                norms[i - 1] in _ARTICLES
                or (norms[i - 1] in LOWER_KINDS and words_.words[i - 1].islower())
            )
        ):
            continue
        for key in sorted(keys, key=len, reverse=True):
            size = len(key)
            if norms[i - 1] not in _ARTICLES and len(key) - sum(k in PARTICLES for k in key) < 2:
                continue
            if size == 1 and norms[i - 1] not in _SINGULAR_ARTICLES:
                continue  # "las dunas" are dunes; "la dunas" is the firm
            if key[0] == norms[i] and tuple(norms[i : i + size]) == key:
                found.append(Span(words_.starts[i], words_.ends[i + size - 1], ONG))
                break
    return found


_ARTICLES: Final = words("la el los las")
_SAID_SHORT_BEFORE: Final = re.compile(
    r"\b(?:la|el|los|las)\s+([a-zñ]{3,8})\s+o\s+sea,?\s+(?:la|el|los|las)\s+$"
)
_BEFORE_SINGLE: Final = words("de del con a al en la el los las por para")


# A lowercase name found whole, said short after a verb of naming: "la empresa se llama
# viñedos del sol de ocucaje, pero ellos le dicen viñedos nomás". The verb says it is the
# group's name even when its first word is a word of the language.
_SHORT_NAMING: Final = words("dicen decimos dice llaman llamamos llama conocen")


def _said_short(words_: Words, names: set[tuple[str, ...]]) -> list[Span]:
    firsts = {key[0] for key in names if len(key) > 1 and key[0] not in NOT_NAMES}
    if not firsts & words_.vocabulary:
        return []
    ws, norms = words_.words, words_.norms
    return [
        Span(words_.starts[i], words_.ends[i], ONG)
        for i in range(2, len(norms))
        if norms[i] in firsts
        and ws[i].islower()
        and norms[i - 1] in _SHORT_NAMING
        and norms[i - 2] in ("le", "les")
    ]


def _unknown_single(norm: str) -> bool:
    """Whether a lowercase word is no common word, place, name or kind of anything."""
    return (
        len(norm) >= 5
        and norm.isalpha()
        and _QUECHUA_MARK.search(norm) is None  # "sumaq", "runa": words of the language
        and norm not in _LOWER_STOPS
        and norm not in PLACE_WORDS
        and norm not in _PERSON_WORDS
        and norm not in _HEAD_WORDS
        and norm not in NOT_NAMES
        and not _verb_like(norm)
    )


def _find_lowercase_singles(words_: Words, singles: set[str]) -> list[Span]:
    """A lowercase name's own word said alone after a preposition or an article."""
    present = singles & words_.vocabulary
    if not present:
        return []
    norms = words_.norms
    return [
        Span(words_.starts[i], words_.ends[i], ONG)
        for i in compress(range(len(norms)), map(present.__contains__, norms))
        if i and norms[i - 1] in _BEFORE_SINGLE and words_.words[i].islower()
    ]


def _find_names(words_: Words, names: set[str]) -> list[Span]:
    """Capitalized occurrences of ``names``, matched word by word (no regex per name)."""
    if not names:
        return []
    keys: set[tuple[str, ...]] = set()
    lengths: dict[str, set[int]] = {}
    for name in names:
        key = tuple(normalize_token(t) for t in _TOKEN_HYPHEN.findall(name))
        if key:
            keys.add(key)
            lengths.setdefault(key[0], set()).add(len(key))
    # From the few names' side: `dict.keys() & frozenset` walks the whole vocabulary.
    present = words_.vocabulary.intersection(lengths)
    if not present:
        return []
    norms, n = words_.norms, len(words_.norms)
    found: list[Span] = []
    for i in compress(range(n), map(present.__contains__, norms)):
        if not words_.words[i][:1].isupper():
            continue  # "runa" and "warmi" in lowercase are Quechua words
        if norms[i] in _PLACE_OPENERS and i and norms[i - 1] in _PLACE_BEFORE:
            continue  # "vivo en Alto Esperanza": the place the cooperative is named after
        # Names are at most a few words long, so each place costs a few set lookups.
        for size in sorted(lengths[norms[i]], reverse=True):
            if i + size <= n and tuple(norms[i : i + size]) in keys:
                if not all(
                    w[:1].isupper() or w in _JOINERS for w in words_.words[i + 1 : i + size]
                ):
                    continue  # "Qori sara quiere decir maíz dorado": the words, explained
                found.append(Span(words_.starts[i], words_.ends[i + size - 1], ONG))
                break
    return found
