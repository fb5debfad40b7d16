"""Organizations, sixth pass: the classes a sealed batch still missed, as tables.

Each row is a new wording of a miss's cause, not its words: schools named by Peru's codes
(I.E.I., C.E.I., I.E.P., PRONOEI, CEBA), the village closing a school's or a group's
name, a person rule's find inside an organization's name. Look-alike rows assert that
research content stays: places named alone or after a comma or "en", years, counts, the
bare kinds of school and the state's programmes, generic mentions.
"""

from privacy import scrub_for_cli
from tests.unit.privacy.tables import gone_and_kept

GONE = {
    # Kindergartens, private and night schools by their codes, whole with number and name.
    "kindergarten-code-with-number-and-name": (
        "Mi nieta va a la I.E.I. N° 208 Gotitas de Amor de Pucará, le gusta.",
        ["I.E.I", "208", "Gotitas", "Amor"],
    ),
    "kindergarten-code-without-dots": (
        "La profesora de la IEI 615 Pequeños Angelitos nos visitó.",
        ["IEI", "615", "Pequeños", "Angelitos"],
    ),
    "early-childhood-centre-code": (
        "Trabajé en el C.E.I. Nº 73 Rayito de Sol tres años.",
        ["C.E.I", "73", "Rayito"],
    ),
    "private-school-code": (
        "Mis hijos están en la I.E.P. Cristo Rey del Valle, pagamos mensualidad.",
        ["I.E.P", "Cristo Rey"],
    ),
    "pronoei-with-its-name": (
        "Soy animadora del PRONOEI Pasitos de Jesús desde hace cuatro años.",
        ["Pasitos"],
    ),
    "pronoei-with-its-number": ("Mi hija va al PRONOEI 1147, queda cerca.", ["1147"]),
    "night-school-with-its-name": (
        "Terminé la secundaria en el CEBA Santa Teresita, de noche.",
        ["CEBA Santa Teresita"],
    ),
    # The village after a school's number or one-word name tells which school it is.
    "village-after-a-school-number": (
        "Soy auxiliar en la I.E. N° 40215 de Huaychao, tengo doce niños.",
        ["40215", "Huaychao"],
    ),
    "village-after-a-kindergarten-number": (
        "Llevo a mi hijo a la IEI 512 de Sallalli todos los días.",
        ["512", "Sallalli"],
    ),
    "village-after-a-one-word-school-name": (
        "Enseño en la I.E. Nº 31102 Precursores de Ranracancha.",
        ["31102", "Precursores", "Ranracancha"],
    ),
    "village-closing-a-social-centre": (
        "Es tesorero del Centro Cultural Tantarcucho de Ayacucho, en Lima se reúnen.",
        ["Tantarcucho", "Ayacucho"],
    ),
    "village-after-a-possessive-firm": (
        "Cocina en Tony's Pizza of Corona, de noche.",
        ["Tony's", "Pizza", "Corona"],
    ),
    # A name joined by a hyphen to its place, after a head the lists lacked.
    "hyphen-joined-union-of-villagers": (
        "Con los paisanos fundamos la Unión Juvenil Ccarhuacc-Huanta el 2011.",
        ["Juvenil", "Ccarhuacc-Huanta"],
    ),
    # Heads in other languages and trades: an evangelical ministry, a spinning mill, a
    # Brazilian sewing workshop, an Italian prayer group, a funder after "cooperación".
    "evangelical-ministry": (
        "Los domingos vamos al Ministerio Evangelístico Aguas Vivas, en la avenida.",
        ["Aguas Vivas"],
    ),
    "spinning-mill": ("La fibra la compra Hilandería Andina Warmi, en Arequipa.", ["Warmi"]),
    "brazilian-workshop": ("Cose pantalones en el Ateliê Estrela Modas, en el Brás.", ["Estrela"]),
    "italian-prayer-group": (
        "Mi hermana va al Gruppo di Preghiera Beata Vergine di Cocharcas, en Torino.",
        ["Preghiera", "Beata"],
    ),
    "funder-after-cooperacion": (
        "Nos financió una cooperación suiza, Terre Solidaire Andes, dos años.",
        ["Terre", "Solidaire"],
    ),
    # A long descriptive name after "para el".
    "long-descriptive-name": (
        "Trabajo en la Asociación para el Fomento Productivo Altoandino, en Lircay.",
        ["Fomento", "Productivo", "Altoandino"],
    ),
    # Named without a head word after a staff role or a verb of working together.
    "after-a-staff-role": (
        "Fui promotora de campo de Semillas de Esperanza Andina, tres años.",
        ["Semillas", "Esperanza Andina"],
    ),
    "after-coordinating-with": (
        "Coordinamos con Warmikuna Sayarinchis Ayacucho, que ven la violencia.",
        ["Sayarinchis"],
    ),
    "after-coordinating-with-the-other": (
        "Articulamos con la otra, con Jóvenes Líderes Pucaccasa, que hacen teatro.",
        ["Líderes", "Pucaccasa"],
    ),
    # Typed in lowercase: a saint, a title, a full name or a Quechua word after the noun.
    "lowercase-saint-school-with-its-village": (
        "mi hijo estudia en el colegio san juan bosco de pomacocha y ayuda en la chacra",
        ["juan bosco", "pomacocha"],
    ),
    "lowercase-institute-named-for-a-person": (
        "entró al instituto tecnológico manuel seoane corrales, ahí estudia enfermería",
        ["seoane", "corrales"],
    ),
    "lowercase-firm-named-for-a-saint": (
        "trabajó en agroexportadora santa elena del valle, ahí pagan semanal",
        ["santa elena", "valle"],
    ),
    "lowercase-quechua-school": ("terminé en el colegio wiñay yachay, el 2018", ["wiñay"]),
    "lowercase-quechua-cooperative": (
        "somos la cooperativa sumaq qoyllur, de artesanas",
        ["sumaq", "qoyllur"],
    ),
    "lowercase-title-school": (
        "estudió en el colegio mariscal cáceres de huanta, la secundaria",
        ["cáceres"],
    ),
    # One trade in the plural, then the name with its article; a kitchen named after it.
    "a-trade-then-its-named-shop": (
        "Mi tía atiende en Anticuchos La Tía Grimanesa de Surquillo.",
        ["Grimanesa", "Surquillo"],
    ),
    "a-kitchen-then-its-name": (
        "Lava platos en una cocina, Ceviches El Muelle, en Paterson.",
        ["Muelle"],
    ),
    # Said to be the same or another one of a kind after a comma.
    "the-same-church-after-a-comma": (
        "Mi hijo va a Betesda de Carabayllo, que es la misma iglesia de acá.",
        ["Betesda"],
    ),
    "another-ngo-after-a-comma": ("Después entré a Yanapay Wasi, que es otra ONG.", ["Yanapay"]),
    "a-firm-of-two-words-after-en": (
        "Trabaja en una empresa de limpieza en Lima, en Brillo Total, de noche.",
        ["Brillo Total"],
    ),
}

