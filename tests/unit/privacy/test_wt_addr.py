"""Addresses abroad written in full: the flat, door, tower or estate block after a comma
("apartment 3", "pta. 8", "apto 2-C", "tō 12-201", "danchi 3-102"), German streets and
their towns, the US West's grid addresses, and Japanese towns split in two or typed in
lowercase after their city and prefecture; a road's kilometre on a road told by its
code or its number, a street without a street word before its floor or after "en" with
its neighbourhood, a settlement's long name run into its district, and a district named
as a part of a known city (`privacy.places`, `privacy.address`, `privacy.address_ends`). Then a lowercase surname
after a lowercase name when a verb or "pero" follows it, and a place right after a
listed given name as its surname, which stays a place elsewhere in the text
(`privacy.people`, `privacy.mentions`). Last, a nickname said before "le decíamos" after
a person's role or with a verb after it, and an animal after a person's role and an
article (`privacy.naming`, `privacy.called`); a name after "don" or a parent that is
also a feast's or a city's stays a person (`privacy.people`), and so does a word-name set off before a possessive
and a child's rank ("la killa, mi última, nació", `privacy.subjects`), and a nickname with its article set off
before whose child or spouse the person is ("el Zorro, hijo de don ...")."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "us_apartment_lowercase": (
        "Vivía en 340 Maple Avenue, apartment 5, Passaic, NJ 07055 con mi primo.",
        ["apartment 5", "Passaic", "07055"],
    ),
    "valencia_door": (
        "Mi hermana vive en Carrer de Sueca 12, pta. 4, 46006 València. Me llama.",
        ["pta", "46006", "València"],
    ),
    "venezuela_flat_with_letter": (
        "Vivíamos en Calle Real de Sabana, Edificio Los Mangos, piso 2, apto 2-C, Maracay.",
        ["apto", "2-C", "Maracay"],
    ),
    "japan_tower_room": (
        "Su dirección es Homi-chō 3-4, tō 12-201, Toyota-shi, Aichi. Su hija estudia.",
        ["tō", "12-201", "Aichi"],
    ),
    "us_house_number_read_out": (
        "En Paterson vivía en el two hundred twelve Market Street apartment 3, Paterson, NJ.",
        ["twelve", "Market", "apartment 3"],
    ),
    "italian_house_number_read_out": (
        "En Torino vivía en via Cibrario centoventi, San Donato, Torino, con mi prima.",
        ["Cibrario", "centoventi", "Donato"],
    ),
    "german_compound_street": (
        "Mi dirección es Lindenstraße 12, 80331 München, para cartas.",
        ["Lindenstraße", "80331", "München"],
    ),
    "german_street_word_apart": (
        "Vive en Berliner Allee 7, 60311 Frankfurt am Main con su esposo.",
        ["Allee", "60311", "Frankfurt", "Main"],
    ),
    "german_town_on_its_river": (
        "Le escribo a Goetheweg 5, 79098 Freiburg im Breisgau cada mes.",
        ["Goetheweg", "Freiburg", "Breisgau"],
    ),
    "us_grid_address": (
        "La dirección del rancho: 1450 N 300 W, Rexburg, ID 83440. Allá nieva.",
        ["1450", "300 W", "Rexburg", "83440"],
    ),
    "japan_town_split_in_two": (
        "Viví en Ebina-shi, Kashiwagaya-minami 2-5-11, Kanagawa. Los peruanos",
        ["Ebina", "Kashiwagaya", "2-5-11"],
    ),
    "japan_lowercase_areas_first": (
        "su direccion es gunma-ken ota-shi nishi-cho 2-14-6, danchi 3-102. sus hijos",
        ["gunma", "ota-shi", "nishi-cho", "2-14-6", "3-102"],
    ),
    "road_by_its_code": (
        "Trabajamos en el Paraje Las Palmas, km 7 de la RM-F12, Cartagena. Allí",
        ["Palmas", "RM-F12", "Cartagena"],
    ),
    "road_by_its_number_before_km": (
        "Cosechábamos para un patrón, en Ruta Nacional 40 km 3300, Cafayate. Pagaban",
        ["Ruta", "Nacional", "3300", "Cafayate"],
    ),
    "home_street_with_ground_floor": (
        "Vive en Juan B. Alberdi 5520 PB 3 CABA, con sus hijos.",
        ["Juan", "Alberdi", "5520", "PB"],
    ),
    "brazil_back_house": (
        "Vivía en Rua Augusta 1200, fundos, Consolação, São Paulo, en un cuarto al fondo.",
        ["Augusta", "fundos", "Consolação"],
    ),
    "settlement_name_into_district": (
        "vivo en mz b lote 7 asentamiento humano 15 de agosto san juan de miraflores pagamos 300",
        ["agosto", "juan", "miraflores"],
    ),
    "district_part_of_a_city": (
        "ella vive en una residencia, en jr. ayacucho 415, cercado de lima, con otras becarias.",
        ["ayacucho", "cercado", "lima"],
    ),
    "street_after_en_with_neighbourhood": (
        "se quedó con los chicos en Larrea 2915, Villa Crespo, CABA. Mi hijo",
        ["Larrea", "2915", "Crespo"],
    ),
    "street_after_en_with_city": (
        "lo dejé en Pérez 1500, Rosario, con mi tía.",
        ["Pérez", "1500", "Rosario"],
    ),
    "rented_home_street": (
        "Alquilo en Juan B. Alberdi 5520 PB 3 CABA, es un PH.",
        ["Juan", "Alberdi", "5520"],
    ),
    "sector_before_kilometre": (
        "el fundo esta en sector alto palomar km 14 de la carretera central, dormimos ahi",
        ["palomar", "km 14"],
    ),
    "sector_before_lot": (
        "vivo en sector las lomas mz b lote 3, con mi esposa",
        ["sector", "lomas"],
    ),
    "capitalized_sector_keeps_its_settlement": (
        "Vive en Pachacamac Sector B, Grupo 4, Mz. J2 Lt. 18, Ventanilla.",
        ["Pachacamac", "J2"],
    ),
    "unlisted_surname_then_verb": (
        "el padre anselmo quillatupa viene cada mes para la misa.",
        ["anselmo", "quillatupa"],
    ),
    "place_surname_then_comma": (
        "la doctora francisca mendoza, ella me ayuda gratis.",
        ["francisca", "mendoza"],
    ),
    "place_surname_then_pero": (
        "mi nombre es rosendo trujillo pero no soy de la costa.",
        ["rosendo", "trujillo"],
    ),
    "place_surname_then_verb": (
        "el señor herminio lima volvio de la costa.",
        ["herminio", "lima"],
    ),
    "feast_name_after_don": (
        "Mi hermana cuida a don Santiago en Santiago, ¿qué tal?",
        ["don Santiago en"],
    ),
    "feast_name_after_parent": ("Mi papá Santiago dice que vuelva.", ["Santiago"]),
    "feast_name_after_don_opening": ("Don Santiago vino ayer.", ["Santiago"]),
    "word_name_before_possessive_rank": (
        "la sisa, mi ultima, nacio en enero.",
        ["sisa"],
    ),
    "name_before_possessive_rank": ("la Rosmery, su chiquita, estudia en Lircay.", ["Rosmery"]),
    "nickname_before_whose_child": (
        "agarramos a dos, el Zorro, hijo de don Remigio Yauri, ya había robado.",
        ["Zorro", "Remigio"],
    ),
    "nickname_before_whose_spouse": ("vino el Chato, esposo de mi prima.", ["Chato"]),
    "nickname_before_saying_then_verb": (
        "el patron el halcon le deciamos era de la costa.",
        ["halcon"],
    ),
    "nickname_before_saying_after_role": (
        "el capataz, el zorro le decíamos, era de pasco.",
        ["zorro"],
    ),
    "animal_after_role_then_y": (
        "con mi compañero el piojo y la vecina hacemos trabajos.",
        ["piojo"],
    ),
    "animal_after_role_set_off": ("el capataz, el zorro, nos gritaba.", ["zorro"]),
}

KEPT = {
    "rent_in_a_town": ("Alquilo en Huancayo 300 soles el cuarto.", ["Huancayo", "300 soles"]),
    "rent_in_a_year": ("alquilé en Lima 2015, en Comas.", ["Lima 2015", "Comas"]),
    "city_after_the_person": (
        "Mi hermana cuida a don Santiago en Santiago, ¿qué tal?",
        ["en Santiago,"],
    ),
    "feast_of_a_capitalized_parent": (
        "La fiesta del Papá Santiago es en julio.",
        ["Papá Santiago"],
    ),
    "place_before_possessive_rank": (
        "el Callao, mi primero, es bonito.",
        ["Callao"],
    ),
    "devotion_before_whose_child": (
        "fuimos a la Virgen, hija de Dios, con flores.",
        ["Virgen"],
    ),
    "place_before_whose_child": ("llegamos al Callao, hijo de nadie.", ["Callao"]),
    "thing_called_then_verb": ("el wayno le decimos es bonito.", ["wayno"]),
    "animal_with_colour_after_kin": (
        "mi tio el chancho negro se murio.",
        ["chancho negro"],
    ),
    "place_surname_place_again": (
        "mi nombre es francisca mendoza pero no soy de mendoza de argentina",
        ["de mendoza de argentina"],
    ),
    "name_then_place_with_preposition": (
        "el señor herminio en lima volvio a su casa.",
        ["en lima volvio"],
    ),
    "name_then_adverb_then_verb": ("la señora rosa ayer vino al mercado.", ["ayer vino"]),
    "name_then_gerund": (
        "el padre anselmo caminando viene de lircay.",
        ["caminando viene"],
    ),
    "road_event_by_number": (
        "el bus se volcó en la ruta 5 km 20 por la lluvia",
        ["ruta 5 km 20", "lluvia"],
    ),
    "towns_and_counts": (
        "vendimos en Huancayo 300, Lima 200 y Ica 100.",
        ["Huancayo 300", "Lima 200"],
    ),
    "year_before_a_country": ("ganó en Copa América 2021, Brasil ganó.", ["2021", "Brasil"]),
    "year_and_ground_floor": ("Vive en Lima 2010 PB por ahora.", ["Lima", "2010"]),
    "english_amount": (
        "saqué one hundred dollars del Western Union.",
        ["one hundred dollars"],
    ),
    "by_way_of_then_italian_count": ("fuimos por via Aerea tre veces.", ["Aerea tre veces"]),
    "door_of_a_bus": ("La pta. 8 del bus salía tarde.", ["pta", "8", "bus"]),
    "ring_of_a_race": ("Fue al Ring 4 veces con su primo.", ["Ring", "4 veces"]),
    "score_with_dashes": ("el partido quedó 2-1-0 nomas", ["2-1-0"]),
    "compass_letters_in_a_count": (
        "Sembramos 20 surcos, 10 N y 10 S, en la chacra.",
        ["10 N", "10 S", "chacra"],
    ),
    "flat_count": ("En el edificio hay apto 3 y apto 4 vacíos.", ["vacíos"]),
}

test_identifier_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)
