"""Birth dates and codes a ninth batch wrote in shapes the eighth pass lacked: a birth
told as "tuvo gemelas el …" (the child born, no "a su"), a lowercase list of children
whose next item is an article and a given name ("; la carmen el …"), and a member code
set off by a comma after its cue. And the look-alikes that stay."""

from tests.unit.privacy.tables import scrubbed_and_same

IDS = {
    # Giving birth, the child named by what it is.
    "su-cunada-tuvo-mellizos": (
        "Su cuñada tuvo mellizos el doce de agosto, en la posta.",
        "Su cuñada tuvo mellizos el [FECHA], en la posta.",
    ),
    "yo-tuve-una-bebita": (
        "yo tuve una bebita el 3 de febrero del 2021 en el hospital",
        "yo tuve una bebita el [FECHA] en el hospital",
    ),
    # A lowercase list of children, the next one by article and given name.
    "el-mayor-nacio-el": (
        "el mayor nacio el 9 de abril del 2008; la marisol el 2 de enero del 2012",
        "el mayor nacio el [FECHA]; la [PERSONA-1] el [FECHA]",
    ),
    # A code after a comma, its letters and dash making it one.
    "en-la-planta-me": (
        "En la planta me dieron fotocheck, TX-4471, y un casco.",
        "En la planta me dieron fotocheck, [ID], y un casco.",
    ),
    # Look-alikes that stay.
    "tuvo-que-viajar-el": (
        "tuvo que viajar el 5 de marzo a Lima",
        "tuvo que viajar el 5 de marzo a Lima",
    ),
    "tuvo-una-reunion-el": ("tuvo una reunión el 5 de marzo", "tuvo una reunión el 5 de marzo"),
    "tuvimos-la-fiesta-el": (
        "tuvimos la fiesta el 25 de julio",
        "tuvimos la fiesta el 25 de julio",
    ),
    "nacio-el-3-de": (
        "nacio el 3 de mayo del 2010; la fiesta el 25 de julio",
        "nacio el [FECHA]; la fiesta el 25 de julio",
    ),
    "mi-hijo-nacio-el": (
        "mi hijo nacio el 3 de mayo del 2010. la rosa el 5 de junio florece",
        "mi hijo nacio el [FECHA]. la rosa el 5 de junio florece",
    ),
    "su-numero-2015-fue": ("su número, 2015 fue el año", "su número, 2015 fue el año"),
}


test_ninth_pass_ids, _ = scrubbed_and_same(IDS, {})
