"""Addresses a later batch wrote in shapes the sixth pass lacked: a Japanese town romanized
with a macron ("-chō") or typed in lowercase, a second lowercase district after the
first, a settlement named after its lots, a neighbourhood's head with "de" or named after
a date, Brazil's "bairro", Chile's "Villa" before the street, an Italian street in
lowercase, and a valley or gorge after a road's kilometre; and the look-alikes that stay."""

from tests.unit.privacy.tables import scrubbed_and_same

ADDRESSES = {
    # A Japanese town with a macron before its chōme numbers.
    "trabajo-en-kariya-en": (
        "Trabajó en Kariya, en Yoshihara-chō 2-8-11, Kariya-shi, Aichi, en una fábrica.",
        "Trabajó en Kariya, en [DIRECCIÓN], en una fábrica.",
    ),
    "nos-toco-3-5": ("Nos tocó 3-5-1 Sakae Minamichō, cerca.", "Nos tocó [DIRECCIÓN], cerca."),
    # A Japanese address typed in lowercase, known by the city or ward after it.
    "mi-cunado-vive-en": (
        "mi cuñado vive en takaoka 2-9-14, toyota-shi, aichi, con su familia",
        "mi cuñado vive en [DIRECCIÓN], con su familia",
    ),
    "mi-primo-vive-en": (
        "mi primo vive en nishi-cho 4-2-1, hamamatsu-shi, shizuoka.",
        "mi primo vive en [DIRECCIÓN].",
    ),
    # A second lowercase district after the first, closed by a comma or a stop.
    "mi-hermana-alquila-en": (
        "mi hermana alquila en asoc. los pinos mz b lote 3, jicamarca, lurigancho, con su hijo",
        "mi hermana alquila en [DIRECCIÓN], con su hijo",
    ),
    "su-tio-esta-en": (
        "su tío está en mz k lt 20, cajamarquilla, ate.",
        "su tío está en [DIRECCIÓN].",
    ),
    # The settlement named after its lots, with its head in either case.
    "vive-en-mz-d": (
        "vive en mz d lt 7 del aa.hh. nueva esperanza, comas, con la abuela.",
        "vive en [DIRECCIÓN], con la abuela.",
    ),
    "lo-encuentras-en-mz": (
        "lo encuentras en Mz. B Lt. 4 del AA.HH. Los Pinos, Ate.",
        "lo encuentras en [DIRECCIÓN].",
    ),
    "mi-sobrino-vive-en": (
        "mi sobrino vive en lote 9 mz b pueblo joven san martin, carabayllo, hace años",
        "mi sobrino vive en [DIRECCIÓN], hace años",
    ),
    # A neighbourhood's head with "de", Brazil's "bairro", a zone named after a date.
    "la-oficina-esta-en": (
        "la oficina está en Jr. Ayacucho 312, barrio de San Cristóbal, Huancavelica, al frente.",
        "la oficina está en [DIRECCIÓN], al frente.",
    ),
    "vivia-en-rua-das": (
        "Vivía en Rua das Flores 220, bairro Centro, Manaus, con mis tíos.",
        "Vivía en [DIRECCIÓN], con mis tíos.",
    ),
    "viviamos-en-calle-3": (
        "Vivíamos en Calle 3 N° 45, zona 12 de Octubre, La Paz, con mi mamá.",
        "Vivíamos en [DIRECCIÓN], con mi mamá.",
    ),
    # Chile's "Villa" estate before the street.
    "vivimos-en-villa-los": (
        "Vivimos en Villa Los Copihues, pasaje Lautaro 1150, Antofagasta, dos años.",
        "Vivimos en [DIRECCIÓN], dos años.",
    ),
    # An Italian street typed in lowercase, its town after it.
    "mi-hermana-vive-en": (
        "mi hermana vive en via garibaldi 7, milano, con su esposo",
        "mi hermana vive en [DIRECCIÓN], con su esposo",
    ),
    "el-paquete-iba-a": (
        "el paquete iba a viale monza 118, milano.",
        "el paquete iba a [DIRECCIÓN].",
    ),
    # A valley or gorge after a road's kilometre, then the plot and the town.
    "su-casita-esta-en": (
        "su casita está en el km 22 quebrada de camiña, parcela 5, huara, allá.",
        "su casita está en el [DIRECCIÓN], allá.",
    ),
    "tenemos-chacra-en-el-km": (
        "tenemos chacra en el km 8 valle de lluta.",
        "tenemos chacra en el [DIRECCIÓN].",
    ),
    # Look-alikes that stay.
    "el-partido-quedo-3": (
        "el partido quedó 3-15-8, toyota ganó.",
        "el partido quedó 3-15-8, toyota ganó.",
    ),
    "lo-mando-por-via": ("lo mandó por via aerea 2 veces", "lo mandó por via aerea 2 veces"),
    "lo-mande-por-via": (
        "lo mandé por via terrestre 3, y llegó",
        "lo mandé por via terrestre 3, y llegó",
    ),
    "la-via-expresa-2": ("la via expresa 2, dijo", "la via expresa 2, dijo"),
    "la-plata-llego-via": ("la plata llegó via western 3.", "la plata llegó via western 3."),
    "el-barrio-de-santa": ("el barrio de Santa Ana es bonito", "el barrio de Santa Ana es bonito"),
    "la-zona-16-de": ("la zona 16 de julio es peligrosa", "la zona 16 de julio es peligrosa"),
    "tenemos-chacra-en-el-valle": (
        "tenemos chacra en el valle de lluta.",
        "tenemos chacra en el valle de lluta.",
    ),
    "vive-en-mz-c": (
        "vive en mz c lt 15, los olivos, trabaja de chofer",
        "vive en [DIRECCIÓN], trabaja de chofer",
    ),
    "fuimos-a-villa-rica": (
        "Fuimos a Villa Rica, el pasaje costó 30 soles.",
        "Fuimos a Villa Rica, el pasaje costó 30 soles.",
    ),
}


test_seventh_pass_addresses, _ = scrubbed_and_same(ADDRESSES, {})
