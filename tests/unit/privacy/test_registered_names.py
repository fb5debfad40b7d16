"""First names as people are registered with them (privacy/data/given_names_registered.txt):
found lowercase after kin words and articles, capitalized anywhere; and the words a name
list built from typed forms holds, which it leaves out and which stay."""

from tests.unit.privacy.tables import gone_and_kept, scrubbed_and_same

NAMES = {
    "lowercase-after-cousin": (
        "mi prima yaretzi esta en chincha con su esposo.",
        "mi prima [PERSONA-1] esta en chincha con su esposo.",
    ),
    "lowercase-after-article": (
        "de mi promocion la maricielo se caso y se fue a huancayo.",
        "de mi promocion la [PERSONA-1] se caso y se fue a huancayo.",
    ),
    "lowercase-after-miss": (
        "la señorita anyeli de la posta nos visita cada mes.",
        "la señorita [PERSONA-1] de la posta nos visita cada mes.",
    ),
    "capitalized-after-con": (
        "Ahí conocí a Dilmer, él me ayudó con el cuarto.",
        "Ahí conocí a [PERSONA-1], él me ayudó con el cuarto.",
    ),
    "capitalized-two-children": (
        "Mis hijos Rusbel y Kener estudian en Huancayo.",
        "Mis hijos [PERSONA-1] y [PERSONA-2] estudian en Huancayo.",
    ),
    "lowercase-wife": (
        "alla conoci a mi señora gricelda que es de puno.",
        "alla conoci a mi señora [PERSONA-1] que es de puno.",
    ),
    "a-brazilian-name-with-accent": (
        "una brasileña, la kátia, me enseñó a hablar japonés en la fábrica.",
        "una brasileña, la [PERSONA-1], me enseñó a hablar japonés en la fábrica.",
    ),
}

SAME = {
    "a-chicken-shop": "la polleria del mercado cierra a las diez.",
    "a-chifa": "y en la chifa la cerraron por la pandemia.",
    "a-builder": "mi papa esta de guardian en una constructora en san borja.",
    "spelled-with-jota": "se escribe con jota y con hache, asi nomas.",
    "a-demonym": "le decian asi porque era chalaco.",
    "quechua-words": "la sumaq wasi de la yana tiene su qori puquio.",
    "a-shop-sign": "Puso un letrero: Estampados y Bordados.",
    "a-little-dove": "la palomita vuela sobre la tiendita.",
}

test_registered_names_are_replaced, test_words_typed_as_names_stay = scrubbed_and_same(NAMES, SAME)

GONE = {
    "a-firm-said-again-by-its-first-word": (
        "Trabajé en Kōsei Kōgyō K.K. dos años; en Kōsei nos daban bentō.",
        ["Kōsei"],
    ),
}
KEPT = {
    "a-wide-name-that-is-a-word-alone": ("el queso de la gaviota no se vende.", ["gaviota"]),
}

test_firm_words_that_are_names_are_gone, test_common_words_are_kept = gone_and_kept(GONE, KEPT)


def test_a_deleted_registered_list_reads_as_empty() -> None:
    from privacy.given import _load

    assert _load("no_such_list.txt", optional=True) == frozenset()
    assert "dilmer" in _load("given_names_registered.txt", optional=True)
