"""Organizations named without a head word: maintained lists and work or study cues.

Each row asserts that the raw words are gone from the output (or still there, for
research content and for the same words used as places, products or saints)."""

import pytest

from privacy import scrub_for_cli
from privacy.employers import LISTED, find_after_con
from privacy.normalize import split_words
from privacy.orgs import HEAD_WORDS, find_organizations
from privacy.triggers import Anchors

GONE = {
    "agro-exporter-bare": ("Entré a trabajar a Camposol como seleccionadora.", ["Camposol"]),
    "retail-chain": ("Mi hija trabaja en Plaza Vea de cajera.", ["Plaza", "Vea"]),
    "retail-lowercase": ("mi hijo trabaja en plaza vea de reponedor", ["plaza vea"]),
    "employer-abroad-italy": ("Después entré a Esselunga, en Milán.", ["Esselunga"]),
    "employer-abroad-usa": ("Trabajé en Walmart y luego en Home Depot.", ["Walmart", "Depot"]),
    "ngo-bare": ("Con Soluciones Prácticas hicimos los cobertizos.", ["Soluciones"]),
    "university-acronym": ("Estudia enfermería en la UNH.", ["UNH"]),
    "university-after-cue": ("Mi hija entró a estudiar en la Católica.", ["Católica"]),
    "product-name-after-work-cue": ("Trabaja de cajera en Metro desde 2019.", ["Metro"]),
    "japanese-factory": ("En Japón trabajaba en la fábrica de Yazaki.", ["Yazaki"]),
    "factory-of-unlisted": ("Estuvo en la fábrica de Kanemitsu dos años.", ["Kanemitsu"]),
    "study-cue-unlisted": (
        "Mi hijo estudia contabilidad en la Continental de Huancayo.",
        ["Continental"],
    ),
    "study-cue-institute": ("Estudió en el Pedagógico de Huancavelica.", ["Pedagógico"]),
    "work-for-unlisted": ("Trabajaba para Quispe Hermanos en Lima.", ["Quispe", "Hermanos"]),
    "work-cue-unlisted-with-article": (
        "Trabaja en el Vivero Los Olivos, en Chincha.",
        ["Olivos"],
    ),
    "spanish-company-sl": (
        "Mi hermano trabaja en Limpiezas Martínez S.L. en Madrid.",
        ["Limpiezas", "Martínez"],
    ),
    "italian-company-spa": ("Estuvo en Impresa Edile Rossi S.p.A. en Turín.", ["Edile", "Rossi"]),
    "company-with-joiner": ("Trabajó en Frutas del Valle Ltda. en Rancagua.", ["Frutas", "Valle"]),
    "peruvian-sa": ("En Textiles Andinos S.A. me pagaban poco.", ["Textiles", "Andinos"]),
    "school-full-head": (
        "Estudia en la Institución Educativa N° 30127 de Manta.",
        ["30127", "Educativa"],
    ),
    "village-football-club": ("Juega en el Deportivo Manta los domingos.", ["Deportivo"]),
    "school-abroad": ("Mi nieta va a Lincoln Elementary School.", ["Lincoln"]),
    "lowercase-quechua-ngo": ("Trabajo en la ong kusi warma desde 2019.", ["kusi", "warma"]),
    "school-number-after-listed-name": (
        "Mis hijos van a la escuela Fe y Alegría 65 de Huancavelica.",
        ["Alegría", "65"],
    ),
    "catalogue-sales": ("Vendía para Yanbal y para Natura por catálogo.", ["Yanbal", "Natura"]),
    "school-named-after-a-saint": (
        "Estudia en el colegio Santa Rosa de Lima.",
        ["Santa Rosa"],
    ),
    "kind-between-noun-and-name": ("Fui a la academia preuniversitaria Pamer.", ["Pamer"]),
    "clinic-named-after-a-saint": ("Trabaja en la clínica San Pablo.", ["San Pablo"]),
    "union-set-off-after-noun": (
        "Conocí a las chicas del sindicato, SINTRAHOGARP, ellas me enseñaron.",
        ["SINTRAHOGARP"],
    ),
    "church-of-generic-words": (
        "Nos prestan el local de la Iglesia Evangélica Peruana los domingos.",
        ["Peruana"],
    ),
    "brand-before-company-head": (
        "Trabajo por una service, Tempo Servicios Generales.",
        ["Tempo"],
    ),
    "name-with-en-dash": (
        "Nuestra Asociación de Residentes Antaccocha–Lima tiene local.",
        ["Antaccocha–Lima"],
    ),
    "ngo-branch-place": ("Vino Cáritas Huancavelica con cocinas.", ["Cáritas Huancavelica"]),
    "lowercase-ngo-acronym-on-list": ("Está ceprodep, con alpacas.", ["ceprodep"]),
    "lowercase-quechua-again": (
        "La red warmi kallpachay ayuda. A los de warmi kallpachay los ubican.",
        ["kallpachay"],
    ),
    "quechua-pair-with-enye": ("Con Allpa Ñan queremos organizarnos.", ["Allpa", "Ñan"]),
    "workplace-called": (
        "Trabajé en un bar que se llama El Rincón Criollo, en Madrid.",
        ["Rincón", "Criollo"],
    ),
    "winery-head": ("Trabaja para Bodegas Valle Andino en Ica.", ["Valle Andino"]),
    "one-of-a-kind": (
        "El Club de Madres Virgen de las Mercedes cocina los lunes.",
        ["Virgen", "Mercedes"],
    ),
    "three-capitals-after-work-verb": (
        "Mi hija trabaja en la OIM y su esposo trabajaba con el PMA.",
        ["OIM", "PMA"],
    ),
    "set-off-with-article": (
        "Después entré a la fábrica de galletas de la Victoria, la Fénix.",
        ["Fénix"],
    ),
    "school-named-after-saint-after-study-cue": (
        "Mi hijo estudia en el San Antonio de Huancayo.",
        ["San Antonio"],
    ),
    "name-before-we-verb": ("Con Tierra Fértil aprendimos a hacer biohuertos.", ["Fértil"]),
    "lowercase-quechua-with-enye": ("Trabajo en la ong allpa ñan hace años.", ["allpa ñan"]),
    "ngo-branch-name": ("En Milán nos ayudó la Caritas Ambrosiana.", ["Ambrosiana"]),
    "migrant-help-abroad": (
        "Fui a Catholic Charities y a Make the Road New York por los papeles.",
        ["Catholic", "Road"],
    ),
    "contractor-set-off": ("Entré por una contratista, Kyodai, a la fábrica.", ["Kyodai"]),
    "care-home-head": ("Cuido a una señora en la Residencia Los Olmos.", ["Olmos"]),
    "school-by-number": (
        "Estudia en el colegio 36009 y su hermana en la IE 30127.",
        ["36009", "30127"],
    ),
    "later-mention": (
        "Mi hijo entró a Danper. En Danper pagan 50 soles el día.",
        ["Danper"],
    ),
}

