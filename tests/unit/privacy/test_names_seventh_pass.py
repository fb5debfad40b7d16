"""Names in unseen answers by the class of their context, seventh pass (issue 14): a
child or relative listed after a colon or semicolon with the date one was born or one's
age; a name set off beside a spouse or kin word and a nationality, either order; a
name after a form's label and a colon ("jefe de hogar: ..."); a name set off before
"mi"/"su" and a kin word ("la casa de X, mi tío,"); a surname corrected ("Sacsi...
perdón, Saccsi"); nicknames listed with their article after "paisanos:"; a contact saved "como X"; a name
given before "le pusimos". Each
table has its look-alikes that stay."""

import pytest

from privacy import scrub_for_cli


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Listed after a colon or semicolon, with a birth date or an age after it.
        ("mis nietos: Brayan, 02/03/2015; Keysi, 11/09/2018.", "Keysi"),
        ("mis nietos: Brayan, 02/03/2015; Keysi, 11/09/2018.", "Brayan"),
        ("tengo dos: Deyvis Huamán, 14-02-2011, y la otra.", "Deyvis Huamán"),
        ("Aquí están mis hijas: Anyeli, que cumplió quince, y la menor.", "Anyeli"),
        ("los chicos: Yoselin, nacida en Ica, y Kevin.", "Yoselin"),
        ("mis hijos, pues; yhony (12 años) va al colegio.", "yhony"),
        ("mi nieta vive en la casa: Fiorela (3 añitos) y su mamá.", "Fiorela"),
        # A nationality or description beside a spouse or kin word, either order.
        ("me casé con mi esposo, un boliviano, Wilfredo Mamani, en La Paz.", "Wilfredo"),
        ("vivo con mi marido, un italiano, Paolo dos Santos.", "dos Santos"),
        ("ahí conocí a mi señor, rodrigo, chileno, y nos casamos.", "rodrigo"),
        ("mi cuñada, Dayana, venezolana, vende arepas.", "Dayana"),
        # A name set off before a possessive and a kin word.
        ("dormimos en el cuarto de Eleodoro, mi cuñado, en Comas.", "Eleodoro"),
        ("le dije a Rutilio, mi compadre, que venga.", "Rutilio"),
        ("vine con Wenceslao, su primo.", "Wenceslao"),
        # A surname corrected right after it was said.
        ("la señora Teodora Ccahuana... perdón, Ccahuaya, nos atendió.", "Ccahuaya"),
        ("me ayudó Rómulo Pariona, digo, Parina, el de la tienda.", "Parina"),
        # Nicknames listed with the family's article after a group of people and a colon.
        ("en la obra éramos varios patas: el Cuy, el Loro Quispe y el Chato.", "Loro Quispe"),
        ("en la obra éramos varios patas: el Cuy, el Loro Quispe y el Chato.", "Cuy"),
        ("mis amigas del mercado: la Negra, la Chata y otras.", "Chata"),
        # A contact's name saved in a phone or a group.
        ("en mi celular lo tengo agendado como Tito Ramos.", "Tito"),
        ("en el grupo me tienen registrada como yesica huarcaya.", "huarcaya"),
        # A name given, said before "le pusimos".
        ("nació en la lluvia, por eso Killa le pusimos.", "Killa"),
        ("nació de día, así luz le pusimos.", "luz"),
        ("Yeferson le pusieron, por un futbolista.", "Yeferson"),
        # After a form's label and a colon, the name up to the comma, a place included.
        ("jefa de hogar: juana mamani huanta, 52 años.", "huanta"),
        ("hijo: teodoro quispe; hija: ninguna.", "teodoro quispe"),
        ("madre: Florentina Ccasani, ama de casa.", "Florentina"),
    ],
)
def test_a_name_by_its_context_is_scrubbed(text: str, name: str) -> None:
    assert name not in scrub_for_cli(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Places, amounts and nouns after a colon or semicolon, even with a date or age.
        ("Visitamos: Lima, 12/03/2020; Cusco, 15/04/2021.", "Cusco"),
        ("los gastos: trabajo (15 años) y la casa.", "trabajo"),
        ("lo que más duele: Ayacucho, que cumple años de la violencia.", "Ayacucho"),
        ("Fecha: Junio, 12/03/2020.", "Junio"),
        ("Pagos: Agua, 12/03/2020; Luz, 15/03/2020; Cuota, 01/04/2020.", "Cuota"),
        ("Reuniones: Asamblea, 12/03/2020; Faena, 15/03/2020.", "Faena"),
        # A description with no name, and a place after a nationality.
        ("mi hija, una limeña, en Lima.", "limeña"),
        ("mi señora, la mayor, casada, vive en Ica.", "mayor"),
        ("mi hermano, ingeniero, chileno, vive allá.", "ingeniero"),
        ("mi esposa, una chilena, de Santiago.", "chilena"),
        # A place before a possessive and a kin word, or a new clause after it.
        ("en Lircay, mi hijo, hay mucho frío.", "Lircay"),
        ("Huanta, mi hija, es bonito.", "Huanta"),
        ("San Martín, mi tío, es su santo.", "Martín"),
        # A place or a month corrected.
        ("fuimos a Huanta... perdón, Huancayo, en bus.", "Huancayo"),
        ("le digo Pedro, y no contesta.", "digo"),
        # Places, or a single item, after a group of people and a colon.
        ("los paisanos: el Cusco, la Puno, todos vienen.", "Cusco"),
        ("mis hermanos: la mayor, el Lima.", "Lima"),
        ("somos once paisanos: el Perú es grande.", "Perú"),
        # A kin word or a thing saved.
        ("la tengo guardada como mamá.", "mamá"),
        ("está guardado como archivo en la compu.", "archivo"),
        # A thing or a devotion before "le pusimos".
        ("a la sopa, por eso sal le pusimos.", "sal"),
        ("por eso Virgen de Cocharcas le pusimos al barrio.", "Cocharcas"),
        ("mucho nombre le pusimos.", "nombre"),
        # A form's label before what one does, a place or nobody.
        ("hijo: estudia en lircay, nomás.", "estudia"),
        ("esposa: no tiene.", "no tiene"),
        ("hija: lima, estudia.", "lima"),
        ("padre: fallecido.", "fallecido"),
    ],
)
def test_a_look_alike_stays(text: str, kept: str) -> None:
    assert kept in scrub_for_cli(text)