KEPT = {
    # Bare codes and kinds are research content.
    "bare-kindergarten-code": ("Los niños van a la I.E.I. a las ocho.", ["I.E.I."]),
    "bare-pronoei-is-the-programme": ("Aquí hay un PRONOEI para los chiquitos.", ["PRONOEI"]),
    "bare-night-school": ("Ella estudia en el CEBA de noche.", ["CEBA"]),
    "a-count-after-a-school-code": ("En la IEI 120 niños comen.", ["120"]),
    # A place after a comma or "en" is where the school is, not its name.
    "village-after-a-comma-stays": (
        "Enseño en la I.E. N° 36310, de Tucsipampa vengo cada lunes.",
        ["Tucsipampa"],
    ),
    "town-after-en-stays": (
        "Trabajo en la Clínica Santa Lucía en Huanta.",
        ["Huanta"],
    ),
    # A school with a number and a name of two words is told apart without its village.
    "village-after-a-two-word-school-name-stays": (
        "Estudió en la I.E. N° 30190 Andrés Avelino Cáceres de Acraquia.",
        ["Acraquia"],
    ),
    "generic-school-of-a-village": ("El colegio de Chanquil no tiene techo.", ["Chanquil"]),
    "downtown-is-no-centre": ("Vendo en el Centro Histórico de Lima.", ["Centro Histórico"]),
    "settlement-is-no-centre": ("Vivo en el Centro Poblado Ccarhuacc.", ["Centro Poblado"]),
    "a-ministry-of-the-state": ("Vino el Ministerio de Agricultura.", ["Agricultura"]),
    "a-public-ministry": ("Fui al Ministerio Público a denunciar.", ["Público"]),
    "a-bare-italian-group-of-a-city": ("Iba al Gruppo di Lima los sábados.", ["Lima"]),
    "the-european-union": ("La Unión Europea puso la plata.", ["Europea"]),
    "lowercase-generic-school-of-a-village": (
        "el colegio de pomacocha no tiene techo",
        ["pomacocha"],
    ),
    "lowercase-school-of-the-village": ("estudió en el colegio del pueblo nomás", ["pueblo"]),
    "lowercase-cooperative-of-a-trade": (
        "somos la cooperativa de alpaqueros, sesenta socios",
        ["alpaqueros"],
    ),
    "lowercase-school-and-its-kind": ("estudió en el colegio nacional, en huanta", ["nacional"]),
    "lowercase-school-then-a-verb": ("el colegio queda lejos, una hora", ["queda lejos"]),
    "lowercase-church-and-a-common-word": ("en la iglesia rezamos", ["rezamos"]),
    "lowercase-school-then-two-words-of-a-verb": (
        "estudia en el colegio san martín de porres, queda lejos.",
        ["queda lejos"],
    ),
    "lowercase-saint-school-then-a-verb": (
        "el colegio santa isabel ramírez queda lejos.",
        ["queda lejos"],
    ),
    "a-department-after-a-role": ("El gerente de Recursos Humanos llamó.", ["Recursos Humanos"]),
    "a-field-after-a-role": ("Es coordinadora de Educación Inicial.", ["Educación Inicial"]),
    "an-alliance-with-a-country": (
        "Hicimos alianza con Estados Unidos por el café.",
        ["Estados Unidos"],
    ),
    "the-known-town-after-a-name-without-head": (
        "Mi hijo va a Betesda de Carabayllo, que es la misma iglesia de acá.",
        ["Carabayllo"],
    ),
    "another-town-after-a-comma": ("Vive en Huachipa, que es otra ciudad ya.", ["Huachipa"]),
    "a-district-after-en": (
        "Trabaja en una fábrica, en Puente Piedra, de noche.",
        ["Puente Piedra"],
    ),
    "a-district-with-article-after-en": (
        "Trabaja en una empresa, en Los Olivos, de día.",
        ["Los Olivos"],
    ),
    "a-saints-district-after-en": (
        "Trabaja en una fábrica, en San Juan de Lurigancho.",
        ["San Juan"],
    ),
    "a-fiesta-with-a-plural": ("Volvemos para Todos Los Santos.", ["Todos Los Santos"]),
    "a-kitchen-at-home": ("Trabaja en la cocina, en la casa de una señora.", ["casa"]),
    "a-district-called-la-union": ("Vivo en La Unión, Dos de Mayo.", ["La Unión"]),
    "a-role-in-a-village": ("Es promotora de Villa El Salvador, ahí vive.", ["El Salvador"]),
    "a-role-in-a-public-programme": ("El técnico de Agro Rural vino ayer.", ["Agro Rural"]),
    "coordinating-with-towns": ("Coordinamos con San Luis y con Manta.", ["San Luis", "Manta"]),
}


test_organization_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)


def test_a_person_rule_inside_an_organization_gives_way_to_it() -> None:
    out = scrub_for_cli("Soy vocal del Centro Social Huaytapallana de Jauja, nos juntamos.")
    assert "[ONG-1]" in out and "PERSONA" not in out, out