KEPT = {
    "place-after-work-cue": ("Trabajaba en el Callao y trabajó en la Selva.", ["Callao", "Selva"]),
    "district-after-work-cue": ("Ahora trabajo en La Punta, cama afuera.", ["La Punta"]),
    "market-is-a-place": ("Trabaja en el Mercado Modelo de Huancayo.", ["Mercado Modelo"]),
    "public-employer": (
        "Trabaja para el Estado, en la Municipalidad.",
        ["Estado", "Municipalidad"],
    ),
    "product-without-cue": ("Compró una camioneta Toyota y viaja en Cruz del Sur.", ["Toyota"]),
    "transport-without-cue": ("Viajamos en Cruz del Sur hasta Lima.", ["Cruz del Sur"]),
    "metro-as-transport": ("En Lima viaja en el Metro todos los días.", ["Metro"]),
    "word-not-a-brand": ("Tiene un tejido denso y un ecógrafo nuevo.", ["denso"]),
    "hospital-admission": (
        "El paciente ingresó en el Servicio de Urología con fiebre.",
        ["Servicio de Urología"],
    ),
    "study-then-place-without-article": ("Estudia en Huancayo desde 2021.", ["Huancayo"]),
    "generic-school": ("Estudia en el colegio de Manta.", ["colegio de Manta"]),
    "amount-and-year": ("Entré a Camposol en 2015 y ganaba 1 200 soles.", ["2015", "1 200"]),
    "lowercase-head-spanish-words": (
        "La ong nos dio semillas y el grupo para jóvenes se reúne.",
        ["ong nos dio", "grupo para"],
    ),
    "lowercase-state-programme": ("El comedor qali warma da almuerzo.", ["qali warma"]),
    "years-after-listed-school": ("Estudió en Fe y Alegría 12 años.", ["12 años"]),
    "state-programmes-kept": (
        "Iba al Wawa Wasi y luego al PRONOEI; vino Sierra Exportadora.",
        ["Wawa Wasi", "PRONOEI", "Sierra Exportadora"],
    ),
    "city-after-school-name": (
        "Mi hijo estudia en el colegio Mariscal Cáceres de Ayacucho.",
        ["de Ayacucho"],
    ),
    "saints-day-beside-school": (
        "Estudió en el colegio San Juan y en la fiesta de Santa Rosa de Lima bailó.",
        ["fiesta de Santa Rosa de Lima"],
    ),
    "church-in-general": ("La Iglesia Evangélica nos ayudó.", ["Iglesia Evangélica"]),
    "sentence-word-before-company": (
        "Bueno. Ayer Transportes Wayra me pagó.",
        ["Ayer"],
    ),
    "letterhead-specialty-before-hospital": (
        "Servicio de Cirugía Pediátrica Complejo Hospitalario Sur.",
        ["Pediátrica"],
    ),
    "quechua-words-lowercase-alone": ("Allpa es tierra y ñan es camino.", ["Allpa", "ñan"]),
    "school-type-and-tax-number-acronyms": (
        "Terminé en el CEBA de Lircay; pide el ITIN, dice.",
        ["CEBA", "ITIN"],
    ),
    "kinds-of-village-organization": (
        "La Asociación de Padres de Familia se reunió, el Club de Madres cocinó y la APAFA"
        " cobra; el Comité de Regantes y la Ronda Campesina hicieron faena.",
        ["Padres de Familia", "Club de Madres", "APAFA", "Comité de Regantes", "Ronda Campesina"],
    ),
    "kind-of-a-place": (
        "El Club de Madres de Manta y la Comunidad Campesina San Juan de Ccollpa.",
        ["Club de Madres de Manta", "Comunidad Campesina"],
    ),
    "three-capitals-clinical": (
        "Ingresó en la UCI por neumonía; el estudio del TAC salió bien.",
        ["UCI", "TAC"],
    ),
    "three-capitals-public-employer": ("Trabaja en la UGEL de Acobamba.", ["UGEL"]),
    "district-after-workshop": (
        "Trabaja en un taller de costura de Gamarra, en La Victoria.",
        ["Gamarra", "La Victoria"],
    ),
    "saints-day-beside-school-of-the-same-name": (
        "Estudia en el San Antonio y baila en la fiesta de San Antonio.",
        ["fiesta de San Antonio"],
    ),
    "fiesta-of-santa-rosa": (
        "Para la fiesta de Santa Rosa, el 30 de agosto, mando plata.",
        ["Santa Rosa"],
    ),
    "public-employers-after-work-cue": (
        "Trabaja en la Defensoría del Pueblo y su hija trabaja en el Banco de la Nación.",
        ["Defensoría del Pueblo", "Banco de la Nación"],
    ),
    "programme-before-we-verb": ("Con Agro Rural hicimos zanjas.", ["Agro Rural"]),
    "marian-fiesta": (
        "La Purísima Concepción es la fiesta del 8 de diciembre.",
        ["Purísima Concepción", "8 de diciembre"],
    ),
    "lowercase-head-then-llama": (
        "La asociación llama a reunión y el grupo niñas canta.",
        ["llama a", "niñas"],
    ),
    "housing-programme-not-the-ngo": ("Mi hijo postuló a Techo Propio.", ["Techo Propio"]),
    "numbers-after-school-words": (
        "En el colegio 2019 fue el mejor año; en la escuela 120 alumnos; el colegio 500"
        " metros más allá.",
        ["2019", "120 alumnos", "500 metros"],
    ),
    "saint-without-cue": ("Rezamos a Santa Isabel en su día.", ["Santa Isabel"]),
}


