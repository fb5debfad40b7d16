"""Addresses, fifteenth pass: the named road before a kilometre typed in lowercase, a
known district after the address with no comma, lowercase Japanese areas after the
house, a lowercase city ending like a verb ("caba"), a four-word Catalan street, the
"bajo" of a neighbourhood, an abbreviated settlement head's dot, a hundreds word split in
two, a known town after a lowercase "via", and Chile's "toma" and "sitio"."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "lower-road-before-km": (
        "mi hermano tiene su chacra en la carretera panamericana norte km 118, huaral, ahí "
        "siembra mandarina.",
        ["panamericana", "norte", "118", "huaral"],
    ),
    "lower-carretera-central-km-workshop": (
        "el taller lo tenemos en carretera central km 27, chaclacayo, al costado del grifo.",
        ["central", "27", "chaclacayo"],
    ),
    "old-panamericana-km": (
        "la bodega de mi primo está en la antigua panamericana km 41, lurin.",
        ["antigua", "panamericana", "41", "lurin"],
    ),
    "japanese-lower-ward-and-prefecture": (
        "ahora vivimos en toyota-shi homi 1-20-4, nishi-ku, aichi. hay trabajo en fabrica",
        ["homi", "1-20-4", "nishi-ku", "aichi"],
    ),
    "caba-after-neighbourhood": (
        "mi tía alquila en avenida directorio 3150, flores, caba, con su hija.",
        ["directorio", "3150", "flores", "caba"],
    ),
    "catalan-four-word-street-flat-town": (
        "trabaja en carrer de josep maria de sagarra 18, 3r 2a, badalona. le pagan bien",
        ["josep", "sagarra", "18", "3r 2a", "badalona"],
    ),
    "bajo-neighbourhood-then-city": (
        "le mando encomiendas a avenida castañares 1820, bajo belgrano, buenos aires, cada mes.",
        ["castañares", "1820", "belgrano", "buenos aires"],
    ),
    "bajo-ground-floor-then-city": (
        "la calle mayor 12, bajo, madrid, ahí limpiaba.",
        ["mayor 12", "bajo", "madrid"],
    ),
    "lower-via-known-town-run-on": (
        "mi prima vivía en via Saluzzo 61, Torino con su marido.",
        ["via", "Saluzzo", "61", "Torino"],
    ),
    "lots-then-district-no-comma": (
        "mi hijo compró en Mz. K Lt. 9 sector B Carabayllo, cerca del mercado.",
        ["Lt. 9", "Carabayllo"],
    ),
    "urb-dot-then-district-no-comma": (
        "la carta fue a Jr. Las Gardenias 455 Urb. Santa Luzmila Comas, pero regresó.",
        ["Gardenias", "455", "Luzmila", "Comas"],
    ),
    "asoc-viv-lower-name-then-district": (
        "el terreno está en mz. h lt. 4 asoc. viv. los claveles Pachacámac, ahí criamos cuyes.",
        ["lt. 4", "claveles", "Pachacámac"],
    ),
    "hundreds-split-in-two": (
        "vive en Jr. Amazonas seis cientos veinte, Huancayo, con mi nuera.",
        ["Amazonas", "seis cientos veinte", "Huancayo"],
    ),
    "chile-toma-pasaje-sitio": (
        "estuvimos en la toma Villa Esperanza, pasaje 4, sitio 17, Calama, dos años.",
        ["Esperanza", "pasaje 4", "sitio 17", "Calama"],
    ),
}

KEPT = {
    "road-point-blocked": (
        "la carretera panamericana sur estaba bloqueada en el km 40 por el paro.",
        ["carretera panamericana sur", "km 40"],
    ),
    "road-walked-to-km": (
        "caminamos por la carretera central hasta el km 50 y ahí nos recogieron.",
        ["carretera central", "km 50"],
    ),
    "hundreds-split-amount": (
        "cuatro cientos soles me pagaban en la chacra de Ica.",
        ["cuatro cientos soles", "Ica"],
    ),
    "sitio-of-a-fair": ("en el sitio 3 de la feria vendemos papa.", ["sitio 3", "feria"]),
    "districts-named-alone": (
        "Vivió en Huaycán y en Carabayllo, luego en Comas.",
        ["Huaycán", "Carabayllo", "Comas"],
    ),
    "via-by-air": ("nos fuimos por via aérea 2 veces a Tokio, Japón.", ["via aérea 2", "Tokio"]),
    "prefecture-alone": ("Mi hijo trabaja en Gunma, en una fábrica de autos.", ["Gunma"]),
    "toma-of-a-university": (
        "La toma de la universidad fue en 1989, en Huancayo.",
        ["toma", "1989", "Huancayo"],
    ),
    "via-expresa-years": (
        "vendíamos en la via expresa 2 años, Lima es así.",
        ["via expresa 2 años", "Lima"],
    ),
}

test_addresses_are_gone, test_look_alikes_are_kept = gone_and_kept(GONE, KEPT)
