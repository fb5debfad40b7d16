"""Names on unseen interview text, eleventh pass (raw lowercase transcripts): a surname
alone after "la señora" or "el teniente" that closes its phrase, or before what the
person says; a surname no lexicon lists after a found lowercase name, before a stop; an
unlisted name after "a/de/con mi <relative>" that closes its phrase; and the look-alikes
that stay."""

import pytest

from privacy import scrub_for_cli


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "trabajaba en surco, en casa de la señora benavente. no me pagaba.",
            "trabajaba en surco, en casa de la señora [PERSONA-1]. no me pagaba.",
        ),
        (
            "en el cuartel el teniente zegarra, me enseno a manejar.",
            "en el cuartel el teniente [PERSONA-1], me enseno a manejar.",
        ),
        (
            "era la casa de la señora graciela altamirano, en surquillo.",
            "era la casa de la señora [PERSONA-1], en surquillo.",
        ),
        (
            "a los dos meses se llevaron a mi hermano eustorgio a ayacucho.",
            "a los dos meses se llevaron a mi hermano [PERSONA-1] a ayacucho.",
        ),
        (
            "ahora vive en la casa de su tia clotilde. nadie la visita.",
            "ahora vive en la casa de su tia [PERSONA-1]. nadie la visita.",
        ),
        (
            "en ate vivia con mi señora hermelinda y mis cuatro hijos.",
            "en ate vivia con mi señora [PERSONA-1] y mis cuatro hijos.",
        ),
        (
            "el tesorero es el señor gumercindo mamani, vive en ate.",
            "el tesorero es el señor [PERSONA-1], vive en ate.",
        ),
        (
            "me trajo mi paisano, su nombre es anselmo quillico. el tenia camion.",
            "me trajo mi paisano, su nombre es [PERSONA-1]. el tenia camion.",
        ),
    ],
)
def test_lowercase_names_are_found(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de noche nomas, cuando la señora duerme. yo no salgo.",
        "la señora amable dice que si, la señora mayor tambien.",
        "el teniente gobernador, dijo que no hay plata.",
        "cuando el esposo migra a ica, la violencia baja.",
        "los hermanos migraron y se congregan en lima.",
        "de la casa de la señora salgo a las siete.",
        "vivo con mi tio materno. mi abuela paterna y mi tia tambien.",
        "con mi hija estudiaron en huancayo.",
        "le di a mi hermana gemela y a mi hermano mayor.",
        "hable con rosa ayer. fui con ella temprano.",
        "la señora del comedor y el señor alcalde vinieron.",
        "la doctora de la posta dijo que la señora cocinera.",
        "la señora vende rojas y verdes en la feria.",
        "el plato tipico de aqui es la patasca. el cuy tambien.",
        # After "de mi <relative>" a verb follows as often as a name.
        "la casa de mi hijo queda a dos cuadras de la plaza.",
        "la chacra de mi tio llega a la pampa.",
        "el terreno de mi papa sube a la loma y baja de nuevo.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert scrub_for_cli(text) == text
