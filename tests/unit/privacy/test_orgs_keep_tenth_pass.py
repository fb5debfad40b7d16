"""Research content the organization rules took, tenth pass: a state service's acronym
told by what it gives, a body that issues numbered documents, an app named as a channel;
a state office named by what it does; a public hospital or health post named by the study's place it serves; the district said
with its article after a shop's own name; a public document a guess stopped at by its
"N°". And the look-alikes that are still organizations."""

import pytest

from privacy import scrub_for_cli
from tests.unit.privacy.tables import scrubbed_and_same

RESEARCH_CONTENT = {
    # A state service told by what it gives.
    "la-enfermera-dice-que": "La enfermera dice que el control de CRED es cada mes.",
    "los-ninos-van-a": "Los niños van a los controles de PAIS y de vacunas.",
    "en-la-escuela-tenemos": "En la escuela tenemos el programa de EIB desde el año pasado.",
    "segun-el-plano-del": "Según el plano del PETT, el lindero llega al río.",
    # A body that issues numbered documents.
    "el-permiso-de-senasa": "El permiso de SENASA salió con el N° 0458-2022-SENASA, ya está vigente.",
    "la-certificacion-de-digesa": "La certificación de DIGESA demora, el registro es 1187-2020-DIGESA/DCEA.",
    # An app named as a channel.
    "mi-hermana-me-avisa": "Mi hermana me avisa por LINE, ya no por WhatsApp.",
    "desde-japon-por-line": "Desde Japón por LINE más hablamos con la familia.",
    "nos-escribimos-por-kakao": "Nos escribimos por KAKAO o por Facebook.",
    # A public hospital or health post named by the place it serves.
    "mi-nieto-nacio-en": "Mi nieto nació en el Hospital de Huancavelica el año pasado.",
    "lo-llevaron-al-hospital": "Lo llevaron al Hospital Departamental de Huancavelica por la noche.",
    "la-derivaron-al-hospital": "La derivaron al Hospital Regional de Ica porque venía mal.",
    "fuimos-a-la-posta": "Fuimos a la Posta de Salud de Manta y no había médico.",
    "fallecio-en-el-hospital": "Falleció en el Hospital de Huaycán, en Lima.",
    # A state office named by what it does.
    "soy-responsable-de-la": "Soy responsable de la Oficina de Desarrollo Económico Local de la municipalidad.",
    "me-atendieron-en-la": "Me atendieron en la Oficina de Registro del Estado Civil de la municipalidad.",
    "soy-jefa-de-la": "Soy jefa de la Unidad de Desarrollo Social y Humano de la municipalidad.",
    # A public document a guess stops at.
    "el-alcalde-firmo-la": "El alcalde firmó la Ordenanza Municipal N° 031-2021 para la feria.",
    "segun-la-directiva-n": "Según la Directiva N° 012-2023-MINEDU/VMGP, las clases se recuperan.",
    "por-resolucion-gerencial-n": "Por Resolución Gerencial N° 118-2022-GRH/GRDS nos dieron el local.",
}


_, test_research_content_stays = scrubbed_and_same({}, RESEARCH_CONTENT)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # A shop's own name keeps going; the district said with its article stays.
        (
            "Mi prima cocina en el Chifa Dragón Dorado de Los Olivos, y le pagan poco.",
            "de Los Olivos, y le pagan poco.",
            "Dragón Dorado",
        ),
        (
            "Trabajé en la Pollería Doña Tina en La Victoria dos años.",
            "en La Victoria dos años.",
            "Doña Tina",
        ),
        (
            "Mi hijo está en el Restaurante Sabor Inca de Milán, lava platos.",
            "de Milán, lava platos.",
            "Sabor Inca",
        ),
    ],
)
def test_district_after_a_shop_stays(text: str, kept: str, gone: str) -> None:
    out = scrub_for_cli(text)
    assert kept in out
    assert gone not in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # An acronym after "por" that is no channel: who hired or paid.
        ("Antes me pagaban por CEDAPAH y era poco.", "CEDAPAH"),
        ("Entré por CEPRODA, me mandaron a Lircay.", "CEPRODA"),
        ("Estuve dos años en CEPRODA, en el campo.", "CEPRODA"),
        # "control de calidad de" names the firm, not a service.
        ("El control de calidad de AGROSUR es duro.", "AGROSUR"),
        # A private clinic, and hospitals named by a person or a place the study is not
        # about, stay names to hide.
        ("Nació en la Clínica San Felipe, mi esposo pagó.", "Felipe"),
        ("La atendieron en la Clínica Santa Teresa de Huancayo.", "Teresa"),
        ("Lo operaron en el Hospital de Getafe hace años.", "Getafe"),
        # A shop named after its village keeps the village; a saint's name keeps its place.
        ("Trabajo en la Pollería El Brasero de Yauli, gano poco.", "Brasero"),
        ("Trabajo en la Pollería El Brasero de Yauli, gano poco.", "Yauli"),
        ("Atiendo en la Bodega Santa Rosa de Lima todas las tardes.", "Rosa"),
        # A residents' association keeps the village it is named after.
        ("Soy de la Asociación de Residentes de Chilcapite en Lima.", "Chilcapite"),
        # An office with a name of its own is the organization's.
        ("Trabajo en la Oficina de Proyectos Sumaq Kawsay desde el 2019.", "Sumaq"),
        ("Trabajé en la Gerencia de Desarrollo de Agroexportadora Santa Fe.", "Agroexportadora"),
        # A numbered school is no public document.
        ("Estudió en el Colegio Particular Santa Rita N° 3012 de Manta.", "Rita"),
    ],
)
def test_look_alikes_still_go(text: str, gone: str) -> None:
    assert gone not in scrub_for_cli(text)
