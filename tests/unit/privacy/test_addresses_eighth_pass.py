"""Addresses a later batch wrote in shapes the seventh pass lacked: a lowercase "urb"
without its dot after the lots, an Italian street word in lowercase before a capitalized
name, a block and a lot both read out in words before the settlement they are in, and a
lowercase district whose name starts with an article ("la victoria", "el dorado"); and
the look-alikes that stay."""

from tests.unit.privacy.tables import scrubbed_and_same

ADDRESSES = {
    # The settlement's "urb" typed without its dot, after the lots.
    "mi-cunada-alquila-en": (
        "mi cuñada alquila en mz k lt 12 urb santa rosa, piura.",
        "mi cuñada alquila en [DIRECCIÓN].",
    ),
    "lo-ubicas-en-lote": (
        "lo ubicas en lote 4 mz c urb los jazmines, trujillo.",
        "lo ubicas en [DIRECCIÓN].",
    ),
    # An Italian street word in lowercase before a capitalized name, with the flat,
    # the postal code or the town after the house number.
    "mi-tia-vive-en": (
        "Mi tía vive en via Mazzini 22 int. 3, 40121 Bologna, cerca de la estación.",
        "Mi tía vive en [DIRECCIÓN], cerca de la estación.",
    ),
    "trabajaba-en-corso-buenos": (
        "Trabajaba en corso Buenos Aires 45, Milano.",
        "Trabajaba en [DIRECCIÓN].",
    ),
    "dormia-en-piazza-dante": (
        "dormía en piazza Dante 8, scala B, Napoli.",
        "dormía en [DIRECCIÓN].",
    ),
    # A block and a lot read out in words, then the settlement they are in.
    "vivo-en-manzana-catorce": (
        "Vivo en manzana catorce, lote dos, asentamiento humano Los Claveles, Pachacútec.",
        "Vivo en [DIRECCIÓN].",
    ),
    "mi-casa-es-manzana": (
        "mi casa es manzana ocho lote veinte del pueblo joven El Progreso, allá arriba.",
        "mi casa es [DIRECCIÓN], allá arriba.",
    ),
    "vive-en-manzana-tres": ("vive en manzana tres, lote nueve, chilca.", "vive en [DIRECCIÓN]."),
    # A lowercase district named with an article after a lowercase address.
    "su-hija-vive-en": (
        "su hija vive en psje. las rosas 118, la victoria, con su esposo",
        "su hija vive en [DIRECCIÓN], con su esposo",
    ),
    "lo-atienden-en-jr": ("lo atienden en jr. ica 455, el dorado.", "lo atienden en [DIRECCIÓN]."),
    "vive-en-mz-e": ("vive en mz e lt 6, el prado, ica.", "vive en [DIRECCIÓN]."),
    "alquilamos-en-calle-real": (
        "alquilamos en calle real 820 dpto 2, el tambo, huancayo.",
        "alquilamos en [DIRECCIÓN].",
    ),
    # Look-alikes that stay.
    "llego-por-via-aerea": ("llegó por via Aérea 2 veces", "llegó por via Aérea 2 veces"),
    "tomo-la-via-expresa": ("tomó la via Expresa 2, Lima", "tomó la via Expresa 2, Lima"),
    "pasamos-via-tacna-3": ("pasamos via Tacna 3 horas", "pasamos via Tacna 3 horas"),
    "la-urb-es-bonita": (
        "la urb es bonita, lote 3 mil soles",
        "la urb es bonita, lote 3 mil soles",
    ),
    "compre-una-manzana-dos": (
        "compré una manzana, dos peras y un lote tres mil soles",
        "compré una manzana, dos peras y un lote tres mil soles",
    ),
    "la-manzana-tres-tiene": (
        "la manzana tres tiene veinte lotes",
        "la manzana tres tiene veinte lotes",
    ),
    "jr-lima-340-la-visitaba": (
        "jr. lima 340, la visitaba seguido.",
        "[DIRECCIÓN], la visitaba seguido.",
    ),
    "av-grau-120-los": ("av. grau 120, los vimos.", "[DIRECCIÓN], los vimos."),
    "jr-lima-340-la-conocian": ("jr. lima 340, la conocian.", "[DIRECCIÓN], la conocian."),
    "fuimos-a-la-victoria": ("Fuimos a La Victoria a comprar.", "Fuimos a La Victoria a comprar."),
}


test_eighth_pass_addresses, _ = scrubbed_and_same(ADDRESSES, {})