@pytest.mark.parametrize(("text", "raw"), GONE.values(), ids=GONE.keys())
def test_organization_without_head_word_is_gone(text: str, raw: list[str]) -> None:
    out = scrub_for_cli(text)
    assert "[ONG-" in out
    assert not [word for word in raw if word in out], out


@pytest.mark.parametrize(("text", "kept"), KEPT.values(), ids=KEPT.keys())
def test_place_product_or_public_body_is_kept(text: str, kept: list[str]) -> None:
    out = scrub_for_cli(text)
    assert all(part in out for part in kept), out


def test_list_marks_are_read() -> None:
    (camposol,) = LISTED["camposol"]
    assert camposol.any_case and not camposol.after_cue
    assert all(entry.after_cue for entry in LISTED["metro"])
    assert all(entry.exact for entry in LISTED["unh"])


@pytest.mark.parametrize(
    "text",
    [
        "Vive en Pampa Ñahui desde niña.",
        "Soy de Llaqta Ñawi.",
        "Fuimos con Santa Ana.",
        "Con Juan Quispe trabajamos la chacra.",
        "Con Semana Santa celebramos.",
    ],
    ids=["after-en", "after-de", "no-enye-or-ll", "person-before-we-verb", "fiesta-before-we"],
)
def test_place_person_or_fiesta_after_con_is_no_organization(text: str) -> None:
    assert find_after_con(split_words(text)) == []


def test_later_mention_needs_every_word_capitalized() -> None:
    text = "Somos de la Asociación Qori Sara. Qori sara quiere decir maíz dorado."
    words_ = split_words(text)
    found = [text[s.start : s.end] for s in find_organizations(Anchors.find(words_, HEAD_WORDS))]
    assert "Qori Sara" in found
    assert "Qori sara" not in found


def test_village_called_by_its_name_is_no_organization() -> None:
    text = "Mi pueblo se llama Manta y la escuela se llama Manta."
    words_ = split_words(text)
    assert find_organizations(Anchors.find(words_, HEAD_WORDS)) == []
